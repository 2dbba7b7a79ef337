/**
 * Rules this adapter must agree on with the other two (src/cli/portXlsx.ts, src/excel/portExcel.ts), written
 * here ONCE MORE only until issue 13 gives them one home in src/report: sheet-model validation, sheet and
 * defined-name rules, name comparison, the ownership marker. Same rules, same messages as portXlsx.ts; when the
 * shared module lands, this file is replaced by imports from it.
 *
 * Ownership marker: the ExcelJS adapter and the Office.js adapter mark a sheet with a hidden workbook name
 * `_LKIP_LEMBAR_<n>` over the whole sheet ('Laporan LKIP'!$1:$1048576 or $A$1:$XFD$1048576). Tools that drop
 * names over whole rows or columns (ExcelJS does) lose it, and the sheet reads as the user's. This adapter
 * writes the marker as a single cell ('Laporan LKIP'!$A$1), which such tools keep, and recognises any
 * reference to the sheet (old and new markers alike). Like a whole-sheet reference, it points at the sheet
 * itself: a renamed sheet keeps its marker, a deleted one leaves #REF! (dropped on the next write), and a user's
 * new sheet of the same name is never taken for ours. (A document property naming the sheet would not: it
 * would claim a sheet the user re-created under the old name. So there is none.)
 */
import { AWALAN_PENANDA_LEMBAR } from '../../report/port';
import { kutipLembar, type ModelLembar } from '../../report/lembar';

/** Excel's limit on sheet names, and the characters it refuses. */
const NAMA_LEMBAR_SAH = /^[^[\]:*?/\\]{1,31}$/;
const POLA_NAMA_EXCEL = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
export const AWALAN_NAMA_LKIP = /^LKIP_/i;
/** Comment of the marker name in Excel's Name Manager (same text as the other adapters). */
export const KOMENTAR_PENANDA = 'LKIP Kinerja: penanda lembar buatan add-in (jangan dihapus).';

/** Sheet and defined-name comparison as Excel does it: case-insensitive. */
export function samaNama(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0 || a.toLowerCase() === b.toLowerCase();
}

export function adalahNamaPenanda(nama: string): boolean {
  return nama.toUpperCase().startsWith(AWALAN_PENANDA_LEMBAR.toUpperCase());
}

/** The reference a new marker gets: the sheet's first cell. */
export function rujukanPenanda(namaLembar: string): string {
  return `${kutipLembar(namaLembar)}!$A$1`;
}

/** `_LKIP_LEMBAR_<n>` with the smallest n not in use. */
export function namaPenandaBaru(dipakai: readonly string[]): string {
  const ada = new Set(dipakai.map((n) => n.toUpperCase()));
  for (let i = 1; ; i++) {
    const kandidat = `${AWALAN_PENANDA_LEMBAR}${i}`;
    if (!ada.has(kandidat.toUpperCase())) return kandidat;
  }
}

/** A name Excel accepts for a defined name (and not a cell address). */
export function periksaNamaExcel(nama: string): void {
  if (!POLA_NAMA_EXCEL.test(nama) || /^[A-Za-z]{1,3}\d+$/.test(nama) || /^[rc]$/i.test(nama)) {
    throw new Error(`Nama "${nama}" tidak sah untuk Excel (huruf, angka, titik, garis bawah; bukan alamat sel).`);
  }
}

export function periksaModel(model: ModelLembar): void {
  if (!NAMA_LEMBAR_SAH.test(model.nama) || model.nama.startsWith("'") || model.nama.endsWith("'")) {
    throw new Error(`Nama lembar "${model.nama}" tidak sah untuk Excel (1–31 karakter, tanpa [ ] : * ? / \\).`);
  }
  const lebar = model.nilai[0]?.length ?? 0;
  const tinggiBaris = model.tinggiBaris ?? [];
  if (tinggiBaris.length > model.nilai.length) {
    throw new Error(
      `Model lembar "${model.nama}": tinggiBaris ${tinggiBaris.length} baris, nilai hanya ${model.nilai.length} baris.`,
    );
  }
  tinggiBaris.forEach((t, r) => {
    if (t !== null && !(Number.isFinite(t) && t >= 0 && t <= 409)) {
      throw new Error(`Model lembar "${model.nama}": tinggi baris ${r + 1} = ${t} di luar 0–409 poin.`);
    }
  });
  model.nilai.forEach((baris, r) => {
    if (baris.length !== lebar) throw new Error(`Model lembar "${model.nama}": baris ${r + 1} tidak sama panjang.`);
    for (const v of baris) {
      if (typeof v === 'number' && !Number.isFinite(v)) {
        throw new Error(`Model lembar "${model.nama}": baris ${r + 1} berisi angka tidak terhingga.`);
      }
    }
  });
}
