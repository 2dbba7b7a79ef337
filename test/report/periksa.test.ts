/**
 * The Verifikasi checks one by one on small workbooks: input hygiene, printed-vs-recomputed with the
 * rounding tolerance, budget checks, and the indicator checks that the document data does not trigger.
 */
import { Desimal } from '../../src/core';
import { TOLERANSI_PEMBULATAN, bandingkanTertulis, jalankanLaporan, type HasilJalankan, type Temuan } from '../../src/report';
import { pelanggaranModelLaporan } from '../../src/report/buku';
import { bukuKerjaKecil, type IndikatorKecil } from './bantu';
import type { PortMemori } from './portMemori';

const ids = (h: HasilJalankan) => h.temuan.map((m) => m.id);
const temuan = (h: HasilJalankan, id: string): Temuan => {
  const m = h.temuan.find((t) => t.id === id);
  if (!m) throw new Error(`temuan ${id} tidak ada; ada: ${ids(h).join(', ')}`);
  return m;
};

async function jalankan(indikator: readonly IndikatorKecil[], tambahan?: (port: PortMemori, akhir: number) => void) {
  const port = bukuKerjaKecil(indikator, tambahan);
  const hasil = await jalankanLaporan(port);
  expect(hasil.status).toBe('ditulis');
  expect(port.tulisan.map(pelanggaranModelLaporan)).toEqual([[], [], []]);
  return { port, hasil };
}

describe('rounding tolerance: |tertulis − dihitung| ≤ 0,05 poin persen → pembulatan', () => {
  test.each([
    ['10.29', '10.30', 'pembulatan'],
    ['55.86', '55.84', 'pembulatan'],
    ['12.81', '12.76', 'pembulatan'],
    ['12.82', '12.76', 'beda'],
    ['88.64', '88.64', 'sama'],
    ['88.6363', '88.64', 'sama'],
  ])('tertulis %s vs dihitung %s → %s', (t, d, hasil) => {
    expect(bandingkanTertulis(new Desimal(t), new Desimal(d)).hasil).toBe(hasil);
  });

  test('the tolerance is 0,05', () => {
    expect(TOLERANSI_PEMBULATAN.toString()).toBe('0.05');
  });
});

describe('indicator checks', () => {
  test('printed capaian: rounding → info, larger → galat, Excel ×100 percent → galat with a hint', async () => {
    const { hasil } = await jalankan(
      [
        { nama: 'A', target: 50, realisasi: 44.32 },
        { nama: 'B', target: 40, realisasi: 20 },
        { nama: 'C', target: 1.12, realisasi: 1.08 },
        { nama: 'D', target: 50, realisasi: 11.43 },
      ],
      (p, akhir) => {
        p.isi('Data', 'F2', [[88.6], [55], [0.9643], ['22,86 %']]).namai('LKIP_Capaian_Tertulis', 'Data', `F2:F${akhir}`);
      },
    );
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:a')).toMatchObject({ tingkat: 'info', lembar: 'Data', alamat: 'F2' });
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:a').pesan).toBe(
      'Capaian "A": tertulis 88,60%, dihitung ulang 88,64% (44,32 / 50 × 100% = 88,64%); selisih 0,04 poin persen ≤ 0,05: pembulatan.',
    );
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:b').tingkat).toBe('galat');
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:b').pesan).toContain('selisih 5 poin persen melebihi toleransi pembulatan 0,05');
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:c').pesan).toContain('format persen Excel');
    expect(ids(hasil)).not.toContain('CAPAIAN-TERTULIS:d'); // printed text "22,86 %" equals 22,86
  });

  test('negative polarity: (2 × 10 − 8) / 10 × 100% = 120% → dihitung 100%', async () => {
    const { hasil } = await jalankan([{ nama: 'Angka pengaduan', target: 10, realisasi: 8 }], (p, akhir) => {
      p.isi('Data', 'F2', [['negatif']]).namai('LKIP_Polaritas', 'Data', `F2:F${akhir}`);
    });
    expect(hasil.json!.indikator[0]!.keterangan).toBe('(2 × 10 − 8) / 10 × 100% = 120% → dihitung 100% (melebihi target)');
    expect(temuan(hasil, 'DIBATASI:angka-pengaduan').pesan).toContain('nilai sebelum batas 120%');
  });

  test('hygiene: numbers as text, blank name, blank target, duplicates, unreadable values', async () => {
    const { hasil, port } = await jalankan([
      { nama: 'Teks', target: '50', realisasi: '44,32' },
      { nama: null, target: 10, realisasi: 5 },
      { nama: 'Tanpa target', target: null, realisasi: 5 },
      { nama: 'Ganda', target: 10, realisasi: 5 },
      { nama: 'ganda', target: 10, realisasi: 6 },
      { nama: 'Rusak', target: 10, realisasi: 'lima' },
      { nama: 'Nol', target: 0, realisasi: 5 },
    ]);
    expect(hasil.json!.indikator[0]!.capaian).toBe(88.64); // text numbers are still read
    expect(temuan(hasil, 'TEKS-ANGKA:LKIP_Target:teks')).toMatchObject({ tingkat: 'peringatan', alamat: 'C2' });
    expect(temuan(hasil, 'TEKS-ANGKA:LKIP_Realisasi:teks')).toMatchObject({ tingkat: 'peringatan', alamat: 'D2' });
    expect(temuan(hasil, 'NAMA-KOSONG:indikator-tanpa-nama')).toMatchObject({ tingkat: 'peringatan', alamat: 'B3' });
    expect(temuan(hasil, 'TARGET-KOSONG:tanpa-target')).toMatchObject({ tingkat: 'peringatan', alamat: 'C4' });
    expect(temuan(hasil, 'NAMA-GANDA:ganda~2')).toMatchObject({ tingkat: 'peringatan', alamat: 'B6' });
    expect(temuan(hasil, 'NAMA-GANDA:ganda~2').pesan).toContain('LKIP_Indikator baris 4');
    expect(temuan(hasil, 'NILAI-TIDAK-TERBACA:LKIP_Realisasi:rusak')).toMatchObject({ tingkat: 'galat', alamat: 'D7' });
    expect(temuan(hasil, 'CAPAIAN-GALAT:nol')).toMatchObject({ tingkat: 'galat', alamat: 'C8' });
    expect(hasil.json!.indikator.map((i) => i.capaian)).toEqual([88.64, 50, null, 50, 60, null, null]);
    const model = port.modelTerakhir('Laporan LKIP')!;
    expect(model.nilai.find((b) => b[1] === 'Rusak')![5]).toBe('tidak dapat dihitung');
    expect(model.nilai.find((b) => b[1] === '(indikator tanpa nama)')![5]).toBe(50);
    // the average covers the 4 computed indicators: (88,64 + 50 + 50 + 60) / 4 = 62,16
    expect(hasil.json!.rata_rata_capaian).toBe(62.16);
    expect(hasil.temuan.map((m) => m.tingkat)).toEqual(
      [...hasil.temuan.map((m) => m.tingkat)].sort((a, b) => 'gpi'.indexOf(a[0]!) - 'gpi'.indexOf(b[0]!)),
    );
  });

  test('unknown polaritas / metode → galat, the indicator is not computed', async () => {
    const { hasil } = await jalankan([{ nama: 'X', target: 10, realisasi: 5 }], (p, akhir) => {
      p.isi('Data', 'F2', [['ke atas']]).namai('LKIP_Polaritas', 'Data', `F2:F${akhir}`);
      p.isi('Data', 'G2', [['median']]).namai('LKIP_Metode', 'Data', `G2:G${akhir}`);
    });
    expect(ids(hasil)).toEqual(['PILIHAN-TIDAK-DIKENAL:LKIP_Polaritas:x', 'PILIHAN-TIDAK-DIKENAL:LKIP_Metode:x']);
    expect(hasil.json!.indikator[0]!.capaian).toBeNull();
  });
});

describe('price list checks', () => {
  const hargaKecil =
    (baris: unknown[][], namaInflasi = false) =>
    (p: PortMemori, akhir: number) => {
      p.isi('Harga', 'A1', [['Nama', 'Satuan', 'Harga 2020', 'Harga 2021', 'Tertulis'], ...(baris as never[][])]);
      p.namai('LKIP_Harga_Pokok', 'Harga', `A1:E${baris.length + 1}`);
      if (namaInflasi) p.isi('Data', 'G2', [['inflasi']]).namai('LKIP_Metode', 'Data', `G2:G${akhir}`);
    };

  test('negative price, zero last-year price, blank price, printed % far off', async () => {
    const { hasil } = await jalankan(
      [{ nama: 'Kenaikan harga', target: 10, realisasi: 5 }],
      hargaKecil([
        ['Beras', 'kg', 10000, 11000, 10],
        ['Gula', 'kg', -1, 14000, null],
        ['Garam', 'kg', 0, 10000, null],
        ['Telur', 'kg', 47000, null, null],
        ['Susu', 'kg', 28000, 32285, 15.1],
      ]),
    );
    expect(temuan(hasil, 'HARGA-NEGATIF:lkip-harga-pokok:gula')).toMatchObject({
      tingkat: 'galat',
      lembar: 'Harga',
      alamat: 'C3',
    });
    expect(temuan(hasil, 'HARGA-LALU-NOL:lkip-harga-pokok:garam')).toMatchObject({ tingkat: 'galat', alamat: 'C4' });
    expect(temuan(hasil, 'HARGA-KOSONG:lkip-harga-pokok:telur')).toMatchObject({ tingkat: 'galat', alamat: 'D5' });
    // (32.285 − 28.000) / 28.000 = 15,30 vs printed 15,10
    expect(temuan(hasil, 'HARGA-TERTULIS:lkip-harga-pokok:susu')).toMatchObject({ tingkat: 'galat', alamat: 'E6' });
    // the mean covers the two computable rows: (10 + 15,30) / 2 = 12,65
    expect(hasil.json!.harga).toEqual([{ grup: 'Pokok', rata_rata: 12.65 }]);
  });

  test('a price-rise realisasi that differs from the price lists → peringatan', async () => {
    const { hasil } = await jalankan(
      [{ nama: 'Kenaikan harga', target: 10, realisasi: 20 }],
      hargaKecil([['Beras', 'kg', 10000, 11000, null]], true),
    );
    expect(temuan(hasil, 'INFLASI-BEDA:kenaikan-harga').pesan).toContain(
      '20 berbeda dengan kenaikan harga gabungan dari daftar harga 10',
    );
    expect(hasil.json!.indikator[0]!.capaian).toBe(75); // the workbook's realisasi stands: 20 → 75
  });

  test('header rows are detected: two header rows, or years as numbers under a "Satuan" header', async () => {
    const { hasil } = await jalankan([{ nama: 'X', target: 10, realisasi: 5 }], (p) => {
      p.isi('Harga', 'A1', [
        ['Barang Penting', 'Satuan', 'Tahun', null],
        [null, null, 2020, 2021],
        ['Semen', 'kg', 44650, 42439],
      ]);
      p.namai('LKIP_Harga_Penting', 'Harga', 'A1:D3');
      p.isi('Harga', 'A10', [
        ['Nama', 'Satuan', 2020, 2021],
        ['Paku', 'kg', 12917, 19091],
      ]);
      p.namai('LKIP_Harga_Lain', 'Harga', 'A10:D11');
    });
    expect(hasil.json!.harga).toEqual([
      { grup: 'Penting', rata_rata: -4.95 },
      { grup: 'Lain', rata_rata: 47.8 },
    ]);
    expect(hasil.temuan).toEqual([]);
  });
});

describe('budget checks', () => {
  const anggaran = (baris: unknown[][]) => (p: PortMemori) => {
    p.isi('Anggaran', 'A1', [['Program', 'Pagu', 'Realisasi'], ...(baris as never[][])]);
    p.namai('LKIP_Anggaran', 'Anggaran', `A1:C${baris.length + 1}`);
  };

  test('realisasi above pagu, pagu 0 with realisasi, negative amount, a wrong printed total', async () => {
    const { hasil } = await jalankan(
      [{ nama: 'X', target: 10, realisasi: 5 }],
      anggaran([
        ['Program A', 1000000, 1200000],
        ['Program B', 0, 50000],
        ['Program C', -5, 0],
        ['Program D', 'Rp 2.000.000,-', '1.500.000'],
        ['Jumlah', 3000000, 'Rp 2.750.000,-'],
      ]),
    );
    expect(temuan(hasil, 'ANGGARAN-MELEBIHI-PAGU:lkip-anggaran:program-a')).toMatchObject({
      tingkat: 'peringatan',
      alamat: 'C2',
    });
    expect(temuan(hasil, 'ANGGARAN-PAGU-NOL:lkip-anggaran:program-b')).toMatchObject({ tingkat: 'peringatan', alamat: 'C3' });
    expect(temuan(hasil, 'ANGGARAN-NEGATIF:lkip-anggaran:program-c:pagu')).toMatchObject({ tingkat: 'galat', alamat: 'B4' });
    expect(temuan(hasil, 'TEKS-ANGKA:LKIP_Anggaran:program-d:pagu')).toMatchObject({ tingkat: 'peringatan', alamat: 'B5' });
    // rows A, B, D: pagu 3.000.000 (as printed), realisasi 1.200.000 + 50.000 + 1.500.000 = 2.750.000 (as printed)
    expect(ids(hasil).filter((i) => i!.startsWith('ANGGARAN-TOTAL'))).toEqual([]);
    expect(hasil.json!.anggaran).toEqual({ pagu: 3000000, realisasi: 2750000, serapan: 91.67 });
  });

  test('a printed total that differs from the sum is a galat with the difference', async () => {
    const { hasil } = await jalankan(
      [{ nama: 'X', target: 10, realisasi: 5 }],
      anggaran([
        ['Program A', 1000000, 900000],
        ['Program B', 500000, 400000],
        ['Total :', 1500000, 1200000],
      ]),
    );
    const t = temuan(hasil, 'ANGGARAN-TOTAL:lkip-anggaran:total:realisasi');
    expect(t).toMatchObject({ tingkat: 'galat', lembar: 'Anggaran', alamat: 'C4', baris: 4 });
    expect(t.pesan).toBe(
      'LKIP_Anggaran: jumlah realisasi tertulis Rp 1.200.000 berbeda dengan jumlah 2 baris program Rp 1.300.000 (selisih Rp 100.000).',
    );
    expect(ids(hasil)).not.toContain('ANGGARAN-TOTAL:lkip-anggaran:total:pagu');
  });
});

describe('CAPAIAN-TERTULIS: which rule the print follows (issue 14)', () => {
  /** Indicators, their printed capaian (column F), polarities (column G) and an optional LKIP_Batas (H1). */
  async function cetak(indikator: readonly IndikatorKecil[], tertulis: unknown[], polaritas?: unknown[], batas?: unknown) {
    return jalankan(indikator, (p, akhir) => {
      p.isi(
        'Data',
        'F2',
        tertulis.map((t) => [t as never]),
      ).namai('LKIP_Capaian_Tertulis', 'Data', `F2:F${akhir}`);
      if (polaritas)
        p.isi(
          'Data',
          'G2',
          polaritas.map((x) => [x as never]),
        ).namai('LKIP_Polaritas', 'Data', `G2:G${akhir}`);
      if (batas !== undefined) p.isi('Data', 'H1', [[batas as never]]).namai('LKIP_Batas', 'Data', 'H1');
    });
  }

  test('issue 14 (LKjIP print): 90,83 / 65 printed 139,73, LKIP_Batas tanpa → info "dipotong", not "pembulatan"', async () => {
    const { hasil } = await cetak([{ nama: 'Potong', target: 65, realisasi: 90.83 }], [139.73], undefined, 'tanpa');
    const t = temuan(hasil, 'CAPAIAN-TERTULIS:potong');
    expect(t.tingkat).toBe('info');
    expect(t.pesan).toBe(
      'Capaian "Potong": tertulis 139,73%, dihitung ulang 139,74% (90,83 / 65 × 100% = 139,74%); angka tertulis mengikuti aturan lain: ' +
        'dipotong ke 2 desimal, bukan dibulatkan setengah ke atas (90,83 / 65 × 100% = 139,7384…% → dipotong 2 desimal 139,73%). ' +
        'Laporan memakai pembulatan setengah ke atas, 2 desimal.',
    );
  });

  test('the same print under the default cap: peringatan naming both "dipotong" and "tanpa batas" (LKIP_Batas)', async () => {
    const { hasil } = await cetak([{ nama: 'Potong', target: 65, realisasi: 90.83 }], [139.73]);
    const t = temuan(hasil, 'CAPAIAN-TERTULIS:potong');
    expect(t.tingkat).toBe('peringatan');
    expect(t.pesan).toContain(
      'angka tertulis mengikuti aturan lain: dipotong ke 2 desimal, bukan dibulatkan setengah ke atas; tanpa batas capaian (buku kerja: batas 100%, LKIP_Batas)',
    );
    expect(t.pesan).toContain('sesuaikan pengaturannya');
  });

  test('uncapped and capped prints: 98,13 / 54,70 printed 179,40 (workbook caps) and 100 (workbook: tanpa)', async () => {
    const dibatasi = await cetak([{ nama: 'Lebih', target: 54.7, realisasi: 98.13 }], [179.4]);
    expect(temuan(dibatasi.hasil, 'CAPAIAN-TERTULIS:lebih')).toMatchObject({ tingkat: 'peringatan' });
    expect(temuan(dibatasi.hasil, 'CAPAIAN-TERTULIS:lebih').pesan).toContain(
      'tanpa batas capaian (buku kerja: batas 100%, LKIP_Batas)',
    );
    const tanpa = await cetak([{ nama: 'Lebih', target: 54.7, realisasi: 98.13 }], [100], undefined, 'tanpa');
    expect(temuan(tanpa.hasil, 'CAPAIAN-TERTULIS:lebih').pesan).toContain('dibatasi 100% (buku kerja: tanpa batas, LKIP_Batas)');
  });

  test('Kab. Manggarai Timur LKjIP 2019: AKB 9,20 / 9,53 printed 96,54 under "negatif" → names negatif-rasio', async () => {
    const { hasil } = await cetak([{ nama: 'AKB', target: 9.2, realisasi: 9.53 }], [96.54], ['negatif']);
    const t = temuan(hasil, 'CAPAIAN-TERTULIS:akb');
    expect(t.tingkat).toBe('peringatan');
    expect(t.pesan).toContain('dihitung ulang 96,41% ((2 × 9,20 − 9,53) / 9,20 × 100% = 96,41%)');
    expect(t.pesan).toContain(
      'rumus polaritas "negatif-rasio" (target / realisasi), bukan "negatif" ((2 × target − realisasi) / target; LKIP_Polaritas) (9,20 / 9,53 × 100% = 96,5372…%)',
    );
  });

  test('Prov. Lampung LKj 2015: API malaria 0,35 / 0,43 printed 77,14 under "negatif-rasio" → names negatif', async () => {
    const { hasil } = await cetak([{ nama: 'API malaria', target: 0.35, realisasi: 0.43 }], [77.14], ['negatif-rasio']);
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:api-malaria').pesan).toContain(
      'rumus polaritas "negatif" ((2 × target − realisasi) / target), bukan "negatif-rasio"',
    );
  });

  test('rounded to whole numbers: 44,32 / 50 printed 89 → info "dibulatkan ke bilangan bulat"', async () => {
    const { hasil } = await cetak([{ nama: 'Bulat', target: 50, realisasi: 44.32 }], [89]);
    const t = temuan(hasil, 'CAPAIAN-TERTULIS:bulat');
    expect(t.tingkat).toBe('info');
    expect(t.pesan).toContain(
      'aturan lain: dibulatkan ke bilangan bulat (44,32 / 50 × 100% = 88,64% → dibulatkan ke bilangan bulat 89%)',
    );
  });

  test('no rule explains it: stays a galat (40 / 20 printed 55), and a small unexplained difference stays "pembulatan"', async () => {
    const { hasil } = await cetak(
      [
        { nama: 'Beda', target: 40, realisasi: 20 },
        { nama: 'Dekat', target: 50, realisasi: 44.32 },
      ],
      [55, 88.6],
    );
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:beda').tingkat).toBe('galat');
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:beda').pesan).not.toContain('aturan lain');
    expect(temuan(hasil, 'CAPAIAN-TERTULIS:dekat').pesan).toMatch(/pembulatan\.$/);
  });
});

describe('the first data row is a header only when it looks like one (issue 17)', () => {
  test.each(['10.950 Rp', 'sebelas ribu', '#DIV/0!', '11,897,548,816'])(
    'price list: %s in the first row is NILAI-TIDAK-TERBACA, the row is not dropped',
    async (buruk) => {
      const { hasil } = await jalankan([{ nama: 'X', target: 10, realisasi: 5 }], (p) => {
        p.isi('Harga', 'A1', [
          ['Beras', 'kg', buruk, 11000],
          ['Gula', 'kg', 13000, 14000],
          ['Minyak', 'liter', 15000, 16500],
        ]);
        p.namai('LKIP_Harga_Pokok', 'Harga', 'A1:D3');
      });
      const id = hasil.temuan.map((t) => t.id ?? '');
      expect(id.some((i) => i.startsWith('NILAI-TIDAK-TERBACA:LKIP_Harga_Pokok:beras'))).toBe(true);
      expect(hasil.temuan.find((t) => t.id?.startsWith('NILAI-TIDAK-TERBACA'))!.alamat).toBe('C1');
    },
  );

  test.each<string | number>(['sebelas ribu', '#DIV/0!', '11,897,548,816', 1e300])(
    'budget: %s as the first pagu is NILAI-TIDAK-TERBACA at B1',
    async (buruk) => {
      const { hasil } = await jalankan([{ nama: 'X', target: 10, realisasi: 5 }], (p) => {
        p.isi('Anggaran', 'A1', [
          ['Program Perdagangan', buruk, 900],
          ['Program Industri', 2000, 1500],
        ]);
        p.namai('LKIP_Anggaran', 'Anggaran', 'A1:C2');
      });
      const t = hasil.temuan.find((x) => x.id?.startsWith('NILAI-TIDAK-TERBACA'));
      expect(t?.alamat).toBe('B1');
    },
  );
});

describe('names of any script: unique, stable IDs; hidden duplicates are NAMA-GANDA (issue 17)', () => {
  test('two different Javanese-script names get different IDs; a case/space/NFKC variant of a name is NAMA-GANDA', async () => {
    const { hasil } = await jalankan([
      { nama: 'ꦥꦼꦂꦱꦺꦤ꧀ꦠꦱꦺ', target: 10, realisasi: 0 },
      { nama: 'ꦢꦠꦱꦮꦭ', target: 10, realisasi: 0 },
      { nama: 'Cakupan Layanan', target: 10, realisasi: 5 },
      { nama: '  cakupan   LAYANAN ', target: 10, realisasi: 5 },
      { nama: 'Ｅｋｓｐｏｒ 日本', target: 10, realisasi: 5 },
      { nama: 'ekspor 日本', target: 10, realisasi: 5 },
    ]);
    const id = hasil.temuan.map((t) => t.id ?? '');
    expect(new Set(id).size).toBe(id.length);
    expect(id.filter((i) => i.includes('tanpa-nama'))).toEqual([]);
    const ganda = hasil.temuan.filter((t) => t.id?.startsWith('NAMA-GANDA:')).map((t) => t.baris);
    expect(ganda).toEqual([4, 6]);
  });
});
