/**
 * The committed sample workbook (assets/contoh-lkip-ntt-2021.xlsx) is what the generator makes from
 * src/sample: regenerated into a temp folder, it has the same sheets, names, values, formulas and formats.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { buatBukuContoh, JALUR_CONTOH, tulisBukuContoh } from '../../src/cli/buatContoh';
import { bacaNamaMentah, CONTOH, folderSementara, workbookXml } from './bantu';

async function isiBuku(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const lembar = wb.worksheets.map((ws) => {
    const sel: unknown[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        sel.push([c.address, c.value, c.numFmt ?? null, c.font ?? null, c.fill ?? null]);
      }),
    );
    return { nama: ws.name, sel, lebar: ws.columns.map((k) => k.width ?? null) };
  });
  const nama = bacaNamaMentah(await workbookXml(data)).map(({ nama: n, lokal, tersembunyi, teks }) => ({
    n,
    lokal,
    tersembunyi,
    teks,
  }));
  return { lembar, nama, pembuat: wb.creator, dibuat: wb.created.toISOString() };
}

describe('buku kerja contoh bawaan', () => {
  test('jalur aset dihitung dari skrip, bukan dari folder kerja', () => {
    expect(JALUR_CONTOH).toBe(CONTOH);
  });

  test('salinan yang di-commit sama isinya dengan hasil generator', async () => {
    const folder = await folderSementara('lkip-contoh-');
    const baru = await tulisBukuContoh(path.join(folder, 'contoh.xlsx'));
    const [a, b] = await Promise.all([isiBuku(await fs.readFile(CONTOH)), isiBuku(await fs.readFile(baru))]);
    expect(a).toEqual(b);
    expect(a.lembar.map((l) => l.nama)).toEqual(['Data LKIP']);
    expect(a.nama.find((n) => n.n === '_LKIP_LEMBAR_1')).toEqual({
      n: '_LKIP_LEMBAR_1',
      lokal: null,
      tersembunyi: true,
      teks: "'Data LKIP'!$A$1",
    });
    expect(a.pembuat).toBe('LKIP Kinerja');
  });

  test('generator deterministik: dua kali membuat → bita yang sama', async () => {
    const [x, y] = await Promise.all([buatBukuContoh(), buatBukuContoh()]);
    expect(x.equals(y)).toBe(true);
  });
});
