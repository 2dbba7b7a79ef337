/**
 * The LKIP custom functions called as Excel calls them: matrix parameters arrive as 2-D arrays (a single cell is
 * 1×1), an omitted optional argument is null, error cells are CustomFunctions.Error values, and every result is a
 * 2-D array of numbers, texts and CustomFunctions.Error values. Golden figures come from the source document
 * (test/fixtures/lkip-ntt-2021.json), never from the code under test.
 */
import fc from 'fast-check';
import * as lkip from '../../src/functions/functions';
import dokumen from '../fixtures/lkip-ntt-2021.json';
import { GalatPalsu, pasangRuntimePalsu } from './runtimePalsu';

type FungsiExcel = (...argumen: unknown[]) => unknown[][];
const NAMA_FUNGSI = [
  'CAPAIAN',
  'KATEGORI',
  'KENAIKAN_HARGA',
  'INFLASI',
  'CAPAIAN_INFLASI',
  'PERTUMBUHAN',
  'PERSENTASE',
  'SERAPAN',
  'EFISIENSI',
  'RATA_CAPAIAN',
  'KV',
] as const;
type NamaFungsi = (typeof NAMA_FUNGSI)[number];
/** The functions typed loosely: tests also pass what Excel would never pass (raw scalars, NaN, objects). */
const F = lkip as unknown as Record<NamaFungsi, FungsiExcel>;

const {
  CAPAIAN,
  KATEGORI,
  KENAIKAN_HARGA,
  INFLASI,
  CAPAIAN_INFLASI,
  PERTUMBUHAN,
  PERSENTASE,
  SERAPAN,
  EFISIENSI,
  RATA_CAPAIAN,
  KV,
} = F;

const satu = (x: unknown): unknown[][] => [[x]];
const kolom = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [x]);
const baris = (xs: readonly unknown[]): unknown[][] => [[...xs]];

/** The one value of a 1×1 result. */
function tunggal(hasil: unknown[][]): unknown {
  expect(hasil).toHaveLength(1);
  expect(hasil[0]).toHaveLength(1);
  return hasil[0]![0];
}

function galat(sel: unknown): GalatPalsu {
  expect(sel).toBeInstanceOf(GalatPalsu);
  return sel as GalatPalsu;
}

function harapGalat(sel: unknown, kode: string, pesan?: string | RegExp): void {
  const g = galat(sel);
  expect(g.code).toBe(kode);
  if (pesan === undefined) return;
  if (typeof pesan === 'string') expect(g.message).toBe(pesan);
  else expect(g.message).toMatch(pesan);
}

/** An error cell as Excel hands it in (CustomFunctions.Error). */
const selGalat = (kode: string, pesan?: string) => new GalatPalsu(kode, pesan);

let lepas: () => void;
beforeAll(() => {
  lepas = pasangRuntimePalsu().lepas;
});
afterAll(() => lepas());

describe('angka dokumen (LKIP Disperindag NTT 2021) lewat fungsi sel', () => {
  test('CAPAIAN(50; 44,32) = 88,64', () => {
    expect(CAPAIAN(satu(50), satu(44.32), null, null)).toEqual([[88.64]]);
    expect(CAPAIAN(satu('50'), satu('44,32'), null, null)).toEqual([[88.64]]);
  });

  test('CAPAIAN(54,7; 98,13) = 100 (179,40 melebihi target dihitung 100)', () => {
    expect(CAPAIAN(satu(54.7), satu(98.13), null, null)).toEqual([[100]]);
    expect(CAPAIAN(satu('54,7'), satu('98,13'), null, satu('tanpa'))).toEqual([[179.4]]);
  });

  test('CAPAIAN("NA"; 8,82) = 100', () => {
    expect(CAPAIAN(satu('NA'), satu(8.82), null, null)).toEqual([[100]]);
  });

  test('CAPAIAN(32; 4,88; "negatif"; "tanpa") = 184,75', () => {
    expect(CAPAIAN(satu(32), satu(4.88), satu('negatif'), satu('tanpa'))).toEqual([[184.75]]);
  });

  test('KATEGORI(81,44) = "Berhasil"', () => {
    expect(KATEGORI(satu(dokumen.rata_rata_capaian_tertulis), null)).toEqual([[dokumen.kategori_tertulis]]);
    expect(dokumen.kategori_tertulis).toBe('Berhasil');
  });

  test.each([
    ['pokok (Tabel 3.5)', dokumen.harga.pokok],
    ['penting (Tabel 3.6)', dokumen.harga.penting],
  ])('INFLASI(harga %s) = rata-rata tertulis', (_nama, tabel) => {
    const lalu = kolom(tabel.baris.map((b) => b.harga_2020));
    const kini = kolom(tabel.baris.map((b) => b.harga_2021));
    expect(INFLASI(lalu, kini)).toEqual([[tabel.rata_rata_tertulis]]);
  });

  test('INFLASI(Tabel 3.5 harga 2020; harga 2021) = 12,76 (printed under the table)', () => {
    const pokok = dokumen.harga.pokok.baris;
    expect(INFLASI(kolom(pokok.map((b) => b.harga_2020)), kolom(pokok.map((b) => b.harga_2021)))).toEqual([[12.76]]);
  });

  test('CAPAIAN_INFLASI(19,77) = 75', () => {
    expect(CAPAIAN_INFLASI(satu(dokumen.harga.gabungan_tertulis), null)).toEqual([[75]]);
  });

  test('PERTUMBUHAN(7; 6) = 16,67 and PERTUMBUHAN(1.593; 1.576) = 1,08', () => {
    expect(PERTUMBUHAN(satu(7), satu(6))).toEqual([[16.67]]);
    expect(PERTUMBUHAN(satu('1.593'), satu('1.576'))).toEqual([[1.08]]);
  });

  test('PERSENTASE(39; 88) = 44,32 and the other realisations of BAB III', () => {
    expect(PERSENTASE(satu(39), satu(88))).toEqual([[44.32]]);
    expect(PERSENTASE(kolom([157, 3, 4, 21]), kolom([160, 34, 35, 65]))).toEqual(kolom([98.13, 8.82, 11.43, 32.31]));
  });

  describe('SERAPAN over Tabel 3.22 (APBD) and Tabel 3.24 (APBN)', () => {
    const apbd = dokumen.anggaran.apbd;

    test('per program, spilled from two columns; pagu 0 is #N/A "tidak ada pagu"', () => {
      const hasil = SERAPAN(kolom(apbd.program.map((p) => p.pagu)), kolom(apbd.program.map((p) => p.realisasi)));
      expect(hasil).toHaveLength(apbd.program.length);
      apbd.program.forEach((p, i) => {
        const sel = hasil[i]![0];
        if (p.pagu === 0) harapGalat(sel, '#N/A', /baris 3: pagu 0 → tidak ada pagu/);
        else expect(sel).toBe(p.keu_persen_tertulis);
      });
    });

    test('total = SERAPAN(SUM(pagu); SUM(realisasi)) = 97,32', () => {
      expect(SERAPAN(satu(apbd.total_pagu_tertulis), satu(apbd.total_realisasi_tertulis_di_teks))).toEqual([
        [apbd.total_keu_persen_tertulis],
      ]);
      const jumlahPagu = apbd.program.reduce((a, p) => a + p.pagu, 0);
      const jumlahRealisasi = apbd.program.reduce((a, p) => a + p.realisasi, 0);
      expect(SERAPAN(satu(jumlahPagu), satu(jumlahRealisasi))).toEqual([[97.32]]);
    });

    test('APBN rows and total 92,67, amounts written as Rupiah text', () => {
      const apbn = dokumen.anggaran.apbn;
      expect(SERAPAN(kolom(apbn.program.map((p) => p.pagu)), kolom(apbn.program.map((p) => p.realisasi)))).toEqual(
        kolom(apbn.program.map((p) => p.persen_tertulis)),
      );
      expect(SERAPAN(satu('Rp. 2.194.960.000,-'), satu('Rp 2.033.972.202'))).toEqual([[apbn.total_persen_tertulis]]);
    });
  });

  describe('Tabel 3.2 end to end: CAPAIAN per indicator → RATA_CAPAIAN = 81,44 → KATEGORI = Berhasil', () => {
    const indikator = dokumen.indikator;
    const inflasi = indikator.find((i) => i.metode_capaian)!;
    const biasa = indikator.filter((i) => i !== inflasi);

    test('capaian of every ratio indicator, two columns in one call', () => {
      const hasil = CAPAIAN(kolom(biasa.map((i) => i.target)), kolom(biasa.map((i) => i.realisasi)), null, null);
      biasa.forEach((ind, r) => {
        if (ind.capaian_tertulis === null) harapGalat(hasil[r]![0], '#N/A', /realisasi belum diisi → tidak diukur/);
        else expect(hasil[r]![0]).toBe(ind.capaian_tertulis);
      });
    });

    test('the price-rise indicator through CAPAIAN_INFLASI', () => {
      expect(CAPAIAN_INFLASI(satu(inflasi.realisasi), satu('tabel-3.7'))).toEqual([[inflasi.capaian_tertulis]]);
    });

    test('RATA_CAPAIAN over the printed capaian column (blanks, "NA" or #N/A for the unmeasured) = 81,44', () => {
      const tertulis = indikator.map((i) => i.capaian_tertulis);
      expect(RATA_CAPAIAN(kolom(tertulis))).toEqual([[dokumen.rata_rata_capaian_tertulis]]);
      expect(RATA_CAPAIAN(kolom(tertulis.map((c) => c ?? 'NA')))).toEqual([[81.44]]);
      expect(RATA_CAPAIAN(kolom(tertulis.map((c) => c ?? selGalat('#N/A', 'tidak diukur'))))).toEqual([[81.44]]);
      expect(RATA_CAPAIAN(baris(tertulis.map((c) => c ?? '')))).toEqual([[81.44]]);
    });

    test('the whole chain from the computed cells', () => {
      const capaianBiasa = CAPAIAN(kolom(biasa.map((i) => i.target)), kolom(biasa.map((i) => i.realisasi)), null, null);
      const kolomCapaian = [...capaianBiasa, ...CAPAIAN_INFLASI(satu(inflasi.realisasi), null)];
      const rata = RATA_CAPAIAN(kolomCapaian);
      expect(rata).toEqual([[81.44]]);
      expect(KATEGORI(rata, null)).toEqual([['Berhasil']]);
    });
  });
});

describe('shapes: scalars, 1×1, n×1, 1×n, n×m, broadcast, mismatch', () => {
  test('a raw scalar (not wrapped in a matrix) works like 1×1', () => {
    expect(CAPAIAN(50, 44.32)).toEqual([[88.64]]);
    expect(PERSENTASE(39, 88)).toEqual([[44.32]]);
    expect(KATEGORI(81.44)).toEqual([['Berhasil']]);
  });

  test('n×1 with n×1 spills n×1', () => {
    expect(PERTUMBUHAN(kolom([7, 1593]), kolom([6, 1576]))).toEqual(kolom([16.67, 1.08]));
  });

  test('1×n with 1×n spills 1×n', () => {
    expect(PERSENTASE(baris([39, 157]), baris([88, 160]))).toEqual([[44.32, 98.13]]);
  });

  test('n×m with n×m spills n×m', () => {
    expect(
      PERSENTASE(
        [
          [39, 157],
          [3, 4],
        ],
        [
          [88, 160],
          [34, 35],
        ],
      ),
    ).toEqual([
      [44.32, 98.13],
      [8.82, 11.43],
    ]);
  });

  test('a single value goes with every cell of a range (both ways round)', () => {
    expect(CAPAIAN(satu(50), kolom([44.32, 25, 60]), null, null)).toEqual(kolom([88.64, 50, 100]));
    expect(PERSENTASE(kolom([39, 44]), satu(88))).toEqual(kolom([44.32, 50]));
    expect(
      KENAIKAN_HARGA(satu(10000), [
        [10950, 9000],
        [10000, 12000],
      ]),
    ).toEqual([
      [9.5, -10],
      [0, 20],
    ]);
  });

  test('an option per row (a column of polarities) or one option for all', () => {
    expect(CAPAIAN(kolom([10, 10]), kolom([5, 5]), kolom(['positif', 'negatif']), null)).toEqual(kolom([50, 100]));
    expect(CAPAIAN(kolom([10, 10]), kolom([5, 5]), kolom(['+', 'turun']), satu('tanpa'))).toEqual(kolom([50, 150]));
    expect(CAPAIAN(kolom([32, 10]), kolom([4.88, 15]), satu('negatif'), satu(120))).toEqual(kolom([120, 50]));
  });

  test('options read once per run of equal cells are never carried over to other options', () => {
    // (2 × 10 − 5) / 10 × 100 = 150; 5 / 10 × 100 = 50.
    expect(CAPAIAN(satu(10), satu(5), satu('negatif'), satu('tanpa'))).toEqual([[150]]);
    expect(CAPAIAN(satu(10), satu(5), null, null)).toEqual([[50]]);
    harapGalat(tunggal(CAPAIAN(satu(10), satu(5), satu('atas'), null)), '#VALUE!', /^polaritas = "atas"/);
    expect(CAPAIAN(satu(10), satu(5), satu('negatif'), satu(120))).toEqual([[120]]);
    expect(CAPAIAN(kolom([10, 10, 10]), kolom([5, 5, 5]), kolom(['negatif', 'negatif', '+']), satu('tanpa'))).toEqual(
      kolom([150, 150, 50]),
    );
  });

  test('a 1×1 call and the same cell inside a range give the same result', () => {
    const sel: unknown[][] = [
      [50, 44.32],
      [0, 5],
      ['NA', 8.82],
      [10, 'abc'],
      [null, 40],
      [1.12, 1.0787],
    ];
    const rentang = CAPAIAN(kolom(sel.map(([t]) => t)), kolom(sel.map(([, r]) => r)), null, null);
    sel.forEach(([t, r], i) => {
      const satuan = tunggal(CAPAIAN(satu(t), satu(r), null, null));
      const dalamRentang = rentang[i]![0];
      if (typeof satuan === 'number') expect(dalamRentang).toBe(satuan);
      else expect((dalamRentang as GalatPalsu).code).toBe(galat(satuan).code);
    });
  });

  test('different shapes → one #VALUE! naming both shapes', () => {
    const hasil = CAPAIAN(kolom([50, 60, 70]), kolom([1, 2, 3, 4]), null, null);
    harapGalat(tunggal(hasil), '#VALUE!', /^target 3×1 dan realisasi 4×1 tidak sama ukurannya/);
  });

  test('n×1 against 1×n is a mismatch too, and so is a polaritas column of another length', () => {
    harapGalat(tunggal(PERSENTASE(kolom([1, 2]), baris([3, 4]))), '#VALUE!', /^bagian 2×1 dan total 1×2 tidak sama ukurannya/);
    harapGalat(
      tunggal(CAPAIAN(kolom([10, 10]), kolom([5, 5]), kolom(['+', '-', '+']), null)),
      '#VALUE!',
      /^target 2×1 dan polaritas 3×1 tidak sama ukurannya/,
    );
  });

  test('an empty range is refused', () => {
    harapGalat(tunggal(PERSENTASE([], satu(5))), '#VALUE!', 'bagian: rentang kosong.');
  });

  test('a bad cell inside a range makes only its own result cell an error, naming the row', () => {
    const hasil = CAPAIAN(kolom([50, 60, 70]), kolom([44.32, 'abc', 70]), null, null);
    expect(hasil[0]).toEqual([88.64]);
    harapGalat(hasil[1]![0], '#VALUE!', /^baris 2: realisasi = "abc": bukan angka/);
    expect(hasil[2]).toEqual([100]);
  });

  test('in a 2-D range the message names row and column; in a row it names the column', () => {
    const hasil = PERSENTASE(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [10, 10],
        [0, 10],
      ],
    );
    expect(hasil[0]).toEqual([10, 20]);
    harapGalat(hasil[1]![0], '#DIV/0!');
    expect(hasil[1]![1]).toBe(40);
    harapGalat(tunggal([PERTUMBUHAN(baris([7, 8]), baris([6, 'x']))[0]!.slice(1)]), '#VALUE!', /^kolom 2: nilai_lalu = "x"/);
    harapGalat(
      CAPAIAN(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, true],
        ],
        null,
        null,
      )[1]![1],
      '#VALUE!',
      /^baris 2, kolom 2: realisasi = TRUE: nilai logika/,
    );
  });

  test('a row whose values are all empty stays empty; an option alone does not fill it', () => {
    expect(CAPAIAN(kolom([50, null, '']), kolom([44.32, null, '  ']), satu('negatif'), null)).toEqual(kolom([100, '', '']));
    expect(PERSENTASE(kolom([39, null]), kolom([88, undefined]))).toEqual(kolom([44.32, '']));
  });

  test('a whole column (1.048.576 rows) spills only as far as the data goes', () => {
    const BARIS = 1_048_576;
    const kosong: unknown[] = [null];
    const penuh = (nilai: readonly unknown[]) =>
      Array.from({ length: BARIS }, (_, i) => (i < nilai.length ? [nilai[i]] : kosong));
    expect(CAPAIAN(penuh([50, 54.7, 'NA']), penuh([44.32, 98.13, 8.82]), null, null)).toEqual(kolom([88.64, 100, 100]));
    expect(RATA_CAPAIAN(penuh([88.64, 'NA', 50]))).toEqual([[69.32]]);
    const pokok = dokumen.harga.pokok.baris;
    expect(INFLASI(penuh(pokok.map((b) => b.harga_2020)), penuh(pokok.map((b) => b.harga_2021)))).toEqual([[12.76]]);
  });
});

describe('bad input: every kind gives an error value with a message naming the argument and the value', () => {
  test.each([
    ['NaN', Number.NaN, /^realisasi = NaN: bukan angka yang terhingga/],
    ['Infinity', Number.POSITIVE_INFINITY, /^realisasi = \+tak hingga: bukan angka yang terhingga/],
    ['-Infinity', Number.NEGATIVE_INFINITY, /^realisasi = −tak hingga/],
    ['TRUE', true, /^realisasi = TRUE: nilai logika \(TRUE\/FALSE\), bukan angka/],
    ['FALSE', false, /^realisasi = FALSE/],
    ['text', 'empat puluh', /^realisasi = "empat puluh": bukan angka/],
    ['English separators', '1,234.56', /^realisasi = "1,234.56": titik sesudah koma/],
    ['two commas', '1,2,3', /^realisasi = "1,2,3": lebih dari satu koma/],
    ['a data type (object)', { type: 'Entity' }, /^realisasi: isi sel berupa objek atau tipe data/],
  ])('realisasi %s → #VALUE!', (_jenis, realisasi, pesan) => {
    harapGalat(tunggal(CAPAIAN(satu(50), satu(realisasi), null, null)), '#VALUE!', pesan);
  });

  test('the same coercion in every vectorised function', () => {
    harapGalat(tunggal(PERSENTASE(satu(Number.NaN), satu(88))), '#VALUE!', /^bagian = NaN/);
    harapGalat(tunggal(PERTUMBUHAN(satu(7), satu(true))), '#VALUE!', /^nilai_lalu = TRUE/);
    harapGalat(tunggal(KENAIKAN_HARGA(satu('x'), satu(5))), '#VALUE!', /^harga lalu = "x"/);
    harapGalat(tunggal(SERAPAN(satu(Number.POSITIVE_INFINITY), satu(5))), '#VALUE!', /^pagu = \+tak hingga/);
    harapGalat(tunggal(KATEGORI(satu('tinggi'), null)), '#VALUE!', /^capaian = "tinggi"/);
    harapGalat(tunggal(CAPAIAN_INFLASI(satu(false), null)), '#VALUE!', /^kenaikan = FALSE/);
  });

  test('a required value left empty while the other is filled → #N/A "wajib diisi"', () => {
    harapGalat(tunggal(PERSENTASE(satu(39), satu(null))), '#N/A', 'total = (kosong): wajib diisi angka.');
    harapGalat(tunggal(KENAIKAN_HARGA(satu(''), satu(5))), '#N/A', /^harga lalu = \(kosong\): wajib diisi angka/);
  });

  test('realisasi not filled or NA: not measured (#N/A with the reason)', () => {
    harapGalat(tunggal(CAPAIAN(satu(50), satu(null), null, null)), '#N/A', 'realisasi belum diisi → tidak diukur');
    harapGalat(tunggal(CAPAIAN(satu(50), satu('NA'), null, null)), '#N/A', 'realisasi NA → tidak diukur');
    harapGalat(tunggal(CAPAIAN(satu(null), satu(40), null, null)), '#N/A', 'target belum diisi → tidak diukur');
  });

  test('division by zero → #DIV/0! (Excel shows no message for it)', () => {
    harapGalat(tunggal(CAPAIAN(satu(0), satu(5), null, null)), '#DIV/0!');
    harapGalat(tunggal(PERTUMBUHAN(satu(7), satu(0))), '#DIV/0!');
    harapGalat(tunggal(PERSENTASE(satu(39), satu('0'))), '#DIV/0!');
    harapGalat(tunggal(KENAIKAN_HARGA(satu(0), satu(5))), '#DIV/0!');
    expect(galat(tunggal(PERSENTASE(satu(39), satu(0)))).message).toBeUndefined();
  });

  test('values outside their domain → #VALUE! with the reason', () => {
    harapGalat(tunggal(CAPAIAN(satu(-5), satu(5), null, null)), '#VALUE!', /^target = -5: target negatif/);
    harapGalat(tunggal(KENAIKAN_HARGA(satu(-1), satu(5))), '#VALUE!', /^harga lalu = -1: harga tidak boleh negatif/);
    harapGalat(tunggal(SERAPAN(satu(100), satu(-1))), '#VALUE!', /^realisasi = -1: nilai anggaran tidak boleh negatif/);
    harapGalat(tunggal(PERTUMBUHAN(satu(7), satu(-6))), '#VALUE!', /^nilai_lalu = -6/);
  });

  test('bad options → #VALUE! naming the option', () => {
    harapGalat(tunggal(CAPAIAN(satu(50), satu(40), satu('atas'), null)), '#VALUE!', /^polaritas = "atas": pilih "positif"/);
    harapGalat(tunggal(CAPAIAN(satu(50), satu(40), satu(1), null)), '#VALUE!', /^polaritas = 1/);
    harapGalat(
      tunggal(CAPAIAN(satu(50), satu(40), null, satu(0))),
      '#VALUE!',
      /^batas = 0: batas capaian harus lebih besar dari 0/,
    );
    harapGalat(tunggal(CAPAIAN(satu(50), satu(40), null, satu('banyak'))), '#VALUE!', /^batas = "banyak"/);
    harapGalat(tunggal(CAPAIAN(satu(50), satu(40), null, satu(true))), '#VALUE!', /^batas = TRUE/);
  });

  test('empty or omitted optional arguments take the defaults (positif, batas 100, Tabel 3.1, Tabel 3.7)', () => {
    for (const kosong of [null, undefined, satu(null), satu(''), satu('  ')]) {
      expect(CAPAIAN(satu(50), satu(60), kosong, kosong)).toEqual([[100]]);
      expect(KATEGORI(satu(80), kosong)).toEqual([['Berhasil']]);
      expect(CAPAIAN_INFLASI(satu(25), kosong)).toEqual([[75]]);
    }
    expect(CAPAIAN(satu(50), satu(60))).toEqual([[100]]);
  });

  test('an error cell passes its error on; a message it carries is kept', () => {
    harapGalat(tunggal(PERSENTASE(satu(selGalat('#DIV/0!')), satu(88))), '#DIV/0!');
    harapGalat(tunggal(PERSENTASE(satu(selGalat('#NUM!')), satu(88))), '#NUM!');
    harapGalat(
      tunggal(KATEGORI(satu(selGalat('#N/A', 'realisasi belum diisi → tidak diukur')), null)),
      '#N/A',
      'capaian berisi galat #N/A (realisasi belum diisi → tidak diukur).',
    );
    // #REF! and #NAME? may come in but cannot go out: they become #VALUE! saying what came in.
    harapGalat(tunggal(CAPAIAN(satu(selGalat('#REF!')), satu(5), null, null)), '#VALUE!', 'target berisi galat #REF!.');
    const hasil = PERSENTASE(kolom([39, selGalat('#NAME?')]), satu(88));
    expect(hasil[0]).toEqual([44.32]);
    harapGalat(hasil[1]![0], '#VALUE!', 'baris 2: bagian berisi galat #NAME?.');
  });

  test('a result too large for Excel → #NUM!, never Infinity', () => {
    harapGalat(tunggal(PERSENTASE(satu(1e15), satu(1e-300))), '#NUM!');
    // An input beyond ±1e15 is refused as an input (issue 17), naming the argument and the value.
    harapGalat(tunggal(PERSENTASE(satu(1e300), satu(1))), '#VALUE!', /bagian = 1e\+300: di luar batas/);
  });

  test('−0 never shows as a negative zero', () => {
    const nol = tunggal(KENAIKAN_HARGA(satu(100), satu(100)));
    expect(Object.is(nol, 0)).toBe(true);
  });
});

describe('KATEGORI', () => {
  test('the boundaries of Tabel 3.1 are inclusive', () => {
    expect(KATEGORI(kolom([85, 84.99, 75, 74.99, 55, 54.99, 0]), null)).toEqual(
      kolom(['Sangat Berhasil', 'Berhasil', 'Berhasil', 'Cukup Berhasil', 'Cukup Berhasil', 'Belum Berhasil', 'Belum Berhasil']),
    );
  });

  test('the published capaian (2 decimals, half-up) is categorised: 84,995 is printed 85,00', () => {
    expect(KATEGORI(satu(84.995), null)).toEqual([['Sangat Berhasil']]);
    expect(KATEGORI(satu('84,994'), null)).toEqual([['Berhasil']]);
  });

  test('a preset by name', () => {
    expect(KATEGORI(satu(81.44), satu('lima-tingkat'))).toEqual([['Tinggi']]);
    expect(KATEGORI(satu(81.44), satu(5))).toEqual([['Tinggi']]);
    expect(KATEGORI(satu(81.44), satu('Tabel 3.1'))).toEqual([['Berhasil']]);
  });

  test('a 2-column range as the scale (any order, an empty bound = everything below)', () => {
    const skala = [
      [70, 'Baik'],
      [null, 'Kurang'],
      [90, 'Istimewa'],
    ];
    expect(KATEGORI(kolom([95, 81.44, 10]), skala)).toEqual(kolom(['Istimewa', 'Baik', 'Kurang']));
  });

  test('a bad scale makes the whole result one #VALUE!', () => {
    harapGalat(
      tunggal(KATEGORI(kolom([80, 90]), satu('tujuh-tingkat'))),
      '#VALUE!',
      /^skala = "tujuh-tingkat": skala tidak dikenal/,
    );
    harapGalat(tunggal(KATEGORI(satu(80), kolom([1, 2, 3]))), '#VALUE!', /^skala 3×1: pakai nama preset/);
    harapGalat(
      tunggal(
        KATEGORI(satu(80), [
          [70, 'A'],
          [70, 'B'],
        ]),
      ),
      '#VALUE!',
      /batas bawah yang sama muncul dua kali/,
    );
    harapGalat(
      tunggal(
        KATEGORI(satu(80), [
          [70, 'A'],
          [selGalat('#REF!'), 'B'],
        ]),
      ),
      '#VALUE!',
      /^skala baris 2 kolom 1 berisi galat #REF!/,
    );
  });

  test('a capaian of "NA" has no category (#N/A)', () => {
    harapGalat(tunggal(KATEGORI(satu('NA'), null)), '#N/A', /capaian NA: tidak diukur/);
  });
});

describe('CAPAIAN: target ranges, polarity, caps', () => {
  test('a target range "80–90": inside → 100, below → against the lower bound', () => {
    expect(CAPAIAN(satu('80–90'), kolom([85, 72, 95]), null, null)).toEqual(kolom([100, 90, 100]));
    expect(CAPAIAN(satu('80 s.d. 90'), satu(72), null, null)).toEqual([[90]]);
    expect(CAPAIAN(satu('80–90'), satu(99), null, satu('tanpa'))).toEqual([[110]]);
  });

  test('a bad target range → #VALUE!', () => {
    harapGalat(
      tunggal(CAPAIAN(satu('90–80'), satu(85), null, null)),
      '#VALUE!',
      /batas bawah rentang lebih besar dari batas atas/,
    );
  });

  test('negatif: (2 × target − realisasi) / target, never below 0', () => {
    expect(CAPAIAN(satu(10), satu(12), satu('negatif'), null)).toEqual([[80]]);
    expect(CAPAIAN(satu(10), satu(25), satu('-'), null)).toEqual([[0]]);
  });

  test('a cap of 120 and text percentages', () => {
    expect(CAPAIAN(satu(50), satu('65 %'), null, satu(120))).toEqual([[120]]);
    expect(CAPAIAN(satu(50), satu('55,5 %'), null, satu('120'))).toEqual([[111]]);
  });

  test('the published realisasi feeds the capaian (1,0787 is used as 1,08 → 96,43)', () => {
    expect(CAPAIAN(satu(1.12), satu(((1593 - 1576) / 1576) * 100), null, null)).toEqual([[96.43]]);
  });
});

describe('CAPAIAN: the two negative formulas (issue 14)', () => {
  test('Kab. Manggarai Timur LKjIP 2019: =LKIP.CAPAIAN(9,20; 9,53; "negatif-rasio") → 96,54', () => {
    expect(CAPAIAN(satu(9.2), satu(9.53), satu('negatif-rasio'), null)).toEqual([[96.54]]);
    expect(CAPAIAN(satu('9,20'), satu('9,53'), satu('Negatif Rasio'), null)).toEqual([[96.54]]);
    // "negatif" stays (2T − R)/T: Prov. Lampung LKj 2015, API malaria 0,35 / 0,43 → 77,14
    expect(CAPAIAN(satu(0.35), satu(0.43), satu('negatif'), null)).toEqual([[77.14]]);
  });
  test('PermenPANRB range 7–8 (negatif, tanpa batas): realisasi 6,5 → 107,14; 9 → 87,50; 7,5 → 100', () => {
    expect(CAPAIAN(satu('7–8'), kolom([6.5, 9, 7.5]), satu('negatif'), satu('tanpa'))).toEqual(kolom([107.14, 87.5, 100]));
    expect(CAPAIAN(satu('7–8'), kolom([6.5, 9]), satu('negatif-rasio'), satu('tanpa'))).toEqual(kolom([107.69, 88.89]));
  });
  test('negatif-rasio with realisasi 0 → #DIV/0!, never Infinity; one polarity per row works', () => {
    harapGalat(tunggal(CAPAIAN(satu(9.2), satu(0), satu('negatif-rasio'), null)), '#DIV/0!');
    expect(CAPAIAN(kolom([9.2, 50]), kolom([9.53, 44.32]), kolom(['negatif-rasio', 'positif']), null)).toEqual(
      kolom([96.54, 88.64]),
    );
  });
});

describe('EFISIENSI = capaian ÷ serapan (issue 14)', () => {
  test('BPOM LKj PRKOM 2021: =LKIP.EFISIENSI(99,92; 94) → 106,30; bentuk "indeks" → 1,063', () => {
    expect(EFISIENSI(satu(99.92), satu(94), null)).toEqual([[106.3]]);
    expect(EFISIENSI(satu(99.92), satu(94), satu('indeks'))).toEqual([[1.063]]);
    expect(EFISIENSI(satu('99,92 %'), satu('94,00'), satu('Persen'))).toEqual([[106.3]]);
  });
  test('BPKP LKj 2021 Tabel 3.23 over a range: 106,52 ÷ 97,80 → 108,92; 106,93 ÷ 98,30 → 108,78; 103,17 ÷ 98,50 → 104,74', () => {
    expect(EFISIENSI(kolom([106.52, 106.93, 103.17]), kolom([97.8, 98.3, 98.5]), null)).toEqual(kolom([108.92, 108.78, 104.74]));
    // one serapan for every capaian (broadcast), and a 1×n row: 106,52 / 97,80 = 1,0892…; 106,93 / 97,80 = 1,0933…
    expect(EFISIENSI(baris([106.52, 106.93]), satu(97.8), satu('indeks'))).toEqual([[1.089, 1.093]]);
  });
  test('serapan 0 → #N/A with the Indonesian reason; capaian not measured → #N/A; an empty row stays empty', () => {
    harapGalat(
      tunggal(EFISIENSI(satu(99.92), satu(0), null)),
      '#N/A',
      'serapan anggaran 0: tidak ada anggaran yang terserap → efisiensi tidak dihitung.',
    );
    harapGalat(tunggal(EFISIENSI(satu('NA'), satu(94), null)), '#N/A', 'capaian NA → efisiensi tidak dihitung.');
    const hasil = EFISIENSI(kolom([99.92, null, 50]), kolom([94, null, 0]), null);
    expect(hasil[0]).toEqual([106.3]);
    expect(hasil[1]).toEqual(['']);
    harapGalat(hasil[2]![0], '#N/A', /^baris 3: serapan anggaran 0/);
  });
  test('bad values and options → #VALUE! naming the argument and the value', () => {
    harapGalat(tunggal(EFISIENSI(satu(99.92), satu(-4), null)), '#VALUE!', /^serapan = -4: serapan tidak boleh negatif/);
    harapGalat(tunggal(EFISIENSI(satu('abc'), satu(94), null)), '#VALUE!', /^capaian = "abc"/);
    harapGalat(tunggal(EFISIENSI(satu(99.92), satu(0), satu('desimal'))), '#VALUE!', /^bentuk = "desimal": pilih "persen"/);
  });
});

describe('CAPAIAN_INFLASI and KENAIKAN_HARGA', () => {
  test('the step scale of Tabel 3.7 with inclusive upper bounds', () => {
    expect(CAPAIAN_INFLASI(kolom([-3, 10, 10.004, 10.01, 30, 30.01, 100, 100.01]), null)).toEqual(
      kolom([100, 100, 100, 75, 75, 50, 50, 25]),
    );
  });

  test('a custom step scale from a range (batas atas, capaian, label)', () => {
    const skala = [
      [5, 100, 'Stabil'],
      [null, 60, 'Naik'],
    ];
    expect(CAPAIAN_INFLASI(kolom([4, 19.77]), skala)).toEqual(kolom([100, 60]));
    expect(
      CAPAIAN_INFLASI(satu(19.77), [
        [5, 100],
        [20, 80],
      ]),
    ).toEqual([[80]]);
  });

  test('a bad step scale → one #VALUE!', () => {
    harapGalat(tunggal(CAPAIAN_INFLASI(satu(19.77), satu('ketat'))), '#VALUE!', /^skala = "ketat": skala inflasi tidak dikenal/);
    harapGalat(tunggal(CAPAIAN_INFLASI(satu(19.77), [[1, 2, 3, 4]])), '#VALUE!', /^skala 1×4/);
  });

  test('KENAIKAN_HARGA per item spills the percentages of Tabel 3.5 (rows whose prices are not rounded averages)', () => {
    const pokok = dokumen.harga.pokok.baris.filter((b) => ['Beras', 'Daging Sapi', 'Cabe Rawit', 'Susu'].includes(b.nama));
    expect(KENAIKAN_HARGA(kolom(pokok.map((b) => b.harga_2020)), kolom(pokok.map((b) => b.harga_2021)))).toEqual(
      kolom(pokok.map((b) => b.persen_tertulis)),
    );
  });
});

describe('INFLASI and RATA_CAPAIAN read a whole range into one number', () => {
  test('blank rows are skipped', () => {
    expect(INFLASI(kolom([100, null, 200]), kolom([110, '', 230]))).toEqual([[12.5]]);
  });

  test('lists of different shapes → #VALUE! naming both', () => {
    harapGalat(
      tunggal(INFLASI(kolom([100, 200]), kolom([110, 220, 330]))),
      '#VALUE!',
      'harga_lalu 2×1 dan harga_kini 3×1 tidak sama ukurannya.',
    );
    harapGalat(tunggal(INFLASI(satu(100), kolom([110, 220]))), '#VALUE!', /^harga_lalu 1×1 dan harga_kini 2×1/);
  });

  test('a bad row makes the one result an error naming the row', () => {
    harapGalat(tunggal(INFLASI(kolom([100, 'x']), kolom([110, 5]))), '#VALUE!', /^harga_lalu baris 2 = "x": bukan angka/);
    harapGalat(tunggal(INFLASI(kolom([100, selGalat('#DIV/0!')]), kolom([110, 5]))), '#DIV/0!');
  });

  test('nothing to average → #N/A', () => {
    harapGalat(tunggal(INFLASI(kolom([null, '']), kolom([null, '']))), '#N/A', /tidak ada nilai untuk dirata-rata/);
    harapGalat(tunggal(RATA_CAPAIAN(kolom(['NA', null, '-']))), '#N/A', /tidak ada capaian yang diukur/);
  });

  test('RATA_CAPAIAN: a bad cell or another error cell in the range makes the mean an error naming the cell', () => {
    harapGalat(tunggal(RATA_CAPAIAN(kolom([80, 'baik']))), '#VALUE!', /^capaian baris 2 = "baik": bukan angka/);
    harapGalat(tunggal(RATA_CAPAIAN(kolom([80, selGalat('#DIV/0!')]))), '#DIV/0!');
    harapGalat(tunggal(RATA_CAPAIAN([[80, true]])), '#VALUE!', /^capaian kolom 2 = TRUE/);
  });

  test('RATA_CAPAIAN of a 2-D range and of Indonesian text', () => {
    expect(
      RATA_CAPAIAN([
        ['88,64 %', 100],
        ['NA', '50'],
      ]),
    ).toEqual([[79.55]]);
  });
});

describe('KV: koefisien variasi harga = S / p̄ × 100 (Tabel 2.1, KV_pt = S_n / p × 100%)', () => {
  // Worked by hand: 10, 12, 14 → p̄ = 12; Σ(x − p̄)² = 8; sample S = √(8/2) = 2 → 16,67;
  // population S = √(8/3) = 1,63299… → 13,608… → 13,61.
  test('KV(10; 12; 14) = 16,67 (simpangan baku sampel, baku) and 13,61 with "populasi"', () => {
    expect(KV(kolom([10, 12, 14]), null)).toEqual([[16.67]]);
    expect(KV(kolom([10, 12, 14]))).toEqual([[16.67]]);
    expect(KV(kolom([10, 12, 14]), satu('sampel'))).toEqual([[16.67]]);
    expect(KV(kolom([10, 12, 14]), satu('populasi'))).toEqual([[13.61]]);
    expect(KV(kolom([10, 12, 14]), satu('STDEV.P'))).toEqual([[13.61]]);
    expect(KV(kolom([10, 12, 14]), satu('n-1'))).toEqual([[16.67]]);
  });

  test('a row, a 2-D range and Indonesian number text give the same figure', () => {
    expect(KV(baris([10, 12, 14]))).toEqual([[16.67]]);
    expect(
      KV([
        [10, 12],
        [14, null],
      ]),
    ).toEqual([[16.67]]);
    expect(KV(kolom(['10', '12,0', 'Rp 14,-']))).toEqual([[16.67]]);
  });

  test('Rupiah prices: 10.950, 10.143, 11.000, 10.500, 12.250 → 7,27 (sampel) and 6,50 (populasi)', () => {
    // p̄ = 54.843 / 5 = 10.968,6; Σ(x − p̄)² = 2.545.565,2; S = √(2.545.565,2 / 4) = 797,74… → 7,2714…%;
    // population √(2.545.565,2 / 5) = 713,52… → 6,5037…%.
    const harga = kolom([10950, 10143, '11.000', 10500, 12250]);
    expect(KV(harga, null)).toEqual([[7.27]]);
    expect(KV(harga, satu('populasi'))).toEqual([[6.5]]);
  });

  test('blank cells, "-", "NA" and #N/A cells are skipped (no observation)', () => {
    expect(KV(kolom([10, null, '', '-', 'NA', selGalat('#N/A', 'tidak ada data'), 12, 14]))).toEqual([[16.67]]);
  });

  test('a whole column (1.048.576 rows) is read only as far as its data goes', () => {
    const kolomPenuh = Array.from({ length: 1_048_576 }, (_, i) => [i < 3 ? 10 + 2 * i : null]);
    expect(KV(kolomPenuh)).toEqual([[16.67]]);
  });

  test('fewer than 2 prices → #N/A saying why', () => {
    harapGalat(
      tunggal(KV(kolom([10, null, 'NA']))),
      '#N/A',
      /^harga = "1 nilai": koefisien variasi memerlukan minimal 2 nilai harga/,
    );
    harapGalat(tunggal(KV(satu(null))), '#N/A', /minimal 2 nilai harga/);
  });

  test('a zero, negative or unreadable price → #VALUE! naming its position and value', () => {
    harapGalat(tunggal(KV(kolom([10, 0, 14]))), '#VALUE!', /^harga\[2\] = 0: harga harus lebih besar dari 0/);
    harapGalat(tunggal(KV(kolom([10, 12, -14]))), '#VALUE!', /^harga\[3\] = -14: harga harus lebih besar dari 0/);
    harapGalat(tunggal(KV(kolom([10, 'mahal', 14]))), '#VALUE!', /^harga\[2\] = "mahal": bukan angka/);
    harapGalat(tunggal(KV(kolom([10, true, 14]))), '#VALUE!', /^harga\[2\] = TRUE/);
  });

  test('an error cell other than #N/A passes its error on, naming the cell', () => {
    harapGalat(tunggal(KV(kolom([10, selGalat('#DIV/0!'), 14]))), '#DIV/0!');
    harapGalat(tunggal(KV(kolom([10, 12, selGalat('#REF!')]))), '#VALUE!', 'harga baris 3 berisi galat #REF!.');
  });

  test('a bad simpangan → #VALUE! naming the option; a range of several cells is refused', () => {
    harapGalat(tunggal(KV(kolom([10, 12, 14]), satu('median'))), '#VALUE!', /^simpangan = "median": pilih "sampel"/);
    harapGalat(tunggal(KV(kolom([10, 12, 14]), satu(2))), '#VALUE!', /^simpangan = 2/);
    harapGalat(
      tunggal(KV(kolom([10, 12, 14]), kolom(['sampel', 'populasi']))),
      '#VALUE!',
      'simpangan 2×1: isi satu sel saja, bukan rentang.',
    );
  });

  test('equal prices have KV 0', () => {
    expect(KV(kolom([11000, 11000, 11000]))).toEqual([[0]]);
  });
});

describe('properties over any input Excel could send', () => {
  const selApaSaja = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0, 1e308, 5e-324),
    fc.string(),
    fc.constantFrom('NA', '-', '', '44,32', '1.234,5', 'Rp 1.500.000,-', '80–90', 'negatif', 'tanpa', 'lima-tingkat'),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom('#N/A', '#VALUE!', '#DIV/0!', '#REF!').map((k) => selGalat(k, 'dari sel lain')),
  );
  const argumen = fc.oneof(
    selApaSaja,
    selApaSaja.map((x) => [[x]]),
    fc.array(selApaSaja, { minLength: 1, maxLength: 4 }).map((xs) => xs.map((x) => [x])),
    fc.array(fc.array(selApaSaja, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
  );

  test.each(NAMA_FUNGSI.map((n) => [n]))('%s never throws and never returns NaN, Infinity or a non-Excel value', (nama) => {
    fc.assert(
      fc.property(fc.array(argumen, { minLength: 0, maxLength: 4 }), (args) => {
        const hasil = F[nama](...args);
        expect(Array.isArray(hasil)).toBe(true);
        expect(hasil.length).toBeGreaterThan(0);
        for (const b of hasil) {
          expect(Array.isArray(b)).toBe(true);
          for (const sel of b) {
            if (typeof sel === 'number') expect(Number.isFinite(sel)).toBe(true);
            else if (typeof sel !== 'string') {
              const g = galat(sel);
              expect(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!']).toContain(g.code);
              if (g.message !== undefined) expect(['#VALUE!', '#N/A']).toContain(g.code);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('numbers come out rounded to 2 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (bagian, total) => {
        const sel = tunggal(PERSENTASE(satu(bagian), satu(total))) as number;
        expect(Math.round(sel * 100) / 100).toBe(sel);
      }),
    );
  });

  test('same input → same output', () => {
    const a = CAPAIAN(kolom([50, 'NA', '80–90', 0]), kolom([44.32, 8.82, 72, 5]), satu('positif'), null);
    const b = CAPAIAN(kolom([50, 'NA', '80–90', 0]), kolom([44.32, 8.82, 72, 5]), satu('positif'), null);
    expect(b).toEqual(a);
  });
});
