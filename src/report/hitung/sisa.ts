/**
 * The Renstra gap beside "Capaian thd Target Akhir" (PermenPANRB 53/2014 BAB III item 3, issue 14). Kept apart from
 * ./analisis (loaded on demand): the capaian table needs it for every workbook with LKIP_Target_Akhir.
 */
import { Desimal, formatTerbit, terbitkan, type Polaritas, type Target } from '../../core';

// ---- Renstra end target --------------------------------------------------------------------

/**
 * What is still to close to the end target: target − realisasi (positif) or realisasi − target (otherwise), never
 * below 0 (0 = reached). Null for a blank, NA or range end target, or without realisasi.
 */
export function sisaTargetAkhir(
  target: Target,
  realisasi: Desimal | null,
  polaritas: Polaritas,
): { sisa: Desimal | null; langkah: string | null } {
  if (target.jenis !== 'tunggal' || !realisasi) return { sisa: null, langkah: null };
  const t = terbitkan(target.nilai);
  const [a, b] = polaritas === 'positif' ? [t, realisasi] : [realisasi, t];
  const selisih = a.minus(b);
  if (!selisih.isPositive() || selisih.isZero()) {
    return { sisa: new Desimal(0), langkah: 'sisa menuju target akhir: 0 (sudah tercapai)' };
  }
  return {
    sisa: selisih,
    langkah: `sisa menuju target akhir: ${formatTerbit(a)} − ${formatTerbit(b)} = ${formatTerbit(selisih)}`,
  };
}
