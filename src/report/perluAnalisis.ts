/**
 * Whether the analysis module (./analisis, loaded on demand) is needed: small and separate, so asking does not
 * load it.
 */
import type { HasilLaporan } from './hitung/jenis';
import type { MasukanLaporan } from './kontrak';

/** A workbook's input needs the module when it has one of the analysis names (issue 14). */
export const perluAnalisis = (m: MasukanLaporan): boolean =>
  m.adaSasaran || m.adaStandarNasional || m.adaAnggaranIndikator || m.tahunRiwayat.length > 0;

/** A computed report has analysis tables to draw. */
export const adaTabelAnalisis = (h: HasilLaporan): boolean => h.sasaran.length > 0 || h.tahunRiwayat.length > 0 || h.adaEfisiensi;
