/**
 * The analysis tables of issue 14 (PermenPANRB 53/2014 BAB III, docs/analisis.md) as one module that the engine
 * loads on demand: jalankanLaporan imports it (a separate webpack chunk, "analisis") only for a workbook that has
 * LKIP_Sasaran, LKIP_Realisasi_<tahun>, LKIP_Standar_Nasional, LKIP_Pagu or LKIP_Realisasi_Anggaran, so the task
 * pane's first download does not grow; hitungLaporan (../hitung) imports it directly.
 *
 * It holds the computation filled into the indicators (./hitung/analisis), the capaian per sasaran
 * (./hitung/sasaran) and the three tables drawn from them (./tabel/sasaran, riwayat, efisiensi).
 */
import { SKALA_EFISIENSI, type Skala } from '../core';
import { lengkapiAnalisis } from './hitung/analisis';
import { hitungSasaran } from './hitung/sasaran';
import { efisiensiJson, hitungJumlahEfisiensi, ringkasSasaran, sasaranJson } from './ringkasanAnalisis';
import { tabelEfisiensi } from './tabel/efisiensi';
import { kolomRiwayat, tabelRiwayat } from './tabel/riwayat';
import { tabelSasaran } from './tabel/sasaran';

/** The efficiency scale: LKIP_Skala_Efisiensi, or the core's default (Efisien ≥ 100). */
const skalaEfisiensi = (s: Skala | null): Skala => s ?? SKALA_EFISIENSI;

export const MODUL_ANALISIS = Object.freeze({
  skalaEfisiensi,
  lengkapiAnalisis,
  hitungSasaran,
  tabelSasaran,
  tabelRiwayat,
  tabelEfisiensi,
  kolomRiwayat,
  ringkasSasaran,
  sasaranJson,
  efisiensiJson,
  hitungJumlahEfisiensi,
});

export type ModulAnalisis = typeof MODUL_ANALISIS;
