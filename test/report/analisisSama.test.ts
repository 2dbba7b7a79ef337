/**
 * Issue 14: a workbook with none of the analysis names (LKIP_Sasaran, LKIP_Realisasi_<tahun>,
 * LKIP_Standar_Nasional, LKIP_Pagu, LKIP_Realisasi_Anggaran, LKIP_Skala_Efisiensi) gives the same report as
 * before the issue: every value and number format of both sheets equal to the fingerprint generated from main
 * before the change (./sebelumAnalisis/sidikJari.json). The one deliberate change: a workbook with
 * LKIP_Target_Akhir gets the column "Sisa menuju Target Akhir" (and its step in Keterangan) in the capaian table.
 */
import type { NilaiSel } from '../../src/report/lembar';
import sebelum from './sebelumAnalisis/sidikJari.json';
import { BUKU_KERJA, bukuKerjaContoh, sidikJari, type SidikLembar } from './sebelumAnalisis/sidikJari';

/** The sample's names that issue 14 added: left out to get the sample as it was. */
export const NAMA_ANALISIS = [
  'LKIP_Sasaran',
  'LKIP_Pagu',
  'LKIP_Realisasi_Anggaran',
  'LKIP_Realisasi_2019',
  'LKIP_Standar_Nasional',
  'LKIP_Skala_Efisiensi',
];

const SISA = 'Sisa menuju Target Akhir';

/** The capaian table without the remaining-gap column and its Keterangan step: what main wrote. */
function tanpaSisa(s: SidikLembar): SidikLembar {
  const kepala = s.nilai.findIndex((b) => b.includes(SISA));
  if (kepala < 0) return s;
  const j = s.nilai[kepala]!.indexOf(SISA);
  const akhir = s.nilai.findIndex((b, i) => i > kepala && b[0] === 'RATA-RATA CAPAIAN');
  const dalam = (i: number) => i >= kepala && i <= akhir;
  const buang = <T>(b: readonly T[], i: number): T[] => (dalam(i) ? [...b.slice(0, j), ...b.slice(j + 1)] : [...b]);
  const nilai = s.nilai.map((b, i) =>
    buang(b, i).map((v: NilaiSel) =>
      dalam(i) && typeof v === 'string' ? v.replace(/; sisa menuju target akhir: [^;]*/, '') : v,
    ),
  );
  // The sheet is one column wider only because of the capaian table: drop the padding of every other row too.
  const lebar = s.nilai[kepala]!.length - 1;
  const potong = <T>(b: T[], i: number): T[] => (dalam(i) ? b : b.slice(0, lebar));
  return { ...s, nilai: nilai.map(potong), formatAngka: s.formatAngka.map(buang).map(potong) };
}

const kosong = (b: readonly NilaiSel[]) => b.every((v) => v === null || v === '');

/**
 * The same sheets without what issue 15 added after the fingerprint was taken: the "Narasi LKIP" sheet, and each
 * chart block of the report (its caption "Grafik …", the rows the chart covers, and for the capaian chart its data table,
 * note and the blank row after it). Values and number formats of everything else must be exactly as before issue 14.
 */
function tanpaIsu15(lembar: readonly SidikLembar[]): SidikLembar[] {
  return lembar
    .filter((l) => l.nama !== 'Narasi LKIP')
    .map((l) => {
      const buang = new Set<number>();
      for (let i = 0; i < l.nilai.length; i++) {
        const v = l.nilai[i]![0];
        if (!(typeof v === 'string' && v.startsWith('Grafik '))) continue;
        let j = i + 1;
        while (j < l.nilai.length && kosong(l.nilai[j]!)) j++;
        // The capaian chart has its own data table and note under it; a price chart draws from its table above.
        const data = l.nilai[j];
        if (data?.[0] === 'No' && data[1] === 'Indikator Kinerja' && data[3] === 'Capaian')
          while (j < l.nilai.length && !kosong(l.nilai[j]!)) j++;
        else j--;
        for (let k = i; k <= j; k++) buang.add(k);
        i = j;
      }
      const sisa = <T>(x: readonly T[]) => x.filter((_, i) => !buang.has(i));
      return { ...l, nilai: sisa(l.nilai), formatAngka: sisa(l.formatAngka) };
    });
}

test('the document workbook (no analysis names, no LKIP_Target_Akhir): both sheets exactly as before', async () => {
  expect(tanpaIsu15(await sidikJari(BUKU_KERJA.dokumen()))).toEqual(sebelum.dokumen);
});

test('the sample workbook without the analysis names: both sheets as before, but for the Renstra gap column', async () => {
  const kini = await sidikJari(bukuKerjaContoh(NAMA_ANALISIS));
  expect(tanpaIsu15(kini).map(tanpaSisa)).toEqual(sebelum.contoh);
  // ... and the gap column is really there, with the figure of PK 1: end target 100 − realisasi 44,32.
  const laporan = kini[0]!;
  const kepala = laporan.nilai.findIndex((b) => b.includes(SISA));
  const j = laporan.nilai[kepala]!.indexOf(SISA);
  const pk1 = laporan.nilai.find((b) => b[1] === 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online')!;
  expect(pk1[j]).toBe(55.68);
});
