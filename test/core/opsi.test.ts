/**
 * The option readers of the core (one per option, core/opsi and beside each option): what an empty cell means,
 * how a written word is compared, and the error for an unknown one. test/report/pilihan.test.ts checks that every
 * word works the same on every face (cell, named range, task pane).
 */
import {
  lebihRendahLebihBaik,
  SKALA_INFLASI_TABEL_3_7,
  SKALA_LIMA_TINGKAT,
  SKALA_TABEL_3_1,
  bacaBatas,
  bacaJenisSimpangan,
  bacaMetodeCapaian,
  bacaPilihan,
  bacaPolaritas,
  namaPresetSkala,
  presetSkala,
  presetSkalaInflasi,
  type Pilihan,
} from '../../src/core';
import { galat } from './bantu';

describe('bacaPilihan: the one reader behind every option word', () => {
  const warna: Pilihan<'merah' | 'biru'> = {
    kamus: { merah: 'merah', red: 'merah', biru: 'biru', '2': 'biru' },
    bawaan: 'merah',
    saran: 'pilih "merah" atau "biru".',
  };

  test('empty (null, undefined, blanks) → the default; words trimmed and compared without case', () => {
    expect([null, undefined, '', '   '].map((x) => bacaPilihan(x, 'warna', warna))).toEqual(['merah', 'merah', 'merah', 'merah']);
    expect(bacaPilihan('  BIRU ', 'warna', warna)).toBe('biru');
  });

  test('a number is read as the word it is written as (a scale written 5)', () => {
    expect(bacaPilihan(2, 'warna', warna)).toBe('biru');
  });

  test('an unknown word, a boolean, a key inherited from Object: PILIHAN_TIDAK_DIKENAL naming argument, value, advice', () => {
    const g = galat(() => bacaPilihan('hijau', 'LKIP_Warna', warna));
    expect(g.kode).toBe('PILIHAN_TIDAK_DIKENAL');
    expect(g.message).toBe('LKIP_Warna = "hijau": pilih "merah" atau "biru".');
    expect(galat(() => bacaPilihan(true, 'warna', warna)).kode).toBe('PILIHAN_TIDAK_DIKENAL');
    expect(galat(() => bacaPilihan('constructor', 'warna', warna)).kode).toBe('PILIHAN_TIDAK_DIKENAL');
  });
});

describe('the readers of each option', () => {
  test('polaritas: inner spaces folded ("Semakin  rendah semakin baik"); a number is no polarity', () => {
    expect(bacaPolaritas('Semakin  rendah   semakin baik')).toBe('negatif');
    expect(galat(() => bacaPolaritas(1)).kode).toBe('PILIHAN_TIDAK_DIKENAL');
  });

  test('metode capaian (moved from the report to the core): "Skala Inflasi" → inflasi, empty → rasio', () => {
    expect(bacaMetodeCapaian('Skala   Inflasi')).toBe('inflasi');
    expect(bacaMetodeCapaian(null)).toBe('rasio');
    expect(galat(() => bacaMetodeCapaian('median', 'LKIP_Metode baris 2')).argumen).toBe('LKIP_Metode baris 2');
  });

  test('batas: "tanpa", "tidak ada" (any spacing and case), "none" → no cap; a number; empty → 100', () => {
    expect([' Tanpa ', 'TIDAK  ADA', 'none'].map((x) => bacaBatas(x))).toEqual([null, null, null]);
    expect(bacaBatas('120')!.toNumber()).toBe(120);
    expect(bacaBatas(null)!.toNumber()).toBe(100);
    expect(galat(() => bacaBatas('semua')).kode).toBe('BUKAN_ANGKA');
  });

  test('skala presets: names without case, spaces or punctuation; 4 and 5 as numbers; empty → Tabel 3.1', () => {
    expect(presetSkala('Tabel 3.1')).toBe(SKALA_TABEL_3_1);
    expect(presetSkala(5)).toBe(SKALA_LIMA_TINGKAT);
    expect(presetSkala(4)).toBe(SKALA_TABEL_3_1);
    expect(presetSkala('')).toBe(SKALA_TABEL_3_1);
    expect(galat(() => presetSkala('tujuh', 'LKIP_Skala')).message).toContain('LKIP_Skala = "tujuh"');
  });

  test('namaPresetSkala: the name the task pane stores for a preset; null for a scale of the workbook', () => {
    expect(namaPresetSkala(SKALA_TABEL_3_1)).toBe('tabel-3.1');
    expect(namaPresetSkala(SKALA_LIMA_TINGKAT)).toBe('lima-tingkat');
    expect(namaPresetSkala([...SKALA_TABEL_3_1])).toBeNull();
  });

  test('skala inflasi presets (moved from the cell layer to the core): "tabel-3.7", "Tabel 3.7", "baku", "-", empty', () => {
    for (const x of ['tabel-3.7', 'Tabel 3.7', 'BAKU', '-', null]) expect(presetSkalaInflasi(x)).toBe(SKALA_INFLASI_TABEL_3_7);
    const g = galat(() => presetSkalaInflasi('tabel-3.1', 'LKIP_Skala_Inflasi'));
    expect(g.kode).toBe('PILIHAN_TIDAK_DIKENAL');
    expect(g.message).toContain('LKIP_Skala_Inflasi = "tabel-3.1"');
    expect(galat(() => presetSkalaInflasi(37)).kode).toBe('PILIHAN_TIDAK_DIKENAL');
  });

  test('simpangan: "STDEV.S" / "n - 1" → sampel, "STDEV.P" → populasi', () => {
    expect(bacaJenisSimpangan('n - 1')).toBe('sampel');
    expect(bacaJenisSimpangan('STDEV.P')).toBe('populasi');
  });
});

describe('polaritas negatif-rasio (issue 14): one reader for the cell function and LKIP_Polaritas', () => {
  test.each(['negatif-rasio', 'Negatif Rasio', 'NEGATIF_RASIO', ' negatif  rasio ', 'target/realisasi', 'Target / Realisasi'])(
    '%p → negatif-rasio',
    (kata) => {
      expect(bacaPolaritas(kata)).toBe('negatif-rasio');
    },
  );
  test('"negatif" stays (2T − R)/T, and the message of an unknown word names all three', () => {
    expect(bacaPolaritas('negatif')).toBe('negatif');
    const g = galat(() => bacaPolaritas('rasio', 'LKIP_Polaritas baris 4'));
    expect(g.argumen).toBe('LKIP_Polaritas baris 4');
    expect(g.message).toMatch(/"positif".*"negatif".*"negatif-rasio" \(target \/ realisasi\)/);
  });
  test('lebihRendahLebihBaik: both negative formulas are "lower is better"', () => {
    expect(['positif', 'negatif', 'negatif-rasio'].map((p) => lebihRendahLebihBaik(bacaPolaritas(p)))).toEqual([
      false,
      true,
      true,
    ]);
  });
});
