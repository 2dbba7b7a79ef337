/**
 * Issue 17, fuzz (seeded, bounded, no new dependency: fast-check is already a devDependency): the number reader,
 * the capaian core and the sheet reader, fed hostile values, never throw an untyped error and never give NaN,
 * Infinity or a magnitude beyond ANGKA_MAKS.
 */
import fc from 'fast-check';
import { bacaLembar } from '../../src/cli/xlsx/bacaLembar';
import { GalatXml } from '../../src/cli/xlsx/xmlRingan';
import { ANGKA_MAKS, bacaAngka, GalatLkip, hitungCapaian, nilaiCapaian } from '../../src/core';

const OPSI = { seed: 17, numRuns: 1500 };

/** Values a cell can hold, with the hostile classes of the issue. */
const nilaiSel = fc.oneof(
  fc.double(),
  fc.constantFrom(1e308, -1e308, 1e15, 1e15 + 2, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, -0),
  fc.constantFrom('Infinity', 'NaN', '-Infinity', '1e308', '9'.repeat(400), '1'.repeat(32767), '10.950 Rp', '#DIV/0!'),
  fc.stringMatching(/^[-+]?(Rp\.? ?)?[0-9.,]{0,60}( ?%|,-)?$/),
  fc.string({ maxLength: 80 }),
  fc.boolean(),
  fc.constant(null),
);

function periksaAngka(x: unknown): void {
  try {
    const t = bacaAngka(x, 'sel');
    if (t.jenis === 'angka') {
      expect(t.nilai.isFinite()).toBe(true);
      expect(t.nilai.abs().toNumber()).toBeLessThanOrEqual(ANGKA_MAKS);
    }
  } catch (e) {
    expect(e).toBeInstanceOf(GalatLkip);
  }
}

test('bacaAngka: a number within ±1e15, or a GalatLkip', () => {
  fc.assert(
    fc.property(nilaiSel, (x) => periksaAngka(x)),
    OPSI,
  );
});

test('hitungCapaian: a finite capaian, "tidak diukur", or a GalatLkip; never NaN', () => {
  fc.assert(
    fc.property(nilaiSel, nilaiSel, fc.constantFrom('positif', 'negatif'), (target, realisasi, polaritas) => {
      try {
        const h = hitungCapaian(target as never, realisasi as never, { polaritas: polaritas as never });
        const angka = (h as { capaian?: { toNumber(): number } }).capaian?.toNumber();
        if (angka !== undefined) expect(Number.isFinite(angka)).toBe(true);
        expect(JSON.stringify(h)).not.toMatch(/NaN|Infinity/);
      } catch (e) {
        expect(e).toBeInstanceOf(GalatLkip);
      }
    }),
    OPSI,
  );
});

test('bacaLembar: hostile cell XML gives values or a GalatXml, never another error; values finite', async () => {
  const isiSel = fc.oneof(
    fc.string({ maxLength: 30 }).map((t) => `<c r="A1" t="inlineStr"><is><t>${t.replace(/[<&]/g, '')}</t></is></c>`),
    fc
      .constantFrom('1e308', '1e309', '-1e400', 'NaN', 'Infinity', '9'.repeat(400), '', 'x')
      .map((v) => `<c r="A1"><v>${v}</v></c>`),
    fc.constantFrom('&#x110000;', '&#0;', '&#xD800;', '&bogus;', '<c r="XFD1048576"><v>1</v></c>', '<c r="A0"><v>1</v></c>'),
    fc.string({ maxLength: 40 }),
  );
  await fc.assert(
    fc.asyncProperty(isiSel, async (sel) => {
      const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${sel}</row></sheetData></worksheet>`;
      try {
        const h = await bacaLembar(
          [xml],
          [{ baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 1, seluruhKolom: false, seluruhBaris: false }],
          {
            stringBersama: [],
            date1904: false,
          },
        );
        const v = h.rentang[0]!.nilai[0]?.[0];
        if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(GalatXml);
      }
    }),
    { seed: 17, numRuns: 400 },
  );
});

test('a number typed as plain text ("44,32") gives the same capaian as through the decimal path', () => {
  const teks = fc
    .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.option(fc.stringMatching(/^\d{1,6}$/)))
    .map(([b, p]) => (p === null ? String(b) : `${b},${p}`));
  fc.assert(
    fc.property(teks, teks, fc.constantFrom('positif', 'negatif'), (t, r, polaritas) => {
      const cepat = (() => {
        try {
          return nilaiCapaian(t, r, { polaritas: polaritas as never });
        } catch (e) {
          return (e as Error).message;
        }
      })();
      const lambat = (() => {
        try {
          const h = hitungCapaian(t, r, { polaritas: polaritas as never });
          return h.status === 'diukur' ? h.nilai.toNumber() : h;
        } catch (e) {
          return (e as Error).message;
        }
      })();
      expect(cepat).toEqual(lambat);
    }),
    { seed: 17, numRuns: 3000 },
  );
});
