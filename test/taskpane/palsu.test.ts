/**
 * The fake pane service must not lie: its summary and findings are what the engine really reports for the
 * bundled sample workbook, read through the .xlsx adapter as the runner reads it.
 */
import * as path from 'path';
import { PortPaketXlsx } from '../../src/cli/xlsx/portPaket';
import { jalankanLaporan } from '../../src/report/jalankan';
import { RINGKASAN_NTT_2021, TEMUAN_NTT_2021 } from './palsu';

test('the fake summary and findings equal the engine run on assets/contoh-lkip-ntt-2021.xlsx', async () => {
  const port = await PortPaketXlsx.dariBerkas(path.join(__dirname, '..', '..', 'assets', 'contoh-lkip-ntt-2021.xlsx'));
  const hasil = await jalankanLaporan(port).finally(() => port.tutup());
  expect(hasil.ringkasan).toEqual(RINGKASAN_NTT_2021);
  expect(hasil.temuan).toEqual(TEMUAN_NTT_2021);
  // The document's own figures, independent of the engine.
  expect([RINGKASAN_NTT_2021.rataRataCapaian, RINGKASAN_NTT_2021.kategori]).toEqual(['81,44 %', 'Berhasil']);
  expect([RINGKASAN_NTT_2021.kenaikanHarga, RINGKASAN_NTT_2021.serapanAnggaran]).toEqual(['19,77 %', '97,32 %']);
});
