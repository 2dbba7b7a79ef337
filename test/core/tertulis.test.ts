/**
 * Which rule explains a printed capaian (issue 14): truncation, whole numbers, cap or no cap, the other negative
 * formula, alone or together; null when none does.
 */
import { Desimal, jelaskanCapaianTertulis, type PenjelasanTertulis } from '../../src/core';

const d = (x: string | number) => new Desimal(x);
const jenis = (p: PenjelasanTertulis | null) =>
  p === null
    ? null
    : p.penyimpangan.map((x) =>
        x.jenis === 'polaritas'
          ? `polaritas ${x.polaritas}`
          : x.jenis === 'dibatasi'
            ? `dibatasi ${x.batas.toString()}`
            : x.jenis,
      );

describe('jelaskanCapaianTertulis', () => {
  test('issue 14 (LKjIP print): 90,83 / 65 = 139,738… printed 139,73 → dipotong (no cap in the workbook)', () => {
    const p = jelaskanCapaianTertulis(d('139.73'), 65, 90.83, { batas: null });
    expect(jenis(p)).toEqual(['dipotong']);
    expect(p!.nilai.toFixed(2)).toBe('139.73');
    expect(p!.derivasi).toBe('90,83 / 65 × 100% = 139,7384…% → dipotong 2 desimal 139,73%');
  });
  test('the same print with the default cap 100: both departures are named, truncation first', () => {
    expect(jenis(jelaskanCapaianTertulis(d('139.73'), 65, 90.83))).toEqual(['dipotong', 'tanpa_batas']);
  });
  test('uncapped print with a capped workbook: 98,13 / 54,70 printed 179,40 → tanpa_batas', () => {
    const p = jelaskanCapaianTertulis(d('179.40'), 54.7, 98.13);
    expect(jenis(p)).toEqual(['tanpa_batas']);
    expect(p!.derivasi).toBe('98,13 / 54,70 × 100% = 179,3967…%');
  });
  test('capped print with an uncapped workbook: 179,40 printed 100 → dibatasi 100', () => {
    const p = jelaskanCapaianTertulis(d(100), 54.7, 98.13, { batas: null });
    expect(jenis(p)).toEqual(['dibatasi 100']);
    expect(p!.derivasi).toBe('98,13 / 54,70 × 100% = 179,3967…% → dihitung 100% (batas 100)');
  });
  test('a workbook cap of 120 and a print capped at 100', () => {
    expect(jenis(jelaskanCapaianTertulis(d(100), 54.7, 98.13, { batas: d(120) }))).toEqual(['dibatasi 100']);
  });
  test('Kab. Manggarai Timur LKjIP 2019: AKB 9,20 / 9,53 printed 96,54 with polaritas "negatif" → negatif-rasio', () => {
    const p = jelaskanCapaianTertulis(d('96.54'), 9.2, 9.53, { polaritas: 'negatif' });
    expect(jenis(p)).toEqual(['polaritas negatif-rasio']);
    expect(p!.derivasi).toBe('9,20 / 9,53 × 100% = 96,5372…%');
  });
  test('Prov. Lampung LKj 2015: API malaria 0,35 / 0,43 printed 77,14 with polaritas "negatif-rasio" → negatif', () => {
    expect(jenis(jelaskanCapaianTertulis(d('77.14'), 0.35, 0.43, { polaritas: 'negatif-rasio' }))).toEqual(['polaritas negatif']);
  });
  test('rounded to whole numbers: 44,32 / 50 = 88,64 printed 89 → bulat', () => {
    const p = jelaskanCapaianTertulis(d(89), 50, 44.32);
    expect(jenis(p)).toEqual(['bulat']);
    expect(p!.derivasi).toBe('44,32 / 50 × 100% = 88,64% → dibulatkan ke bilangan bulat 89%');
  });
  test('PermenPANRB range 7–8, realisasi 6,5: printed 107,69 under "negatif" → negatif-rasio, tanpa batas', () => {
    expect(jenis(jelaskanCapaianTertulis(d('107.69'), '7–8', 6.5, { polaritas: 'negatif' }))).toEqual([
      'tanpa_batas',
      'polaritas negatif-rasio',
    ]);
  });
  test('no rule: a real difference stays unexplained (null)', () => {
    expect(jelaskanCapaianTertulis(d(55), 40, 20)).toBeNull();
    expect(jelaskanCapaianTertulis(d('88.60'), 50, 44.32)).toBeNull();
    // a positive polarity is never explained by a negative formula: (2 × 50 − 44,32) / 50 = 111,36
    expect(jelaskanCapaianTertulis(d('111.36'), 50, 44.32, { batas: null })).toBeNull();
  });
  test('nothing to explain: target NA, empty target or realisasi, unreadable input → null', () => {
    expect(jelaskanCapaianTertulis(d(90), 'NA', 5)).toBeNull();
    expect(jelaskanCapaianTertulis(d(90), null, 5)).toBeNull();
    expect(jelaskanCapaianTertulis(d(90), 50, null)).toBeNull();
    expect(jelaskanCapaianTertulis(d(90), 'abc', 5)).toBeNull();
  });
  test('negatif-rasio with realisasi 0 is skipped, the other formula may still explain', () => {
    // (2 × 10 − 0) / 10 = 200, printed uncapped 200 with negatif-rasio in the workbook → negatif, tanpa batas
    expect(jenis(jelaskanCapaianTertulis(d(200), 10, 0, { polaritas: 'negatif-rasio' }))).toEqual([
      'tanpa_batas',
      'polaritas negatif',
    ]);
  });
});
