/**
 * The hand-made sheet model of the adapter tests (modelUji.ts) claims the document's figures: its categories
 * are checked here against the document's own scale (Tabel 3.1, from the fixture), not against the engine.
 */
import dokumen from '../fixtures/lkip-ntt-2021.json';
import { modelLaporan } from './modelUji';

/** Tabel 3.1 as the document prints it: the first band whose lower bound the capaian reaches. */
function kategoriTabel31(capaian: number): string {
  for (const aturan of dokumen.skala_kategori.aturan) {
    if (aturan.batas_bawah === null || capaian >= aturan.batas_bawah) return aturan.label;
  }
  throw new Error(`tidak ada kategori untuk ${capaian}`);
}

test('every category in the model is what Tabel 3.1 says for its capaian (88,64 → Sangat Berhasil)', () => {
  const model = modelLaporan(7);
  const kepala = model.nilai[2]!;
  const capaian = kepala.indexOf('Capaian');
  const kategori = kepala.indexOf('Kategori');
  const baris = model.nilai.slice(3);
  expect(baris[0]!.slice(capaian, kategori + 1)).toEqual([88.64, 'Sangat Berhasil']);
  for (const b of baris) expect(b[kategori]).toBe(kategoriTabel31(b[capaian] as number));
});
