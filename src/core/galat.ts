/**
 * Typed errors of the core. Every message is in Indonesian and names the argument and the value,
 * so whoever reads it (a cell, the task pane, the command line) knows what to fix.
 */

/** The message of anything thrown: an Error's message, else the value as text. */
export function pesanGalat(e: unknown): string {
  if (e instanceof Error && e.message.trim() !== '') return e.message;
  return String(e);
}

export type KodeGalat =
  | 'BUKAN_ANGKA' // text or value that is not a number
  | 'AMBIGU' // a number whose separators could mean two things
  | 'BUKAN_TANGGAL' // text or value that is not a date
  | 'KOSONG' // a required value is empty
  | 'PEMBAGI_NOL' // division by zero (target 0 with positive polarity, harga lalu 0, total 0)
  | 'TARGET_NA' // target NA with the policy "galat"
  | 'NILAI_DI_LUAR_BATAS' // a value outside its allowed domain (negative price, cap below 0)
  | 'ANGKA_TERLALU_BESAR' // a number beyond ±ANGKA_MAKS (1e15) or with too many digits (issue 17)
  | 'PILIHAN_TIDAK_DIKENAL' // unknown option (polaritas, skala, kebijakan)
  | 'SKALA_TIDAK_VALID'; // malformed category scale

export class GalatLkip extends Error {
  readonly kode: KodeGalat;
  /** The argument or field the error is about, e.g. "target", "harga_lalu", "LKIP_Target baris 3". */
  readonly argumen: string;
  /** The offending value as the user gave it (for display). */
  readonly nilai: string;

  constructor(kode: KodeGalat, argumen: string, nilai: unknown, alasan: string) {
    const tampil = tampilkanNilai(nilai);
    super(`${argumen} = ${tampil}: ${alasan}`);
    this.name = 'GalatLkip';
    this.kode = kode;
    this.argumen = argumen;
    this.nilai = tampil;
  }
}

/** Display a raw value for an error message: strings quoted, empty shown as (kosong). */
export function tampilkanNilai(nilai: unknown): string {
  if (nilai === null || nilai === undefined) return '(kosong)';
  if (typeof nilai === 'string')
    return nilai.trim() === '' ? '(kosong)' : `"${nilai.length > 60 ? nilai.slice(0, 57) + '…' : nilai}"`;
  if (typeof nilai === 'number') {
    if (Number.isNaN(nilai)) return 'NaN';
    if (!Number.isFinite(nilai)) return nilai > 0 ? '+tak hingga' : '−tak hingga';
    return String(nilai);
  }
  if (typeof nilai === 'boolean') return nilai ? 'TRUE' : 'FALSE';
  if (typeof nilai === 'object' && nilai !== null && 'toFixed' in nilai) return String(nilai);
  return Object.prototype.toString.call(nilai);
}

export function adalahGalatLkip(e: unknown): e is GalatLkip {
  return e instanceof GalatLkip;
}
