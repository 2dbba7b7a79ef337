import {
  kategori,
  buatSkala,
  presetSkala,
  SKALA_TABEL_3_1,
  SKALA_LIMA_TINGKAT,
  capaianInflasi,
  buatSkalaInflasi,
  Desimal,
  GalatLkip,
} from '../../src/core';

const d = (x: string | number) => new Desimal(x);

describe('Tabel 3.1 boundaries (inclusive at the lower bound)', () => {
  test.each([
    ['100', 'Sangat Berhasil'],
    ['85.01', 'Sangat Berhasil'],
    ['85', 'Sangat Berhasil'],
    ['84.99', 'Berhasil'],
    ['75', 'Berhasil'],
    ['74.99', 'Cukup Berhasil'],
    ['55', 'Cukup Berhasil'],
    ['54.99', 'Belum Berhasil'],
    ['0', 'Belum Berhasil'],
    ['81.44', 'Berhasil'],
  ])('%s → %s', (x, label) => {
    expect(kategori(d(x), SKALA_TABEL_3_1)).toBe(label);
  });
});

describe('five-level scale boundaries', () => {
  test.each([
    ['91', 'Sangat Tinggi'],
    ['90.99', 'Tinggi'],
    ['76', 'Tinggi'],
    ['75.99', 'Sedang'],
    ['66', 'Sedang'],
    ['65.99', 'Rendah'],
    ['51', 'Rendah'],
    ['50.99', 'Sangat Rendah'],
  ])('%s → %s', (x, label) => {
    expect(kategori(d(x), SKALA_LIMA_TINGKAT)).toBe(label);
  });
});

describe('presets and custom scales', () => {
  test('preset names', () => {
    expect(presetSkala('tabel-3.1')).toBe(SKALA_TABEL_3_1);
    expect(presetSkala(null)).toBe(SKALA_TABEL_3_1);
    expect(presetSkala('Lima Tingkat')).toBe(SKALA_LIMA_TINGKAT);
    expect(presetSkala('5')).toBe(SKALA_LIMA_TINGKAT);
    expect(() => presetSkala('tujuh')).toThrow(GalatLkip);
  });
  test('a custom list in any order, with an open bottom level', () => {
    const s = buatSkala([
      [null, 'Kurang'],
      [90, 'Baik Sekali'],
      ['70', 'Baik'],
    ]);
    expect(s.map((t) => t.label)).toEqual(['Baik Sekali', 'Baik', 'Kurang']);
    expect(kategori(d(89.99), s)).toBe('Baik');
    expect(kategori(d(10), s)).toBe('Kurang');
  });
  test('a custom list without an open level rejects values below its lowest bound', () => {
    const s = buatSkala([
      [50, 'Cukup'],
      [80, 'Baik'],
    ]);
    expect(() => kategori(d(49), s)).toThrow(/batas terendah/);
  });
  test.each([
    [[], /tidak memiliki tingkat/],
    [[[80, '']], /label/],
    [
      [
        [80, 'A'],
        [80, 'B'],
      ],
      /sama/,
    ],
    [
      [
        [null, 'A'],
        ['', 'B'],
      ],
      /hanya satu/,
    ],
    [[['delapan', 'A']], /bukan angka/],
  ] as [unknown[][], RegExp][])('malformed scale %#', (baris, pesan) => {
    expect(() => buatSkala(baris as [unknown, unknown][])).toThrow(pesan);
  });
});

describe('Tabel 3.7 inflation step scale', () => {
  test.each([
    ['0', 100, 'X ≤ 10%'],
    ['10', 100, 'X ≤ 10%'],
    ['10.01', 75, '10% < X ≤ 30%'],
    ['19.77', 75, '10% < X ≤ 30%'],
    ['30', 75, '10% < X ≤ 30%'],
    ['30.01', 50, '30% < X ≤ 100%'],
    ['100', 50, '30% < X ≤ 100%'],
    ['100.01', 25, 'X > 100%'],
    ['-5', 100, 'X ≤ 10%'],
  ])('%s → %d (%s)', (x, c, rentang) => {
    const h = capaianInflasi(x.replace('.', ','));
    expect([h.capaian.toNumber(), h.rentang]).toEqual([c, rentang]);
  });
  test('a custom step scale', () => {
    const s = buatSkalaInflasi([
      [5, 100, 'Stabil'],
      [null, 50, 'Tidak stabil'],
    ]);
    expect(capaianInflasi(6, s).label).toBe('Tidak stabil');
  });
});
