/**
 * THE CONTRACT AS DATA: every named range the report reads, one row each, in the order of docs/kontrak.md
 * (a test keeps that page's table equal to this one: names, shapes, required).
 *
 * A row says: the name (or, for a kind of range that may come many times, the prefix every such name starts
 * with, and what follows it: LKIP_Harga_<Grup>), the shape the range must have, whether it is required, how it
 * is read, and for a setting its default. ../kontrak.ts loops over these rows and knows no name by heart.
 * There are three kinds:
 *
 * - `kolom`: a column of the indicator table (n×1, one row per indicator, as long as LKIP_Indikator). Read
 *   generically: the row's cell with its location lands in BarisIndikator.sel[<key>]; what the cell means is read
 *   by the computation (../hitung). Adding a column: one row in KOLOM_INDIKATOR (its key appears in the type).
 * - `tabel`: a table of rows (price lists, daily prices, budget tables; TABEL_MASUKAN), read by its reader in
 *   ./tabel; the engine's input gets the list of what each range's reader returns (../kontrak.ts susunMasukan).
 * - `pengaturan`: a setting (one cell or a small table; PENGATURAN), read by its reader in ./pengaturan; a bad
 *   value is a galat naming the range and the default is kept. Adding a setting: one row in PENGATURAN and its
 *   reader; its value appears in MasukanLaporan under the row's key, typed by the reader.
 *
 * Names are matched case-insensitively (Excel's names are); an exact name wins over a prefix, and a longer
 * prefix over a shorter one.
 */
import {
  BATAS_BAWAAN,
  AMBANG_KV_BAWAAN,
  SKALA_INFLASI_TABEL_3_7,
  SKALA_TABEL_3_1,
  type BatasCapaian,
  type Desimal,
  type JenisSimpangan,
  type KebijakanTargetNA,
  type MetodeRataRata,
  type Skala,
  type TingkatSkalaInflasi,
} from '../../core';
import type { Temuan } from '../hasil';
import type { RentangBernama } from '../port';
import type { GrupHarga, GrupHargaHarian, PengaturanBawaan, TabelAnggaran } from './jenis';
import {
  bacaPengaturanBatas,
  bacaPengaturanAmbangKV,
  bacaPengaturanInstansi,
  bacaPengaturanMetodeRataHarga,
  bacaPengaturanSimpanganKV,
  bacaPengaturanSkala,
  bacaPengaturanSkalaEfisiensi,
  bacaPengaturanSkalaInflasi,
  bacaPengaturanTahun,
  bacaPengaturanTargetNA,
  type SumberPengaturan,
} from './pengaturan';
import { alamatNama, ukuranRentang } from './rentang';
import { bacaAnggaranLain, bacaAnggaranUtama, bacaGrupHarga, bacaGrupHarian } from './tabel';

/** The shape a range must have: as docs/kontrak.md writes it, and the check behind it. */
export interface Bentuk {
  /** "n×1", "4 atau 5 kolom", "1 sel": the Shape column of docs/kontrak.md. */
  readonly teks: string;
  /** The problem with a range of another shape (a galat: the report is not written), or null when it fits. */
  readonly periksa: (r: RentangBernama) => string | null;
  /** How to make such a range, for the message of a required name that is missing. */
  readonly uraian?: string;
}

/** What every row of the contract has. */
interface JenisDasar {
  /** The name, or for a prefix kind the prefix ("LKIP_Harga_"). */
  readonly nama: string;
  /** Prefix kinds only: the placeholder after the prefix in the docs ("Grup" → LKIP_Harga_<Grup>). */
  readonly akhiran?: string;
  /**
   * Prefix kinds only: what may follow the prefix (LKIP_Realisasi_<tahun>: four digits); a name whose rest does not
   * match is not of this kind (LKIP_Realisasi_Foo is an unknown name). Default: anything.
   */
  readonly polaAkhiran?: RegExp;
  readonly bentuk: Bentuk;
  /** Without it the report is not written. */
  readonly wajib: boolean;
  /**
   * Whether the status list shows the row when the workbook has no such range (a prefix as "LKIP_Harga_…"),
   * given whether the workbook has daily prices. Default: yes for a name, no for a prefix.
   */
  readonly tampilBilaTidakAda?: (adaHargaHarian: boolean) => boolean;
}

export interface JenisKolom extends JenisDasar {
  readonly jenis: 'kolom';
}

/** How a table's range is read: its rows (the shape is already checked); `awalan` is the row's name or prefix. */
export type PembacaTabel<T> = (r: RentangBernama, masalah: Temuan[], awalan: string) => T;

export interface JenisTabel<T = unknown> extends JenisDasar {
  readonly jenis: 'tabel';
  readonly baca: PembacaTabel<T>;
  /** A range of this kind is left out when a range of that kind has the same label (a typed list replaced by daily prices). */
  readonly digantiOleh?: () => JenisTabel;
}

export interface JenisPengaturan<T = unknown> extends JenisDasar {
  readonly jenis: 'pengaturan';
  /** Reads the value; throws on a bad one (the loop reports it and keeps `bawaan`). */
  readonly baca: (s: SumberPengaturan) => T;
  /** The value when the setting is absent or bad. */
  readonly bawaan: T;
  /** The task pane's stored option that stands in when the workbook has no such name. */
  readonly dariPanel?: keyof NonNullable<PengaturanBawaan>;
}

export type JenisNama = JenisKolom | JenisTabel | JenisPengaturan;

// ---- shapes ---------------------------------------------------------------------------------

/** n×1: one column, one row per indicator. */
export const N_KALI_1: Bentuk = {
  teks: 'n×1',
  uraian: 'satu kolom, satu baris per indikator',
  periksa: (r) => {
    const { jumlahBaris, jumlahKolom } = ukuranRentang(r);
    return jumlahKolom === 1
      ? null
      : `${r.nama} harus satu kolom (n×1, satu baris per indikator), tetapi ${alamatNama(r)} berisi ${jumlahKolom} kolom × ${jumlahBaris} baris. Ubah rujukan nama ini menjadi satu kolom.`;
  },
};

/** A table whose column count passes `cocok`; `harus` says which columns, for the message. */
function bentukKolom(teks: string, cocok: (jumlahKolom: number) => boolean, harus: string): Bentuk {
  return {
    teks,
    periksa: (r) => {
      const { jumlahKolom } = ukuranRentang(r);
      return cocok(jumlahKolom) ? null : `${r.nama} harus ${harus}, tetapi berisi ${jumlahKolom} kolom.`;
    },
  };
}

/** A setting: its first non-blank cell is read, whatever the range's size (a merged cell reads as 1×n). */
const pengaturanBentuk = (teks: string): Bentuk => ({ teks, periksa: () => null });
const SEL = pengaturanBentuk('1 sel');

// ---- the rows -------------------------------------------------------------------------------

const kolom = (nama: string, wajib = false): JenisKolom => ({ jenis: 'kolom', nama, bentuk: N_KALI_1, wajib });

/** The indicator table's columns; the key is the column's name in BarisIndikator.sel. */
export const KOLOM_INDIKATOR = Object.freeze({
  indikator: kolom('LKIP_Indikator', true),
  target: kolom('LKIP_Target', true),
  realisasi: kolom('LKIP_Realisasi', true),
  satuan: kolom('LKIP_Satuan'),
  polaritas: kolom('LKIP_Polaritas'),
  metode: kolom('LKIP_Metode'),
  realisasiLalu: kolom('LKIP_Realisasi_Lalu'),
  targetAkhir: kolom('LKIP_Target_Akhir'),
  capaianTertulis: kolom('LKIP_Capaian_Tertulis'),
  sasaran: kolom('LKIP_Sasaran'),
  standarNasional: kolom('LKIP_Standar_Nasional'),
  pagu: kolom('LKIP_Pagu'),
  realisasiAnggaran: kolom('LKIP_Realisasi_Anggaran'),
});

/**
 * The realisasi of one past year (LKIP_Realisasi_2019, LKIP_Realisasi_2020, …): n×1 like the other columns, any
 * number of them. Only a four-digit year follows the prefix, so LKIP_Realisasi_Lalu and LKIP_Realisasi_Anggaran
 * (exact names, which win anyway) and a typo such as LKIP_Realisasi_Lalau are never read as a year.
 */
export const KOLOM_RIWAYAT: JenisKolom = Object.freeze({
  jenis: 'kolom',
  nama: 'LKIP_Realisasi_',
  akhiran: 'tahun',
  polaAkhiran: /^\d{4}$/,
  bentuk: N_KALI_1,
  wajib: false,
});

/** The year of a past-year column's name (LKIP_Realisasi_2019 → 2019). */
export const tahunRiwayat = (nama: string): number => Number(nama.slice(KOLOM_RIWAYAT.nama.length));

const tabel = <T>(t: Omit<JenisTabel<T>, 'jenis' | 'wajib'>): JenisTabel<T> => ({ jenis: 'tabel', wajib: false, ...t });

export const TABEL_MASUKAN = Object.freeze({
  harga: tabel<GrupHarga>({
    nama: 'LKIP_Harga_',
    akhiran: 'Grup',
    bentuk: bentukKolom(
      '4 atau 5 kolom',
      (k) => k === 4 || k === 5,
      '4 kolom (Nama, Satuan, Harga tahun lalu, Harga tahun ini) atau 5 kolom (ditambah persentase tertulis)',
    ),
    baca: bacaGrupHarga,
    digantiOleh: (): JenisTabel => TABEL_MASUKAN.hargaHarian,
    tampilBilaTidakAda: (adaHargaHarian) => !adaHargaHarian,
  }),
  hargaHarian: tabel<GrupHargaHarian>({
    nama: 'LKIP_HargaHarian_',
    akhiran: 'Grup',
    bentuk: bentukKolom('5 kolom', (k) => k >= 5, '5 kolom (Tanggal, Nama, Satuan, Kab/Kota, Harga; Kab/Kota boleh kosong)'),
    baca: bacaGrupHarian,
  }),
  anggaran: tabel<TabelAnggaran>({
    nama: 'LKIP_Anggaran',
    bentuk: bentukKolom(
      '3 atau 4 kolom',
      (k) => k === 3 || k === 4,
      '3 kolom (Program, Pagu, Realisasi) atau 4 kolom (ditambah persen tertulis)',
    ),
    baca: bacaAnggaranUtama,
  }),
  anggaranLain: tabel<TabelAnggaran>({
    nama: 'LKIP_Anggaran_',
    akhiran: 'Sumber',
    bentuk: bentukKolom(
      '3 atau 4 kolom',
      (k) => k === 3 || k === 4,
      '3 kolom (Program, Pagu, Realisasi) atau 4 kolom (ditambah persen tertulis)',
    ),
    baca: bacaAnggaranLain,
  }),
});

/** The settings of daily prices are listed in the status only when the workbook has daily prices (or the name). */
const HANYA_BILA_ADA_HARGA_HARIAN = (adaHargaHarian: boolean): boolean => adaHargaHarian;

const pengaturan = <T>(p: Omit<JenisPengaturan<T>, 'jenis' | 'wajib'>): JenisPengaturan<T> => ({
  jenis: 'pengaturan',
  wajib: false,
  ...p,
});

export const PENGATURAN = Object.freeze({
  instansi: pengaturan<string | null>({ nama: 'LKIP_Instansi', bentuk: SEL, baca: bacaPengaturanInstansi, bawaan: null }),
  tahun: pengaturan<number | null>({ nama: 'LKIP_Tahun', bentuk: SEL, baca: bacaPengaturanTahun, bawaan: null }),
  skala: pengaturan<Skala>({
    nama: 'LKIP_Skala',
    bentuk: pengaturanBentuk('k×2, atau 1 sel'),
    baca: bacaPengaturanSkala,
    bawaan: SKALA_TABEL_3_1,
    dariPanel: 'skala',
  }),
  skalaInflasi: pengaturan<readonly TingkatSkalaInflasi[]>({
    nama: 'LKIP_Skala_Inflasi',
    bentuk: pengaturanBentuk('k×3 atau k×2, atau 1 sel'),
    baca: bacaPengaturanSkalaInflasi,
    bawaan: SKALA_INFLASI_TABEL_3_7,
  }),
  skalaEfisiensi: pengaturan<Skala | null>({
    nama: 'LKIP_Skala_Efisiensi',
    bentuk: pengaturanBentuk('k×2'),
    baca: bacaPengaturanSkalaEfisiensi,
    bawaan: null,
    tampilBilaTidakAda: () => false,
  }),
  batas: pengaturan<BatasCapaian>({
    nama: 'LKIP_Batas',
    bentuk: SEL,
    baca: bacaPengaturanBatas,
    bawaan: BATAS_BAWAAN,
    dariPanel: 'batas',
  }),
  kebijakanNA: pengaturan<KebijakanTargetNA>({
    nama: 'LKIP_Target_NA',
    bentuk: SEL,
    baca: bacaPengaturanTargetNA,
    bawaan: 'tercapai',
    dariPanel: 'kebijakanNA',
  }),
  metodeRataHarga: pengaturan<MetodeRataRata>({
    nama: 'LKIP_Metode_RataHarga',
    bentuk: SEL,
    baca: bacaPengaturanMetodeRataHarga,
    bawaan: 'semua',
    tampilBilaTidakAda: HANYA_BILA_ADA_HARGA_HARIAN,
  }),
  simpanganKV: pengaturan<JenisSimpangan>({
    nama: 'LKIP_Simpangan_KV',
    bentuk: SEL,
    baca: bacaPengaturanSimpanganKV,
    bawaan: 'sampel',
    tampilBilaTidakAda: HANYA_BILA_ADA_HARGA_HARIAN,
  }),
  ambangKV: pengaturan<Desimal>({
    nama: 'LKIP_Batas_KV',
    bentuk: SEL,
    baca: bacaPengaturanAmbangKV,
    bawaan: AMBANG_KV_BAWAAN,
    tampilBilaTidakAda: HANYA_BILA_ADA_HARGA_HARIAN,
  }),
});

/** Every row of the contract, in the order of docs/kontrak.md. */
export const DAFTAR_NAMA: readonly JenisNama[] = Object.freeze([
  ...Object.values(KOLOM_INDIKATOR),
  KOLOM_RIWAYAT,
  ...Object.values(TABEL_MASUKAN),
  ...Object.values(PENGATURAN),
]);

/** The value type of each setting, by key: what the settings loop returns. */
export type NilaiPengaturan = {
  readonly [K in keyof typeof PENGATURAN]: (typeof PENGATURAN)[K] extends JenisPengaturan<infer T> ? T : never;
};

/** A prefix kind: the name is a prefix and many ranges may match it. */
export const adalahAwalan = (j: JenisNama): boolean => j.akhiran !== undefined;

/** The kind a defined name belongs to: an exact name first, else the longest matching prefix; undefined when none. */
export function jenisDari(nama: string): JenisNama | undefined {
  const n = nama.toLowerCase();
  const persis = DAFTAR_NAMA.find((j) => !adalahAwalan(j) && j.nama.toLowerCase() === n);
  if (persis) return persis;
  let terbaik: JenisNama | undefined;
  for (const j of DAFTAR_NAMA) {
    if (!adalahAwalan(j) || !n.startsWith(j.nama.toLowerCase()) || j.nama.length <= (terbaik?.nama.length ?? -1)) continue;
    if (j.polaAkhiran === undefined || j.polaAkhiran.test(nama.slice(j.nama.length))) terbaik = j;
  }
  return terbaik;
}
