/**
 * The computation of the report: every figure comes from the core (capaian, kategori, price rise,
 * serapan, rata-rata, daily price averages and KV); this file only wires inputs to it, keeps where each
 * figure came from, and runs the Verifikasi checks (see periksa.ts for the IDs and messages).
 *
 * A daily price group (LKIP_HargaHarian_<Grup>) becomes a price group exactly like a typed list: its
 * rows are the commodities with the annual averages as "Tahun n−1" / "Tahun n", its mean is the core's
 * group mean, and it takes part in the combined figure and the price-rise indicator like any list.
 */
import {
  Desimal,
  GalatLkip,
  NOL,
  bacaAngka,
  bacaPolaritas,
  rupiahDari,
  bacaTarget,
  capaianInflasi,
  formatTerbit,
  hasilCapaianInflasi,
  hitungCapaian,
  kategori,
  kenaikanHargaGabungan,
  perubahanHarga,
  rataRataCapaian,
  rataRataTerbit,
  serapanDari,
  serapanTotal,
  terbitkan,
  type CapaianInflasi,
  type HasilCapaian,
  type HasilRataRataCapaian,
  type HasilSerapan,
  type HasilStabilitas,
  type MetodeRataRata,
  type PerubahanHarga,
  type Polaritas,
  type RataRataTerbit,
  type Skala,
  type Target,
  bacaPilihan,
  kunciSpasiTunggal,
  pesanGalat,
  selKosong,
} from '../core';
import type { HitunganHargaHarian } from './hargaHarian';
import type { Masalah } from './hasil';
import {
  rujukanRentang,
  teksSel,
  type BarisAnggaran,
  type BarisIndikator,
  type MasukanLaporan,
  type SelMasukan,
  type TabelAnggaran,
} from './kontrak';
import type { NilaiSel } from './lembar';
import { PemeriksaLaporan } from './periksa';
import { kunciUnik } from './idTemuan';
import { hitungRumusDikenali, kenaliRumus } from './rumusRealisasi';

export type MetodeCapaian = 'rasio' | 'inflasi';

export interface HasilIndikator {
  /** 1-based number in the report (every listed indicator, measured or not). */
  readonly no: number;
  readonly kunci: string;
  readonly nama: string;
  readonly satuan: string | null;
  readonly metode: MetodeCapaian;
  /** As shown: a number (published), "NA", a range "80–90", or null. */
  readonly target: number | string | null;
  /** Published realisasi as used; null when not measured. */
  readonly realisasi: Desimal | null;
  /** The core's result; an input error shows as tidak_diukur with the error as alasan. */
  readonly hasil: HasilCapaian;
  /** Message when the indicator could not be computed (bad number, target 0, unknown option). */
  readonly galat: string | null;
  readonly kategori: string | null;
  /** 0 = best level of the scale (for the fill colour); null when not measured. */
  readonly peringkat: number | null;
  /** Derivation in the document's notation. */
  readonly keterangan: string;
  readonly realisasiLalu: Desimal | null;
  /** As shown in the "Realisasi <n−1>" column: the published number, "NA", or null. */
  readonly realisasiLaluTampil: number | string | null;
  readonly selisihLalu: Desimal | null;
  readonly targetAkhir: number | string | null;
  readonly capaianAkhir: HasilCapaian | null;
  /** Price groups under the price-rise indicator ("a. Barang Kebutuhan Pokok 12,76"). */
  readonly subBaris: readonly { readonly label: string; readonly realisasi: Desimal; readonly derivasi: string }[];
}

export interface HasilBarisHarga {
  readonly no: number;
  readonly kunci: string;
  readonly nama: string;
  readonly satuan: string | null;
  /** Prices as read (numbers), null when unreadable. */
  readonly lalu: Desimal | null;
  readonly kini: Desimal | null;
  readonly perubahan: PerubahanHarga | null;
  readonly galat: string | null;
  /** Daily groups: how the two annual averages were formed ("2020: Σ harga … = …; 2021: …"); null for typed lists. */
  readonly derivasiHarga?: string | null;
}

/** What a daily price group adds to its price list: where the averages came from, and the stability table. */
export interface HasilHarian {
  /** "Harian!$A$1:$E$963601" */
  readonly rujukan: string;
  readonly metode: MetodeRataRata;
  readonly jumlahBaris: number;
  readonly jumlahPengamatan: number;
  readonly jumlahKabKota: number;
  /** The core's stabilitasHarga for the report year. */
  readonly stabilitas: HasilStabilitas;
}

export interface HasilGrupHarga {
  readonly nama: string;
  readonly label: string;
  readonly kunci: string;
  readonly baris: readonly HasilBarisHarga[];
  /** null when no row could be computed. */
  readonly rataRata: RataRataTerbit | null;
  /** Set for a daily price group (LKIP_HargaHarian_<Grup>), null for a typed list. */
  readonly harian: HasilHarian | null;
}

export interface HasilHargaGabungan {
  readonly rataRata: RataRataTerbit;
  readonly skala: CapaianInflasi;
  /** "(12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%" */
  readonly derivasi: string;
  readonly kategori: string;
  readonly peringkat: number;
}

export interface HasilBarisAnggaran {
  readonly no: number;
  readonly kunci: string;
  readonly program: string;
  readonly pagu: Desimal | null;
  readonly realisasi: Desimal | null;
  readonly serapan: HasilSerapan | null;
  readonly galat: string | null;
}

export interface HasilTabelAnggaran {
  readonly nama: string;
  readonly label: string;
  readonly kunci: string;
  readonly utama: boolean;
  readonly baris: readonly HasilBarisAnggaran[];
  /** Σ realisasi / Σ pagu over the readable rows. */
  readonly total: HasilSerapan;
}

export interface HasilLaporan {
  readonly instansi: string | null;
  readonly tahun: number | null;
  readonly skala: Skala;
  readonly indikator: readonly HasilIndikator[];
  readonly rataRata: HasilRataRataCapaian;
  readonly kategoriRataRata: string | null;
  readonly peringkatRataRata: number | null;
  readonly adaRealisasiLalu: boolean;
  readonly adaTargetAkhir: boolean;
  readonly grupHarga: readonly HasilGrupHarga[];
  readonly gabungan: HasilHargaGabungan | null;
  readonly anggaran: readonly HasilTabelAnggaran[];
  /** Verifikasi findings, galat first, then peringatan, then info; IDs are stable. */
  readonly temuan: readonly Masalah[];
}

/** Kategori label and its rank in the scale (0 = best), for the fill colour. */
export function kategoriDanPeringkat(capaian: Desimal, skala: Skala): { label: string; peringkat: number } {
  const label = kategori(capaian, skala);
  const peringkat = skala.findIndex((t) => t.label === label);
  return { label, peringkat: peringkat < 0 ? skala.length - 1 : peringkat };
}

const METODE: Record<string, MetodeCapaian> = {
  rasio: 'rasio',
  ratio: 'rasio',
  inflasi: 'inflasi',
  'skala inflasi': 'inflasi',
  skala_inflasi: 'inflasi',
  harga: 'inflasi',
  'kenaikan harga': 'inflasi',
};

/** "rasio" (default, also empty) or "inflasi" (the step scale of Tabel 3.7). */
export function bacaMetode(masukan: NilaiSel, argumen = 'metode'): MetodeCapaian {
  return bacaPilihan<MetodeCapaian>(masukan, argumen, {
    kamus: METODE,
    bawaan: 'rasio',
    kunci: kunciSpasiTunggal,
    saran: 'pilih "rasio" (realisasi/target) atau "inflasi" (skala Tabel 3.7).',
  });
}

const argumenSel = (sel: SelMasukan) => `${sel.nama} baris ${sel.baris} (${sel.lembar}!${sel.alamat})`;

/** Read a number cell; text that is a number raises TEKS-ANGKA, unreadable text NILAI-TIDAK-TERBACA. */
export type AngkaSel =
  { jenis: 'angka'; nilai: Desimal } | { jenis: 'NA' | 'kosong' | 'strip' } | { jenis: 'galat'; pesan: string };

function bacaSelAngka(sel: SelMasukan | undefined, kunciItem: string, periksa: PemeriksaLaporan, periksaTeks = true): AngkaSel {
  if (!sel) return { jenis: 'kosong' };
  try {
    const t = bacaAngka(sel.nilai, argumenSel(sel));
    if (t.jenis === 'angka' && t.dariTeks && periksaTeks) periksa.teksAngka(sel, kunciItem);
    return t.jenis === 'angka' ? { jenis: 'angka', nilai: t.nilai } : t;
  } catch (e) {
    periksa.tidakTerbaca(sel, kunciItem, pesanGalat(e));
    return { jenis: 'galat', pesan: pesanGalat(e) };
  }
}

function tampilTarget(t: Target): number | string | null {
  switch (t.jenis) {
    case 'tunggal':
      return t.nilai.toNumber();
    case 'rentang':
      return `${formatTerbit(t.bawah)}–${formatTerbit(t.atas)}`;
    case 'NA':
      return 'NA';
    case 'kosong':
      return null;
  }
}

export interface OpsiHitung {
  /**
   * The daily price groups, read and computed (./hargaHarian: hitungLaporanLengkap, or jalankanLaporan,
   * which loads that code only for workbooks that have daily prices). Required when the input has any.
   */
  readonly hargaHarian?: readonly HitunganHargaHarian[];
  /** Progress of the computation: steps done of total (one per daily group, one for the rest). */
  readonly kemajuan?: (selesai: number, total: number) => void;
}

/** Compute the whole report from the contract's input. Pure; same input → deep-equal result. */
export function hitungLaporan(masukan: MasukanLaporan, opsi: OpsiHitung = {}): HasilLaporan {
  const periksa = new PemeriksaLaporan();
  const { skala } = masukan;
  const bacaanHarian = opsi.hargaHarian ?? [];
  if (bacaanHarian.length !== masukan.grupHargaHarian.length) {
    throw new Error('hitungLaporan: grup harga harian belum dihitung (pakai hitungLaporanLengkap atau jalankanLaporan)');
  }
  const langkahTotal = bacaanHarian.length + 1;
  let langkah = 0;

  // ---- price lists (first: the price-rise indicator may take its realisasi from them) ----
  for (const g of masukan.grupHargaGanda) periksa.grupHargaGanda(g);
  const grupHargaKetik: HasilGrupHarga[] = masukan.grupHarga.map((g) => {
    const baris: HasilBarisHarga[] = g.baris.map((b, i) => {
      const lalu = bacaSelAngka(b.sel.lalu, `${b.kunci}:lalu`, periksa);
      const kini = bacaSelAngka(b.sel.kini, `${b.kunci}:kini`, periksa);
      let perubahan: PerubahanHarga | null = null;
      let galat: string | null = null;
      if (lalu.jenis === 'galat' || kini.jenis === 'galat') {
        galat = lalu.jenis === 'galat' ? lalu.pesan : (kini as { pesan: string }).pesan;
      } else if (lalu.jenis !== 'angka' || kini.jenis !== 'angka') {
        galat = `harga ${lalu.jenis !== 'angka' ? 'tahun lalu' : 'tahun ini'} belum diisi`;
        periksa.hargaKosong(g, b, lalu.jenis !== 'angka' ? b.sel.lalu : b.sel.kini);
      } else {
        try {
          perubahan = perubahanHarga(lalu.nilai, kini.nilai, `${g.nama} "${b.nama}": harga`);
        } catch (e) {
          galat = pesanGalat(e);
          periksa.hargaTidakDihitung(g, b, e instanceof GalatLkip ? e.kode : null, lalu.nilai, kini.nilai, galat);
        }
      }
      if (perubahan && b.sel.tertulis) {
        periksa.persenHargaTertulis(g, b, perubahan, bacaSelAngka(b.sel.tertulis, `${b.kunci}:tertulis`, periksa, false));
      }
      return {
        no: i + 1,
        kunci: b.kunci,
        nama: b.nama,
        satuan: b.satuan,
        lalu: lalu.jenis === 'angka' ? lalu.nilai : null,
        kini: kini.jenis === 'angka' ? kini.nilai : null,
        perubahan,
        galat,
      };
    });
    const dihitung = baris.filter((b) => b.perubahan !== null).map((b) => b.perubahan!.persen);
    return {
      nama: g.nama,
      label: g.label,
      kunci: g.kunci,
      baris,
      rataRata: dihitung.length > 0 ? rataRataTerbit(dihitung, g.nama) : null,
      harian: null,
    };
  });
  const grupHargaHarian: HasilGrupHarga[] = bacaanHarian.map((b) => {
    const hasil = grupDariHarian(b, masukan, periksa);
    opsi.kemajuan?.(++langkah, langkahTotal);
    return hasil;
  });
  const urutan = new Map(masukan.urutanGrupHarga.map((nama, i) => [nama, i]));
  const grupHarga = [...grupHargaKetik, ...grupHargaHarian].sort(
    (a, b) => (urutan.get(a.nama) ?? Infinity) - (urutan.get(b.nama) ?? Infinity),
  );

  const rataGrup = grupHarga.filter((g) => g.rataRata !== null);
  let gabungan: HasilHargaGabungan | null = null;
  if (rataGrup.length > 0) {
    const rataRata = kenaikanHargaGabungan(rataGrup.map((g) => g.rataRata!.nilai));
    const c = capaianInflasi(rataRata.nilai, masukan.skalaInflasi);
    const k = kategoriDanPeringkat(c.capaian, skala);
    gabungan = {
      rataRata,
      skala: c,
      derivasi: `${rataRata.derivasi} → ${c.derivasiSkala}`,
      kategori: k.label,
      peringkat: k.peringkat,
    };
  }

  // ---- indicators ----
  periksa.namaGanda(masukan.indikator);
  const indikator = masukan.indikator.map((ind, i) => hitungIndikator(ind, i + 1, { masukan, periksa, gabungan, rataGrup }));

  const rataRata = rataRataCapaian(indikator.map((ind) => ({ nama: ind.nama, hasil: ind.hasil })));
  const kpRata = rataRata.nilai === null ? null : kategoriDanPeringkat(rataRata.nilai, skala);

  // checks that need the whole picture
  indikator.forEach((ind, i) => {
    const baris = masukan.indikator[i]!;
    const tertulis = baris.sel.capaianTertulis ? bacaSelAngka(baris.sel.capaianTertulis, baris.kunci, periksa, false) : null;
    periksa.indikator(baris, ind, rataRata, indikator.length, masukan.kebijakanNA, gabungan, tertulis);
  });

  // ---- budget ----
  const anggaran: HasilTabelAnggaran[] = masukan.anggaran.map((t) => {
    const baris: HasilBarisAnggaran[] = t.baris.map((b, i) => {
      const pagu = rupiahSel(t, b, 'pagu', periksa);
      const realisasi = rupiahSel(t, b, 'realisasi', periksa);
      const galat = realisasi.galat ?? pagu.galat;
      const hasilSerapan = pagu.nilai !== null && realisasi.nilai !== null ? serapanDari(pagu.nilai, realisasi.nilai) : null;
      if (hasilSerapan) {
        const tertulis = b.sel.persenTertulis ? bacaSelAngka(b.sel.persenTertulis, `${b.kunci}:persen`, periksa, false) : null;
        periksa.barisAnggaran(t, b, hasilSerapan, tertulis);
      }
      return {
        no: i + 1,
        kunci: b.kunci,
        program: b.program,
        pagu: pagu.nilai,
        realisasi: realisasi.nilai,
        serapan: hasilSerapan,
        galat,
      };
    });
    const terbaca = baris.filter((b) => b.pagu !== null && b.realisasi !== null) as (HasilBarisAnggaran & {
      pagu: Desimal;
      realisasi: Desimal;
    })[];
    const total = serapanTotal(terbaca.length > 0 ? terbaca : [{ pagu: NOL, realisasi: NOL }]);
    for (const tt of t.totalTertulis) {
      const persen = tt.sel.persenTertulis ? bacaSelAngka(tt.sel.persenTertulis, `${tt.kunci}:persen`, periksa, false) : null;
      periksa.totalAnggaran(t, tt, total, persen);
    }
    return { nama: t.nama, label: t.label, kunci: t.kunci, utama: t.utama, baris, total };
  });

  opsi.kemajuan?.(++langkah, langkahTotal);
  return {
    instansi: masukan.instansi,
    tahun: masukan.tahun,
    skala,
    indikator,
    rataRata,
    kategoriRataRata: kpRata?.label ?? null,
    peringkatRataRata: kpRata?.peringkat ?? null,
    adaRealisasiLalu: masukan.adaRealisasiLalu,
    adaTargetAkhir: masukan.adaTargetAkhir,
    grupHarga,
    gabungan,
    anggaran,
    temuan: periksa.hasil(),
  };
}

/** One amount cell of a budget row: the core's Rupiah reading; TEKS-ANGKA for a text amount; a finding when unreadable. */
function rupiahSel(
  t: TabelAnggaran,
  b: BarisAnggaran,
  kolom: 'pagu' | 'realisasi',
  periksa: PemeriksaLaporan,
): { nilai: Desimal | null; galat: string | null } {
  const s = b.sel[kolom];
  try {
    const argumen = argumenSel(s);
    const terbaca = bacaAngka(s.nilai, argumen);
    const nilai = rupiahDari(terbaca, s.nilai, argumen);
    if (terbaca.jenis === 'angka' && terbaca.dariTeks) periksa.teksAngka(s, `${b.kunci}:${kolom}`);
    return { nilai, galat: null };
  } catch (e) {
    const galat = pesanGalat(e);
    periksa.anggaranTidakTerbaca(t, b, kolom, s, e, galat);
    return { nilai: null, galat };
  }
}

/** A daily price group as a price group: the core's averages, change and mean; its findings; its stability. */
function grupDariHarian(hitungan: HitunganHargaHarian, masukan: MasukanLaporan, periksa: PemeriksaLaporan): HasilGrupHarga {
  const { grup: g, data, harga, stabilitas } = hitungan;
  periksa.temuanHargaHarian(g, harga.temuan);
  periksa.stabilitasTidakDihitung(g, stabilitas);
  if (data.jumlahPengamatan === 0) periksa.hargaHarianKosong(g, data.tahun);
  const kunci = kunciUnik(harga.komoditas.map((k) => k.nama));
  const tidakAdaPerNama = new Map<string, string>();
  for (const t of harga.temuan)
    if (t.kode === 'DATA_TAHUN_TIDAK_ADA' && t.nama !== undefined) tidakAdaPerNama.set(t.nama, t.pesan);
  const baris: HasilBarisHarga[] = harga.komoditas.map((k, i) => {
    const tahunan = [
      k.lalu ? `${data.tahun - 1}: ${k.lalu.derivasi}` : null,
      k.kini ? `${data.tahun}: ${k.kini.derivasi}` : null,
    ].filter((x): x is string => x !== null);
    return {
      no: i + 1,
      kunci: kunci[i]!,
      nama: k.nama,
      satuan: k.satuan === '' ? null : k.satuan,
      lalu: k.lalu?.nilai ?? null,
      kini: k.kini?.nilai ?? null,
      perubahan: k.perubahan,
      galat: k.perubahan ? null : (tidakAdaPerNama.get(k.nama) ?? 'harga salah satu tahun tidak ada'),
      derivasiHarga: tahunan.length > 0 ? `rata-rata harian ${tahunan.join('; ')}` : null,
    };
  });
  return {
    nama: g.nama,
    label: g.label,
    kunci: g.kunci,
    baris,
    rataRata: harga.rataRata,
    harian: {
      rujukan: rujukanRentang(g.rentang),
      metode: harga.metode,
      jumlahBaris: data.jumlahBaris,
      jumlahPengamatan: data.jumlahPengamatan,
      jumlahKabKota: data.kabKota.length,
      stabilitas,
    },
  };
}

interface KonteksIndikator {
  readonly masukan: MasukanLaporan;
  readonly periksa: PemeriksaLaporan;
  readonly gabungan: HasilHargaGabungan | null;
  readonly rataGrup: readonly HasilGrupHarga[];
}

/** One indicator: options, target, realisasi (cell, recognised formula, or price lists), capaian, comparisons. */
function hitungIndikator(ind: BarisIndikator, no: number, k: KonteksIndikator): HasilIndikator {
  const { masukan, periksa, gabungan, rataGrup } = k;
  const { skala } = masukan;
  const opsiUmum = { batas: masukan.batas, kebijakanNA: masukan.kebijakanNA };
  const { sel } = ind;
  const satuan = sel.satuan ? teksSel(sel.satuan.nilai) : null;
  if (selKosong(sel.indikator.nilai)) periksa.namaKosong(ind);
  let galat: string | null = null;

  let polaritas: Polaritas = 'positif';
  let metode: MetodeCapaian = 'rasio';
  try {
    if (sel.polaritas) polaritas = bacaPolaritas(sel.polaritas.nilai, argumenSel(sel.polaritas));
  } catch (e) {
    galat = pesanGalat(e);
    periksa.pilihanTidakDikenal(sel.polaritas!, ind.kunci, galat);
  }
  try {
    if (sel.metode) metode = bacaMetode(sel.metode.nilai, argumenSel(sel.metode));
  } catch (e) {
    galat = pesanGalat(e);
    periksa.pilihanTidakDikenal(sel.metode!, ind.kunci, galat);
  }

  let target: Target = { jenis: 'kosong' };
  try {
    target = bacaTarget(sel.target.nilai, argumenSel(sel.target));
    if (typeof sel.target.nilai === 'string' && target.jenis === 'tunggal') {
      bacaSelAngka(sel.target, ind.kunci, periksa); // text that is a number → TEKS-ANGKA
    }
  } catch (e) {
    galat = pesanGalat(e);
    periksa.tidakTerbaca(sel.target, ind.kunci, galat);
  }

  // realisasi: the cell, or for the price-rise indicator the combined price figure
  const realisasiSel = bacaSelAngka(sel.realisasi, ind.kunci, periksa);
  if (realisasiSel.jenis === 'galat') galat = realisasiSel.pesan;
  let realisasiMasukan: Desimal | string | null =
    realisasiSel.jenis === 'angka' ? realisasiSel.nilai : realisasiSel.jenis === 'NA' ? 'NA' : null;
  const langkah: string[] = [];
  let dariHarga = false;
  if (metode === 'inflasi' && realisasiSel.jenis === 'kosong' && gabungan) {
    realisasiMasukan = gabungan.rataRata.nilai;
    dariHarga = true;
  } else if (realisasiSel.jenis === 'angka') {
    const dikenali = kenaliRumus(sel.realisasi.rumus);
    if (dikenali) {
      try {
        langkah.push(`realisasi ${hitungRumusDikenali(dikenali).derivasi}`);
      } catch {
        // a formula the core cannot evaluate (division by zero): the cell's value stands alone
      }
    } else if (sel.realisasi.rumus) {
      langkah.push(`realisasi dari rumus ${sel.realisasi.rumus.replace(/^=/, '')}`);
    }
  }

  let hasil: HasilCapaian;
  if (galat !== null) {
    hasil = { status: 'tidak_diukur', alasan: 'tidak dapat dihitung', derivasi: `tidak dapat dihitung: ${galat}` };
  } else {
    try {
      if (metode === 'inflasi') {
        hasil =
          realisasiMasukan === null || realisasiMasukan === 'NA'
            ? hitungCapaian(target, realisasiMasukan) // the core's own "tidak diukur"
            : hasilCapaianInflasi(realisasiMasukan, masukan.skalaInflasi);
      } else {
        hasil = hitungCapaian(target, realisasiMasukan, { ...opsiUmum, polaritas });
      }
    } catch (e) {
      galat = pesanGalat(e);
      periksa.capaianGalat(ind, galat);
      hasil = { status: 'tidak_diukur', alasan: 'tidak dapat dihitung', derivasi: `tidak dapat dihitung: ${galat}` };
    }
  }

  const realisasi =
    hasil.status === 'diukur' ? hasil.realisasi : realisasiMasukan instanceof Desimal ? terbitkan(realisasiMasukan) : null;

  // derivation
  if (metode === 'inflasi' && hasil.status === 'diukur' && gabungan && hasil.realisasi.eq(gabungan.rataRata.nilai)) {
    langkah.push(
      `${dariHarga ? 'realisasi dari daftar harga: ' : ''}${gabungan.rataRata.derivasi} → ${gabungan.skala.derivasiSkala}`,
    );
  } else {
    const labelCapaian = langkah.length > 0 && hasil.status === 'diukur' && !hasil.targetNA;
    langkah.push(labelCapaian ? `capaian ${hasil.derivasi}` : hasil.derivasi);
  }

  // comparisons (PermenPANRB 53/2014): last year, Renstra end target
  let realisasiLalu: Desimal | null = null;
  let realisasiLaluTampil: number | string | null = null;
  let selisihLalu: Desimal | null = null;
  if (sel.realisasiLalu) {
    const lalu = bacaSelAngka(sel.realisasiLalu, ind.kunci, periksa);
    if (lalu.jenis === 'NA') realisasiLaluTampil = 'NA';
    if (lalu.jenis === 'angka') {
      realisasiLaluTampil = terbitkan(lalu.nilai).toNumber();
      realisasiLalu = terbitkan(lalu.nilai);
      if (realisasi) {
        selisihLalu = realisasi.minus(realisasiLalu);
        langkah.push(
          `thd tahun lalu: ${formatTerbit(realisasi)} − ${formatTerbit(realisasiLalu)} = ${formatTerbit(selisihLalu)}`,
        );
      }
    }
  }
  let targetAkhir: number | string | null = null;
  let capaianAkhir: HasilCapaian | null = null;
  if (sel.targetAkhir) {
    try {
      const t = bacaTarget(sel.targetAkhir.nilai, argumenSel(sel.targetAkhir));
      if (typeof sel.targetAkhir.nilai === 'string' && t.jenis === 'tunggal') bacaSelAngka(sel.targetAkhir, ind.kunci, periksa);
      targetAkhir = tampilTarget(t);
      if (t.jenis !== 'kosong' && realisasi) {
        capaianAkhir = hitungCapaian(t, realisasi, { ...opsiUmum, polaritas });
        langkah.push(`thd target akhir: ${capaianAkhir.derivasi}`);
      }
    } catch (e) {
      periksa.tidakTerbaca(sel.targetAkhir, ind.kunci, pesanGalat(e));
    }
  }

  const kp = hasil.status === 'diukur' ? kategoriDanPeringkat(hasil.nilai, skala) : null;
  return {
    no,
    kunci: ind.kunci,
    nama: ind.nama,
    satuan,
    metode,
    target: tampilTarget(target),
    realisasi,
    hasil,
    galat,
    kategori: kp?.label ?? null,
    peringkat: kp?.peringkat ?? null,
    keterangan: langkah.join('; '),
    realisasiLalu,
    realisasiLaluTampil,
    selisihLalu,
    targetAkhir,
    capaianAkhir,
    subBaris:
      metode === 'inflasi'
        ? rataGrup.map((g) => ({ label: g.label, realisasi: g.rataRata!.nilai, derivasi: g.rataRata!.derivasi }))
        : [],
  };
}
