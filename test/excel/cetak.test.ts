/**
 * Issue 15 through Office.js: the report's page setup and charts written by PortExcel on the fake Excel host,
 * from the sample (the document's 2021 figures). With ExcelApi 1.9 and 1.8: worksheet.pageLayout (A4 landscape,
 * one page wide, print area and title rows, footer), page breaks, and native charts over their cells with their
 * series on the report's cells, within the same bounded number of syncs. Without them: the cells only, and a
 * Verifikasi finding says what is missing and what to do.
 */
import { PortExcel } from '../../src/excel/portExcel';
import { MODUL_ANALISIS } from '../../src/report/analisis';
import { hitungLaporan } from '../../src/report/hitung';
import { jalankanLaporan } from '../../src/report/jalankan';
import { bacaKontrak } from '../../src/report/kontrak';
import { susunLembarLaporan } from '../../src/report/susunLaporan';
import { susunContoh } from '../../src/sample';
import { BukuPalsu, HostExcel, type LembarData } from './host';

/** Requirement sets up to ExcelApi `maks` ("1.18": everything; "1.8": charts, no page layout). */
const sampai = (maks: string) => (set: string, versi: string) =>
  set === 'ExcelApi' && Number(versi.split('.')[1]) <= Number(maks.split('.')[1]);

async function jalankan(maks: string) {
  const buku = new BukuPalsu();
  buku.tambahLembar('Sheet1');
  const host = new HostExcel(buku);
  const port = new PortExcel(host.jalankan, { didukung: sampai(maks) });
  const contoh = susunContoh();
  await port.tulisLembar(contoh.lembar);
  for (const n of contoh.nama) await port.tetapkanNama(n.nama, n.lembar, n.alamat);
  const sebelum = host.jumlahSync;
  const hasil = await jalankanLaporan(port);
  expect(hasil.status).toBe('ditulis');
  return { buku, host, port, hasil, sync: host.jumlahSync - sebelum, laporan: buku.cariLembar('Laporan LKIP')! };
}

/** Zero-based row of the first cell of column A holding this text. */
function baris(l: LembarData, teks: string): number {
  for (const [r, b] of [...l.sel].sort((x, y) => x[0] - y[0])) if (b.get(0)?.v === teks) return r;
  throw new Error(`"${teks}" tidak ada di kolom A`);
}

describe('Office.js: tata cetak (ExcelApi 1.9)', () => {
  test('A4 lanskap, 1 halaman lebar dan tinggi otomatis, area cetak, baris judul 1–3, kaki halaman', async () => {
    const { laporan, hasil } = await jalankan('1.18');
    const tinggi = laporan.rentangTerpakai(false)!.jumlahBaris;
    expect(laporan.tataHalaman).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printArea: `A1:M${tinggi}`,
      printTitleRows: '1:3',
      leftFooter: 'Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur',
      centerFooter: 'Halaman &P dari &N',
      rightFooter: 'LKIP Tahun 2021',
    });
    expect(hasil.temuan.filter((t) => /TIDAK-DIDUKUNG/.test(t.id ?? ''))).toEqual([]);
  });

  test('putus halaman sama dengan model (dan dengan berkas .xlsx): di awal blok tabel atau grafik', async () => {
    const { laporan, buku } = await jalankan('1.18');
    const { masukan } = bacaKontrak((await new PortExcel(new HostExcel(buku).jalankan).bacaNamaLkip()).rentang);
    const model = susunLembarLaporan(hitungLaporan(masukan!), { analisis: MODUL_ANALISIS });
    expect(model.cetak!.putusSebelum.length).toBeGreaterThan(0);
    expect(laporan.putusHalaman).toEqual(model.cetak!.putusSebelum.map((b) => `A${b + 1}`));
    expect(laporan.putusHalaman).toContain(
      `A${baris(laporan, 'Grafik Capaian Kinerja per Indikator Tahun 2021 terhadap Target 100%') + 1}`,
    );
  });

  test('Verifikasi: kepala kolomnya diulang di setiap halaman', async () => {
    const { buku } = await jalankan('1.18');
    const v = buku.cariLembar('Verifikasi')!;
    expect(v.tataHalaman.printTitleRows).toBe(`${baris(v, 'ID') + 1}:${baris(v, 'ID') + 1}`);
    expect(v.tataHalaman.orientation).toBe('Landscape');
  });

  test('menjalankan ulang: tidak ada putus halaman atau grafik ganda', async () => {
    const { port, laporan } = await jalankan('1.18');
    const putus = [...laporan.putusHalaman];
    const grafik = laporan.grafik.map((g) => g.nama);
    expect((await jalankanLaporan(port)).status).toBe('ditulis');
    expect(laporan.putusHalaman).toEqual(putus);
    expect(laporan.grafik.map((g) => g.nama)).toEqual(grafik);
  });
});

describe('Office.js: grafik asli (ExcelApi 1.8)', () => {
  test('grafik capaian: batang per indikator terukur di dalam bingkai 100%, dari sel data di bawahnya', async () => {
    const { laporan } = await jalankan('1.18');
    expect(laporan.grafik.map((g) => [g.nama, g.jenis])).toEqual([
      ['LKIP Grafik 1', 'BarClustered'],
      ['LKIP Grafik 2', 'BarClustered'],
      ['LKIP Grafik 3', 'BarClustered'],
    ]);
    const g = laporan.grafik[0]!;
    const judul = baris(laporan, 'Grafik Capaian Kinerja per Indikator Tahun 2021 terhadap Target 100%');
    expect(g.judul).toBe('Grafik Capaian Kinerja per Indikator Tahun 2021 terhadap Target 100%');
    const kepala = [...laporan.sel.entries()].find(([r, b]) => r > judul && b.get(0)?.v === 'No')![0];
    expect(g.posisi).toBe(`A${judul + 2}:G${kepala}`);
    const awal = kepala + 2;
    const akhir = awal + 8; // the nine measured indicators (2 and 8 have no realisasi)
    expect(g.seri).toEqual([
      expect.objectContaining({
        nama: 'Capaian',
        nilai: `D${awal}:D${akhir}`,
        sumbuX: `B${awal}:B${akhir}`,
        isi: '#4472C4',
        labelNilai: true,
        overlap: 100,
      }),
      expect.objectContaining({
        nama: 'Target 100%',
        nilai: `E${awal}:E${akhir}`,
        sumbuX: `B${awal}:B${akhir}`,
        isi: 'none',
        garis: '#C00000',
        overlap: 100,
      }),
    ]);
    // the cells the bars stand on: the document's capaian, and 100 each
    const kolom = (k: number) => Array.from({ length: 9 }, (_, i) => laporan.ambil(awal - 1 + i, k)?.v);
    expect(kolom(3)).toEqual([88.64, 75, 100, 100, 100, 50, 96.43, 22.86, 100]);
    expect(kolom(4)).toEqual(Array(9).fill(100));
    expect(g.sumbu).toEqual({
      'categoryAxis.reversePlotOrder': true,
      'categoryAxis.position': 'Maximum',
      'valueAxis.numberFormat': '0" %"',
    });
  });

  test('grafik harga: nama dan persentase dari tabel harga itu sendiri', async () => {
    const { laporan } = await jalankan('1.18');
    const tabel = baris(laporan, 'Perbandingan Kenaikan/Penurunan Harga Kebutuhan Pokok');
    const awal = tabel + 3; // caption, header, then the first item (Beras)
    expect(laporan.ambil(awal - 1, 1)?.v).toBe('Beras');
    expect(laporan.ambil(awal - 1, 6)?.v).toBe(-7.37);
    const g = laporan.grafik[1]!;
    expect(g.seri).toHaveLength(1);
    expect(g.seri[0]).toMatchObject({ sumbuX: `B${awal}:B${awal + 22}`, nilai: `G${awal}:G${awal + 22}` });
    expect(g.legenda.visible).toBe(false);
  });

  test('grafik dan tata cetak ditulis sebelum proteksi, dalam jumlah sync yang sama', async () => {
    const penuh = await jalankan('1.18');
    const tanpa = await jalankan('1.7');
    expect(penuh.sync).toBe(tanpa.sync);
    const ops = penuh.laporan.log.map((x) => x.op);
    expect(ops.lastIndexOf('charts.add')).toBeLessThan(ops.lastIndexOf('protect'));
    expect(ops.lastIndexOf('pageLayout.setPrintArea')).toBeLessThan(ops.lastIndexOf('protect'));
  });
});

describe('Office.js lama: turun dengan sopan', () => {
  test('ExcelApi 1.8: grafik ada, tata cetak tidak; temuan info CETAK-TIDAK-DIDUKUNG di Verifikasi', async () => {
    const { laporan, hasil, buku } = await jalankan('1.8');
    expect(laporan.tataHalaman).toEqual({});
    expect(laporan.putusHalaman).toEqual([]);
    expect(laporan.grafik).toHaveLength(3);
    const t = hasil.temuan.filter((x) => /TIDAK-DIDUKUNG/.test(x.id ?? ''));
    expect(t.map((x) => [x.id, x.tingkat])).toEqual([['CETAK-TIDAK-DIDUKUNG', 'info']]);
    expect(t[0]!.pesan).toMatch(/ExcelApi 1\.9.*Tata Letak Halaman.*npm run report/);
    const v = buku.cariLembar('Verifikasi')!;
    expect([...v.sel.values()].some((b) => b.get(0)?.v === 'CETAK-TIDAK-DIDUKUNG')).toBe(true);
  });

  test('ExcelApi 1.7: hanya sel; dua temuan info', async () => {
    const { laporan, hasil } = await jalankan('1.7');
    expect(laporan.grafik).toEqual([]);
    expect(laporan.tataHalaman).toEqual({});
    expect(hasil.temuan.filter((x) => /TIDAK-DIDUKUNG/.test(x.id ?? '')).map((x) => x.id)).toEqual([
      'CETAK-TIDAK-DIDUKUNG',
      'GRAFIK-TIDAK-DIDUKUNG',
    ]);
  });
});
