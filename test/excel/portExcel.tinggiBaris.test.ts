/**
 * PortExcel writes the model's row heights (ModelLembar.tinggiBaris) on the fake Excel host: one
 * rowHeight write per run of equal heights, after the autofit and before the protection, inside the
 * same request as the rest of the layout (no extra context.sync()).
 */
import type { ModelLembar } from '../../src/report/lembar';
import { PortExcel } from '../../src/excel/portExcel';
import { BukuPalsu, HostExcel, type LembarData } from './host';
import { modelLaporan } from './modelUji';

function siapkan(buku: BukuPalsu): { host: HostExcel; port: PortExcel } {
  const host = new HostExcel(buku);
  const port = new PortExcel(host.jalankan, { didukung: (set, versi) => set === 'ExcelApi' && versi === '1.18' });
  return { host, port };
}

/** modelLaporan(7) has 10 rows: title, blank, header, 7 indicators. */
const TINGGI: readonly (number | null)[] = [null, null, 30, 45, 45, 45, null, 30, 30, null];

function denganTinggi(tinggiBaris: readonly (number | null)[] = TINGGI): ModelLembar {
  return { ...modelLaporan(7), tinggiBaris };
}

function tinggiTertulis(l: LembarData): { alamat: string; nilai: unknown }[] {
  return l.format.filter((f) => f.jalur === 'rowHeight').map(({ alamat, nilai }) => ({ alamat, nilai }));
}

describe('tulisLembar writes tinggiBaris', () => {
  test('one whole-row write per run of equal heights; rows without a height are left alone', async () => {
    const buku = new BukuPalsu();
    const { port } = siapkan(buku);
    await port.tulisLembar(denganTinggi());
    const l = buku.cariLembar('Laporan LKIP')!;
    // Rows are 1-based in addresses: model rows 2 | 3-5 | 7-8.
    expect(tinggiTertulis(l)).toEqual([
      { alamat: '3:3', nilai: 30 },
      { alamat: '4:6', nilai: 45 },
      { alamat: '8:9', nilai: 30 },
    ]);
    const ops = l.log.map((x) => x.op);
    const pertamaTinggi = ops.indexOf('format.rowHeight');
    // After the autofit (which Excel does not apply to merged cells), before the sheet is protected.
    expect(ops.lastIndexOf('format.autofitRows')).toBeLessThan(pertamaTinggi);
    expect(ops.lastIndexOf('format.rowHeight')).toBeLessThan(ops.indexOf('protect'));
  });

  test('the heights add no sync and no request: 2 syncs on a new sheet, 3 on our sheet, as without them', async () => {
    const jejak = async (model: ModelLembar) => {
      const buku = new BukuPalsu();
      const { host, port } = siapkan(buku);
      await port.tulisLembar(model);
      const baru = host.jumlahSync;
      await port.tulisLembar(model);
      return { baru, tulisUlang: host.jumlahSync - baru, permintaan: host.permintaan.length };
    };
    const tanpa = await jejak(modelLaporan(7));
    const dengan = await jejak(denganTinggi());
    expect(tanpa).toEqual({ baru: 2, tulisUlang: 3, permintaan: 5 });
    expect(dengan).toEqual(tanpa);
  });

  test('a height on every row of a large sheet is still one write per run and the same number of syncs', async () => {
    const model = modelLaporan(5000, 'Laporan LKIP', { catatan: false });
    // Alternating runs of 10 rows: 30 pt, then 45 pt.
    const tinggiBaris = model.nilai.map((_, i) => (i < 3 ? null : Math.floor((i - 3) / 10) % 2 === 0 ? 30 : 45));
    const buku = new BukuPalsu();
    const { port, host } = siapkan(buku);
    await port.tulisLembar({ ...model, tinggiBaris });
    const tulisan = tinggiTertulis(buku.cariLembar('Laporan LKIP')!);
    expect(tulisan).toHaveLength(500);
    expect(tulisan[0]).toEqual({ alamat: '4:13', nilai: 30 });
    expect(tulisan[1]).toEqual({ alamat: '14:23', nilai: 45 });
    expect(tulisan[499]).toEqual({ alamat: '4994:5003', nilai: 45 });

    const bukuTanpa = new BukuPalsu();
    const tanpa = siapkan(bukuTanpa);
    await tanpa.port.tulisLembar(model);
    expect(host.jumlahSync).toBe(tanpa.host.jumlahSync);
  });

  test('rewriting with a model without heights resets them: the sheet equals a fresh write', async () => {
    const buku = new BukuPalsu();
    const { port } = siapkan(buku);
    await port.tulisLembar(denganTinggi());
    await port.tulisLembar(modelLaporan(7));
    const l = buku.cariLembar('Laporan LKIP')!;
    expect(tinggiTertulis(l)).toEqual([]);
    // The reset itself (whole sheet back to the standard height) came before any new layout.
    expect(l.log.map((x) => x.op)).toContain('format.useStandardHeight');

    const segar = new BukuPalsu();
    await siapkan(segar).port.tulisLembar(modelLaporan(7));
    expect(JSON.stringify(l.format)).toBe(JSON.stringify(segar.cariLembar('Laporan LKIP')!.format));
  });

  test.each([
    ['with 410 pt (above Excel’s 409)', [null, 410], 'tinggi baris 2 = 410'],
    ['with -1 pt', [-1], 'tinggi baris 1 = -1'],
    ['with NaN', [null, null, Number.NaN], 'tinggi baris 3 = NaN'],
    ['longer than the rows', Array<number | null>(11).fill(null), 'tinggiBaris memiliki 11 baris, nilai 10 baris'],
  ])('tinggiBaris %s is refused before any request', async (_apa, tinggiBaris, pesan) => {
    const buku = new BukuPalsu();
    const { port, host } = siapkan(buku);
    await expect(port.tulisLembar(denganTinggi(tinggiBaris))).rejects.toMatchObject({
      kode: 'MODEL_TIDAK_VALID',
      message: expect.stringContaining(pesan),
    });
    expect(host.jumlahSync).toBe(0);
    expect(buku.lembar).toHaveLength(0);
  });
});
