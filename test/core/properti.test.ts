/**
 * Property tests with hostile inputs: the core never returns NaN/Infinity, never throws anything
 * but GalatLkip, keeps capaian monotone in realisasi and never exceeds the cap.
 */
import { harus } from '../sempit';
import fc from 'fast-check';
import {
  hitungCapaian,
  bacaAngka,
  formatAngka,
  perubahanHarga,
  pertumbuhan,
  persentase,
  serapan,
  capaianInflasi,
  kategori,
  GalatLkip,
  Desimal,
  type HasilCapaian,
  type Polaritas,
} from '../../src/core';

const hostile = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    0,
    -0,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    null,
    undefined,
    '',
    ' ',
    'NA',
    '-',
    'abc',
    '1e5',
    '1,2,3',
    '1.234,5',
    true,
    false,
  ),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.stringMatching(/^[-+]?[0-9.,]{1,12}%?$/),
);

/** Every outcome is a finite result or a GalatLkip; nothing else escapes. */
function aman<T>(f: () => T): T | GalatLkip {
  try {
    return f();
  } catch (e) {
    if (e instanceof GalatLkip) return e;
    throw e;
  }
}

function semuaDesimalHingga(x: unknown): boolean {
  if (x instanceof Desimal) return x.isFinite();
  if (typeof x === 'number') return Number.isFinite(x);
  if (x && typeof x === 'object') return Object.values(x).every(semuaDesimalHingga);
  return true;
}

describe('hostile inputs', () => {
  test('capaian: finite or GalatLkip', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.constantFrom<Polaritas>('positif', 'negatif', 'negatif-rasio'), (t, r, p) => {
        const h = aman(() => hitungCapaian(t as never, r as never, { polaritas: p }));
        expect(h instanceof GalatLkip || semuaDesimalHingga(h)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  test('other formulas: finite or GalatLkip', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        for (const f of <(() => unknown)[]>[
          () => perubahanHarga(a as never, b as never),
          () => pertumbuhan(a as never, b as never),
          () => persentase(a as never, b as never),
          () => serapan(a as never, b as never),
          () => capaianInflasi(a as never),
          () => bacaAngka(a, 'x'),
        ]) {
          const h = aman(f);
          expect(h instanceof GalatLkip || semuaDesimalHingga(h)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
  test('error messages are Indonesian and name the argument', () => {
    fc.assert(
      fc.property(hostile, (x) => {
        const h = aman(() => persentase(x as never, 10));
        if (h instanceof GalatLkip) expect(h.message.startsWith('bagian')).toBe(true);
      }),
    );
  });
});

const angkaWajar = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const targetPositif = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true });

function nilaiDiukur(h: HasilCapaian): Desimal {
  if (h.status !== 'diukur') throw new Error('tidak diukur');
  return h.nilai;
}

describe('monotonicity and the cap', () => {
  test('positif: non-decreasing in realisasi; negatif: non-increasing', () => {
    fc.assert(
      fc.property(
        targetPositif,
        angkaWajar,
        angkaWajar,
        fc.constantFrom<number | null>(100, 120, null),
        (t, r1, r2, batasAngka) => {
          const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const batas = batasAngka === null ? null : new Desimal(batasAngka);
          const pLo = nilaiDiukur(hitungCapaian(t, lo, { batas }));
          const pHi = nilaiDiukur(hitungCapaian(t, hi, { batas }));
          expect(pLo.lte(pHi)).toBe(true);
          const nLo = nilaiDiukur(hitungCapaian(t, lo, { polaritas: 'negatif', batas }));
          const nHi = nilaiDiukur(hitungCapaian(t, hi, { polaritas: 'negatif', batas }));
          expect(nLo.gte(nHi)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
  test('the cap always holds and capaian is never negative', () => {
    fc.assert(
      fc.property(
        targetPositif,
        angkaWajar,
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom<Polaritas>('positif', 'negatif'),
        (t, r, b, p) => {
          const v = nilaiDiukur(hitungCapaian(t, r, { polaritas: p, batas: new Desimal(b) }));
          expect(v.lte(b) && v.gte(0)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
  test('every capaian gets a category on the default scale', () => {
    fc.assert(
      fc.property(targetPositif, angkaWajar, (t, r) => {
        expect(typeof kategori(nilaiDiukur(hitungCapaian(t, r)))).toBe('string');
      }),
    );
  });

  test('formatted numbers read back as the same value (thousands dots, decimal comma)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 0, max: 3 }), (satuan, desimal) => {
        const x = new Desimal(satuan.toString()).div(100);
        const teks = formatAngka(x, desimal);
        expect(teks).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
        const terbaca = bacaAngka(teks, 'x');
        expect(harus(terbaca, 'jenis', 'angka').nilai.eq(x.toDecimalPlaces(desimal, Desimal.ROUND_HALF_UP))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
