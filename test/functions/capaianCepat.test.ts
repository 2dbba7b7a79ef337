/**
 * The fast path of LKIP.CAPAIAN is exact: core's nilaiCapaian (numbers in hundredths, integer arithmetic) gives
 * the very figure of the decimal path, hitungCapaian(…).nilai, for every input — or hands the input to it.
 *
 * The oracle is the decimal path itself (decimal.js, 40 digits, half-up), the one the report and the document's
 * figures go through. Random doubles of every kind are thrown at both: the whole double range (NaN, ±∞, −0,
 * subnormals, 1e308), exact hundredths, decimal ties such as 1,005 and 19,765 (which binary floats round the wrong
 * way: 1.005 × 100 = 100.49999…), values a hair beside those ties, and magnitudes around the 2⁵⁰ / 2⁵² guards.
 */
import fc from 'fast-check';
import {
  BATAS_BAWAAN,
  Desimal,
  GalatLkip,
  hitungCapaian,
  nilaiCapaian,
  nilaiCapaianCepat,
  seratusanTerbit,
  terbitkan,
  type OpsiCapaian,
} from '../../src/core';
import * as lkip from '../../src/functions/functions';
import { GalatPalsu, pasangRuntimePalsu } from './runtimePalsu';

const CAPAIAN = lkip.CAPAIAN as unknown as (...argumen: unknown[]) => unknown[][];

/** round_half_up(x × 100) of the decimal x shows as, by decimal.js: the reference for seratusanTerbit. */
const seratusanDesimal = (x: number): number => terbitkan(new Desimal(x)).times(100).toNumber();

/** Decimal ties and their neighbours: 1,005, 19,765, 2,675, 1,115, 0,125 … and the doubles just beside them. */
const TIES = [1.005, 19.765, 2.675, 1.115, 0.125, 8.345, 0.005, 0.015, 1.045, 99.995, 100.005, 4.485, 10.005, 1234567.885];
const sebelah = (x: number, arah: number): number => {
  const b = new Float64Array([x]);
  const u = new BigInt64Array(b.buffer);
  u[0] = u[0]! + BigInt(arah * (x >= 0 ? 1 : -1));
  return b[0]!;
};

const angkaTepi = fc.constantFrom(
  0,
  -0,
  0.004,
  0.005,
  0.0049999999,
  0.01,
  1,
  50,
  44.32,
  54.7,
  98.13,
  100,
  1e-300,
  5e-324,
  -5e-324,
  1e15,
  4.5e9,
  4.6e9,
  2 ** 50 / 100,
  2 ** 50 / 100 - 0.5,
  2 ** 52 / 1e4,
  2 ** 53,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  ...TIES,
  ...TIES.map((x) => -x),
);

/** Every kind of double a cell may hold, weighted towards the interesting ones. */
const angkaApaSaja = fc.oneof(
  { weight: 3, arbitrary: fc.double() },
  { weight: 4, arbitrary: fc.integer({ min: -10_000_000, max: 1_000_000_000 }).map((k) => k / 100) },
  { weight: 2, arbitrary: fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((k) => (2 * k + 1) / 200) },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000_000 }).map((k) => k / 1000) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...TIES), fc.integer({ min: -3, max: 3 }), fc.boolean())
      .map(([x, arah, neg]) => sebelah(neg ? -x : x, arah)),
  },
  { weight: 1, arbitrary: fc.double({ min: 1e9, max: 1e16, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: -1e-3, max: 1e-3, noNaN: true }) },
  { weight: 2, arbitrary: angkaTepi },
);

/**
 * Pairs whose capaian falls exactly halfway between two hundredths (k + ½), where half-up matters:
 * t = 200·s and r = m·s / 100 (m odd) give r / t × 100 = m / 200 %, i.e. m/2 hundredths (0,01 / 200 → 0,005 %);
 * for negatif, r = (2t − m·s/100) gives (2t − r) / t × 100 = m / 200 % as well; for negatif-rasio, r = 200·s and
 * t = m·s / 100 give t / r × 100 = m / 200 %.
 */
const pasanganSeri = fc
  .tuple(
    fc.integer({ min: 1, max: 50_000 }),
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.constantFrom('positif', 'negatif', 'negatif-rasio'),
  )
  .map(([s, j, rumus]): [number, number] => {
    const m = 2 * j + 1;
    const t = 200 * s;
    if (rumus === 'negatif-rasio') return [(m * s) / 100, t];
    return [t, rumus === 'negatif' ? (2 * t * 100 - m * s) / 100 : (m * s) / 100];
  });

/** Capaian a few hundredths beside the caps below (99,995 · 100 · 100,004 · 120 · 150,5): target 100. */
const pasanganDekatBatas = fc
  .tuple(fc.constantFrom(9_999, 10_000, 12_000, 15_050), fc.integer({ min: -3, max: 3 }))
  .map(([k, d]): [number, number] => [100, (k + d) / 100]);

/** A target and a realisasi: independent doubles of every kind, a pair whose capaian is a tie, or one at a cap. */
const pasangan = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(angkaApaSaja, angkaApaSaja) },
  { weight: 2, arbitrary: pasanganSeri },
  { weight: 1, arbitrary: pasanganDekatBatas },
);

const opsiCapaian: fc.Arbitrary<OpsiCapaian> = fc.record(
  {
    polaritas: fc.constantFrom('positif' as const, 'negatif' as const, 'negatif-rasio' as const),
    batas: fc.constantFrom(
      BATAS_BAWAAN,
      null,
      new Desimal(100),
      new Desimal(120),
      new Desimal('99.995'),
      new Desimal('100.004'),
      new Desimal('150.5'),
      new Desimal('0.01'),
      new Desimal(0),
      new Desimal(-5),
      new Desimal('1e20'),
    ),
  },
  { requiredKeys: [] },
);

type Hasil = { readonly nilai: number } | { readonly tanpaNilai: unknown } | { readonly galat: string };

/** Same answer (a number compared with Object.is: −0 and 0 differ), without jest's deep equality in hot loops. */
function sama(a: Hasil, b: Hasil): boolean {
  if ('nilai' in a) return 'nilai' in b && Object.is(a.nilai, b.nilai);
  if ('galat' in a) return 'galat' in b && a.galat === b.galat;
  return 'tanpaNilai' in b && JSON.stringify(a.tanpaNilai) === JSON.stringify(b.tanpaNilai);
}

/** The decimal path's answer, as a value to compare: a number, a not-measured result, or the error thrown. */
function jalurDesimal(t: number, r: number, opsi: OpsiCapaian): Hasil {
  try {
    const h = hitungCapaian(t, r, opsi);
    return h.status === 'diukur' ? { nilai: h.nilai.toNumber() } : { tanpaNilai: h };
  } catch (e) {
    if (!(e instanceof GalatLkip)) throw e;
    return { galat: `${e.kode} ${e.message}` };
  }
}

function jalurNilai(t: number, r: number, opsi: OpsiCapaian): Hasil {
  try {
    const h = nilaiCapaian(t, r, opsi);
    return typeof h === 'number' ? { nilai: h } : { tanpaNilai: h };
  } catch (e) {
    if (!(e instanceof GalatLkip)) throw e;
    return { galat: `${e.kode} ${e.message}` };
  }
}

describe('seratusanTerbit: a double published to hundredths, exactly as decimal.js publishes it', () => {
  test('ties of the decimal text are rounded half-up (away from zero), never the float way', () => {
    // 1.005 × 100 = 100.49999999999999 in binary floats; the number Excel shows is 1,005 → 1,01.
    for (const [x, harapan] of [
      [1.005, 101],
      [19.765, 1977],
      [2.675, 268],
      [-1.005, -101],
      [0.125, 13],
      [44.32, 4432],
      [88.635, 8864],
    ] as const) {
      const cepat = seratusanTerbit(x);
      expect(Number.isNaN(cepat) ? seratusanDesimal(x) : cepat).toBe(harapan);
      expect(seratusanDesimal(x)).toBe(harapan);
    }
  });

  test('exact hundredths (what typed figures are) never leave the fast path', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (k) => seratusanTerbit(k / 100) === k),
      { numRuns: 20_000 },
    );
  });

  test('every double: the same hundredths as decimal.js, or NaN (then the decimal path decides)', () => {
    let cepat = 0;
    fc.assert(
      fc.property(angkaApaSaja, (x) => {
        const h = seratusanTerbit(x);
        if (Number.isNaN(h)) return true;
        cepat++;
        return Object.is(h, seratusanDesimal(x)); // the sign of a zero too: −0,001 is published −0,00 by both
      }),
      { numRuns: 100_000 },
    );
    expect(cepat).toBeGreaterThan(50_000); // the fast path is the common one, not a rare exception
  });
});

describe('nilaiCapaian (value only, fast) = hitungCapaian (decimal) for every input', () => {
  test('100 000 random targets, realisasi, polarities and caps: same number, same not-measured result, same error', () => {
    let cepat = 0;
    fc.assert(
      fc.property(pasangan, opsiCapaian, ([t, r], opsi) => {
        if (!Number.isNaN(nilaiCapaianCepat(t, r, opsi))) cepat++;
        const harapan = jalurDesimal(t, r, opsi);
        const hasil = jalurNilai(t, r, opsi);
        if (!sama(hasil, harapan)) expect(hasil).toEqual(harapan); // jest's message only for a failure
        return sama(hasil, harapan);
      }),
      { numRuns: 100_000 },
    );
    expect(cepat).toBeGreaterThan(10_000);
  });

  test('ordinary figures (2 decimals, targets > 0) always take the fast path, and agree', () => {
    const seratusan = fc.integer({ min: 1, max: 100_000_000 }).map((k) => k / 100);
    const realisasi = fc.integer({ min: -100_000, max: 1_000_000_000 }).map((k) => k / 100);
    fc.assert(
      fc.property(seratusan, realisasi, opsiCapaian, (t, r, opsi) => {
        const cepat = nilaiCapaianCepat(t, r, opsi);
        // target / realisasi with a realisasi ≤ 0 is an error, which only the decimal path reports.
        if (opsi.polaritas === 'negatif-rasio' && r <= 0) return Number.isNaN(cepat) && 'galat' in jalurDesimal(t, r, opsi);
        return !Number.isNaN(cepat) && sama({ nilai: cepat }, jalurDesimal(t, r, opsi));
      }),
      { numRuns: 20_000 },
    );
  });

  test('a capaian exactly halfway between two hundredths is rounded up, on the fast path', () => {
    // 0,01 / 200 × 100 = 0,005 % → 0,01; 2,25 / 1.800 × 100 = 0,125 % → 0,13; (2 × 200 − 399,99) / 200 × 100 = 0,005 → 0,01.
    for (const [t, r, opsi, harapan] of [
      [200, 0.01, {}, 0.01],
      [1800, 2.25, {}, 0.13],
      [200, 399.99, { polaritas: 'negatif' }, 0.01],
      [0.01, 200, { polaritas: 'negatif-rasio' }, 0.01],
    ] as const) {
      expect(nilaiCapaianCepat(t, r, opsi)).toBe(harapan);
      expect(jalurDesimal(t, r, opsi)).toEqual({ nilai: harapan });
    }
    let diCepat = 0;
    fc.assert(
      fc.property(pasanganSeri, opsiCapaian, ([t, r], opsi) => {
        const cepat = nilaiCapaianCepat(t, r, opsi);
        if (Number.isNaN(cepat)) return sama(jalurNilai(t, r, opsi), jalurDesimal(t, r, opsi)); // beyond 2⁵²
        diCepat++;
        return sama({ nilai: cepat }, jalurDesimal(t, r, opsi));
      }),
      { numRuns: 20_000 },
    );
    expect(diCepat).toBeGreaterThan(10_000);
  });

  test('the document’s figures and the rounding edges', () => {
    expect(nilaiCapaian(50, 44.32)).toBe(88.64);
    expect(nilaiCapaian(54.7, 98.13)).toBe(100);
    expect(nilaiCapaian(54.7, 98.13, { batas: null })).toBe(179.4);
    expect(nilaiCapaian(32, 4.88, { polaritas: 'negatif', batas: null })).toBe(184.75);
    // 1,0787 is published and used as 1,08: 1,08 / 1,12 × 100 = 96,428… → 96,43.
    expect(nilaiCapaian(1.12, 1.0787)).toBe(96.43);
    // Realisasi 1,005 is 1,01 (not the float's 1,00): 1,01 / 2 × 100 = 50,5.
    expect(nilaiCapaian(2, 1.005)).toBe(50.5);
    // A capaian exactly at a half hundredth rounds up: 1 / 8 × 100 = 12,5 → and 0,01 / 0,08 = 12,5.
    expect(nilaiCapaian(8, 1, { batas: null })).toBe(12.5);
    expect(nilaiCapaian(3, 2)).toBe(66.67);
    expect(nilaiCapaian(10, 25, { polaritas: 'negatif' })).toBe(0);
    // Kab. Manggarai Timur LKjIP 2019: AKB 9,20 / 9,53 → 96,54 on the fast path; realisasi 0 leaves it for the error.
    expect(nilaiCapaianCepat(9.2, 9.53, { polaritas: 'negatif-rasio' })).toBe(96.54);
    expect(nilaiCapaianCepat(9.2, 0, { polaritas: 'negatif-rasio' })).toBeNaN();
    expect(() => nilaiCapaian(9.2, 0, { polaritas: 'negatif-rasio' })).toThrow(/realisasi = 0/);
    // A cap with more decimals: 99,99 ≤ 99,995 stays; 100,00 > 99,995 is counted as the published cap 100,00.
    expect(nilaiCapaianCepat(100, 99.99, { batas: new Desimal('99.995') })).toBe(99.99);
    expect(nilaiCapaianCepat(100, 100, { batas: new Desimal('99.995') })).toBe(100);
    expect(nilaiCapaianCepat(100, 99.99, { batas: new Desimal('99.99') })).toBe(99.99);
    expect(nilaiCapaianCepat(100, 100, { batas: new Desimal('99.99') })).toBe(99.99);
    expect(nilaiCapaian('NA', 8.82)).toBe(100);
    expect(nilaiCapaian(50, null)).toMatchObject({ status: 'tidak_diukur', derivasi: 'realisasi belum diisi → tidak diukur' });
    expect(() => nilaiCapaian(0, 5)).toThrow(/target 0 dengan polaritas positif/);
  });
});

describe('LKIP.CAPAIAN over ranges = the decimal path cell by cell', () => {
  let lepas: () => void;
  beforeAll(() => {
    lepas = pasangRuntimePalsu().lepas;
  });
  afterAll(() => lepas());

  /** What a cell shows by the decimal path: its number, or the Excel error code. */
  function selDesimal(t: number, r: number, opsi: OpsiCapaian): number | string {
    const h = jalurDesimal(t, r, opsi);
    if ('nilai' in h) return Number.isFinite(h.nilai) ? h.nilai + 0 : '#NUM!';
    if ('tanpaNilai' in h) return '#N/A';
    return h.galat.startsWith('PEMBAGI_NOL') ? '#DIV/0!' : '#VALUE!';
  }

  test('10 000 random columns of up to 50 rows, with one polarity and cap for the column; a row alone as 1×1', () => {
    const KATA_POLARITAS = { positif: 'positif', negatif: 'negatif', 'negatif-rasio': 'Negatif Rasio' } as const;
    fc.assert(
      fc.property(
        fc.array(pasangan, { minLength: 1, maxLength: 50 }),
        fc.constantFrom('positif' as const, 'negatif' as const, 'negatif-rasio' as const),
        fc.constantFrom<[unknown, Desimal | null]>(
          [null, BATAS_BAWAAN],
          ['tanpa', null],
          [120, new Desimal(120)],
          [99.5, new Desimal(99.5)],
        ),
        (baris, polaritas, [kuotaSel, batas]) => {
          const hasil = CAPAIAN(
            baris.map(([t]) => [t]),
            baris.map(([, r]) => [r]),
            [[KATA_POLARITAS[polaritas]]],
            [[kuotaSel]],
          );
          // The first row once more as its own 1×1 call (a formula per row): the same cell.
          const [t0, r0] = baris[0]!;
          const satuSel = CAPAIAN([[t0]], [[r0]], [[KATA_POLARITAS[polaritas]]], [[kuotaSel]])[0]![0];
          const selPertama = hasil[0]![0];
          const samaSel =
            typeof satuSel === 'number'
              ? Object.is(satuSel, selPertama)
              : (satuSel as GalatPalsu).code === (selPertama as GalatPalsu).code;
          return (
            samaSel &&
            hasil.length === baris.length &&
            baris.every(([t, r], i) => {
              const sel = hasil[i]![0];
              const harapan = selDesimal(t, r, { polaritas, batas });
              return typeof harapan === 'number' ? Object.is(sel, harapan) : (sel as GalatPalsu).code === harapan;
            })
          );
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
