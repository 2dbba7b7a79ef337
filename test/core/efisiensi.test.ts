import { harus } from '../sempit';
import { galat } from './bantu';
import { buatSkala, derivasiEfisiensi, Desimal, hitungEfisiensi, kategoriEfisiensi, SKALA_EFISIENSI } from '../../src/core';

describe('efisiensi = capaian ÷ serapan (PermenPANRB 53/2014 BAB III, efisiensi penggunaan sumber daya)', () => {
  test('BPOM LKj PRKOM 2021: capaian 99,92, serapan 94,00 → 106,30 %, indeks 1,063, "Efisien"', () => {
    const h = harus(hitungEfisiensi(99.92, 94), 'status', 'dihitung');
    expect(h.persen.toFixed(2)).toBe('106.30');
    expect(h.indeks.toFixed(3)).toBe('1.063');
    expect(h.tingkat.toFixed(2)).toBe('6.30');
    expect(kategoriEfisiensi(h.persen)).toBe('Efisien');
    expect(derivasiEfisiensi(99.92, 94)).toBe('99,92 / 94 × 100% = 106,30%');
  });
  // BPKP LKj 2021 Tabel 3.23 "Hasil Penghitungan Efisiensi per Sasaran Strategis": kolom 6 = 5/3 (capaian output ÷
  // capaian input dana) and 7 = 5/4 (÷ input SDM), printed as percentages.
  test.each([
    ['106,52', '97,80', '108.92'], // sasaran 1, dana
    ['106,52', '91,10', '116.93'], // sasaran 1, SDM
    ['106,93', '98,30', '108.78'], // sasaran 2, dana
    ['106,93', '95,16', '112.37'], // sasaran 2, SDM
    ['103,17', '98,50', '104.74'], // sasaran 3, dana
    ['119,98', '96,56', '124.25'], // sasaran 6, dana
  ])('BPKP LKj 2021 Tabel 3.23: output %s ÷ input %s → %s %%', (c, s, persen) => {
    expect(harus(hitungEfisiensi(c, s), 'status', 'dihitung').persen.toFixed(2)).toBe(persen);
  });
  test('Indonesian text inputs read as the same published figures ("99,92" and "94,00 %")', () => {
    const h = harus(hitungEfisiensi('99,92', '94,00 %'), 'status', 'dihitung');
    expect(h.persen.toFixed(2)).toBe('106.30');
  });
  test('inputs are published first (chaining rule): 99,915 is used as 99,92', () => {
    const h = harus(hitungEfisiensi(99.915, 94), 'status', 'dihitung');
    expect(h.persen.toFixed(2)).toBe('106.30');
  });
  test('half-up at both precisions: 50 / 80 = 0,625 → 62,50 % and indeks 0,625; 1 / 8 → 0,125', () => {
    const h = harus(hitungEfisiensi(50, 80), 'status', 'dihitung');
    expect(h.persen.toFixed(2)).toBe('62.50');
    expect(h.indeks.toFixed(3)).toBe('0.625');
    expect(h.tingkat.toFixed(2)).toBe('-37.50');
    // 2 / 3 = 0,6666… → 66,67 and 0,667; 1 / 1600 = 0,000625 → indeks 0,001 (half-up), persen 0,06
    const d = harus(hitungEfisiensi(2, 3), 'status', 'dihitung');
    expect([d.persen.toFixed(2), d.indeks.toFixed(3)]).toEqual(['66.67', '0.667']);
    const e = harus(hitungEfisiensi(0.01, 16), 'status', 'dihitung');
    expect([e.persen.toFixed(2), e.indeks.toFixed(3)]).toEqual(['0.06', '0.001']);
  });
  test('exactly 100 is "Efisien", 99,99 is "Tidak Efisien"', () => {
    expect(kategoriEfisiensi(new Desimal(100))).toBe('Efisien');
    expect(kategoriEfisiensi(new Desimal('99.99'))).toBe('Tidak Efisien');
    expect(SKALA_EFISIENSI.map((t) => t.label)).toEqual(['Efisien', 'Tidak Efisien']);
  });
  test('a k×2 scale overrides the category (as LKIP_Skala does for capaian)', () => {
    const skala = buatSkala([
      [110, 'Sangat Efisien'],
      [100, 'Efisien'],
      ['', 'Kurang Efisien'],
    ]);
    expect(kategoriEfisiensi(new Desimal('106.30'), skala)).toBe('Efisien');
    expect(kategoriEfisiensi(new Desimal('112'), skala)).toBe('Sangat Efisien');
    expect(kategoriEfisiensi(new Desimal('80'), skala)).toBe('Kurang Efisien');
  });
  test('a scale without an open level names "efisiensi" when the value is below it', () => {
    const skala = buatSkala([[100, 'Efisien']]);
    const g = galat(() => kategoriEfisiensi(new Desimal(50), skala));
    expect(g.argumen).toBe('efisiensi');
    expect(g.kode).toBe('SKALA_TIDAK_VALID');
  });
});

describe('efisiensi tidak dihitung, with the reason (never a division by zero)', () => {
  test.each([
    [null, 94, 'capaian tidak diukur'],
    ['', 94, 'capaian tidak diukur'],
    ['-', 94, 'capaian tidak diukur'],
    ['NA', 94, 'capaian NA'],
    [99.92, null, 'serapan anggaran belum diisi'],
    [99.92, 'NA', 'serapan NA'],
    [99.92, 0, 'serapan anggaran 0: tidak ada anggaran yang terserap'],
    [99.92, '0,00', 'serapan anggaran 0: tidak ada anggaran yang terserap'],
    [99.92, 0.004, 'serapan anggaran 0: tidak ada anggaran yang terserap'], // published as 0,00
  ])('capaian %p, serapan %p → %s', (c, s, alasan) => {
    expect(harus(hitungEfisiensi(c, s), 'status', 'tidak_dihitung').alasan).toBe(alasan);
  });
  test('capaian 0 with serapan > 0 is computed: 0 % "Tidak Efisien"', () => {
    const h = harus(hitungEfisiensi(0, 50), 'status', 'dihitung');
    expect(h.persen.toFixed(2)).toBe('0.00');
    expect(kategoriEfisiensi(h.persen)).toBe('Tidak Efisien');
  });
  test('derivation of a not-computed efficiency says why', () => {
    expect(derivasiEfisiensi(99.92, 0)).toBe('serapan anggaran 0: tidak ada anggaran yang terserap → efisiensi tidak dihitung');
  });
});

describe('efisiensi: bad values are errors naming the argument and the value', () => {
  test('text that is no number', () => {
    const g = galat(() => hitungEfisiensi('sembilan', 94));
    expect(g.argumen).toBe('capaian');
    expect(g.message).toContain('"sembilan"');
  });
  test('negative serapan', () => {
    const g = galat(() => hitungEfisiensi(99.92, -4));
    expect(g.kode).toBe('NILAI_DI_LUAR_BATAS');
    expect(g.argumen).toBe('serapan');
    expect(g.message).toContain('-4');
  });
  test('a logical value', () => {
    expect(galat(() => hitungEfisiensi(99.92, true)).argumen).toBe('serapan');
  });
});
