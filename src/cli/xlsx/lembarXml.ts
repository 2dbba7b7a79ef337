/**
 * A sheet model (ModelLembar) as a worksheet part, written here rather than by a spreadsheet library:
 * the package keeps every other part as it is, so only this sheet's XML, its notes and its cell formats are
 * new, and the formats go into the workbook's own style sheet (RegistriGaya) instead of a second one.
 *
 * Data-driven: the model becomes a RancanganLembar (plain data: frozen rows, widths, protection, merges,
 * margins, relationships), and ELEMEN_LEMBAR writes it element by element in CT_Worksheet's order. Page
 * setup (sheetPr/pageSetUpPr, printOptions, pageMargins, pageSetup, headerFooter, rowBreaks) and the charts'
 * drawing are entries at their place in that order; print titles and print area are defined names
 * (_xlnm.Print_Titles, _xlnm.Print_Area), written by PortPaketXlsx.
 *
 * As the other adapters write it: values with their number formats, styles by rectangle applied in order
 * property by property, merges, column widths, row heights, frozen rows, notes, sheet protection without a
 * password with the editable ranges unlocked. Text is always written as text (an inline string), never as a
 * formula, and text that starts like one ("=", "+", "-", "@") also gets quotePrefix, so Excel keeps it text
 * when someone edits the cell.
 */
import { alamatRentang, alamatSel, hurufKolom } from '../../report/buku';
import { teksMiripRumus, type GayaSel, type ModelLembar, type NilaiSel, type Rentang, type TataCetak } from '../../report/lembar';
import { hitungRumusSederhana } from '../hitungRumus';
import type { BagianTurunan, KonteksSimpan, LembarTersusun, RelasiBagian } from './bagianPaket';
import { blokDibutuhkan, catatanUrut, xmlKomentar, xmlVmlCatatan } from './catatanXml';
import type { RegistriGaya } from './gaya';
import { bagianGrafik } from './grafikXml';
import { JENIS_KONTEN, TIPE } from './paket';
import { DEKLARASI_XML, enkodeTeksOoxml, escTeks, tulisAtribut } from './xmlRingan';
import { kompres } from './zipTulis';

/** A worksheet part as data (what ELEMEN_LEMBAR writes). */
export interface RancanganLembar {
  /** Used area ("A1:F40"), or null for an empty sheet. */
  readonly dimensi: string | null;
  readonly bekukanBaris: number;
  readonly kolom: readonly { readonly indeks: number; readonly lebar: number }[];
  /** The <row> elements, produced as they are written. */
  readonly baris: () => Iterable<string>;
  readonly proteksi: boolean;
  readonly gabungan: readonly Rentang[];
  /** Page margins in inches (Excel's defaults, or the report's page setup). */
  readonly margin: TataCetak['margin'];
  /** Relationship Id of the notes' VML drawing, or null. */
  readonly idGambarCatatan: string | null;
  /** How the sheet prints, or null for the application's default. */
  readonly cetak: TataCetak | null;
  /** Relationship Id of the charts' drawing, or null. */
  readonly idGambarGrafik: string | null;
}

type PenulisElemen = (r: RancanganLembar) => string | Iterable<string> | null;

/**
 * CT_Worksheet's sequence (ECMA-376 18.3.1.99): sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
 * sheetCalcPr, sheetProtection, protectedRanges, scenarios, autoFilter, sortState, dataConsolidate,
 * customSheetViews, mergeCells, phoneticPr, conditionalFormatting, dataValidations, hyperlinks, printOptions,
 * pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks, customProperties, cellWatches, ignoredErrors,
 * smartTags, drawing, legacyDrawing, legacyDrawingHF, picture, oleObjects, controls, webPublishItems,
 * tableParts, extLst. The elements written, in that order:
 */
export const ELEMEN_LEMBAR: readonly (readonly [nama: string, tulis: PenulisElemen])[] = [
  // Fit to page takes effect only with this flag; pageSetup says how many pages wide and tall.
  ['sheetPr', (r) => (r.cetak ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : null)],
  ['dimension', (r) => (r.dimensi ? `<dimension ref="${r.dimensi}"/>` : null)],
  ['sheetViews', tulisTampilan],
  ['sheetFormatPr', () => '<sheetFormatPr defaultRowHeight="15"/>'],
  [
    'cols',
    (r) =>
      r.kolom.length === 0
        ? null
        : `<cols>${r.kolom.map((k) => `<col min="${k.indeks + 1}" max="${k.indeks + 1}" width="${k.lebar}" customWidth="1"/>`).join('')}</cols>`,
  ],
  ['sheetData', tulisDataLembar],
  // Formatting columns and rows stays allowed (as the other adapters protect); selecting cells too.
  ['sheetProtection', (r) => (r.proteksi ? '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>' : null)],
  [
    'mergeCells',
    (r) =>
      r.gabungan.length === 0
        ? null
        : `<mergeCells count="${r.gabungan.length}">${r.gabungan.map((g) => `<mergeCell ref="${alamatRentang(g)}"/>`).join('')}</mergeCells>`,
  ],
  ['printOptions', (r) => (r.cetak ? '<printOptions horizontalCentered="1"/>' : null)],
  [
    'pageMargins',
    ({ margin, cetak }) => {
      const m = cetak?.margin ?? margin;
      return `<pageMargins${tulisAtribut({ left: m.kiri, right: m.kanan, top: m.atas, bottom: m.bawah, header: m.kepala, footer: m.kaki })}/>`;
    },
  ],
  ['pageSetup', ({ cetak: c }) => (c ? tulisPageSetup(c) : null)],
  ['headerFooter', ({ cetak: c }) => (c ? tulisKakiHalaman(c) : null)],
  ['rowBreaks', ({ cetak: c }) => (c && c.putusSebelum.length > 0 ? tulisPutus(c) : null)],
  ['drawing', (r) => (r.idGambarGrafik ? `<drawing r:id="${r.idGambarGrafik}"/>` : null)],
  ['legacyDrawing', (r) => (r.idGambarCatatan ? `<legacyDrawing r:id="${r.idGambarCatatan}"/>` : null)],
];

/** A4 (paperSize 9), the orientation, fitted `lebarHalaman` pages wide and as tall as needed (fitToHeight 0). */
function tulisPageSetup(c: TataCetak): string {
  const orientasi = c.orientasi === 'lanskap' ? 'landscape' : 'portrait';
  return `<pageSetup paperSize="9" orientation="${orientasi}" fitToWidth="${c.lebarHalaman}" fitToHeight="0"/>`;
}

/** The footer on every page: &L left &C centre &R right, in Excel's codes (the model's text is coded already). */
function tulisKakiHalaman(c: TataCetak): string {
  const k = c.kakiHalaman;
  const kaki = `&L${k.kiri}&C${k.tengah}&R${k.kanan}`;
  return `<headerFooter><oddFooter>${escTeks(kaki)}</oddFooter></headerFooter>`;
}

/** Manual breaks: brk id = the zero-based row a new page starts at (the last row of the page before, 1-based). */
function tulisPutus(c: TataCetak): string {
  const n = c.putusSebelum.length;
  const brk = c.putusSebelum.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join('');
  return `<rowBreaks count="${n}" manualBreakCount="${n}">${brk}</rowBreaks>`;
}

function tulisTampilan(r: RancanganLembar): string {
  if (r.bekukanBaris <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const kiriAtas = `A${r.bekukanBaris + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${r.bekukanBaris}" topLeftCell="${kiriAtas}" activePane="bottomLeft" state="frozen"/>` +
    '<selection pane="bottomLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
  );
}

function* tulisDataLembar(r: RancanganLembar): Iterable<string> {
  yield '<sheetData>';
  yield* r.baris();
  yield '</sheetData>';
}

/** The worksheet part's XML, in pieces. */
export function* xmlLembar(r: RancanganLembar): Generator<string> {
  yield `${DEKLARASI_XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`;
  for (const [, tulis] of ELEMEN_LEMBAR) {
    const isi = tulis(r);
    if (isi === null) continue;
    if (typeof isi === 'string') yield isi;
    else yield* isi;
  }
  yield '</worksheet>';
}

// ---------------------------------------------------------------------------------------------
// Cells

type GayaTerhimpun = { -readonly [K in keyof GayaSel]: GayaSel[K] };

/**
 * Styles by rectangle, row by row (a sweep over the rows, so a sheet of 100 000 rows costs what its rows
 * cost): for each cell, the rectangles that cover it in the model's order, and whether it is editable.
 */
class SapuanGaya {
  private readonly urut: number[];
  private berikut = 0;
  private aktif: number[] = [];

  constructor(private readonly rentang: readonly Rentang[]) {
    this.urut = rentang.map((_, i) => i).sort((a, b) => rentang[a]!.baris - rentang[b]!.baris || a - b);
  }

  /** Per column of row `b` (rows asked in increasing order): the covering rectangles' indices, or undefined. */
  baris(b: number, lebar: number): (number[] | undefined)[] {
    while (this.berikut < this.urut.length && this.rentang[this.urut[this.berikut]!]!.baris <= b) {
      this.aktif.push(this.urut[this.berikut++]!);
    }
    this.aktif = this.aktif.filter((i) => this.rentang[i]!.baris + this.rentang[i]!.jumlahBaris > b);
    this.aktif.sort((x, y) => x - y);
    const hasil: (number[] | undefined)[] = new Array(lebar);
    for (const i of this.aktif) {
      const r = this.rentang[i]!;
      const akhir = Math.min(lebar, r.kolom + r.jumlahKolom);
      for (let k = Math.max(0, r.kolom); k < akhir; k++) (hasil[k] ??= []).push(i);
    }
    return hasil;
  }
}

/** Right and bottom edges of the rectangles (no spread: a million rectangles must not overflow the stack). */
function tepi(rentang: readonly Rentang[]): { bawah: number; kanan: number } {
  let bawah = 0;
  let kanan = 0;
  for (const r of rentang) {
    if (r.jumlahBaris > 0 && r.jumlahKolom > 0) {
      bawah = Math.max(bawah, r.baris + r.jumlahBaris);
      kanan = Math.max(kanan, r.kolom + r.jumlahKolom);
    }
  }
  return { bawah, kanan };
}

function teksSel(t: string): string {
  const e = enkodeTeksOoxml(t);
  return `<is><t${/^\s|\s$|[\n\t]/.test(e) ? ' xml:space="preserve"' : ''}>${escTeks(e)}</t></is>`;
}

function angka(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** A cell's XML: value (or formula with its cached result) and format index; null when there is nothing. */
function xmlSel(alamat: string, nilai: NilaiSel, rumus: string | null, s: number): string | null {
  const gaya = s !== 0 ? ` s="${s}"` : '';
  if (rumus !== null) {
    const f = `<f>${escTeks(rumus.replace(/^=/, ''))}</f>`;
    let hasil = nilai;
    if (hasil === null) {
      const h = hitungRumusSederhana(rumus);
      if (h.jenis === 'galat') return `<c r="${alamat}"${gaya} t="e">${f}<v>${escTeks(h.nilai)}</v></c>`;
      hasil = h.jenis === 'angka' ? h.nilai : null;
    }
    if (hasil === null) return `<c r="${alamat}"${gaya}>${f}</c>`;
    if (typeof hasil === 'number') return `<c r="${alamat}"${gaya}>${f}<v>${angka(hasil)}</v></c>`;
    if (typeof hasil === 'boolean') return `<c r="${alamat}"${gaya} t="b">${f}<v>${hasil ? 1 : 0}</v></c>`;
    return `<c r="${alamat}"${gaya} t="str">${f}<v>${escTeks(enkodeTeksOoxml(hasil))}</v></c>`;
  }
  if (typeof nilai === 'number') return `<c r="${alamat}"${gaya}><v>${angka(nilai)}</v></c>`;
  if (typeof nilai === 'boolean') return `<c r="${alamat}"${gaya} t="b"><v>${nilai ? 1 : 0}</v></c>`;
  if (typeof nilai === 'string' && nilai !== '') return `<c r="${alamat}"${gaya} t="inlineStr">${teksSel(nilai)}</c>`;
  return s !== 0 ? `<c r="${alamat}"${gaya}/>` : null;
}

interface KonteksBaris {
  readonly model: ModelLembar;
  /** Cells covered by a merge (not its top-left) → the top-left cell (both as baris × lebar + kolom). */
  readonly indukGabungan: ReadonlyMap<number, number>;
  readonly adaGabungan: boolean;
  readonly gaya: RegistriGaya;
  readonly tinggi: number;
  readonly lebar: number;
  readonly selCatatan: ReadonlySet<number>;
}

/** The <row> elements of the model, with every cell's format index from the registry. */
function* barisXml(k: KonteksBaris, kemajuan?: (selesai: number, total: number) => void): Generator<string> {
  const { model, gaya, tinggi, lebar } = k;
  const sapuanGaya = new SapuanGaya(model.gaya.map((g) => g.rentang));
  const sapuanBuka = new SapuanGaya(model.proteksi?.dapatDiedit ?? []);
  const indeksFormat = new Map<string, number>();
  /** Format index of each merge's top-left cell: the merge's other cells take it, as merging does (ExcelJS, Excel). */
  const formatInduk = new Map<number, number>();
  const langkah = Math.max(1, Math.ceil(tinggi / 20));
  let potongan: string[] = [];
  for (let b = 0; b < tinggi; b++) {
    const daftarGaya = sapuanGaya.baris(b, lebar);
    const buka = sapuanBuka.baris(b, lebar);
    const barisNilai = model.nilai[b];
    const sel: string[] = [];
    for (let c = 0; c < lebar; c++) {
      const nilai = barisNilai?.[c] ?? null;
      const rumus = model.rumus?.[b]?.[c] ?? null;
      const format = model.formatAngka[b]?.[c] ?? null;
      const kutip = rumus === null && teksMiripRumus(nilai);
      const terbuka = model.proteksi !== undefined && buka[c] !== undefined;
      const induk = k.indukGabungan.get(b * lebar + c);
      let s = induk !== undefined ? formatInduk.get(induk) : undefined;
      if (s === undefined) {
        const kunci = `${daftarGaya[c]?.join('.') ?? ''}|${format ?? ''}|${terbuka ? 1 : 0}|${kutip ? 1 : 0}`;
        s = indeksFormat.get(kunci);
        if (s === undefined) {
          const himpun: GayaTerhimpun = {};
          for (const i of daftarGaya[c] ?? []) Object.assign(himpun, tanpaTakTerdefinisi(model.gaya[i]!.gaya));
          s = gaya.indeks({ gaya: himpun, format, terbuka, kutip });
          indeksFormat.set(kunci, s);
        }
      }
      if (induk === undefined && k.adaGabungan) formatInduk.set(b * lebar + c, s);
      const x =
        xmlSel(alamatSel(b, c), nilai, rumus, s) ?? (k.selCatatan.has(b * lebar + c) ? `<c r="${alamatSel(b, c)}"/>` : null);
      if (x !== null) sel.push(x);
    }
    const t = model.tinggiBaris?.[b] ?? null;
    if (sel.length > 0 || t !== null) {
      potongan.push(`<row r="${b + 1}"${t !== null ? ` ht="${t}" customHeight="1"` : ''}>${sel.join('')}</row>`);
    }
    if (potongan.length >= 500) {
      yield potongan.join('');
      potongan = [];
    }
    if ((b + 1) % langkah === 0 || b + 1 === tinggi) kemajuan?.(b + 1, tinggi);
  }
  if (potongan.length > 0) yield potongan.join('');
}

function tanpaTakTerdefinisi(g: GayaSel): GayaTerhimpun {
  const hasil: GayaTerhimpun = {};
  for (const [p, v] of Object.entries(g)) if (v !== undefined) (hasil as Record<string, unknown>)[p] = v;
  return hasil;
}

// ---------------------------------------------------------------------------------------------
// The sheet and its parts

const MARGIN_BAWAAN = { kiri: 0.7, kanan: 0.7, atas: 0.75, bawah: 0.75, kepala: 0.3, kaki: 0.3 } as const;

function bagianCatatan(model: ModelLembar): RelasiBagian[] {
  const catatan = catatanUrut(model.catatan);
  if (catatan.length === 0) return [];
  const komentar: BagianTurunan = {
    tipe: TIPE.komentar,
    jenisKonten: JENIS_KONTEN.komentar,
    folder: 'xl/',
    awalan: 'comments',
    ekstensi: '.xml',
    isi: () => xmlKomentar(catatan),
  };
  const vml: BagianTurunan = {
    tipe: TIPE.vml,
    jenisKonten: JENIS_KONTEN.vml,
    folder: 'xl/drawings/',
    awalan: 'vmlDrawing',
    ekstensi: '.vml',
    isi: (k: KonteksSimpan) => xmlVmlCatatan(catatan, k.blokBentuk(blokDibutuhkan(catatan.length))),
  };
  return [
    { id: 'rId1', bagian: komentar },
    { id: 'rId2', bagian: vml },
  ];
}

/**
 * Build the sheet: its XML deflated now (the formats it uses are registered in `gaya` as it goes), its
 * notes as parts written when saving.
 */
export async function susunLembar(
  model: ModelLembar,
  gaya: RegistriGaya,
  kemajuan?: (selesai: number, total: number) => void,
): Promise<LembarTersusun> {
  const tepiGaya = tepi(model.gaya.map((g) => g.rentang));
  const tepiBuka = tepi(model.proteksi?.dapatDiedit ?? []);
  const tepiCatatan = tepi(model.catatan.map((c) => ({ baris: c.baris, kolom: c.kolom, jumlahBaris: 1, jumlahKolom: 1 })));
  const tinggi = Math.max(model.nilai.length, tepiGaya.bawah, tepiBuka.bawah, tepiCatatan.bawah);
  const lebar = Math.max(model.nilai[0]?.length ?? 0, tepiGaya.kanan, tepiBuka.kanan, tepiCatatan.kanan);
  const selCatatan = new Set(model.catatan.map((c) => c.baris * lebar + c.kolom));
  const indukGabungan = new Map<number, number>();
  for (const g of model.gabungan) {
    for (let b = g.baris; b < g.baris + g.jumlahBaris; b++) {
      for (let c = g.kolom; c < g.kolom + g.jumlahKolom; c++) {
        if (b !== g.baris || c !== g.kolom) indukGabungan.set(b * lebar + c, g.baris * lebar + g.kolom);
      }
    }
  }
  const relasi = [...bagianCatatan(model), ...bagianGrafik(model)];
  const rancangan: RancanganLembar = {
    dimensi: tinggi > 0 && lebar > 0 ? `A1:${hurufKolom(lebar - 1)}${tinggi}` : null,
    bekukanBaris: model.bekukanBaris,
    kolom: model.lebarKolom.flatMap((l, i) => (typeof l === 'number' && Number.isFinite(l) ? [{ indeks: i, lebar: l }] : [])),
    baris: () =>
      barisXml({ model, indukGabungan, adaGabungan: indukGabungan.size > 0, gaya, tinggi, lebar, selCatatan }, kemajuan),
    proteksi: model.proteksi !== undefined,
    gabungan: model.gabungan.filter((g) => g.jumlahBaris * g.jumlahKolom > 1),
    margin: MARGIN_BAWAAN,
    idGambarCatatan: relasi.find((r) => r.bagian.tipe === TIPE.vml)?.id ?? null,
    cetak: model.cetak ?? null,
    idGambarGrafik: relasi.find((r) => r.bagian.tipe === TIPE.gambar)?.id ?? null,
  };
  return { nama: model.nama, xml: await kompres(xmlLembar(rancangan)), relasi };
}

/** The values the sheet will show (bacaNilaiLembar before saving): empty text as empty, merged cells blank. */
export function nilaiTertulis(model: ModelLembar): NilaiSel[][] {
  const nilai = model.nilai.map((b) => b.map((v) => (v === '' ? null : v)));
  for (const g of model.gabungan) {
    for (let b = g.baris; b < g.baris + g.jumlahBaris; b++) {
      for (let k = g.kolom; k < g.kolom + g.jumlahKolom; k++) {
        if ((b !== g.baris || k !== g.kolom) && nilai[b]?.[k] !== undefined) nilai[b]![k] = null;
      }
    }
  }
  return nilai;
}
