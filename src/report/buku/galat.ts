/**
 * The one error type of the workbook port. Both adapters throw it for everything the report or the
 * pane can meet while reading or writing a workbook (a sheet that is the user's, a name Excel would
 * refuse, a model that cannot be written as it is), so callers tell the cases apart by `kode` and show
 * `message`, which is Indonesian and names the sheet, name or cell concerned. Problems with a file as a
 * whole (not found, not an .xlsx) are the command line's GalatBerkas (src/cli/galatBerkas.ts).
 */

export type KodeGalatPort =
  | 'LEMBAR_MILIK_PENGGUNA' // a sheet of that name exists that the add-in did not create
  | 'LEMBAR_TIDAK_ADA' // the sheet asked for does not exist
  | 'NAMA_LEMBAR_TIDAK_VALID' // a sheet name Excel does not accept
  | 'NAMA_TIDAK_VALID' // a defined name Excel does not accept
  | 'ALAMAT_TIDAK_VALID' // an address that is not an A1 cell or range
  | 'MODEL_TIDAK_VALID' // a sheet model that cannot be written as it is (ragged rows, NaN, ...)
  | 'PENGATURAN_GAGAL'; // the pane's options could not be saved with the document (Office.js only)

export class GalatPort extends Error {
  readonly kode: KodeGalatPort;

  constructor(kode: KodeGalatPort, pesan: string) {
    super(pesan);
    this.name = 'GalatPort';
    this.kode = kode;
  }
}

export function adalahGalatPort(e: unknown): e is GalatPort {
  return e instanceof GalatPort;
}

/** LEMBAR_TIDAK_ADA: the sheet is missing (while defining `nama` on it, when given). */
export function galatLembarTidakAda(lembar: string, nama?: string): GalatPort {
  const pesan =
    nama === undefined
      ? `Lembar "${lembar}" tidak ada di buku kerja.`
      : `Nama "${nama}" tidak ditetapkan: lembar "${lembar}" tidak ada di buku kerja.`;
  return new GalatPort('LEMBAR_TIDAK_ADA', pesan);
}

/** ALAMAT_TIDAK_VALID: `alamat` is not an A1 cell or range (while defining `nama`). */
export function galatAlamatTidakValid(alamat: string, nama: string): GalatPort {
  return new GalatPort(
    'ALAMAT_TIDAK_VALID',
    `Nama "${nama}" tidak ditetapkan: alamat "${alamat}" bukan sel atau rentang A1 (misalnya C5 atau $C$5:$C$15).`,
  );
}

/** LEMBAR_MILIK_PENGGUNA: a sheet of the model's name exists that the add-in did not create. */
export function galatLembarMilikPengguna(lembar: string): GalatPort {
  return new GalatPort(
    'LEMBAR_MILIK_PENGGUNA',
    `Lembar "${lembar}" sudah ada dan tidak dibuat oleh LKIP Kinerja; tidak ada yang ditulis. ` +
      'Ganti nama lembar itu, atau setujui penggantiannya.',
  );
}
