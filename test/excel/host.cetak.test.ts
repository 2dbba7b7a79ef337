/**
 * The fake host's page layout, page breaks and charts (test/excel/host/grafikPalsu.ts) keep Excel's rules, or the
 * adapter's tests of issue 15 prove nothing: values Excel refuses fail the sync (InvalidArgument), a protected sheet
 * refuses them (AccessDenied), a chart reads its series from the sheet's cells, charts.items carry their names.
 */
import { BukuPalsu, HostExcel } from './host';

type Konteks = Excel.RequestContext;

async function galat(buku: BukuPalsu, batch: (context: Konteks) => Promise<unknown>): Promise<string> {
  try {
    await new HostExcel(buku).jalankan(batch);
    return 'tidak gagal';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

function buku(): BukuPalsu {
  const b = new BukuPalsu();
  b.tambahLembar('Laporan LKIP', [
    ['Indikator', 'Capaian', 'Target'],
    ['A', 88.64, 100],
    ['B', 75, 100],
  ]);
  return b;
}

describe('pageLayout palsu', () => {
  test('nilai yang sah tercatat; yang ditolak Excel menggagalkan sync', async () => {
    const b = buku();
    await new HostExcel(b).jalankan(async (context) => {
      const p = context.workbook.worksheets.getItem('Laporan LKIP').pageLayout;
      p.orientation = 'Landscape';
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.setPrintTitleRows('$1:$1');
      p.setPrintArea('A1:C3');
      p.headersFooters.defaultForAllPages.centerFooter = 'Halaman &P dari &N';
      await context.sync();
    });
    expect(b.cariLembar('Laporan LKIP')!.tataHalaman).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '1:1',
      printArea: 'A1:C3',
      centerFooter: 'Halaman &P dari &N',
    });
    const lembar = (context: Konteks) => context.workbook.worksheets.getItem('Laporan LKIP');
    expect(
      await galat(b, async (c) => void ((lembar(c).pageLayout.orientation = 'Miring' as Excel.PageOrientation), await c.sync())),
    ).toBe('InvalidArgument');
    expect(
      await galat(b, async (c) => void ((lembar(c).pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 }), await c.sync())),
    ).toBe('InvalidArgument');
    expect(await galat(b, async (c) => void (lembar(c).pageLayout.setPrintTitleRows('A1:C1'), await c.sync()))).toBe(
      'InvalidArgument',
    );
  });

  test('lembar terproteksi menolak pengaturan halaman, putus halaman dan grafik baru', async () => {
    const b = buku();
    b.cariLembar('Laporan LKIP')!.terproteksi = true;
    const lembar = (context: Konteks) => context.workbook.worksheets.getItem('Laporan LKIP');
    expect(await galat(b, async (c) => void (lembar(c).pageLayout.setPrintArea('A1:C3'), await c.sync()))).toBe('AccessDenied');
    expect(await galat(b, async (c) => void (lembar(c).horizontalPageBreaks.add('A2'), await c.sync()))).toBe('AccessDenied');
    expect(
      await galat(
        b,
        async (c) => void (lembar(c).charts.add('BarClustered', lembar(c).getRange('B2:B3'), 'Columns'), await c.sync()),
      ),
    ).toBe('AccessDenied');
  });
});

describe('grafik palsu', () => {
  test('charts.add membaca seri dari kolom sumber; seri tambahan, label, posisi; items dengan namanya; delete', async () => {
    const b = buku();
    const host = new HostExcel(b);
    await host.jalankan(async (context) => {
      const l = context.workbook.worksheets.getItem('Laporan LKIP');
      const g = l.charts.add('BarClustered', l.getRange('B2:B3'), 'Columns');
      g.name = 'LKIP Grafik 1';
      g.setPosition('E1', 'K10');
      g.series.getItemAt(0).setXAxisValues(l.getRange('A2:A3'));
      g.series.add('Target').setValues(l.getRange('C2:C3'));
      await context.sync();
    });
    const data = b.cariLembar('Laporan LKIP')!.grafik;
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ nama: 'LKIP Grafik 1', jenis: 'BarClustered', posisi: 'E1:K10' });
    expect(data[0]!.seri.map((s) => [s.nama, s.nilai, s.sumbuX])).toEqual([
      ['Series1', 'B2:B3', 'A2:A3'],
      ['Target', 'C2:C3', null],
    ]);
    const nama = await host.jalankan(async (context) => {
      const koleksi = context.workbook.worksheets.getItem('Laporan LKIP').charts;
      koleksi.load('items/name');
      await context.sync();
      const n = koleksi.items.map((g) => g.name);
      for (const g of koleksi.items) g.delete();
      await context.sync();
      return n;
    });
    expect(nama).toEqual(['LKIP Grafik 1']);
    expect(b.cariLembar('Laporan LKIP')!.grafik).toEqual([]);
    expect(
      await galat(b, async (c) => {
        const l = c.workbook.worksheets.getItem('Laporan LKIP');
        l.charts.add('Bintang' as 'BarClustered', l.getRange('B2:B3'));
        await c.sync();
      }),
    ).toBe('InvalidArgument');
  });
});
