/**
 * The two workbook adapters agree: the Office.js adapter (PortExcel on the fake Excel host) and the .xlsx
 * adapter the runner uses (PortPaketXlsx) read the same names from the same workbook, refuse the same inputs with the same
 * GalatPort, mark their sheets with the same names and report the same progress stages. The workbook is the
 * project's sample (src/sample: the document's 2021 figures), written through each adapter.
 */
import ExcelJS from 'exceljs';
import { PortPaketXlsx } from '../../src/cli/xlsx/portPaket';
import { PortExcel } from '../../src/excel/portExcel';
import type { ModelLembar } from '../../src/report/lembar';
import type { PortBukuKerja } from '../../src/report/port';
import { jalankanLaporan } from '../../src/report/jalankan';
import { susunContoh } from '../../src/sample';
import { BukuPalsu, HostExcel } from './host';
import { modelLaporan } from './modelUji';

interface Adapter {
  readonly port: PortBukuKerja;
  /** The same workbook, allowed to replace the user's sheets (after the user's consent). */
  readonly izinTimpa: () => PortBukuKerja;
  /** Workbook-scoped names: name, hidden, the reference as the workbook stores it. */
  readonly nama: () => { nama: string; tersembunyi: boolean; rujukan: string }[];
}

function excel(): Adapter {
  const buku = new BukuPalsu();
  buku.tambahLembar('Sheet1');
  return excelPada(buku);
}

function excelPada(buku: BukuPalsu): Adapter {
  const port = new PortExcel(new HostExcel(buku).jalankan, { didukung: () => true });
  return {
    port,
    izinTimpa: () => port.denganIzinTimpa(),
    nama: () => buku.nama.map((n) => ({ nama: n.nama, tersembunyi: !n.terlihat, rujukan: String(buku.nilaiNama(n)) })),
  };
}

async function xlsx(port?: PortPaketXlsx): Promise<Adapter> {
  port ??= await PortPaketXlsx.baru();
  return {
    port,
    izinTimpa: () => port.denganIzinTimpa(),
    nama: () => port.daftarNama().map((n) => ({ nama: n.nama, tersembunyi: n.tersembunyi, rujukan: n.teks })),
  };
}

/** The sample's input sheet and every LKIP_ name, written through the adapter. */
async function denganContoh(a: Adapter): Promise<Adapter> {
  const contoh = susunContoh();
  await a.port.tulisLembar(contoh.lembar);
  for (const n of contoh.nama) await a.port.tetapkanNama(n.nama, n.lembar, n.alamat);
  return a;
}

async function galat(janji: Promise<unknown>): Promise<unknown> {
  try {
    await janji;
  } catch (e) {
    return { jenis: (e as Error).name, kode: (e as { kode?: string }).kode, pesan: (e as Error).message };
  }
  return 'tidak gagal';
}

describe('the Office.js and .xlsx adapters agree', () => {
  test('the same names, values and formulas from the same workbook', async () => {
    const [a, b] = await Promise.all([denganContoh(excel()), denganContoh(await xlsx())]);
    const bacaA = await a.port.bacaNamaLkip();
    const bacaB = await b.port.bacaNamaLkip();
    expect(bacaA.tidakTerbaca).toEqual([]);
    expect(bacaB.tidakTerbaca).toEqual([]);
    const urut = (x: typeof bacaA) => [...x.rentang].sort((p, q) => (p.nama < q.nama ? -1 : 1));
    expect(urut(bacaB)).toEqual(urut(bacaA));
    expect(bacaA.rentang.length).toBe(susunContoh().nama.length);
    // Asked to skip the formulas of some names, both leave them out (the sample's realisasi holds =39/88*100).
    expect(bacaA.rentang.find((r) => r.nama === 'LKIP_Realisasi')!.rumus).toBeDefined();
    const tanpa = { awalanTanpaRumus: ['lkip_realisasi'] };
    const [tanpaA, tanpaB] = [await a.port.bacaNamaLkip(tanpa), await b.port.bacaNamaLkip(tanpa)];
    expect(tanpaA.rentang.find((r) => r.nama === 'LKIP_Realisasi')!.rumus).toBeUndefined();
    expect(urut(tanpaB)).toEqual(urut(tanpaA));
  });

  test('a whole run writes the same sheets, marked by the same hidden names', async () => {
    const [a, b] = await Promise.all([denganContoh(excel()), denganContoh(await xlsx())]);
    const hasilA = await jalankanLaporan(a.port);
    const hasilB = await jalankanLaporan(b.port);
    expect(hasilA.status).toBe('ditulis');
    expect(hasilB).toEqual(hasilA);
    const penanda = (x: Adapter) => x.nama().filter((n) => n.nama.startsWith('_LKIP_LEMBAR_'));
    expect(penanda(a)).toEqual([
      { nama: '_LKIP_LEMBAR_1', tersembunyi: true, rujukan: "'Data LKIP'!$A$1" },
      { nama: '_LKIP_LEMBAR_2', tersembunyi: true, rujukan: "'Laporan LKIP'!$A$1" },
      { nama: '_LKIP_LEMBAR_3', tersembunyi: true, rujukan: 'Verifikasi!$A$1' },
      { nama: '_LKIP_LEMBAR_4', tersembunyi: true, rujukan: "'Narasi LKIP'!$A$1" },
    ]);
    expect(penanda(b)).toEqual(penanda(a));
    for (const nama of ['Laporan LKIP', 'Verifikasi', 'Data LKIP', 'Tidak Ada']) {
      expect([nama, await b.port.statusLembar(nama)]).toEqual([nama, await a.port.statusLembar(nama)]);
    }
    expect(await b.port.bacaNilaiLembar('Verifikasi')).toEqual(await a.port.bacaNilaiLembar('Verifikasi'));
    expect(await b.port.bacaNilaiLembar('Narasi LKIP')).toEqual(await a.port.bacaNilaiLembar('Narasi LKIP'));
  });

  test.each<[string, (port: PortBukuKerja) => Promise<unknown>]>([
    ['a sheet name Excel refuses', (p) => p.tulisLembar({ ...modelLaporan(2), nama: 'Laporan/LKIP' })],
    ['a ragged model', (p) => p.tulisLembar({ ...modelLaporan(2), nilai: [[1, 2], [3]] } as ModelLembar)],
    [
      'NaN in a cell',
      (p) =>
        p.tulisLembar({
          ...modelLaporan(2),
          nilai: modelLaporan(2).nilai.map((b, i) => (i === 3 ? [...b.slice(0, 4), NaN, ...b.slice(5)] : b)),
        }),
    ],
    [
      'overlapping merges',
      (p) =>
        p.tulisLembar({
          ...modelLaporan(2),
          gabungan: [...modelLaporan(2).gabungan, { baris: 0, kolom: 1, jumlahBaris: 2, jumlahKolom: 2 }],
        }),
    ],
    ['a defined name Excel refuses', (p) => p.tetapkanNama('C5', 'Sheet1', 'A1')],
    ['an address that is not A1', (p) => p.tetapkanNama('LKIP_Target', 'Sheet1', 'R1C1')],
    ['a missing sheet', (p) => p.tetapkanNama('LKIP_Target', 'Tidak Ada', 'A1')],
  ])('%s: the same GalatPort, code and message', async (_apa, salah) => {
    const a = excel();
    const b = await xlsx();
    await b.port.tulisLembar({ ...modelLaporan(1), nama: 'Sheet1' });
    const galatA = await galat(salah(a.port));
    expect(galatA).toMatchObject({ jenis: 'GalatPort', kode: expect.any(String) });
    expect(await galat(salah(b.port))).toEqual(galatA);
  });

  test('a sheet the user made is replaced only after consent (denganIzinTimpa), by both', async () => {
    const bukuExcel = new BukuPalsu();
    bukuExcel.tambahLembar('Laporan LKIP', [['catatan pribadi']]);
    const a = excelPada(bukuExcel);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Laporan LKIP').getCell('A1').value = 'catatan pribadi';
    const b = await xlsx(await PortPaketXlsx.dariData(new Uint8Array(await wb.xlsx.writeBuffer()), 'pengguna.xlsx'));
    const galatA = await galat(a.port.tulisLembar(modelLaporan(2)));
    expect(galatA).toMatchObject({ kode: 'LEMBAR_MILIK_PENGGUNA', pesan: expect.stringContaining('"Laporan LKIP"') });
    expect(await galat(b.port.tulisLembar(modelLaporan(2)))).toEqual(galatA);
    for (const x of [a, b]) {
      expect(await x.port.bacaNilaiLembar('Laporan LKIP')).toEqual([['catatan pribadi']]);
      await x.izinTimpa().tulisLembar(modelLaporan(2));
      expect(await x.port.statusLembar('Laporan LKIP')).toBe('milik_lkip');
    }
    expect(await b.port.bacaNilaiLembar('Laporan LKIP')).toEqual(await a.port.bacaNilaiLembar('Laporan LKIP'));
  });

  test('progress: "membaca" while reading the names, "menulis" while writing, each ending at total of total', async () => {
    for (const a of [await denganContoh(excel()), await denganContoh(await xlsx())]) {
      const tahap: [string, number, number][] = [];
      await a.port.bacaNamaLkip({ kemajuan: (t, s, n) => tahap.push([t, s, n]) });
      await a.port.tulisLembar(modelLaporan(3), (t, s, n) => tahap.push([t, s, n]));
      expect([...new Set(tahap.map(([t]) => t))]).toEqual(['membaca', 'menulis']);
      for (const t of ['membaca', 'menulis']) {
        const akhir = tahap.filter(([x]) => x === t).at(-1)!;
        expect(akhir[1]).toBe(akhir[2]);
      }
    }
  });
});
