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
  /** How the sheet prints (paper, fit, print titles, area, footer, page breaks); none = the application's default. */
  readonly cetak?: TataCetak;
  /** Native charts over cells of this sheet, their data in this sheet's cells. */
  readonly grafik?: readonly GrafikLembar[];
}

/**
 * Page setup, one description both adapters render (docs/cetak.md): the .xlsx writer as pageSetup, printOptions,
 * headerFooter, rowBreaks and the _xlnm.Print_Titles / _xlnm.Print_Area names; Office.js as worksheet.pageLayout.
 */
export interface TataCetak {
  readonly kertas: 'A4';
  readonly orientasi: 'lanskap' | 'potret';
  /** Fitted to this many pages wide; as many pages tall as the content needs. */
  readonly lebarHalaman: number;
  /** Rows repeated at the top of every printed page (print titles), zero-based and inclusive; null = none. */
  readonly barisJudul: { readonly awal: number; readonly akhir: number } | null;
  /** The print area. */
  readonly area: Rentang;
  /** Footer sections in Excel's header/footer codes (&P page, &N pages; a literal & as &&): see kodeKaki. */
  readonly kakiHalaman: { readonly kiri: string; readonly tengah: string; readonly kanan: string };
  /** Manual page breaks: a new page starts at each of these rows (zero-based, increasing). */
  readonly putusSebelum: readonly number[];
  /** Margins in inches. */
  readonly margin: {
    readonly kiri: number;
    readonly kanan: number;
    readonly atas: number;
    readonly bawah: number;
    readonly kepala: number;
    readonly kaki: number;
  };
}

/** One series of a chart: its values, one column of this sheet, as many rows as the labels. */
export interface SeriGrafik {
  readonly nama: string;
  readonly nilai: Rentang;
  /** 'isi': a filled bar; 'bingkai': the outline only (the 100 % frame around a capaian bar). */
  readonly gaya: 'isi' | 'bingkai';
  /** Hex without '#'. */
  readonly warna: string;
}

/**
 * A horizontal bar chart (Excel's "Bar, clustered"), its bars from top to bottom in the sheet's order. The
 * adapters find their own charts again by `nama` (awalan AWALAN_NAMA_GRAFIK) to replace them on a rewrite.
 */
export interface GrafikLembar {
  readonly nama: string;
  readonly judul: string;
  /** The cells the chart lies over (its top-left cell to its bottom-right cell). */
  readonly letak: Rentang;
  /** The bars' labels (the category axis): one column of this sheet. */
  readonly label: Rentang;
  readonly seri: readonly SeriGrafik[];
  /** Number format of the value axis, e.g. '0" %"'. */
  readonly formatSumbu: string;
  /** Bars of the series drawn over each other (100) rather than side by side (0): the frame style. */
  readonly tumpangTindih: boolean;
}

/** Charts the add-in draws are named with this prefix; other charts on the sheet are never touched. */
export const AWALAN_NAMA_GRAFIK = 'LKIP Grafik';

/** Text as a header/footer section shows it: & doubled (Excel's codes start with &). */
export function kodeKaki(teks: string): string {
  return teks.replace(/&/g, '&&');
}

/** Excel would read text starting with these characters as a formula. */
const AWALAN_RUMUS = /^[=+\-@]/;

/** True when a text value must be written so that Excel keeps it as text (never a formula). */
export function teksMiripRumus(nilai: NilaiSel): nilai is string {
  return typeof nilai === 'string' && AWALAN_RUMUS.test(nilai);
}
