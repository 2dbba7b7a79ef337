/**
 * Cell-level conversions between the sheet model (src/report/lembar.ts) and what Office.js sends and
 * returns. Pure functions, no Office.js calls, so they are tested directly.
 */
import { teksMiripRumus, type NilaiSel } from '../report/lembar';

/** What a cell holds when written through Range.values / Range.formulas. */
export type NilaiTulisExcel = string | number | boolean;

/**
 * A value read through Range.values → the model's NilaiSel. Excel returns "" for an empty cell
 * (learn.microsoft.com, "Blank and null values in Excel add-ins"), which becomes null here.
 */
export function dariNilaiExcel(nilai: unknown): NilaiSel {
  if (nilai === '' || nilai === null || nilai === undefined) return null;
  if (typeof nilai === 'string' || typeof nilai === 'number' || typeof nilai === 'boolean') return nilai;
  return String(nilai);
}

/**
 * A formula read through Range.formulas, kept only when the cell really holds a formula: Excel returns
 * the constant itself for constant cells, and the text without its quote prefix for a text cell such as
 * '=abc (so "=abc" equal to its value is text, not a formula).
 */
export function rumusDariExcel(rumus: unknown, nilai: unknown): string | null {
  return typeof rumus === 'string' && rumus.startsWith('=') && rumus !== nilai ? rumus : null;
}

/** Text Excel would not keep as typed: formula-like (= + - @) or starting with the quote prefix itself. */
export function perluAwalanKutip(teks: string): boolean {
  // teksMiripRumus is a type guard on NilaiSel; call it through a boolean so `teks` stays a string.
  const miripRumus: boolean = teksMiripRumus(teks);
  return miripRumus || teks.startsWith("'");
}

/**
 * A model value → what is sent to Excel.
 * - null → "" (clears the cell; null inside a 2-D write would mean "leave unchanged").
 * - Text that Excel would read as a formula gets the quote prefix "'": Excel stores the rest as text and
 *   hides the apostrophe, exactly as when a user types '=abc (Range.values docs: a value starting with
 *   "=", "+" or "-" is interpreted as a formula). A text starting with "'" gets one more, so it survives.
 */
export function keNilaiExcel(nilai: NilaiSel): NilaiTulisExcel {
  if (nilai === null) return '';
  if (typeof nilai === 'string') return perluAwalanKutip(nilai) ? `'${nilai}` : nilai;
  return nilai;
}

/**
 * The number format written for a cell. null → null (leave General: the sheet was just cleared, and
 * null inside a 2-D numberFormat write means "unchanged"). Text cells without a format and every
 * formula-like text get "@" (Text), so Excel never converts "001" to 1 or reads "=x" as a formula.
 */
export function formatExcel(nilai: NilaiSel, format: string | null): string | null {
  if (typeof nilai === 'string' && (format === null || perluAwalanKutip(nilai))) return '@';
  return format;
}

/** One pixel is 0.75 pt at 96 dpi. */
const TITIK_PER_PIKSEL = 0.75;
/** Maximum digit width of the default font (Calibri 11) in pixels: Excel's unit of column width. */
const PIKSEL_PER_KARAKTER = 7;

/**
 * Column width in characters (Excel's and ExcelJS's unit, as in ModelLembar.lebarKolom) → points, the unit
 * of Office.js RangeFormat.columnWidth: 1 character = 7 px = 5.25 pt, rounded to whole pixels as Excel
 * does. 8.43 characters → 59 px → 44.25 pt; 10 → 70 px → 52.5 pt.
 */
export function lebarKeTitik(karakter: number): number {
  return Math.round(karakter * PIKSEL_PER_KARAKTER) * TITIK_PER_PIKSEL;
}
