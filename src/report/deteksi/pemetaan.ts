/**
 * From a table's columns to LKIP_ names, one table at a time: the report year that places the years of the
 * headers, the n×1 name of each column of a performance table, and the range a price list or a budget needs
 * (its columns adjacent and in the contract's order). What only the whole workbook can decide (which of two
 * performance tables, which budget is LKIP_Anggaran, the price groups' names) is left to ./bukuKerja.
 */
import { alamatRentang } from '../buku/alamat';
import type { Rentang } from '../lembar';
import { AWALAN_REALISASI_TAHUN, NAMA_DETEKSI, NAMA_KINERJA_WAJIB, NAMA_KOLOM_KINERJA, type Peran } from './kosakata';
import type { KolomKepala } from './kepala';
import { Kisi, alamatMutlak, rujukanBiasa, rujukanMutlak, teksNilai } from './kisi';
import type { TabelMentah } from './tabel';
import type { Ambiguitas, JenisTabel, TahunLaporan, UsulanNama } from './jenis';

/** A column while its name is being decided. */
export interface KolomDraf {
  readonly kepala: KolomKepala;
  nama: string | null;
  bagian: string | null;
  alasan: string | null;
  ambigu: boolean;
}

export interface Pemetaan {
  readonly id: string;
  readonly kisi: Kisi;
  readonly mentah: TabelMentah;
  readonly jenis: JenisTabel;
  readonly kolom: KolomDraf[];
  readonly tahun: TahunLaporan | null;
  /** Performance table: one name per column. Price list and budget: one, with a provisional name. */
  readonly usulan: UsulanNama[];
  /** Price list and budget: the label the name is made from ("Kebutuhan_Pokok", "APBN"), or null. */
  readonly label: string | null;
  readonly alasan: string[];
  readonly catatan: string[];
  /** Open column ambiguities of this table. */
  readonly ambiguitas: Ambiguitas[];
}

export interface KonteksPemetaan {
  readonly tahunOpsi?: number;
  /** The value of a single LKIP_Tahun cell found on the workbook's sheets. */
  readonly tahunPengaturan?: number;
  readonly pilihan: Readonly<Record<string, string>>;
  readonly ubah: Readonly<Record<string, string | null>>;
  /** Problems with the options, collected for HasilDeteksi.masalahOpsi. */
  readonly masalahOpsi: string[];
}

/** "PK 2021!A4": the sheet and the header's first cell. */
export function idTabel(kisi: Kisi, t: TabelMentah): string {
  return `${kisi.nama}!${kisi.alamat(t.kepala.baris, t.kepala.kolomAwal)}`;
}

export function petakan(kisi: Kisi, t: TabelMentah, konteks: KonteksPemetaan): Pemetaan {
  const id = idTabel(kisi, t);
  const dasar: Pemetaan = {
    id,
    kisi,
    mentah: t,
    jenis: t.kepala.jenis,
    kolom: t.kepala.kolom.map((kepala) => ({ kepala, nama: null, bagian: null, alasan: null, ambigu: false })),
    tahun: null,
    usulan: [],
    label: null,
    alasan: [],
    catatan: [],
    ambiguitas: [],
  };
  if (t.penomoranDilewati)
    dasar.catatan.push(`Baris penomoran kolom di bawah kepala (baris ${kisi.barisLembar(t.barisAwal - 1) + 1}) dilewati.`);
  if (t.jumlahBaris === 0) {
    const sebab = t.akhir.teks !== null ? ` ("${t.akhir.teks}" menutup tabel)` : '';
    dasar.alasan.push(`Tidak ada baris data di bawah kepala${sebab}.`);
  }
  if (t.kepala.jenis === 'kinerja') return petakanKinerja(dasar, konteks);
  return petakanRentangGrup(dasar, konteks);
}

// --- the report year ---------------------------------------------------------------------------

const TAHUN_TEKS = /\b(19|20|21)\d\d\b/g;

function tahunDalam(teks: readonly string[]): Set<number> {
  const tahun = new Set<number>();
  for (const t of teks) for (const m of t.matchAll(TAHUN_TEKS)) tahun.add(Number(m[0]));
  return tahun;
}

/**
 * The report year of a performance table: given; else the latest year that has both a target and a realisasi
 * column; else a single LKIP_Tahun cell; else the single year of the title rows and the sheet's name; else an
 * estimate from the headers (a plain "Realisasi" beside "Realisasi 2020" is 2021; the latest realisasi year,
 * with targets up to a year later; the earliest target year, since later ones are Renstra targets).
 */
export function tentukanTahun(
  kolom: readonly KolomKepala[],
  judul: readonly string[],
  namaLembar: string,
  k: KonteksPemetaan,
): TahunLaporan | null {
  const tahunPeran = (p: Peran) => kolom.filter((c) => c.peran === p && c.tahun !== null).map((c) => c.tahun!);
  const tTarget = tahunPeran('target');
  const tRealisasi = tahunPeran('realisasi');
  const adaTahun = kolom.some((c) => c.tahun !== null);
  if (k.tahunOpsi !== undefined) return { tahun: k.tahunOpsi, sumber: 'opsi', keterangan: 'tahun yang diberikan' };
  if (!adaTahun) return null;
  const bersama = tTarget.filter((y) => tRealisasi.includes(y));
  if (bersama.length > 0) {
    const y = Math.max(...bersama);
    return { tahun: y, sumber: 'kepala', keterangan: `kolom target dan realisasi tahun ${y}` };
  }
  if (k.tahunPengaturan !== undefined)
    return { tahun: k.tahunPengaturan, sumber: 'pengaturan', keterangan: 'sel Tahun di buku kerja' };
  const dariJudul = tahunDalam([...judul, namaLembar]);
  if (dariJudul.size === 1) {
    const y = [...dariJudul][0]!;
    return { tahun: y, sumber: 'judul', keterangan: `judul tabel atau nama lembar (${y})` };
  }
  const realisasiPolos = kolom.some((c) => c.peran === 'realisasi' && c.tahun === null && !c.tanpaTahunWajib);
  if (tRealisasi.length > 0 && realisasiPolos) {
    const y = Math.max(...tRealisasi) + 1;
    return { tahun: y, sumber: 'perkiraan', keterangan: `kolom Realisasi tanpa tahun sesudah Realisasi ${y - 1}` };
  }
  if (tRealisasi.length > 0) {
    const maks = Math.max(...tRealisasi);
    const y = Math.max(maks, ...tTarget.filter((t) => t <= maks + 1));
    return { tahun: y, sumber: 'perkiraan', keterangan: `tahun terakhir kolom realisasi dan target (${y})` };
  }
  if (tTarget.length > 0) {
    const y = Math.min(...tTarget);
    return {
      tahun: y,
      sumber: 'perkiraan',
      keterangan: `tahun target paling awal (${y}); target sesudahnya dianggap target Renstra`,
    };
  }
  return null;
}

// --- performance tables ------------------------------------------------------------------------

const KEPALA_KOSONG = 'Kolom tanpa kepala.';

function alasanTanpaNama(c: KolomKepala): string {
  switch (c.peran) {
    case null:
      return c.teks === '' ? KEPALA_KOSONG : `Kepala "${c.teks}" tidak dikenal.`;
    case 'nomor':
      return 'Kolom nomor.';
    case 'program':
      return 'Kolom program/kegiatan: tidak ada nama LKIP_ untuk kolom ini di tabel kinerja.';
    case 'persenAnggaran':
      return 'Persentase serapan: laporan menghitungnya dari LKIP_Pagu dan LKIP_Realisasi_Anggaran.';
    default:
      return `"${c.teks}" tidak dibaca laporan.`;
  }
}

/** The n×1 name a performance column gets by its role and year, or why none. */
function namaKolomKinerja(c: KolomKepala, tahun: number | null): { nama: string | null; alasan: string | null } {
  const y = c.tahun;
  const tahunIni = y === null || y === tahun;
  const tahunLain = (apa: string) => ({ nama: null, alasan: `${apa} tahun ${y} (tahun laporan ${tahun}) tidak dibaca laporan.` });
  switch (c.peran) {
    case 'indikator':
    case 'uraian':
      return { nama: NAMA_DETEKSI.indikator, alasan: null };
    case 'sasaran':
      return { nama: NAMA_DETEKSI.sasaran, alasan: null };
    case 'satuan':
      return { nama: NAMA_DETEKSI.satuan, alasan: null };
    case 'polaritas':
      return { nama: NAMA_DETEKSI.polaritas, alasan: null };
    case 'metode':
      return { nama: NAMA_DETEKSI.metode, alasan: null };
    case 'standarNasional':
      return { nama: NAMA_DETEKSI.standarNasional, alasan: null };
    case 'pagu':
      return { nama: NAMA_DETEKSI.pagu, alasan: null };
    case 'realisasiAnggaran':
      return { nama: NAMA_DETEKSI.realisasiAnggaran, alasan: null };
    case 'targetAkhir':
      return { nama: NAMA_DETEKSI.targetAkhir, alasan: null };
    case 'target':
      return tahunIni ? { nama: NAMA_DETEKSI.target, alasan: null } : tahunLain('Target');
    case 'capaian':
      return tahunIni ? { nama: NAMA_DETEKSI.capaianTertulis, alasan: null } : tahunLain('Capaian');
    case 'realisasi':
      if (c.tanpaTahunWajib) return { nama: null, alasan: `"${c.teks}" tanpa tahun: pilih namanya sendiri bila perlu.` };
      if (tahunIni) return { nama: NAMA_DETEKSI.realisasi, alasan: null };
      if (tahun === null)
        return { nama: null, alasan: `Tahun laporan tidak diketahui, jadi tahun ${y} tidak dapat ditempatkan.` };
      if (y! === tahun - 1) return { nama: NAMA_DETEKSI.realisasiLalu, alasan: null };
      if (y! < tahun - 1) return { nama: `${AWALAN_REALISASI_TAHUN}${y}`, alasan: null };
      return tahunLain('Realisasi');
    default:
      return { nama: null, alasan: alasanTanpaNama(c) };
  }
}

/** A target later than the report year: the latest is the Renstra (end-of-period) target when no column says so. */
function tempatkanTargetMendatang(p: Pemetaan, tahun: number | null): void {
  if (tahun === null) return;
  const mendatang = p.kolom.filter((d) => d.kepala.peran === 'target' && d.kepala.tahun !== null && d.kepala.tahun > tahun);
  if (mendatang.length === 0) return;
  const adaTargetAkhir = p.kolom.some((d) => d.kepala.peran === 'targetAkhir');
  const terakhir = mendatang.reduce((a, b) => (b.kepala.tahun! > a.kepala.tahun! ? b : a));
  for (const d of mendatang) {
    if (d === terakhir && !adaTargetAkhir) {
      d.nama = NAMA_DETEKSI.targetAkhir;
      d.alasan = null;
      p.catatan.push(
        `"${d.kepala.teks}" (kolom ${p.kisi.huruf(d.kepala.kolom)}) dianggap target akhir Renstra (${NAMA_DETEKSI.targetAkhir}).`,
      );
    } else {
      d.nama = null;
      d.alasan = `Target tahun ${d.kepala.tahun} (sesudah tahun laporan ${tahun}) tidak dibaca laporan.`;
    }
  }
}

function namaKinerjaSah(nama: string): boolean {
  return NAMA_KOLOM_KINERJA.includes(nama) || new RegExp(`^${AWALAN_REALISASI_TAHUN}\\d{4}$`).test(nama);
}

function terapkanUbahKolom(p: Pemetaan, k: KonteksPemetaan): void {
  for (const d of p.kolom) {
    const id = `${p.id}:${p.kisi.huruf(d.kepala.kolom)}`;
    if (!Object.prototype.hasOwnProperty.call(k.ubah, id)) continue;
    const baru = k.ubah[id]!;
    if (baru === null) {
      d.nama = null;
      d.alasan = 'Dilepas oleh pengguna.';
    } else if (namaKinerjaSah(baru)) {
      d.nama = baru;
      d.alasan = null;
    } else {
      k.masalahOpsi.push(
        `Nama "${baru}" untuk kolom ${id} tidak dikenal; pilih salah satu: ${NAMA_KOLOM_KINERJA.join(', ')}, atau ${AWALAN_REALISASI_TAHUN}<tahun>.`,
      );
    }
  }
}

/** Columns that claim the same name: the user's choice, or an ambiguity. */
function selesaikanGanda(
  p: Pemetaan,
  k: KonteksPemetaan,
  kelompok: Map<string, KolomDraf[]>,
  label: (kunci: string) => string,
  rincian: string,
): void {
  for (const [kunci, daftar] of kelompok) {
    if (daftar.length < 2) continue;
    const id = `kolom:${p.id}:${kunci}`;
    const pilihan = daftar.map((d) => ({
      id: p.kisi.huruf(d.kepala.kolom),
      label: `kolom ${p.kisi.huruf(d.kepala.kolom)} "${d.kepala.teks}"`,
      rujukan: rujukanMutlak(p.kisi.nama, rentangKolom(p, d.kepala.kolom)),
    }));
    const dipilih = k.pilihan[id];
    if (dipilih !== undefined && pilihan.some((x) => x.id === dipilih)) {
      for (const d of daftar) {
        if (p.kisi.huruf(d.kepala.kolom) === dipilih) continue;
        d.alasan = `Tidak dipilih untuk ${label(kunci)}.`;
        d.nama = p.jenis === 'kinerja' ? null : d.nama;
        d.bagian = p.jenis === 'kinerja' ? d.bagian : null;
      }
      continue;
    }
    if (dipilih !== undefined)
      k.masalahOpsi.push(
        `Pilihan "${dipilih}" untuk ${id} tidak cocok; pilihan yang ada: ${pilihan.map((x) => x.id).join(', ')}.`,
      );
    for (const d of daftar) d.ambigu = true;
    p.ambiguitas.push({
      id,
      jenis: 'kolom',
      nama: label(kunci),
      pesan: `Tabel ${rujukanBiasa(p.kisi.nama, rentangTabel(p))} punya ${daftar.length} kolom untuk ${label(kunci)}: ${pilihan
        .map((x) => x.label)
        .join(' dan ')}. ${rincian}`,
      pilihan,
    });
  }
}

function petakanKinerja(p: Pemetaan, k: KonteksPemetaan): Pemetaan {
  const t = p.mentah;
  const tahun = tentukanTahun(t.kepala.kolom, t.judul, p.kisi.nama, k);
  const tahunAngka = tahun?.tahun ?? null;
  for (const d of p.kolom) {
    const { nama, alasan } = namaKolomKinerja(d.kepala, tahunAngka);
    d.nama = nama;
    d.alasan = alasan;
  }
  tempatkanTargetMendatang(p, tahunAngka);
  terapkanUbahKolom(p, k);
  const kelompok = new Map<string, KolomDraf[]>();
  for (const d of p.kolom) if (d.nama !== null) kelompok.set(d.nama, [...(kelompok.get(d.nama) ?? []), d]);
  selesaikanGanda(p, k, kelompok, (n) => n, 'Pilih satu; yang lain tidak diberi nama.');
  for (const nama of NAMA_KINERJA_WAJIB) {
    if (p.kolom.some((d) => d.nama === nama)) continue;
    const tahunTeks = tahunAngka !== null && nama !== NAMA_DETEKSI.indikator ? ` tahun ${tahunAngka}` : '';
    p.alasan.push(`Tidak ada kolom untuk ${nama}${tahunTeks}.`);
  }
  catatGrupBaris(p);
  catatGabunganData(p);
  if (tahun && tahun.sumber === 'perkiraan')
    p.catatan.push(`Tahun laporan ${tahun.tahun} diperkirakan dari ${tahun.keterangan}.`);
  const hasil: Pemetaan = { ...p, tahun };
  if (p.alasan.length === 0) {
    for (const d of p.kolom) {
      if (d.nama === null || d.ambigu) continue;
      hasil.usulan.push(usulan(p, d.nama, rentangKolom(p, d.kepala.kolom), [d.kepala.teks]));
    }
  }
  return hasil;
}

/** Rows with an indicator but no target, realisasi or unit read as group headings ("Sasaran Strategis 1. …"). */
function catatGrupBaris(p: Pemetaan): void {
  const kolomDengan = (...nama: string[]) =>
    p.kolom.filter((d) => d.nama !== null && nama.includes(d.nama)).map((d) => d.kepala.kolom);
  const indikator = kolomDengan(NAMA_DETEKSI.indikator);
  const isian = kolomDengan(NAMA_DETEKSI.target, NAMA_DETEKSI.realisasi, NAMA_DETEKSI.satuan, NAMA_DETEKSI.capaianTertulis);
  if (indikator.length !== 1 || isian.length === 0) return;
  const baris: number[] = [];
  for (let b = p.mentah.barisAwal; b < p.mentah.barisAwal + p.mentah.jumlahBaris; b++) {
    const judul = p.kolom.some((d) => teksNilai(p.kisi.nilai(b, d.kepala.kolom)) !== null && !isian.includes(d.kepala.kolom));
    if (judul && isian.every((kk) => p.kisi.kosong(b, kk))) baris.push(p.kisi.barisLembar(b) + 1);
  }
  if (baris.length > 0) {
    p.catatan.push(
      `Baris ${baris.join(', ')} tanpa target, realisasi dan satuan: tampak sebagai judul kelompok (misalnya sasaran), dan akan dibaca sebagai indikator yang tidak diukur.`,
    );
  }
}

/** A named column with cells merged down the rows ("Sasaran" over three indicators): only the first row holds the value. */
function catatGabunganData(p: Pemetaan): void {
  const t = p.mentah;
  for (const d of p.kolom) {
    if (d.nama === null) continue;
    const terlihat = new Set<string>();
    for (let b = t.barisAwal; b < t.barisAwal + t.jumlahBaris; b++) {
      const g = p.kisi.gabunganDi(b, d.kepala.kolom);
      if (!g || g.jumlahBaris < 2) continue;
      const alamat = alamatRentang(p.kisi.rentangLembar(g.baris, g.kolom, g.jumlahBaris, g.jumlahKolom));
      if (terlihat.has(alamat)) continue;
      terlihat.add(alamat);
    }
    if (terlihat.size > 0) {
      p.catatan.push(
        `${d.nama}: sel gabungan ${[...terlihat].join(', ')}: hanya baris pertama tiap gabungan berisi nilai; baris lainnya dibaca kosong.`,
      );
    }
  }
}

// --- price lists and budgets -------------------------------------------------------------------

interface Bagian {
  readonly kunci: string;
  readonly label: string;
  readonly wajib: boolean;
  readonly calon: KolomDraf[];
}

function bagianHarga(p: Pemetaan, k: KonteksPemetaan): Bagian[] {
  const ber = (...peran: Peran[]) => p.kolom.filter((d) => d.kepala.peran !== null && peran.includes(d.kepala.peran));
  let lalu = ber('hargaLalu');
  let kini = ber('hargaKini');
  const bertahun = ber('harga', 'tahun').filter((d) => d.kepala.tahun !== null);
  if (lalu.length === 0 && kini.length === 0 && bertahun.length > 0) {
    const tahun = [...new Set(bertahun.map((d) => d.kepala.tahun!))].sort((a, b) => a - b);
    const tKini = k.tahunOpsi ?? k.tahunPengaturan ?? tahun[tahun.length - 1]!;
    kini = bertahun.filter((d) => d.kepala.tahun === tKini);
    lalu = bertahun.filter((d) => d.kepala.tahun === tKini - 1);
    for (const d of bertahun) {
      if (d.kepala.tahun !== tKini && d.kepala.tahun !== tKini - 1)
        d.alasan = `Harga tahun ${d.kepala.tahun} tidak dibaca (tahun ${tKini - 1} dan ${tKini} dipakai).`;
    }
    if (kini.length === 0 || lalu.length === 0)
      p.alasan.push(`Perlu kolom harga tahun ${tKini - 1} dan ${tKini}; yang ada: ${tahun.join(', ')}.`);
  }
  const tahunLabel = (d: KolomDraf | undefined, cadangan: string) => (d?.kepala.tahun ? `Harga ${d.kepala.tahun}` : cadangan);
  return [
    { kunci: 'nama', label: 'Nama', wajib: true, calon: ber('namaBarang', 'uraian') },
    { kunci: 'satuan', label: 'Satuan', wajib: true, calon: ber('satuan') },
    { kunci: 'lalu', label: tahunLabel(lalu[0], 'Harga lalu'), wajib: true, calon: lalu },
    { kunci: 'kini', label: tahunLabel(kini[0], 'Harga kini'), wajib: true, calon: kini },
    { kunci: 'persen', label: 'Persentase tertulis', wajib: false, calon: ber('persenHarga', 'capaian') },
  ];
}

function bagianAnggaran(p: Pemetaan): Bagian[] {
  const ber = (...peran: Peran[]) => p.kolom.filter((d) => d.kepala.peran !== null && peran.includes(d.kepala.peran));
  return [
    { kunci: 'program', label: 'Program', wajib: true, calon: ber('program', 'uraian') },
    { kunci: 'pagu', label: 'Pagu', wajib: true, calon: ber('pagu') },
    { kunci: 'realisasi', label: 'Realisasi', wajib: true, calon: ber('realisasi', 'realisasiAnggaran') },
    { kunci: 'persen', label: 'Persen tertulis', wajib: false, calon: ber('persenAnggaran', 'capaian') },
  ];
}

/**
 * A price list needs Nama, Satuan, Harga lalu, Harga kini (and optionally the printed %) side by side in that
 * order; a budget Program, Pagu, Realisasi (and optionally the printed %). The contract reads them by position.
 */
function petakanRentangGrup(p: Pemetaan, k: KonteksPemetaan): Pemetaan {
  const alasanSebelum = p.alasan.length;
  const bagian = p.jenis === 'harga' ? bagianHarga(p, k) : bagianAnggaran(p);
  const tahunHargaKurang = p.alasan.length > alasanSebelum; // "Perlu kolom harga tahun …" says it already
  const kelompok = new Map<string, KolomDraf[]>();
  for (const b of bagian) {
    for (const d of b.calon) d.bagian = b.label;
    kelompok.set(b.kunci, b.calon);
  }
  const labelBagian = new Map(bagian.map((b) => [b.kunci, b.label]));
  selesaikanGanda(p, k, kelompok, (kunci) => `"${labelBagian.get(kunci)}"`, 'Pilih satu.');
  const terpilih = (b: Bagian) => b.calon.filter((d) => d.bagian !== null);
  for (const b of bagian) {
    const sudahDisebut = tahunHargaKurang && (b.kunci === 'lalu' || b.kunci === 'kini');
    if (b.wajib && b.calon.length === 0 && !sudahDisebut) p.alasan.push(`Tidak ada kolom "${b.label}".`);
  }
  for (const d of p.kolom) if (d.bagian === null && d.alasan === null) d.alasan = alasanTanpaNama(d.kepala);
  if (p.alasan.length > 0 || p.ambiguitas.length > 0) return p;

  const wajib = bagian.filter((b) => b.wajib).map((b) => terpilih(b)[0]!);
  const urut = wajib.every((d, i) => i === 0 || d.kepala.kolom === wajib[i - 1]!.kepala.kolom + 1);
  if (!urut) {
    const ada = wajib.map((d) => `${d.bagian} (${p.kisi.huruf(d.kepala.kolom)})`).join(', ');
    p.alasan.push(
      `Kolom ${bagian
        .filter((b) => b.wajib)
        .map((b) => b.label)
        .join(
          ', ',
        )} harus berdampingan dan berurutan seperti itu; di tabel ini: ${ada}. Pindahkan kolomnya, atau buat nama sendiri.`,
    );
    for (const d of p.kolom) d.bagian = null;
    return p;
  }
  const persen = bagian.find((b) => !b.wajib)!;
  const kolomPersen = terpilih(persen)[0];
  const terakhir = wajib[wajib.length - 1]!.kepala.kolom;
  let lebar = wajib.length;
  if (kolomPersen && kolomPersen.kepala.kolom === terakhir + 1) lebar++;
  else if (kolomPersen) {
    kolomPersen.bagian = null;
    kolomPersen.alasan = `Tidak bersebelahan dengan kolom ${wajib[wajib.length - 1]!.bagian} (${p.kisi.huruf(terakhir)}): tidak ikut.`;
    p.catatan.push(
      `Kolom ${p.kisi.huruf(kolomPersen.kepala.kolom)} "${kolomPersen.kepala.teks}" (${persen.label}) tidak bersebelahan dengan kolom ${wajib[wajib.length - 1]!.bagian} (${p.kisi.huruf(terakhir)}): tidak ikut.`,
    );
  }
  const awal = wajib[0]!.kepala.kolom;
  const rentang = p.kisi.rentangLembar(p.mentah.barisAwal, awal, p.mentah.jumlahBaris, lebar);
  if (p.mentah.adaBarisTotal)
    p.catatan.push(`Baris total tertulis ("${p.mentah.akhir.teks}") ikut, untuk diperiksa terhadap jumlah barisnya.`);
  const kepala = p.kolom.filter((d) => d.kepala.kolom >= awal && d.kepala.kolom < awal + lebar).map((d) => d.kepala.teks);
  return { ...p, usulan: [usulan(p, '', rentang, kepala)] };
}

// --- shared ------------------------------------------------------------------------------------

export function rentangKolom(p: Pick<Pemetaan, 'kisi' | 'mentah'>, kolom: number): Rentang {
  return p.kisi.rentangLembar(p.mentah.barisAwal, kolom, p.mentah.jumlahBaris, 1);
}

/** The table's header and data rows across its columns, in sheet coordinates. */
export function rentangTabel(p: Pick<Pemetaan, 'kisi' | 'mentah'>): Rentang {
  const t = p.mentah;
  const akhirData = t.barisAwal + t.jumlahBaris;
  return p.kisi.rentangLembar(
    t.kepala.baris,
    t.kepala.kolomAwal,
    Math.max(akhirData - t.kepala.baris, 1),
    t.kepala.kolomAkhir - t.kepala.kolomAwal + 1,
  );
}

export function usulan(p: Pick<Pemetaan, 'kisi' | 'id'>, nama: string, rentang: Rentang, kepala: readonly string[]): UsulanNama {
  return {
    nama,
    lembar: p.kisi.nama,
    rentang,
    alamat: alamatRentang(rentang),
    alamatMutlak: alamatMutlak(rentang),
    rujukan: rujukanMutlak(p.kisi.nama, rentang),
    kepala,
    tabel: p.id,
  };
}
