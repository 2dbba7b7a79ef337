/**
 * PortExcel against office-addin-mock (Microsoft's mock of the Office.js object model), for the paths
 * the mock can express: plain objects and methods, no collections. Unloaded properties read as the
 * string "Error, property was not loaded" there, so the tests assert the values that come back.
 * Collections, null objects and request sizes are covered by the fake Excel host (test/excel/host).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { PortExcel } from '../../src/excel/portExcel';
import { KUNCI_OPSI } from '../../src/excel/pengaturan';

type Konteks = { sync: () => Promise<void> } & Record<string, unknown>;

function portPada(mock: OfficeMockObject): { port: PortExcel; konteks: Konteks } {
  const konteks = (mock as unknown as { context: Konteks }).context;
  return { port: new PortExcel((batch) => batch(konteks as unknown as Excel.RequestContext)), konteks };
}

describe('office-addin-mock', () => {
  test('bacaNilaiLembar loads before it reads: used area, then one block of values from A1', async () => {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            lembar: {
              isNullObject: false,
              dipakai: { isNullObject: false, rowIndex: 1, columnIndex: 0, rowCount: 2, columnCount: 2 },
              blok: {
                values: [
                  ['', ''],
                  ['ID', 'Status'],
                  ['T-01', 'OK'],
                ],
              },
              getUsedRangeOrNullObject: function (this: Record<string, unknown>) {
                return this.dipakai;
              },
              getRangeByIndexes: function (this: Record<string, unknown>, ...argumen: number[]) {
                this.argumen = argumen;
                return this.blok;
              },
            },
            getItemOrNullObject: function (this: Record<string, unknown>) {
              return this.lembar;
            },
            getItem: function (this: Record<string, unknown>) {
              return this.lembar;
            },
          },
        },
      },
    });
    const { port, konteks } = portPada(mock);
    const sync = jest.spyOn(konteks, 'sync');
    const nilai = await port.bacaNilaiLembar('Verifikasi');
    expect(nilai).toEqual([
      [null, null],
      ['ID', 'Status'],
      ['T-01', 'OK'],
    ]);
    const lembar = (mock as unknown as { context: { workbook: { worksheets: { lembar: { argumen: number[] } } } } }).context
      .workbook.worksheets.lembar;
    expect(lembar.argumen).toEqual([0, 0, 3, 2]);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  test('pilihSel activates the sheet and selects the cell in one sync', async () => {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            lembar: {
              aktif: false,
              sel: {
                dipilih: false,
                select: function (this: Record<string, unknown>) {
                  this.dipilih = true;
                },
              },
              activate: function (this: Record<string, unknown>) {
                this.aktif = true;
              },
              getRange: function (this: Record<string, unknown>, alamat: string) {
                this.alamat = alamat;
                return this.sel;
              },
            },
            getItem: function (this: Record<string, unknown>, nama: string) {
              this.nama = nama;
              return this.lembar;
            },
          },
        },
      },
    });
    const { port, konteks } = portPada(mock);
    const sync = jest.spyOn(konteks, 'sync');
    await port.pilihSel('Input', 'Input!$C$5');
    const ws = (
      mock as unknown as { context: { workbook: { worksheets: Record<string, unknown> & { lembar: Record<string, unknown> } } } }
    ).context.workbook.worksheets;
    expect(ws.nama).toBe('Input');
    expect(ws.lembar.aktif).toBe(true);
    expect(ws.lembar.alamat).toBe('$C$5');
    expect((ws.lembar.sel as Record<string, unknown>).dipilih).toBe(true);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe('office-addin-mock: options in the document settings (Office.context.document.settings)', () => {
  const asli = (globalThis as { Office?: unknown }).Office;
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = asli;
  });

  /** Office global from office-addin-mock; the settings keep their state in this closure (mock scalars would need loading). */
  function pasangOffice(gagal = false): { simpanan: Record<string, unknown>; disimpan: () => number } {
    const simpanan: Record<string, unknown> = {};
    let disimpan = 0;
    const mock = new OfficeMockObject({
      context: {
        document: {
          settings: {
            get: (nama: string) => simpanan[nama] ?? null,
            set: (nama: string, nilai: unknown) => {
              simpanan[nama] = nilai;
            },
            saveAsync: (callback: (hasil: unknown) => void) => {
              disimpan++;
              callback(gagal ? { status: 'failed', error: { message: 'dokumen hanya-baca' } } : { status: 'succeeded' });
            },
          },
        },
        requirements: { isSetSupported: () => true },
      },
    });
    (globalThis as { Office?: unknown }).Office = mock;
    return { simpanan, disimpan: () => disimpan };
  }

  test('stored and read back through the real Office global, malformed fields ignored', async () => {
    const settings = pasangOffice();
    const port = new PortExcel();
    expect(await port.bacaOpsiTersimpan()).toEqual({});
    await port.simpanOpsi({ skala: 'permenpan', batas: 100, kebijakanNA: 'dikecualikan' });
    expect(settings.disimpan()).toBe(1);
    expect(await port.bacaOpsiTersimpan()).toEqual({ skala: 'permenpan', batas: 100, kebijakanNA: 'dikecualikan' });

    settings.simpanan[KUNCI_OPSI] = { skala: 7, batas: 'tanpa', kebijakanNA: '' };
    expect(await port.bacaOpsiTersimpan()).toEqual({ batas: 'tanpa' });
  });

  test('a failed save is an Indonesian error', async () => {
    pasangOffice(true);
    await expect(new PortExcel().simpanOpsi({ batas: 'tanpa' })).rejects.toMatchObject({
      kode: 'PENGATURAN_GAGAL',
      message: expect.stringContaining('dokumen hanya-baca'),
    });
  });
});
