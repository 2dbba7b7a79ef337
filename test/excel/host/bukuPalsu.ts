/**
 * The workbook of the fake Excel host: sheets of cells, workbook-scoped names, and the rules Excel applies
 * when a cell is written (how typed text becomes a number, a formula or quoted text; which changes a
 * protected sheet refuses). No Office.js here: the request context and the proxies (objekPalsu.ts) act
 * on this data at sync time, and tests build and inspect it directly.
 *
 * Addresses, grid limits, name rules and the formula evaluator are the project's own (src/report/buku,
 * src/cli/hitungRumus.ts): the host models Excel's behaviour, not a second copy of the project's helpers.
 */
import { hitungRumusSederhana } from '../../../src/cli/hitungRumus';
import {
  alamatBaris,
  alamatKolom,
  alamatMutlak,
  alamatRentang,
  bacaAlamat,
  bacaRujukan,
  BARIS_MAKS,
  KOLOM_MAKS,
  kutipLembar,
  namaLembarSah,
} from '../../../src/report/buku';
import type { Rentang } from '../../../src/report/lembar';

export type Nilai = string | number | boolean;

/** One stored cell: value, formula, number format, and whether it was typed with the quote prefix ('text). */
export interface SelPalsu {
  v?: Nilai;
  f?: string;
  nf?: string;
  kutip?: boolean;
}

/** A format property written on a rectangle ("font.bold" on "A1:H1"), in write order. */
export interface FormatTertulis {
  readonly alamat: string;
  readonly jalur: string;
  readonly nilai: unknown;
}

/** Thrown like OfficeExtension.Error: a code and a message; a sync fails with it. */
export class GalatPalsu extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string };

  constructor(code: string, pesan: string) {
    super(pesan);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: pesan };
  }

  override toString(): string {
    return `${this.name}: ${this.code}: ${this.message}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Rectangles and addresses

/** The whole sheet. */
export const SELURUH_LEMBAR: Rentang = Object.freeze({ baris: 0, kolom: 0, jumlahBaris: BARIS_MAKS, jumlahKolom: KOLOM_MAKS });

export function tumpang(a: Rentang, b: Rentang): boolean {
  return (
    a.baris < b.baris + b.jumlahBaris &&
    b.baris < a.baris + a.jumlahBaris &&
    a.kolom < b.kolom + b.jumlahKolom &&
    b.kolom < a.kolom + a.jumlahKolom
  );
}

/** `dalam` lies inside `luar`. */
export function di(luar: Rentang, dalam: Rentang): boolean {
  return (
    dalam.baris >= luar.baris &&
    dalam.kolom >= luar.kolom &&
    dalam.baris + dalam.jumlahBaris <= luar.baris + luar.jumlahBaris &&
    dalam.kolom + dalam.jumlahKolom <= luar.kolom + luar.jumlahKolom
  );
}

/** The address Excel reports for a rectangle: "C5:D9", "C5", "C:D" (every row), "3:5" (every column, the whole sheet too). */
export function alamatExcel(r: Rentang): string {
  if (r.kolom === 0 && r.jumlahKolom === KOLOM_MAKS) return alamatBaris(r.baris, r.jumlahBaris);
  if (r.baris === 0 && r.jumlahBaris === BARIS_MAKS) return alamatKolom(r.kolom, r.jumlahKolom);
  return alamatRentang(r);
}

/** As NamedItem.value gives it: every part anchored, "$C$5:$D$9", "$C:$D", "$1:$1048576". */
export function alamatExcelMutlak(r: Rentang): string {
  const alamat = alamatExcel(r);
  return alamatMutlak(alamat) ?? alamat.replace(/([A-Z]+|\d+)/g, '$$$1');
}

/** "C5", "$C$5:$D$9", "C:C", "3:5", "'My sheet'!A1" (sheet part ignored) → the rectangle; InvalidArgument otherwise. */
export function rentangDariAlamat(alamat: string): Rentang {
  const terbaca = bacaAlamat(alamat.slice(alamat.lastIndexOf('!') + 1));
  if (terbaca === null) throw new GalatPalsu('InvalidArgument', `The address "${alamat}" is not valid.`);
  return terbaca.rentang;
}

// ---------------------------------------------------------------------------------------------
// Typing into a cell

const POLA_ANGKA = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i;

/** A formula's value: arithmetic as the project evaluates it; anything else #NAME? (functions and references are not modelled). */
function nilaiRumus(rumus: string): Nilai {
  const hasil = hitungRumusSederhana(rumus);
  if (hasil.jenis === 'angka' || hasil.jenis === 'galat') return hasil.nilai;
  return '#NAME?';
}

/**
 * A value written through Range.values / Range.formulas, stored as Excel stores typed input (en-US): "" clears;
 * "'x" is the text x with the quote prefix; text starting with = + - @ (not a number) becomes a formula; number-
 * and TRUE/FALSE-looking text becomes a number or boolean unless the cell is formatted as Text "@".
 */
export function ketikSel(sel: SelPalsu, x: unknown): void {
  delete sel.f;
  delete sel.kutip;
  if (x === '') {
    delete sel.v;
  } else if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new GalatPalsu('InvalidArgument', `The value ${x} is not valid for a cell.`);
    sel.v = x;
  } else if (typeof x === 'boolean') {
    sel.v = x;
  } else if (typeof x !== 'string') {
    throw new GalatPalsu('InvalidArgument', `A cell value must be a string, number or boolean, not ${typeof x}.`);
  } else if (x.startsWith("'")) {
    sel.v = x.slice(1);
    sel.kutip = true;
  } else if (/^[=+\-@]/.test(x) && !POLA_ANGKA.test(x)) {
    sel.f = x.startsWith('=') ? x : `=${x}`;
    sel.v = nilaiRumus(sel.f);
  } else if (sel.nf !== '@' && POLA_ANGKA.test(x)) {
    sel.v = Number(x);
  } else if (sel.nf !== '@' && /^(TRUE|FALSE)$/i.test(x)) {
    sel.v = x.toUpperCase() === 'TRUE';
  } else {
    sel.v = x;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** Kinds of change a protected sheet is asked about: values, cell formats, column or row sizes, other. */
export type JenisUbah = 'nilai' | 'format' | 'kolom' | 'baris' | 'ubah';

export class LembarData {
  /** Cells by row, then column (zero-based). */
  readonly sel = new Map<number, Map<number, SelPalsu>>();
  /** Every change made to this sheet: operation and address (for "nothing was written here"). */
  readonly log: { op: string; alamat: string }[] = [];
  /** Format property writes, in order. Write-only: the adapter never reads formats back. */
  format: FormatTertulis[] = [];
  /** Merged areas, as addresses. */
  gabungan: string[] = [];
  /** Notes by the address of their cell. */
  catatan = new Map<string, string>();
  terproteksi = false;
  opsiProteksi: Record<string, unknown> | null = null;
  bekuBaris = 0;
  /** Page setup as written through worksheet.pageLayout: property path → value ("zoom", "footer.left", "printArea"). */
  tataHalaman: Record<string, unknown> = {};
  /** Manual horizontal page breaks: the address of the cell each new page starts at, in the order added. */
  putusHalaman: string[] = [];
  /** Charts on the sheet, in the order added. */
  grafik: GrafikData[] = [];
  /** Read-only virtual content (large read tests): rows × columns, value per cell. */
  virtual?: { baris: number; kolom: number; nilai: (r: number, c: number) => Nilai };

  constructor(
    readonly buku: BukuPalsu,
    readonly id: string,
    public nama: string,
  ) {}

  ambil(r: number, c: number): SelPalsu | undefined {
    if (this.virtual) return r < this.virtual.baris && c < this.virtual.kolom ? { v: this.virtual.nilai(r, c) } : undefined;
    return this.sel.get(r)?.get(c);
  }

  ubah(r: number, c: number): SelPalsu {
    if (this.virtual) throw new Error('host: a virtual sheet is read-only');
    let baris = this.sel.get(r);
    if (!baris) this.sel.set(r, (baris = new Map()));
    let s = baris.get(c);
    if (!s) baris.set(c, (s = {}));
    return s;
  }

  /** Drop a cell that holds nothing any more. */
  rapikan(r: number, c: number): void {
    const s = this.sel.get(r)?.get(c);
    if (s && s.v === undefined && s.f === undefined && s.nf === undefined) this.sel.get(r)!.delete(c);
  }

  /** Record a change, on the sheet and in the workbook's log. */
  catat(op: string, alamat: string): void {
    this.log.push({ op, alamat });
    this.buku.log.push({ lembar: this.nama, op, alamat });
  }

  /** Excel refuses changes on a protected sheet, except values in unlocked cells and what the protection options allow. */
  pastikanBolehUbah(op: string, r: Rentang | null, jenis: JenisUbah): void {
    if (!this.terproteksi) return;
    const o = this.opsiProteksi ?? {};
    if (jenis === 'nilai' && r !== null && this.tidakTerkunci().some((u) => di(u, r))) return;
    if (jenis === 'kolom' && o.allowFormatColumns === true) return;
    if (jenis === 'baris' && o.allowFormatRows === true) return;
    if (jenis === 'format' && o.allowFormatCells === true) return;
    throw new GalatPalsu('AccessDenied', `The sheet "${this.nama}" is protected (${op}${r ? ` ${alamatExcel(r)}` : ''}).`);
  }

  /** Rectangles whose cells were unlocked (format.protection.locked = false) and not locked again since. */
  tidakTerkunci(): Rentang[] {
    const hasil: Rentang[] = [];
    for (const f of this.format) {
      if (f.jalur !== 'protection.locked') continue;
      const r = rentangDariAlamat(f.alamat);
      if (f.nilai === false) hasil.push(r);
      else for (let i = hasil.length - 1; i >= 0; i--) if (di(r, hasil[i]!)) hasil.splice(i, 1);
    }
    return hasil;
  }

  /** Column widths in points, by column index, as the columnWidth writes left them. */
  lebarKolom(): Map<number, number> {
    const lebar = new Map<number, number>();
    for (const f of this.format) {
      if (f.jalur !== 'columnWidth') continue;
      const r = rentangDariAlamat(f.alamat);
      for (let k = r.kolom; k < Math.min(r.kolom + r.jumlahKolom, 1000); k++) lebar.set(k, f.nilai as number);
    }
    return lebar;
  }

  /** The smallest rectangle holding every cell with a value or formula (and, unless `hanyaNilai`, a number format). */
  rentangTerpakai(hanyaNilai: boolean): Rentang | null {
    if (this.virtual) return { baris: 0, kolom: 0, jumlahBaris: this.virtual.baris, jumlahKolom: this.virtual.kolom };
    let k: { r0: number; c0: number; r1: number; c1: number } | null = null;
    for (const [r, baris] of this.sel) {
      for (const [c, s] of baris) {
        if (s.v === undefined && s.f === undefined && (hanyaNilai || s.nf === undefined)) continue;
        k = k
          ? { r0: Math.min(k.r0, r), c0: Math.min(k.c0, c), r1: Math.max(k.r1, r), c1: Math.max(k.c1, c) }
          : { r0: r, c0: c, r1: r, c1: c };
      }
    }
    return k && { baris: k.r0, kolom: k.c0, jumlahBaris: k.r1 - k.r0 + 1, jumlahKolom: k.c1 - k.c0 + 1 };
  }

  /** Values from A1 as a grid (empty → ""), with formula and format where set: for snapshots in tests. */
  grid(): { v: unknown; f?: string; nf?: string }[][] {
    const terpakai = this.rentangTerpakai(false);
    if (terpakai === null) return [];
    const hasil: { v: unknown; f?: string; nf?: string }[][] = [];
    for (let r = 0; r < terpakai.baris + terpakai.jumlahBaris; r++) {
      const baris: { v: unknown; f?: string; nf?: string }[] = [];
      for (let c = 0; c < terpakai.kolom + terpakai.jumlahKolom; c++) {
        const s = this.ambil(r, c);
        baris.push({ v: s?.v ?? '', ...(s?.f ? { f: s.f } : {}), ...(s?.nf ? { nf: s.nf } : {}) });
      }
      hasil.push(baris);
    }
    return hasil;
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

/** One series of a chart as the add-in set it (addresses as Excel reports them). */
export interface SeriData {
  nama: string;
  nilai: string;
  /** setXAxisValues: the range of the labels. */
  sumbuX: string | null;
  /** Fill colour ("#4472C4"), "none" after fill.clear(), or null when untouched. */
  isi: string | null;
  garis: string | null;
  /** hasDataLabels. */
  labelNilai: boolean;
  overlap: number | null;
  gapWidth: number | null;
}

export interface GrafikData {
  readonly id: number;
  jenis: string;
  nama: string;
  judul: string;
  /** "A40:G62": the cells under the chart (setPosition's start and end cell), or null until placed. */
  posisi: string | null;
  seri: SeriData[];
  /** Axis properties written: "categoryAxis.reversePlotOrder" → true. */
  sumbu: Record<string, unknown>;
  legenda: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Names and the workbook

export type JenisNama = 'Range' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'Array';

export interface NamaData {
  nama: string;
  jenis: JenisNama;
  /** For non-range names: what NamedItem.value returns. */
  nilai?: unknown;
  terlihat: boolean;
  komentar?: string;
  rujukan?: { lembarId: string; rentang: Rentang };
}

/** What a test seeds a cell with: a value, or the cell's parts. */
export type IsiSel = Nilai | null | SelPalsu;

export class BukuPalsu {
  readonly lembar: LembarData[] = [];
  readonly nama: NamaData[] = [];
  /** Every change made to the workbook: sheet ("" for names), operation, address. */
  readonly log: { lembar: string; op: string; alamat: string }[] = [];
  aktif: string | null = null;
  pilihan: { lembar: string; alamat: string } | null = null;
  private idBerikut = 1;

  /** A new sheet at the end (Excel's rules on sheet names apply), optionally filled from A1. */
  tambahLembar(nama: string, isi: readonly (readonly IsiSel[])[] = []): LembarData {
    if (!namaLembarSah(nama)) throw new GalatPalsu('InvalidArgument', `The sheet name "${nama}" is not valid.`);
    if (this.cariLembar(nama)) throw new GalatPalsu('ItemAlreadyExists', `A sheet named "${nama}" already exists.`);
    const l = new LembarData(this, `{0000000${this.idBerikut++}-LKIP-HOST}`, nama);
    isi.forEach((baris, r) =>
      baris.forEach((x, c) => {
        if (x === null || x === '') return;
        Object.assign(l.ubah(r, c), typeof x === 'object' ? x : { v: x });
      }),
    );
    this.lembar.push(l);
    this.aktif ??= nama;
    return l;
  }

  /** A workbook-scoped name: a range ("Sheet!A1:B2", "'My sheet'!$C:$C"), or a constant / error name of `jenis`. */
  tambahNama(nama: string, rujukan: string, jenis: JenisNama = 'Range', terlihat = true): NamaData {
    if (this.cariNama(nama)) throw new GalatPalsu('ItemAlreadyExists', `The name "${nama}" already exists.`);
    let data: NamaData;
    if (jenis !== 'Range') {
      data = { nama, jenis, nilai: rujukan, terlihat };
    } else {
      const r = bacaRujukan(rujukan);
      const l = r.jenis === 'rentang' ? this.cariLembar(r.lembar) : undefined;
      if (r.jenis !== 'rentang' || !l) throw new GalatPalsu('InvalidArgument', `The reference "${rujukan}" is not valid.`);
      data = { nama, jenis, terlihat, rujukan: { lembarId: l.id, rentang: r.rentang } };
    }
    this.nama.push(data);
    return data;
  }

  cariLembar(nama: string): LembarData | undefined {
    return this.lembar.find((l) => l.nama.toUpperCase() === nama.toUpperCase());
  }

  cariNama(nama: string): NamaData | undefined {
    return this.nama.find((n) => n.nama.toUpperCase() === nama.toUpperCase());
  }

  /** Delete a sheet as a user would: names that referred to it become #REF!, as in Excel. */
  hapusLembar(nama: string): void {
    const l = this.cariLembar(nama);
    if (!l) return;
    this.lembar.splice(this.lembar.indexOf(l), 1);
    for (const n of this.nama) {
      if (n.rujukan?.lembarId === l.id) {
        delete n.rujukan;
        n.jenis = 'Error';
        n.nilai = '#REF!';
      }
    }
  }

  /** What NamedItem.value gives: "Input!$B$2:$B$4" for a range, the constant otherwise. */
  nilaiNama(n: NamaData): unknown {
    if (n.jenis !== 'Range' || !n.rujukan) return n.nilai;
    const l = this.lembar.find((x) => x.id === n.rujukan!.lembarId);
    return l ? `${kutipLembar(l.nama)}!${alamatExcelMutlak(n.rujukan.rentang)}` : '#REF!';
  }
}
