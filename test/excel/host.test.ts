/**
 * The fake Excel host itself (test/excel/host): it must keep Excel's rules, or the adapter's tests prove
 * nothing. The same host runs in Chromium (test/browser), where panel.e2e.ts checks a few of these again
 * through the production bundle. Excel's behaviour as documented on learn.microsoft.com: loads are read only
 * after a sync, errors reject the sync, typed text follows the quote prefix, protected sheets refuse changes.
 */
import { BukuPalsu, HostExcel, type KuotaHost } from './host';

type Konteks = Excel.RequestContext;

/** Run one batch on a host over `buku`; the code (or name) of whatever the batch threw. */
async function jalankan<T>(buku: BukuPalsu, batch: (context: Konteks) => Promise<T>, kuota: Partial<KuotaHost> = {}) {
  const host = new HostExcel(buku, kuota);
  const hasil = await host.jalankan(batch);
  return { host, hasil };
}

function kode(e: unknown): string {
  const g = e as { code?: string; name?: string };
  return g.code ?? g.name ?? String(e);
}

async function galatDari(janji: Promise<unknown>): Promise<string> {
  try {
    await janji;
    return 'tidak gagal';
  } catch (e) {
    return kode(e);
  }
}

function bukuInput(): BukuPalsu {
  const buku = new BukuPalsu();
  buku.tambahLembar('Input', [
    ['Target', 'Realisasi'],
    [50, { v: (39 / 88) * 100, f: '=39/88*100' }],
  ]);
  return buku;
}

describe('load and sync', () => {
  test('a property is readable only after load and the sync that follows it', async () => {
    const { hasil } = await jalankan(bukuInput(), async (context) => {
      const sel = context.workbook.worksheets.getItem('Input').getRange('B2');
      const h: Record<string, unknown> = {};
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read -- the mistake the host must refuse
        h.tanpaLoad = sel.values;
      } catch (e) {
        h.tanpaLoad = kode(e);
      }
      sel.load('values,formulas');
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- refused too
        h.sebelumSync = sel.values;
      } catch (e) {
        h.sebelumSync = kode(e);
      }
      await context.sync();
      return { ...h, nilai: sel.values, rumus: sel.formulas };
    });
    expect(hasil).toEqual({
      tanpaLoad: 'PropertyNotLoaded',
      sebelumSync: 'PropertyNotLoaded',
      nilai: [[(39 / 88) * 100]],
      rumus: [['=39/88*100']],
    });
  });

  test('isNullObject is known only after a sync; a missing getItem fails the sync (ItemNotFound)', async () => {
    const { host, hasil } = await jalankan(bukuInput(), async (context) => {
      const hilang = context.workbook.worksheets.getItemOrNullObject('Tidak Ada');
      let sebelum: unknown;
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read -- isNullObject is known only after a sync
        sebelum = hilang.isNullObject;
      } catch (e) {
        sebelum = kode(e);
      }
      await context.sync();
      const sesudah = hilang.isNullObject;
      context.workbook.worksheets.getItem('Tidak Ada');
      return { sebelum, sesudah, getItem: await galatDari(context.sync()) };
    });
    expect(hasil).toEqual({ sebelum: 'PropertyNotLoaded', sesudah: true, getItem: 'ItemNotFound' });
    expect(host.permintaan.map((p) => p.gagal)).toEqual([null, 'ItemNotFound']);
  });

  test('a proxy is sealed: a property Office.js does not have cannot be set', async () => {
    const { hasil } = await jalankan(bukuInput(), async (context) => {
      const r = context.workbook.worksheets.getItem('Input').getRange('A1');
      try {
        (r as unknown as Record<string, unknown>).nilaiSalahEja = 1;
        return 'diterima';
      } catch (e) {
        return kode(e);
      }
    });
    expect(hasil).toBe('TypeError');
  });

  test('actions queued but not synced are sent when the batch ends, and counted', async () => {
    const buku = bukuInput();
    const { host } = await jalankan(buku, async (context) => {
      context.workbook.worksheets.getItem('Input').getRange('C1').values = [['lupa sync']];
    });
    expect(buku.cariLembar('Input')!.ambil(0, 2)?.v).toBe('lupa sync');
    expect(host.sisaAntrean).toBe(1);
    expect(host.jumlahSync).toBe(1);
  });
});

describe('writing cells as Excel types them', () => {
  test('formulas, the quote prefix, numbers and booleans; Text-formatted cells keep text', async () => {
    const buku = new BukuPalsu();
    buku.tambahLembar('Uji');
    const { hasil } = await jalankan(buku, async (context) => {
      const r = context.workbook.worksheets.getItem('Uji').getRange('A1:F1');
      r.numberFormat = [[null, null, null, null, null, '@']];
      r.values = [['=2*3', "'=teks", '+abc', '12.5', 'true', '001']];
      r.load('values,formulas');
      await context.sync();
      return { nilai: r.values, rumus: r.formulas };
    });
    expect(hasil).toEqual({
      nilai: [[6, '=teks', '#NAME?', 12.5, true, '001']],
      rumus: [['=2*3', '=teks', '=+abc', 12.5, true, '001']],
    });
    expect(buku.cariLembar('Uji')!.ambil(0, 1)).toEqual({ v: '=teks', kutip: true });
  });

  test('a grid of another shape fails the sync (InvalidArgument); actions before it stay applied', async () => {
    const buku = bukuInput();
    const { hasil } = await jalankan(buku, async (context) => {
      const l = context.workbook.worksheets.getItem('Input');
      l.getRange('A3').values = [['dulu']];
      l.getRange('A4:B4').values = [[1, 2, 3]];
      return galatDari(context.sync());
    });
    expect(hasil).toBe('InvalidArgument');
    expect(buku.cariLembar('Input')!.ambil(2, 0)?.v).toBe('dulu');
    expect(buku.cariLembar('Input')!.ambil(3, 0)).toBeUndefined();
  });

  test('a protected sheet refuses values, except in unlocked cells', async () => {
    const buku = bukuInput();
    const { hasil } = await jalankan(buku, async (context) => {
      const l = context.workbook.worksheets.getItem('Input');
      l.getRange('C2').format.protection.locked = false;
      l.protection.protect({ allowFormatColumns: true });
      l.getRange('C2').values = [['catatan reviewer']];
      l.getRange('C1:D1').format.columnWidth = 60;
      await context.sync();
      l.getRange('A2').values = [[51]];
      return galatDari(context.sync());
    });
    expect(hasil).toBe('AccessDenied');
    const input = buku.cariLembar('Input')!;
    expect(input.ambil(1, 2)?.v).toBe('catatan reviewer');
    expect(input.ambil(1, 0)?.v).toBe(50);
    expect(input.lebarKolom()).toEqual(
      new Map([
        [2, 60],
        [3, 60],
      ]),
    );
  });
});

describe('request budgets', () => {
  test('a request over the budget is refused whole (RequestPayloadSizeLimitExceeded)', async () => {
    const buku = bukuInput();
    const { host, hasil } = await jalankan(
      buku,
      async (context) => {
        context.workbook.worksheets.getItem('Input').getRange('A3').values = [['x'.repeat(2000)]];
        return galatDari(context.sync());
      },
      { permintaan: 1000 },
    );
    expect(hasil).toBe('RequestPayloadSizeLimitExceeded');
    expect(buku.cariLembar('Input')!.ambil(2, 0)).toBeUndefined();
    expect(host.permintaan[0]).toMatchObject({ gagal: 'RequestPayloadSizeLimitExceeded', aksi: 3 });
  });

  test('a response over the budget fails the sync; nothing loaded is delivered', async () => {
    const buku = new BukuPalsu();
    buku.tambahLembar('Besar').virtual = { baris: 1000, kolom: 2, nilai: (r) => `baris ${r}` };
    const { host, hasil } = await jalankan(
      buku,
      async (context) => {
        const r = context.workbook.worksheets.getItem('Besar').getRange('A1:B1000');
        r.load('values');
        const galat = await galatDari(context.sync());
        let nilai: unknown;
        try {
          nilai = r.values;
        } catch (e) {
          nilai = kode(e);
        }
        return { galat, nilai };
      },
      { respons: 10_000 },
    );
    expect(hasil).toEqual({ galat: 'ResponsePayloadSizeLimitExceeded', nilai: 'PropertyNotLoaded' });
    expect(host.permintaan[0]!.bitaTerima).toBe(0);
  });

  test('every sync records actions, bytes sent and received, cells written and read', async () => {
    const buku = bukuInput();
    const { host } = await jalankan(buku, async (context) => {
      const l = context.workbook.worksheets.getItem('Input');
      l.getRange('A3:B3').values = [['Ekspor', 16.67]];
      const r = l.getRange('A1:B3');
      r.load('values');
      await context.sync();
    });
    const [p] = host.permintaan;
    expect(p).toMatchObject({ selTulis: 2, selBaca: 6, gagal: null });
    // Sent: 5 actions of 100 bytes + their JSON arguments; received: the JSON of the values read.
    expect(p!.aksi).toBe(5);
    expect(p!.bitaKirim).toBe(
      500 + '"Input"'.length + '"A3:B3"'.length + '[["Ekspor",16.67]]'.length + '"A1:B3"'.length + '["values"]'.length,
    );
    expect(p!.bitaTerima).toBe(
      JSON.stringify([
        ['Target', 'Realisasi'],
        [50, (39 / 88) * 100],
        ['Ekspor', 16.67],
      ]).length,
    );
  });
});

describe('names', () => {
  test('NamedItem.value as Excel writes it: anchored ranges, whole columns, the whole sheet', async () => {
    const buku = bukuInput();
    buku.tambahLembar('Laporan LKIP');
    buku.tambahNama('LKIP_Target', 'Input!A2:A2');
    buku.tambahNama('LKIP_Kolom', "'Input'!$B:$B");
    buku.tambahNama('LKIP_Konstanta', '2021', 'Integer');
    const { hasil } = await jalankan(buku, async (context) => {
      const lembar = context.workbook.worksheets.getItem('Laporan LKIP');
      context.workbook.names.add('_LKIP_LEMBAR_1', lembar.getRange(), 'penanda');
      const daftar = context.workbook.names;
      daftar.load('items/name,items/type,items/value');
      await context.sync();
      return daftar.items.map((i) => [i.name, i.type, i.value]);
    });
    expect(hasil).toEqual([
      ['LKIP_Target', 'Range', 'Input!$A$2'],
      ['LKIP_Kolom', 'Range', 'Input!$B:$B'],
      ['LKIP_Konstanta', 'Integer', '2021'],
      ['_LKIP_LEMBAR_1', 'Range', "'Laporan LKIP'!$1:$1048576"],
    ]);
    expect(buku.cariNama('_LKIP_LEMBAR_1')!.komentar).toBe('penanda');
  });

  test('names Excel refuses, and a name that exists, fail the sync; a deleted sheet turns its names into #REF!', async () => {
    const buku = bukuInput();
    buku.tambahNama('LKIP_Target', 'Input!$A$2');
    const { hasil } = await jalankan(buku, async (context) => {
      const r = context.workbook.worksheets.getItem('Input').getRange('A2');
      const h: string[] = [];
      for (const nama of ['C5', 'LKIP Target', 'LKIP_Target']) {
        context.workbook.names.add(nama, r);
        h.push(await galatDari(context.sync()));
      }
      return h;
    });
    expect(hasil).toEqual(['InvalidArgument', 'InvalidArgument', 'ItemAlreadyExists']);
    buku.hapusLembar('Input');
    expect(buku.cariNama('LKIP_Target')).toMatchObject({ jenis: 'Error', nilai: '#REF!' });
  });
});
