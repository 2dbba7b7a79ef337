/**
 * The sheet model: what the report engine produces and both workbook adapters (Office.js and
 * .xlsx) write, cell for cell. Pure data; no I/O. Coordinates are zero-based (row 0, col 0 = A1);
 * A1 addresses are written and read in buku/alamat.ts, and a model is checked before any adapter
 * writes it by buku/periksaModel.ts.
 */

/** A cell value as written: numbers and text only, never a formula. */
export type NilaiSel = string | number | boolean | null;

export interface Rentang {
  readonly baris: number;
  readonly kolom: number;
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
}

export interface GayaSel {
  readonly tebal?: boolean;
  readonly miring?: boolean;
  /** Fill colour, hex without '#', e.g. 'D9E1F2'. */
  readonly isi?: string;
  /** Font colour, hex without '#'. */
  readonly warnaTeks?: string;
  readonly ukuranHuruf?: number;
  readonly bungkus?: boolean;
  readonly rata?: 'kiri' | 'tengah' | 'kanan';
  readonly rataVertikal?: 'atas' | 'tengah' | 'bawah';
  /** Thin borders around and inside every cell of the range. */
  readonly garis?: boolean;
}

export interface ModelLembar {
  /** Sheet name, e.g. "Laporan LKIP". */
  readonly nama: string;
  /** Rectangular grid of values from A1 (every row the same length). */
  readonly nilai: readonly (readonly NilaiSel[])[];
  /**
   * Only for input sheets the add-in creates (the bundled example): same shape as nilai, a formula
   * such as "=39/88*100" or null. Report sheets never carry formulas (reviewers have no add-in).
   */
  readonly rumus?: readonly (readonly (string | null)[])[];
  /** Same shape as nilai: Excel number format per cell, or null for General. Text cells get '@'. */
  readonly formatAngka: readonly (readonly (string | null)[])[];
  /** Styles by rectangle (applied in order), never per cell, so writes stay few and small. */
  readonly gaya: readonly { readonly rentang: Rentang; readonly gaya: GayaSel }[];
  readonly gabungan: readonly Rentang[];
  /** Column widths in characters (Excel's unit); index = column. */
  readonly lebarKolom: readonly number[];
  /**
   * Row heights in points (0-409, Excel's limit), index = row; null or a missing entry = no height set
   * (the application's default). Set where wrapped text needs more than one line: Excel does not
   * autofit rows for merged cells, and LibreOffice opens an .xlsx row that states no height at the
   * default 15 pt even when its wrapped text needs more, so the text would overlap the next rows.
   * PenyusunLembar estimates it from the content (tinggiBarisDariIsi); both adapters write it as given.
   */
  readonly tinggiBaris?: readonly (number | null)[];
  /** Rows frozen at the top (0 = none). */
  readonly bekukanBaris: number;
  /** Cell notes (comments) with derivations. */
  readonly catatan: readonly { readonly baris: number; readonly kolom: number; readonly teks: string }[];
  /** When set, the sheet is protected without a password, except these ranges (reviewer columns). */
  readonly proteksi?: { readonly dapatDiedit: readonly Rentang[] };
}

/** Excel would read text starting with these characters as a formula. */
const AWALAN_RUMUS = /^[=+\-@]/;

/** True when a text value must be written so that Excel keeps it as text (never a formula). */
export function teksMiripRumus(nilai: NilaiSel): nilai is string {
  return typeof nilai === 'string' && AWALAN_RUMUS.test(nilai);
}
