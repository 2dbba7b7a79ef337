/**
 * Reading the options a user writes in a cell or a settings range: polaritas, batas (cap),
 * and the policy for a target written as NA. One reader each, shared by cells, task pane and runner.
 */
import { bacaAngka } from './angka';
import { Desimal, SERATUS } from './desimal';
import { GalatLkip } from './galat';

/** positif: higher is better (realisasi / target). negatif: lower is better ("semakin rendah semakin baik"). */
export type Polaritas = 'positif' | 'negatif';

/** What a target written "NA" means: tercapai (100, as the document), dikecualikan (left out of the average), galat. */
export type KebijakanTargetNA = 'tercapai' | 'dikecualikan' | 'galat';

/** The cap of a capaian in percentage points; null = no cap ("tanpa"). */
export type BatasCapaian = Desimal | null;

export const BATAS_BAKU: BatasCapaian = SERATUS;

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
  if (masukan === null || masukan === undefined) return 'positif';
  if (typeof masukan === 'string') {
    const kunci = masukan.trim().toLowerCase().replace(/\s+/g, ' ');
    if (kunci === '') return 'positif';
    const hasil = POLARITAS[kunci];
    if (hasil) return hasil;
  }
  throw new GalatLkip('PILIHAN_TIDAK_DIKENAL', argumen, masukan, 'pilih "positif" (+, naik) atau "negatif" (-, turun).');
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
  if (masukan === null || masukan === undefined || (typeof masukan === 'string' && masukan.trim() === '')) return 'tercapai';
  const hasil = typeof masukan === 'string' ? KEBIJAKAN_NA[masukan.trim().toLowerCase()] : undefined;
  if (hasil) return hasil;
  throw new GalatLkip('PILIHAN_TIDAK_DIKENAL', argumen, masukan, 'pilih "tercapai", "dikecualikan" atau "galat".');
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
  if (masukan === null || masukan === undefined || (typeof masukan === 'string' && masukan.trim() === '')) return 'semua';
  const hasil = typeof masukan === 'string' ? METODE[masukan.toLowerCase().replace(/[^a-z]/g, '')] : undefined;
  if (hasil) return hasil;
  throw new GalatLkip(
    'PILIHAN_TIDAK_DIKENAL',
    argumen,
    masukan,
    'pilih "semua" (semua pengamatan setahun) atau "per_kabkota" (rata-rata tiap kab/kota dahulu).',
  );
}
