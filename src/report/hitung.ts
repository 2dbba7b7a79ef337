/**
 * The computation of the report: `hitungLaporan`, the one entry from the contract's input (MasukanLaporan) to
 * the report's figures and findings (HasilLaporan), daily price groups included. Every figure comes from the
 * core (capaian, kategori, price rise, serapan, rata-rata, daily price averages and KV); the files under
 * ./hitung/ only wire inputs to it, keep where each figure came from, and run the Verifikasi checks (see
 * ./periksa for the IDs and messages):
 *
 *   hitung/laporan.ts    the composition (rakitLaporan): price groups → indicators → budget → findings
 *   hitung/harga.ts      a typed price list, a daily group as a price group, the combined price rise
 *   hitung/grupHarian.ts the daily price groups: read in chunks by the core's collector, then computed
 *   hitung/indikator.ts  one indicator, step by step
 *   hitung/anggaran.ts   a budget table
 *   hitung/sel.ts        reading one input cell
 *   hitung/jenis.ts      the result types
 *
 * A daily price group (LKIP_HargaHarian_<Grup>) becomes a price group exactly like a typed list: its rows are the
 * commodities with the annual averages as "Tahun n−1" / "Tahun n", its mean is the core's group mean, and it takes
 * part in the combined figure and the price-rise indicator like any list.
 */
import { MODUL_ANALISIS } from './analisis';
import type { MasukanLaporan } from './kontrak';
import { hitungSemuaGrupHarian, type HitunganHargaHarian } from './hitung/grupHarian';
import type { HasilLaporan } from './hitung/jenis';
import { rakitLaporan, type KemajuanHitung } from './hitung/laporan';

export * from './hitung/jenis';
export { kategoriDanPeringkat } from './hitung/sel';

export interface OpsiHitung {
  /**
   * The daily price groups already read and computed (jalankanLaporan reads them chunk by chunk, with progress);
   * without it they are read and computed here, at once.
   */
  readonly hargaHarian?: readonly HitunganHargaHarian[];
  /** Progress of the computation: steps done of total (one per daily group, one for the rest). */
  readonly kemajuan?: KemajuanHitung;
}

/** Compute the whole report from the contract's input, daily prices included. Pure; same input → deep-equal result. */
export function hitungLaporan(masukan: MasukanLaporan, opsi: OpsiHitung = {}): HasilLaporan {
  return rakitLaporan(masukan, opsi.hargaHarian ?? hitungSemuaGrupHarian(masukan), opsi.kemajuan, MODUL_ANALISIS);
}
