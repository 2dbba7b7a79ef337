/**
 * A non-timing memory budget: a daily-price range of 100 000 rows is read by PortPaketXlsx in a Node process
 * whose heap is capped at 96 MB (--max-old-space-size). The reader keeps one small array per row and streams
 * the sheet; loading the same workbook whole with ExcelJS aborts even at 256 MB.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { AKAR } from '../bantu';
import { hargaHarian, namaKabKota, namaKomoditas, SERIAL_AWAL_HARIAN, ukuranBukuHarian } from './bukuHarian';

test('100 000 baris harga harian terbaca dengan heap dibatasi 96 MB; baris pertama dan terakhir seperti yang ditulis', () => {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=96', '--import', 'tsx', path.join(__dirname, 'bacaTerbatas.ts'), '100000'],
    { cwd: AKAR, encoding: 'utf8', timeout: 120_000 },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const hasil = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
    baris: number;
    kolom: number;
    pertama: unknown[];
    terakhir: unknown[];
  };
  const u = ukuranBukuHarian({ komoditas: 20, kabKota: 5, hari: 1000 });
  const i = u.baris - 1;
  expect(hasil).toMatchObject({
    baris: 100_001,
    kolom: 5,
    pertama: [SERIAL_AWAL_HARIAN, namaKomoditas(0, 0), 'kg', namaKabKota(0), hargaHarian(u, 0, 0)],
    terakhir: [SERIAL_AWAL_HARIAN + 999, namaKomoditas(0, 19), 'liter', namaKabKota(4), hargaHarian(u, 0, i)],
  });
}, 150_000);
