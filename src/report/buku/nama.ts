/**
 * Names in a workbook, as both adapters must treat them: which sheet names and defined names Excel
 * accepts, which defined names are the report's inputs (LKIP_…), and the hidden marker names that say
 * "the add-in made this sheet" (_LKIP_LEMBAR_<n>).
 *
 * The marker is how the add-in knows a sheet is its own to replace: a workbook-scoped, hidden name
 * referring to one cell of the sheet ('Laporan LKIP'!$A$1, rujukanPenanda). The reference follows the sheet
 * through a rename; a marker whose sheet was deleted reads #REF! and is removed at the next write. Any
 * reference to the sheet marks it, so the older whole-sheet form ('Laporan LKIP'!$1:$1048576) is still read.
 * One cell and not the whole sheet because tools that rewrite a workbook drop names that cover whole rows
 * or columns (ExcelJS does), and a reviewer's notes must round-trip through them without --timpa. Either
 * adapter recognises the other's markers, so a workbook can move between Excel and the command line.
 */
import { kutipLembar } from './alamat';
import { GalatPort } from './galat';

/** Prefix of the workbook-scoped names the report reads, in any case ("LKIP_Target", "lkip_target"). */
export const AWALAN_NAMA_LKIP = 'LKIP_';

/** Prefix of the hidden workbook names that mark the add-in's own sheets: _LKIP_LEMBAR_<n>. */
export const AWALAN_PENANDA_LEMBAR = '_LKIP_LEMBAR_';

/** The cell a new marker refers to (A1 holds the sheet's title and is never empty). */
export const SEL_PENANDA = '$A$1';

/** A new marker's reference: 'Laporan LKIP'!$A$1. */
export function rujukanPenanda(namaLembar: string): string {
  return `${kutipLembar(namaLembar)}!${SEL_PENANDA}`;
}

/** Comment of a marker name, shown in Excel's Name Manager. */
export const KOMENTAR_PENANDA = 'LKIP Kinerja: penanda lembar buatan add-in (jangan dihapus).';

/** Longest sheet name Excel accepts. */
export const PANJANG_NAMA_LEMBAR_MAKS = 31;
/** Longest defined name Excel accepts. */
export const PANJANG_NAMA_RENTANG_MAKS = 255;

/** A report input name: starts with LKIP_ in any case. */
export function adalahNamaLkip(nama: string): boolean {
  return nama.toUpperCase().startsWith(AWALAN_NAMA_LKIP);
}

/** A marker name: starts with _LKIP_LEMBAR_ in any case. */
export function adalahNamaPenanda(nama: string): boolean {
  return nama.toUpperCase().startsWith(AWALAN_PENANDA_LEMBAR);
}

/** The first _LKIP_LEMBAR_<n> (n = 1, 2, …) that no existing name takes (names compare case-blind). */
export function namaPenandaBaru(namaTerpakai: Iterable<string>): string {
  const terpakai = new Set([...namaTerpakai].map((n) => n.toUpperCase()));
  let n = 1;
  while (terpakai.has(`${AWALAN_PENANDA_LEMBAR}${n}`)) n++;
  return `${AWALAN_PENANDA_LEMBAR}${n}`;
}

/** Sheet names Excel accepts: 1-31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function namaLembarSah(nama: string): boolean {
  return (
    nama.length >= 1 &&
    nama.length <= PANJANG_NAMA_LEMBAR_MAKS &&
    !/[:\\/?*[\]]/.test(nama) &&
    !nama.startsWith("'") &&
    !nama.endsWith("'")
  );
}

/** Throws NAMA_LEMBAR_TIDAK_VALID for a sheet name Excel would refuse. */
export function periksaNamaLembar(nama: string): void {
  if (namaLembarSah(nama)) return;
  throw new GalatPort(
    'NAMA_LEMBAR_TIDAK_VALID',
    `Nama lembar "${nama}" tidak sah untuk Excel: 1-${PANJANG_NAMA_LEMBAR_MAKS} karakter, tanpa : \\ / ? * [ ], ` +
      "tidak diawali atau diakhiri tanda kutip (').",
  );
}

/**
 * Defined names Excel accepts: a letter, "_" or "\" first, then letters, digits, "_", "." or "\", at most
 * 255 characters, and nothing Excel would read as a cell (C5, AB12) or as R1C1's R or C.
 */
export function namaRentangSah(nama: string): boolean {
  return (
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(nama) &&
    nama.length <= PANJANG_NAMA_RENTANG_MAKS &&
    !/^[A-Za-z]{1,3}\d+$/.test(nama) &&
    !/^[rc]$/i.test(nama)
  );
}

/** Throws NAMA_TIDAK_VALID for a defined name Excel would refuse. */
export function periksaNamaRentang(nama: string): void {
  if (namaRentangSah(nama)) return;
  throw new GalatPort(
    'NAMA_TIDAK_VALID',
    `Nama "${nama}" tidak sah untuk nama rentang Excel: diawali huruf atau garis bawah, berisi huruf, angka, titik ` +
      `atau garis bawah (paling banyak ${PANJANG_NAMA_RENTANG_MAKS} karakter), dan bukan alamat sel seperti C5.`,
  );
}
