/**
 * Row heights in the .xlsx output: PortPaketXlsx writes ModelLembar.tinggiBaris as custom row heights
 * (LibreOffice opens rows without one at 15 pt, so wrapped text would overlap the next rows), and the
 * runner's report has them on the rows whose wrapped text needs several lines.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PortPaketXlsx } from '../../src/cli/xlsx/portPaket';
import type { ModelLembar, NilaiSel } from '../../src/report/lembar';
import { bacaBuku, bacaFixture, barisTeks, folderSementara, jalankanCli } from './bantu';

function modelKecil(tinggiBaris: readonly (number | null)[]): ModelLembar {
  const nilai: NilaiSel[][] = [
    ['Judul', null],
    ['teks panjang', 1],
    ['dua', 2],
    ['tiga', 3],
  ];
  return {
    nama: 'Laporan LKIP',
    nilai,
    formatAngka: nilai.map((b) => b.map((x) => (typeof x === 'string' ? '@' : null))),
    gaya: [{ rentang: { baris: 1, kolom: 0, jumlahBaris: 3, jumlahKolom: 1 }, gaya: { bungkus: true } }],
    gabungan: [],
    lebarKolom: [20, 10],
    tinggiBaris,
    bekukanBaris: 0,
    catatan: [],
  };
}

/** `<row r="n" …>` attributes of a sheet, by row number (the sheet's part found through the workbook's relationships). */
async function atributBaris(data: Buffer, namaLembar: string): Promise<Map<number, string>> {
  const zip = await JSZip.loadAsync(data);
  const buku = await zip.file('xl/workbook.xml')!.async('string');
  const relasi = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const lembar = [...buku.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${namaLembar}"`))!;
  const rId = /r:id="([^"]+)"/.exec(lembar)![1]!;
  const target = new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*>`).exec(relasi)![0];
  const bagian = /Target="([^"]+)"/.exec(target)![1]!.replace(/^\/?(xl\/)?/, 'xl/');
  const xml = await zip.file(bagian)!.async('string');
  return new Map([...xml.matchAll(/<row r="(\d+)"([^>]*)>/g)].map((m) => [Number(m[1]), m[2]!]));
}

describe('PortPaketXlsx writes tinggiBaris', () => {
  test('set heights become custom row heights; null rows state none', async () => {
    const port = await PortPaketXlsx.baru();
    await port.tulisLembar(modelKecil([null, 45, null, 30]));
    const data = await port.keData();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Laporan LKIP')!;
    expect([1, 2, 3, 4].map((n) => ws.getRow(n).height ?? null)).toEqual([null, 45, null, 30]);

    // customHeight="1": LibreOffice and Excel keep the height as written instead of their default.
    const atribut = await atributBaris(data, 'Laporan LKIP');
    expect(atribut.get(2)).toMatch(/ ht="45" customHeight="1"/);
    expect(atribut.get(4)).toMatch(/ ht="30" customHeight="1"/);
    expect(atribut.get(1)).not.toMatch(/ ht=/);
    expect(atribut.get(3)).not.toMatch(/ ht=/);
  });

  test.each([
    ['410 pt (above Excel’s 409)', [null, 410], 'tinggi baris 2 = 410'],
    ['NaN', [Number.NaN], 'tinggi baris 1 = NaN'],
    ['more rows than the sheet', [null, null, null, null, 20], 'tinggiBaris memiliki 5 baris, nilai 4 baris'],
  ])('a model with tinggiBaris %s is refused, nothing written', async (_apa, tinggiBaris, pesan) => {
    const port = await PortPaketXlsx.baru();
    await expect(port.tulisLembar(modelKecil(tinggiBaris))).rejects.toThrow(pesan);
    expect(port.daftarLembar()).toEqual([]);
  });
});

describe('the runner’s report has the heights of its wrapped rows', () => {
  let wb: ExcelJS.Workbook;
  let data: Buffer;
  beforeAll(async () => {
    const folder = await folderSementara('lkip-tinggi-');
    const keluaran = path.join(folder, 'hasil.xlsx');
    const hasil = await jalankanCli(['--out', keluaran], folder);
    expect(hasil.kode).toBe(0);
    wb = await bacaBuku(keluaran);
    data = await fs.readFile(keluaran);
  });

  test('Laporan LKIP: each indicator whose name cannot fit one line of the 48-wide column is at least two lines tall', async () => {
    const fx = await bacaFixture();
    const ws = wb.getWorksheet('Laporan LKIP')!;
    expect(ws.getColumn(2).width).toBe(48);
    const baris = barisTeks(ws);
    // More than 60 characters (48 × 1.25) do not fit one 48-wide line even in Calibri.
    const panjang = fx.indikator.filter((i) => i.nama.length > 60);
    expect(panjang).toHaveLength(7);
    for (const ind of panjang) {
      const r = baris.findIndex((b) => b[1] === ind.nama);
      expect(r).toBeGreaterThan(0);
      const tinggi = ws.getRow(r + 1).height ?? 0;
      expect({ nama: ind.nama, duaBaris: tinggi >= 30 }).toEqual({ nama: ind.nama, duaBaris: true });
    }
    // The title rows are not wrapped: no height, the application sizes them.
    expect(ws.getRow(1).height ?? null).toBeNull();
    const atribut = await atributBaris(data, 'Laporan LKIP');
    expect(atribut.get(1)).not.toMatch(/ ht=/);
  });

  test('Verifikasi: each message longer than three lines of the 80-wide Pesan column has room for them', () => {
    const ws = wb.getWorksheet('Verifikasi')!;
    expect(ws.getColumn(4).width).toBe(80);
    const baris = barisTeks(ws);
    // Over 300 characters: more than 3 lines of 80 units even at 1.25 characters per unit.
    const panjang = baris.map((b, i) => [b[3], i] as const).filter(([p]) => typeof p === 'string' && p.length > 300);
    expect(panjang.length).toBeGreaterThan(0);
    for (const [pesan, i] of panjang) {
      const tinggi = ws.getRow(i + 1).height ?? 0;
      expect({ pesan, cukup: tinggi >= 60 }).toEqual({ pesan, cukup: true });
    }
  });
});
