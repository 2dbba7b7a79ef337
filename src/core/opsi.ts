/**
 * Reading the options a user writes in a cell, a settings range or the task pane: one reader per option, and
 * every face (cell functions, the workbook contract, the pane's stored settings) calls that one reader, so a word
 * that works in one place works in all of them.
 *
 * An option written as a word is a {@link Pilihan}: a dictionary of normalised words → value, the default for an
 * empty cell, how a written word is normalised, and the advice shown when a word is unknown. The readers of this
 * file: polaritas, batas (cap), the NA-target policy, the capaian method (rasio / inflasi) and the annual-average
 * method of daily prices. The other options live beside what they choose: the category scale presets in
 * ./kategori (presetSkala), the price-rise step scale presets in ./harga (presetSkalaInflasi), the standard
 * deviation and KV threshold in ./stabilitas (bacaJenisSimpangan, bacaAmbangKV), the efficiency's form (persen /
 * indeks) in ./efisiensi (bacaBentukEfisiensi).
 */
import { bacaAngka, selKosong } from './angka';
import { Desimal, SERATUS } from './desimal';
import { GalatLkip } from './galat';

/**
 * positif: higher is better (realisasi / target). Lower is better ("semakin rendah semakin baik") in two formulas:
 * negatif = (2 × target − realisasi) / target (PermenPANRB "kondisi khusus", Prov. Lampung) and
 * negatif-rasio = target / realisasi (Kab. Manggarai Timur). docs/analisis-rumus.md says when each fits.
 */
export type Polaritas = 'positif' | 'negatif' | 'negatif-rasio';

/** Lower is better: either negative formula. For comparisons by direction (past years, national standard). */
export function lebihRendahLebihBaik(polaritas: Polaritas): boolean {
  return polaritas !== 'positif';
}

/** What a target written "NA" means: tercapai (100, as the document), dikecualikan (left out of the average), galat. */
export type KebijakanTargetNA = 'tercapai' | 'dikecualikan' | 'galat';

/** The cap of a capaian in percentage points; null = no cap ("tanpa"). */
export type BatasCapaian = Desimal | null;

export const BATAS_BAWAAN: BatasCapaian = SERATUS;

/** An option written as a word: what each word means, what an empty cell means, and what to say otherwise. */
export interface Pilihan<T> {
  /** Normalised word → value (own keys only). Every key is itself a word the reader accepts. */
  readonly kamus: Readonly<Record<string, T>>;
  /** The value of an empty cell (or an omitted argument). */
  readonly bawaan: T;
  /** What to write instead, for the message of an unknown word. */
  readonly saran: string;
  /** A written word → its key in kamus; default: trimmed, lower case. */
  readonly kunci?: (teks: string) => string;
}

/**
 * The one reader behind every option word: empty → the default; text (or a number: a scale written 5) is
 * normalised by `kunci` and looked up in `kamus`; anything else is a PILIHAN_TIDAK_DIKENAL error naming the
 * argument and the value, with `saran` saying what to write.
 */
export function bacaPilihan<T>(masukan: unknown, argumen: string, pilihan: Pilihan<T>): T {
  if (selKosong(masukan)) return pilihan.bawaan;
  if (typeof masukan === 'string' || typeof masukan === 'number') {
    const kunci = (pilihan.kunci ?? ((t: string) => t.trim().toLowerCase()))(String(masukan));
    if (Object.prototype.hasOwnProperty.call(pilihan.kamus, kunci)) return pilihan.kamus[kunci]!;
  }
  throw new GalatLkip('PILIHAN_TIDAK_DIKENAL', argumen, masukan, pilihan.saran);
}

/** An option word as written, compared case-blind with single spaces: "  Skala   Inflasi " → "skala inflasi". */
export const kunciSpasiTunggal = (t: string): string => t.trim().toLowerCase().replace(/\s+/g, ' ');

/** A preset name compared without case, spaces or punctuation: "Tabel 3.1" → "tabel31". */
export const kunciAlfanumerik = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * "positif"/"+"/"naik" → positif; "negatif"/"-"/"turun" → negatif ((2T − R)/T); "negatif-rasio" (also
 * "negatif rasio", "target/realisasi") → negatif-rasio (T/R); empty → positif.
 */
export const PILIHAN_POLARITAS: Pilihan<Polaritas> = Object.freeze({
  kamus: Object.freeze({
    positif: 'positif',
    '+': 'positif',
    naik: 'positif',
    positive: 'positif',
    'semakin tinggi semakin baik': 'positif',
    negatif: 'negatif',
    '-': 'negatif',
    '−': 'negatif',
    '–': 'negatif',
    turun: 'negatif',
    negative: 'negatif',
    'semakin rendah semakin baik': 'negatif',
    'negatif-rasio': 'negatif-rasio',
    'negatif rasio': 'negatif-rasio',
    negatif_rasio: 'negatif-rasio',
    negatifrasio: 'negatif-rasio',
    'negative-ratio': 'negatif-rasio',
    'target/realisasi': 'negatif-rasio',
    'target / realisasi': 'negatif-rasio',
  }),
  bawaan: 'positif',
  kunci: kunciSpasiTunggal,
  saran:
    'pilih "positif" (+, naik), "negatif" (-, turun: (2 × target − realisasi) / target) atau "negatif-rasio" (target / realisasi).',
});

export function bacaPolaritas(masukan: unknown, argumen = 'polaritas'): Polaritas {
  return bacaPilihan(masukan, argumen, PILIHAN_POLARITAS);
}

/** The words for "no cap", compared case-blind: a cap is a number or one of these. */
export const KATA_TANPA_BATAS: readonly string[] = Object.freeze(['tanpa', 'tidak ada', 'none']);

/** A number > 0 (e.g. 100, 110, 120), "tanpa" for no cap; empty → 100. */
export function bacaBatas(masukan: unknown, argumen = 'batas'): BatasCapaian {
  if (typeof masukan === 'string' && KATA_TANPA_BATAS.includes(kunciSpasiTunggal(masukan))) return null;
  const terbaca = bacaAngka(masukan, argumen);
  if (terbaca.jenis === 'kosong') return BATAS_BAWAAN;
  if (terbaca.jenis !== 'angka') {
    throw new GalatLkip('PILIHAN_TIDAK_DIKENAL', argumen, masukan, 'isi angka batas (misalnya 100 atau 120) atau "tanpa".');
  }
  if (terbaca.nilai.isNegative() || terbaca.nilai.isZero()) {
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'batas capaian harus lebih besar dari 0.');
  }
  return terbaca.nilai;
}

/** "tercapai" (default), "dikecualikan" or "galat". */
export const PILIHAN_KEBIJAKAN_NA: Pilihan<KebijakanTargetNA> = Object.freeze({
  kamus: Object.freeze({
    tercapai: 'tercapai',
    dikecualikan: 'dikecualikan',
    kecualikan: 'dikecualikan',
    galat: 'galat',
    error: 'galat',
  }),
  bawaan: 'tercapai',
  saran: 'pilih "tercapai", "dikecualikan" atau "galat".',
});

export function bacaKebijakanTargetNA(masukan: unknown, argumen = 'kebijakan target NA'): KebijakanTargetNA {
  return bacaPilihan(masukan, argumen, PILIHAN_KEBIJAKAN_NA);
}

/** How an indicator's capaian is computed: realisasi / target ("rasio") or the price-rise step scale ("inflasi", Tabel 3.7). */
export type MetodeCapaian = 'rasio' | 'inflasi';

/** "rasio" (default, also empty) or "inflasi" (the step scale of Tabel 3.7). */
export const PILIHAN_METODE_CAPAIAN: Pilihan<MetodeCapaian> = Object.freeze({
  kamus: Object.freeze({
    rasio: 'rasio',
    ratio: 'rasio',
    inflasi: 'inflasi',
    'skala inflasi': 'inflasi',
    skala_inflasi: 'inflasi',
    harga: 'inflasi',
    'kenaikan harga': 'inflasi',
  }),
  bawaan: 'rasio',
  kunci: kunciSpasiTunggal,
  saran: 'pilih "rasio" (realisasi/target) atau "inflasi" (skala Tabel 3.7).',
});

export function bacaMetodeCapaian(masukan: unknown, argumen = 'metode'): MetodeCapaian {
  return bacaPilihan(masukan, argumen, PILIHAN_METODE_CAPAIAN);
}

/**
 * Annual average of daily prices: 'semua' (every observation of the year) or 'per_kabkota' (each kab/kota's
 * mean first). The computation is in ./hargaHarian; the reader lives here with the other option readers.
 */
export type MetodeRataRata = 'semua' | 'per_kabkota';

/** "semua" (default) or "per_kabkota" ("per kab/kota"); empty → semua. */
export const PILIHAN_METODE_RATA_RATA: Pilihan<MetodeRataRata> = Object.freeze({
  kamus: Object.freeze({
    semua: 'semua',
    seluruh: 'semua',
    semuapengamatan: 'semua',
    perkabkota: 'per_kabkota',
    kabkota: 'per_kabkota',
    perkabupatenkota: 'per_kabkota',
  }),
  bawaan: 'semua',
  kunci: (t: string) => t.toLowerCase().replace(/[^a-z]/g, ''),
  saran: 'pilih "semua" (semua pengamatan setahun) atau "per_kabkota" (rata-rata tiap kab/kota dahulu).',
});

export function bacaMetodeRataRata(masukan: unknown, argumen = 'metode rata-rata'): MetodeRataRata {
  return bacaPilihan(masukan, argumen, PILIHAN_METODE_RATA_RATA);
}
