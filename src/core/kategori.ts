/**
 * Kategori: a scale is an ordered list of lower bounds with labels, inclusive at the bound
 * (X ≥ 85 → Sangat Berhasil). The last level may have no bound: everything below.
 */
import { bacaAngka, formatTerbit } from './angka';
import { Desimal } from './desimal';
import { GalatLkip } from './galat';
import { bacaPilihan, kunciAlfanumerik, type Pilihan } from './opsi';

export interface TingkatSkala {
  /** Inclusive lower bound in percentage points; null = everything below the previous level. */
  readonly ambangBawah: Desimal | null;
  readonly label: string;
}

/** Sorted from the highest bound down; at most one level without a bound, and it is the last. */
export type Skala = readonly TingkatSkala[];

const tingkat = (ambangBawah: number | null, label: string): TingkatSkala => ({
  ambangBawah: ambangBawah === null ? null : new Desimal(ambangBawah),
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

/** The preset names, compared without case, spaces or punctuation ("Tabel 3.1", "LIMA TINGKAT", 5); empty → Tabel 3.1. */
export const PILIHAN_SKALA: Pilihan<Skala> = Object.freeze({
  kamus: Object.freeze({
    tabel31: SKALA_TABEL_3_1,
    standar: SKALA_TABEL_3_1,
    baku: SKALA_TABEL_3_1,
    bawaan: SKALA_TABEL_3_1,
    empattingkat: SKALA_TABEL_3_1,
    '4': SKALA_TABEL_3_1,
    empat: SKALA_TABEL_3_1,
    limatingkat: SKALA_LIMA_TINGKAT,
    lima: SKALA_LIMA_TINGKAT,
    '5': SKALA_LIMA_TINGKAT,
  }),
  bawaan: SKALA_TABEL_3_1,
  kunci: kunciAlfanumerik,
  saran: 'skala tidak dikenal; pilih "tabel-3.1" (bawaan), "lima-tingkat", atau rentang 2 kolom (batas bawah, label).',
});

/** A preset by name ("tabel-3.1", "standar", "4", "lima-tingkat", "5"); empty → Tabel 3.1. */
export function presetSkala(nama: unknown, argumen = 'skala'): Skala {
  return bacaPilihan(nama, argumen, PILIHAN_SKALA);
}

/** The preset name of a scale ("tabel-3.1"), or null for a scale that is no preset. */
export function namaPresetSkala(skala: Skala): NamaPresetSkala | null {
  for (const [nama, preset] of Object.entries(PRESET_SKALA)) if (preset === skala) return nama as NamaPresetSkala;
  return null;
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
    if (terbaca.jenis === 'angka') tingkatan.push({ ambangBawah: terbaca.nilai, label: labelTeks });
    else if (terbaca.jenis === 'kosong' || terbaca.jenis === 'strip') tingkatan.push({ ambangBawah: null, label: labelTeks });
    else throw new GalatLkip('SKALA_TIDAK_VALID', `${lokasi} (batas bawah)`, batas, 'batas bawah harus angka atau kosong.');
  });
  if (tingkatan.length === 0) throw new GalatLkip('SKALA_TIDAK_VALID', argumen, '', 'skala tidak memiliki tingkat apa pun.');
  const terbuka = tingkatan.filter((t) => t.ambangBawah === null);
  if (terbuka.length > 1)
    throw new GalatLkip(
      'SKALA_TIDAK_VALID',
      argumen,
      terbuka.map((t) => t.label).join(', '),
      'hanya satu tingkat boleh tanpa batas bawah.',
    );
  const berbatas = tingkatan.filter((t) => t.ambangBawah !== null).sort((a, b) => b.ambangBawah!.comparedTo(a.ambangBawah!));
  for (let i = 1; i < berbatas.length; i++) {
    if (berbatas[i]!.ambangBawah!.eq(berbatas[i - 1]!.ambangBawah!)) {
      throw new GalatLkip(
        'SKALA_TIDAK_VALID',
        argumen,
        berbatas[i]!.ambangBawah!.toString(),
        'batas bawah yang sama muncul dua kali.',
      );
    }
  }
  return Object.freeze([...berbatas, ...terbuka]);
}

/** The category label of a capaian. Throws when the capaian is below the lowest bound of a scale with no open level. */
export function kategori(capaian: Desimal, skala: Skala = SKALA_TABEL_3_1, argumen = 'capaian'): string {
  for (const t of skala) {
    if (t.ambangBawah === null || capaian.gte(t.ambangBawah)) return t.label;
  }
  throw new GalatLkip(
    'SKALA_TIDAK_VALID',
    argumen,
    capaian.toString(),
    'di bawah batas terendah skala dan skala tidak memiliki tingkat "di bawahnya".',
  );
}

/** Each level's range as the document prints Tabel 3.1: "X ≥ 85%", "75% ≤ X < 85%", …, "X < 55%". */
export function teksRentangSkala(skala: Skala): string[] {
  const persen = (d: Desimal) => `${formatTerbit(d)}%`;
  return skala.map((t, i) => {
    const atas = i > 0 ? skala[i - 1]!.ambangBawah : null;
    if (t.ambangBawah === null) return atas === null ? 'semua X' : `X < ${persen(atas)}`;
    return atas === null ? `X ≥ ${persen(t.ambangBawah)}` : `${persen(t.ambangBawah)} ≤ X < ${persen(atas)}`;
  });
}
