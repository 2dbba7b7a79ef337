/**
 * Daily price groups (LKIP_HargaHarian_<Grup>) in the report: a daily group is a price group like a typed
 * list (same table, same mean, same combined figure, feeds the price-rise indicator), its stability table,
 * its findings on Verifikasi with stable IDs and cell locations, the settings, and the progress of a run.
 * Expected figures come from the source document (Tabel 3.2, 3.5–3.7) or are worked out by hand in the comments.
 */
import {
  NAMA_LEMBAR_LAPORAN,
  NAMA_LEMBAR_VERIFIKASI,
  bacaKontrak,
  hitungLaporan,
  jalankanLaporan,
  type HasilLaporan,
  type Temuan,
  type ModelLembar,
} from '../../src/report';
import type { NilaiSel } from '../../src/report/lembar';
import { WARNA } from '../../src/report/penyusun';
import { pelanggaranModelLaporan } from '../../src/report/buku';
import { bukuKerjaKecil, cariBaris } from './bantu';
import { bukuKerjaDokumen, dokumen } from './contohDokumen';
import { KEPALA_HARIAN, barisHargaKonstan, serial } from './hargaHarianUji';
import type { PortMemori } from './portMemori';
import { harus } from '../sempit';

const dua = (x: number) => x.toFixed(2);
const s2 = (d: { toFixed(n: number): string } | null | undefined) => (d ? d.toFixed(2) : null);

async function hitungDari(port: PortMemori): Promise<HasilLaporan> {
  const { rentang, tidakTerbaca } = await port.bacaNamaLkip();
  const kontrak = bacaKontrak(rentang, undefined, tidakTerbaca);
  if (!kontrak.masukan) throw new Error(JSON.stringify(kontrak.masalah));
  return hitungLaporan(kontrak.masukan);
}

/** The value at (row of `judul`) + `turun` rows, column `kolom`. */
function sel(model: ModelLembar, baris: number, kolom: number): unknown {
  return model.nilai[baris]?.[kolom];
}

/** Fill applied (last wins) to a cell of a model. */
function isiSel(model: ModelLembar, baris: number, kolom: number): string | undefined {
  let isi: string | undefined;
  for (const { rentang: r, gaya } of model.gaya) {
    const di = baris >= r.baris && baris < r.baris + r.jumlahBaris && kolom >= r.kolom && kolom < r.kolom + r.jumlahKolom;
    if (di && gaya.isi !== undefined) isi = gaya.isi;
  }
  return isi;
}

// ---------------------------------------------------------------------------------------------

/** The document's workbook with Tabel 3.5 (Kebutuhan Pokok) kept as constant daily prices in 2 kab/kota. */
function dokumenDenganHargaHarian(): PortMemori {
  const port = bukuKerjaDokumen({ realisasiInflasiKosong: true });
  port.hapusNama('LKIP_Harga_Kebutuhan_Pokok');
  const baris = barisHargaKonstan(
    dokumen.harga.pokok.baris.map((b) => ({ nama: b.nama, satuan: b.satuan, lalu: b.harga_2020, kini: b.harga_2021 })),
    ['Kota Kupang', 'Kab. Ende'],
    2021,
  );
  port.isi('Harga', 'H1', [KEPALA_HARIAN, ...baris]);
  port.namai('LKIP_HargaHarian_Kebutuhan_Pokok', 'Harga', `H1:L${baris.length + 1}`);
  return port;
}

describe('Tabel 3.5 as daily prices: the same price group as the typed list', () => {
  let hasil: HasilLaporan;
  beforeAll(async () => {
    hasil = await hitungDari(dokumenDenganHargaHarian());
  });

  test('the annual averages are the document prices; the group mean is 12,76 (Tabel 3.5)', () => {
    const [pokok, penting] = hasil.grupHarga;
    expect(pokok!.nama).toBe('LKIP_HargaHarian_Kebutuhan_Pokok');
    expect(pokok!.label).toBe('Kebutuhan Pokok');
    expect(pokok!.harian).not.toBeNull();
    expect(pokok!.baris.map((b) => [b.nama, b.satuan, s2(b.lalu), s2(b.kini)])).toEqual(
      dokumen.harga.pokok.baris.map((b) => [b.nama, b.satuan, dua(b.harga_2020), dua(b.harga_2021)]),
    );
    expect(s2(pokok!.rataRata!.nilai)).toBe(dua(dokumen.harga.pokok.rata_rata_tertulis)); // 12,76
    // Beras: (10.143 − 10.950) / 10.950 × 100 = −7,37 (printed in Tabel 3.5).
    expect(s2(pokok!.baris[0]!.perubahan!.persen)).toBe(dua(dokumen.harga.pokok.baris[0]!.persen_tertulis));
    expect(penting!.harian).toBeNull();
    expect(s2(penting!.rataRata!.nilai)).toBe(dua(dokumen.harga.penting.rata_rata_tertulis)); // 26,77
  });

  test('it feeds the combined figure (19,77 → 75) and the price-rise indicator, and the average capaian 81,44 (Tabel 3.2)', () => {
    expect(hasil.gabungan!.derivasi).toBe('(12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%');
    const inflasi = hasil.indikator.find((i) => i.metode === 'inflasi')!;
    expect(s2(inflasi.realisasi)).toBe(dua(dokumen.harga.gabungan_tertulis));
    expect(harus(inflasi.hasil, 'status', 'diukur').nilai.toFixed(0)).toBe('75');
    expect(inflasi.subBaris.map((s) => [s.label, s2(s.realisasi)])).toEqual([
      ['Kebutuhan Pokok', '12.76'],
      ['Barang Penting', '26.77'],
    ]);
    expect(s2(hasil.rataRata.nilai)).toBe(dua(dokumen.rata_rata_capaian_tertulis)); // 81,44
  });

  test('complete daily data: no finding about the daily range', () => {
    expect(hasil.temuan.filter((m) => m.nama === 'LKIP_HargaHarian_Kebutuhan_Pokok')).toEqual([]);
  });

  test('the report sheet: the price table with averages and their derivation, and a stability table (constant prices: KV 0)', async () => {
    const port = dokumenDenganHargaHarian();
    const jalan = await jalankanLaporan(port);
    expect(jalan.status).toBe('ditulis');
    const model = port.modelTerakhir(NAMA_LEMBAR_LAPORAN)!;
    expect(pelanggaranModelLaporan(model)).toEqual([]);
    const judul = cariBaris(model, 'Perbandingan Kenaikan/Penurunan Harga Kebutuhan Pokok', 0);
    expect(model.nilai[judul + 1]!.slice(0, 7)).toEqual([
      'No',
      'Nama',
      'Satuan',
      'Tahun 2020',
      'Tahun 2021',
      'Selisih Harga',
      'Persentase',
    ]);
    expect(model.nilai[judul + 2]!.slice(0, 7)).toEqual([1, 'Beras', 'kg', 10950, 10143, -807, -7.37]);
    expect(String(model.nilai[judul + 2]!.at(-1))).toBe(
      'rata-rata harian 2020: Σ harga 8.015.400 / 732 pengamatan = 10.950; 2021: Σ harga 7.404.390 / 730 pengamatan = 10.143; (10.143 − 10.950) / 10.950 × 100% = -7,37%',
    );
    const rata = cariBaris(model, 'Rata-rata', 0);
    expect(rata).toBeGreaterThan(judul);
    expect(model.nilai[rata]![6]).toBe(12.76);
    expect(String(model.nilai[rata + 1]![0])).toMatch(
      /^Harga 2020 dan 2021 adalah rata-rata tahunan harga harian LKIP_HargaHarian_Kebutuhan_Pokok \(Harga!\$H\$1:\$L\$33627\): semua pengamatan setahun/,
    );

    const st = cariBaris(model, 'Stabilitas Harga Kebutuhan Pokok Tahun 2021', 0);
    expect(model.nilai[st + 1]!.slice(0, 6)).toEqual([
      'No',
      'Komoditas',
      'Satuan',
      'Rata-rata harga',
      'Simpangan baku',
      'KV (%)',
    ]);
    expect(model.nilai[st + 2]!.slice(0, 6)).toEqual([1, 'Beras', 'kg', 10143, 0, 0]);
    const kakiKV = cariBaris(model, 'Rata-rata KV', 0);
    expect(model.nilai[kakiKV]![5]).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-computed data

/**
 * Beras in two kab/kota, Cabai in one; the range sits at Harian!B3 (header) so locations are offset.
 *   Beras 2020: Kupang 9.000, 9.500; Ende 11.000.   2021: Kupang 10.000, 10.200, 10.400; Ende 12.000.
 *   Cabai 2020: Kupang 8.                            2021: Kupang 10, 12, 14.
 */
const BARIS_KECIL = [
  KEPALA_HARIAN,
  [serial(2020, 1, 1), 'Beras', 'kg', 'Kupang', 9000],
  [serial(2020, 1, 2), 'Beras', 'kg', 'Kupang', 9500],
  [serial(2020, 1, 1), 'Beras', 'kg', 'Ende', 11000],
  [serial(2021, 1, 1), 'Beras', 'kg', 'Kupang', 10000],
  [serial(2021, 1, 2), 'Beras', 'kg', 'Kupang', 10200],
  [serial(2021, 1, 3), 'Beras', 'kg', 'Kupang', 10400],
  [serial(2021, 1, 1), 'Beras', 'kg', 'Ende', 12000],
  [serial(2020, 1, 1), 'Cabai', 'kg', 'Kupang', 8],
  [serial(2021, 1, 1), 'Cabai', 'kg', 'Kupang', 10],
  [serial(2021, 1, 2), 'Cabai', 'kg', 'Kupang', 12],
  [serial(2021, 1, 3), 'Cabai', 'kg', 'Kupang', 14],
];

function bukuKerjaHarian(
  baris: readonly (readonly NilaiSel[])[],
  pengaturan: Record<string, string | number> = {},
  metodeIndikator: string | null = 'inflasi',
): PortMemori {
  return bukuKerjaKecil([{ nama: 'Persentase Kenaikan Harga', target: 10, realisasi: null }], (port) => {
    port.isi('Data', 'G1', [['Tahun', 2021]]).namai('LKIP_Tahun', 'Data', 'H1');
    port.isi('Data', 'F2', [[metodeIndikator]]).namai('LKIP_Metode', 'Data', 'F2');
    port.isi('Harian', 'B3', baris).namai('LKIP_HargaHarian_Pokok', 'Harian', `B3:F${2 + baris.length}`);
    let r = 10;
    for (const [nama, nilai] of Object.entries(pengaturan)) {
      port.isi('Data', `G${r}`, [[nama, nilai]]).namai(nama, 'Data', `H${r}`);
      r++;
    }
  });
}

describe('annual averages, change and mean on hand-computed data', () => {
  test('"semua" (default): Beras 29.500 / 3 = 9.833,33 → 42.600 / 4 = 10.650: +8,31%; Cabai 8 → 12: +50%; mean 29,16', async () => {
    const h = await hitungDari(bukuKerjaHarian(BARIS_KECIL));
    const g = h.grupHarga[0]!;
    expect(g.baris.map((b) => [b.nama, s2(b.lalu), s2(b.kini), s2(b.perubahan?.persen)])).toEqual([
      ['Beras', '9833.33', '10650.00', '8.31'], // 816,67 / 9.833,33 × 100 = 8,305…
      ['Cabai', '8.00', '12.00', '50.00'],
    ]);
    expect(g.rataRata!.derivasi).toBe('(8,31 + 50) / 2 = 29,16'); // 29,155 half-up
    expect(g.harian!.metode).toBe('semua');
    // The daily group is the realisasi of the price-rise indicator: 29,16 → 10 < X ≤ 30 → 75.
    const ind = h.indikator[0]!;
    expect(s2(ind.realisasi)).toBe('29.16');
    expect(harus(ind.hasil, 'status', 'diukur').nilai.toFixed(0)).toBe('75');
    expect(ind.keterangan).toBe('realisasi dari daftar harga: (29,16) / 1 = 29,16 → skala inflasi 10% < X ≤ 30% → 75%');
  });

  test('"per_kabkota": Beras (9.250 + 11.000) / 2 = 10.125 → (10.200 + 12.000) / 2 = 11.100: +9,63%; mean 29,82', async () => {
    const h = await hitungDari(bukuKerjaHarian(BARIS_KECIL, { LKIP_Metode_RataHarga: 'per_kabkota' }));
    const g = h.grupHarga[0]!;
    expect(g.baris.map((b) => [b.nama, s2(b.lalu), s2(b.kini), s2(b.perubahan?.persen)])).toEqual([
      ['Beras', '10125.00', '11100.00', '9.63'], // 975 / 10.125 × 100 = 9,629…
      ['Cabai', '8.00', '12.00', '50.00'],
    ]);
    expect(s2(g.rataRata!.nilai)).toBe('29.82'); // (9,63 + 50) / 2 = 29,815
    expect(g.harian!.metode).toBe('per_kabkota');
  });
});

describe('Stabilitas Harga', () => {
  test('sample S (default): Cabai 10, 12, 14 → S 2, KV 16,67 marked; Beras S 914,69, KV 8,59; mean KV 12,63', async () => {
    const port = bukuKerjaHarian(BARIS_KECIL);
    expect((await jalankanLaporan(port)).status).toBe('ditulis');
    const model = port.modelTerakhir(NAMA_LEMBAR_LAPORAN)!;
    expect(pelanggaranModelLaporan(model)).toEqual([]);
    const judul = cariBaris(model, 'Stabilitas Harga Pokok Tahun 2021', 0);
    const K = model.nilai[judul + 1]!.indexOf('Keterangan');
    expect(model.nilai[judul + 1]!.slice(0, 6)).toEqual([
      'No',
      'Komoditas',
      'Satuan',
      'Rata-rata harga',
      'Simpangan baku',
      'KV (%)',
    ]);
    // Beras 2021: 10.000, 10.200, 10.400, 12.000 → p̄ 10.650, Σ(x − p̄)² = 2.510.000, S = √(2.510.000 / 3) = 914,69…,
    // KV = 914,69… / 10.650 × 100 = 8,588… → 8,59 (not above 9).
    expect(model.nilai[judul + 2]!.slice(0, 6)).toEqual([1, 'Beras', 'kg', 10650, 914.69, 8.59]);
    expect(sel(model, judul + 2, K)).toBe(
      'KV = S / p̄ × 100% = 914,6948 / 10.650 × 100% = 8,59% (simpangan baku sampel, n − 1; n = 4)',
    );
    expect(isiSel(model, judul + 2, 5)).toBeUndefined();
    // Cabai: p̄ 12, S = √((4 + 0 + 4) / 2) = 2, KV = 2 / 12 × 100 = 16,67 > 9: marked.
    expect(model.nilai[judul + 3]!.slice(0, 6)).toEqual([2, 'Cabai', 'kg', 12, 2, 16.67]);
    expect(sel(model, judul + 3, K)).toBe(
      'di atas batas 9%; KV = S / p̄ × 100% = 2 / 12 × 100% = 16,67% (simpangan baku sampel, n − 1; n = 3)',
    );
    expect(isiSel(model, judul + 3, 5)).toBe(WARNA.diAtasAmbang);
    expect(isiSel(model, judul + 3, K)).toBe(WARNA.diAtasAmbang);
    // Footer: (8,59 + 16,67) / 2 = 12,63.
    expect(sel(model, judul + 4, 0)).toBe('Rata-rata KV');
    expect(sel(model, judul + 4, 5)).toBe(12.63);
    expect(sel(model, judul + 4, K)).toBe('(8,59 + 16,67) / 2 = 12,63; 1 komoditas dengan KV di atas 9%');
    // The method, under the table.
    const catatan = String(sel(model, judul + 5, 0));
    expect(catatan).toContain('simpangan baku sampel (pembagi n − 1, sama dengan STDEV.S di Excel)');
    expect(catatan).toContain('Rata-rata harga tahunan pada tabel perbandingan: semua pengamatan setahun');
  });

  test('LKIP_Simpangan_KV populasi and LKIP_Batas_KV 15: Cabai S 1,63, KV 13,61 (not marked); Beras KV 7,44; mean 10,53', async () => {
    const port = bukuKerjaHarian(BARIS_KECIL, {
      LKIP_Simpangan_KV: 'populasi',
      LKIP_Batas_KV: 15,
      LKIP_Metode_RataHarga: 'per_kabkota',
    });
    expect((await jalankanLaporan(port)).status).toBe('ditulis');
    const model = port.modelTerakhir(NAMA_LEMBAR_LAPORAN)!;
    const judul = cariBaris(model, 'Stabilitas Harga Pokok Tahun 2021', 0);
    // Beras: S = √(2.510.000 / 4) = 792,15; KV 7,437… → 7,44. Cabai: S = √(8 / 3) = 1,633; KV 13,608… → 13,61.
    expect(model.nilai[judul + 2]!.slice(0, 6)).toEqual([1, 'Beras', 'kg', 10650, 792.15, 7.44]);
    expect(model.nilai[judul + 3]!.slice(0, 6)).toEqual([2, 'Cabai', 'kg', 12, 1.63, 13.61]);
    expect(isiSel(model, judul + 3, 5)).toBeUndefined();
    expect(sel(model, judul + 4, 5)).toBe(10.53); // (7,44 + 13,61) / 2 = 10,525
    const catatan = String(sel(model, judul + 5, 0));
    expect(catatan).toContain('simpangan baku populasi (pembagi n, sama dengan STDEV.P di Excel)');
    expect(catatan).toContain('di atas 15% ditandai');
    expect(catatan).toContain('rata-rata tiap kab/kota dahulu');
  });

  test('a commodity with one price in the report year: no KV, listed as "tidak dihitung" with an info finding', async () => {
    const port = bukuKerjaHarian([
      ...BARIS_KECIL,
      [serial(2020, 1, 1), 'Gula', 'kg', 'Kupang', 15000],
      [serial(2021, 1, 1), 'Gula', 'kg', 'Kupang', 16000],
    ]);
    const hasil = await jalankanLaporan(port);
    const model = port.modelTerakhir(NAMA_LEMBAR_LAPORAN)!;
    const judul = cariBaris(model, 'Stabilitas Harga Pokok Tahun 2021', 0);
    expect(model.nilai[judul + 4]!.slice(0, 6)).toEqual([3, 'Gula', 'kg', null, null, 'tidak dihitung']);
    expect(hasil.temuan.find((m) => m.id === 'KV-TIDAK-DIHITUNG:lkip-hargaharian-pokok:gula')).toMatchObject({
      tingkat: 'info',
      pesan:
        'LKIP_HargaHarian_Pokok: KV Gula (kg) tidak dihitung: hanya 1 pengamatan yang sah pada tahun 2021; KV memerlukan minimal 2.',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Findings

/** Rows 2–3 good; row 4 repeats row 2's date; row 5 price 0; row 6 an impossible date; row 7 last year. */
const BARIS_BERMASALAH = [
  KEPALA_HARIAN,
  [serial(2021, 1, 1), 'Beras', 'kg', 'Kupang', 10000],
  [serial(2021, 1, 2), 'Beras', 'kg', 'Kupang', 10200],
  [serial(2021, 1, 1), 'Beras', 'kg', 'Kupang', 99999],
  [serial(2021, 1, 3), 'Beras', 'kg', 'Kupang', 0],
  ['31/02/2021', 'Beras', 'kg', 'Kupang', 10400],
  [serial(2020, 1, 1), 'Beras', 'kg', 'Kupang', 9000],
];

describe('Verifikasi findings of daily prices', () => {
  const grup = 'lkip-hargaharian-pokok';
  const cari = (temuan: readonly Temuan[], id: string) => {
    const m = temuan.find((t) => t.id === id);
    if (!m) throw new Error(`${id} tidak ada di ${temuan.map((t) => t.id).join(', ')}`);
    return m;
  };

  test('duplicate row, zero price, bad date, missing days: stable IDs, the cell (or row) at fault as location, left out of the average', async () => {
    const port = bukuKerjaHarian(BARIS_BERMASALAH);
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditulis');
    // Averages from the kept rows only: 2021 (10.000 + 10.200) / 2 = 10.100; 2020: 9.000.
    // 1.100 / 9.000 × 100 = 12,22; KV 2021: S = √((100² + 100²) / 1) = 141,42, / 10.100 × 100 = 1,40.
    expect(hasil.json!.harga).toEqual([
      { grup: 'Pokok', rata_rata: 12.22, stabilitas: { rata_rata_kv: 1.4, batas_kv: 9, di_atas_batas: [] } },
    ]);
    // Range B3:F9, header on sheet row 3: range row n is sheet row n + 2.
    expect(cari(hasil.temuan, `BARIS-GANDA:${grup}:beras:kupang`)).toMatchObject({
      tingkat: 'peringatan',
      nama: 'LKIP_HargaHarian_Pokok',
      baris: 4,
      lembar: 'Harian',
      alamat: 'B6:F6',
    });
    expect(cari(hasil.temuan, `BARIS-GANDA:${grup}:beras:kupang`).pesan).toContain('sudah ada di baris 2');
    // A zero price points at its Harga cell (range column 5 = sheet column F), a bad date at its Tanggal cell (B);
    // a duplicate is the whole row.
    expect(cari(hasil.temuan, `HARGA-TIDAK-POSITIF:${grup}:beras`)).toMatchObject({
      tingkat: 'galat',
      baris: 5,
      alamat: 'F7',
    });
    expect(cari(hasil.temuan, `TANGGAL-TIDAK-TERBACA:${grup}:beras`)).toMatchObject({
      tingkat: 'galat',
      baris: 6,
      alamat: 'B8',
    });
    expect(cari(hasil.temuan, `TANGGAL-TIDAK-TERBACA:${grup}:beras`).pesan).toContain('31/02/2021');
    // Missing days, compact, per commodity × kab/kota × year; located on the whole range.
    const hilang2021 = cari(hasil.temuan, `HARI-TANPA-DATA:${grup}:beras:kupang:2021`);
    expect(hilang2021).toMatchObject({ tingkat: 'peringatan', lembar: 'Harian', alamat: 'B3:F9' });
    expect(hilang2021.baris).toBeUndefined();
    expect(hilang2021.pesan).toContain('363 dari 365 hari tanpa data'); // 1/1 and 2/1 kept
    expect(cari(hasil.temuan, `HARI-TANPA-DATA:${grup}:beras:kupang:2020`).pesan).toContain('365 dari 366 hari tanpa data');
    // No ID carries a row number.
    for (const m of hasil.temuan) expect(m.id).not.toMatch(/:\d{1,3}$/);

    // On the Verifikasi sheet: "Harian!B6:F6 (LKIP_HargaHarian_Pokok baris 4)".
    const verifikasi = port.modelTerakhir(NAMA_LEMBAR_VERIFIKASI)!;
    const r = cariBaris(verifikasi, `BARIS-GANDA:${grup}:beras:kupang`, 0);
    expect(verifikasi.nilai[r]![2]).toBe('Harian!B6:F6 (LKIP_HargaHarian_Pokok baris 4)');
  });

  test('IDs stay when rows are inserted above the range; the locations follow the rows', async () => {
    const port = bukuKerjaHarian(BARIS_BERMASALAH);
    const sebelum = (await jalankanLaporan(port)).temuan;
    port.sisipkanBaris('Harian', 0, 2);
    const sesudah = (await jalankanLaporan(port)).temuan;
    expect(sesudah.map((m) => m.id)).toEqual(sebelum.map((m) => m.id));
    expect(cari(sesudah, `BARIS-GANDA:${grup}:beras:kupang`).alamat).toBe('B8:F8');
  });

  test('several findings with one ID are one line with their count and the first messages', async () => {
    const port = bukuKerjaHarian([
      ...BARIS_BERMASALAH,
      [serial(2021, 1, 2), 'Beras', 'kg', 'Kupang', 10200],
      [serial(2021, 1, 2), 'Beras', 'kg', 'Kupang', 10300],
    ]);
    const hasil = await jalankanLaporan(port);
    const ganda = hasil.temuan.filter((m) => m.id === `BARIS-GANDA:${grup}:beras:kupang`);
    expect(ganda).toHaveLength(1);
    expect(ganda[0]!.baris).toBe(4);
    expect(ganda[0]!.pesan).toMatch(
      /^3 temuan serupa, mis\.: LKIP_HargaHarian_Pokok baris 4: .* \| LKIP_HargaHarian_Pokok baris 8: .* \| LKIP_HargaHarian_Pokok baris 9: /,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Contract

describe('the contract of daily prices', () => {
  test('names and settings are known and listed; the range has its row count', async () => {
    const port = bukuKerjaHarian(BARIS_KECIL, { LKIP_Batas_KV: 12 });
    const { rentang } = await port.bacaNamaLkip();
    const k = bacaKontrak(rentang);
    expect(k.masalah).toEqual([]);
    expect(k.statusNama.find((s) => s.nama === 'LKIP_HargaHarian_Pokok')).toEqual({
      nama: 'LKIP_HargaHarian_Pokok',
      wajib: false,
      ada: true,
      jumlahBaris: 12,
      rujukan: 'Harian!$B$3:$F$14',
    });
    expect(k.statusNama.filter((s) => /RataHarga|_KV$/.test(s.nama)).map((s) => [s.nama, s.ada])).toEqual([
      ['LKIP_Metode_RataHarga', false],
      ['LKIP_Simpangan_KV', false],
      ['LKIP_Batas_KV', true],
    ]);
    expect(k.masukan!.opsiHargaHarian).toMatchObject({ metode: 'semua', simpangan: 'sampel' });
    expect(k.masukan!.opsiHargaHarian.ambangKV.toString()).toBe('12');
  });

  test('without daily prices the daily settings are not listed', async () => {
    const port = bukuKerjaKecil([{ nama: 'A', target: 10, realisasi: 5 }]);
    const { rentang } = await port.bacaNamaLkip();
    expect(bacaKontrak(rentang).statusNama.some((s) => /RataHarga|_KV$/.test(s.nama))).toBe(false);
  });

  test('daily prices without LKIP_Tahun: refused, nothing written, the problem names LKIP_Tahun', async () => {
    const port = bukuKerjaHarian(BARIS_KECIL);
    port.hapusNama('LKIP_Tahun');
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditolak');
    expect(port.tulisan).toEqual([]);
    expect(hasil.masalah).toEqual([
      expect.objectContaining({ tingkat: 'galat', nama: 'LKIP_Tahun', pesan: expect.stringContaining('LKIP_HargaHarian_Pokok') }),
    ]);
  });

  test('an unknown setting value is refused with the name, the cell and the choices', async () => {
    const hasil = await jalankanLaporan(bukuKerjaHarian(BARIS_KECIL, { LKIP_Simpangan_KV: 'kuadrat' }));
    expect(hasil.status).toBe('ditolak');
    expect(hasil.masalah).toEqual([
      expect.objectContaining({ tingkat: 'galat', nama: 'LKIP_Simpangan_KV', lembar: 'Data', alamat: 'H10' }),
    ]);
    expect(hasil.masalah[0]!.pesan).toContain('"sampel"');
  });

  test('fewer than 5 columns: refused', async () => {
    const port = bukuKerjaHarian(BARIS_KECIL);
    port.namai('LKIP_HargaHarian_Pokok', 'Harian', 'B3:E14');
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditolak');
    expect(hasil.masalah[0]!.pesan).toBe(
      'LKIP_HargaHarian_Pokok harus 5 kolom (Tanggal, Nama, Satuan, Kab/Kota, Harga; Kab/Kota boleh kosong), tetapi berisi 4 kolom.',
    );
  });

  test('a group both typed and daily: the daily prices are used, a GRUP-HARGA-GANDA warning names both', async () => {
    const port = bukuKerjaHarian(BARIS_KECIL);
    port
      .isi('Data', 'J1', [
        ['Nama', 'Satuan', '2020', '2021'],
        ['Beras', 'kg', 1000, 2000],
      ])
      .namai('LKIP_Harga_Pokok', 'Data', 'J1:M2');
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditulis');
    expect(hasil.json!.harga).toEqual([
      { grup: 'Pokok', rata_rata: 29.16, stabilitas: { rata_rata_kv: 12.63, batas_kv: 9, di_atas_batas: ['Cabai'] } },
    ]);
    expect(hasil.temuan.find((m) => m.id === 'GRUP-HARGA-GANDA:pokok')).toMatchObject({
      tingkat: 'peringatan',
      nama: 'LKIP_Harga_Pokok',
      lembar: 'Data',
      alamat: 'J1:M2',
      pesan:
        'Grup harga "Pokok" ada dua kali: LKIP_Harga_Pokok (Data!$J$1:$M$2) dan LKIP_HargaHarian_Pokok. Yang dipakai harga harian LKIP_HargaHarian_Pokok; LKIP_Harga_Pokok diabaikan. Hapus salah satu nama agar jelas.',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Progress

describe('progress of a run', () => {
  test('reading daily rows in chunks, computing, building, writing: in order, with increasing counts', async () => {
    // 75 commodities × 2 kab/kota × 731 days = 109.650 rows + header: 3 chunks of 50.000 rows.
    const daftar = Array.from({ length: 75 }, (_, i) => ({
      nama: `Komoditas ${i + 1}`,
      satuan: 'kg',
      lalu: 1000,
      kini: 1100,
    }));
    const port = bukuKerjaHarian([KEPALA_HARIAN, ...barisHargaKonstan(daftar, ['Kupang', 'Ende'], 2021)]);
    const laporan: [string, number, number][] = [];
    const hasil = await jalankanLaporan(port, { kemajuan: (tahap, selesai, total) => laporan.push([tahap, selesai, total]) });
    expect(hasil.status).toBe('ditulis');
    const tahap = laporan.map(([t]) => t).filter((t, i, a) => t !== a[i - 1]);
    expect(tahap).toEqual(['membaca', 'membaca harga harian', 'menghitung', 'menyusun laporan', 'menulis']);
    const dari = (t: string) => laporan.filter(([x]) => x === t).map(([, s, n]) => [s, n]);
    expect(dari('membaca harga harian')).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(dari('menghitung')).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(dari('menyusun laporan')).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    // 75 commodities, each from 1.000 to 1.100: +10 % each, mean 10; constant within a year: KV 0.
    expect(hasil.json!.harga).toEqual([
      { grup: 'Pokok', rata_rata: 10, stabilitas: { rata_rata_kv: 0, batas_kv: 9, di_atas_batas: [] } },
    ]);
  });

  test('without daily prices there is no reading stage of its own', async () => {
    const laporan: string[] = [];
    await jalankanLaporan(bukuKerjaDokumen(), { kemajuan: (tahap) => laporan.push(tahap) });
    expect(laporan).not.toContain('membaca harga harian');
    expect(laporan).toContain('menghitung');
  });
});
