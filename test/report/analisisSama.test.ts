/**
 * Issue 14: a workbook with none of the analysis names (LKIP_Sasaran, LKIP_Realisasi_<tahun>,
 * LKIP_Standar_Nasional, LKIP_Pagu, LKIP_Realisasi_Anggaran, LKIP_Skala_Efisiensi) gives the same report as
 * before the issue: every value and number format of both sheets equal to the fingerprint generated from main
 * before the change (./sebelumAnalisis/sidikJari.json).
 */
import sebelum from './sebelumAnalisis/sidikJari.json';
import { BUKU_KERJA, sidikJari } from './sebelumAnalisis/sidikJari';

test('the document workbook (no analysis names, no LKIP_Target_Akhir): both sheets exactly as before', async () => {
  expect(await sidikJari(BUKU_KERJA.dokumen())).toEqual(sebelum.dokumen);
});

test('the sample workbook as it was (no analysis names): both sheets exactly as before', async () => {
  expect(await sidikJari(BUKU_KERJA.contoh())).toEqual(sebelum.contoh);
});
