import { harus } from '../sempit';
import {
  hitungCapaian,
  bacaTarget,
  bacaPolaritas,
  bacaBatas,
  bacaKebijakanTargetNA,
  GalatLkip,
  Desimal,
  type HasilCapaian,
} from '../../src/core';

const nilai = (h: HasilCapaian) => (h.status === 'diukur' ? h.nilai.toFixed(2) : h.status);
const derivasi = (h: HasilCapaian) => h.derivasi;

describe('capaian, polaritas negatif (PermenPANRB 8/2021 kondisi khusus)', () => {
  test('(2 × 10 − 8) / 10 = 120 → dihitung 100', () => {
    const h = hitungCapaian(10, 8, { polaritas: 'negatif' });
    expect(nilai(h)).toBe('100.00');
    expect(derivasi(h)).toBe('(2 × 10 − 8) / 10 × 100% = 120% → dihitung 100% (melebihi target)');
  });
  test('uncapped: CAPAIAN(32; 4,88; negatif; tanpa) = 184,75', () => {
    expect(nilai(hitungCapaian(32, 4.88, { polaritas: 'negatif', batas: null }))).toBe('184.75');
  });
  test('floored at 0 when realisasi is more than twice the target', () => {
    const h = hitungCapaian(10, 25, { polaritas: 'negatif' });
    expect(nilai(h)).toBe('0.00');
    expect(harus(h, 'status', 'diukur').nilaiSebelumBatas.toFixed(2)).toBe('-50.00');
  });
  test('target 0: realisasi 0 → 100, anything above → 0', () => {
    expect(nilai(hitungCapaian(0, 0, { polaritas: 'negatif' }))).toBe('100.00');
    expect(nilai(hitungCapaian(0, 3, { polaritas: 'negatif' }))).toBe('0.00');
  });
});

describe('capaian, positive polarity edge cases', () => {
  test('target 0 is a clear error, never Infinity', () => {
    expect(() => hitungCapaian(0, 5)).toThrow(GalatLkip);
    try {
      hitungCapaian(0, 5);
    } catch (e) {
      expect((e as GalatLkip).kode).toBe('PEMBAGI_NOL');
      expect((e as GalatLkip).message).toMatch(/target/);
    }
  });
  test('cap 120 and none', () => {
    expect(nilai(hitungCapaian(54.7, 98.13, { batas: new Desimal(120) }))).toBe('120.00');
    expect(nilai(hitungCapaian(54.7, 98.13, { batas: null }))).toBe('179.40');
  });
  test('no realisasi → tidak diukur', () => {
    expect(hitungCapaian(25, null).status).toBe('tidak_diukur');
    expect(hitungCapaian(25, '').status).toBe('tidak_diukur');
    expect(hitungCapaian(25, 'NA').status).toBe('tidak_diukur');
  });
  test('target NA policies', () => {
    expect(nilai(hitungCapaian('NA', 8.82))).toBe('100.00');
    expect(hitungCapaian('NA', 8.82, { kebijakanNA: 'dikecualikan' }).status).toBe('dikecualikan');
    expect(() => hitungCapaian('NA', 8.82, { kebijakanNA: 'galat' })).toThrow(/NA/);
  });
  test('text inputs in Indonesian format', () => {
    expect(nilai(hitungCapaian('50', '44,32'))).toBe('88.64');
    expect(nilai(hitungCapaian('54,70', '98,13 %'))).toBe('100.00');
  });
  test('negative target is rejected', () => {
    expect(() => hitungCapaian(-5, 3)).toThrow(/negatif/);
  });
});

describe('range targets', () => {
  test.each([
    ['80–90', 85, '100.00'],
    ['80-90', 95, '100.00'],
    ['80 s.d. 90', 72, '90.00'],
    ['80 - 90', 90, '100.00'],
  ])('target %s, realisasi %s → %s', (t, r, c) => {
    expect(nilai(hitungCapaian(t, r))).toBe(c);
  });
  test('above the range uses the upper bound (uncapped shows it)', () => {
    const h = hitungCapaian('80–90', 99, { batas: null });
    expect(nilai(h)).toBe('110.00');
    expect(derivasi(h)).toContain('batas atas');
  });
  test('a pair works as a range', () => {
    expect(bacaTarget([80, 90])).toEqual({ jenis: 'rentang', bawah: new Desimal(80), atas: new Desimal(90) });
  });
  test('negative polarity range: below the range (better) uses the lower bound', () => {
    expect(nilai(hitungCapaian('10-20', 5, { polaritas: 'negatif', batas: null }))).toBe('150.00');
    expect(nilai(hitungCapaian('10-20', 30, { polaritas: 'negatif' }))).toBe('50.00');
  });
  test('upper below lower is an error', () => {
    expect(() => bacaTarget('90-80')).toThrow(/batas bawah/);
  });
});

describe('option readers', () => {
  test.each([
    ['positif', 'positif'],
    ['+', 'positif'],
    ['naik', 'positif'],
    [null, 'positif'],
    ['', 'positif'],
    ['Negatif', 'negatif'],
    ['-', 'negatif'],
    ['turun', 'negatif'],
  ])('polaritas %p → %s', (x, y) => {
    expect(bacaPolaritas(x)).toBe(y);
  });
  test('unknown polaritas names the value', () => {
    expect(() => bacaPolaritas('kadang')).toThrow(/"kadang"/);
  });
  test('batas', () => {
    expect(bacaBatas(null)!.toNumber()).toBe(100);
    expect(bacaBatas('tanpa')).toBeNull();
    expect(bacaBatas(120)!.toNumber()).toBe(120);
    expect(() => bacaBatas(-1)).toThrow(GalatLkip);
    expect(() => bacaBatas('banyak')).toThrow(GalatLkip);
  });
  test('kebijakan target NA', () => {
    expect(bacaKebijakanTargetNA(null)).toBe('tercapai');
    expect(bacaKebijakanTargetNA('Dikecualikan')).toBe('dikecualikan');
    expect(() => bacaKebijakanTargetNA('x')).toThrow(GalatLkip);
    // Only the listed words: names inherited by every object are not options.
    expect(() => bacaKebijakanTargetNA('constructor')).toThrow(GalatLkip);
    expect(() => bacaPolaritas('toString')).toThrow(GalatLkip);
  });
});
