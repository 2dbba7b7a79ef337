/**
 * Efisiensi penggunaan sumber daya (PermenPANRB 53/2014, BAB III): how much result each rupiah absorbed bought,
 * per indicator, as capaian ÷ serapan anggaran.
 *
 * - persen:  capaian / serapan × 100, published to 2 decimals  (BPKP prints it this way: 108,92 %)
 * - indeks:  capaian / serapan, to 3 decimals                   (BPOM PRKOM 2021: 99,92 / 94,00 → 1,063)
 * - tingkat: persen − 100 (above 0: the result outgrew the money used)
 * - kategori: "Efisien" at persen ≥ 100, else "Tidak Efisien"; any k×2 scale may replace it (see ./kategori).
 *
 * Chaining rule as for capaian: both inputs are published figures, rounded to their two decimals first.
 * A capaian that was not measured, a serapan that is empty or 0 gives "tidak dihitung" with the reason, never a
 * division by zero; a value that is not a number or is negative is a GalatLkip naming the argument.
 */
import { bacaAngka, formatTerbit, type NilaiMasukan } from './angka';
import { Desimal, SERATUS, terbitkan } from './desimal';
import { GalatLkip } from './galat';
import { kategori, type Skala } from './kategori';

export type KategoriEfisiensi = 'Efisien' | 'Tidak Efisien';

export type HasilEfisiensi =
  | {
      readonly status: 'dihitung';
      /** capaian ÷ serapan × 100, 2 decimals half-up (106,30). */
      readonly persen: Desimal;
      /** capaian ÷ serapan, 3 decimals half-up (1,063). */
      readonly indeks: Desimal;
      /** persen − 100 (6,30). */
      readonly tingkat: Desimal;
    }
  | { readonly status: 'tidak_dihitung'; /** Indonesian reason, e.g. "serapan anggaran 0". */ readonly alasan: string };

/** Decimals of the efficiency index (the ratio form): BPOM prints 1,063. */
export const DESIMAL_INDEKS_EFISIENSI = 3;

/** The default efficiency scale: ≥ 100 "Efisien", below "Tidak Efisien". */
export const SKALA_EFISIENSI: Skala = Object.freeze([
  { ambangBawah: new Desimal(100), label: 'Efisien' satisfies KategoriEfisiensi },
  { ambangBawah: null, label: 'Tidak Efisien' satisfies KategoriEfisiensi },
]);

type Terbaca = { readonly ada: true; readonly nilai: Desimal } | { readonly ada: false; readonly alasan: string };

/** A published percentage ≥ 0: empty, "-" or NA → absent with `kosong` as the reason; text, negative → GalatLkip. */
function bacaPersen(masukan: NilaiMasukan | null, argumen: string, kosong: string): Terbaca {
  const terbaca = bacaAngka(masukan, argumen);
  if (terbaca.jenis !== 'angka') return { ada: false, alasan: terbaca.jenis === 'NA' ? `${argumen} NA` : kosong };
  if (terbaca.nilai.isNegative()) throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, `${argumen} tidak boleh negatif.`);
  return { ada: true, nilai: terbitkan(terbaca.nilai) };
}

/** Efficiency of one indicator: capaian ÷ serapan. 99,92 and 94,00 → 106,30 % / indeks 1,063 / tingkat 6,30. */
export function hitungEfisiensi(capaian: NilaiMasukan | null, serapan: NilaiMasukan | null): HasilEfisiensi {
  return hitung(capaian, serapan).hasil;
}

/** "99,92 / 94 × 100% = 106,30%", in the document's derivation style; or the reason it was not computed. */
export function derivasiEfisiensi(capaian: NilaiMasukan | null, serapan: NilaiMasukan | null): string {
  const { hasil, dipakai } = hitung(capaian, serapan);
  if (hasil.status === 'tidak_dihitung') return `${hasil.alasan} → efisiensi tidak dihitung`;
  const [c, s] = dipakai!;
  return `${formatTerbit(c)} / ${formatTerbit(s)} × 100% = ${formatTerbit(hasil.persen)}%`;
}

function hitung(
  capaian: NilaiMasukan | null,
  serapan: NilaiMasukan | null,
): { hasil: HasilEfisiensi; dipakai?: readonly [Desimal, Desimal] } {
  const c = bacaPersen(capaian, 'capaian', 'capaian tidak diukur');
  const s = bacaPersen(serapan, 'serapan', 'serapan anggaran belum diisi');
  if (!c.ada) return { hasil: { status: 'tidak_dihitung', alasan: c.alasan } };
  if (!s.ada) return { hasil: { status: 'tidak_dihitung', alasan: s.alasan } };
  if (s.nilai.isZero())
    return { hasil: { status: 'tidak_dihitung', alasan: 'serapan anggaran 0: tidak ada anggaran yang terserap' } };
  const rasio = c.nilai.div(s.nilai);
  const persen = terbitkan(rasio.times(SERATUS));
  const hasil: HasilEfisiensi = {
    status: 'dihitung',
    persen,
    indeks: rasio.toDecimalPlaces(DESIMAL_INDEKS_EFISIENSI, Desimal.ROUND_HALF_UP),
    tingkat: persen.minus(SERATUS),
  };
  return { hasil, dipakai: [c.nilai, s.nilai] };
}

/** The efficiency category of a published percentage: default ≥ 100 "Efisien", else "Tidak Efisien"; or by `skala`. */
export function kategoriEfisiensi(persen: Desimal, skala: Skala = SKALA_EFISIENSI): string {
  return kategori(persen, skala, 'efisiensi');
}
