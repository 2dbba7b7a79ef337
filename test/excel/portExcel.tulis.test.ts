/**
 * PortExcel writing and sheet ownership: tulisLembar, statusLembar, tetapkanNama, on the fake Excel
 * host (test/excel/host), which refuses writes to protected sheets and reads of unloaded properties.
 */
import { AWALAN_PENANDA_LEMBAR, GalatPort } from '../../src/report/buku';
import type { ModelLembar } from '../../src/report/lembar';
import { KUOTA_BITA, KUOTA_SEL, potongBarisTulis, susunGrid } from '../../src/excel/kuota';
import { PortExcel } from '../../src/excel/portExcel';
import { BukuPalsu, HostExcel, type LembarData } from './host';
import { FORMAT_ANGKA, modelLaporan, modelMasukan, TEKS_MIRIP_RUMUS } from './modelUji';

function siapkan(buku: BukuPalsu, opsi: { catatan?: boolean } = {}): { host: HostExcel; port: PortExcel } {
  const host = new HostExcel(buku);
  const didukung = (set: string, versi: string): boolean => opsi.catatan !== false && set === 'ExcelApi' && versi === '1.18';
  return { host, port: new PortExcel(host.jalankan, { didukung }) };
}

/** Everything the sheet holds that a reader could see, for before/after comparisons. */
function potret(l: LembarData): string {
  return JSON.stringify({
    sel: l.grid(),
    format: l.format,
    gabungan: l.gabungan,
    catatan: [...l.catatan],
    terproteksi: l.terproteksi,
    opsiProteksi: l.opsiProteksi,
    bekuBaris: l.bekuBaris,
  });
}

function penanda(buku: BukuPalsu): { nama: string; lembar: string | undefined; terlihat: boolean }[] {
  return buku.nama
    .filter((n) => n.nama.startsWith(AWALAN_PENANDA_LEMBAR))
    .map((n) => ({ nama: n.nama, lembar: buku.lembar.find((l) => l.id === n.rujukan?.lembarId)?.nama, terlihat: n.terlihat }));
}

describe('tulisLembar on a new sheet', () => {
  test('writes values, formats, styles, merges, widths, freeze, notes, protection and a hidden marker', async () => {
    const buku = new BukuPalsu();
    buku.tambahLembar('Input', [['x']]);
    const { port, host } = siapkan(buku);
    expect(await port.statusLembar('Laporan LKIP')).toBe('tidak_ada');
    const vor = host.jumlahSync;

    const kemajuan: [string, number, number][] = [];
    await port.tulisLembar(modelLaporan(7), (t, s, n) => kemajuan.push([t, s, n]));
    const l = buku.cariLembar('Laporan LKIP')!;
    const grid = l.grid();

    expect(grid[0]![0]).toEqual({ v: 'Capaian Kinerja Tahun 2021', nf: '@' });
    expect(grid[2]!.map((s) => s.v)).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Realisasi',
      'Capaian',
      'Kategori',
      'Catatan reviewer',
    ]);
    expect(grid[3]!.map((s) => s.v)).toEqual([
      1,
      'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online',
      '%',
      50,
      44.32,
      88.64,
      'Sangat Berhasil',
      '',
    ]);
    expect(grid[3]![4]).toEqual({ v: 44.32, nf: FORMAT_ANGKA });
    // Formula-like text stays text: no formula, the exact text, formatted as Text.
    const satuan = grid.slice(5, 10).map((b) => b[2]!);
    expect(satuan).toEqual(TEKS_MIRIP_RUMUS.map((t) => ({ v: t, nf: '@' })));
    expect(grid.flat().some((s) => s.f !== undefined)).toBe(false);

    expect(l.gabungan).toEqual(['A1:H1']);
    expect(l.bekuBaris).toBe(3);
    const tulisan = (jalur: string): { alamat: string; nilai: unknown }[] =>
      l.format.filter((f) => f.jalur === jalur).map(({ alamat, nilai }) => ({ alamat, nilai }));
    expect(tulisan('font.bold')).toEqual([
      { alamat: 'A1:H1', nilai: true },
      { alamat: 'A3:H3', nilai: true },
    ]);
    expect(tulisan('fill.color')).toEqual([
      { alamat: 'A3:H3', nilai: '#D9E1F2' },
      { alamat: 'G4:G10', nilai: '#C6EFCE' },
    ]);
    expect(tulisan('horizontalAlignment')).toEqual([
      { alamat: 'A1:H1', nilai: 'Center' },
      { alamat: 'A3:H3', nilai: 'Center' },
    ]);
    // A one-row header gets no inside-horizontal line; the data block gets both inside lines.
    expect(tulisan('borders.InsideHorizontal.style')).toEqual([{ alamat: 'A4:H10', nilai: 'Continuous' }]);
    expect(tulisan('borders.EdgeTop.weight')).toEqual([
      { alamat: 'A3:H3', nilai: 'Thin' },
      { alamat: 'A4:H10', nilai: 'Thin' },
    ]);
    // Widths in points, 7 px per character, 0.75 pt per px: 5 → 35 px = 26.25 pt; 48 → 336 px = 252 pt;
    // 10 → 52.5 pt; the three 12s (D:F) → 84 px = 63 pt in one write; 16 → 84 pt; 30 → 157.5 pt.
    expect(tulisan('columnWidth')).toEqual([
      { alamat: 'A:A', nilai: 26.25 },
      { alamat: 'B:B', nilai: 252 },
      { alamat: 'C:C', nilai: 52.5 },
      { alamat: 'D:F', nilai: 63 },
      { alamat: 'G:G', nilai: 84 },
      { alamat: 'H:H', nilai: 157.5 },
    ]);
    expect([...l.catatan]).toEqual([
      ['F4', '44,32 / 50 × 100% = 88,64%'],
      ['F5', '(12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%'],
    ]);
    // Reviewer column unlocked, then the sheet protected without a password.
    expect(tulisan('protection.locked')).toEqual([{ alamat: 'H4:H10', nilai: false }]);
    expect(l.terproteksi).toBe(true);
    expect(l.opsiProteksi).toEqual({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
    const ops = l.log.map((x) => x.op);
    expect(ops.indexOf('format.protection.locked')).toBeLessThan(ops.indexOf('protect'));
    expect(ops.indexOf('numberFormat')).toBeLessThan(ops.indexOf('values'));

    expect(penanda(buku)).toEqual([{ nama: `${AWALAN_PENANDA_LEMBAR}1`, lembar: 'Laporan LKIP', terlihat: false }]);
    // One sync to check ownership, one request for everything else.
    expect(host.jumlahSync - vor).toBe(2);
    expect(host.sisaAntrean).toBe(0);
    expect(kemajuan).toEqual([['menulis', 1, 1]]);
    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_lkip');
  });
});

describe('tulisLembar: formulas, missing notes API, invalid models', () => {
  test('an input sheet keeps its native formulas; formula-like text in it is still text', async () => {
    const buku = new BukuPalsu();
    const { port } = siapkan(buku);
    await port.tulisLembar(modelMasukan());
    const grid = buku.cariLembar('Input LKIP')!.grid();
    expect(grid[1]![2]).toMatchObject({ f: '=39/88*100' });
    expect(grid[2]![0]).toEqual({ v: '=bukan rumus', nf: '@' });
    expect(grid[2]![2]).toEqual({ v: 19.77, nf: FORMAT_ANGKA });
  });

  test('without the notes API (ExcelApi 1.18) the notes are left out, nothing fails', async () => {
    const buku = new BukuPalsu();
    const { port } = siapkan(buku, { catatan: false });
    await port.tulisLembar(modelLaporan(3));
    const l = buku.cariLembar('Laporan LKIP')!;
    expect(l.catatan.size).toBe(0);
    expect(l.log.some((x) => x.op.startsWith('note'))).toBe(false);
    expect(l.grid()[3]![5]!.v).toBe(88.64);
  });

  test('an invalid model is refused before any request', async () => {
    const buku = new BukuPalsu();
    const { port, host } = siapkan(buku);
    const rusak: ModelLembar = {
      ...modelLaporan(2),
      nilai: modelLaporan(2).nilai.map((b, i) => (i === 3 ? [...b.slice(0, 4), NaN, ...b.slice(5)] : b)),
    };
    await expect(port.tulisLembar(rusak)).rejects.toMatchObject({
      kode: 'MODEL_TIDAK_VALID',
      message: expect.stringContaining('E4'),
    });
    await expect(port.tulisLembar({ ...modelLaporan(2), nama: 'Laporan/LKIP' })).rejects.toMatchObject({
      kode: 'NAMA_LEMBAR_TIDAK_VALID',
    });
    expect(host.jumlahSync).toBe(0);
    expect(buku.lembar).toHaveLength(0);
  });
});

describe('rewriting, ownership and the user’s sheets', () => {
  test('running twice gives the identical sheet; a smaller model leaves nothing of the larger one', async () => {
    const buku = new BukuPalsu();
    const { port, host } = siapkan(buku);
    await port.tulisLembar(modelLaporan(12));
    const l = buku.cariLembar('Laporan LKIP')!;
    const pertama = potret(l);
    const vor = host.jumlahSync;
    await port.tulisLembar(modelLaporan(12));
    expect(potret(l)).toBe(pertama);
    // Existing sheet: ownership (2 syncs) + one request; the marker is not duplicated.
    expect(host.jumlahSync - vor).toBe(3);
    expect(penanda(buku)).toHaveLength(1);

    await port.tulisLembar(modelLaporan(4));
    const segar = new BukuPalsu();
    await siapkan(segar).port.tulisLembar(modelLaporan(4));
    expect(potret(l)).toBe(potret(segar.cariLembar('Laporan LKIP')!));
  });

  test('the number of syncs does not grow with the rows (10 vs 10 000 rows)', async () => {
    const hitung = async (n: number): Promise<number[]> => {
      const buku = new BukuPalsu();
      const { port, host } = siapkan(buku);
      await port.tulisLembar(modelLaporan(n));
      const baru = host.jumlahSync;
      await port.tulisLembar(modelLaporan(n));
      return [baru, host.jumlahSync - baru];
    };
    expect(await hitung(10)).toEqual([2, 3]);
    expect(await hitung(10_000)).toEqual([2, 3]);
  });

  test('a sheet of that name the add-in did not create: milik_pengguna, never written without consent', async () => {
    const buku = new BukuPalsu();
    const milikPengguna = buku.tambahLembar('Laporan LKIP', [['Catatan pribadi', 123]]);
    const sebelum = potret(milikPengguna);
    const { port } = siapkan(buku);

    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_pengguna');
    const galat = await port.tulisLembar(modelLaporan(3)).catch((e: unknown) => e);
    expect(galat).toBeInstanceOf(GalatPort);
    expect(galat).toMatchObject({ kode: 'LEMBAR_MILIK_PENGGUNA', message: expect.stringContaining('Laporan LKIP') });
    expect(milikPengguna.log).toEqual([]);
    expect(potret(milikPengguna)).toBe(sebelum);
    expect(penanda(buku)).toEqual([]);

    // After the user confirmed: replaced and marked as ours.
    await port.denganIzinTimpa().tulisLembar(modelLaporan(3));
    expect(milikPengguna.grid()[0]![0]!.v).toBe('Capaian Kinerja Tahun 2021');
    expect(milikPengguna.grid()[0]![1]!.v).toBe('');
    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_lkip');
  });

  test('ownership follows the sheet through a rename; other sheets are never touched', async () => {
    const buku = new BukuPalsu();
    const masukan = buku.tambahLembar('Input', [['Target'], [50]]);
    const { port } = siapkan(buku);
    await port.tulisLembar(modelLaporan(3));
    buku.cariLembar('Laporan LKIP')!.nama = 'Laporan 2021';
    const lama = potret(buku.cariLembar('Laporan 2021')!);

    expect(await port.statusLembar('Laporan 2021')).toBe('milik_lkip');
    expect(await port.statusLembar('Laporan LKIP')).toBe('tidak_ada');
    expect(await port.statusLembar('Input')).toBe('milik_pengguna');

    await port.tulisLembar(modelLaporan(5));
    expect(potret(buku.cariLembar('Laporan 2021')!)).toBe(lama);
    expect(masukan.log).toEqual([]);
    expect(penanda(buku)).toEqual([
      { nama: `${AWALAN_PENANDA_LEMBAR}1`, lembar: 'Laporan 2021', terlihat: false },
      { nama: `${AWALAN_PENANDA_LEMBAR}2`, lembar: 'Laporan LKIP', terlihat: false },
    ]);
  });

  test('a marker whose sheet was deleted (#REF!) is not ownership, and is cleaned up on the next write', async () => {
    const buku = new BukuPalsu();
    const { port } = siapkan(buku);
    await port.tulisLembar(modelLaporan(2));
    buku.hapusLembar('Laporan LKIP');
    buku.tambahLembar('Laporan LKIP', [['punya pengguna']]);
    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_pengguna');
    await expect(port.tulisLembar(modelLaporan(2))).rejects.toMatchObject({ kode: 'LEMBAR_MILIK_PENGGUNA' });

    await port.tulisLembar({ ...modelLaporan(2), nama: 'Verifikasi' });
    expect(penanda(buku)).toEqual([{ nama: `${AWALAN_PENANDA_LEMBAR}2`, lembar: 'Verifikasi', terlihat: false }]);
  });

  test('reading the inputs and writing two sheets writes nothing into the input sheet', async () => {
    const buku = new BukuPalsu();
    const masukan = buku.tambahLembar('Input', [
      ['Indikator', 'Target', 'Realisasi'],
      ['Cakupan Penerapan Sistem Perijinan Usaha', 50, { v: (39 / 88) * 100, f: '=39/88*100' }],
    ]);
    buku.tambahNama('LKIP_Indikator', 'Input!$A$2:$A$2');
    buku.tambahNama('LKIP_Target', 'Input!$B$2:$B$2');
    buku.tambahNama('LKIP_Realisasi', 'Input!$C$2:$C$2');
    const sebelum = potret(masukan);
    const { port } = siapkan(buku);
    await port.bacaNamaLkip();
    await port.tulisLembar(modelLaporan(3));
    await port.tulisLembar({ ...modelLaporan(3), nama: 'Verifikasi' });
    expect(masukan.log).toEqual([]);
    expect(potret(masukan)).toBe(sebelum);
    expect(buku.nama.filter((n) => n.nama.startsWith('LKIP_')).map((n) => n.rujukan?.lembarId)).toEqual([
      masukan.id,
      masukan.id,
      masukan.id,
    ]);
  });
});

describe('large writes', () => {
  test('100 000 rows: blocks under 4 MB and 1 000 000 cells, syncs = 1 + one per request', async () => {
    const model = modelLaporan(100_000, 'Laporan LKIP', { catatan: false });
    const potongan = potongBarisTulis(susunGrid(model));
    expect(potongan.length).toBeGreaterThan(1);
    expect(potongan.reduce((n, p) => n + p.jumlahBaris, 0)).toBe(model.nilai.length);
    potongan.forEach((p, i) => {
      expect(p.bita).toBeLessThan(KUOTA_BITA);
      expect(p.sel).toBeLessThan(KUOTA_SEL);
      if (i > 0) expect(p.barisAwal).toBe(potongan[i - 1]!.barisAwal + potongan[i - 1]!.jumlahBaris);
    });

    const buku = new BukuPalsu();
    const { host, port } = siapkan(buku);
    const kemajuan: number[][] = [];
    await port.tulisLembar(model, (_t, s, n) => kemajuan.push([s, n]));
    const permintaan = host.permintaan.slice(1);
    for (const p of host.permintaan) {
      expect(p.bitaKirim).toBeLessThan(KUOTA_BITA);
      expect(p.selTulis).toBeLessThan(KUOTA_SEL);
    }
    // Layout (styles, widths, protection, marker) fits after the last block: one request per block, or one more.
    expect(permintaan.length).toBeGreaterThanOrEqual(potongan.length);
    expect(permintaan.length).toBeLessThanOrEqual(potongan.length + 1);
    expect(host.jumlahSync).toBe(1 + permintaan.length);
    expect(kemajuan).toEqual(permintaan.map((_, i) => [i + 1, permintaan.length]));

    const l = buku.cariLembar('Laporan LKIP')!;
    expect(l.ambil(100_002, 0)?.v).toBe(100_000);
    expect(l.ambil(3, 4)?.v).toBe(44.32);
    expect(l.log.filter((x) => x.op === 'values')).toHaveLength(potongan.length);
  });
});

describe('tetapkanNama', () => {
  test('adds a workbook-scoped name, and replaces one that exists', async () => {
    const buku = new BukuPalsu();
    buku.tambahLembar('Input LKIP', [['a'], ['b']]);
    buku.tambahLembar('Lain', [['c']]);
    buku.tambahNama('LKIP_Target', 'Lain!$A$1');
    const { port, host } = siapkan(buku);
    await port.tetapkanNama('LKIP_Indikator', 'Input LKIP', '$A$1:$A$2');
    await port.tetapkanNama('LKIP_Target', 'Input LKIP', "'Input LKIP'!$A$2");
    expect(host.jumlahSync).toBe(4);
    const lembarInput = buku.cariLembar('Input LKIP')!.id;
    expect(buku.cariNama('LKIP_Indikator')!.rujukan).toEqual({
      lembarId: lembarInput,
      rentang: { baris: 0, kolom: 0, jumlahBaris: 2, jumlahKolom: 1 },
    });
    expect(buku.cariNama('LKIP_Target')!.rujukan).toEqual({
      lembarId: lembarInput,
      rentang: { baris: 1, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 },
    });
    expect(buku.nama.filter((n) => n.nama === 'LKIP_Target')).toHaveLength(1);
  });

  test('a missing sheet or an invalid name is an Indonesian error', async () => {
    const buku = new BukuPalsu();
    const { port } = siapkan(buku);
    await expect(port.tetapkanNama('LKIP_Target', 'Tidak Ada', 'A1')).rejects.toMatchObject({
      kode: 'LEMBAR_TIDAK_ADA',
      message: expect.stringContaining('Tidak Ada'),
    });
    await expect(port.tetapkanNama('LKIP Target', 'Input', 'A1')).rejects.toMatchObject({ kode: 'NAMA_TIDAK_VALID' });
    await expect(port.tetapkanNama('C5', 'Input', 'A1')).rejects.toMatchObject({ kode: 'NAMA_TIDAK_VALID' });
    expect(buku.nama).toEqual([]);
  });
});
