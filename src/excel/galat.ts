/**
 * Typed errors of the Office.js adapter. Messages are in Indonesian and name the sheet, name or cell
 * concerned, so the task pane can show them as they are.
 */

export type KodeGalatExcel =
  | 'LEMBAR_MILIK_PENGGUNA' // a sheet of that name exists that the add-in did not create
  | 'LEMBAR_TIDAK_ADA' // the sheet asked for does not exist
  | 'NAMA_LEMBAR_TIDAK_VALID' // a sheet name Excel does not accept
  | 'NAMA_TIDAK_VALID' // a defined name Excel does not accept
  | 'MODEL_TIDAK_VALID' // a sheet model that cannot be written as it is (ragged rows, NaN, ...)
  | 'PENGATURAN_GAGAL'; // document settings could not be saved

export class GalatExcel extends Error {
  readonly kode: KodeGalatExcel;

  constructor(kode: KodeGalatExcel, pesan: string) {
    super(pesan);
    this.name = 'GalatExcel';
    this.kode = kode;
  }
}

export function adalahGalatExcel(e: unknown): e is GalatExcel {
  return e instanceof GalatExcel;
}
