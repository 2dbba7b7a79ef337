/**
 * Dates: Excel serials (1900 system, with its fictitious 29/02/1900), ISO and Indonesian text.
 * The reference for day numbers is Date.UTC (milliseconds since 1970, no time zone), an oracle
 * independent of the integer arithmetic under test.
 */
import fc from 'fast-check';
import { galat } from './bantu';
import { Desimal } from '../../src/core';
import {
  bacaNomorHari,
  bacaTanggal,
  formatTanggal,
  formatTanggalPanjang,
  hariDalamMinggu,
  jumlahHariDalamTahun,
  nomorHari,
  nomorHariDariSerialExcel,
  PembacaTanggal,
  tanggalDariNomorHari,
} from '../../src/core/tanggal';

const HARI_MS = 86_400_000;
/** Days since 30/12/1899 by Date.UTC: Excel's serial for dates from 1 March 1900. */
const acuan = (tahun: number, bulan: number, hari: number): number =>
  (Date.UTC(tahun, bulan - 1, hari) - Date.UTC(1899, 11, 30)) / HARI_MS;

describe('Excel serial numbers (1900 date system)', () => {
  test.each([
    [44561, { tahun: 2021, bulan: 12, hari: 31 }],
    [44197, { tahun: 2021, bulan: 1, hari: 1 }],
    [43831, { tahun: 2020, bulan: 1, hari: 1 }],
    [43890, { tahun: 2020, bulan: 2, hari: 29 }],
    [1, { tahun: 1900, bulan: 1, hari: 1 }],
    [59, { tahun: 1900, bulan: 2, hari: 28 }],
    [61, { tahun: 1900, bulan: 3, hari: 1 }],
    [2958465, { tahun: 9999, bulan: 12, hari: 31 }],
    [44561.75, { tahun: 2021, bulan: 12, hari: 31 }], // time of day ignored
    [44561.999999, { tahun: 2021, bulan: 12, hari: 31 }],
  ])('serial %s → %o', (serial, tanggal) => {
    expect(bacaTanggal(serial)).toEqual(tanggal);
  });

  test('serials from 61 on equal the day number; 1–59 are shifted by the fictitious 29/02/1900', () => {
    expect(nomorHariDariSerialExcel(44561)).toBe(acuan(2021, 12, 31));
    expect(nomorHariDariSerialExcel(61)).toBe(acuan(1900, 3, 1));
    expect(nomorHariDariSerialExcel(59)).toBe(acuan(1900, 2, 28));
    expect(nomorHariDariSerialExcel(1)).toBe(acuan(1900, 1, 1));
  });

  test('serial 60 (29 February 1900, a day that never existed) is rejected with a message saying so', () => {
    const e = galat(() => bacaTanggal(60, 'Tanggal'));
    expect(e.kode).toBe('NILAI_DI_LUAR_BATAS');
    expect(e.message).toContain('Tanggal = 60');
    expect(e.message).toContain('29 Februari 1900');
  });

  test.each([0, 0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('serial %s → GalatLkip', (serial) => {
    const e = galat(() => bacaNomorHari(serial, 'Tanggal'));
    expect(e.kode).toBe('NILAI_DI_LUAR_BATAS');
    expect(e.argumen).toBe('Tanggal');
  });

  test('a serial as Desimal, a Date as ExcelJS gives it (UTC midnight)', () => {
    expect(bacaNomorHari(new Desimal(44561))).toBe(44561);
    expect(bacaNomorHari(new Date(Date.UTC(2021, 11, 31)))).toBe(44561);
    expect(galat(() => bacaNomorHari(new Date(Number.NaN))).kode).toBe('BUKAN_TANGGAL');
  });
});

describe('day numbers are calendar arithmetic, checked against Date.UTC', () => {
  test('every date 1900-03-01 … 9999-12-31 (property): nomorHari = Date.UTC oracle, and it round-trips', () => {
    const hari = fc.integer({ min: 61, max: 2958465 });
    fc.assert(
      fc.property(hari, (n) => {
        const d = new Date(Date.UTC(1899, 11, 30) + n * HARI_MS);
        const t = tanggalDariNomorHari(n);
        return (
          t.tahun === d.getUTCFullYear() &&
          t.bulan === d.getUTCMonth() + 1 &&
          t.hari === d.getUTCDate() &&
          nomorHari(t.tahun, t.bulan, t.hari) === n &&
          hariDalamMinggu(n) === d.getUTCDay()
        );
      }),
      { numRuns: 3000 },
    );
  });

  test('leap years and weekdays', () => {
    expect([2019, 2020, 2021, 1900, 2000, 2100].map(jumlahHariDalamTahun)).toEqual([365, 366, 365, 365, 366, 365]);
    expect(hariDalamMinggu(44561)).toBe(5); // Jumat, 31 Desember 2021
    expect(formatTanggal(44561)).toBe('31/12/2021');
    expect(formatTanggal({ tahun: 2021, bulan: 1, hari: 5 })).toBe('05/01/2021');
    expect(formatTanggalPanjang(44561)).toBe('31 Desember 2021');
  });
});

describe('text dates', () => {
  const d2021 = acuan(2021, 12, 31);
  test.each([
    '2021-12-31',
    '2021/12/31',
    '2021-12-31T00:00:00',
    '2021-12-31T23:59:59.000Z',
    '31/12/2021',
    '31-12-2021',
    '31.12.2021',
    '31/12/2021 08:00',
    '31 Desember 2021',
    '31 desember 2021',
    '31 DESEMBER 2021',
    '31 Des 2021',
    '31 des. 2021',
    '31-Des-2021',
    '31 Dec 2021',
    '  31   Desember   2021  ',
    'Jumat, 31 Desember 2021',
    "Jum'at 31 Desember 2021",
  ])('"%s" → 31/12/2021', (teks) => {
    expect(bacaNomorHari(teks)).toBe(d2021);
  });

  test('single-digit day and month', () => {
    expect(bacaNomorHari('1/2/2021')).toBe(acuan(2021, 2, 1));
    expect(bacaNomorHari('2021-2-1')).toBe(acuan(2021, 2, 1));
  });

  const bulan: [string, number][] = [
    ['Januari', 1],
    ['Jan', 1],
    ['Februari', 2],
    ['Pebruari', 2],
    ['Feb', 2],
    ['Peb', 2],
    ['Maret', 3],
    ['Mar', 3],
    ['Mrt', 3],
    ['April', 4],
    ['Apr', 4],
    ['Mei', 5],
    ['Juni', 6],
    ['Jun', 6],
    ['Juli', 7],
    ['Jul', 7],
    ['Agustus', 8],
    ['Agu', 8],
    ['Agt', 8],
    ['Ags', 8],
    ['Aug', 8],
    ['September', 9],
    ['Sep', 9],
    ['Sept', 9],
    ['Oktober', 10],
    ['Okt', 10],
    ['Oct', 10],
    ['November', 11],
    ['Nopember', 11],
    ['Nov', 11],
    ['Nop', 11],
    ['Desember', 12],
    ['Des', 12],
    ['Dec', 12],
  ];
  test.each(bulan)('"15 %s 2021" → month %s', (nama, nomor) => {
    expect(bacaTanggal(`15 ${nama} 2021`)).toEqual({ tahun: 2021, bulan: nomor, hari: 15 });
    expect(bacaTanggal(`15 ${nama.toUpperCase()} 2021`)).toEqual({ tahun: 2021, bulan: nomor, hari: 15 });
  });

  test('29 February only in leap years', () => {
    expect(bacaTanggal('29/02/2020')).toEqual({ tahun: 2020, bulan: 2, hari: 29 });
    const e = galat(() => bacaTanggal('29/02/2021', 'Tanggal'));
    expect(e.kode).toBe('NILAI_DI_LUAR_BATAS');
    expect(e.message).toBe('Tanggal = "29/02/2021": tanggal 29 Februari 2021 tidak ada (bulan itu 28 hari).');
  });

  test.each([
    ['31/04/2021', 'NILAI_DI_LUAR_BATAS', '30 hari'],
    ['12/13/2021', 'NILAI_DI_LUAR_BATAS', 'bulan 13 tidak ada'],
    ['2021-13-01', 'NILAI_DI_LUAR_BATAS', 'bulan 13 tidak ada'],
    ['31/12/21', 'BUKAN_TANGGAL', 'empat angka'],
    ['31 Des 21', 'BUKAN_TANGGAL', 'empat angka'],
    ['31 Desemper 2021', 'BUKAN_TANGGAL', 'nama bulan "desemper" tidak dikenal'],
    ['kemarin', 'BUKAN_TANGGAL', 'bukan tanggal'],
    ['44561', 'BUKAN_TANGGAL', 'nomor seri tanggal Excel'],
    ['31/12-2021', 'BUKAN_TANGGAL', 'bukan tanggal'],
    ['01/01/1899', 'NILAI_DI_LUAR_BATAS', 'tahun 1899'],
    ['', 'KOSONG', 'kosong'],
    ['   ', 'KOSONG', 'kosong'],
  ])('"%s" → GalatLkip %s naming the value', (teks, kode, potongan) => {
    const e = galat(() => bacaNomorHari(teks, 'LKIP_HargaHarian_Pokok baris 7 (Tanggal)'));
    expect(e.kode).toBe(kode);
    expect(e.argumen).toBe('LKIP_HargaHarian_Pokok baris 7 (Tanggal)');
    expect(e.message).toContain(potongan);
    if (teks.trim() !== '') expect(e.message).toContain(`"${teks}"`);
  });

  test.each([
    [true, 'BUKAN_TANGGAL'],
    [null, 'KOSONG'],
    [undefined, 'KOSONG'],
    [{}, 'BUKAN_TANGGAL'],
  ])('%p → GalatLkip %s', (nilai, kode) => {
    expect(galat(() => bacaNomorHari(nilai)).kode).toBe(kode);
  });
});

describe('PembacaTanggal (many rows)', () => {
  test('caches text, and each error still names its own row', () => {
    const p = new PembacaTanggal();
    expect(p.baca('31 Desember 2021', 'baris 2')).toBe(44561);
    expect(p.baca('31 Desember 2021', 'baris 3')).toBe(44561);
    expect(p.baca(44561.5, 'baris 4')).toBe(44561);
    expect(galat(() => p.baca('kemarin', 'baris 5')).argumen).toBe('baris 5');
    expect(galat(() => p.baca('kemarin', 'baris 6')).argumen).toBe('baris 6');
    expect([p.cobaBaca('kemarin'), p.cobaBaca(60), p.cobaBaca(null), p.cobaBaca('2021-12-31')]).toEqual([-1, -1, -1, 44561]);
  });
});
