/**
 * Workbooks the browser host starts with (window.__lkipBenih, read by hostPeramban.ts): sheets of cells and
 * workbook-scoped names, serialised to JSON here in Node and handed to the page with addInitScript.
 * The sample workbook is the project's own example (src/sample, the document's 2021 figures), laid out
 * as a user would have it: formula cells hold their formula and its value, as Excel keeps them.
 */
import type { ModelLembar } from '../../src/report/lembar';
import { teksMiripRumus } from '../../src/report/lembar';
import type { SelPalsu } from '../excel/host';
import { susunContoh } from '../../src/sample';

/** One cell as the host stores it (SelPalsu): value, formula, number format, quote prefix (text Excel would otherwise read as a formula). */
export type SelBenih = Readonly<SelPalsu>;

export interface BenihBukuKerja {
  /** Office's display language: "id-ID" (default) or "en-US". */
  readonly bahasa?: string;
  /** Sheets in order, cells as [row, column, cell] (zero-based). */
  readonly lembar: readonly {
    readonly nama: string;
    readonly sel: readonly (readonly [number, number, SelBenih])[];
    /** Merged areas ("E5:G5"). */
    readonly gabungan?: readonly string[];
  }[];
  readonly nama: readonly { readonly nama: string; readonly lembar: string; readonly alamat: string }[];
  /** Document settings (Office.context.document.settings). */
  readonly pengaturan?: Readonly<Record<string, unknown>>;
}

/** A sheet model as the cells a user's workbook holds. */
export function selDariModel(model: ModelLembar): [number, number, SelBenih][] {
  const sel: [number, number, SelBenih][] = [];
  model.nilai.forEach((baris, r) =>
    baris.forEach((nilai, c) => {
      const rumus = model.rumus?.[r]?.[c] ?? null;
      const nf = model.formatAngka[r]?.[c] ?? null;
      if (nilai === null && rumus === null && nf === null) return;
      const isi: SelPalsu = {};
      if (nilai !== null) isi.v = nilai;
      if (rumus !== null) isi.f = rumus;
      else if (teksMiripRumus(nilai)) isi.kutip = true;
      if (nf !== null) isi.nf = nf;
      sel.push([r, c, isi]);
    }),
  );
  return sel;
}

/** The sample workbook ("Data LKIP" and every LKIP_ name), optionally without some names. */
export function benihContoh(opsi: { tanpaNama?: readonly string[]; bahasa?: string } = {}): BenihBukuKerja {
  const contoh = susunContoh();
  const tanpa = new Set((opsi.tanpaNama ?? []).map((n) => n.toUpperCase()));
  return {
    ...(opsi.bahasa ? { bahasa: opsi.bahasa } : {}),
    lembar: [{ nama: contoh.lembar.nama, sel: selDariModel(contoh.lembar) }],
    nama: contoh.nama.filter((n) => !tanpa.has(n.nama.toUpperCase())).map((n) => ({ ...n })),
  };
}

/** A new, empty workbook: one empty sheet, no names. */
export function benihKosong(): BenihBukuKerja {
  return { lembar: [{ nama: 'Sheet1', sel: [] }], nama: [] };
}
