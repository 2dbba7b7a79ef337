/**
 * Property tests of issue 14's formulas: both negative formulas (negatif = (2T − R)/T, negatif-rasio = T/R) are
 * non-increasing in realisasi and never NaN or Infinity; the efficiency (capaian ÷ serapan) never divides by zero.
 * fast-check is the project's existing property-test tool (devDependency); the runs are seeded, so a failure
 * replays the same way.
 */
import fc from 'fast-check';
import { Desimal, GalatLkip, hitungCapaian, hitungEfisiensi, jelaskanCapaianTertulis, type HasilCapaian } from '../../src/core';

const SEED = 14;
const targetPositif = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true });
/** Realisasi ≥ 0,005: published ≥ 0,01, the domain of target / realisasi. */
const realisasiPositif = fc.double({ min: 0.005, max: 1e7, noNaN: true, noDefaultInfinity: true });
const batasApaSaja = fc.constantFrom<Desimal | null>(new Desimal(100), new Desimal(120), null);

function nilaiDiukur(h: HasilCapaian): Desimal {
  if (h.status !== 'diukur') throw new Error(`tidak diukur: ${h.derivasi}`);
  return h.nilai;
}

const hingga = (d: Desimal): boolean => d.isFinite() && !d.isNaN();

describe('negative polarity: non-increasing in realisasi, finite', () => {
  test.each(['negatif', 'negatif-rasio'] as const)('%s: R1 ≤ R2 ⇒ capaian(R1) ≥ capaian(R2), all finite', (polaritas) => {
    fc.assert(
      fc.property(targetPositif, realisasiPositif, realisasiPositif, batasApaSaja, (t, r1, r2, batas) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const hLo = hitungCapaian(t, lo, { polaritas, batas });
        const hHi = hitungCapaian(t, hi, { polaritas, batas });
        const [nLo, nHi] = [nilaiDiukur(hLo), nilaiDiukur(hHi)];
        expect(hingga(nLo) && hingga(nHi)).toBe(true);
        expect(nLo.gte(nHi)).toBe(true);
        expect(nLo.gte(0) && nHi.gte(0)).toBe(true);
        if (batas !== null) expect(nHi.lte(batas) && nLo.lte(batas)).toBe(true);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  test.each(['negatif', 'negatif-rasio'] as const)('%s over range targets: non-increasing, finite', (polaritas) => {
    fc.assert(
      fc.property(targetPositif, targetPositif, realisasiPositif, realisasiPositif, (a, b, r1, r2) => {
        const [bawah, atas] = a <= b ? [a, b] : [b, a];
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const nLo = nilaiDiukur(hitungCapaian([bawah, atas], lo, { polaritas, batas: null }));
        const nHi = nilaiDiukur(hitungCapaian([bawah, atas], hi, { polaritas, batas: null }));
        expect(hingga(nLo) && hingga(nHi) && nLo.gte(nHi)).toBe(true);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  test('negatif-rasio with realisasi 0 or below: a GalatLkip, never Infinity or NaN', () => {
    fc.assert(
      fc.property(targetPositif, fc.double({ min: -1e6, max: 0.0049, noNaN: true, noDefaultInfinity: true }), (t, r) => {
        expect(() => hitungCapaian(t, r, { polaritas: 'negatif-rasio' })).toThrow(GalatLkip);
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});

describe('efisiensi never divides by zero', () => {
  const persen = fc.oneof(
    fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom<unknown>(0, 0.004, '0', '0,00', '-', '', null, 'NA', 100, '94,00'),
  );
  test('any capaian and serapan: dihitung with finite figures (serapan > 0) or tidak_dihitung with a reason', () => {
    fc.assert(
      fc.property(persen, persen, (c, s) => {
        const h = hitungEfisiensi(c as never, s as never);
        if (h.status === 'dihitung') {
          expect([h.persen, h.indeks, h.tingkat].every(hingga)).toBe(true);
          expect(h.tingkat.eq(h.persen.minus(100))).toBe(true);
        } else {
          expect(h.alasan.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500, seed: SEED },
    );
  });
  test('a serapan published as 0,00 is always tidak_dihitung', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 0.0049, noNaN: true }), (c, s) => {
        expect(hitungEfisiensi(c, s).status).toBe('tidak_dihitung');
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});

describe('jelaskanCapaianTertulis finds the rule a print was made with', () => {
  test('a print made by the other negative formula and/or without the cap is explained, with the value printed', () => {
    fc.assert(
      fc.property(
        targetPositif,
        realisasiPositif,
        fc.constantFrom('negatif' as const, 'negatif-rasio' as const),
        fc.boolean(),
        (t, r, polaritas, tanpaBatas) => {
          const lain = polaritas === 'negatif' ? 'negatif-rasio' : 'negatif';
          const cetak = hitungCapaian(t, r, { polaritas: lain, batas: tanpaBatas ? null : undefined });
          const sendiri = hitungCapaian(t, r, { polaritas });
          const [c, s] = [nilaiDiukur(cetak), nilaiDiukur(sendiri)];
          const p = jelaskanCapaianTertulis(c, t, r, { polaritas });
          if (c.eq(s)) return; // nothing to explain
          expect(p).not.toBeNull();
          expect(p!.nilai.eq(c)).toBe(true);
          // never more departures than the rules the print was made with
          expect(p!.penyimpangan.length).toBeLessThanOrEqual(tanpaBatas ? 2 : 1);
        },
      ),
      { numRuns: 2000, seed: SEED },
    );
  });
  test('a truncated print is explained by "dipotong" alone, or by no departure at all', () => {
    fc.assert(
      fc.property(targetPositif, realisasiPositif, (t, r) => {
        const h = hitungCapaian(t, r, { batas: null });
        const s = nilaiDiukur(h);
        const mentah = new Desimal(terbitkanAngka(r)).div(terbitkanAngka(t)).times(100);
        const dipotong = mentah.toDecimalPlaces(2, Desimal.ROUND_DOWN);
        if (dipotong.eq(s)) return;
        const p = jelaskanCapaianTertulis(dipotong, t, r, { batas: null });
        expect(p?.penyimpangan).toEqual([{ jenis: 'dipotong' }]);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});

/** A number published to 2 decimals half-up, as hitungCapaian reads it. */
const terbitkanAngka = (x: number) => new Desimal(x).toDecimalPlaces(2, Desimal.ROUND_HALF_UP);
