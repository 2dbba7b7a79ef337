/**
 * Run by memori.test.ts in its own Node process with a small heap (--max-old-space-size): write a daily-price
 * workbook of `argv[2]` rows in memory, read its names through PortPaketXlsx (or, with `exceljs` as argv[3], load
 * it whole with ExcelJS, for comparison), print what was read as one JSON line.
 */
import ExcelJS from 'exceljs';
import { PortPaketXlsx } from '../../../src/cli/xlsx/portPaket';
import { bukuHarianData } from './bukuHarian';

async function utama(): Promise<void> {
  const baris = Number(process.argv[2] ?? 100_000);
  const data = await bukuHarianData({ komoditas: 20, kabKota: 5, hari: Math.ceil(baris / 100) });
  if (process.argv[3] === 'exceljs') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    process.stdout.write(`${JSON.stringify({ baris: wb.getWorksheet('Harga Harian Pokok')!.rowCount })}\n`);
    return;
  }
  const port = await PortPaketXlsx.dariData(data, 'harian.xlsx');
  const { rentang } = await port.bacaNamaLkip();
  const harian = rentang.find((r) => r.nama === 'LKIP_HargaHarian_Pokok')!;
  const heap = process.memoryUsage().heapUsed;
  process.stdout.write(
    `${JSON.stringify({ baris: harian.nilai.length, kolom: harian.nilai[0]!.length, pertama: harian.nilai[1], terakhir: harian.nilai.at(-1), heap })}\n`,
  );
}

utama().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});
