/**
 * Daily prices → annual averages → core's price list (change, group mean, step scale), and the
 * Verifikasi findings. Expected figures are worked out by hand (comments) or computed here from the
 * definition with Desimal; the golden test feeds the source document's Tabel 3.5 / 3.6 prices in as
 * daily data and expects the document's printed means (12,76 and 26,77).
 */
import fc from 'fast-check';
import { galat } from './bantu';
import { Desimal, bacaMetodeRataRata } from '../../src/core';
import {
  bacaHargaHarian,
  hargaDariData,
  hitungHargaHarian,
  PengumpulHargaHarian,
  rataRataHargaTahunan,
  type TemuanHarga,
} from '../../src/core/hargaHarian';
import dokumen from '../fixtures/lkip-ntt-2021.json';

const HARI_MS = 86_400_000;
/** Excel serial of a date (from 1 March 1900), by Date.UTC: independent of the code under test. */
const serial = (tahun: number, bulan: number, hari: number): number =>
  (Date.UTC(tahun, bulan - 1, hari) - Date.UTC(1899, 11, 30)) / HARI_MS;
const JUDUL = ['Tanggal', 'Nama', 'Satuan', 'Kab/Kota', 'Harga'];
const s2 = (x: Desimal | null | undefined): string => (x === null || x === undefined ? 'null' : x.toFixed(2));
const kode = (t: readonly TemuanHarga[]) => t.map((x) => [x.kode, x.baris ?? null]);

describe('annual averages and the price list', () => {
  const baris = [
    JUDUL,
    [serial(2020, 1, 1), 'Beras', 'kg', 'Kota Kupang', 9000],
    [serial(2020, 1, 2), 'Beras', 'kg', 'Kota Kupang', 9500],
    [serial(2021, 1, 1), 'Beras', 'kg', 'Kota Kupang', 10000],
    [serial(2021, 1, 2), 'Beras', 'kg', 'Kota Kupang', 10001],
    [serial(2021, 1, 3), 'Beras', 'kg', 'Kota Kupang', 10002],
    [serial(2020, 3, 1), 'Gula Pasir', 'kg', 'Kota Kupang', 15000],
    [serial(2021, 3, 1), 'Gula Pasir', 'kg', 'Kota Kupang', 14000],
    [serial(2021, 3, 2), 'Gula Pasir', 'kg', 'Kota Kupang', 14001],
  ];
  const hasil = hitungHargaHarian(baris, { tahun: 2021 });

  test('annual averages: Beras 2020 (9.000 + 9.500) / 2 = 9.250, 2021 30.003 / 3 = 10.001; Gula 15.000 and 14.000,50', () => {
    expect(hasil.komoditas.map((k) => [k.nama, s2(k.lalu?.nilai), s2(k.kini?.nilai)])).toEqual([
      ['Beras', '9250.00', '10001.00'],
      ['Gula Pasir', '15000.00', '14000.50'],
    ]);
    expect(hasil.komoditas[0]!.kini!.derivasi).toBe('Σ harga 30.003 / 3 pengamatan = 10.001');
    expect(hasil.daftarHarga.map(([n, s, l, k]) => [n, s, l.toString(), k.toString()])).toEqual([
      ['Beras', 'kg', '9250', '10001'],
      ['Gula Pasir', 'kg', '15000', '14000.5'],
    ]);
  });

  test("per-item change, group mean and step scale come from core's formulas", () => {
    // Beras: 751 / 9.250 × 100 = 8,1189… → 8,12; Gula: −999,5 / 15.000 × 100 = −6,6633… → −6,66.
    const beras = new Desimal(751).div(9250).times(100).toDecimalPlaces(2);
    const gula = new Desimal('-999.5').div(15000).times(100).toDecimalPlaces(2);
    expect(hasil.komoditas.map((k) => s2(k.perubahan?.persen))).toEqual([beras.toFixed(2), gula.toFixed(2)]);
    expect([beras.toFixed(2), gula.toFixed(2)]).toEqual(['8.12', '-6.66']);
    expect(hasil.komoditas[0]!.perubahan!.derivasi).toBe('(10.001 − 9.250) / 9.250 × 100% = 8,12%');
    // (8,12 − 6,66) / 2 = 0,73 → ≤ 10 % → capaian 100.
    expect(s2(hasil.rataRata?.nilai)).toBe('0.73');
    expect([s2(hasil.capaian?.capaian), hasil.capaian?.label]).toEqual(['100.00', 'Sangat Berhasil']);
  });

  test('"semua" weighs every observation, "per_kabkota" every kab/kota', () => {
    const data = bacaHargaHarian(
      [
        JUDUL,
        [serial(2021, 1, 1), 'Cabai', 'kg', 'Kupang', 10000],
        [serial(2021, 1, 2), 'Cabai', 'kg', 'Kupang', 10000],
        [serial(2021, 1, 3), 'Cabai', 'kg', 'Kupang', 10000],
        [serial(2021, 1, 1), 'Cabai', 'kg', 'Ende', 14000],
      ],
      { tahun: 2021 },
    );
    const k = data.komoditas[0]!;
    const semua = rataRataHargaTahunan(data, k, 2021, 'semua')!;
    const perKab = rataRataHargaTahunan(data, k, 2021, 'per_kabkota')!;
    // (3 × 10.000 + 14.000) / 4 = 11.000; (10.000 + 14.000) / 2 = 12.000
    expect([s2(semua.nilai), s2(perKab.nilai)]).toEqual(['11000.00', '12000.00']);
    expect(semua.derivasi).toBe('Σ harga 44.000 / 4 pengamatan = 11.000');
    expect(perKab.derivasi).toBe('rata-rata 2 kab/kota: (10.000 + 14.000) / 2 = 12.000');
    expect([perKab.jumlahPengamatan, perKab.jumlahKabKota]).toEqual([4, 2]);
    expect(rataRataHargaTahunan(data, k, 2020)).toBeNull();
    expect(galat(() => rataRataHargaTahunan(data, k, 2019)).kode).toBe('NILAI_DI_LUAR_BATAS');
  });

  test('exact half-up at a tie: 80.001 / 8 = 10.000,125 → 10.000,13; per kab/kota (10.000 + 10.000,25) / 2 likewise', () => {
    const delapan = Array.from({ length: 8 }, (_, i) => [serial(2021, 2, i + 1), 'Telur', 'kg', '', i === 7 ? 10001 : 10000]);
    const d1 = bacaHargaHarian(delapan, { tahun: 2021 });
    expect(s2(rataRataHargaTahunan(d1, d1.komoditas[0]!, 2021)!.nilai)).toBe('10000.13');
    const d2 = bacaHargaHarian(
      [
        [serial(2021, 2, 1), 'Telur', 'kg', 'A', 10000],
        [serial(2021, 2, 1), 'Telur', 'kg', 'B', 10000],
        [serial(2021, 2, 2), 'Telur', 'kg', 'B', 10000],
        [serial(2021, 2, 3), 'Telur', 'kg', 'B', 10000],
        [serial(2021, 2, 4), 'Telur', 'kg', 'B', 10001],
      ],
      { tahun: 2021 },
    );
    const k = d2.komoditas[0]!;
    expect(s2(rataRataHargaTahunan(d2, k, 2021, 'per_kabkota')!.nilai)).toBe('10000.13');
    expect(s2(rataRataHargaTahunan(d2, k, 2021, 'semua')!.nilai)).toBe('10000.20'); // 50.001 / 5
  });

  test('decimal prices and prices ≥ 2³¹ take the exact path', () => {
    const d = bacaHargaHarian(
      [
        [serial(2021, 5, 1), 'Emas', 'gr', '', 10000.5],
        [serial(2021, 5, 2), 'Emas', 'gr', '', '10.001,25'],
        [serial(2021, 5, 1), 'Tanah', 'ha', '', 3_000_000_000],
        [serial(2021, 5, 2), 'Tanah', 'ha', '', 3_000_000_001],
      ],
      { tahun: 2021 },
    );
    const [emas, tanah] = d.komoditas;
    expect(rataRataHargaTahunan(d, emas!, 2021)!.nilaiPenuh.toString()).toBe('10000.875');
    expect(s2(rataRataHargaTahunan(d, emas!, 2021)!.nilai)).toBe('10000.88');
    expect(rataRataHargaTahunan(d, tanah!, 2021)!.nilaiPenuh.toString()).toBe('3000000000.5');
  });

  test('property: integer prices → the annual average equals the naive Desimal mean (both methods)', () => {
    const pengamatan = fc.array(
      fc.record({
        kab: fc.integer({ min: 0, max: 3 }),
        hari: fc.integer({ min: 1, max: 28 }),
        harga: fc.integer({ min: 1, max: 999_999_999 }),
      }),
      { minLength: 1, maxLength: 80 },
    );
    fc.assert(
      fc.property(pengamatan, (obs) => {
        const baris = obs.map((o) => [serial(2021, 4, o.hari), 'Cabai Rawit', 'kg', `Kab ${o.kab}`, o.harga]);
        const data = bacaHargaHarian(baris, { tahun: 2021 });
        // The definition: keep the first observation of each (day, kab/kota), then average.
        const dipakai = new Map<string, { kab: number; harga: number }>();
        for (const o of obs) if (!dipakai.has(`${o.kab}/${o.hari}`)) dipakai.set(`${o.kab}/${o.hari}`, o);
        const nilai = [...dipakai.values()];
        const jumlah = (xs: Desimal[]) => xs.reduce((a, b) => a.plus(b), new Desimal(0));
        const semua = jumlah(nilai.map((o) => new Desimal(o.harga))).div(nilai.length);
        const kabs = [...new Set(nilai.map((o) => o.kab))];
        const perKab = jumlah(
          kabs.map((k) => {
            const xs = nilai.filter((o) => o.kab === k).map((o) => new Desimal(o.harga));
            return jumlah(xs).div(xs.length);
          }),
        ).div(kabs.length);
        const k = data.komoditas[0]!;
        expect(s2(rataRataHargaTahunan(data, k, 2021, 'semua')!.nilai)).toBe(semua.toDecimalPlaces(2).toFixed(2));
        expect(s2(rataRataHargaTahunan(data, k, 2021, 'per_kabkota')!.nilai)).toBe(perKab.toDecimalPlaces(2).toFixed(2));
        expect(data.temuan.filter((t) => t.kode === 'BARIS_GANDA')).toHaveLength(obs.length - nilai.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('golden: the document’s Tabel 3.5 and 3.6 prices as daily data', () => {
  // Each printed annual price p becomes three days p − 7, p, p + 7 in each year (mean exactly p).
  const bedaPembulatan: Record<string, string> = { 'Minyak Goreng': '10.30', 'Tepung Terigu': '18.16', 'Pupuk Subsidi': '55.84' };
  for (const grup of ['pokok', 'penting'] as const) {
    const tabel = dokumen.harga[grup];
    test(`${tabel.sumber}: group mean ${tabel.rata_rata_tertulis}`, () => {
      const baris: unknown[][] = [JUDUL];
      for (const b of tabel.baris) {
        for (const [tahun, harga] of [
          [2020, b.harga_2020],
          [2021, b.harga_2021],
        ] as const) {
          [-7, 0, 7].forEach((d, i) => baris.push([serial(tahun, 6, i + 1), b.nama, b.satuan, 'NTT', harga + d]));
        }
      }
      const hasil = hitungHargaHarian(baris, { tahun: 2021, namaRentang: `LKIP_HargaHarian_${grup}` });
      expect(hasil.komoditas.map((k) => s2(k.perubahan?.persen))).toEqual(
        tabel.baris.map((b) => bedaPembulatan[b.nama] ?? new Desimal(b.persen_tertulis).toFixed(2)),
      );
      expect(s2(hasil.rataRata?.nilai)).toBe(new Desimal(tabel.rata_rata_tertulis).toFixed(2));
    });
  }
});

describe('findings for the Verifikasi sheet', () => {
  const baris: unknown[][] = [
    JUDUL, // 1
    [serial(2021, 1, 1), 'Beras', 'kg', 'Kota Kupang', 10000], // 2 kept
    [serial(2021, 1, 1), 'Beras', 'kg', 'Kota Kupang', 10500], // 3 duplicate of 2, other price
    [serial(2021, 1, 3), 'Beras', 'kg', 'Kota Kupang', 0], // 4 zero
    [serial(2021, 1, 4), 'Beras', 'kg', 'Kota Kupang', -5], // 5 negative
    ['kemarin', 'Beras', 'kg', 'Kota Kupang', 10000], // 6 bad date
    [serial(2021, 1, 5), 'Beras', 'kg', 'Kota Kupang', 'sepuluh ribu'], // 7 bad price
    [serial(2021, 1, 6), 'Beras', 'kg', 'Kota Kupang', ''], // 8 empty price
    [serial(2019, 12, 31), 'Beras', 'kg', 'Kota Kupang', 9000], // 9 outside 2020–2021
    ['', '', '', '', ''], // 10 empty row
    ['2 Januari 2021', 'beras', 'KG', ' kota  kupang ', 'Rp 10.200'], // 11 kept (same series)
    [serial(2021, 1, 7), '', 'kg', 'Kota Kupang', 10000], // 12 no name
    [serial(2021, 1, 2), 'Beras', 'kg', 'Kota Kupang', 10200], // 13 duplicate of 11, same price
    [serial(2020, 6, 1), 'Beras', 'kg', 'Kota Kupang', 9000], // 14 kept (2020)
  ];
  const hasil = hitungHargaHarian(baris, { tahun: 2021, namaRentang: 'LKIP_HargaHarian_Pokok' });
  const temuan = hasil.temuan;
  const satu = (k: string, b?: number) => temuan.find((t) => t.kode === k && (b === undefined || t.baris === b))!;

  test('every problem row is reported with its row number (header = row 1), in row order, then the compact ones', () => {
    expect(kode(temuan)).toEqual([
      ['BARIS_GANDA', 3],
      ['HARGA_TIDAK_POSITIF', 4],
      ['HARGA_TIDAK_POSITIF', 5],
      ['TANGGAL_TIDAK_TERBACA', 6],
      ['HARGA_TIDAK_TERBACA', 7],
      ['NAMA_KOSONG', 12],
      ['BARIS_GANDA', 13],
      ['HARGA_KOSONG', null],
      ['HARI_TANPA_DATA', null],
      ['HARI_TANPA_DATA', null],
      ['DI_LUAR_PERIODE', null],
    ]);
  });

  test('problem rows are left out of the averages: 2021 (10.000 + 10.200) / 2 = 10.100, 2020 = 9.000', () => {
    const beras = hasil.komoditas[0]!;
    expect(hasil.komoditas).toHaveLength(1);
    expect([beras.nama, beras.satuan, s2(beras.kini?.nilai), s2(beras.lalu?.nilai)]).toEqual([
      'Beras',
      'kg',
      '10100.00',
      '9000.00',
    ]);
    expect([beras.kini?.jumlahPengamatan, hasil.data.jumlahPengamatan]).toEqual([2, 3]);
    // 1.100 / 9.000 × 100 = 12,22
    expect(s2(beras.perubahan?.persen)).toBe('12.22');
  });

  test('messages name the row, the column, the value and what happens', () => {
    expect(satu('BARIS_GANDA', 3).pesan).toBe(
      'LKIP_HargaHarian_Pokok baris 3: Beras (kg), Kota Kupang, 01/01/2021 sudah ada di baris 2 (harga berbeda: 10.000 di baris 2, 10.500 di baris ini). Yang dipakai baris 2; baris ini tidak dipakai.',
    );
    expect(satu('BARIS_GANDA', 13).pesan).toContain('sudah ada di baris 11 (harga sama)');
    expect(satu('HARGA_TIDAK_POSITIF', 4).pesan).toBe(
      'LKIP_HargaHarian_Pokok baris 4 (Harga) = 0: harga harus lebih besar dari 0 (Beras (kg), Kota Kupang, 03/01/2021). Baris tidak dipakai.',
    );
    expect(satu('HARGA_TIDAK_POSITIF', 5).pesan).toContain('(Harga) = -5: harga harus lebih besar dari 0');
    expect(satu('TANGGAL_TIDAK_TERBACA').pesan).toMatch(/^LKIP_HargaHarian_Pokok baris 6 \(Tanggal\) = "kemarin": bukan tanggal/);
    expect(satu('HARGA_TIDAK_TERBACA').pesan).toMatch(/^LKIP_HargaHarian_Pokok baris 7 \(Harga\) = "sepuluh ribu": bukan angka/);
    expect(satu('NAMA_KOSONG').pesan).toBe('LKIP_HargaHarian_Pokok baris 12 (Nama): nama komoditas kosong. Baris tidak dipakai.');
    expect(satu('HARGA_KOSONG').pesan).toBe(
      'Beras (kg): 1 baris tanpa harga (kosong, "-" atau NA), mis. baris 8; tidak dipakai.',
    );
    expect(satu('DI_LUAR_PERIODE').pesan).toBe('1 baris bertanggal di luar tahun 2020–2021 tidak dipakai, mis. baris 9.');
    expect(satu('BARIS_GANDA', 3).nama).toBe('Beras');
  });

  test('missing days are compact: a count and the first five dates, per commodity, kab/kota and year', () => {
    const [lalu, kini] = temuan.filter((t) => t.kode === 'HARI_TANPA_DATA');
    // 2020 is a leap year: 366 days, one observed (1 June).
    expect([lalu!.tahun, lalu!.jumlah, lalu!.kabKota]).toEqual([2020, 365, 'Kota Kupang']);
    expect(lalu!.pesan).toBe(
      'Beras (kg), Kota Kupang, tahun 2020: 365 dari 366 hari tanpa data, mis. 01/01/2020, 02/01/2020, 03/01/2020, 04/01/2020, 05/01/2020, ….',
    );
    // 2021: 1 and 2 January observed; 3–7 January are among the 363 missing (rows 4, 5, 7, 8, 12 were not kept).
    expect([kini!.tahun, kini!.jumlah]).toEqual([2021, 363]);
    expect(kini!.pesan).toContain(
      '363 dari 365 hari tanpa data, mis. 03/01/2021, 04/01/2021, 05/01/2021, 06/01/2021, 07/01/2021, ….',
    );
  });

  test('a full year except three days; weekdays-only data with hariPengamatan "senin_jumat"', () => {
    const libur = new Set([serial(2021, 8, 17), serial(2021, 12, 25), serial(2021, 12, 31)]);
    const penuh: unknown[][] = [];
    for (let d = serial(2020, 1, 1); d <= serial(2021, 12, 31); d++)
      if (!libur.has(d)) penuh.push([d, 'Beras', 'kg', 'Ende', 10000]);
    const t = bacaHargaHarian(penuh, { tahun: 2021 }).temuan;
    expect(t.map((x) => [x.kode, x.tahun, x.jumlah])).toEqual([['HARI_TANPA_DATA', 2021, 3]]);
    expect(t[0]!.pesan).toBe(
      'Beras (kg), Ende, tahun 2021: 3 dari 365 hari tanpa data, mis. 17/08/2021, 25/12/2021, 31/12/2021.',
    );

    const hariKerja: unknown[][] = [];
    for (let d = serial(2020, 1, 1); d <= serial(2021, 12, 31); d++) {
      const h = new Date(Date.UTC(1899, 11, 30) + d * HARI_MS).getUTCDay();
      if (h !== 0 && h !== 6) hariKerja.push([d, 'Beras', 'kg', 'Ende', 10000]);
    }
    expect(bacaHargaHarian(hariKerja, { tahun: 2021, hariPengamatan: 'senin_jumat' }).temuan).toEqual([]);
    // Every day required: 2020 has 262 weekdays of 366, 2021 has 261 of 365 → 104 weekend days each.
    const setiapHari = bacaHargaHarian(hariKerja, { tahun: 2021 }).temuan;
    expect(setiapHari.map((x) => [x.tahun, x.jumlah])).toEqual([
      [2020, 104],
      [2021, 104],
    ]);
  });

  test('a kab/kota with no observation of a commodity in a year: one finding "tidak ada data sama sekali"', () => {
    const t = bacaHargaHarian(
      [
        [serial(2021, 1, 1), 'Beras', 'kg', 'Ende', 10000],
        [serial(2021, 1, 1), 'Gula', 'kg', 'Sikka', 14000],
      ],
      { tahun: 2021, contohTanggal: 2 },
    ).temuan;
    expect(t.map((x) => x.pesan)).toEqual([
      'Beras (kg), Ende: tidak ada data sama sekali pada tahun 2020.',
      'Beras (kg), Ende, tahun 2021: 364 dari 365 hari tanpa data, mis. 02/01/2021, 03/01/2021, ….',
      'Beras (kg), Sikka: tidak ada data sama sekali pada tahun 2020.',
      'Beras (kg), Sikka: tidak ada data sama sekali pada tahun 2021.',
      'Gula (kg), Ende: tidak ada data sama sekali pada tahun 2020.',
      'Gula (kg), Ende: tidak ada data sama sekali pada tahun 2021.',
      'Gula (kg), Sikka: tidak ada data sama sekali pada tahun 2020.',
      'Gula (kg), Sikka, tahun 2021: 364 dari 365 hari tanpa data, mis. 02/01/2021, 03/01/2021, ….',
    ]);
  });

  test('a commodity missing a year is left out of the price list; none complete → no mean', () => {
    const h = hitungHargaHarian(
      [
        [serial(2020, 1, 1), 'Beras', 'kg', '', 9000],
        [serial(2021, 1, 1), 'Beras', 'kg', '', 9900],
        [serial(2021, 1, 1), 'Gula', 'kg', '', 14000],
      ],
      { tahun: 2021 },
    );
    expect(h.daftarHarga.map((b) => b[0])).toEqual(['Beras']);
    expect(h.komoditas[1]!.perubahan).toBeNull();
    expect(s2(h.rataRata?.nilai)).toBe('10.00'); // 900 / 9.000 = 10 %
    const tidakAda = h.temuan.find((t) => t.kode === 'DATA_TAHUN_TIDAK_ADA')!;
    expect([tidakAda.nama, tidakAda.tahun]).toEqual(['Gula', 2020]);
    expect(tidakAda.pesan).toBe(
      'Gula (kg): tidak ada harga yang sah pada tahun 2020; komoditas ini tidak ikut dalam daftar perubahan harga dan rata-ratanya.',
    );
    const kosong = hitungHargaHarian([[serial(2021, 1, 1), 'Gula', 'kg', '', 14000]], { tahun: 2021 });
    expect([kosong.rataRata, kosong.capaian, kosong.daftarHarga]).toEqual([null, null, []]);
  });

  test('one name with two units: two commodities and a SATUAN_BERBEDA finding', () => {
    const d = bacaHargaHarian(
      [
        [serial(2021, 1, 1), 'Beras', 'kg', '', 10000],
        [serial(2021, 1, 1), 'Beras', 'karung', '', 480000],
      ],
      { tahun: 2021 },
    );
    expect(d.komoditas.map((k) => `${k.nama}/${k.satuan}`)).toEqual(['Beras/kg', 'Beras/karung']);
    expect(d.temuan.find((t) => t.kode === 'SATUAN_BERBEDA')?.pesan).toBe(
      'Beras tertulis dengan 2 satuan berbeda (kg, karung); masing-masing dihitung sebagai komoditas tersendiri. Periksa satuannya.',
    );
  });

  test('row findings beyond maksTemuanPerKode are counted in one TEMUAN_DIPANGKAS', () => {
    const rusak = Array.from({ length: 5 }, () => ['rusak', 'Beras', 'kg', '', 10000]);
    const t = bacaHargaHarian([JUDUL, ...rusak], { tahun: 2021, maksTemuanPerKode: 2 }).temuan;
    expect(kode(t.filter((x) => x.kode !== 'HARI_TANPA_DATA'))).toEqual([
      ['TANGGAL_TIDAK_TERBACA', 2],
      ['TANGGAL_TIDAK_TERBACA', 3],
      ['TEMUAN_DIPANGKAS', null],
    ]);
    expect(t.find((x) => x.kode === 'TEMUAN_DIPANGKAS')?.pesan).toBe(
      '5 temuan TANGGAL_TIDAK_TERBACA; 2 pertama dirinci, 3 lainnya tidak dirinci (baris-baris itu juga tidak dipakai).',
    );
  });
});

describe('reading the range', () => {
  test('no header: the first row is data (row 1)', () => {
    const d = bacaHargaHarian(
      [
        [serial(2021, 1, 1), 'Beras', 'kg', '', 10000],
        [serial(2021, 1, 2), 'Beras', 'kg', '', 0],
      ],
      { tahun: 2021 },
    );
    expect(d.adaJudul).toBe(false);
    expect(kode(d.temuan.filter((t) => t.baris !== undefined))).toEqual([['HARGA_TIDAK_POSITIF', 2]]);
  });

  test('an empty name is never taken for a commodity written "null"; numbers as names are text', () => {
    const d = bacaHargaHarian(
      [
        [serial(2021, 1, 1), 'null', 'kg', '', 10000],
        [serial(2021, 1, 2), null, 'kg', '', 10000],
        [serial(2021, 1, 3), 123, 'kg', '', 10000],
        [serial(2021, 1, 4), '123', 'kg', '', 12000],
      ],
      { tahun: 2021 },
    );
    expect(kode(d.temuan.filter((t) => t.baris !== undefined))).toEqual([['NAMA_KOSONG', 2]]);
    expect(d.komoditas.map((k) => [k.nama, k.seri[0]!.momenTahun[1].n])).toEqual([
      ['null', 1],
      ['123', 2],
    ]);
  });

  test('a first row with an unreadable date but a numeric price is data, not a header', () => {
    const d = bacaHargaHarian([['kemarin', 'Beras', 'kg', '', 10000]], { tahun: 2021 });
    expect(d.adaJudul).toBe(false);
    expect(kode(d.temuan.filter((t) => t.baris !== undefined))).toEqual([['TANGGAL_TIDAK_TERBACA', 1]]);
  });

  test('a header with unknown names is still skipped (text price, no date); leading empty rows count', () => {
    const d = bacaHargaHarian(
      [
        ['', '', '', '', ''],
        ['Tgl.', 'Uraian', 'Sat', 'Wil', 'Rupiah'],
        [serial(2021, 1, 1), 'Beras', 'kg', '', 10000],
        [serial(2021, 1, 1), 'Beras', 'kg', '', 10000],
      ],
      { tahun: 2021 },
    );
    expect(d.adaJudul).toBe(true);
    expect(kode(d.temuan.filter((t) => t.baris !== undefined))).toEqual([['BARIS_GANDA', 4]]);
  });

  test('columns are taken by name when the header names them, in any order; missing Satuan/Kab/Kota read as empty', () => {
    const d = bacaHargaHarian(
      [
        ['Harga (Rp)', 'Komoditas', 'Tgl', 'Kabupaten/Kota', 'Satuan'],
        [10000, 'Beras', serial(2021, 1, 1), 'Ende', 'kg'],
        [12000, 'Beras', '02/01/2021', 'Ende', 'kg'],
      ],
      { tahun: 2021 },
    );
    expect(d.komoditas.map((k) => [k.nama, k.satuan, k.seri.map((s) => s.kabKota)])).toEqual([['Beras', 'kg', ['Ende']]]);
    expect(s2(rataRataHargaTahunan(d, d.komoditas[0]!, 2021)!.nilai)).toBe('11000.00');
    const tiga = bacaHargaHarian(
      [
        ['Tanggal', 'Nama Komoditas', 'Harga'],
        [serial(2021, 1, 1), 'Beras', 10000],
      ],
      { tahun: 2021 },
    );
    expect(tiga.komoditas.map((k) => [k.nama, k.satuan, k.seri[0]!.kabKota])).toEqual([['Beras', '', '']]);
    // Named date, name and price; the other two unnamed but filled: the usual positions.
    const sebagian = bacaHargaHarian(
      [
        ['Tanggal', 'Komoditas', 'Sat.', 'Nama Kab/Kota', 'Harga'],
        [serial(2021, 1, 1), 'Beras', 'kg', 'Sikka', 10000],
      ],
      { tahun: 2021 },
    );
    expect(sebagian.komoditas.map((k) => [k.nama, k.satuan, k.seri[0]!.kabKota])).toEqual([['Beras', 'kg', 'Sikka']]);
    const tanpaNama = bacaHargaHarian(
      [
        ['Tanggal', 'Komoditas', 'Keterangan', 'Keterangan 2', 'Harga'],
        [serial(2021, 1, 1), 'Beras', 'kg', 'Sikka', 10000],
      ],
      { tahun: 2021 },
    );
    expect(tanpaNama.komoditas.map((k) => [k.satuan, k.seri[0]!.kabKota])).toEqual([['kg', 'Sikka']]);
  });

  test('chunks give the same result and row numbers as one call', () => {
    const baris: unknown[][] = [JUDUL];
    for (let i = 1; i <= 40; i++)
      baris.push([serial(2021, 1, (i % 20) + 1), i % 2 ? 'Beras' : 'Gula', 'kg', 'Ende', i === 17 ? 0 : 1000 + i]);
    const sekali = bacaHargaHarian(baris, { tahun: 2021 });
    const p = new PengumpulHargaHarian({ tahun: 2021 });
    p.tambah(baris.slice(0, 1));
    p.tambah(baris.slice(1, 13));
    p.tambah(baris.slice(13));
    expect(p.barisDibaca).toBe(41);
    const bertahap = p.selesai();
    expect(bertahap.temuan).toEqual(sekali.temuan);
    expect(hargaDariData(bertahap).komoditas.map((k) => s2(k.kini?.nilai))).toEqual(
      hargaDariData(sekali).komoditas.map((k) => s2(k.kini?.nilai)),
    );
    expect(() => p.tambah([])).toThrow();
  });

  test('a row finding names the column of the cell at fault, as the header placed it; a duplicate names none', () => {
    const data = bacaHargaHarian(
      [
        ['Harga', 'Tanggal', 'Komoditas', 'Satuan', 'Kab/Kota'],
        [10000, serial(2021, 1, 1), 'Beras', 'kg', 'Ende'],
        [0, serial(2021, 1, 2), 'Beras', 'kg', 'Ende'], // row 3: price
        [10100, 'kemarin', 'Beras', 'kg', 'Ende'], // row 4: date
        [10100, serial(2021, 1, 3), '', 'kg', 'Ende'], // row 5: name
        ['sepuluh', serial(2021, 1, 4), 'Beras', 'kg', 'Ende'], // row 6: price as text
        [10200, serial(2021, 1, 1), 'Beras', 'kg', 'Ende'], // row 7: duplicate of row 2
      ],
      { tahun: 2021 },
    );
    const perBaris = data.temuan.filter((t) => t.baris !== undefined).map((t) => [t.kode, t.baris, t.kolom]);
    expect(perBaris).toEqual([
      ['HARGA_TIDAK_POSITIF', 3, 0],
      ['TANGGAL_TIDAK_TERBACA', 4, 1],
      ['NAMA_KOSONG', 5, 2],
      ['HARGA_TIDAK_TERBACA', 6, 0],
      ['BARIS_GANDA', 7, undefined],
    ]);
  });

  test('tambah(baris, dari, sampai) reads that part of the array, like a slice', () => {
    const baris: unknown[][] = [JUDUL];
    for (let i = 1; i <= 30; i++) baris.push([serial(2021, 2, i % 28 || 28), i % 3 ? 'Beras' : 'Gula', 'kg', 'Ende', 900 + i]);
    const p = new PengumpulHargaHarian({ tahun: 2021 });
    p.tambah(baris, 0, 7);
    p.tambah(baris, 7, 20);
    p.tambah(baris, 20, 99); // past the end: up to the end
    const q = new PengumpulHargaHarian({ tahun: 2021 });
    q.tambah(baris.slice(0, 7));
    q.tambah(baris.slice(7));
    const [a, b] = [p.selesai(), q.selesai()];
    expect(a.jumlahBaris).toBe(31);
    expect(a.temuan).toEqual(b.temuan);
    expect(a.komoditas.map((k) => k.seri.map((x) => [...x.baris]))).toEqual(
      b.komoditas.map((k) => k.seri.map((x) => [...x.baris])),
    );
  });

  test('property: any row order (day by day, series by series, shuffled) puts every price in its own series and day', () => {
    // Raw spellings that are one series ("Beras", " beras ") and ones that are not (another unit, another kab/kota).
    const identitas = [
      ['Beras', 'kg', 'Ende'],
      [' beras ', 'kg', 'Ende'],
      ['Beras', 'kg', 'Sikka'],
      ['Beras', 'karung', 'Ende'],
      ['Gula', 'kg', ''],
      ['Gula', 'kg', null],
      [7, 'kg', 'Ende'],
    ] as const;
    const normal = (v: unknown) => (v === null ? '' : String(v).trim().toLowerCase());
    const kunci = (nm: unknown, st: unknown, kb: unknown) => `${normal(nm)}|${normal(st)}|${normal(kb)}`;
    const kunciIdentitas = (i: number) => kunci(identitas[i]![0], identitas[i]![1], identitas[i]![2]);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: identitas.length - 1 }), fc.integer({ min: 1, max: 40 })), {
          selector: ([i, d]) => `${kunciIdentitas(i)}@${d}`,
          maxLength: 120,
        }),
        fc.constantFrom('hari', 'seri', 'acak'),
        fc.integer(),
        (pasangan, urutan, benih) => {
          const baris = pasangan.map(([i, d], n) => [serial(2021, 1, d), ...identitas[i]!, 1000 + n] as unknown[]);
          if (urutan === 'hari') baris.sort((x, y) => (x[0] as number) - (y[0] as number));
          if (urutan === 'seri') baris.sort((x, y) => kunci(x[1], x[2], x[3]).localeCompare(kunci(y[1], y[2], y[3])));
          if (urutan === 'acak')
            baris.sort(
              (x, y) => ((((x[4] as number) * 2654435761) ^ benih) >>> 0) - ((((y[4] as number) * 2654435761) ^ benih) >>> 0),
            );
          const data = bacaHargaHarian(baris, { tahun: 2022, hariPengamatan: 'setiap_hari' });
          let dipakai = 0;
          for (const k of data.komoditas) {
            for (const seri of k.seri) {
              for (let i = 0; i < seri.baris.length; i++) {
                if (seri.baris[i] === 0) continue;
                dipakai++;
                const b = baris[seri.baris[i]! - 1]!; // no header: row n is baris[n − 1]
                expect(seri.harga[i]).toBe(b[4]);
                expect(i).toBe((b[0] as number) - serial(2021, 1, 1));
                expect(kunci(b[1], b[2], b[3])).toBe(kunci(k.nama, k.satuan, seri.kabKota));
              }
            }
          }
          expect(dipakai).toBe(baris.length);
          expect(data.temuan.filter((t) => t.kode === 'BARIS_GANDA')).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('many series (more than one allocation block) keep their own days', () => {
    const baris: unknown[][] = [];
    for (let k = 0; k < 3; k++)
      for (let b = 0; b < 25; b++)
        for (let d = 1; d <= 3; d++) baris.push([serial(2021, 3, d), `Komoditas ${k}`, 'kg', `Kab ${b}`, 1000 * (k + 1) + b + d]);
    const data = bacaHargaHarian(baris, { tahun: 2021 });
    expect(data.komoditas.map((k) => k.seri.length)).toEqual([25, 25, 25]);
    expect(data.temuan.filter((t) => t.kode === 'BARIS_GANDA')).toEqual([]);
    // Komoditas k, Kab b: prices 1000(k+1) + b + 1 … + 3 → mean 1000(k+1) + b + 2; over 25 kab/kota: 1000(k+1) + 14.
    expect(data.komoditas.map((k) => s2(rataRataHargaTahunan(data, k, 2021)!.nilai))).toEqual(['1014.00', '2014.00', '3014.00']);
    const seri = data.komoditas[2]!.seri[24]!;
    expect([seri.kabKota, seri.harga[data.jumlahHariLalu + 59], seri.baris[data.jumlahHariLalu + 59]]).toEqual([
      'Kab 24',
      3025,
      223,
    ]);
  });

  test('report year must be a plausible integer', () => {
    expect(galat(() => bacaHargaHarian([], { tahun: 2021.5 })).argumen).toBe('LKIP_Tahun');
    expect(galat(() => bacaHargaHarian([], { tahun: 1800 })).kode).toBe('NILAI_DI_LUAR_BATAS');
  });

  test.each([
    [null, 'semua'],
    ['', 'semua'],
    ['Semua', 'semua'],
    ['per_kabkota', 'per_kabkota'],
    ['per kab/kota', 'per_kabkota'],
    ['Per Kabupaten/Kota', 'per_kabkota'],
  ])('bacaMetodeRataRata(%p) = %s', (masukan, hasil) => {
    expect(bacaMetodeRataRata(masukan)).toBe(hasil);
  });

  test('unknown method → typed error', () => {
    expect(galat(() => bacaMetodeRataRata('median')).kode).toBe('PILIHAN_TIDAK_DIKENAL');
  });
});
