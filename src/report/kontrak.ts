/**
 * The workbook contract: which workbook-scoped names the report reads, their shapes, and the
 * settings they carry. `bacaKontrak` turns the names read by the port into the engine's input,
 * the task pane's status list and the problems found while reading (a galat blocks the write).
 *
 * Indicator names (n×1, one row per indicator, all the same row count):
 *   LKIP_Indikator*, LKIP_Target*, LKIP_Realisasi* (*required), LKIP_Satuan, LKIP_Polaritas,
 *   LKIP_Metode, LKIP_Realisasi_Lalu, LKIP_Target_Akhir, LKIP_Capaian_Tertulis.
 * Price lists: every LKIP_Harga_<Grup> (4 columns Nama, Satuan, Harga lalu, Harga kini; optional 5th
 *   column: the printed percentage). Budget: LKIP_Anggaran and LKIP_Anggaran_<Sumber> (3 columns
 *   Program, Pagu, Realisasi; optional 4th: the printed %; a row whose Program starts with
 *   "Jumlah"/"Total" is the printed total). Header rows are detected and skipped.
 * Daily prices: every LKIP_HargaHarian_<Grup> (columns Tanggal, Nama, Satuan, Kab/Kota, Harga; at least
 *   5 columns; header detected by the core). Its rows are NOT read here: the range is handed as it is to the
 *   core's collector in chunks (./hargaHarian), which reads dates and prices and reports every bad row. A
 *   group named both LKIP_Harga_<Grup> and LKIP_HargaHarian_<Grup> is taken from the daily prices; the
 *   typed list is left out and a GRUP-HARGA-GANDA finding says so.
 * Settings (single cells): LKIP_Instansi, LKIP_Tahun, LKIP_Skala (2 columns batas bawah + label, or
 *   one cell with a preset name), LKIP_Skala_Inflasi (batas atas, capaian, label), LKIP_Batas, LKIP_Target_NA;
 *   for daily prices LKIP_Metode_RataHarga (semua | per_kabkota), LKIP_Simpangan_KV (sampel | populasi),
 *   LKIP_Batas_KV (default 9). LKIP_Tahun is required when a daily price group exists.
 */
import {
  BATAS_KV_BAKU,
  SKALA_INFLASI_TABEL_3_7,
  SKALA_TABEL_3_1,
  bacaAngka,
  bacaBatas,
  bacaBatasKV,
  bacaJenisSimpangan,
  bacaKebijakanTargetNA,
  bacaMetodeRataRata,
  buatSkala,
  buatSkalaInflasi,
  pesanGalat,
  presetSkala,
  selKosong,
  type BatasCapaian,
  type Desimal,
  type JenisSimpangan,
  type KebijakanTargetNA,
  type MetodeRataRata,
  type Skala,
  type TingkatSkalaInflasi,
} from '../core';
import type { Masalah, OpsiJalankan, StatusNama } from './hasil';
import { slug, kunciUnik } from './idTemuan';
import { alamatRentang, alamatSel, hurufKolom, kutipLembar } from './buku/alamat';
import type { NilaiSel } from './lembar';
import { NAMA_LEMBAR_LAPORAN, NAMA_LEMBAR_VERIFIKASI } from './namaLembar';
import type { NamaTidakTerbaca, RentangBernama } from './port';

export const NAMA = Object.freeze({
  indikator: 'LKIP_Indikator',
  target: 'LKIP_Target',
  realisasi: 'LKIP_Realisasi',
  satuan: 'LKIP_Satuan',
  polaritas: 'LKIP_Polaritas',
  metode: 'LKIP_Metode',
  realisasiLalu: 'LKIP_Realisasi_Lalu',
  targetAkhir: 'LKIP_Target_Akhir',
  capaianTertulis: 'LKIP_Capaian_Tertulis',
  anggaran: 'LKIP_Anggaran',
  instansi: 'LKIP_Instansi',
  tahun: 'LKIP_Tahun',
  skala: 'LKIP_Skala',
  skalaInflasi: 'LKIP_Skala_Inflasi',
  batas: 'LKIP_Batas',
  targetNA: 'LKIP_Target_NA',
  metodeRataHarga: 'LKIP_Metode_RataHarga',
  simpanganKV: 'LKIP_Simpangan_KV',
  batasKV: 'LKIP_Batas_KV',
});

/** Every name starting with this is one price group: LKIP_Harga_Pokok, LKIP_Harga_Penting, … */
export const AWALAN_HARGA = 'LKIP_Harga_';
/** Every name starting with this is one daily price group: LKIP_HargaHarian_Pokok, … (does not start with AWALAN_HARGA). */
export const AWALAN_HARGA_HARIAN = 'LKIP_HargaHarian_';
/** Further budget tables besides LKIP_Anggaran: LKIP_Anggaran_APBN, … */
export const AWALAN_ANGGARAN_LAIN = 'LKIP_Anggaran_';

/** The n×1 names that hold one row per indicator, in the order of the status list. */
export const NAMA_WAJIB = [NAMA.indikator, NAMA.target, NAMA.realisasi] as const;
export const NAMA_INDIKATOR_OPSIONAL = [
  NAMA.satuan,
  NAMA.polaritas,
  NAMA.metode,
  NAMA.realisasiLalu,
  NAMA.targetAkhir,
  NAMA.capaianTertulis,
] as const;
const NAMA_PENGATURAN = [NAMA.instansi, NAMA.tahun, NAMA.skala, NAMA.skalaInflasi, NAMA.batas, NAMA.targetNA] as const;
/** Settings of the daily price groups: listed in the status only when a daily group or the setting exists. */
export const NAMA_PENGATURAN_HARIAN = [NAMA.metodeRataHarga, NAMA.simpanganKV, NAMA.batasKV] as const;

/** One input cell with where it is, so every problem can name its sheet, cell, name and row. */
export interface SelMasukan {
  readonly nilai: NilaiSel;
  readonly rumus: string | null;
  /** The defined name the cell belongs to. */
  readonly nama: string;
  readonly lembar: string;
  /** A1 address on its sheet. */
  readonly alamat: string;
  /** 1-based row within the named range. */
  readonly baris: number;
}

export interface BarisIndikator {
  /** Unique slug of the indicator's name (namesakes get ~2, ~3): the stable part of finding IDs. */
  readonly kunci: string;
  /** Display name; "(indikator tanpa nama)" when the cell is blank. */
  readonly nama: string;
  readonly sel: {
    readonly indikator: SelMasukan;
    readonly target: SelMasukan;
    readonly realisasi: SelMasukan;
    readonly satuan?: SelMasukan;
    readonly polaritas?: SelMasukan;
    readonly metode?: SelMasukan;
    readonly realisasiLalu?: SelMasukan;
    readonly targetAkhir?: SelMasukan;
    readonly capaianTertulis?: SelMasukan;
  };
}

export interface BarisHarga {
  readonly kunci: string;
  readonly nama: string;
  readonly satuan: string | null;
  readonly sel: {
    readonly nama: SelMasukan;
    readonly satuan: SelMasukan;
    readonly lalu: SelMasukan;
    readonly kini: SelMasukan;
    readonly tertulis?: SelMasukan;
  };
}

export interface GrupHarga {
  /** The defined name, e.g. "LKIP_Harga_Pokok". */
  readonly nama: string;
  /** Caption part: the name after LKIP_Harga_, underscores as spaces ("Kebutuhan Pokok"). */
  readonly label: string;
  readonly kunci: string;
  readonly adaKolomTertulis: boolean;
  readonly baris: readonly BarisHarga[];
}

export interface GrupHargaHarian {
  /** The defined name, e.g. "LKIP_HargaHarian_Pokok". */
  readonly nama: string;
  /** Caption part: the name after LKIP_HargaHarian_, underscores as spaces ("Kebutuhan Pokok"). */
  readonly label: string;
  readonly kunci: string;
  /** The range as read: its rows go to the core's collector in chunks, never cell by cell here. */
  readonly rentang: RentangBernama;
}

/** How daily prices are averaged and how their stability is measured (LKIP_Metode_RataHarga, LKIP_Simpangan_KV, LKIP_Batas_KV). */
export interface OpsiHargaHarianLaporan {
  readonly metode: MetodeRataRata;
  readonly simpangan: JenisSimpangan;
  /** KV threshold in percentage points. */
  readonly batasKV: Desimal;
}

/** A group given both as a typed list and as daily prices: the daily prices are used. */
export interface GrupHargaGanda {
  readonly label: string;
  /** The typed list left out (LKIP_Harga_<Grup>) and the daily range used instead. */
  readonly diabaikan: RentangBernama;
  readonly dipakai: string;
}

export interface BarisAnggaran {
  readonly kunci: string;
  readonly program: string;
  readonly sel: {
    readonly program: SelMasukan;
    readonly pagu: SelMasukan;
    readonly realisasi: SelMasukan;
    readonly persenTertulis?: SelMasukan;
  };
}

export interface TabelAnggaran {
  readonly nama: string;
  /** "" for LKIP_Anggaran, "APBN" for LKIP_Anggaran_APBN. */
  readonly label: string;
  readonly kunci: string;
  /** LKIP_Anggaran itself: the table of the summary and the JSON. */
  readonly utama: boolean;
  readonly adaKolomPersen: boolean;
  readonly baris: readonly BarisAnggaran[];
  /** Rows whose Program starts with "Jumlah"/"Total": the printed total, checked against the rows. */
  readonly totalTertulis: readonly BarisAnggaran[];
}

export interface MasukanLaporan {
  readonly instansi: string | null;
  readonly tahun: number | null;
  readonly skala: Skala;
  readonly skalaInflasi: readonly TingkatSkalaInflasi[];
  readonly batas: BatasCapaian;
  readonly kebijakanNA: KebijakanTargetNA;
  readonly indikator: readonly BarisIndikator[];
  readonly adaRealisasiLalu: boolean;
  readonly adaTargetAkhir: boolean;
  readonly grupHarga: readonly GrupHarga[];
  /** Daily price groups (LKIP_HargaHarian_<Grup>); empty when none. */
  readonly grupHargaHarian: readonly GrupHargaHarian[];
  readonly opsiHargaHarian: OpsiHargaHarianLaporan;
  /** Typed lists replaced by daily groups of the same name. */
  readonly grupHargaGanda: readonly GrupHargaGanda[];
  /**
   * Order of every price group (typed and daily) in the report, by the position of its range (sheet, row,
   * column, name): the defined names, e.g. ["LKIP_Harga_Pokok", "LKIP_HargaHarian_Penting"].
   */
  readonly urutanGrupHarga: readonly string[];
  readonly anggaran: readonly TabelAnggaran[];
}

export interface HasilBacaKontrak {
  /** null when a galat blocks the run (missing required name, wrong shape, different lengths, bad setting). */
  readonly masukan: MasukanLaporan | null;
  readonly statusNama: StatusNama[];
  readonly masalah: Masalah[];
}

export type PengaturanBawaan = OpsiJalankan['pengaturan'];

// ---------------------------------------------------------------------------------------------

/**
 * Rows and columns of a range. A named range is a rectangle and both adapters read it as one (Excel's
 * range.values; PortXlsx fills every column of every row): the width is the first row's, never a scan of a
 * daily price range's million rows.
 */
const ukuran = (r: RentangBernama): { jumlahBaris: number; jumlahKolom: number } => ({
  jumlahBaris: r.nilai.length,
  jumlahKolom: r.nilai[0]?.length ?? 0,
});

/** Rows and columns of a named range. */
export const ukuranRentang = ukuran;

/** "$C$5:$C$15" */
function alamatAbsolut(r: RentangBernama): string {
  const { jumlahBaris, jumlahKolom } = ukuran(r);
  const sel = (b: number, k: number) => `$${hurufKolom(k)}$${b + 1}`;
  const awal = sel(r.baris, r.kolom);
  if (jumlahBaris <= 1 && jumlahKolom <= 1) return awal;
  return `${awal}:${sel(r.baris + Math.max(jumlahBaris, 1) - 1, r.kolom + Math.max(jumlahKolom, 1) - 1)}`;
}

/** "Input!$C$5:$C$15" */
export function rujukanRentang(r: RentangBernama): string {
  return `${kutipLembar(r.lembar)}!${alamatAbsolut(r)}`;
}

function alamatSeluruh(r: RentangBernama): string {
  const { jumlahBaris, jumlahKolom } = ukuran(r);
  return alamatRentang({
    baris: r.baris,
    kolom: r.kolom,
    jumlahBaris: Math.max(jumlahBaris, 1),
    jumlahKolom: Math.max(jumlahKolom, 1),
  });
}

/** The cell at (i, j) of a named range, with its location. */
export function selDari(r: RentangBernama, i: number, j: number): SelMasukan {
  return {
    nilai: r.nilai[i]?.[j] ?? null,
    rumus: r.rumus?.[i]?.[j] ?? null,
    nama: r.nama,
    lembar: r.lembar,
    alamat: alamatSel(r.baris + i, r.kolom + j),
    baris: i + 1,
  };
}

/** Text of a cell for names and labels: trimmed; numbers as written; null when blank. */
export function teksSel(nilai: NilaiSel): string | null {
  if (selKosong(nilai)) return null;
  return typeof nilai === 'string' ? nilai.trim() : String(nilai);
}

/** Number-like cell that is not readable as a number (a header such as "Tahun 2020"). */
function teksBukanAngka(nilai: NilaiSel): boolean {
  if (typeof nilai !== 'string' || nilai.trim() === '') return false;
  try {
    const t = bacaAngka(nilai, 'kepala');
    return t.jenis === 'NA' ? false : t.jenis !== 'angka' && t.jenis !== 'strip';
  } catch {
    return true;
  }
}

const POLA_TOTAL = /^\s*(jumlah|total)\b/i;
const KEPALA_SATUAN = /^satuan\b/i;
const KEPALA_PROGRAM = /^(program|kegiatan|program\s*\/\s*kegiatan|uraian|nama program)\s*$/i;

/**
 * Rows at the top that are headers: at most two (the document's Tabel 3.6 has a two-row header:
 * "Tahun" above "2020 | 2021"). A second row counts as header when it looks like one, or when it
 * continues the first (its first two cells, name and unit, are blank).
 */
function jumlahBarisKepala(r: RentangBernama, adalahKepala: (baris: readonly NilaiSel[]) => boolean): number {
  if (r.nilai.length === 0 || !adalahKepala(r.nilai[0]!)) return 0;
  const kedua = r.nilai[1];
  if (!kedua) return 1;
  const lanjutan = selKosong(kedua[0] ?? null) && selKosong(kedua[1] ?? null) && kedua.slice(2).some((v) => !selKosong(v));
  return adalahKepala(kedua) || lanjutan ? 2 : 1;
}

function masalahRentang(tingkat: Masalah['tingkat'], r: RentangBernama, pesan: string): Masalah {
  return { tingkat, nama: r.nama, lembar: r.lembar, alamat: alamatSeluruh(r), pesan };
}

export function masalahSel(tingkat: Masalah['tingkat'], sel: SelMasukan, pesan: string, id?: string): Masalah {
  return {
    tingkat,
    ...(id === undefined ? {} : { id }),
    nama: sel.nama,
    baris: sel.baris,
    lembar: sel.lembar,
    alamat: sel.alamat,
    pesan,
  };
}

function bandingkanPosisi(a: RentangBernama, b: RentangBernama): number {
  const kunci = (r: RentangBernama): [string, number, number, string] => [r.lembar, r.baris, r.kolom, r.nama.toLowerCase()];
  const [ka, kb] = [kunci(a), kunci(b)];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1;
    if (ka[i]! > kb[i]!) return 1;
  }
  return 0;
}

/** First non-blank cell of a settings range (a merged title cell reads as 1×n with one value). */
function nilaiTunggal(r: RentangBernama | undefined): NilaiSel {
  if (!r) return null;
  for (const baris of r.nilai) for (const v of baris) if (!selKosong(v)) return v;
  return null;
}

// ---------------------------------------------------------------------------------------------

/**
 * Validate the contract and turn the names into the engine's input. Pure: the same names give the
 * same result. Names are matched case-insensitively (Excel's names are).
 */
export function bacaKontrak(
  rentang: readonly RentangBernama[],
  pengaturanBawaan?: PengaturanBawaan,
  tidakTerbaca: readonly NamaTidakTerbaca[] = [],
): HasilBacaKontrak {
  const masalah: Masalah[] = [];
  const peta = new Map<string, RentangBernama>();
  for (const r of rentang) peta.set(r.nama.toLowerCase(), r);
  const ambil = (nama: string) => peta.get(nama.toLowerCase());
  const rusak = new Map<string, NamaTidakTerbaca>();
  for (const t of tidakTerbaca) rusak.set(t.nama.toLowerCase(), t);

  const dikenal = new Set<string>(
    [...NAMA_WAJIB, ...NAMA_INDIKATOR_OPSIONAL, ...NAMA_PENGATURAN, ...NAMA_PENGATURAN_HARIAN, NAMA.anggaran].map((n) =>
      n.toLowerCase(),
    ),
  );
  const adalahHarga = (n: string) => n.toLowerCase().startsWith(AWALAN_HARGA.toLowerCase());
  const adalahHargaHarian = (n: string) => n.toLowerCase().startsWith(AWALAN_HARGA_HARIAN.toLowerCase());
  const adalahAnggaranLain = (n: string) => n.toLowerCase().startsWith(AWALAN_ANGGARAN_LAIN.toLowerCase());
  const adalahTabel = (n: string) => adalahHarga(n) || adalahHargaHarian(n) || adalahAnggaranLain(n);

  // Names that exist but cannot be read.
  for (const t of [...tidakTerbaca].sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0))) {
    const kenal = dikenal.has(t.nama.toLowerCase()) || adalahTabel(t.nama);
    masalah.push({
      tingkat: kenal ? 'galat' : 'peringatan',
      nama: t.nama,
      pesan: `Nama ${t.nama} (${t.rujukan}) tidak dapat dibaca sebagai rentang: ${t.alasan}.`,
    });
  }
  // Names that look like ours but are not part of the contract (typos such as LKIP_Targte).
  for (const r of [...rentang].sort(bandingkanPosisi)) {
    const n = r.nama.toLowerCase();
    if (!dikenal.has(n) && !adalahTabel(r.nama)) {
      masalah.push(
        masalahRentang(
          'peringatan',
          r,
          `Nama ${r.nama} tidak dikenal dalam kontrak LKIP dan diabaikan. Periksa ejaannya (misalnya ${NAMA.target}, ${NAMA.realisasi}).`,
        ),
      );
    }
  }

  // Inputs on a sheet the report rewrites would be destroyed by the next run.
  for (const r of [...rentang].sort(bandingkanPosisi)) {
    const lembar = [NAMA_LEMBAR_LAPORAN, NAMA_LEMBAR_VERIFIKASI].find((n) => n.toLowerCase() === r.lembar.toLowerCase());
    if (lembar) {
      masalah.push(
        masalahRentang(
          'galat',
          r,
          `${r.nama} berada di lembar "${lembar}", yang ditulis ulang oleh laporan: isinya akan hilang. Pindahkan data ini ke lembar lain (atau ganti nama lembarnya) lalu hitung ulang.`,
        ),
      );
    }
  }

  const statusNama: StatusNama[] = [];
  const catatStatus = (nama: string, wajib: boolean, r: RentangBernama | undefined) => {
    statusNama.push(
      r
        ? { nama: r.nama, wajib, ada: true, jumlahBaris: r.nilai.length, rujukan: rujukanRentang(r) }
        : { nama, wajib, ada: false },
    );
  };

  // --- indicator names: required, n×1, same row count -------------------------------------
  const indikatorR = ambil(NAMA.indikator);
  for (const nama of NAMA_WAJIB) {
    const r = ambil(nama);
    catatStatus(nama, true, r);
    if (!r && !rusak.has(nama.toLowerCase())) {
      masalah.push({
        tingkat: 'galat',
        nama,
        pesan: `Nama ${nama} tidak ditemukan di buku kerja. Buat rentang bernama ${nama} (satu kolom, satu baris per indikator); tanpa nama ini laporan tidak ditulis.`,
      });
    }
  }
  for (const nama of NAMA_INDIKATOR_OPSIONAL) catatStatus(nama, false, ambil(nama));

  const namaIndikatorAda = [...NAMA_WAJIB, ...NAMA_INDIKATOR_OPSIONAL]
    .map((n) => ambil(n))
    .filter((r): r is RentangBernama => r !== undefined);
  for (const r of namaIndikatorAda) {
    const { jumlahBaris, jumlahKolom } = ukuran(r);
    if (jumlahKolom !== 1) {
      masalah.push(
        masalahRentang(
          'galat',
          r,
          `${r.nama} harus satu kolom (n×1, satu baris per indikator), tetapi ${alamatSeluruh(r)} berisi ${jumlahKolom} kolom × ${jumlahBaris} baris. Ubah rujukan nama ini menjadi satu kolom.`,
        ),
      );
    }
  }
  if (indikatorR) {
    const n = indikatorR.nilai.length;
    for (const r of namaIndikatorAda) {
      if (r === indikatorR) continue;
      if (r.nilai.length !== n) {
        masalah.push(
          masalahRentang(
            'galat',
            r,
            `${r.nama} berisi ${r.nilai.length} baris, sedangkan ${NAMA.indikator} berisi ${n} baris: semua rentang indikator harus sama panjang (baris ke-i = indikator ke-i).`,
          ),
        );
      } else if (r.lembar !== indikatorR.lembar || r.baris !== indikatorR.baris) {
        masalah.push(
          masalahRentang(
            'peringatan',
            r,
            `${r.nama} (${rujukanRentang(r)}) tidak sejajar dengan ${NAMA.indikator} (${rujukanRentang(indikatorR)}): baris dipasangkan menurut urutannya di dalam rentang. Pastikan baris ke-i memang indikator ke-i.`,
          ),
        );
      }
    }
  }

  // --- price lists -------------------------------------------------------------------------
  const rentangHargaHarian = rentang.filter((r) => adalahHargaHarian(r.nama)).sort(bandingkanPosisi);
  const labelHarian = new Map(rentangHargaHarian.map((r) => [slug(labelGrup(r.nama, AWALAN_HARGA_HARIAN)), r]));
  const rentangHarga: RentangBernama[] = [];
  const grupHargaGanda: GrupHargaGanda[] = [];
  for (const r of rentang.filter((x) => adalahHarga(x.nama)).sort(bandingkanPosisi)) {
    const label = labelGrup(r.nama, AWALAN_HARGA);
    const harian = labelHarian.get(slug(label));
    if (harian) grupHargaGanda.push({ label, diabaikan: r, dipakai: harian.nama });
    else rentangHarga.push(r);
  }
  if (rentangHarga.length === 0 && grupHargaGanda.length === 0 && rentangHargaHarian.length === 0) {
    statusNama.push({ nama: `${AWALAN_HARGA}…`, wajib: false, ada: false });
  }
  for (const r of rentang.filter((x) => adalahHarga(x.nama)).sort(bandingkanPosisi)) catatStatus(r.nama, false, r);
  for (const r of rentangHargaHarian) catatStatus(r.nama, false, r);

  // --- budget --------------------------------------------------------------------------------
  const anggaranUtama = ambil(NAMA.anggaran);
  catatStatus(NAMA.anggaran, false, anggaranUtama);
  const rentangAnggaranLain = rentang.filter((r) => adalahAnggaranLain(r.nama)).sort(bandingkanPosisi);
  for (const r of rentangAnggaranLain) catatStatus(r.nama, false, r);

  // --- settings ------------------------------------------------------------------------------
  for (const nama of NAMA_PENGATURAN) catatStatus(nama, false, ambil(nama));
  for (const nama of NAMA_PENGATURAN_HARIAN) {
    if (rentangHargaHarian.length > 0 || ambil(nama)) catatStatus(nama, false, ambil(nama));
  }

  const galatPengaturan = (r: RentangBernama | undefined, nama: string, e: unknown) => {
    masalah.push(
      r
        ? masalahRentang('galat', r, `${nama}: ${pesanGalat(e)}`)
        : { tingkat: 'galat', nama, pesan: `Pengaturan ${nama}: ${pesanGalat(e)}` },
    );
  };

  const instansi = teksSel(nilaiTunggal(ambil(NAMA.instansi)));

  let tahun: number | null = null;
  const tahunR = ambil(NAMA.tahun);
  const tahunNilai = nilaiTunggal(tahunR);
  if (!selKosong(tahunNilai)) {
    try {
      const t = bacaAngka(tahunNilai, NAMA.tahun);
      const n = t.jenis === 'angka' ? t.nilai.toNumber() : NaN;
      if (!Number.isInteger(n) || n < 1900 || n > 2200)
        throw new Error(`"${String(tahunNilai)}" bukan tahun (isi misalnya 2021).`);
      tahun = n;
    } catch (e) {
      galatPengaturan(tahunR, NAMA.tahun, e);
    }
  }

  if (tahun === null && rentangHargaHarian.length > 0 && !(tahunR && masalah.some((m) => m.nama === tahunR.nama))) {
    const daftar = rentangHargaHarian.map((r) => r.nama).join(', ');
    masalah.push(
      tahunR
        ? masalahRentang(
            'galat',
            tahunR,
            `${NAMA.tahun} kosong, padahal ada harga harian (${daftar}): isi tahun laporan (misalnya 2021); rata-rata harga dihitung untuk tahun itu dan tahun sebelumnya.`,
          )
        : {
            tingkat: 'galat',
            nama: NAMA.tahun,
            pesan: `Nama ${NAMA.tahun} tidak ditemukan, padahal ada harga harian (${daftar}): buat rentang bernama ${NAMA.tahun} (satu sel berisi tahun laporan, misalnya 2021); rata-rata harga dihitung untuk tahun itu dan tahun sebelumnya.`,
          },
    );
  }

  let metodeRataHarga: MetodeRataRata = 'semua';
  const metodeR = ambil(NAMA.metodeRataHarga);
  try {
    metodeRataHarga = bacaMetodeRataRata(nilaiTunggal(metodeR), NAMA.metodeRataHarga);
  } catch (e) {
    galatPengaturan(metodeR, NAMA.metodeRataHarga, e);
  }
  let simpanganKV: JenisSimpangan = 'sampel';
  const simpanganR = ambil(NAMA.simpanganKV);
  try {
    simpanganKV = bacaJenisSimpangan(nilaiTunggal(simpanganR), NAMA.simpanganKV);
  } catch (e) {
    galatPengaturan(simpanganR, NAMA.simpanganKV, e);
  }
  let batasKV: Desimal = BATAS_KV_BAKU;
  const batasKVR = ambil(NAMA.batasKV);
  try {
    batasKV = bacaBatasKV(nilaiTunggal(batasKVR), NAMA.batasKV);
  } catch (e) {
    galatPengaturan(batasKVR, NAMA.batasKV, e);
  }

  let skala: Skala = SKALA_TABEL_3_1;
  const skalaR = ambil(NAMA.skala);
  try {
    if (skalaR && ukuran(skalaR).jumlahKolom >= 2) {
      const awal = jumlahBarisKepala(skalaR, (b) => teksBukanAngka(b[0] ?? null));
      skala = buatSkala(
        skalaR.nilai.slice(awal).map((b) => [b[0] ?? null, b[1] ?? null] as const),
        NAMA.skala,
      );
    } else if (skalaR) {
      skala = presetSkala(nilaiTunggal(skalaR), NAMA.skala);
    } else if (pengaturanBawaan?.skala !== undefined) {
      skala = presetSkala(pengaturanBawaan.skala, 'skala (pengaturan)');
    }
  } catch (e) {
    galatPengaturan(skalaR, NAMA.skala, e);
  }

  let skalaInflasi: readonly TingkatSkalaInflasi[] = SKALA_INFLASI_TABEL_3_7;
  const skalaInflasiR = ambil(NAMA.skalaInflasi);
  if (skalaInflasiR) {
    try {
      const awal = jumlahBarisKepala(skalaInflasiR, (b) => teksBukanAngka(b[1] ?? null));
      skalaInflasi = buatSkalaInflasi(skalaInflasiR.nilai.slice(awal), NAMA.skalaInflasi);
    } catch (e) {
      galatPengaturan(skalaInflasiR, NAMA.skalaInflasi, e);
    }
  }

  let batas: BatasCapaian = null;
  const batasR = ambil(NAMA.batas);
  try {
    batas = bacaBatas(batasR ? nilaiTunggal(batasR) : (pengaturanBawaan?.batas ?? null), NAMA.batas);
  } catch (e) {
    galatPengaturan(batasR, NAMA.batas, e);
  }

  let kebijakanNA: KebijakanTargetNA = 'tercapai';
  const naR = ambil(NAMA.targetNA);
  try {
    kebijakanNA = bacaKebijakanTargetNA(naR ? nilaiTunggal(naR) : (pengaturanBawaan?.kebijakanNA ?? null), NAMA.targetNA);
  } catch (e) {
    galatPengaturan(naR, NAMA.targetNA, e);
  }

  // --- shapes of the tables ------------------------------------------------------------------
  for (const r of rentangHarga) {
    const { jumlahKolom } = ukuran(r);
    if (jumlahKolom !== 4 && jumlahKolom !== 5) {
      masalah.push(
        masalahRentang(
          'galat',
          r,
          `${r.nama} harus 4 kolom (Nama, Satuan, Harga tahun lalu, Harga tahun ini) atau 5 kolom (ditambah persentase tertulis), tetapi berisi ${jumlahKolom} kolom.`,
        ),
      );
    }
  }
  for (const r of rentangHargaHarian) {
    const { jumlahKolom } = ukuran(r);
    if (jumlahKolom < 5) {
      masalah.push(
        masalahRentang(
          'galat',
          r,
          `${r.nama} harus 5 kolom (Tanggal, Nama, Satuan, Kab/Kota, Harga; Kab/Kota boleh kosong), tetapi berisi ${jumlahKolom} kolom.`,
        ),
      );
    }
  }
  for (const r of [anggaranUtama, ...rentangAnggaranLain]) {
    if (!r) continue;
    const { jumlahKolom } = ukuran(r);
    if (jumlahKolom !== 3 && jumlahKolom !== 4) {
      masalah.push(
        masalahRentang(
          'galat',
          r,
          `${r.nama} harus 3 kolom (Program, Pagu, Realisasi) atau 4 kolom (ditambah persen tertulis), tetapi berisi ${jumlahKolom} kolom.`,
        ),
      );
    }
  }

  const berhenti = masalah.some((m) => m.tingkat === 'galat');
  if (berhenti || !indikatorR) return { masukan: null, statusNama, masalah };

  // --- rows ----------------------------------------------------------------------------------
  const r = (nama: string) => ambil(nama);
  const targetR = r(NAMA.target)!;
  const realisasiR = r(NAMA.realisasi)!;
  const barisMentah: { nama: string; sel: BarisIndikator['sel'] }[] = [];
  for (let i = 0; i < indikatorR.nilai.length; i++) {
    const sel = {
      indikator: selDari(indikatorR, i, 0),
      target: selDari(targetR, i, 0),
      realisasi: selDari(realisasiR, i, 0),
      ...opsionalSel('satuan', r(NAMA.satuan), i),
      ...opsionalSel('polaritas', r(NAMA.polaritas), i),
      ...opsionalSel('metode', r(NAMA.metode), i),
      ...opsionalSel('realisasiLalu', r(NAMA.realisasiLalu), i),
      ...opsionalSel('targetAkhir', r(NAMA.targetAkhir), i),
      ...opsionalSel('capaianTertulis', r(NAMA.capaianTertulis), i),
    };
    if (selKosong(sel.indikator.nilai) && selKosong(sel.target.nilai) && selKosong(sel.realisasi.nilai)) continue; // a blank row
    barisMentah.push({ nama: teksSel(sel.indikator.nilai) ?? '(indikator tanpa nama)', sel });
  }
  const kunciIndikator = kunciUnik(barisMentah.map((b) => b.nama));
  const indikator: BarisIndikator[] = barisMentah.map((b, i) => ({ kunci: kunciIndikator[i]!, nama: b.nama, sel: b.sel }));
  if (indikator.length === 0) {
    masalah.push(
      masalahRentang('galat', indikatorR, `${NAMA.indikator} tidak berisi satu indikator pun: isi nama, target dan realisasi.`),
    );
    return { masukan: null, statusNama, masalah };
  }

  const grupHarga: GrupHarga[] = rentangHarga.map((rh) => bacaGrupHarga(rh, masalah));
  const grupHargaHarian: GrupHargaHarian[] = rentangHargaHarian.map((r) => ({
    nama: r.nama,
    label: labelGrup(r.nama, AWALAN_HARGA_HARIAN),
    kunci: slug(r.nama),
    rentang: r,
  }));
  const urutanGrupHarga = [...rentangHarga, ...rentangHargaHarian].sort(bandingkanPosisi).map((x) => x.nama);
  const anggaran: TabelAnggaran[] = [
    ...(anggaranUtama ? [bacaTabelAnggaran(anggaranUtama, true, masalah)] : []),
    ...rentangAnggaranLain.map((ra) => bacaTabelAnggaran(ra, false, masalah)),
  ];

  return {
    masukan: {
      instansi,
      tahun,
      skala,
      skalaInflasi,
      batas,
      kebijakanNA,
      indikator,
      adaRealisasiLalu: r(NAMA.realisasiLalu) !== undefined,
      adaTargetAkhir: r(NAMA.targetAkhir) !== undefined,
      grupHarga,
      grupHargaHarian,
      opsiHargaHarian: { metode: metodeRataHarga, simpangan: simpanganKV, batasKV },
      grupHargaGanda,
      urutanGrupHarga,
      anggaran,
    },
    statusNama,
    masalah,
  };
}

function opsionalSel<K extends string>(kunci: K, r: RentangBernama | undefined, i: number): { [P in K]?: SelMasukan } {
  return r ? ({ [kunci]: selDari(r, i, 0) } as { [P in K]?: SelMasukan }) : {};
}

function bacaGrupHarga(r: RentangBernama, masalah: Masalah[]): GrupHarga {
  const adaKolomTertulis = ukuran(r).jumlahKolom >= 5;
  const awal = jumlahBarisKepala(
    r,
    (b) => teksBukanAngka(b[2] ?? null) || teksBukanAngka(b[3] ?? null) || KEPALA_SATUAN.test(teksSel(b[1] ?? null) ?? ''),
  );
  const mentah: { nama: string; satuan: string | null; sel: BarisHarga['sel'] }[] = [];
  for (let i = awal; i < r.nilai.length; i++) {
    const sel = {
      nama: selDari(r, i, 0),
      satuan: selDari(r, i, 1),
      lalu: selDari(r, i, 2),
      kini: selDari(r, i, 3),
      ...(adaKolomTertulis ? { tertulis: selDari(r, i, 4) } : {}),
    };
    if (selKosong(sel.nama.nilai) && selKosong(sel.lalu.nilai) && selKosong(sel.kini.nilai)) continue;
    mentah.push({ nama: teksSel(sel.nama.nilai) ?? '(tanpa nama)', satuan: teksSel(sel.satuan.nilai), sel });
  }
  if (mentah.length === 0) masalah.push(masalahRentang('peringatan', r, `${r.nama} tidak berisi baris harga.`));
  const kunci = kunciUnik(mentah.map((m) => m.nama));
  return {
    nama: r.nama,
    label: labelGrup(r.nama, AWALAN_HARGA),
    kunci: slug(r.nama),
    adaKolomTertulis,
    baris: mentah.map((m, i) => ({ kunci: kunci[i]!, ...m })),
  };
}

/** "LKIP_Harga_Kebutuhan_Pokok" → "Kebutuhan Pokok" (the whole name when nothing follows the prefix). */
function labelGrup(nama: string, awalan: string): string {
  const label = nama.slice(awalan.length).replace(/_+/g, ' ').trim();
  return label === '' ? nama : label;
}

function bacaTabelAnggaran(r: RentangBernama, utama: boolean, masalah: Masalah[]): TabelAnggaran {
  const adaKolomPersen = ukuran(r).jumlahKolom >= 4;
  const awal = jumlahBarisKepala(
    r,
    (b) =>
      teksBukanAngka(b[1] ?? null) ||
      teksBukanAngka(b[2] ?? null) ||
      (KEPALA_PROGRAM.test(teksSel(b[0] ?? null) ?? '') && !POLA_TOTAL.test(teksSel(b[0] ?? null) ?? '')),
  );
  const baris: { program: string; sel: BarisAnggaran['sel']; total: boolean }[] = [];
  for (let i = awal; i < r.nilai.length; i++) {
    const sel = {
      program: selDari(r, i, 0),
      pagu: selDari(r, i, 1),
      realisasi: selDari(r, i, 2),
      ...(adaKolomPersen ? { persenTertulis: selDari(r, i, 3) } : {}),
    };
    if (selKosong(sel.program.nilai) && selKosong(sel.pagu.nilai) && selKosong(sel.realisasi.nilai)) continue;
    const program = teksSel(sel.program.nilai) ?? '(tanpa nama program)';
    baris.push({ program, sel, total: POLA_TOTAL.test(program) });
  }
  const program = baris.filter((b) => !b.total);
  const total = baris.filter((b) => b.total);
  if (program.length === 0) masalah.push(masalahRentang('peringatan', r, `${r.nama} tidak berisi baris program.`));
  const kunciProgram = kunciUnik(program.map((b) => b.program));
  const kunciTotal = kunciUnik(total.map((b) => b.program));
  const label = utama ? '' : r.nama.slice(AWALAN_ANGGARAN_LAIN.length).replace(/_+/g, ' ').trim();
  return {
    nama: r.nama,
    label,
    kunci: slug(r.nama),
    utama,
    adaKolomPersen,
    baris: program.map((b, i) => ({ kunci: kunciProgram[i]!, program: b.program, sel: b.sel })),
    totalTertulis: total.map((b, i) => ({ kunci: kunciTotal[i]!, program: b.program, sel: b.sel })),
  };
}

/** The whole range's address without the sheet ("C5:C15"): where a name points, and where a finding about all of it is. */
export { alamatSeluruh as alamatNama };
