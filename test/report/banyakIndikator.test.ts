/**
 * Issue 17: about 130 000 indicators (one per row) go through the engine and its sheet models without a stack
 * overflow: no per-row array is ever spread into a call.
 */
import { jalankanLaporan } from '../../src/report';
import { bukuKerjaKecil } from './bantu';

test('130 000 indicators: the report is written, every row in the capaian table', async () => {
  const n = 130_000;
  const port = bukuKerjaKecil(
    Array.from({ length: n }, (_, i) => ({ nama: `Indikator ${i + 1}`, target: 50 + (i % 7), realisasi: 40 + (i % 11) })),
  );
  const hasil = await jalankanLaporan(port);
  expect(hasil.status).toBe('ditulis');
  expect(hasil.json!.indikator).toHaveLength(n);
  expect(hasil.json!.indikator[2]).toMatchObject({ capaian: 80.77 });
}, 120_000);
