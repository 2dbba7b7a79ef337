/**
 * Reading the options a user writes in a cell or a settings range: polaritas, batas (cap),
 * and the policy for a target written as NA. One reader each, shared by cells, task pane and runner.
 */
import { bacaAngka, selKosong } from './angka';
import { Desimal, SERATUS } from './desimal';
import { GalatLkip } from './galat';

/** positif: higher is better (realisasi / target). negatif: lower is better ("semakin rendah semakin baik"). */
export type Polaritas = 'positif' | 'negatif';

/** What a target written "NA" means: tercapai (100, as the document), dikecualikan (left out of the average), galat. */
export type KebijakanTargetNA = 'tercapai' | 'dikecualikan' | 'galat';

/** The cap of a capaian in percentage points; null = no cap ("tanpa"). */
export type BatasCapaian = Desimal | null;

export const BATAS_BAKU: BatasCapaian = SERATUS;

/**
 * The one reader behind every option cell (polaritas, kebijakan NA, metode …): empty → the default; text is
 * normalised by `kunci` and looked up in `kamus` (own keys only); anything else is a PILIHAN_TIDAK_DIKENAL error
 * naming the argument and the value, with `saran` saying what to write.
 */
export function bacaPilihan<T>(
  masukan: unknown,
  argumen: string,
  aturan: {
    readonly kamus: Readonly<Record<string, T>>;
    readonly bawaan: NoInfer<T>;
    readonly saran: string;
    readonly kunci?: (teks: string) => string;
  },
): T {
  if (selKosong(masukan)) return aturan.bawaan;
  if (typeof masukan === 'string') {
    const kunci = (aturan.kunci ?? ((t: string) => t.trim().toLowerCase()))(masukan);
    if (Object.prototype.hasOwnProperty.call(aturan.kamus, kunci)) return aturan.kamus[kunci]!;
  }
  throw new GalatLkip('PILIHAN_TIDAK_DIKENAL', argumen, masukan, aturan.saran);
}

/** Lower case, trimmed, inner white space folded to one space. */
/** An option word as written, compared case-blind with single spaces: "  Skala   Inflasi " → "skala inflasi". */
export const kunciSpasiTunggal = (t: string): string => t.trim().toLowerCase().replace(/\s+/g, ' ');

const POLARITAS: Record<string, Polaritas> = {
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
};

/** "positif"/"+"/"naik" → positif; "negatif"/"-"/"turun" → negatif; empty → positif. */
export function bacaPolaritas(masukan: unknown, argumen = 'polaritas'): Polaritas {
  return bacaPilihan(masukan, argumen, {
    kamus: POLARITAS,
    bawaan: 'positif',
    kunci: kunciSpasiTunggal,
    saran: 'pilih "positif" (+, naik) atau "negatif" (-, turun).',
  });
}

/** A number ≥ 0 (e.g. 100, 110, 120), "tanpa" for no cap; empty → 100. */
export function bacaBatas(masukan: unknown, argumen = 'batas'): BatasCapaian {
  if (typeof masukan === 'string' && /^\s*(tanpa|tidak ada|none)\s*$/i.test(masukan)) return null;
  const terbaca = bacaAngka(masukan, argumen);
  if (terbaca.jenis === 'kosong') return BATAS_BAKU;
  if (terbaca.jenis !== 'angka') {
    throw new GalatLkip('PILIHAN_TIDAK_DIKENAL', argumen, masukan, 'isi angka batas (misalnya 100 atau 120) atau "tanpa".');
  }
  if (terbaca.nilai.isNegative() || terbaca.nilai.isZero()) {
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'batas capaian harus lebih besar dari 0.');
  }
  return terbaca.nilai;
}

const KEBIJAKAN_NA: Record<string, KebijakanTargetNA> = {
  tercapai: 'tercapai',
  dikecualikan: 'dikecualikan',
  kecualikan: 'dikecualikan',
  galat: 'galat',
  error: 'galat',
};

/** "tercapai" (default), "dikecualikan" or "galat". */
export function bacaKebijakanTargetNA(masukan: unknown, argumen = 'kebijakan target NA'): KebijakanTargetNA {
  return bacaPilihan(masukan, argumen, {
    kamus: KEBIJAKAN_NA,
    bawaan: 'tercapai',
    saran: 'pilih "tercapai", "dikecualikan" atau "galat".',
  });
}

/**
 * Annual average of daily prices: 'semua' (every observation of the year) or 'per_kabkota' (each kab/kota's
 * mean first). The computation is in ./hargaHarian; the reader lives here with the other option readers.
 */
export type MetodeRataRata = 'semua' | 'per_kabkota';

const METODE: Readonly<Record<string, MetodeRataRata>> = {
  semua: 'semua',
  seluruh: 'semua',
  semuapengamatan: 'semua',
  perkabkota: 'per_kabkota',
  kabkota: 'per_kabkota',
  perkabupatenkota: 'per_kabkota',
};

/** "semua" (default) or "per_kabkota" ("per kab/kota"); empty → semua. */
export function bacaMetodeRataRata(masukan: unknown, argumen = 'metode rata-rata'): MetodeRataRata {
  return bacaPilihan(masukan, argumen, {
    kamus: METODE,
    bawaan: 'semua',
    kunci: (t) => t.toLowerCase().replace(/[^a-z]/g, ''),
    saran: 'pilih "semua" (semua pengamatan setahun) atau "per_kabkota" (rata-rata tiap kab/kota dahulu).',
  });
}
