/**
 * Golden tests: the source document's own figures (LKIP Disperindag NTT 2021, BAB III),
 * transcribed in test/fixtures/lkip-ntt-2021.json (a copy of the shared transcription).
 */
import { harus } from '../sempit';
import {
  Desimal,
  hitungCapaian,
  kategori,
  kenaikanHargaDaftar,
  kenaikanHargaGabungan,
  capaianInflasi,
  hasilCapaianInflasi,
  pertumbuhan,
  persentase,
  serapan,
  serapanTotal,
  rataRataCapaian,
  bacaRupiah,
  SKALA_TABEL_3_1,
  type HasilCapaian,
} from '../../src/core';
import dokumen from '../fixtures/lkip-ntt-2021.json';

const d = (x: string | number) => new Desimal(x);
const s = (x: Desimal | null | undefined) => (x === null || x === undefined ? 'null' : x.toFixed(2));

type Indikator = (typeof dokumen.indikator)[number];

function capaianIndikator(ind: Indikator): HasilCapaian {
  if ('metode_capaian' in ind && ind.metode_capaian) {
    // Indicator 2/3: the price-rise indicator goes through the step scale of Tabel 3.7.
    return hasilCapaianInflasi(ind.realisasi as number);
  }
  return hitungCapaian(ind.target as number | string, ind.realisasi as number | null);
}

describe('Tabel 3.2: capaian of every indicator', () => {
  const diukur = dokumen.indikator.filter((i) => i.no_tabel_3_2 !== null);

  test.each(diukur.map((i) => [i.no_tabel_3_2, i.nama, i] as const))('indikator %s (%s)', (_no, _nama, ind) => {
    const hasil = capaianIndikator(ind);
    expect(hasil.status).toBe('diukur');
    if (hasil.status !== 'diukur') return;
    expect(s(hasil.nilai)).toBe(d(ind.capaian_tertulis as number).toFixed(2));
    if ('capaian_sebelum_batas' in ind && ind.capaian_sebelum_batas) {
      expect(s(hasil.nilaiSebelumBatas)).toBe(d(ind.capaian_sebelum_batas).toFixed(2));
      expect(hasil.dibatasi).toBe(true);
    }
  });

  test('179,40 → 100 with the derivation in the document notation', () => {
    const h = hitungCapaian(54.7, 98.13);
    expect(harus(h, 'status', 'diukur').derivasi).toBe('98,13 / 54,70 × 100% = 179,40% → dihitung 100% (melebihi target)');
  });

  test('323,10 → 100', () => {
    const h = hitungCapaian(10, 32.31);
    expect([s(harus(h, 'status', 'diukur').nilai), s(harus(h, 'status', 'diukur').nilaiSebelumBatas)]).toEqual([
      '100.00',
      '323.10',
    ]);
  });

  test('target NA → 100 (the document: "dapat dianggap telah berhasil 100%")', () => {
    const h = hitungCapaian('NA', 8.82);
    expect([
      s(harus(h, 'status', 'diukur').nilai),
      harus(h, 'status', 'diukur').targetNA,
      harus(h, 'status', 'diukur').derivasi,
    ]).toEqual(['100.00', true, 'target NA → dianggap tercapai 100%']);
  });

  test('44,32 / 50 = 88,64', () => {
    const h = hitungCapaian(50, 44.32);
    expect(harus(h, 'status', 'diukur').derivasi).toBe('44,32 / 50 × 100% = 88,64%');
  });

  test('indikator 7: capaian 96,43 comes from the published realisasi 1,08, not from 1,0787', () => {
    const realisasi = pertumbuhan(1593, 1576);
    expect(s(realisasi.nilai)).toBe('1.08');
    const unrounded = ((1593 - 1576) / 1576) * 100; // 1.0786802..., as a spreadsheet cell would hold it
    const h = hitungCapaian(1.12, unrounded);
    expect(s(harus(h, 'status', 'diukur').nilai)).toBe('96.43');
    // Without the chaining rule the result would be 96,31.
    expect(s(d(unrounded).div(1.12).times(100).toDecimalPlaces(2))).toBe('96.31');
  });

  test('the two performance-agreement indicators without realisasi are "tidak diukur"', () => {
    const tidak = dokumen.indikator.filter((i) => i.no_tabel_3_2 === null).map((i) => capaianIndikator(i));
    expect(tidak.map((h) => h.status)).toEqual(['tidak_diukur', 'tidak_diukur']);
  });

  test('rata-rata capaian 81,44 → Berhasil, covering 9 of the 11 indicators', () => {
    const daftar = dokumen.indikator.map((i) => ({ nama: i.nama, hasil: capaianIndikator(i) }));
    const r = rataRataCapaian(daftar);
    expect(s(r.nilai)).toBe(d(dokumen.rata_rata_capaian_tertulis).toFixed(2));
    expect(r.jumlahDiukur).toBe(9);
    expect(r.dikecualikan.map((x) => x.indeks + 1)).toEqual([2, 8]);
    expect(kategori(r.nilai!, SKALA_TABEL_3_1)).toBe(dokumen.kategori_tertulis);
  });
});

describe('realisations from counts (BAB III worked examples)', () => {
  test.each([
    [39, 88, '44.32', '39 / 88 × 100% = 44,32%'],
    [157, 160, '98.13', '157 / 160 × 100% = 98,13%'],
    [3, 34, '8.82', '3 / 34 × 100% = 8,82%'],
    [4, 35, '11.43', '4 / 35 × 100% = 11,43%'],
    [21, 65, '32.31', '21 / 65 × 100% = 32,31%'],
  ])('persentase(%s, %s) = %s', (bagian, total, nilai, derivasi) => {
    const h = persentase(bagian, total);
    expect([s(h.nilai), h.derivasi]).toEqual([nilai, derivasi]);
  });

  test.each([
    [7, 6, '16.67', '(7 − 6) / 6 × 100% = 16,67%'],
    [1593, 1576, '1.08', '(1.593 − 1.576) / 1.576 × 100% = 1,08%'],
  ])('pertumbuhan(%s, %s) = %s', (kini, lalu, nilai, derivasi) => {
    const h = pertumbuhan(kini, lalu);
    expect([s(h.nilai), h.derivasi]).toEqual([nilai, derivasi]);
  });
});

describe('Tabel 3.5 and 3.6: price lists', () => {
  // Printed percentages that differ from the recomputation because the printed prices are rounded averages.
  const bedaPembulatan: Record<string, string> = { 'Minyak Goreng': '10.30', 'Tepung Terigu': '18.16', 'Pupuk Subsidi': '55.84' };
  // Printed selisih that differ by one Rupiah for the same reason.
  const bedaSelisih: Record<string, number> = { 'Gula Pasir': -2250, 'Kayu Papan': -9187, Paku: 6174 };

  for (const [grup, tabel] of Object.entries(dokumen.harga).filter(([k]) => k !== 'gabungan_tertulis') as [
    string,
    typeof dokumen.harga.pokok,
  ][]) {
    describe(`${tabel.sumber} (${grup})`, () => {
      const hasil = kenaikanHargaDaftar(
        tabel.baris.map((b) => b.harga_2020),
        tabel.baris.map((b) => b.harga_2021),
      );
      test.each(tabel.baris.map((b, i) => [b.nama, b, i] as const))('%s', (nama, b, i) => {
        const baris = hasil.baris[i]!;
        const persenDiharapkan = bedaPembulatan[nama] ?? d(b.persen_tertulis).toFixed(2);
        expect(s(baris.persen)).toBe(persenDiharapkan);
        expect(baris.selisih.toNumber()).toBe(bedaSelisih[nama] ?? b.selisih_tertulis);
      });
      test(`mean = ${tabel.rata_rata_tertulis}`, () => {
        expect(s(hasil.rataRata.nilai)).toBe(d(tabel.rata_rata_tertulis).toFixed(2));
      });
    });
  }

  test('combined 19,77 from the published means (unrounded means would give 19,76) → capaian 75', () => {
    const g = kenaikanHargaGabungan([d(dokumen.harga.pokok.rata_rata_tertulis), d(dokumen.harga.penting.rata_rata_tertulis)]);
    expect(s(g.nilai)).toBe(d(dokumen.harga.gabungan_tertulis).toFixed(2));
    expect(g.derivasi).toBe('(12,76 + 26,77) / 2 = 19,77');
    const c = capaianInflasi(g.nilai);
    expect([c.capaian.toNumber(), c.label, c.derivasi]).toEqual([75, 'Berhasil', '19,77 → skala inflasi 10% < X ≤ 30% → 75%']);
    const unroundedMean = d('12.75782608695652173913').plus('26.76888888888888888889').div(2);
    expect(unroundedMean.toDecimalPlaces(2).toFixed(2)).toBe('19.76');
  });
});

describe('Tabel 3.22 and 3.24: serapan', () => {
  const tabel = [
    [
      'APBD (Tabel 3.22)',
      dokumen.anggaran.apbd.program.map((p) => ({ ...p, tertulis: p.keu_persen_tertulis })),
      dokumen.anggaran.apbd.total_keu_persen_tertulis,
    ],
    [
      'APBN (Tabel 3.24)',
      dokumen.anggaran.apbn.program.map((p) => ({ ...p, tertulis: p.persen_tertulis })),
      dokumen.anggaran.apbn.total_persen_tertulis,
    ],
  ] as const;
  for (const [nama, program, total] of tabel) {
    test.each(program.map((p) => [p.program, p] as const))(`${nama}: %s`, (_n, p) => {
      const h = serapan(p.pagu, p.realisasi);
      if (p.pagu === 0) expect(h.status).toBe('tidak_ada_pagu');
      else expect(s(harus(h, 'status', 'ada_pagu').nilai)).toBe(d(p.tertulis).toFixed(2));
    });
    test(`${nama}: total ${total}`, () => {
      const h = serapanTotal(
        program.map((p) => ({ pagu: bacaRupiah(p.pagu, 'pagu'), realisasi: bacaRupiah(p.realisasi, 'realisasi') })),
      );
      expect(s(harus(h, 'status', 'ada_pagu').nilai)).toBe(d(total).toFixed(2));
    });
  }
  test('APBD total pagu 13.519.650.516 and realisasi 13.157.342.972', () => {
    const p = dokumen.anggaran.apbd.program;
    const h = serapanTotal(p.map((x) => ({ pagu: d(x.pagu), realisasi: d(x.realisasi) })));
    expect([h.pagu.toFixed(0), h.realisasi.toFixed(0)]).toEqual([
      String(dokumen.anggaran.apbd.total_pagu_tertulis),
      String(dokumen.anggaran.apbd.total_realisasi_tertulis_di_teks),
    ]);
  });
});
