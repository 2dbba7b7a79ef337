/**
 * The Verifikasi checks: one finding per problem, with a stable ID (check code + slug of the
 * indicator/item/table, never a row number), a level, the cell, and a plain Indonesian message.
 *
 * The codes and their levels are one list, KODE_TEMUAN in ./idTemuan; docs/pemeriksaan.md documents each (when it
 * fires, its ID's keys, where it points) and a test keeps the page and the list equal.
 *
 * Daily price groups (LKIP_HargaHarian_<Grup>): the core's findings (TemuanHarga, mapped by TEMUAN_HARIAN below),
 * one Verifikasi line per ID; several findings with the same ID (three duplicated rows of Beras in Kota Kupang) are
 * one line with their count and the first messages. Every row named there is left out of the averages (by the core).
 */
import {
  Desimal,
  bacaAngka,
  formatAngka,
  formatBulat,
  bacaPolaritas,
  formatTerbit,
  jelaskanCapaianTertulis,
  pesanGalat,
  selKosong,
  terbitkan,
  type HasilRataRataCapaian,
  type HasilStabilitas,
  type KodeTemuanHarga,
  type TemuanHarga,
  type HasilSerapan,
  type BatasCapaian,
  type KebijakanTargetNA,
  type PenjelasanTertulis,
  type PenyimpanganTertulis,
  type Polaritas,
  type KodeGalat,
  type PerubahanHarga,
} from '../core';
import type { HasilHargaGabungan, HasilIndikator, AngkaSel } from './hitung';
import type { Temuan, Tingkat } from './hasil';
import { idTemuan, slug, type KodeTemuan } from './idTemuan';
import {
  alamatNama,
  temuanSel,
  rujukanRentang,
  ukuranRentang,
  type BarisAnggaran,
  type BarisHarga,
  type BarisIndikator,
  type GrupHarga,
  type GrupHargaGanda,
  type GrupHargaHarian,
  type SelMasukan,
  type TabelAnggaran,
} from './kontrak';
import { alamatRentang } from './buku/alamat';
import type { RentangBernama } from './port';

/**
 * A printed figure whose difference from the recomputed one is at most this many percentage points
 * is explained by rounding of the printed inputs ("pembulatan", an info); a larger one is a galat.
 * 0,05 pp = five units of the last printed decimal: covers percentages computed from unrounded
 * prices that were printed rounded to the Rupiah (Minyak Goreng 10,29 vs 10,30; Pupuk Subsidi
 * 55,86 vs 55,84), never a wrong formula or a typo in a figure.
 */
export const TOLERANSI_PEMBULATAN = new Desimal('0.05');

export type Perbandingan = 'sama' | 'pembulatan' | 'beda';

/** Compare a printed figure (rounded to 2 decimals first) with the recomputed published one. */
export function bandingkanTertulis(tertulis: Desimal, dihitung: Desimal): { hasil: Perbandingan; selisih: Desimal } {
  const selisih = terbitkan(tertulis).minus(dihitung).abs();
  if (selisih.isZero()) return { hasil: 'sama', selisih };
  return { hasil: selisih.lte(TOLERANSI_PEMBULATAN) ? 'pembulatan' : 'beda', selisih };
}

const URUTAN: Record<Tingkat, number> = { galat: 0, peringatan: 1, info: 2 };

/** Verifikasi code and level of each core finding of daily prices. */
const TEMUAN_HARIAN: Readonly<Record<KodeTemuanHarga, { readonly kode: KodeTemuan; readonly tingkat: Tingkat }>> = {
  TANGGAL_TIDAK_TERBACA: { kode: 'TANGGAL-TIDAK-TERBACA', tingkat: 'galat' },
  HARGA_TIDAK_TERBACA: { kode: 'HARGA-TIDAK-TERBACA', tingkat: 'galat' },
  HARGA_TIDAK_POSITIF: { kode: 'HARGA-TIDAK-POSITIF', tingkat: 'galat' },
  NAMA_KOSONG: { kode: 'KOMODITAS-KOSONG', tingkat: 'galat' },
  BARIS_GANDA: { kode: 'BARIS-GANDA', tingkat: 'peringatan' },
  HARI_TANPA_DATA: { kode: 'HARI-TANPA-DATA', tingkat: 'peringatan' },
  HARGA_KOSONG: { kode: 'HARGA-HARIAN-KOSONG', tingkat: 'peringatan' },
  SATUAN_BERBEDA: { kode: 'SATUAN-BERBEDA', tingkat: 'peringatan' },
  DATA_TAHUN_TIDAK_ADA: { kode: 'DATA-TAHUN-TIDAK-ADA', tingkat: 'peringatan' },
  DI_LUAR_PERIODE: { kode: 'DI-LUAR-PERIODE', tingkat: 'info' },
  TEMUAN_DIPANGKAS: { kode: 'TEMUAN-DIPANGKAS', tingkat: 'info' },
};

/** Messages quoted in one Verifikasi line that stands for several findings of the same ID. */
const CONTOH_PESAN = 3;

/** The stable ID of a core finding: code + group + commodity [+ kab/kota] [+ year]; never a row number. */
export function idTemuanHarian(grup: GrupHargaHarian, t: TemuanHarga): string {
  const kunci = [grup.kunci];
  if (t.nama !== undefined) kunci.push(slug(t.nama));
  if (t.kabKota !== undefined && t.kabKota !== '') kunci.push(slug(t.kabKota));
  if (t.kode === 'HARI_TANPA_DATA' && t.tahun !== undefined) kunci.push(String(t.tahun));
  return idTemuan(TEMUAN_HARIAN[t.kode].kode, ...kunci);
}

/**
 * Where a finding of a daily range is: the cell at fault when the finding names its column (E17: a zero price),
 * else its row of the range (A17:E17: a duplicate row), or the whole range for compact findings.
 */
export function lokasiTemuanHarian(
  r: RentangBernama,
  baris: number | undefined,
  kolom?: number,
): Pick<Temuan, 'nama' | 'baris' | 'lembar' | 'alamat'> {
  if (baris === undefined) return { nama: r.nama, lembar: r.lembar, alamat: alamatNama(r) };
  const lebar = Math.max(ukuranRentang(r).jumlahKolom, 1);
  // The one cell at fault (a date, a name, a price) when the finding names it; else the whole row.
  const satuSel = kolom !== undefined && kolom >= 0 && kolom < lebar;
  return {
    nama: r.nama,
    baris,
    lembar: r.lembar,
    alamat: alamatRentang({
      baris: r.baris + baris - 1,
      kolom: r.kolom + (satuSel ? kolom : 0),
      jumlahBaris: 1,
      jumlahKolom: satuSel ? 1 : lebar,
    }),
  };
}
const persen = (d: Desimal) => `${formatTerbit(d)}%`;

/** The options a capaian check needs to know (from LKIP_Target_NA and LKIP_Batas). */
export interface OpsiPeriksaCapaian {
  readonly kebijakanNA: KebijakanTargetNA;
  readonly batas: BatasCapaian;
}

const RUMUS_POLARITAS: Readonly<Record<Polaritas, string>> = {
  positif: 'realisasi / target',
  negatif: '(2 × target − realisasi) / target',
  'negatif-rasio': 'target / realisasi',
};

const teksBatas = (batas: BatasCapaian) => (batas === null ? 'tanpa batas' : `batas ${persen(batas)}`);

/** The row's polarity as the computation read it; null when it is unreadable (PILIHAN-TIDAK-DIKENAL says so). */
function polaritasBaris(baris: BarisIndikator): Polaritas | null {
  try {
    return bacaPolaritas(baris.sel.polaritas?.nilai ?? null);
  } catch {
    return null;
  }
}

/** One departure of a printed capaian from the workbook's options, in words, naming the option to change. */
function uraianPenyimpangan(x: PenyimpanganTertulis, polaritas: Polaritas, batas: BatasCapaian): string {
  switch (x.jenis) {
    case 'dipotong':
      return 'dipotong ke 2 desimal, bukan dibulatkan setengah ke atas';
    case 'bulat':
      return 'dibulatkan ke bilangan bulat';
    case 'tanpa_batas':
      return `tanpa batas capaian (buku kerja: ${teksBatas(batas)}, LKIP_Batas)`;
    case 'dibatasi':
      return `dibatasi ${persen(x.batas)} (buku kerja: ${teksBatas(batas)}, LKIP_Batas)`;
    case 'polaritas':
      return `rumus polaritas "${x.polaritas}" (${RUMUS_POLARITAS[x.polaritas]}), bukan "${polaritas}" (${RUMUS_POLARITAS[polaritas]}; LKIP_Polaritas)`;
  }
}
const rupiah = (d: Desimal) => `Rp ${formatAngka(d, d.isInteger() ? 0 : 2)}`;

export class PemeriksaLaporan {
  private readonly daftar: Temuan[] = [];
  private readonly terlihat = new Set<string>();

  private tambah(tingkat: Tingkat, id: string, sel: SelMasukan | null, pesan: string): void {
    if (this.terlihat.has(id)) return;
    this.tambahMasalah(sel ? temuanSel(tingkat, sel, pesan, id) : { tingkat, id, pesan });
  }

  /** Add a finding unless one with its ID is already there (the first one stands). */
  private tambahMasalah(m: Temuan): void {
    const id = m.id ?? '';
    if (this.terlihat.has(id)) return;
    this.terlihat.add(id);
    this.daftar.push(m);
  }

  /** Findings, galat first, then peringatan, then info; within a level in the order of the inputs. */
  hasil(): Temuan[] {
    return this.daftar
      .map((m, i) => [m, i] as const)
      .sort((a, b) => URUTAN[a[0].tingkat] - URUTAN[b[0].tingkat] || a[1] - b[1])
      .map(([m]) => m);
  }

  // ---- input hygiene ----------------------------------------------------------------------

  teksAngka(sel: SelMasukan, kunciItem: string): void {
    this.tambah(
      'peringatan',
      idTemuan('TEKS-ANGKA', sel.nama, kunciItem),
      sel,
      `Angka disimpan sebagai teks (${JSON.stringify(sel.nilai)}); dibaca sebagai angka, tetapi rumus Excel seperti SUM akan melewatinya. Ubah sel menjadi angka.`,
    );
  }

  tidakTerbaca(sel: SelMasukan, kunciItem: string, pesan: string): void {
    this.tambah('galat', idTemuan('NILAI-TIDAK-TERBACA', sel.nama, kunciItem), sel, `Nilai tidak dapat dibaca: ${pesan}`);
  }

  pilihanTidakDikenal(sel: SelMasukan, kunci: string, pesan: string): void {
    this.tambah('galat', idTemuan('PILIHAN-TIDAK-DIKENAL', sel.nama, kunci), sel, `Pilihan tidak dikenal: ${pesan}`);
  }

  namaKosong(ind: BarisIndikator): void {
    this.tambah(
      'peringatan',
      idTemuan('NAMA-KOSONG', ind.kunci),
      ind.sel.indikator,
      'Nama indikator kosong, padahal baris ini berisi target atau realisasi. Isi nama indikatornya.',
    );
  }

  namaGanda(daftar: readonly BarisIndikator[]): void {
    const pertama = new Map<string, BarisIndikator>();
    for (const ind of daftar) {
      if (ind.nama === '(indikator tanpa nama)') continue;
      const dasar = slug(ind.nama);
      const awal = pertama.get(dasar);
      if (!awal) {
        pertama.set(dasar, ind);
        continue;
      }
      this.tambah(
        'peringatan',
        idTemuan('NAMA-GANDA', ind.kunci),
        ind.sel.indikator,
        `Nama indikator "${ind.nama}" sudah dipakai di ${awal.sel.indikator.nama} baris ${awal.sel.indikator.baris}. Indikator ganda dihitung dua kali dalam rata-rata; hapus salah satu atau bedakan namanya.`,
      );
    }
  }

  capaianGalat(ind: BarisIndikator, pesan: string): void {
    this.tambah(
      'galat',
      idTemuan('CAPAIAN-GALAT', ind.kunci),
      ind.sel.target,
      `Capaian "${ind.nama}" tidak dapat dihitung: ${pesan}`,
    );
  }

  // ---- indicators ---------------------------------------------------------------------------

  indikator(
    baris: BarisIndikator,
    ind: HasilIndikator,
    rataRata: HasilRataRataCapaian,
    jumlahIndikator: number,
    opsi: OpsiPeriksaCapaian,
    gabungan: HasilHargaGabungan | null,
    tertulis: AngkaSel | null,
  ): void {
    const { kebijakanNA } = opsi;
    const { sel } = baris;
    const cakupan = `rata-rata capaian mencakup ${rataRata.jumlahDiukur} dari ${jumlahIndikator} indikator`;
    const h = ind.hasil;
    if (h.status === 'tidak_diukur' && ind.galat === null) {
      if (ind.target === null && ind.realisasi !== null) {
        this.tambah(
          'peringatan',
          idTemuan('TARGET-KOSONG', ind.kunci),
          sel.target,
          `Indikator "${ind.nama}" memiliki realisasi ${formatTerbit(ind.realisasi)} tetapi targetnya kosong: tidak diukur dan tidak ikut rata-rata (${cakupan}).`,
        );
      } else {
        const targetTeks =
          ind.target === null ? 'kosong' : typeof ind.target === 'number' ? formatTerbit(new Desimal(ind.target)) : ind.target;
        this.tambah(
          'peringatan',
          idTemuan('TIDAK-DIUKUR', ind.kunci),
          sel.realisasi,
          `Indikator "${ind.nama}" (target ${targetTeks}) ${h.alasan === 'realisasi NA' ? 'berrealisasi NA' : 'belum memiliki realisasi'}: tercantum di laporan sebagai "tidak diukur" dan tidak ikut rata-rata (${cakupan}).`,
        );
      }
    }
    if (h.status === 'dikecualikan') {
      this.tambah(
        'info',
        idTemuan('TARGET-NA', ind.kunci),
        sel.target,
        `Target "${ind.nama}" NA: indikator dikecualikan dari rata-rata (LKIP_Target_NA = dikecualikan; ${cakupan}).`,
      );
    }
    if (h.status === 'diukur' && h.targetNA) {
      this.tambah(
        'info',
        idTemuan('TARGET-NA', ind.kunci),
        sel.target,
        `Target "${ind.nama}" NA: capaian dianggap tercapai 100% (LKIP_Target_NA = ${kebijakanNA}); realisasi ${formatTerbit(h.realisasi)} tidak dibandingkan dengan target. Pastikan ini sesuai Perjanjian Kinerja.`,
      );
    }
    if (h.status === 'diukur' && h.dibatasi) {
      const turun = h.nilaiSebelumBatas.isNegative();
      this.tambah(
        'info',
        idTemuan('DIBATASI', ind.kunci),
        sel.realisasi,
        turun
          ? `Capaian "${ind.nama}" dihitung ${persen(h.nilai)} (nilai sebelum batas ${persen(h.nilaiSebelumBatas)}, capaian tidak negatif): ${h.derivasi}.`
          : `Capaian "${ind.nama}" dibatasi: nilai sebelum batas ${persen(h.nilaiSebelumBatas)}, dihitung ${persen(h.nilai)} (${h.derivasi}).`,
      );
    }
    if (ind.metode === 'inflasi' && h.status === 'diukur' && gabungan && !h.realisasi.eq(gabungan.rataRata.nilai)) {
      this.tambah(
        'peringatan',
        idTemuan('INFLASI-BEDA', ind.kunci),
        sel.realisasi,
        `Realisasi "${ind.nama}" ${formatTerbit(h.realisasi)} berbeda dengan kenaikan harga gabungan dari daftar harga ${formatTerbit(gabungan.rataRata.nilai)} (${gabungan.rataRata.derivasi}). Kosongkan realisasi agar diisi dari daftar harga, atau periksa daftar harganya.`,
      );
    }
    if (tertulis && sel.capaianTertulis) this.capaianTertulis(baris, ind, tertulis, sel.capaianTertulis, opsi.batas);
  }

  private capaianTertulis(
    baris: BarisIndikator,
    ind: HasilIndikator,
    tertulis: AngkaSel,
    sel: SelMasukan,
    batas: BatasCapaian,
  ): void {
    if (tertulis.jenis !== 'angka') return; // blank, NA, "-": nothing printed to compare
    const id = idTemuan('CAPAIAN-TERTULIS', baris.kunci);
    const h = ind.hasil;
    if (h.status !== 'diukur') {
      this.tambah(
        'peringatan',
        id,
        sel,
        `Capaian tertulis ${persen(tertulis.nilai)} untuk "${ind.nama}", padahal indikator ini tidak diukur (${h.derivasi}).`,
      );
      return;
    }
    if (bandingkanTertulis(tertulis.nilai, h.nilai).hasil !== 'sama' && ind.metode === 'rasio' && !h.targetNA) {
      const polaritas = polaritasBaris(baris);
      const opsi = { polaritas: polaritas ?? 'positif', batas };
      const p = polaritas === null ? null : jelaskanCapaianTertulis(tertulis.nilai, baris.sel.target.nilai, h.realisasi, opsi);
      if (p) {
        this.capaianTertulisBeraturan(id, sel, ind, tertulis.nilai, p, opsi);
        return;
      }
    }
    this.bandingkan(id, sel, `Capaian "${ind.nama}"`, tertulis.nilai, h.nilai, h.derivasi);
  }

  /** A printed capaian another rule reproduces: info for a rounding rule, peringatan for another cap or formula. */
  private capaianTertulisBeraturan(
    id: string,
    sel: SelMasukan,
    ind: HasilIndikator,
    tertulis: Desimal,
    p: PenjelasanTertulis,
    opsi: { readonly polaritas: Polaritas; readonly batas: BatasCapaian },
  ): void {
    const h = ind.hasil;
    if (h.status !== 'diukur') return;
    const hanyaPembulatan = p.penyimpangan.every((x) => x.jenis === 'dipotong' || x.jenis === 'bulat');
    const aturan = p.penyimpangan.map((x) => uraianPenyimpangan(x, opsi.polaritas, opsi.batas)).join('; ');
    const saran = hanyaPembulatan
      ? ' Laporan memakai pembulatan setengah ke atas, 2 desimal.'
      : ' Bila dokumen memang memakai aturan itu, sesuaikan pengaturannya; bila tidak, perbaiki angka tertulisnya.';
    this.tambah(
      hanyaPembulatan ? 'info' : 'peringatan',
      id,
      sel,
      `Capaian "${ind.nama}": tertulis ${persen(tertulis)}, dihitung ulang ${persen(h.nilai)} (${h.derivasi}); angka tertulis mengikuti aturan lain: ${aturan} (${p.derivasi}).${saran}`,
    );
  }

  private bandingkan(id: string, sel: SelMasukan, apa: string, tertulis: Desimal, dihitung: Desimal, derivasi: string): void {
    const b = bandingkanTertulis(tertulis, dihitung);
    if (b.hasil === 'sama') return;
    if (b.hasil === 'pembulatan') {
      this.tambah(
        'info',
        id,
        sel,
        `${apa}: tertulis ${persen(tertulis)}, dihitung ulang ${persen(dihitung)} (${derivasi}); selisih ${formatTerbit(b.selisih)} poin persen ≤ ${formatTerbit(TOLERANSI_PEMBULATAN)}: pembulatan.`,
      );
      return;
    }
    const petunjuk =
      tertulis.abs().lt(2) && bandingkanTertulis(tertulis.times(100), dihitung).hasil !== 'beda'
        ? ' Nilai tertulis tampaknya memakai format persen Excel (×100): tulis poin persennya.'
        : '';
    this.tambah(
      'galat',
      id,
      sel,
      `${apa}: tertulis ${persen(tertulis)}, dihitung ulang ${persen(dihitung)} (${derivasi}); selisih ${formatTerbit(b.selisih)} poin persen melebihi toleransi pembulatan ${formatTerbit(TOLERANSI_PEMBULATAN)}.${petunjuk}`,
    );
  }

  // ---- price lists --------------------------------------------------------------------------

  hargaKosong(g: GrupHarga, b: BarisHarga, sel: SelMasukan): void {
    this.tambah(
      'galat',
      idTemuan('HARGA-KOSONG', g.kunci, b.kunci),
      sel,
      `${g.nama}: harga "${b.nama}" belum lengkap; baris ini tidak ikut rata-rata ${g.label}.`,
    );
  }

  hargaTidakDihitung(g: GrupHarga, b: BarisHarga, kode: KodeGalat | null, lalu: Desimal, kini: Desimal, pesan: string): void {
    if (kode === 'PEMBAGI_NOL') {
      this.tambah(
        'galat',
        idTemuan('HARGA-LALU-NOL', g.kunci, b.kunci),
        b.sel.lalu,
        `${g.nama}: harga tahun lalu "${b.nama}" 0, persentase kenaikan tidak dapat dihitung; baris ini tidak ikut rata-rata ${g.label}.`,
      );
    } else if (kode === 'NILAI_DI_LUAR_BATAS') {
      this.tambah(
        'galat',
        idTemuan('HARGA-NEGATIF', g.kunci, b.kunci),
        lalu.isNegative() ? b.sel.lalu : b.sel.kini,
        `${g.nama}: harga "${b.nama}" negatif (${formatTerbit(lalu.isNegative() ? lalu : kini)}); baris ini tidak ikut rata-rata ${g.label}.`,
      );
    } else {
      this.tambah('galat', idTemuan('NILAI-TIDAK-TERBACA', g.nama, b.kunci), b.sel.lalu, `${g.nama} "${b.nama}": ${pesan}`);
    }
  }

  persenHargaTertulis(g: GrupHarga, b: BarisHarga, perubahan: PerubahanHarga, tertulis: AngkaSel): void {
    if (tertulis.jenis !== 'angka' || !b.sel.tertulis) return;
    this.bandingkan(
      idTemuan('HARGA-TERTULIS', g.kunci, b.kunci),
      b.sel.tertulis,
      `Persentase ${b.nama} (${g.label})`,
      tertulis.nilai,
      perubahan.persen,
      perubahan.derivasi,
    );
  }

  // ---- daily prices -------------------------------------------------------------------------

  /** The core's findings of one daily group: one line per ID, in the core's order. */
  temuanHargaHarian(g: GrupHargaHarian, temuan: readonly TemuanHarga[]): void {
    const perId = new Map<string, TemuanHarga[]>();
    for (const t of temuan) {
      const id = idTemuanHarian(g, t);
      const daftar = perId.get(id);
      if (daftar) daftar.push(t);
      else perId.set(id, [t]);
    }
    for (const [id, daftar] of perId) {
      const pertama = daftar[0]!;
      const { tingkat } = TEMUAN_HARIAN[pertama.kode];
      const pesan =
        daftar.length === 1
          ? pertama.pesan
          : `${formatBulat(daftar.length)} temuan serupa, mis.: ${daftar
              .slice(0, CONTOH_PESAN)
              .map((t) => t.pesan)
              .join(' | ')}${daftar.length > CONTOH_PESAN ? ' | …' : ''}`;
      this.tambahMasalah({ tingkat, id, ...lokasiTemuanHarian(g.rentang, pertama.baris, pertama.kolom), pesan });
    }
  }

  /** Commodities without a KV (fewer than 2 prices in the report year). */
  stabilitasTidakDihitung(g: GrupHargaHarian, stabilitas: HasilStabilitas): void {
    for (const k of stabilitas.tidakDihitung) {
      this.tambahMasalah({
        tingkat: 'info',
        id: idTemuan('KV-TIDAK-DIHITUNG', g.kunci, slug(k.nama)),
        ...lokasiTemuanHarian(g.rentang, undefined),
        pesan: `${g.nama}: KV ${k.nama}${k.satuan ? ` (${k.satuan})` : ''} tidak dihitung: ${k.alasan}`,
      });
    }
  }

  /** A daily group without a single valid price in the two years. */
  hargaHarianKosong(g: GrupHargaHarian, tahun: number): void {
    this.tambahMasalah({
      tingkat: 'peringatan',
      id: idTemuan('HARGA-HARIAN-TANPA-PENGAMATAN', g.kunci),
      ...lokasiTemuanHarian(g.rentang, undefined),
      pesan: `${g.nama} tidak berisi satu pun harga yang sah bertanggal ${tahun - 1} atau ${tahun}; grup ${g.label} tidak ikut kenaikan harga gabungan.`,
    });
  }

  /** LKIP_Harga_<Grup> and LKIP_HargaHarian_<Grup> both exist: the daily prices are used. */
  grupHargaGanda(g: GrupHargaGanda): void {
    this.tambahMasalah({
      tingkat: 'peringatan',
      id: idTemuan('GRUP-HARGA-GANDA', slug(g.label)),
      nama: g.diabaikan.nama,
      lembar: g.diabaikan.lembar,
      alamat: lokasiTemuanHarian(g.diabaikan, undefined).alamat!,
      pesan: `Grup harga "${g.label}" ada dua kali: ${g.diabaikan.nama} (${rujukanRentang(g.diabaikan)}) dan ${g.dipakai}. Yang dipakai harga harian ${g.dipakai}; ${g.diabaikan.nama} diabaikan. Hapus salah satu nama agar jelas.`,
    });
  }

  // ---- budget -------------------------------------------------------------------------------

  anggaranTidakTerbaca(
    t: TabelAnggaran,
    b: BarisAnggaran,
    kolom: 'pagu' | 'realisasi',
    sel: SelMasukan,
    e: unknown,
    pesan: string,
  ): void {
    const negatif = typeof e === 'object' && e !== null && 'kode' in e && (e as { kode: unknown }).kode === 'NILAI_DI_LUAR_BATAS';
    if (negatif) {
      this.tambah(
        'galat',
        idTemuan('ANGGARAN-NEGATIF', t.kunci, b.kunci, kolom),
        sel,
        `${t.nama} "${b.program}": ${kolom} negatif. ${pesan}`,
      );
    } else {
      this.tidakTerbaca(sel, `${b.kunci}:${kolom}`, pesan);
    }
  }

  barisAnggaran(t: TabelAnggaran, b: BarisAnggaran, s: HasilSerapan, tertulis: AngkaSel | null): void {
    if (s.status === 'ada_pagu' && s.realisasi.gt(s.pagu)) {
      this.tambah(
        'peringatan',
        idTemuan('ANGGARAN-MELEBIHI-PAGU', t.kunci, b.kunci),
        b.sel.realisasi,
        `${t.nama} "${b.program}": realisasi ${rupiah(s.realisasi)} melebihi pagu ${rupiah(s.pagu)} (${s.derivasi}).`,
      );
    }
    if (s.status === 'tidak_ada_pagu' && !s.realisasi.isZero()) {
      this.tambah(
        'peringatan',
        idTemuan('ANGGARAN-PAGU-NOL', t.kunci, b.kunci),
        b.sel.realisasi,
        `${t.nama} "${b.program}": pagu 0 tetapi realisasi ${rupiah(s.realisasi)}; serapan tidak dapat dihitung. Periksa pagu program ini.`,
      );
    }
    if (tertulis && tertulis.jenis === 'angka' && b.sel.persenTertulis) {
      const id = idTemuan('ANGGARAN-PERSEN-TERTULIS', t.kunci, b.kunci);
      if (s.status === 'ada_pagu') {
        this.bandingkan(id, b.sel.persenTertulis, `Serapan "${b.program}"`, tertulis.nilai, s.nilai, s.derivasi);
      } else if (!tertulis.nilai.isZero()) {
        this.tambah(
          'galat',
          id,
          b.sel.persenTertulis,
          `Serapan "${b.program}" tertulis ${persen(tertulis.nilai)}, padahal pagunya 0.`,
        );
      }
    }
  }

  totalAnggaran(t: TabelAnggaran, tt: BarisAnggaran, total: HasilSerapan, persenTertulis: AngkaSel | null): void {
    const jumlahBaris = `jumlah ${t.baris.length} baris program`;
    for (const [kolom, sel, jumlah] of [
      ['pagu', tt.sel.pagu, total.pagu],
      ['realisasi', tt.sel.realisasi, total.realisasi],
    ] as const) {
      if (selKosong(sel.nilai)) continue;
      const id = idTemuan('ANGGARAN-TOTAL', t.kunci, tt.kunci, kolom);
      const terbaca = bacaJumlahTertulis(sel.nilai);
      if (terbaca.jenis === 'galat') {
        this.tambah(
          'galat',
          id,
          sel,
          `${t.nama}: jumlah ${kolom} tertulis ${JSON.stringify(sel.nilai)} tidak dapat dibaca sebagai angka (${terbaca.alasan}); ${jumlahBaris} = ${rupiah(jumlah)}.${petunjukDigit(sel.nilai, jumlah)}`,
        );
      } else if (!terbaca.nilai.eq(jumlah)) {
        this.tambah(
          'galat',
          id,
          sel,
          `${t.nama}: jumlah ${kolom} tertulis ${rupiah(terbaca.nilai)} berbeda dengan ${jumlahBaris} ${rupiah(jumlah)} (selisih ${rupiah(terbaca.nilai.minus(jumlah).abs())}).`,
        );
      }
    }
    if (persenTertulis && persenTertulis.jenis === 'angka' && tt.sel.persenTertulis && total.status === 'ada_pagu') {
      this.bandingkan(
        idTemuan('ANGGARAN-PERSEN-TERTULIS', t.kunci, tt.kunci),
        tt.sel.persenTertulis,
        `Serapan total ${t.nama}`,
        persenTertulis.nilai,
        total.nilai,
        total.derivasi,
      );
    }
  }
}

/** A printed total, read strictly (no "-" = 0): its reason when unreadable. */
function bacaJumlahTertulis(nilai: unknown): { jenis: 'angka'; nilai: Desimal } | { jenis: 'galat'; alasan: string } {
  try {
    // The core's reader: Indonesian grouping, "Rp", ",-".
    const t = bacaAngka(nilai, 'jumlah');
    if (t.jenis === 'angka') return { jenis: 'angka', nilai: t.nilai };
    return { jenis: 'galat', alasan: t.jenis === 'NA' ? 'tertulis NA' : 'tertulis tanda "-"' };
  } catch (e) {
    return {
      jenis: 'galat',
      alasan: pesanGalat(e)
        .replace(/^jumlah = [^:]*: /, '')
        .replace(/\.$/, ''),
    };
  }
}

/** "13.157.342.97,-" vs 13.157.342.972: the printed digits are the sum's without its last digit. */
function petunjukDigit(nilai: unknown, jumlah: Desimal): string {
  if (typeof nilai !== 'string') return '';
  const digitTertulis = nilai
    .replace(/,\s*[-–—]\s*$/, '')
    .replace(/,0+\s*$/, '')
    .replace(/\D/g, '');
  const digitJumlah = jumlah.toFixed(0).replace(/\D/g, '');
  if (digitTertulis.length >= 4 && digitJumlah.length > digitTertulis.length && digitJumlah.startsWith(digitTertulis)) {
    const hilang = digitJumlah.length - digitTertulis.length;
    return ` Angka tertulis sama dengan jumlah baris tanpa ${hilang === 1 ? 'digit terakhirnya' : `${hilang} digit terakhirnya`}: kemungkinan salah ketik, seharusnya ${formatAngka(jumlah, 0)}.`;
  }
  return '';
}
