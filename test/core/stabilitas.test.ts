/**
 * Price stability: KV = S / p̄ × 100 (source document Tabel 2.1), sample or population S, the group
 * mean, the threshold. Expected values are worked out by hand, or by a naive Desimal computation
 * written here from the definition (mean, Σ(x − p̄)², square root) — never by the code under test.
 */
import fc from 'fast-check';
import { galat } from './bantu';
import { Desimal } from '../../src/core';
import { bacaHargaHarian } from '../../src/core/hargaHarian';
import {
  akarBulat,
  akarPecahanTerbit,
  bacaAmbangKV,
  bacaJenisSimpangan,
  koefisienVariasi,
  momenDariDesimal,
  stabilitasHarga,
  terbitkanPecahan,
  type JenisSimpangan,
} from '../../src/core/stabilitas';

const s2 = (x: Desimal | null | undefined): string => (x === null || x === undefined ? 'null' : x.toFixed(2));

/** The definition, naively in Desimal: p̄, S, KV (unrounded). */
function naif(nilai: readonly (number | string)[], jenis: JenisSimpangan): { rata: Desimal; s: Desimal; kv: Desimal } {
  const x = nilai.map((v) => new Desimal(v));
  const n = x.length;
  const rata = x.reduce((a, b) => a.plus(b), new Desimal(0)).div(n);
  const jk = x.reduce((a, b) => a.plus(b.minus(rata).pow(2)), new Desimal(0));
  const s = jk.div(jenis === 'sampel' ? n - 1 : n).sqrt();
  return { rata, s, kv: s.div(rata).times(100) };
}

describe('koefisienVariasi (LKIP.KV)', () => {
  test('10, 12, 14: p̄ 12; sample S 2 → KV 16,67; population S 1,633 → KV 13,61', () => {
    const sampel = koefisienVariasi([10, 12, 14]);
    expect([s2(sampel.nilai), s2(sampel.rataRata), s2(sampel.simpanganBaku), sampel.jumlahData]).toEqual([
      '16.67',
      '12.00',
      '2.00',
      3,
    ]);
    expect(sampel.derivasi).toBe('KV = S / p̄ × 100% = 2 / 12 × 100% = 16,67% (simpangan baku sampel, n − 1; n = 3)');
    const populasi = koefisienVariasi([10, 12, 14], { simpangan: 'populasi' });
    expect([s2(populasi.nilai), s2(populasi.simpanganBaku)]).toEqual(['13.61', '1.63']);
    expect(populasi.derivasi).toBe('KV = S / p̄ × 100% = 1,633 / 12 × 100% = 13,61% (simpangan baku populasi, n; n = 3)');
    // The KV comes from the exact S, not from the published 1,63 (1,63 / 12 × 100 = 13,58).
    expect(populasi.simpanganBakuPenuh.toFixed(6)).toBe('1.632993');
  });

  test('2, 4, 4, 4, 5, 5, 7, 9: population S exactly 2 → KV 40; sample S √(32/7) → KV 42,76', () => {
    const nilai = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(s2(koefisienVariasi(nilai, { simpangan: 'populasi' }).nilai)).toBe('40.00');
    const sampel = koefisienVariasi(nilai);
    expect(s2(sampel.simpanganBaku)).toBe('2.14'); // √4,571428… = 2,13809
    expect(s2(sampel.nilai)).toBe('42.76'); // 2,13809 / 5 × 100 = 42,7618
  });

  test('equal prices → KV 0', () => {
    expect(s2(koefisienVariasi([10950, 10950, 10950]).nilai)).toBe('0.00');
  });

  test('blanks, "-" and "NA" are skipped; Indonesian number text is read', () => {
    expect(s2(koefisienVariasi([10, null, '', 12, '-', 'NA', undefined, '14']).nilai)).toBe('16.67');
    expect(s2(koefisienVariasi(['10.950', 'Rp 11.050,-', 11000]).rataRata)).toBe('11000.00');
  });

  test('decimal prices are exact (scaled by 10^d)', () => {
    const nilai = ['0.1', '0.2', '0.3'];
    const hasil = koefisienVariasi(nilai.map((v) => new Desimal(v)));
    expect(s2(hasil.nilai)).toBe(naif(nilai, 'sampel').kv.toDecimalPlaces(2).toFixed(2)); // 50,00
    expect(s2(hasil.nilai)).toBe('50.00');
  });

  test('fewer than 2 values, zero, negative, text → typed errors naming the argument and value', () => {
    expect(galat(() => koefisienVariasi([10])).kode).toBe('KOSONG');
    expect(galat(() => koefisienVariasi([null, '', 10])).message).toContain('minimal 2 nilai');
    expect(galat(() => koefisienVariasi([])).kode).toBe('KOSONG');
    const nol = galat(() => koefisienVariasi([10, 0, 12]));
    expect([nol.kode, nol.argumen]).toEqual(['NILAI_DI_LUAR_BATAS', 'harga[2]']);
    expect(galat(() => koefisienVariasi([10, -5])).message).toBe('harga[2] = -5: harga harus lebih besar dari 0.');
    const teks = galat(() => koefisienVariasi([10, 'sepuluh'], { argumen: 'harga_cabai' }));
    expect([teks.kode, teks.argumen]).toEqual(['BUKAN_ANGKA', 'harga_cabai[2]']);
    expect(galat(() => koefisienVariasi([10, true])).kode).toBe('BUKAN_ANGKA');
  });

  test('property: integer Rupiah prices → published KV and p̄ equal the naive Desimal definition', () => {
    const harga = fc.array(fc.integer({ min: 1, max: 999_999_999 }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(harga, fc.constantFrom<JenisSimpangan>('sampel', 'populasi'), (nilai, jenis) => {
        const hasil = koefisienVariasi(nilai, { simpangan: jenis });
        const acuan = naif(nilai, jenis);
        expect(s2(hasil.nilai)).toBe(acuan.kv.toDecimalPlaces(2).toFixed(2));
        expect(s2(hasil.rataRata)).toBe(acuan.rata.toDecimalPlaces(2).toFixed(2));
        expect(s2(hasil.simpanganBaku)).toBe(acuan.s.toDecimalPlaces(2).toFixed(2));
      }),
      { numRuns: 150 },
    );
  });

  test('property: decimal prices (up to 4 decimals) → the same as the naive definition', () => {
    const harga = fc.array(
      fc.integer({ min: 1, max: 99_999_999 }).map((n) => new Desimal(n).div(10000)),
      { minLength: 2, maxLength: 30 },
    );
    fc.assert(
      fc.property(harga, (nilai) => {
        const acuan = naif(
          nilai.map((d) => d.toString()),
          'sampel',
        );
        expect(s2(koefisienVariasi(nilai).nilai)).toBe(acuan.kv.toDecimalPlaces(2).toFixed(2));
      }),
      { numRuns: 100 },
    );
  });
});

describe('exact integer helpers', () => {
  test('akarBulat is ⌊√n⌋ (property, up to 2^200)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 200n }), (n) => {
        const r = akarBulat(n);
        expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect([akarBulat(0n), akarBulat(1n), akarBulat(15n), akarBulat(16n), akarBulat(17n)]).toEqual([0n, 1n, 3n, 4n, 4n]);
  });

  test('terbitkanPecahan rounds half-up exactly (ties away from zero)', () => {
    expect(
      [
        [1n, 8n],
        [-1n, 8n],
        [2n, 3n],
        [1n, 200n],
        [1n, 201n],
        [80001n, 8n],
      ].map(([p, q]) => terbitkanPecahan(p!, q!).toFixed(2)),
    ).toEqual(['0.13', '-0.13', '0.67', '0.01', '0.00', '10000.13']);
  });

  test('akarPecahanTerbit: √(p/q) to 2 decimals, exactly at ties', () => {
    // √(1,1025) = 1,05 exactly; √(4,2025) = 2,05; √2 = 1,41421…
    expect([akarPecahanTerbit(11025n, 10000n), akarPecahanTerbit(42025n, 10000n), akarPecahanTerbit(2n, 1n)].map(s2)).toEqual([
      '1.05',
      '2.05',
      '1.41',
    ]);
    // √(0,000025) = 0,005 exactly → 0,01 (half-up).
    expect(s2(akarPecahanTerbit(25n, 1000000n))).toBe('0.01');
  });

  test('momenDariDesimal scales by the most decimals', () => {
    const m = momenDariDesimal([new Desimal('1.5'), new Desimal('2.25')]);
    expect([m.n, m.skala, m.jumlah, m.jumlahKuadrat]).toEqual([2, 100n, 375n, 150n * 150n + 225n * 225n]);
  });
});

describe('option readers', () => {
  test.each([
    [null, 'sampel'],
    ['', 'sampel'],
    ['Sampel', 'sampel'],
    ['n-1', 'sampel'],
    ['STDEV.S', 'sampel'],
    ['populasi', 'populasi'],
    ['N', 'populasi'],
    ['STDEV.P', 'populasi'],
  ])('bacaJenisSimpangan(%p) = %s', (masukan, hasil) => {
    expect(bacaJenisSimpangan(masukan)).toBe(hasil);
  });

  test('unknown choices and bad thresholds → typed errors', () => {
    expect(galat(() => bacaJenisSimpangan('median')).kode).toBe('PILIHAN_TIDAK_DIKENAL');
    expect(s2(bacaAmbangKV(null))).toBe('9.00');
    expect(s2(bacaAmbangKV('8,5'))).toBe('8.50');
    expect(galat(() => bacaAmbangKV(0)).kode).toBe('NILAI_DI_LUAR_BATAS');
    expect(galat(() => bacaAmbangKV('NA')).kode).toBe('BUKAN_ANGKA');
  });
});

describe('stabilitasHarga of a daily price group', () => {
  const JUDUL = ['Tanggal', 'Nama', 'Satuan', 'Kab/Kota', 'Harga'];
  // Serial numbers of January 2021 (1 January 2021 = 44197), and one day of 2020 so the year before exists.
  const jan = (hari: number) => 44196 + hari;
  const baris: unknown[][] = [
    JUDUL,
    // A: 10, 12, 14 → KV 16,67 (sample), above 9.
    [jan(1), 'Cabai', 'kg', '', 10],
    [jan(2), 'Cabai', 'kg', '', 12],
    [jan(3), 'Cabai', 'kg', '', 14],
    // B: 100, 101, 102 → S = 1, p̄ = 101 → KV 0,990099 → 0,99.
    [jan(1), 'Beras', 'kg', '', 100],
    [jan(2), 'Beras', 'kg', '', 101],
    [jan(3), 'Beras', 'kg', '', 102],
    // C: 91, 100, 109 → Σ(x − 100)² = 162, / 2 = 81, S = 9 → KV exactly 9,00: not above 9.
    [jan(1), 'Gula', 'kg', '', 91],
    [jan(2), 'Gula', 'kg', '', 100],
    [jan(3), 'Gula', 'kg', '', 109],
    // D: one observation in 2021 → no KV.
    [jan(1), 'Garam', 'kg', '', 5000],
    [43831, 'Garam', 'kg', '', 5000],
  ];
  const data = bacaHargaHarian(baris, { tahun: 2021 });

  test('KV per commodity, the threshold (strictly above), the group mean of the published KVs', () => {
    const h = stabilitasHarga(data);
    expect(h.komoditas.map((k) => [k.nama, s2(k.kv), k.diAtasAmbang])).toEqual([
      ['Cabai', '16.67', true],
      ['Beras', '0.99', false],
      ['Gula', '9.00', false],
    ]);
    expect(h.jumlahDiAtasAmbang).toBe(1);
    // (16,67 + 0,99 + 9,00) / 3 = 26,66 / 3 = 8,8866… → 8,89
    expect(s2(h.rataRataKV?.nilai)).toBe('8.89');
    expect(h.rataRataKV?.derivasi).toBe('(16,67 + 0,99 + 9) / 3 = 8,89');
    expect(h.tidakDihitung).toEqual([
      { nama: 'Garam', satuan: 'kg', alasan: 'hanya 1 pengamatan yang sah pada tahun 2021; KV memerlukan minimal 2.' },
    ]);
    expect([h.simpangan, h.dasar, s2(h.ambang)]).toEqual(['sampel', 'pengamatan', '9.00']);
  });

  test('a lower threshold marks the KV of exactly 9; the population S lowers every KV', () => {
    expect(stabilitasHarga(data, { ambang: 8.99 }).komoditas.map((k) => k.diAtasAmbang)).toEqual([true, false, true]);
    const populasi = stabilitasHarga(data, { simpangan: 'populasi' });
    // Population KV = sample KV × √((n − 1) / n) = × √(2/3): 16,67 → 13,61; 9 → 7,35; 0,99 → 0,81.
    expect(populasi.komoditas.map((k) => s2(k.kv))).toEqual(['13.61', '0.81', '7.35']);
  });

  test('threshold must be positive', () => {
    expect(galat(() => stabilitasHarga(data, { ambang: 0 })).kode).toBe('NILAI_DI_LUAR_BATAS');
  });

  test('dasar "pengamatan" vs "harian": all observations, or the daily means over kab/kota', () => {
    const dua = bacaHargaHarian(
      [
        [jan(1), 'Cabai', 'kg', 'Kupang', 10],
        [jan(1), 'Cabai', 'kg', 'Ende', 14],
        [jan(2), 'Cabai', 'kg', 'Kupang', 12],
        [jan(2), 'Cabai', 'kg', 'Ende', 12],
        [jan(3), 'Cabai', 'kg', 'Kupang', 13],
      ],
      { tahun: 2021 },
    );
    const pengamatan = stabilitasHarga(dua).komoditas[0]!;
    const acuanPengamatan = naif([10, 14, 12, 12, 13], 'sampel');
    expect([s2(pengamatan.kv), s2(pengamatan.rataRata)]).toEqual([
      acuanPengamatan.kv.toDecimalPlaces(2).toFixed(2),
      acuanPengamatan.rata.toDecimalPlaces(2).toFixed(2),
    ]);
    // Daily means: 12, 12, 13 → p̄ 12,333…, S = √(((−1/3)² + (−1/3)² + (2/3)²) / 2) = √(1/3) = 0,57735 → KV 4,68.
    const harian = stabilitasHarga(dua, { dasar: 'harian' }).komoditas[0]!;
    expect([s2(harian.kv), s2(harian.rataRata), harian.jumlahData]).toEqual(['4.68', '12.33', 3]);
    expect(s2(harian.kv)).toBe(naif([12, 12, 13], 'sampel').kv.toDecimalPlaces(2).toFixed(2));
  });

  test('property: daily integer prices (fast float path below 2³¹, exact path above) → KV equals the naive definition', () => {
    const harga = fc.array(
      fc.oneof(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 99_999 }), fc.constant(2 ** 31 - 1)),
      { minLength: 2, maxLength: 40 },
    );
    fc.assert(
      fc.property(harga, fc.boolean(), (nilai, besar) => {
        const dipakai = besar ? [...nilai, 2 ** 33 + 7] : nilai;
        const data = bacaHargaHarian(
          dipakai.map((x, i) => [jan(1) + i, 'Cabai', 'kg', '', x]),
          { tahun: 2021 },
        );
        const k = stabilitasHarga(data).komoditas[0]!;
        const acuan = naif(dipakai, 'sampel');
        expect([s2(k.kv), s2(k.rataRata), s2(k.simpanganBaku)]).toEqual([
          acuan.kv.toDecimalPlaces(2).toFixed(2),
          acuan.rata.toDecimalPlaces(2).toFixed(2),
          acuan.s.toDecimalPlaces(2).toFixed(2),
        ]);
      }),
      { numRuns: 60 },
    );
  });

  test('daily means with unequal kab/kota counts stay exact (common scale lcm of the counts)', () => {
    const tiga = bacaHargaHarian(
      [
        [jan(1), 'Ikan', 'kg', 'A', 10],
        [jan(1), 'Ikan', 'kg', 'B', 11],
        [jan(1), 'Ikan', 'kg', 'C', 11],
        [jan(2), 'Ikan', 'kg', 'A', 12],
        [jan(2), 'Ikan', 'kg', 'B', 13],
        [jan(3), 'Ikan', 'kg', 'A', 15],
      ],
      { tahun: 2021 },
    );
    // Daily means 32/3, 25/2, 15.
    const harian = stabilitasHarga(tiga, { dasar: 'harian' }).komoditas[0]!;
    const rataHarian = [new Desimal(32).div(3), new Desimal(25).div(2), new Desimal(15)];
    const p = rataHarian.reduce((a, b) => a.plus(b), new Desimal(0)).div(3);
    const sd = rataHarian
      .reduce((a, b) => a.plus(b.minus(p).pow(2)), new Desimal(0))
      .div(2)
      .sqrt();
    expect(s2(harian.kv)).toBe(sd.div(p).times(100).toDecimalPlaces(2).toFixed(2));
    expect(s2(harian.rataRata)).toBe(p.toDecimalPlaces(2).toFixed(2));
  });
});
