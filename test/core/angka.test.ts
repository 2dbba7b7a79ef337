import {
  bacaAngka,
  angkaWajib,
  formatAngka,
  formatPersen,
  formatTerbit,
  Desimal,
  terbitkan,
  GalatLkip,
  selKosong,
  formatBulat,
} from '../../src/core';

const nilai = (x: unknown) => {
  const h = bacaAngka(x, 'uji');
  return h.jenis === 'angka' ? h.nilai.toString() : h.jenis;
};

describe('reading Indonesian numbers', () => {
  test.each([
    ['44,32', '44.32'],
    ['13.519.650.516', '13519650516'],
    ['13.519.650.516,-', '13519650516'],
    ['Rp. 2.194.960.000,-', '2194960000'],
    ['Rp 1.500.000,00', '1500000'],
    ['88,64 %', '88.64'],
    ['88,64%', '88.64'],
    ['1.08', '1.08'],
    ['1.576', '1576'],
    ['0.125', '0.125'],
    ['-807', '-807'],
    ['- 1.527', '-1527'],
    ['−7,37%', '-7.37'],
    ['+3', '3'],
    ['10.950', '10950'],
    ['1.234,5', '1234.5'],
    [' 50 ', '50'],
    ['0,-', '0'],
  ])('%s → %s', (teks, diharapkan) => {
    expect(nilai(teks)).toBe(diharapkan);
  });

  test.each([
    ['NA', 'NA'],
    ['n/a', 'NA'],
    ['-', 'strip'],
    ['–', 'strip'],
    ['—', 'strip'],
    ['', 'kosong'],
    ['   ', 'kosong'],
    [null, 'kosong'],
    [undefined, 'kosong'],
  ])('%p is its own kind: %s', (teks, jenis) => {
    expect(nilai(teks)).toBe(jenis);
  });

  test.each([
    ['1,234.56', 'AMBIGU', /titik sesudah koma/],
    ['1,234,567', 'AMBIGU', /lebih dari satu koma/],
    ['13.157.342.97,-', 'BUKAN_ANGKA', /tiga angka/],
    ['abc', 'BUKAN_ANGKA', /bukan angka/],
    ['12a', 'BUKAN_ANGKA', /bukan angka/],
    ['1.2.3', 'BUKAN_ANGKA', /tiga angka/],
    [',5', 'BUKAN_ANGKA', /tidak ada angka/],
  ])('%s is rejected (%s) with a reason', (teks, kode, alasan) => {
    let galat: unknown;
    try {
      bacaAngka(teks, 'LKIP_Target baris 3');
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(GalatLkip);
    const g = galat as GalatLkip;
    expect(g.kode).toBe(kode);
    expect(g.message).toContain('LKIP_Target baris 3');
    expect(g.message).toContain(`"${teks}"`);
    expect(g.message).toMatch(alasan);
  });

  test.each([NaN, Infinity, -Infinity, true, {}, [1]])('%p is not a number', (x) => {
    expect(() => bacaAngka(x, 'target')).toThrow(GalatLkip);
  });

  test('numbers keep their shortest decimal form (0.1 + 0.2 style noise does not appear from 0.1)', () => {
    expect(nilai(0.1)).toBe('0.1');
    expect(nilai(-0)).toBe('0');
  });

  test('angkaWajib rejects NA, dash and empty, naming the argument', () => {
    expect(() => angkaWajib('NA', 'pagu')).toThrow(/pagu/);
    expect(() => angkaWajib('-', 'pagu')).toThrow(/pagu/);
    expect(() => angkaWajib('', 'pagu')).toThrow(/wajib diisi/);
  });
});

describe('half-up rounding in decimal', () => {
  test.each([
    ['19.765', '19.77'],
    ['1.005', '1.01'],
    ['2.675', '2.68'],
    ['-1.005', '-1.01'],
    ['12.7578260869', '12.76'],
    ['1.0786802030', '1.08'],
  ])('%s → %s', (x, y) => {
    expect(terbitkan(new Desimal(x)).toFixed(2)).toBe(y);
  });
  test('the same through number input: 1.005 and 19.765 are not binary-rounded down', () => {
    expect(terbitkan(new Desimal(1.005)).toFixed(2)).toBe('1.01');
    expect(terbitkan(new Desimal(19.765)).toFixed(2)).toBe('19.77');
  });
});

describe('formatting for display', () => {
  test.each([
    ['13519650516', 0, '13.519.650.516'],
    ['19.77', 2, '19,77'],
    ['-807', 0, '-807'],
    ['1234.5', 2, '1.234,50'],
    ['-0.001', 2, '0,00'],
    ['0', 0, '0'],
    ['7', 0, '7'],
    ['123', 0, '123'],
    ['1234', 0, '1.234'],
    ['123456', 0, '123.456'],
    ['1234567', 2, '1.234.567,00'],
    ['-100000', 0, '-100.000'],
  ])('formatAngka(%s, %d) = %s', (x, d, y) => {
    expect(formatAngka(new Desimal(x), d)).toBe(y);
  });
  test('formatBulat: counts with thousands dots', () => {
    expect([0, 7, 1000, 963600, 1927200].map(formatBulat)).toEqual(['0', '7', '1.000', '963.600', '1.927.200']);
  });
  test('formatPersen and formatTerbit', () => {
    expect(formatPersen(new Desimal('88.64'))).toBe('88,64 %');
    expect(formatTerbit(new Desimal('54.7'))).toBe('54,70');
    expect(formatTerbit(new Desimal('50'))).toBe('50');
    expect(formatTerbit(new Desimal('1593'))).toBe('1.593');
  });
});

describe('selKosong: a cell with nothing in it', () => {
  test.each([
    [null, true],
    [undefined, true],
    ['', true],
    ['  \t ', true],
    ['\u00a0\u202f', true], // non-breaking spaces only, as pasted from a PDF
    ['0', false],
    [0, false],
    [false, false],
    ['-', false],
  ])('%j → %s', (nilai, kosong) => {
    expect(selKosong(nilai)).toBe(kosong);
  });
});
