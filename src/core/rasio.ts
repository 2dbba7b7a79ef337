/**
 * Realisations computed from counts: growth and part-of-total, as the document derives them
 * ("(7 − 6) / 6 × 100% = 16,67%", "39 / 88 × 100% = 44,32%"). Results are published (2 decimals).
 */
import { angkaWajib, formatTerbit, type NilaiMasukan } from './angka';
import { Desimal, persenDari, terbitkan } from './desimal';
import { GalatLkip } from './galat';

export interface HasilRasio {
  /** Published value (2 decimals). */
  readonly nilai: Desimal;
  readonly derivasi: string;
}

/** Pertumbuhan: (n − (n−1)) / (n−1) × 100. 7 vs 6 → 16,67; 1.593 vs 1.576 → 1,08. */
export function pertumbuhan(nilaiKini: NilaiMasukan, nilaiLalu: NilaiMasukan): HasilRasio {
  const kini = angkaWajib(nilaiKini, 'nilai_kini');
  const lalu = angkaWajib(nilaiLalu, 'nilai_lalu');
  if (lalu.isZero())
    throw new GalatLkip('PEMBAGI_NOL', 'nilai_lalu', nilaiLalu, 'nilai tahun lalu 0: pertumbuhan tidak dapat dihitung.');
  if (lalu.isNegative())
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', 'nilai_lalu', nilaiLalu, 'nilai tahun lalu negatif: pertumbuhan tidak bermakna.');
  const nilai = terbitkan(persenDari(kini.minus(lalu), lalu));
  return {
    nilai,
    derivasi: `(${formatTerbit(kini)} − ${formatTerbit(lalu)}) / ${formatTerbit(lalu)} × 100% = ${formatTerbit(nilai)}%`,
  };
}

/** Persentase: bagian / total × 100. 39 / 88 → 44,32. */
export function persentase(bagianMasukan: NilaiMasukan, totalMasukan: NilaiMasukan): HasilRasio {
  const bagian = angkaWajib(bagianMasukan, 'bagian');
  const total = angkaWajib(totalMasukan, 'total');
  if (total.isZero()) throw new GalatLkip('PEMBAGI_NOL', 'total', totalMasukan, 'total 0: persentase tidak dapat dihitung.');
  if (total.isNegative()) throw new GalatLkip('NILAI_DI_LUAR_BATAS', 'total', totalMasukan, 'total tidak boleh negatif.');
  const nilai = terbitkan(persenDari(bagian, total));
  return { nilai, derivasi: `${formatTerbit(bagian)} / ${formatTerbit(total)} × 100% = ${formatTerbit(nilai)}%` };
}
