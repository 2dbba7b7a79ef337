/**
 * An independent spreadsheet application opens what PortPaketXlsx writes into a user's package: LibreOffice
 * converts the patched .xlsm (the bundled sample with a chart and a VBA project) to CSV, every sheet, without an
 * error, and the report's figures are there as displayed. Own profile per run (.ci/run installs LibreOffice).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PortPaketXlsx } from '../../../src/cli/xlsx/portPaket';
import { jalankanLaporan } from '../../../src/report/jalankan';
import { folderSementara, isiFolder } from '../bantu';
import { konversiSoffice } from '../soffice';
import { bukuXlsm } from './bantuPaket';

const FILTER_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

test('LibreOffice mengonversi .xlsm hasil tambalan tanpa galat; ketiga lembar dan angka laporan terbaca', async () => {
  const folder = await folderSementara('lkip-lo-paket-');
  const port = await PortPaketXlsx.dariData(await bukuXlsm(), 'masukan.xlsm');
  expect((await jalankanLaporan(port)).status).toBe('ditulis');
  const jalur = path.join(folder, 'hasil.xlsm');
  await port.simpan(jalur);
  const { stderr } = konversiSoffice(jalur, FILTER_CSV, path.join(folder, 'csv'));
  expect(stderr).not.toMatch(/error/i);
  const berkas = await isiFolder(path.join(folder, 'csv'));
  expect(berkas).toEqual(['hasil-Data LKIP.csv', 'hasil-Laporan LKIP.csv', 'hasil-Narasi LKIP.csv', 'hasil-Verifikasi.csv']);
  const laporan = await fs.readFile(path.join(folder, 'csv', 'hasil-Laporan LKIP.csv'), 'utf8');
  const rata = laporan.split('\n').find((b) => b.replace(/^"/, '').startsWith('RATA-RATA CAPAIAN'));
  expect(rata).toMatch(/,81[.,]44 ?%,Berhasil,/);
}, 240_000);
