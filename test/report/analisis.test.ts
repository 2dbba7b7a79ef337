/**
 * Issue 14's analysis tables (PermenPANRB 53/2014 BAB III) on real figures:
 *
 * - the bundled sample (LKIP Disperindag NTT 2021): capaian per sasaran of Tabel 2.7 and the efficiency of every
 *   indicator, computed BY HAND from the document's printed capaian (Tabel 3.2) and printed serapan (Tabel 3.22,
 *   "Keu %") of the programme Tabel 2.7 ties to it: capaian ÷ serapan × 100;
 * - BPOM PRKOM 2021 (named by the issue): capaian 99,92 %, serapan 94,00 % → 106,30 %, indeks 1,063, Efisien;
 * - the efficiency table never divides by zero (pagu 0, serapan 0, blanks, negative or unreadable amounts);
 * - several past years and the national standard, given the polarity (figures made up to show each rule).
 */
import { jalankanLaporan, type HasilJalankan, type LaporanJson } from '../../src/report';
import type { ModelLembar, NilaiSel } from '../../src/report/lembar';
import { NAMA_LEMBAR_LAPORAN } from '../../src/report/namaLembar';
import { pelanggaranModelLaporan } from '../../src/report/buku';
import { cariBaris, bukuKerjaKecil } from './bantu';
import type { PortMemori, SelMemori } from './portMemori';
import { bukuKerjaContoh } from './sebelumAnalisis/sidikJari';

async function jalankan(port: PortMemori): Promise<{ hasil: HasilJalankan; model: ModelLembar; json: LaporanJson }> {
  const hasil = await jalankanLaporan(port);
  expect(hasil.status).toBe('ditulis');
  return { hasil, model: port.modelTerakhir(NAMA_LEMBAR_LAPORAN)!, json: hasil.json! };
}

/** The rows of the table under a caption, up to the blank row after it (header first). */
function tabel(model: ModelLembar, judul: string): (readonly NilaiSel[])[] {
  const awal = model.nilai.findIndex((b) => typeof b[0] === 'string' && b[0].startsWith(judul));
  if (awal < 0) throw new Error(`tabel "${judul}" tidak ada`);
  const baris: (readonly NilaiSel[])[] = [];
  for (let i = awal + 1; i < model.nilai.length && model.nilai[i]!.some((v) => v !== null); i++) baris.push(model.nilai[i]!);
  return baris;
}

const adaTabel = (model: ModelLembar, judul: string) =>
  model.nilai.some((b) => typeof b[0] === 'string' && b[0].startsWith(judul));

/** Every number of a sheet is finite (no NaN, no Infinity) and no text looks like a spreadsheet error. */
function tanpaGalatSel(model: ModelLembar): void {
  for (const b of model.nilai) {
    for (const v of b) {
      if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      if (typeof v === 'string') expect(v).not.toMatch(/^#(DIV\/0!|VALUE!|N\/A|NUM!|REF!)|NaN|Infinity/);
    }
  }
}

describe('the sample (LKIP Disperindag NTT 2021) with LKIP_Sasaran, LKIP_Pagu, LKIP_Realisasi_Anggaran', () => {
  let model: ModelLembar;
  let json: LaporanJson;
  let hasil: HasilJalankan;
  beforeAll(async () => {
    ({ model, json, hasil } = await jalankan(bukuKerjaContoh()));
  });

  test('no problem reading the new names, and the sheet is well formed', () => {
    expect(hasil.masalah).toEqual([]);
    expect(pelanggaranModelLaporan(model)).toEqual([]);
    tanpaGalatSel(model);
  });

  test('Capaian per Sasaran Strategis, Tabel 2.7 sasaran: (88,64 + 75 + 100 + 50) / 4 = 78,41; (100 + 100) / 2; (96,43 + 22,86 + 100) / 3 = 73,10', () => {
    const t = tabel(model, 'Capaian per Sasaran Strategis');
    expect(t[0]!.slice(0, 6)).toEqual([
      'No',
      'Sasaran Strategis',
      'Indikator (No)',
      'Jumlah Diukur',
      'Rata-rata Capaian',
      'Kategori',
    ]);
    expect(t.slice(1).map((b) => b.slice(0, 6))).toEqual([
      [
        1,
        'Terjaganya kestabilan harga barang dan terciptanya diversifikasi pasar dan produk unggulan daerah',
        '1, 2, 3, 4, 7, 8',
        4,
        78.41,
        'Berhasil',
      ],
      [2, 'Meningkatnya perlindungan konsumen dan pengamanan perdagangan', '5, 6', 2, 100, 'Sangat Berhasil'],
      [
        3,
        'Menguatnya peran IKM dalam rantai nilai dan rantai pasok yang terintegrasi dengan industri besar',
        '9, 10, 11',
        3,
        73.1,
        'Cukup Berhasil',
      ],
      // the overall mean as in the capaian table (Tabel 3.2: 81,44 %, Berhasil)
      ['RATA-RATA CAPAIAN', null, null, 9, 81.44, 'Berhasil'],
    ]);
  });

  /**
   * [No, capaian (Tabel 3.2), serapan (Tabel 3.22 Keu % of the programme of Tabel 2.7), efisiensi, tingkat, kategori],
   * efisiensi worked by hand: 88,64 / 95,94 × 100 = 92,391… → 92,39; 75 / 99,80 = 75,150… → 75,15; 100 / 98,06 = 101,978… →
   * 101,98; 50 / 89,66 = 55,766… → 55,77; 96,43 / 88,46 = 109,009… → 109,01; 22,86 / 96,29 = 23,740… → 23,74;
   * 100 / 99,62 = 100,381… → 100,38.
   */
  const EFISIENSI_DOKUMEN = [
    [1, 88.64, 95.94, 92.39, -7.61, 'Tidak Efisien'],
    [2, 'tidak diukur', null, 'tidak dihitung', null, null], // programme "Peningkatan Sarana Distribusi Perdagangan": pagu 0
    [3, 75, 99.8, 75.15, -24.85, 'Tidak Efisien'],
    [4, 100, 100, 100, 0, 'Efisien'],
    [5, 100, 98.06, 101.98, 1.98, 'Efisien'],
    [6, 100, 98.06, 101.98, 1.98, 'Efisien'], // the same programme as PK 5
    [7, 50, 89.66, 55.77, -44.23, 'Tidak Efisien'],
    [8, 'tidak diukur', 89.66, 'tidak dihitung', null, null], // measured nowhere: refocusing
    [9, 96.43, 88.46, 109.01, 9.01, 'Efisien'],
    [10, 22.86, 96.29, 23.74, -76.26, 'Tidak Efisien'],
    [11, 100, 99.62, 100.38, 0.38, 'Efisien'],
  ];

  test('Efisiensi Penggunaan Sumber Daya: capaian (Tabel 3.2) ÷ serapan (Tabel 3.22) of every indicator, by hand', () => {
    const t = tabel(model, 'Efisiensi Penggunaan Sumber Daya');
    expect(t[0]!.slice(0, 7)).toEqual([
      'No',
      'Indikator Kinerja',
      'Capaian',
      'Serapan Anggaran',
      'Efisiensi',
      'Tingkat Efisiensi',
      'Kategori',
    ]);
    const baris = t.slice(1, 12);
    expect(baris.map((b) => [b[0], ...b.slice(2, 7)])).toEqual(EFISIENSI_DOKUMEN);
    expect(baris[1]![7]).toBe('tidak dihitung: pagu 0: tidak ada anggaran');
    expect(baris[7]![7]).toBe('tidak dihitung: capaian tidak diukur');
    expect(baris[0]![7]).toBe(
      'serapan 27.279.750 / 28.435.450 × 100% = 95,94%; efisiensi 88,64 / 95,94 × 100% = 92,39% (indeks 0,924)',
    );
    // the note counts them: 5 Efisien (PK 4, 5, 6, 9, 11), 4 Tidak Efisien, 2 not computed
    expect(t[12]![0]).toMatch(/9 indikator dihitung \(Efisien: 5, Tidak Efisien: 4\), 2 tidak dihitung\.$/);
  });

  test('runner JSON: efisiensi per indicator, sasaran, riwayat (2020 from LKIP_Realisasi_Lalu: NA), no national standard', () => {
    const pk = (no: number) => json.indikator[no - 1]!;
    expect(pk(1).efisiensi).toEqual({ serapan: 95.94, persen: 92.39, indeks: 0.924, kategori: 'Tidak Efisien' });
    expect(pk(9).efisiensi).toEqual({ serapan: 88.46, persen: 109.01, indeks: 1.09, kategori: 'Efisien' });
    expect([pk(2).efisiensi, pk(8).efisiensi]).toEqual([null, null]);
    expect(json.indikator.map((i) => i.efisiensi?.persen ?? null)).toEqual(
      EFISIENSI_DOKUMEN.map((e) => (typeof e[3] === 'number' ? e[3] : null)),
    );
    expect(pk(1).riwayat).toEqual([
      { tahun: 2020, realisasi: 'NA' },
      { tahun: 2021, realisasi: 44.32 },
    ]);
    expect([pk(1).standar_nasional, pk(1).banding_standar]).toEqual([null, null]);
    expect(json.sasaran).toEqual([
      {
        nama: 'Terjaganya kestabilan harga barang dan terciptanya diversifikasi pasar dan produk unggulan daerah',
        no_indikator: [1, 2, 3, 4, 7, 8],
        jumlah_diukur: 4,
        rata_rata_capaian: 78.41,
        kategori: 'Berhasil',
      },
      {
        nama: 'Meningkatnya perlindungan konsumen dan pengamanan perdagangan',
        no_indikator: [5, 6],
        jumlah_diukur: 2,
        rata_rata_capaian: 100,
        kategori: 'Sangat Berhasil',
      },
      {
        nama: 'Menguatnya peran IKM dalam rantai nilai dan rantai pasok yang terintegrasi dengan industri besar',
        no_indikator: [9, 10, 11],
        jumlah_diukur: 3,
        rata_rata_capaian: 73.1,
        kategori: 'Cukup Berhasil',
      },
    ]);
  });

  test('no multi-year table and no national standard column: the document has neither', () => {
    expect(adaTabel(model, 'Perbandingan Realisasi Beberapa Tahun')).toBe(false);
    expect(model.nilai.some((b) => b.includes('Standar Nasional'))).toBe(false);
  });

  test('LKIP_Skala_Efisiensi (k×2) replaces the category: ≥ 105 Sangat Efisien, ≥ 100 Efisien, below Tidak Efisien', async () => {
    const port = bukuKerjaContoh();
    port.isi('Skala', 'A1', [
      ['Batas bawah', 'Kategori'],
      [105, 'Sangat Efisien'],
      [100, 'Efisien'],
      [null, 'Tidak Efisien'],
    ]);
    port.namai('LKIP_Skala_Efisiensi', 'Skala', 'A1:B4');
    const { model: m, hasil: h } = await jalankan(port);
    expect(h.masalah).toEqual([]);
    const kategori = tabel(m, 'Efisiensi Penggunaan Sumber Daya')
      .slice(1, 12)
      .map((b) => b[6]);
    // 109,01 (PK 9) ≥ 105; 101,98 and 100,38 and 100 ≥ 100
    expect(kategori).toEqual([
      'Tidak Efisien',
      null,
      'Tidak Efisien',
      'Efisien',
      'Efisien',
      'Efisien',
      'Tidak Efisien',
      null,
      'Sangat Efisien',
      'Tidak Efisien',
      'Efisien',
    ]);
    expect(h.ringkasan!.efisiensi).toEqual({
      dihitung: 9,
      tidakDihitung: 2,
      perKategori: [
        { kategori: 'Sangat Efisien', jumlah: 1 },
        { kategori: 'Efisien', jumlah: 4 },
        { kategori: 'Tidak Efisien', jumlah: 4 },
      ],
    });
  });
});

/** A small workbook with budget columns beside the indicators: F = LKIP_Pagu, G = LKIP_Realisasi_Anggaran. */
function denganAnggaran(
  baris: readonly { nama: string; target: SelMemori; realisasi: SelMemori; pagu: SelMemori; real: SelMemori }[],
) {
  return bukuKerjaKecil(baris, (p, akhir) => {
    p.isi('Data', 'F1', [['Pagu', 'Realisasi anggaran'], ...baris.map((b) => [b.pagu, b.real])]);
    p.namai('LKIP_Pagu', 'Data', `F2:F${akhir}`).namai('LKIP_Realisasi_Anggaran', 'Data', `G2:G${akhir}`);
  });
}

test('BPOM PRKOM 2021: capaian 99,92 %, serapan 94,00 % → efisiensi 106,30 %, indeks 1,063, tingkat 6,30, Efisien', async () => {
  // capaian 99,92 = realisasi 99,92 of target 100; serapan 94 = Rp 94 of Rp 100
  const { model, json } = await jalankan(
    denganAnggaran([{ nama: 'PRKOM BPOM', target: 100, realisasi: 99.92, pagu: 100, real: 94 }]),
  );
  expect(tabel(model, 'Efisiensi Penggunaan Sumber Daya')[1]!.slice(2, 7)).toEqual([99.92, 94, 106.3, 6.3, 'Efisien']);
  expect(json.indikator[0]!.efisiensi).toEqual({ serapan: 94, persen: 106.3, indeks: 1.063, kategori: 'Efisien' });
});

test('the efficiency table never divides by zero: pagu 0, serapan 0, blanks, "-", negative and unreadable amounts', async () => {
  const baris = [
    { nama: 'pagu 0', target: 50, realisasi: 40, pagu: 0, real: 0 },
    { nama: 'serapan 0', target: 50, realisasi: 40, pagu: 1_000_000, real: 0 },
    { nama: 'pagu kosong', target: 50, realisasi: 40, pagu: null, real: 500 },
    { nama: 'pagu strip', target: 50, realisasi: 40, pagu: '-', real: '-' },
    { nama: 'realisasi anggaran kosong', target: 50, realisasi: 40, pagu: 1000, real: null },
    { nama: 'pagu negatif', target: 50, realisasi: 40, pagu: -1000, real: 500 },
    { nama: 'pagu teks', target: 50, realisasi: 40, pagu: 'seribu', real: 500 },
    { nama: 'tidak diukur', target: 50, realisasi: null, pagu: 1000, real: 900 },
    { nama: 'capaian 0', target: 50, realisasi: 0, pagu: 1000, real: 900 },
  ];
  const { model, json, hasil } = await jalankan(denganAnggaran(baris));
  tanpaGalatSel(model);
  const t = tabel(model, 'Efisiensi Penggunaan Sumber Daya').slice(1, 1 + baris.length);
  expect(t.map((b) => [b[1], b[4], b[7]])).toEqual([
    ['pagu 0', 'tidak dihitung', 'tidak dihitung: pagu 0: tidak ada anggaran'],
    ['serapan 0', 'tidak dihitung', 'tidak dihitung: serapan anggaran 0: tidak ada anggaran yang terserap'],
    ['pagu kosong', 'tidak dihitung', 'tidak dihitung: pagu tidak diisi'],
    ['pagu strip', 'tidak dihitung', 'tidak dihitung: pagu tidak diisi'],
    ['realisasi anggaran kosong', 'tidak dihitung', 'tidak dihitung: realisasi anggaran tidak diisi'],
    ['pagu negatif', 'tidak dihitung', 'tidak dihitung: pagu tidak dapat dibaca (LKIP_Pagu baris 6, lihat Verifikasi)'],
    ['pagu teks', 'tidak dihitung', 'tidak dihitung: pagu tidak dapat dibaca (LKIP_Pagu baris 7, lihat Verifikasi)'],
    ['tidak diukur', 'tidak dihitung', 'tidak dihitung: capaian tidak diukur'],
    // capaian 0 of a serapan 90: a real efficiency of 0
    ['capaian 0', 0, 'serapan 900 / 1.000 × 100% = 90%; efisiensi 0 / 90 × 100% = 0% (indeks 0,000)'],
  ]);
  expect(json.indikator.map((i) => i.efisiensi?.persen ?? null)).toEqual([null, null, null, null, null, null, null, null, 0]);
  // the negative and the unreadable amount are Verifikasi findings naming their cell
  const pesan = hasil.temuan.map((t) => `${t.alamat ?? ''} ${t.pesan}`);
  expect(pesan.some((p) => p.startsWith('F7 ') && /negatif/.test(p))).toBe(true);
  expect(pesan.some((p) => p.startsWith('F8 ') && /seribu/.test(p))).toBe(true);
});

/** A workbook of the report year 2021 with past-year columns (H…), LKIP_Polaritas in F and LKIP_Realisasi_Lalu in G. */
function denganRiwayat(tahunKolom: readonly number[], nilai: readonly (readonly SelMemori[])[], lalu?: readonly SelMemori[]) {
  const indikator = [
    { nama: 'Cakupan layanan (positif)', target: 80, realisasi: 75 },
    { nama: 'Angka kematian bayi (negatif)', target: 9.2, realisasi: 9.53 },
    { nama: 'Tetap', target: 10, realisasi: 10 },
  ];
  return bukuKerjaKecil(indikator, (p, akhir) => {
    p.isi('Data', 'F1', [['Polaritas'], ['positif'], ['negatif'], ['positif']]).namai('LKIP_Polaritas', 'Data', `F2:F${akhir}`);
    p.isi('Data', 'J1', [[2021]]).namai('LKIP_Tahun', 'Data', 'J1');
    if (lalu) p.isi('Data', 'G1', [['Lalu'], ...lalu.map((v) => [v])]).namai('LKIP_Realisasi_Lalu', 'Data', `G2:G${akhir}`);
    tahunKolom.forEach((t, j) => {
      const kolom = String.fromCharCode(75 + j); // K, L, M, …
      p.isi('Data', `${kolom}1`, [[t], ...nilai.map((b) => [b[j] ?? null])]);
      p.namai(`LKIP_Realisasi_${t}`, 'Data', `${kolom}2:${kolom}${akhir}`);
    });
  });
}

describe('Perbandingan Realisasi Beberapa Tahun (LKIP_Realisasi_<tahun>)', () => {
  test('years ascending whatever the names’ order, this year last; membaik / memburuk / tetap by polarity', async () => {
    // made-up figures: positif 70 → 75 improves; AKB (negatif) 9,10 → 9,53 worsens; 10 → 10 holds
    const { model, json, hasil } = await jalankan(
      denganRiwayat(
        [2020, 2018, 2019],
        [
          [70, 60, 65],
          [9.1, 9.8, 9.4],
          [10, 10, 'NA'],
        ],
      ),
    );
    expect(hasil.masalah).toEqual([]);
    const t = tabel(model, 'Perbandingan Realisasi Beberapa Tahun');
    expect(t[0]!.slice(0, 8)).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Realisasi 2018',
      'Realisasi 2019',
      'Realisasi 2020',
      'Realisasi 2021',
      'Perkembangan',
    ]);
    expect(t.slice(1).map((b) => [b[0], ...b.slice(3, 8)])).toEqual([
      [1, 60, 65, 70, 75, 'membaik'],
      [2, 9.8, 9.4, 9.1, 9.53, 'memburuk'],
      [3, 10, 'NA', 10, 10, 'tetap'],
    ]);
    expect(t[2]![8]).toBe('2021: 9,53 thd 2020: 9,10 → naik 0,43 (semakin rendah semakin baik) → memburuk');
    expect(json.indikator[1]!.riwayat).toEqual([
      { tahun: 2018, realisasi: 9.8 },
      { tahun: 2019, realisasi: 9.4 },
      { tahun: 2020, realisasi: 9.1 },
      { tahun: 2021, realisasi: 9.53 },
    ]);
    expect(pelanggaranModelLaporan(model)).toEqual([]);
  });

  test('LKIP_Realisasi_Lalu fills year n−1 when no LKIP_Realisasi_<n−1> is given; a year not before LKIP_Tahun is left out with a warning', async () => {
    const port = denganRiwayat(
      [2019, 2021],
      [
        [65, 99],
        [9.4, 99],
        [10, 99],
      ],
      [70, 9.6, 12],
    );
    const { model, hasil } = await jalankan(port);
    expect(hasil.masalah.map((m) => [m.tingkat, m.nama])).toEqual([['peringatan', 'LKIP_Realisasi_2021']]);
    const t = tabel(model, 'Perbandingan Realisasi Beberapa Tahun');
    expect(t[0]!.slice(3, 7)).toEqual(['Realisasi 2019', 'Realisasi 2020', 'Realisasi 2021', 'Perkembangan']);
    // 2020 from LKIP_Realisasi_Lalu: 70 → 75 membaik; 9,6 → 9,53 membaik (lower is better); 12 → 10 memburuk
    expect(t.slice(1).map((b) => b.slice(3, 7))).toEqual([
      [65, 70, 75, 'membaik'],
      [9.4, 9.6, 9.53, 'membaik'],
      [10, 12, 10, 'memburuk'],
    ]);
  });

  test('a typo after the prefix is an unknown name, not a year; LKIP_Realisasi_Lalu alone draws no multi-year table', async () => {
    const port = denganRiwayat([], [], [70, 9.6, 12]);
    port.isi('Data', 'K1', [['x'], [1], [2], [3]]).namai('LKIP_Realisasi_Lalau', 'Data', 'K2:K4');
    const { model, hasil } = await jalankan(port);
    expect(hasil.masalah.map((m) => [m.tingkat, m.nama])).toEqual([['peringatan', 'LKIP_Realisasi_Lalau']]);
    expect(adaTabel(model, 'Perbandingan Realisasi Beberapa Tahun')).toBe(false);
  });
});

test('LKIP_Standar_Nasional: a column and lebih baik / lebih buruk / sama by polarity; NA or blank compares nothing', async () => {
  const indikator = [
    { nama: 'positif di atas standar', target: 80, realisasi: 75 },
    { nama: 'negatif di bawah standar', target: 9.2, realisasi: 9.53 },
    { nama: 'sama', target: 10, realisasi: 10 },
    { nama: 'positif di bawah standar', target: 80, realisasi: 75 },
    { nama: 'standar NA', target: 80, realisasi: 75 },
  ];
  const port = bukuKerjaKecil(indikator, (p, akhir) => {
    p.isi('Data', 'F1', [
      ['Polaritas', 'Standar'],
      ['positif', 70],
      ['negatif', 16],
      [null, 10],
      [null, 76.5],
      [null, 'NA'],
    ]);
    p.namai('LKIP_Polaritas', 'Data', `F2:F${akhir}`).namai('LKIP_Standar_Nasional', 'Data', `G2:G${akhir}`);
  });
  const { model, json } = await jalankan(port);
  const kepala = cariBaris(model, 'Indikator Kinerja', 1);
  const j = model.nilai[kepala]!.indexOf('Standar Nasional');
  expect(model.nilai[kepala]![j + 1]).toBe('Realisasi thd Standar Nasional');
  const isi = indikator.map((ind) => model.nilai[cariBaris(model, ind.nama, 1)]!.slice(j, j + 2));
  expect(isi).toEqual([
    [70, 'lebih baik'],
    [16, 'lebih baik'],
    [10, 'sama'],
    [76.5, 'lebih buruk'],
    ['NA', null],
  ]);
  expect(json.indikator.map((i) => [i.standar_nasional, i.banding_standar])).toEqual(isi);
  expect(model.nilai[cariBaris(model, 'negatif di bawah standar', 1)]!.at(-1)).toMatch(
    /thd standar nasional: 9,53 thd 16 \(semakin rendah semakin baik\) → lebih baik$/,
  );
});
