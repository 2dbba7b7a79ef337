/**
 * Kategori: a scale is an ordered list of lower bounds with labels, inclusive at the bound
 * (X ≥ 85 → Sangat Berhasil). The last level may have no bound: everything below.
 */
import { bacaAngka, selKosong } from './angka';
import { Desimal } from './desimal';
import { GalatLkip } from './galat';

export interface TingkatSkala {
  /** Inclusive lower bound in percentage points; null = everything below the previous level. */
  readonly batasBawah: Desimal | null;
  readonly label: string;
}

/** Sorted from the highest bound down; at most one level without a bound, and it is the last. */
export type Skala = readonly TingkatSkala[];

const tingkat = (batasBawah: number | null, label: string): TingkatSkala => ({
  batasBawah: batasBawah === null ? null : new Desimal(batasBawah),
  label,
});

/** The document's Tabel 3.1 (KemenPANRB): the default. */
export const SKALA_TABEL_3_1: Skala = Object.freeze([
  tingkat(85, 'Sangat Berhasil'),
  tingkat(75, 'Berhasil'),
  tingkat(55, 'Cukup Berhasil'),
  tingkat(null, 'Belum Berhasil'),
]);

/** Five-level scale used by many regional LKIPs. */
export const SKALA_LIMA_TINGKAT: Skala = Object.freeze([
  tingkat(91, 'Sangat Tinggi'),
  tingkat(76, 'Tinggi'),
  tingkat(66, 'Sedang'),
  tingkat(51, 'Rendah'),
  tingkat(null, 'Sangat Rendah'),
]);

export const PRESET_SKALA = Object.freeze({
  'tabel-3.1': SKALA_TABEL_3_1,
  'lima-tingkat': SKALA_LIMA_TINGKAT,
});
export type NamaPresetSkala = keyof typeof PRESET_SKALA;

const ALIAS_PRESET: Record<string, NamaPresetSkala> = {
  tabel31: 'tabel-3.1',
  standar: 'tabel-3.1',
  baku: 'tabel-3.1',
  empattingkat: 'tabel-3.1',
  '4': 'tabel-3.1',
  empat: 'tabel-3.1',
  limatingkat: 'lima-tingkat',
  lima: 'lima-tingkat',
  '5': 'lima-tingkat',
};

/** A preset by name ("tabel-3.1", "standar", "4", "lima-tingkat", "5"); empty → Tabel 3.1. */
export function presetSkala(nama: unknown, argumen = 'skala'): Skala {
  if (selKosong(nama)) return SKALA_TABEL_3_1;
  const kunci = String(nama)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const preset = ALIAS_PRESET[kunci];
  if (!preset) {
    throw new GalatLkip(
      'PILIHAN_TIDAK_DIKENAL',
      argumen,
      nama,
      'skala tidak dikenal; pilih "tabel-3.1" (baku), "lima-tingkat", atau rentang 2 kolom (batas bawah, label).',
    );
  }
  return PRESET_SKALA[preset];
}

/**
 * Build a custom scale from rows (batas bawah, label), in any order. An empty bound means
 * "everything below". Rejects duplicates, missing labels, non-numeric bounds, two open levels.
 */
export function buatSkala(baris: readonly (readonly [unknown, unknown])[], argumen = 'skala'): Skala {
  const tingkatan: TingkatSkala[] = [];
  baris.forEach(([batas, label], i) => {
    const lokasi = `${argumen} baris ${i + 1}`;
    const labelTeks = typeof label === 'string' ? label.trim() : label === null || label === undefined ? '' : String(label);
    const terbaca = bacaAngka(batas, `${lokasi} (batas bawah)`);
    if (terbaca.jenis === 'kosong' && labelTeks === '') return; // a blank row
    if (labelTeks === '') throw new GalatLkip('SKALA_TIDAK_VALID', `${lokasi} (label)`, label, 'label kategori kosong.');
    if (terbaca.jenis === 'angka') tingkatan.push({ batasBawah: terbaca.nilai, label: labelTeks });
    else if (terbaca.jenis === 'kosong' || terbaca.jenis === 'strip') tingkatan.push({ batasBawah: null, label: labelTeks });
    else throw new GalatLkip('SKALA_TIDAK_VALID', `${lokasi} (batas bawah)`, batas, 'batas bawah harus angka atau kosong.');
  });
  if (tingkatan.length === 0) throw new GalatLkip('SKALA_TIDAK_VALID', argumen, '', 'skala tidak memiliki tingkat apa pun.');
  const terbuka = tingkatan.filter((t) => t.batasBawah === null);
  if (terbuka.length > 1)
    throw new GalatLkip(
      'SKALA_TIDAK_VALID',
      argumen,
      terbuka.map((t) => t.label).join(', '),
      'hanya satu tingkat boleh tanpa batas bawah.',
    );
  const berbatas = tingkatan.filter((t) => t.batasBawah !== null).sort((a, b) => b.batasBawah!.comparedTo(a.batasBawah!));
  for (let i = 1; i < berbatas.length; i++) {
    if (berbatas[i]!.batasBawah!.eq(berbatas[i - 1]!.batasBawah!)) {
      throw new GalatLkip(
        'SKALA_TIDAK_VALID',
        argumen,
        berbatas[i]!.batasBawah!.toString(),
        'batas bawah yang sama muncul dua kali.',
      );
    }
  }
  return Object.freeze([...berbatas, ...terbuka]);
}

/** The category label of a capaian. Throws when the capaian is below the lowest bound of a scale with no open level. */
export function kategori(capaian: Desimal, skala: Skala = SKALA_TABEL_3_1): string {
  for (const t of skala) {
    if (t.batasBawah === null || capaian.gte(t.batasBawah)) return t.label;
  }
  throw new GalatLkip(
    'SKALA_TIDAK_VALID',
    'capaian',
    capaian.toString(),
    'di bawah batas terendah skala dan skala tidak memiliki tingkat "di bawahnya".',
  );
}
