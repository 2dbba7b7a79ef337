/**
 * A problem with a file as a whole (not found, not an .xlsx, damaged, the output not writable), with an
 * Indonesian message naming the file. What goes wrong inside a workbook the port can read is a GalatPort
 * (src/report/buku/galat.ts); the runner maps both to its exit codes.
 */

export type KodeGalatBerkas =
  | 'TIDAK_ADA' // file not found
  | 'BUKAN_XLSX' // wrong extension or not an Office Open XML package
  | 'TIDAK_TERBACA' // a package that cannot be read (damaged, a pipe or device, a sheet too large)
  | 'GAGAL_MENULIS'; // writing the output failed

export class GalatBerkas extends Error {
  constructor(
    readonly kode: KodeGalatBerkas,
    readonly berkas: string,
    alasan: string,
    /** `cause`: the error behind it (its English original), printed only with LKIP_DEBUG=1. */
    opsi?: { cause?: unknown },
  ) {
    super(`${berkas}: ${alasan}`, opsi);
    this.name = 'GalatBerkas';
  }
}
