/**
 * Serapan anggaran (budget absorption): realisasi / pagu × 100, per row and for the total
 * (sum of realisasi / sum of pagu). A pagu of 0 is "tidak ada pagu", never a division by zero.
 */
import { angkaWajibDari, bacaAngka, formatTerbit, type AngkaTerbaca, type NilaiMasukan } from './angka';
import { Desimal, NOL, jumlahkan, persenDari, terbitkan } from './desimal';
import { GalatLkip } from './galat';

export type HasilSerapan =
  | {
      readonly status: 'ada_pagu';
      readonly pagu: Desimal;
      readonly realisasi: Desimal;
      readonly nilai: Desimal;
      readonly derivasi: string;
    }
  | { readonly status: 'tidak_ada_pagu'; readonly pagu: Desimal; readonly realisasi: Desimal; readonly derivasi: string };

/** A budget amount: a number ≥ 0; "-" and empty count as 0 (the document writes "-" and "0,-"). */
export function bacaRupiah(masukan: NilaiMasukan, argumen: string): Desimal {
  return rupiahDari(bacaAngka(masukan, argumen), masukan, argumen);
}

/** bacaRupiah for a value already read by bacaAngka (`masukan` is the value as given, for the message). */
export function rupiahDari(terbaca: AngkaTerbaca, masukan: NilaiMasukan, argumen: string): Desimal {
  if (terbaca.jenis === 'kosong' || terbaca.jenis === 'strip') return NOL;
  const nilai = angkaWajibDari(terbaca, masukan, argumen);
  if (nilai.isNegative()) throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'nilai anggaran tidak boleh negatif.');
  return nilai;
}

export function serapan(paguMasukan: NilaiMasukan, realisasiMasukan: NilaiMasukan): HasilSerapan {
  return serapanDari(bacaRupiah(paguMasukan, 'pagu'), bacaRupiah(realisasiMasukan, 'realisasi'));
}

/** serapan for amounts already read by bacaRupiah / rupiahDari (not read again). */
export function serapanDari(pagu: Desimal, realisasi: Desimal): HasilSerapan {
  if (pagu.isZero()) {
    return { status: 'tidak_ada_pagu', pagu, realisasi, derivasi: 'pagu 0 → tidak ada pagu' };
  }
  const nilai = terbitkan(persenDari(realisasi, pagu));
  return {
    status: 'ada_pagu',
    pagu,
    realisasi,
    nilai,
    derivasi: `${formatTerbit(realisasi)} / ${formatTerbit(pagu)} × 100% = ${formatTerbit(nilai)}%`,
  };
}

/** Total of a budget table: Σ realisasi / Σ pagu × 100 (Tabel 3.22 → 97,32). */
export function serapanTotal(baris: readonly { readonly pagu: Desimal; readonly realisasi: Desimal }[]): HasilSerapan {
  return serapanDari(jumlahkan(baris.map((b) => b.pagu)), jumlahkan(baris.map((b) => b.realisasi)));
}
