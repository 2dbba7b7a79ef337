/**
 * The Office.js object model of the fake Excel host: the proxies the add-in calls (workbook.names,
 * workbook.worksheets, Worksheet, Range, RangeFormat and its parts, notes, protection, NamedItem; page layout,
 * page breaks and charts in grafikPalsu.ts), each acting on
 * the workbook of bukuPalsu.ts at sync time (konteksPalsu.ts). Only the APIs the Office.js adapter
 * (src/excel) calls are modelled; asking for anything else fails loudly ("host: … is not modelled").
 *
 * Format properties are write-only here: each write is recorded on the sheet as { alamat, jalur, nilai }
 * ("font.bold" on "A1:H1"), after Excel's checks of the value and of the sheet's protection.
 */
import type { Rentang } from '../../../src/report/lembar';
import { alamatSel, BARIS_MAKS, KOLOM_MAKS, namaRentangSah } from '../../../src/report/buku';
import {
  alamatExcel,
  di,
  GalatPalsu,
  ketikSel,
  rentangDariAlamat,
  SELURUH_LEMBAR,
  tumpang,
  type BukuPalsu,
  type JenisUbah,
  type LembarData,
  type NamaData,
} from './bukuPalsu';
import { KoleksiGrafikPalsu, PutusHalamanPalsu, TataHalamanPalsu } from './grafikPalsu';
import { ObjekPalsu, type KonteksPalsu } from './konteksPalsu';

/** A range's target: a rectangle on a sheet. */
interface Kotak {
  readonly l: LembarData;
  readonly r: Rentang;
}

function buku(ctx: KonteksPalsu): BukuPalsu {
  return ctx.host.buku;
}

// ---------------------------------------------------------------------------------------------
// Workbook and sheets

export class WorkbookPalsu {
  readonly names: KoleksiNamaPalsu;
  readonly worksheets: KoleksiLembarPalsu;

  constructor(private readonly ctx: KonteksPalsu) {
    // The workbook's collections always exist: bound from the start, no request action of their own.
    this.names = new KoleksiNamaPalsu(ctx, { terikat: buku(ctx) });
    this.worksheets = new KoleksiLembarPalsu(ctx, { terikat: buku(ctx) });
    Object.freeze(this);
  }

  /** The selection (BukuPalsu.pilihan; A1 of the active sheet when nothing was selected), ExcelApi 1.1. */
  getSelectedRange(): RentangPalsu {
    return new RentangPalsu(this.ctx, () => {
      const b = buku(this.ctx);
      const p = b.pilihan ?? (b.aktif !== null ? { lembar: b.aktif, alamat: 'A1' } : null);
      const l = p ? b.cariLembar(p.lembar) : b.lembar[0];
      if (!l) throw new GalatPalsu('ItemNotFound', 'There is no selection.');
      return { l, r: rentangDariAlamat(p?.alamat ?? 'A1') };
    });
  }
}

export class KoleksiLembarPalsu extends ObjekPalsu<BukuPalsu> {
  protected get dapatDimuat(): readonly string[] {
    return [];
  }
  protected potret(): unknown {
    throw new Error('host: worksheets has no scalar properties');
  }

  get items(): LembarPalsu[] {
    return this.baca('items');
  }

  /** load('items/name') (or 'items/name,items/id'): the sheets in tab order, each with those scalars loaded. */
  override load(arg?: string | string[]): this {
    const semua = ['name', 'id'];
    const daftar = (Array.isArray(arg) ? arg : (arg ?? semua.join(',')).split(','))
      .map((x) => x.trim().replace(/^items\//, ''))
      .filter((x) => x !== '' && x !== 'items');
    for (const p of daftar) if (!semua.includes(p)) throw new Error(`host: worksheet.${p} is not modelled in a collection load`);
    this.ctx.antre(
      () => {
        const items = buku(this.ctx).lembar.map((data) => new LembarPalsu(this.ctx, { terikat: data }));
        for (const item of items) for (const p of daftar) item.terimaSkalar(p);
        this.ctx.terimaMuatan('items', items, JSON.stringify(items.map((i) => i.toJSON())).length);
        return () => {
          this.dimuat.items = items;
        };
      },
      { argumen: daftar },
    );
    return this;
  }

  getItem(nama: string): LembarPalsu {
    return new LembarPalsu(
      this.ctx,
      () => {
        const l = buku(this.ctx).cariLembar(nama);
        if (!l) throw new GalatPalsu('ItemNotFound', `The requested resource doesn't exist (worksheet "${nama}").`);
        return l;
      },
      nama,
    );
  }

  getItemOrNullObject(nama: string): LembarPalsu {
    return new LembarPalsu(this.ctx, () => buku(this.ctx).cariLembar(nama) ?? null, nama);
  }

  add(nama: string): LembarPalsu {
    return new LembarPalsu(
      this.ctx,
      () => {
        const l = buku(this.ctx).tambahLembar(nama);
        l.catat('worksheets.add', '');
        return l;
      },
      nama,
    );
  }
}

export class LembarPalsu extends ObjekPalsu<LembarData> {
  protected get dapatDimuat(): readonly string[] {
    return ['id', 'name'];
  }
  protected potret(l: LembarData, prop: string): unknown {
    return prop === 'id' ? l.id : l.nama;
  }

  /** A scalar delivered with its collection's load (the item is bound already). */
  terimaSkalar(prop: string): void {
    this.dimuat[prop] = this.potret(this.sasaran(), prop);
  }

  get id(): string {
    return this.baca('id');
  }
  get name(): string {
    return this.baca('name');
  }
  get protection(): ProteksiLembarPalsu {
    return this.nav('protection', ProteksiLembarPalsu, (l) => l);
  }
  get freezePanes(): PanelBekuPalsu {
    return this.nav('freezePanes', PanelBekuPalsu, (l) => l);
  }
  get notes(): KoleksiCatatanPalsu {
    return this.nav('notes', KoleksiCatatanPalsu, (l) => l);
  }
  get pageLayout(): TataHalamanPalsu {
    return this.nav('pageLayout', TataHalamanPalsu, (l) => l);
  }
  get horizontalPageBreaks(): PutusHalamanPalsu {
    return this.nav('horizontalPageBreaks', PutusHalamanPalsu, (l) => l);
  }
  get charts(): KoleksiGrafikPalsu {
    return this.nav('charts', KoleksiGrafikPalsu, (l) => l);
  }

  /** getRange() is the whole sheet. */
  getRange(alamat?: string): RentangPalsu {
    return new RentangPalsu(
      this.ctx,
      () =>
        this.ref === null ? null : { l: this.sasaran(), r: alamat === undefined ? SELURUH_LEMBAR : rentangDariAlamat(alamat) },
      alamat,
    );
  }

  getRangeByIndexes(baris: number, kolom: number, jumlahBaris: number, jumlahKolom: number): RentangPalsu {
    return new RentangPalsu(
      this.ctx,
      () => {
        const bulat = [baris, kolom, jumlahBaris, jumlahKolom].every((x) => Number.isInteger(x));
        if (
          !bulat ||
          baris < 0 ||
          kolom < 0 ||
          jumlahBaris < 1 ||
          jumlahKolom < 1 ||
          baris + jumlahBaris > BARIS_MAKS ||
          kolom + jumlahKolom > KOLOM_MAKS
        )
          throw new GalatPalsu(
            'InvalidArgument',
            `getRangeByIndexes(${baris}, ${kolom}, ${jumlahBaris}, ${jumlahKolom}) is not a valid range.`,
          );
        return { l: this.sasaran(), r: { baris, kolom, jumlahBaris, jumlahKolom } };
      },
      [baris, kolom, jumlahBaris, jumlahKolom],
    );
  }

  getUsedRangeOrNullObject(hanyaNilai?: boolean): RentangPalsu {
    return new RentangPalsu(
      this.ctx,
      () => {
        const l = this.sasaran();
        const r = l.rentangTerpakai(hanyaNilai === true);
        return r && { l, r };
      },
      hanyaNilai,
    );
  }

  activate(): void {
    this.ubah((l) => {
      buku(this.ctx).aktif = l.nama;
    });
  }
}

export class ProteksiLembarPalsu extends ObjekPalsu<LembarData> {
  protected get dapatDimuat(): readonly string[] {
    return ['protected'];
  }
  protected potret(l: LembarData): unknown {
    return l.terproteksi;
  }

  get protected(): boolean {
    return this.baca('protected');
  }

  protect(opsi?: Record<string, unknown>, sandi?: string): void {
    this.ubah(
      (l) => {
        if (l.terproteksi) throw new GalatPalsu('InvalidOperation', `The sheet "${l.nama}" is already protected.`);
        l.terproteksi = true;
        l.opsiProteksi = { ...(opsi ?? {}) };
        l.catat('protect', '');
      },
      [opsi, sandi],
    );
  }

  unprotect(): void {
    this.ubah((l) => {
      l.terproteksi = false;
      l.catat('unprotect', '');
    });
  }
}

export class PanelBekuPalsu extends ObjekPalsu<LembarData> {
  protected get dapatDimuat(): readonly string[] {
    return [];
  }
  protected potret(): unknown {
    throw new Error('host: freezePanes has no scalar properties');
  }

  freezeRows(n: number): void {
    this.ubah((l) => {
      if (!Number.isInteger(n) || n < 0) throw new GalatPalsu('InvalidArgument', `freezeRows(${n})`);
      l.bekuBaris = n;
      l.catat('freezeRows', String(n));
    }, n);
  }

  unfreeze(): void {
    this.ubah((l) => {
      l.bekuBaris = 0;
      l.catat('unfreeze', '');
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Notes

export class KoleksiCatatanPalsu extends ObjekPalsu<LembarData> {
  protected get dapatDimuat(): readonly string[] {
    return ['items'];
  }
  protected potret(l: LembarData): unknown {
    return [...l.catatan.keys()].map((alamat) => new CatatanPalsu(this.ctx, { terikat: { l, alamat } }));
  }

  get items(): CatatanPalsu[] {
    return this.baca('items');
  }

  /** load('items/visible') and the like: the items, each readable (the adapter reads none of their scalars). */
  override load(): this {
    this.antreMuat(['items']);
    return this;
  }

  add(alamat: string, teks: string): void {
    this.ubah(
      (l) => {
        const r = rentangDariAlamat(alamat);
        l.pastikanBolehUbah('notes.add', r, 'format');
        if (typeof teks !== 'string') throw new GalatPalsu('InvalidArgument', 'A note needs text.');
        const sel = alamatSel(r.baris, r.kolom);
        l.catatan.set(sel, teks);
        l.catat('notes.add', sel);
      },
      [alamat, teks],
    );
  }
}

export class CatatanPalsu extends ObjekPalsu<{ readonly l: LembarData; readonly alamat: string }> {
  protected get dapatDimuat(): readonly string[] {
    return ['visible'];
  }
  protected potret(): unknown {
    return false;
  }

  get visible(): boolean {
    return false;
  }

  delete(): void {
    this.ubah(({ l, alamat }) => {
      l.pastikanBolehUbah('note.delete', rentangDariAlamat(alamat), 'format');
      l.catatan.delete(alamat);
      l.catat('note.delete', alamat);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

type JenisKisi = 'values' | 'formulas' | 'numberFormat';

export class RentangPalsu extends ObjekPalsu<Kotak> {
  protected get dapatDimuat(): readonly string[] {
    return ['rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'];
  }

  protected potret({ l, r }: Kotak, prop: string): unknown {
    switch (prop) {
      case 'rowIndex':
        return r.baris;
      case 'columnIndex':
        return r.kolom;
      case 'rowCount':
        return r.jumlahBaris;
      case 'columnCount':
        return r.jumlahKolom;
      default:
        return bacaKisi(l, r, prop as JenisKisi);
    }
  }

  get rowIndex(): number {
    return this.baca('rowIndex');
  }
  get columnIndex(): number {
    return this.baca('columnIndex');
  }
  get rowCount(): number {
    return this.baca('rowCount');
  }
  get columnCount(): number {
    return this.baca('columnCount');
  }
  get values(): unknown[][] {
    return this.baca('values');
  }
  set values(grid: unknown[][]) {
    this.tulisKisi(grid, 'values');
  }
  get formulas(): unknown[][] {
    return this.baca('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.tulisKisi(grid, 'formulas');
  }
  get numberFormat(): unknown[][] {
    return this.baca('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.tulisKisi(grid, 'numberFormat');
  }

  get worksheet(): LembarPalsu {
    return this.nav('worksheet', LembarPalsu, (t) => t.l);
  }
  get format(): FormatRentangPalsu {
    return this.nav('format', FormatRentangPalsu, (t) => t);
  }

  /** One 2-D write, as one action: the grid must have the range's shape; null leaves a cell as it is. */
  private tulisKisi(grid: unknown[][], jenis: JenisKisi): void {
    const sel = Array.isArray(grid) ? grid.reduce((n, b) => n + (Array.isArray(b) ? b.length : 0), 0) : 0;
    this.ubah(
      ({ l, r }) => {
        if (
          !Array.isArray(grid) ||
          grid.length !== r.jumlahBaris ||
          grid.some((b) => !Array.isArray(b) || b.length !== r.jumlahKolom)
        ) {
          throw new GalatPalsu(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${alamatExcel(r)}).`,
          );
        }
        l.pastikanBolehUbah(jenis, r, jenis === 'numberFormat' ? 'format' : 'nilai');
        grid.forEach((baris, i) =>
          baris.forEach((x, j) => {
            if (x === null || x === undefined) return;
            const s = l.ubah(r.baris + i, r.kolom + j);
            if (jenis !== 'numberFormat') ketikSel(s, x);
            else if (typeof x === 'string') s.nf = x;
            else throw new GalatPalsu('InvalidArgument', `A number format must be text: ${String(x)}`);
            l.rapikan(r.baris + i, r.kolom + j);
          }),
        );
        l.catat(jenis, alamatExcel(r));
      },
      grid,
      jenis === 'numberFormat' ? 0 : sel,
    );
  }

  merge(across?: boolean): void {
    this.ubah(({ l, r }) => {
      l.pastikanBolehUbah('merge', r, 'ubah');
      const ada = l.gabungan.map(rentangDariAlamat);
      if (ada.some((g) => tumpang(g, r)))
        throw new GalatPalsu('InvalidOperation', `Cannot merge ${alamatExcel(r)}: it overlaps a merged area.`);
      if (across === true)
        for (let b = 0; b < r.jumlahBaris; b++) l.gabungan.push(alamatExcel({ ...r, baris: r.baris + b, jumlahBaris: 1 }));
      else l.gabungan.push(alamatExcel(r));
      l.catat('merge', alamatExcel(r));
    }, across);
  }

  unmerge(): void {
    this.ubah(({ l, r }) => {
      l.pastikanBolehUbah('unmerge', r, 'ubah');
      l.gabungan = l.gabungan.filter((g) => !tumpang(rentangDariAlamat(g), r));
      l.catat('unmerge', alamatExcel(r));
    });
  }

  /** clear('All' | 'Contents' | 'Formats'): values and formulas, and/or number formats and the formats written. */
  clear(apa: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.ubah(({ l, r }) => {
      l.pastikanBolehUbah(`clear(${apa})`, r, 'ubah');
      for (const [b, baris] of l.sel) {
        if (b < r.baris || b >= r.baris + r.jumlahBaris) continue;
        for (const [k, s] of [...baris]) {
          if (k < r.kolom || k >= r.kolom + r.jumlahKolom) continue;
          if (apa !== 'Formats') {
            delete s.v;
            delete s.f;
            delete s.kutip;
          }
          if (apa !== 'Contents') delete s.nf;
          l.rapikan(b, k);
        }
      }
      if (apa !== 'Contents') l.format = l.format.filter((f) => !di(r, rentangDariAlamat(f.alamat)));
      l.catat(`clear:${apa}`, alamatExcel(r));
    }, apa);
  }

  select(): void {
    this.ubah(({ l, r }) => {
      const b = buku(this.ctx);
      b.aktif = l.nama;
      b.pilihan = { lembar: l.nama, alamat: alamatExcel(r) };
    });
  }

  /**
   * The merged areas inside the range (ExcelApi 1.13): a RangeAreas whose `address` lists them with their sheet
   * ("'PK 2021'!A5:A6,'PK 2021'!E5:G5"), or a null object when there are none (or the range is a null object).
   */
  getMergedAreasOrNullObject(): AreaRentangPalsu {
    return new AreaRentangPalsu(this.ctx, () => {
      if (this.ref === null) return null;
      const { l, r } = this.sasaran();
      const di = l.gabungan.map(rentangDariAlamat).filter((g) => tumpang(g, r));
      return di.length === 0 ? null : { l, area: di };
    });
  }

  /** Where the range lies, at sync time: for names.add(name, range). */
  kotak(): Kotak {
    return this.sasaran();
  }
}

/** Excel.RangeAreas as getMergedAreasOrNullObject returns it: only its address is modelled. */
export class AreaRentangPalsu extends ObjekPalsu<{ readonly l: LembarData; readonly area: readonly Rentang[] }> {
  protected get dapatDimuat(): readonly string[] {
    return ['address', 'areaCount'];
  }
  protected potret(t: { readonly l: LembarData; readonly area: readonly Rentang[] }, prop: string): unknown {
    if (prop === 'areaCount') return t.area.length;
    const lembar = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(t.l.nama) ? t.l.nama : `'${t.l.nama.replace(/'/g, "''")}'`;
    return t.area.map((r) => `${lembar}!${alamatExcel(r)}`).join(',');
  }
  get address(): string {
    return this.baca('address');
  }
  get areaCount(): number {
    return this.baca('areaCount');
  }
}

/** Values, formulas ("" for an empty cell, the value where there is no formula) or number formats of a rectangle. */
function bacaKisi(l: LembarData, r: Rentang, jenis: JenisKisi): unknown[][] {
  const hasil: unknown[][] = [];
  for (let b = r.baris; b < r.baris + r.jumlahBaris; b++) {
    const baris: unknown[] = [];
    for (let k = r.kolom; k < r.kolom + r.jumlahKolom; k++) {
      const s = l.ambil(b, k);
      if (jenis === 'numberFormat') baris.push(s?.nf ?? 'General');
      else if (jenis === 'formulas' && s?.f !== undefined) baris.push(s.f);
      else baris.push(s?.v ?? '');
    }
    hasil.push(baris);
  }
  return hasil;
}

// ---------------------------------------------------------------------------------------------
// Formats (write-only, recorded per rectangle)

const WARNA = /^#[0-9A-Fa-f]{6}$/;
const RATA_H = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const RATA_V = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const TEPI = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];
const boolean = (x: unknown): boolean => typeof x === 'boolean';

/** Base of the format proxies: every property set is checked, refused on a protected sheet unless allowed, and recorded. */
abstract class FormatPalsu<T extends Kotak> extends ObjekPalsu<T> {
  protected get dapatDimuat(): readonly string[] {
    return [];
  }
  protected potret(): unknown {
    throw new Error('host: formats are write-only here');
  }

  /** Queue `jalur` = nilai on the rectangle (the path may depend on the target: a border's edge). */
  protected atur(
    jalurDari: string | ((t: T) => string),
    nilai: unknown,
    sah: ((x: unknown) => boolean) | null,
    jenis: JenisUbah = 'format',
  ): void {
    this.ubah((t) => {
      const { l, r } = t;
      const jalur = typeof jalurDari === 'string' ? jalurDari : jalurDari(t);
      if (sah !== null && !sah(nilai))
        throw new GalatPalsu('InvalidArgument', `format.${jalur} = ${JSON.stringify(nilai)} is not valid.`);
      l.pastikanBolehUbah(`format.${jalur}`, r, jenis);
      const alamat = alamatExcel(r);
      if (jalur === 'useStandardWidth' || jalur === 'useStandardHeight') {
        // A reset, not a format of its own: the widths (heights) of these columns (rows) go back to standard.
        const jenisUkuran = jalur === 'useStandardWidth' ? 'columnWidth' : 'rowHeight';
        l.format = l.format.filter((f) => f.jalur !== jenisUkuran || !tumpang(rentangDariAlamat(f.alamat), r));
      } else if (jalur !== 'autofitRows') {
        l.format.push({ alamat, jalur, nilai });
      }
      l.catat(`format.${jalur}`, alamat);
    }, nilai);
  }
}

export class FormatRentangPalsu extends FormatPalsu<Kotak> {
  get font(): FontPalsu {
    return this.nav('font', FontPalsu, (t) => t);
  }
  get fill(): IsiPalsu {
    return this.nav('fill', IsiPalsu, (t) => t);
  }
  get borders(): KoleksiGarisPalsu {
    return this.nav('borders', KoleksiGarisPalsu, (t) => t);
  }
  get protection(): ProteksiFormatPalsu {
    return this.nav('protection', ProteksiFormatPalsu, (t) => t);
  }
  set columnWidth(x: number) {
    this.atur('columnWidth', x, (v) => typeof v === 'number' && v >= 0 && v <= 1800, 'kolom');
  }
  /** Excel refuses row heights outside 0-409.5 points. */
  set rowHeight(x: number) {
    this.atur('rowHeight', x, (v) => typeof v === 'number' && v >= 0 && v <= 409.5, 'baris');
  }
  set wrapText(x: boolean) {
    this.atur('wrapText', x, boolean);
  }
  set horizontalAlignment(x: string) {
    this.atur('horizontalAlignment', x, (v) => RATA_H.includes(v as string));
  }
  set verticalAlignment(x: string) {
    this.atur('verticalAlignment', x, (v) => RATA_V.includes(v as string));
  }
  set useStandardWidth(x: boolean) {
    this.atur('useStandardWidth', x, (v) => v === true, 'kolom');
  }
  set useStandardHeight(x: boolean) {
    this.atur('useStandardHeight', x, (v) => v === true, 'baris');
  }
  autofitRows(): void {
    this.atur('autofitRows', true, null, 'baris');
  }
}

export class FontPalsu extends FormatPalsu<Kotak> {
  set bold(x: boolean) {
    this.atur('font.bold', x, boolean);
  }
  set italic(x: boolean) {
    this.atur('font.italic', x, boolean);
  }
  set color(x: string) {
    this.atur('font.color', x, (v) => WARNA.test(v as string));
  }
  set size(x: number) {
    this.atur('font.size', x, (v) => typeof v === 'number' && v >= 1 && v <= 409);
  }
}

export class IsiPalsu extends FormatPalsu<Kotak> {
  set color(x: string) {
    this.atur('fill.color', x, (v) => WARNA.test(v as string));
  }
}

export class ProteksiFormatPalsu extends FormatPalsu<Kotak> {
  set locked(x: boolean) {
    this.atur('protection.locked', x, boolean);
  }
}

export class KoleksiGarisPalsu extends FormatPalsu<Kotak> {
  getItem(tepi: string): GarisPalsu {
    return new GarisPalsu(
      this.ctx,
      () => {
        if (!TEPI.includes(tepi)) throw new GalatPalsu('InvalidArgument', `Border index "${tepi}" is not valid.`);
        return { ...this.sasaran(), tepi };
      },
      tepi,
    );
  }
}

type TepiGaris = Kotak & { readonly tepi: string };

export class GarisPalsu extends FormatPalsu<TepiGaris> {
  set style(x: string) {
    this.atur(
      (t) => `borders.${t.tepi}.style`,
      x,
      (v) => ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'].includes(v as string),
    );
  }
  set weight(x: string) {
    this.atur(
      (t) => `borders.${t.tepi}.weight`,
      x,
      (v) => ['Hairline', 'Thin', 'Medium', 'Thick'].includes(v as string),
    );
  }
  set color(x: string) {
    this.atur(
      (t) => `borders.${t.tepi}.color`,
      x,
      (v) => WARNA.test(v as string),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Names

export class KoleksiNamaPalsu extends ObjekPalsu<BukuPalsu> {
  protected get dapatDimuat(): readonly string[] {
    return ['items'];
  }
  protected potret(b: BukuPalsu): unknown {
    return b.nama.map((data) => new ItemNamaPalsu(this.ctx, { terikat: data }));
  }

  get items(): ItemNamaPalsu[] {
    return this.baca('items');
  }

  /** load('items/name,items/type') (or 'name,type'): the items, each with those scalars loaded. */
  override load(arg?: string | string[]): this {
    const semua = ['name', 'type', 'value', 'visible'];
    const daftar = (Array.isArray(arg) ? arg : (arg ?? semua.join(',')).split(','))
      .map((x) => x.trim().replace(/^items\//, ''))
      .filter((x) => x !== '' && x !== 'items');
    for (const p of daftar) if (!semua.includes(p)) throw new Error(`host: namedItem.${p} is not modelled`);
    this.ctx.antre(
      () => {
        const items = buku(this.ctx).nama.map((data) => new ItemNamaPalsu(this.ctx, { terikat: data }));
        for (const item of items) for (const p of daftar) item.terimaSkalar(p);
        // The response holds each item's scalars.
        this.ctx.terimaMuatan('items', items, JSON.stringify(items.map((i) => i.toJSON())).length);
        return () => {
          this.dimuat.items = items;
        };
      },
      { argumen: daftar },
    );
    return this;
  }

  getItemOrNullObject(nama: string): ItemNamaPalsu {
    return new ItemNamaPalsu(this.ctx, () => buku(this.ctx).cariNama(nama) ?? null, nama);
  }

  /** names.add(name, range or "=Sheet!$A$1", comment): Excel's rules on defined names apply. */
  add(nama: string, rujukan: RentangPalsu | string, komentar?: string): ItemNamaPalsu {
    return new ItemNamaPalsu(
      this.ctx,
      () => {
        const b = buku(this.ctx);
        if (!namaRentangSah(nama)) throw new GalatPalsu('InvalidArgument', `The name "${nama}" is not valid.`);
        let data: NamaData;
        if (typeof rujukan === 'string') {
          data = b.tambahNama(nama, rujukan);
        } else {
          if (b.cariNama(nama)) throw new GalatPalsu('ItemAlreadyExists', `The name "${nama}" already exists.`);
          const { l, r } = rujukan.kotak();
          data = { nama, jenis: 'Range', terlihat: true, rujukan: { lembarId: l.id, rentang: r } };
          b.nama.push(data);
        }
        if (komentar !== undefined) data.komentar = String(komentar);
        b.log.push({ lembar: '', op: 'names.add', alamat: nama });
        return data;
      },
      [nama, typeof rujukan === 'string' ? rujukan : 'range', komentar],
    );
  }
}

export class ItemNamaPalsu extends ObjekPalsu<NamaData> {
  protected get dapatDimuat(): readonly string[] {
    return ['name', 'type', 'value', 'visible'];
  }
  protected potret(n: NamaData, prop: string): unknown {
    switch (prop) {
      case 'name':
        return n.nama;
      case 'type':
        return n.jenis;
      case 'visible':
        return n.terlihat;
      default:
        return buku(this.ctx).nilaiNama(n);
    }
  }

  /** A scalar delivered with its collection's load (the item is bound already). */
  terimaSkalar(prop: string): void {
    this.dimuat[prop] = this.potret(this.sasaran(), prop);
  }

  get name(): string {
    return this.baca('name');
  }
  get type(): string {
    return this.baca('type');
  }
  get value(): unknown {
    return this.baca('value');
  }
  get visible(): boolean {
    return this.baca('visible');
  }
  set visible(v: boolean) {
    this.ubah((n) => {
      if (typeof v !== 'boolean') throw new GalatPalsu('InvalidArgument', 'visible must be a boolean.');
      n.terlihat = v;
      buku(this.ctx).log.push({ lembar: '', op: 'name.visible', alamat: n.nama });
    }, v);
  }

  getRangeOrNullObject(): RentangPalsu {
    return new RentangPalsu(this.ctx, () => {
      if (this.ref === null) return null;
      const n = this.sasaran();
      const l = n.jenis === 'Range' && n.rujukan ? buku(this.ctx).lembar.find((x) => x.id === n.rujukan!.lembarId) : undefined;
      return l ? { l, r: n.rujukan!.rentang } : null;
    });
  }

  delete(): void {
    this.ubah((n) => {
      const daftar = buku(this.ctx).nama;
      const i = daftar.indexOf(n);
      if (i >= 0) daftar.splice(i, 1);
      buku(this.ctx).log.push({ lembar: '', op: 'name.delete', alamat: n.nama });
    });
  }
}
