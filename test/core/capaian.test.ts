import { harus } from '../sempit';
import { galat } from './bantu';
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

describe('capaian, the two negative formulas (issue 14)', () => {
  test('Kab. Manggarai Timur LKjIP 2019: AKB target 9,20, realisasi 9,53, negatif-rasio → 96,54', () => {
    const h = harus(hitungCapaian(9.2, 9.53, { polaritas: 'negatif-rasio' }), 'status', 'diukur');
    expect(h.nilai.toFixed(2)).toBe('96.54');
    expect(h.derivasi).toBe('9,20 / 9,53 × 100% = 96,54%');
  });
  test('Kab. Manggarai Timur LKjIP 2019 figures under "negatif" instead: (2 × 9,20 − 9,53) / 9,20 → 96,41', () => {
    expect(nilai(hitungCapaian(9.2, 9.53, { polaritas: 'negatif' }))).toBe('96.41');
  });
  test('Prov. Lampung LKj 2015: API malaria target 0,35, realisasi 0,43, negatif → 77,14', () => {
    const h = harus(hitungCapaian(0.35, 0.43, { polaritas: 'negatif' }), 'status', 'diukur');
    expect(h.nilai.toFixed(2)).toBe('77.14');
    expect(h.derivasi).toBe('(2 × 0,35 − 0,43) / 0,35 × 100% = 77,14%');
    // the other formula would print 81,40
    expect(nilai(hitungCapaian(0.35, 0.43, { polaritas: 'negatif-rasio' }))).toBe('81.40');
  });
  test('negatif-rasio above the target is capped like any capaian: 9,20 / 8 = 115 → 100', () => {
    const h = harus(hitungCapaian(9.2, 8, { polaritas: 'negatif-rasio' }), 'status', 'diukur');
    expect([h.nilai.toFixed(2), h.nilaiSebelumBatas.toFixed(2), h.dibatasi]).toEqual(['100.00', '115.00', true]);
    expect(h.derivasi).toBe('9,20 / 8 × 100% = 115% → dihitung 100% (melebihi target)');
    expect(nilai(hitungCapaian(9.2, 8, { polaritas: 'negatif-rasio', batas: null }))).toBe('115.00');
  });
  test('negatif-rasio never goes below 0, unlike (2T − R)/T: 10 / 25 → 40 where negatif floors −50 to 0', () => {
    expect(nilai(hitungCapaian(10, 25, { polaritas: 'negatif-rasio' }))).toBe('40.00');
    expect(nilai(hitungCapaian(10, 25, { polaritas: 'negatif' }))).toBe('0.00');
  });
  test('negatif-rasio, realisasi 0: a PEMBAGI_NOL error naming realisasi and advising "negatif", never Infinity', () => {
    const g = galat(() => hitungCapaian(9.2, 0, { polaritas: 'negatif-rasio' }));
    expect(g.kode).toBe('PEMBAGI_NOL');
    expect(g.argumen).toBe('realisasi');
    expect(g.message).toMatch(/^realisasi = 0: .*negatif-rasio.*gunakan polaritas "negatif"/);
    // 0,004 is published, and used, as 0,00
    expect(galat(() => hitungCapaian(9.2, 0.004, { polaritas: 'negatif-rasio' })).kode).toBe('PEMBAGI_NOL');
    // "negatif" takes it: (2 × 9,20 − 0) / 9,20 = 200 → 100
    expect(nilai(hitungCapaian(9.2, 0, { polaritas: 'negatif' }))).toBe('100.00');
  });
  test('negatif-rasio, negative realisasi: refused, naming the value', () => {
    const g = galat(() => hitungCapaian(5, -2, { polaritas: 'negatif-rasio' }));
    expect(g.kode).toBe('NILAI_DI_LUAR_BATAS');
    expect(g.message).toContain('realisasi = -2');
  });
  test('target 0 (lower is better): both formulas give 100 for realisasi 0 and 0 otherwise', () => {
    expect(nilai(hitungCapaian(0, 0, { polaritas: 'negatif-rasio' }))).toBe('100.00');
    expect(nilai(hitungCapaian(0, 3, { polaritas: 'negatif-rasio' }))).toBe('0.00');
  });
});

describe('range targets with negative polarity (PermenPANRB: target 7–8 bulan)', () => {
  // Below the range the lower bound is the target, above it the upper bound, inside it 100. The PermenPANRB
  // goldens 107,14 and 87,50 are the "negatif" formula (2T − R)/T, uncapped; "negatif-rasio" gives 107,69 and 88,89.
  const tanpa = { batas: null };
  test('PermenPANRB: target 7–8, realisasi 6,5, negatif → (2 × 7 − 6,5) / 7 = 107,14', () => {
    const h = harus(hitungCapaian('7–8', 6.5, { polaritas: 'negatif', ...tanpa }), 'status', 'diukur');
    expect(h.nilai.toFixed(2)).toBe('107.14');
    expect(h.derivasi).toBe('target 7–8 (di bawah rentang, dipakai batas bawah): (2 × 7 − 6,50) / 7 × 100% = 107,14%');
  });
  test('PermenPANRB: target 7–8, realisasi 9, negatif → (2 × 8 − 9) / 8 = 87,50', () => {
    const h = harus(hitungCapaian('7–8', 9, { polaritas: 'negatif', ...tanpa }), 'status', 'diukur');
    expect(h.nilai.toFixed(2)).toBe('87.50');
    expect(h.derivasi).toBe('target 7–8 (di atas rentang, dipakai batas atas): (2 × 8 − 9) / 8 × 100% = 87,50%');
  });
  test('PermenPANRB range under negatif-rasio: 7 / 6,5 = 107,69 and 8 / 9 = 88,89', () => {
    expect(nilai(hitungCapaian('7–8', 6.5, { polaritas: 'negatif-rasio', ...tanpa }))).toBe('107.69');
    const h = harus(hitungCapaian('7 s.d. 8', 9, { polaritas: 'negatif-rasio' }), 'status', 'diukur');
    expect(h.nilai.toFixed(2)).toBe('88.89');
    expect(h.derivasi).toBe('target 7–8 (di atas rentang, dipakai batas atas): 8 / 9 × 100% = 88,89%');
  });
  test('inside the range: 100 under both formulas, with the default cap 107,14 counts 100', () => {
    for (const polaritas of ['negatif', 'negatif-rasio'] as const) {
      expect(nilai(hitungCapaian('7–8', 7.5, { polaritas }))).toBe('100.00');
      expect(nilai(hitungCapaian([7, 8], 6.5, { polaritas }))).toBe('100.00');
    }
  });
});
