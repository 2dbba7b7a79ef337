/**
 * Progress of a run, in one closed list of stages. The ports report their reading and writing, the
 * engine the stages in between; the task pane and the command line show each stage by its label. A
 * new stage is added here, in TAHAP and LABEL_TAHAP, and the compiler then asks every place that names
 * stages (the pane's English labels, for one) to name it too.
 *
 *   membaca               the port reads the LKIP_ names (blocks of rows, PortBukuKerja.bacaNamaLkip)
 *   membaca harga harian  the engine hands the daily price rows to the core, chunk by chunk
 *   menghitung            one step per daily price group and one for the rest of the report
 *   menyusun laporan      the three sheet models
 *   menulis               the port writes a sheet (blocks of rows, PortBukuKerja.tulisLembar)
 */

/** The stages by role, for the code that reports them. */
export const TAHAP = Object.freeze({
  membaca: 'membaca',
  bacaHargaHarian: 'membaca harga harian',
  menghitung: 'menghitung',
  menyusun: 'menyusun laporan',
  menulis: 'menulis',
} as const);

/** A stage of a run: one of TAHAP's values. */
export type TahapKemajuan = (typeof TAHAP)[keyof typeof TAHAP];

/** Every stage, in the order a run passes through them. */
export const URUTAN_TAHAP: readonly TahapKemajuan[] = Object.freeze([
  TAHAP.membaca,
  TAHAP.bacaHargaHarian,
  TAHAP.menghitung,
  TAHAP.menyusun,
  TAHAP.menulis,
]);

/** How a stage is shown in Indonesian (the task pane and the command line). */
export const LABEL_TAHAP: Readonly<Record<TahapKemajuan, string>> = Object.freeze({
  membaca: 'Membaca',
  'membaca harga harian': 'Membaca harga harian',
  menghitung: 'Menghitung',
  'menyusun laporan': 'Menyusun laporan',
  menulis: 'Menulis',
});

/** Progress of long work: `selesai` chunks of `total` done in stage `tahap`. */
export type LaporKemajuan = (tahap: TahapKemajuan, selesai: number, total: number) => void;
