/**
 * Page setup and charts of the fake Excel host (issue 15): worksheet.pageLayout (with its headers and footers),
 * worksheet.horizontalPageBreaks and worksheet.charts, each checked as Excel checks the values (paper, orientation,
 * zoom, margins, addresses, chart types, axis positions) and recorded on the sheet (LembarData.tataHalaman,
 * putusHalaman, grafik). Changes on a protected sheet are refused, as Excel refuses new objects there.
 */
import { alamatSel } from '../../../src/report/buku';
import { alamatExcel, GalatPalsu, rentangDariAlamat, type GrafikData, type LembarData, type SeriData } from './bukuPalsu';
import { ObjekPalsu } from './konteksPalsu';
import type { RentangPalsu } from './objekPalsu';

type Sah = (x: unknown) => boolean;
const angkaTakNegatif: Sah = (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const boolean: Sah = (x) => typeof x === 'boolean';
const teks: Sah = (x) => typeof x === 'string';
const WARNA = /^#[0-9A-Fa-f]{6}$/;

/** A range argument (a proxy or an address) as Excel reports the address, at sync time. */
function alamatArgumen(l: LembarData, r: RentangPalsu | string): string {
  if (typeof r === 'string') return alamatExcel(rentangDariAlamat(r));
  const kotak = r.kotak();
  if (kotak.l !== l) throw new GalatPalsu('InvalidArgument', 'The range is on another worksheet.');
  return alamatExcel(kotak.r);
}

/** Base of the write-only proxies on a sheet: checked, refused on a protected sheet, recorded. */
abstract class TulisLembarPalsu<T> extends ObjekPalsu<T> {
  protected get dapatDimuat(): readonly string[] {
    return [];
  }
  protected potret(target: T, prop: string): unknown {
    throw new Error(`host: ${this.constructor.name}.${prop} is write-only here (${typeof target})`);
  }
  protected abstract lembar(t: T): LembarData;

  protected atur(jalur: string, nilai: unknown, sah: Sah, simpan: (t: T) => void): void {
    this.ubah((t) => {
      if (!sah(nilai)) throw new GalatPalsu('InvalidArgument', `${jalur} = ${JSON.stringify(nilai)} is not valid.`);
      const l = this.lembar(t);
      l.pastikanBolehUbah(jalur, null, 'ubah');
      simpan(t);
      l.catat(jalur, '');
    }, nilai);
  }
}

// ---------------------------------------------------------------------------------------------
// Page layout

const KERTAS = ['A4', 'A3', 'A5', 'Letter', 'Legal', 'Folio', 'B4', 'B5'];

export class TataHalamanPalsu extends TulisLembarPalsu<LembarData> {
  protected lembar(l: LembarData): LembarData {
    return l;
  }
  private properti(nama: string, nilai: unknown, sah: Sah): void {
    this.atur(`pageLayout.${nama}`, nilai, sah, (l) => void (l.tataHalaman[nama] = nilai));
  }

  set paperSize(x: string) {
    this.properti('paperSize', x, (v) => KERTAS.includes(v as string));
  }
  set orientation(x: string) {
    this.properti('orientation', x, (v) => v === 'Portrait' || v === 'Landscape');
  }
  /** Fit to pages (whole numbers, 0 = automatic) or a scale of 10–400 %, not both. */
  set zoom(x: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.properti('zoom', { ...x }, (v) => {
      const z = v as Record<string, unknown>;
      const halaman = [z.horizontalFitToPages, z.verticalFitToPages].filter((n) => n !== undefined);
      if (z.scale !== undefined) return halaman.length === 0 && typeof z.scale === 'number' && z.scale >= 10 && z.scale <= 400;
      return halaman.length > 0 && halaman.every((n) => Number.isInteger(n) && (n as number) >= 0);
    });
  }
  set leftMargin(x: number) {
    this.properti('leftMargin', x, angkaTakNegatif);
  }
  set rightMargin(x: number) {
    this.properti('rightMargin', x, angkaTakNegatif);
  }
  set topMargin(x: number) {
    this.properti('topMargin', x, angkaTakNegatif);
  }
  set bottomMargin(x: number) {
    this.properti('bottomMargin', x, angkaTakNegatif);
  }
  set headerMargin(x: number) {
    this.properti('headerMargin', x, angkaTakNegatif);
  }
  set footerMargin(x: number) {
    this.properti('footerMargin', x, angkaTakNegatif);
  }
  set centerHorizontally(x: boolean) {
    this.properti('centerHorizontally', x, boolean);
  }

  setPrintArea(alamat: string): void {
    this.atur('pageLayout.setPrintArea', alamat, teks, (l) => {
      l.tataHalaman.printArea = alamatExcel(rentangDariAlamat(alamat));
    });
  }

  /** Whole rows only ("$1:$3"). */
  setPrintTitleRows(alamat: string): void {
    this.atur(
      'pageLayout.setPrintTitleRows',
      alamat,
      (v) => typeof v === 'string' && /^\$?\d+:\$?\d+$/.test(v),
      (l) => {
        l.tataHalaman.printTitleRows = alamatExcel(rentangDariAlamat(alamat));
      },
    );
  }

  get headersFooters(): KepalaKakiPalsu {
    return this.nav('headersFooters', KepalaKakiPalsu, (l) => l);
  }
}

export class KepalaKakiPalsu extends TulisLembarPalsu<LembarData> {
  protected lembar(l: LembarData): LembarData {
    return l;
  }
  get defaultForAllPages(): KepalaKakiHalamanPalsu {
    return this.nav('defaultForAllPages', KepalaKakiHalamanPalsu, (l) => l);
  }
}

export class KepalaKakiHalamanPalsu extends TulisLembarPalsu<LembarData> {
  protected lembar(l: LembarData): LembarData {
    return l;
  }
  private bagian(nama: string, x: string): void {
    this.atur(`pageLayout.headersFooters.defaultForAllPages.${nama}`, x, teks, (l) => void (l.tataHalaman[nama] = x));
  }
  set leftFooter(x: string) {
    this.bagian('leftFooter', x);
  }
  set centerFooter(x: string) {
    this.bagian('centerFooter', x);
  }
  set rightFooter(x: string) {
    this.bagian('rightFooter', x);
  }
}

export class PutusHalamanPalsu extends TulisLembarPalsu<LembarData> {
  protected lembar(l: LembarData): LembarData {
    return l;
  }
  /** A break before the top-left cell of the range. */
  add(r: RentangPalsu | string): void {
    this.ubah(
      (l) => {
        l.pastikanBolehUbah('horizontalPageBreaks.add', null, 'ubah');
        const kotak = rentangDariAlamat(alamatArgumen(l, r));
        l.putusHalaman.push(alamatSel(kotak.baris, kotak.kolom));
        l.catat('horizontalPageBreaks.add', alamatSel(kotak.baris, kotak.kolom));
      },
      typeof r === 'string' ? r : 'range',
    );
  }
  removePageBreaks(): void {
    this.ubah((l) => {
      l.pastikanBolehUbah('horizontalPageBreaks.removePageBreaks', null, 'ubah');
      l.putusHalaman = [];
      l.catat('horizontalPageBreaks.removePageBreaks', '');
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

type Grafik = { readonly l: LembarData; readonly g: GrafikData };
type Seri = Grafik & { readonly s: SeriData };

const JENIS_GRAFIK = ['BarClustered', 'ColumnClustered', 'Line', 'Pie', 'BarStacked', 'ColumnStacked'];
let idGrafik = 1;

function seriBaru(nama: string, nilai: string): SeriData {
  return { nama, nilai, sumbuX: null, isi: null, garis: null, labelNilai: false, overlap: null, gapWidth: null };
}

export class KoleksiGrafikPalsu extends TulisLembarPalsu<LembarData> {
  protected override get dapatDimuat(): readonly string[] {
    return ['items'];
  }
  protected override potret(l: LembarData): unknown {
    return l.grafik.map((g) => {
      const item = new GrafikPalsu(this.ctx, { terikat: { l, g } });
      item.terimaNama();
      return item;
    });
  }
  protected lembar(l: LembarData): LembarData {
    return l;
  }
  get items(): GrafikPalsu[] {
    return this.baca('items');
  }
  /** load('items/name'): the items with their names. */
  override load(): this {
    this.antreMuat(['items']);
    return this;
  }

  /** charts.add(type, sourceData, seriesBy): one series per column of the source (seriesBy "Columns"). */
  add(jenis: string, sumber: RentangPalsu, menurut?: string): GrafikPalsu {
    return new GrafikPalsu(
      this.ctx,
      () => {
        const l = this.sasaran();
        if (!JENIS_GRAFIK.includes(jenis)) throw new GalatPalsu('InvalidArgument', `Chart type "${jenis}" is not valid.`);
        if (menurut !== undefined && !['Auto', 'Columns', 'Rows'].includes(menurut))
          throw new GalatPalsu('InvalidArgument', `seriesBy "${menurut}" is not valid.`);
        l.pastikanBolehUbah('charts.add', null, 'ubah');
        const kotak = sumber.kotak();
        const seri = Array.from({ length: kotak.r.jumlahKolom }, (_, i) =>
          seriBaru(`Series${i + 1}`, alamatExcel({ ...kotak.r, kolom: kotak.r.kolom + i, jumlahKolom: 1 })),
        );
        const g: GrafikData = {
          id: idGrafik++,
          jenis,
          nama: `Chart ${l.grafik.length + 1}`,
          judul: '',
          posisi: null,
          seri,
          sumbu: {},
          legenda: {},
        };
        l.grafik.push(g);
        l.catat('charts.add', alamatExcel(kotak.r));
        return { l, g };
      },
      [jenis, 'range', menurut],
    );
  }
}

export class GrafikPalsu extends TulisLembarPalsu<Grafik> {
  protected override get dapatDimuat(): readonly string[] {
    return ['name'];
  }
  protected override potret({ g }: Grafik): unknown {
    return g.nama;
  }
  protected lembar(t: Grafik): LembarData {
    return t.l;
  }
  /** The name delivered with the collection's load. */
  terimaNama(): void {
    this.dimuat.name = this.sasaran().g.nama;
  }

  get name(): string {
    return this.baca('name');
  }
  set name(x: string) {
    this.atur(
      'chart.name',
      x,
      (v) => typeof v === 'string' && v.length > 0 && v.length <= 255,
      ({ g }) => void (g.nama = x),
    );
  }
  get title(): JudulGrafikPalsu {
    return this.nav('title', JudulGrafikPalsu, (t) => t);
  }
  get series(): KoleksiSeriPalsu {
    return this.nav('series', KoleksiSeriPalsu, (t) => t);
  }
  get axes(): SumbuGrafikPalsu {
    return this.nav('axes', SumbuGrafikPalsu, (t) => t);
  }
  get legend(): LegendaPalsu {
    return this.nav('legend', LegendaPalsu, (t) => t);
  }

  setPosition(awal: string, akhir?: string): void {
    this.atur(
      'chart.setPosition',
      [awal, akhir],
      () => true,
      ({ g }) => {
        const a = rentangDariAlamat(awal);
        const b = rentangDariAlamat(akhir ?? awal);
        if (b.baris < a.baris || b.kolom < a.kolom) throw new GalatPalsu('InvalidArgument', 'setPosition: end before start.');
        g.posisi = alamatExcel({
          baris: a.baris,
          kolom: a.kolom,
          jumlahBaris: b.baris - a.baris + 1,
          jumlahKolom: b.kolom - a.kolom + 1,
        });
      },
    );
  }

  delete(): void {
    this.ubah(({ l, g }) => {
      l.pastikanBolehUbah('chart.delete', null, 'ubah');
      l.grafik = l.grafik.filter((x) => x !== g);
      l.catat('chart.delete', g.nama);
    });
  }
}

export class JudulGrafikPalsu extends TulisLembarPalsu<Grafik> {
  protected lembar(t: Grafik): LembarData {
    return t.l;
  }
  set text(x: string) {
    this.atur('chart.title.text', x, teks, ({ g }) => void (g.judul = x));
  }
}

export class LegendaPalsu extends TulisLembarPalsu<Grafik> {
  protected lembar(t: Grafik): LembarData {
    return t.l;
  }
  set visible(x: boolean) {
    this.atur('chart.legend.visible', x, boolean, ({ g }) => void (g.legenda.visible = x));
  }
  set position(x: string) {
    const sah: Sah = (v) => ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'].includes(v as string);
    this.atur('chart.legend.position', x, sah, ({ g }) => void (g.legenda.position = x));
  }
}

export class SumbuGrafikPalsu extends TulisLembarPalsu<Grafik> {
  protected lembar(t: Grafik): LembarData {
    return t.l;
  }
  get categoryAxis(): SumbuPalsu {
    return this.nav('categoryAxis', SumbuPalsu, (t) => ({ ...t, sumbu: 'categoryAxis' }));
  }
  get valueAxis(): SumbuPalsu {
    return this.nav('valueAxis', SumbuPalsu, (t) => ({ ...t, sumbu: 'valueAxis' }));
  }
}

export class SumbuPalsu extends TulisLembarPalsu<Grafik & { readonly sumbu: string }> {
  protected lembar(t: Grafik): LembarData {
    return t.l;
  }
  private properti(nama: string, x: unknown, sah: Sah): void {
    this.atur(`chart.axes.${nama}`, x, sah, (t) => void (t.g.sumbu[`${t.sumbu}.${nama}`] = x));
  }
  set reversePlotOrder(x: boolean) {
    this.properti('reversePlotOrder', x, boolean);
  }
  set position(x: string) {
    this.properti('position', x, (v) => ['Automatic', 'Maximum', 'Minimum', 'Custom'].includes(v as string));
  }
  set numberFormat(x: string) {
    this.properti('numberFormat', x, teks);
  }
}

export class KoleksiSeriPalsu extends TulisLembarPalsu<Grafik> {
  protected lembar(t: Grafik): LembarData {
    return t.l;
  }
  getItemAt(i: number): SeriPalsu {
    return new SeriPalsu(this.ctx, () => {
      const t = this.sasaran();
      const s = t.g.seri[i];
      if (!s) throw new GalatPalsu('ItemNotFound', `The chart has no series ${i}.`);
      return { ...t, s };
    });
  }
  add(nama: string): SeriPalsu {
    return new SeriPalsu(
      this.ctx,
      () => {
        const t = this.sasaran();
        t.l.pastikanBolehUbah('series.add', null, 'ubah');
        const s = seriBaru(nama, '');
        t.g.seri.push(s);
        return { ...t, s };
      },
      nama,
    );
  }
}

export class SeriPalsu extends TulisLembarPalsu<Seri> {
  protected lembar(t: Seri): LembarData {
    return t.l;
  }
  set name(x: string) {
    this.atur('series.name', x, teks, ({ s }) => void (s.nama = x));
  }
  set hasDataLabels(x: boolean) {
    this.atur('series.hasDataLabels', x, boolean, ({ s }) => void (s.labelNilai = x));
  }
  /** Bar and column charts: −100 … 100. */
  set overlap(x: number) {
    this.atur(
      'series.overlap',
      x,
      (v) => Number.isInteger(v) && (v as number) >= -100 && (v as number) <= 100,
      ({ s }) => void (s.overlap = x),
    );
  }
  set gapWidth(x: number) {
    this.atur(
      'series.gapWidth',
      x,
      (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 500,
      ({ s }) => void (s.gapWidth = x),
    );
  }
  setValues(r: RentangPalsu): void {
    this.ubah(({ l, s }) => {
      l.pastikanBolehUbah('series.setValues', null, 'ubah');
      s.nilai = alamatArgumen(l, r);
    }, 'range');
  }
  setXAxisValues(r: RentangPalsu): void {
    this.ubah(({ l, s }) => {
      l.pastikanBolehUbah('series.setXAxisValues', null, 'ubah');
      s.sumbuX = alamatArgumen(l, r);
    }, 'range');
  }
  get format(): FormatSeriPalsu {
    return this.nav('format', FormatSeriPalsu, (t) => t);
  }
}

export class FormatSeriPalsu extends TulisLembarPalsu<Seri> {
  protected lembar(t: Seri): LembarData {
    return t.l;
  }
  get fill(): IsiSeriPalsu {
    return this.nav('fill', IsiSeriPalsu, (t) => t);
  }
  get line(): GarisSeriPalsu {
    return this.nav('line', GarisSeriPalsu, (t) => t);
  }
}

export class IsiSeriPalsu extends TulisLembarPalsu<Seri> {
  protected lembar(t: Seri): LembarData {
    return t.l;
  }
  setSolidColor(warna: string): void {
    this.atur(
      'series.format.fill.setSolidColor',
      warna,
      (v) => WARNA.test(v as string),
      ({ s }) => void (s.isi = warna),
    );
  }
  clear(): void {
    this.atur(
      'series.format.fill.clear',
      null,
      () => true,
      ({ s }) => void (s.isi = 'none'),
    );
  }
}

export class GarisSeriPalsu extends TulisLembarPalsu<Seri> {
  protected lembar(t: Seri): LembarData {
    return t.l;
  }
  set color(warna: string) {
    this.atur(
      'series.format.line.color',
      warna,
      (v) => WARNA.test(v as string),
      ({ s }) => void (s.garis = warna),
    );
  }
}
