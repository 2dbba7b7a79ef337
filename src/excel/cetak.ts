/**
 * The sheet model's page setup (TataCetak) and charts (GrafikLembar) through Office.js, as write operations
 * packed with the rest of the layout (tulis.ts): no sync of their own. Both need requirement sets that older
 * Excel builds lack; PortExcel checks them (Office.context.requirements.isSetSupported) and leaves these
 * operations out when missing, and the run reports it as a Verifikasi finding (jalankan.ts, temuanDukungan).
 * PortExcel loads this module on demand, so it stays out of the task pane's first download.
 *
 *   SET_CETAK  ExcelApi 1.9: worksheet.pageLayout (paper, orientation, zoom, margins, print area and titles,
 *              headers and footers) and worksheet.horizontalPageBreaks
 *   SET_GRAFIK ExcelApi 1.8: series.setValues / setXAxisValues (1.7), categoryAxis.reversePlotOrder (1.7),
 *              series.overlap, gapWidth, hasDataLabels, axis numberFormat and position (1.8)
 */
import { alamatRentang, alamatSel } from '../report/buku';
import { alamatAreaCetak, alamatBarisJudul } from '../report/cetak';
import type { GrafikLembar, Rentang, SeriGrafik, TataCetak } from '../report/lembar';
import { BIAYA_AKSI } from './kuota';
import type { OperasiTulis } from './tulis';

const TITIK_PER_INCI = 72;

/** Paper, orientation, one page wide, margins, print area and titles, footer, then the manual page breaks. */
export function operasiCetak(c: TataCetak): OperasiTulis[] {
  const judul = alamatBarisJudul(c);
  const area = alamatAreaCetak(c).replace(/\$/g, '');
  const tata: OperasiTulis = {
    bita: 20 * BIAYA_AKSI + JSON.stringify(c.kakiHalaman).length,
    sel: 0,
    terapkan: ({ lembar }) => {
      const p = lembar.pageLayout;
      p.paperSize = 'A4';
      p.orientation = c.orientasi === 'lanskap' ? 'Landscape' : 'Portrait';
      // As many pages tall as needed: 0, as Excel's own "Fit to 1 page wide by [automatic] tall" stores it.
      p.zoom = { horizontalFitToPages: c.lebarHalaman, verticalFitToPages: 0 };
      p.leftMargin = c.margin.kiri * TITIK_PER_INCI;
      p.rightMargin = c.margin.kanan * TITIK_PER_INCI;
      p.topMargin = c.margin.atas * TITIK_PER_INCI;
      p.bottomMargin = c.margin.bawah * TITIK_PER_INCI;
      p.headerMargin = c.margin.kepala * TITIK_PER_INCI;
      p.footerMargin = c.margin.kaki * TITIK_PER_INCI;
      p.centerHorizontally = true;
      p.setPrintArea(area);
      if (judul !== null) p.setPrintTitleRows(judul);
      const kaki = p.headersFooters.defaultForAllPages;
      kaki.leftFooter = c.kakiHalaman.kiri;
      kaki.centerFooter = c.kakiHalaman.tengah;
      kaki.rightFooter = c.kakiHalaman.kanan;
      // A rewritten sheet keeps no break of the previous report.
      lembar.horizontalPageBreaks.removePageBreaks();
    },
  };
  return [
    tata,
    ...c.putusSebelum.map((b): OperasiTulis => ({
      bita: 2 * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ lembar }) => void lembar.horizontalPageBreaks.add(alamatSel(b, 0)),
    })),
  ];
}

const alamat = (r: Rentang) => alamatRentang(r);

/** One series as the model draws it: filled with its value as a label, or the outline only (the 100 % frame). */
function aturSeri(seri: Excel.ChartSeries, s: SeriGrafik, g: GrafikLembar): void {
  seri.name = s.nama;
  if (s.gaya === 'isi') {
    seri.format.fill.setSolidColor(`#${s.warna}`);
    seri.hasDataLabels = true;
  } else {
    seri.format.fill.clear();
    seri.format.line.color = `#${s.warna}`;
  }
  seri.gapWidth = 60;
  seri.overlap = g.tumpangTindih ? 100 : 0;
}

/** A native, editable chart over its cells: horizontal bars, categories top to bottom, values from the sheet. */
export function operasiGrafik(g: GrafikLembar): OperasiTulis {
  return {
    bita: (12 + 10 * g.seri.length) * BIAYA_AKSI + g.judul.length,
    sel: 0,
    terapkan: ({ lembar }) => {
      const [pertama, ...lain] = g.seri;
      if (!pertama) return;
      const chart = lembar.charts.add('BarClustered', lembar.getRange(alamat(pertama.nilai)), 'Columns');
      chart.name = g.nama;
      chart.title.text = g.judul;
      const { baris, kolom, jumlahBaris, jumlahKolom } = g.letak;
      chart.setPosition(alamatSel(baris, kolom), alamatSel(baris + jumlahBaris - 1, kolom + jumlahKolom - 1));
      const label = lembar.getRange(alamat(g.label));
      const seri0 = chart.series.getItemAt(0);
      seri0.setXAxisValues(label);
      aturSeri(seri0, pertama, g);
      for (const s of lain) {
        const seri = chart.series.add(s.nama);
        seri.setValues(lembar.getRange(alamat(s.nilai)));
        seri.setXAxisValues(label);
        aturSeri(seri, s, g);
      }
      // The first category at the top, as in the table; the value axis stays at the bottom.
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = 'Maximum';
      chart.axes.valueAxis.numberFormat = g.formatSumbu;
      chart.legend.visible = g.seri.length > 1;
      chart.legend.position = 'Bottom';
    },
  };
}
