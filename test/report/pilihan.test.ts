/**
 * Every option word works on every face: a cell function, the workbook contract's named range, and the task pane's
 * stored options all read an option with the core's one reader of it (issue 13: "tabel-3.7" worked in
 * LKIP.CAPAIAN_INFLASI but not in LKIP_Skala_Inflasi). The words are the core's own dictionaries (every key of
 * every PILIHAN_* descriptor, as written and in capitals), so a word added to the core is tested on every face;
 * an option the core adds without a face listed here fails the first test.
 *
 * Expected figures are the document's (Tabel 3.1, 3.7: 19,77 → 75; CAPAIAN(50; 44,32) = 88,64; CAPAIAN(32; 4,88;
 * negatif; tanpa) = 184,75) or worked by hand (KV of 10, 12, 14: sample 16,67, population 13,61).
 */
import * as core from '../../src/core';
import type { Pilihan } from '../../src/core';
import * as lkip from '../../src/functions/functions';
import { bacaKontrak, hitungLaporan, type MasukanLaporan, type RentangBernama } from '../../src/report';
import { opsiKePengaturan, rapikanOpsi, type OpsiPanel } from '../../src/taskpane/layanan';
import { GalatPalsu, pasangRuntimePalsu } from '../functions/runtimePalsu';

type FungsiExcel = (...argumen: unknown[]) => unknown[][];
const { CAPAIAN, KATEGORI, CAPAIAN_INFLASI, KV, EFISIENSI } = lkip as unknown as Record<
  'CAPAIAN' | 'KATEGORI' | 'CAPAIAN_INFLASI' | 'KV' | 'EFISIENSI',
  FungsiExcel
>;
const satu = (x: unknown): unknown[][] => [[x]];

let lepas: () => void;
beforeAll(() => {
  lepas = pasangRuntimePalsu().lepas;
});
afterAll(() => lepas());

/** A range on sheet "Data" at row `baris` (0-based), column B. */
const rentang = (nama: string, baris: number, nilai: unknown[][]): RentangBernama => ({
  nama,
  lembar: 'Data',
  baris,
  kolom: 1,
  nilai: nilai as RentangBernama['nilai'],
});

/** One indicator (target 50, realisasi 44,32 unless given) plus the given ranges. */
function masukan(
  tambahan: readonly RentangBernama[],
  pengaturan?: OpsiPanel,
  angka: { target: unknown; realisasi: unknown } = { target: 50, realisasi: 44.32 },
): MasukanLaporan {
  const dasar = [
    rentang('LKIP_Indikator', 1, [['Cakupan Penerapan Sistem Perijinan']]),
    { ...rentang('LKIP_Target', 1, [[angka.target]]), kolom: 2 },
    { ...rentang('LKIP_Realisasi', 1, [[angka.realisasi]]), kolom: 3 },
  ];
  const k = bacaKontrak([...dasar, ...tambahan], pengaturan ? opsiKePengaturan(pengaturan) : undefined);
  if (!k.masukan) throw new Error(JSON.stringify(k.masalah));
  return k.masukan;
}
/** A settings cell. */
const setelan = (nama: string, nilai: unknown): RentangBernama => rentang(nama, 10, [[nilai]]);
/** An indicator column (one row, beside the indicator). */
const kolom = (nama: string, nilai: unknown): RentangBernama => ({ ...rentang(nama, 1, [[nilai]]), kolom: 4 });

/** The capaian of the one indicator; fails (naming why) when it is not measured. */
function capaian(m: MasukanLaporan): number {
  const ind = hitungLaporan(m).indikator[0]!;
  if (ind.hasil.status !== 'diukur') throw new Error(`tidak diukur: ${ind.hasil.derivasi}`);
  return ind.hasil.nilai.toNumber();
}

/** Every word of an option: each dictionary key as written and in capitals. */
function kata<T>(p: Pilihan<T>): [string, T][] {
  return Object.entries(p.kamus).flatMap(([k, v]): [string, T][] => [
    [k, v],
    [k.toUpperCase(), v],
  ]);
}

/** The faces each option of the core has; one test per (option, face, word). */
const MUKA: Record<string, (kamus: Pilihan<never>) => void> = {
  PILIHAN_POLARITAS: () => {
    test.each(kata(core.PILIHAN_POLARITAS))('polaritas "%s": LKIP.CAPAIAN and LKIP_Polaritas', (k, nilai) => {
      // positive: 44,32 / 50 = 88,64; negative: (2 × 32 − 4,88) / 32 … the document's 184,75 for (32; 4,88);
      // negatif-rasio: 32 / 4,88 = 6,5573… → 655,74 (by hand)
      const HARAPAN = { positif: [50, 44.32, 88.64], negatif: [32, 4.88, 184.75], 'negatif-rasio': [32, 4.88, 655.74] };
      const [target, realisasi, harapan] = HARAPAN[nilai as core.Polaritas];
      expect(CAPAIAN(satu(target), satu(realisasi), satu(k), satu('tanpa'))).toEqual([[harapan]]);
      const m = masukan([kolom('LKIP_Polaritas', k), setelan('LKIP_Batas', 'tanpa')], undefined, { target, realisasi });
      expect(capaian(m)).toBe(harapan);
    });
  },
  PILIHAN_BENTUK_EFISIENSI: () => {
    test.each(kata(core.PILIHAN_BENTUK_EFISIENSI))('bentuk efisiensi "%s": LKIP.EFISIENSI', (k, nilai) => {
      // BPOM LKj PRKOM 2021: 99,92 ÷ 94 → 106,30 % or indeks 1,063
      expect(EFISIENSI(satu(99.92), satu(94), satu(k))).toEqual([[nilai === 'indeks' ? 1.063 : 106.3]]);
    });
  },
  PILIHAN_KEBIJAKAN_NA: () => {
    test.each(kata(core.PILIHAN_KEBIJAKAN_NA))('target NA "%s": LKIP_Target_NA and the pane', (k, nilai) => {
      expect(masukan([setelan('LKIP_Target_NA', k)]).kebijakanNA).toBe(nilai);
      const panel = rapikanOpsi({ kebijakanNA: k });
      // The pane offers tercapai and dikecualikan; "galat" is not a pane choice and falls back to the default.
      expect(panel.kebijakanNA).toBe(nilai === 'galat' ? 'tercapai' : nilai);
      expect(masukan([], panel).kebijakanNA).toBe(panel.kebijakanNA);
    });
  },
  PILIHAN_METODE_CAPAIAN: () => {
    test.each(kata(core.PILIHAN_METODE_CAPAIAN))('metode "%s": LKIP_Metode', (k, nilai) => {
      const ind = hitungLaporan(masukan([kolom('LKIP_Metode', k)])).indikator[0]!;
      expect(ind.galat).toBeNull();
      expect(ind.metode).toBe(nilai);
    });
  },
  PILIHAN_METODE_RATA_RATA: () => {
    test.each(kata(core.PILIHAN_METODE_RATA_RATA))('rata-rata harga "%s": LKIP_Metode_RataHarga', (k, nilai) => {
      expect(masukan([setelan('LKIP_Metode_RataHarga', k)]).opsiHargaHarian.metode).toBe(nilai);
    });
  },
  PILIHAN_SKALA: () => {
    test.each(kata(core.PILIHAN_SKALA))('skala "%s": LKIP.KATEGORI, LKIP_Skala and the pane', (k, nilai) => {
      // 80 is "Berhasil" on Tabel 3.1 (≥ 75) and "Tinggi" on the five-level scale (≥ 76).
      const label = nilai === core.SKALA_LIMA_TINGKAT ? 'Tinggi' : 'Berhasil';
      expect(KATEGORI(satu(80), satu(k))).toEqual([[label]]);
      expect(masukan([setelan('LKIP_Skala', k)]).skala).toBe(nilai);
      const panel = rapikanOpsi({ skala: k });
      expect(panel.skala).toBe(nilai === core.SKALA_LIMA_TINGKAT ? 'lima-tingkat' : 'tabel-3.1');
      expect(masukan([], panel).skala).toBe(nilai);
    });
  },
  PILIHAN_SKALA_INFLASI: () => {
    test.each(kata(core.PILIHAN_SKALA_INFLASI))('skala inflasi "%s": LKIP.CAPAIAN_INFLASI and LKIP_Skala_Inflasi', (k, nilai) => {
      expect(CAPAIAN_INFLASI(satu(19.77), satu(k))).toEqual([[75]]);
      expect(masukan([setelan('LKIP_Skala_Inflasi', k)]).skalaInflasi).toBe(nilai);
    });
  },
  PILIHAN_SIMPANGAN: () => {
    test.each(kata(core.PILIHAN_SIMPANGAN))('simpangan "%s": LKIP.KV and LKIP_Simpangan_KV', (k, nilai) => {
      expect(KV([[10], [12], [14]], satu(k))).toEqual([[nilai === 'sampel' ? 16.67 : 13.61]]);
      expect(masukan([setelan('LKIP_Simpangan_KV', k)]).opsiHargaHarian.simpangan).toBe(nilai);
    });
  },
};

test('every option word list of the core has its faces listed here', () => {
  const pilihan = Object.keys(core).filter((n) => n.startsWith('PILIHAN_'));
  expect(pilihan.sort()).toEqual(Object.keys(MUKA).sort());
});

for (const [nama, muka] of Object.entries(MUKA)) describe(nama, () => muka((core as never)[nama]));

describe('no cap (KATA_TANPA_BATAS)', () => {
  test.each(core.KATA_TANPA_BATAS.flatMap((k) => [k, k.toUpperCase()]))('"%s": LKIP.CAPAIAN, LKIP_Batas and the pane', (k) => {
    // 98,13 / 54,7 = 179,40 uncapped (the document caps it at 100).
    expect(CAPAIAN(satu(54.7), satu(98.13), null, satu(k))).toEqual([[179.4]]);
    expect(masukan([setelan('LKIP_Batas', k)]).batas).toBeNull();
    const panel = rapikanOpsi({ batas: k });
    expect(panel.batas).toBe('tanpa');
    expect(masukan([], panel).batas).toBeNull();
  });
});

describe('LKIP_Skala_Inflasi takes a preset name, as LKIP.CAPAIAN_INFLASI does', () => {
  test('"tabel-3.7" in the named range is Tabel 3.7: ≤ 10 → 100, ≤ 30 → 75, ≤ 100 → 50, above → 25', () => {
    const skala = masukan([setelan('LKIP_Skala_Inflasi', 'tabel-3.7')]).skalaInflasi;
    expect(skala.map((t) => [t.ambangAtas?.toNumber() ?? null, t.capaian.toNumber()])).toEqual([
      [10, 100],
      [30, 75],
      [100, 50],
      [null, 25],
    ]);
  });

  test('the price-rise indicator with LKIP_Skala_Inflasi = "Tabel 3.7": the document\'s 19,77 → capaian 75', () => {
    const m = masukan([kolom('LKIP_Metode', 'inflasi'), setelan('LKIP_Skala_Inflasi', 'Tabel 3.7')], undefined, {
      target: 'NA',
      realisasi: 19.77,
    });
    expect(capaian(m)).toBe(75);
  });

  test('an unknown word is a galat naming the range, as in the cell (which shows #VALUE!)', () => {
    const k = bacaKontrak([
      rentang('LKIP_Indikator', 1, [['A']]),
      rentang('LKIP_Target', 1, [[1]]),
      rentang('LKIP_Realisasi', 1, [[1]]),
      setelan('LKIP_Skala_Inflasi', 'tabel-9'),
    ]);
    expect(k.masukan).toBeNull();
    expect(k.masalah).toEqual([
      expect.objectContaining({ tingkat: 'galat', nama: 'LKIP_Skala_Inflasi', pesan: expect.stringContaining('tabel-9') }),
    ]);
    const sel = CAPAIAN_INFLASI(satu(19.77), satu('tabel-9'))[0]![0];
    expect(sel).toBeInstanceOf(GalatPalsu);
  });
});
