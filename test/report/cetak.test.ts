/**
 * Issue 15, the model: how a report sheet prints (src/report/cetak.ts) and the checks of page setup and charts
 * (buku/periksaModel). Widths and heights by Excel's units: the default column (8,43 characters) is 64 px =
 * 48 pt, the default row 15 pt; A4 is 595,3 × 841,9 pt.
 */
import { GalatPort, pelanggaranModel, pelanggaranModelLaporan, periksaModel } from '../../src/report/buku';
import { kakiHalaman, lebarKolomTitik, MARGIN_CETAK, putusHalaman, skalaMuat, tataCetakLaporan } from '../../src/report/cetak';
import type { GrafikLembar, ModelLembar } from '../../src/report/lembar';

/** A narrow sheet (scale 1) of `tinggi` rows, 15 pt each, 3 title rows. */
function model(tinggi: number, lebarKolom = [10, 20]): ModelLembar {
  return {
    nama: 'Laporan LKIP',
    nilai: Array.from({ length: tinggi }, (_, b) => lebarKolom.map((_, k) => (k === 0 ? b : null))),
    formatAngka: Array.from({ length: tinggi }, () => lebarKolom.map(() => null)),
    gaya: [],
    gabungan: [],
    lebarKolom,
    bekukanBaris: 3,
    catatan: [],
  };
}

const blokDari = (awal: readonly number[], tinggi: number) =>
  awal.map((a, i) => ({ awal: a, akhir: (awal[i + 1] ?? tinggi) - 1 }));

describe('ukuran halaman', () => {
  test('kolom bawaan 8,43 karakter = 64 px = 48 pt; 64 karakter (Keterangan) = 453 px', () => {
    expect(lebarKolomTitik(8.43)).toBe(48);
    expect(lebarKolomTitik(64)).toBeCloseTo((453 * 72) / 96, 6);
  });

  test('skala muat selebar A4 lanskap dengan margin 0,4 inci: (841,9 − 57,6) / lebar, paling besar 1', () => {
    const tata = { orientasi: 'lanskap' as const, margin: MARGIN_CETAK };
    expect(skalaMuat(1000, tata)).toBeCloseTo(0.7843, 4);
    expect(skalaMuat(500, tata)).toBe(1);
    expect(skalaMuat(1000, { ...tata, orientasi: 'potret' })).toBeCloseTo((595.3 - 57.6) / 1000, 4);
  });
});

describe('putus halaman di antara blok', () => {
  // Scale 1; a page: (595,3 − 1,1 × 72) × 0,92 − 45 (three title rows) = 429,8 pt = 28 rows of 15 pt.
  test('blok yang tidak muat di sisa halaman mulai di halaman baru; yang muat tetap bersambung', () => {
    const m = model(64);
    const tata = tataCetakLaporan(m, { barisJudul: { awal: 0, akhir: 2 }, kakiHalaman: { instansi: null, tahun: null } });
    // row 3 blank, then blocks of 10 rows: 15 + 150 + 150 = 315; the third (150 more) would reach 465 > 429,8.
    expect(putusHalaman(m, blokDari([4, 14, 24, 34, 44, 54], 64), tata)).toEqual([24, 44]);
    // blocks of 20 rows (300 pt): every one after the first starts a page
    expect(putusHalaman(m, blokDari([4, 24, 44], 64), tata)).toEqual([24, 44]);
  });

  test('blok lebih tinggi dari satu halaman: tidak ada putus sebelum blok pertama; yang berikut menyambung sisanya', () => {
    const m = model(80);
    const tata = tataCetakLaporan(m, { barisJudul: { awal: 0, akhir: 2 }, kakiHalaman: { instansi: null, tahun: null } });
    // 40 rows (600 pt) fill a page and 170,2 pt of the next; 5 more rows (75 pt) still fit there.
    expect(putusHalaman(m, blokDari([3, 43, 48], 80), tata)).toEqual([48]);
  });

  test('baris yang lebih tinggi (teks terbungkus) ikut dihitung', () => {
    const m = { ...model(30), tinggiBaris: Array.from({ length: 30 }, (_, b) => (b >= 4 && b < 14 ? 40 : null)) };
    const tata = tataCetakLaporan(m, { barisJudul: { awal: 0, akhir: 2 }, kakiHalaman: { instansi: null, tahun: null } });
    // 15 + 10 × 40 = 415; the next block of 10 rows (150) would reach 565.
    expect(putusHalaman(m, blokDari([4, 14], 30), tata)).toEqual([14]);
  });

  test('lembar lebar: skala kecil, lebih banyak baris per halaman', () => {
    const lebar = model(64, [6, 48, 10, 12, 12, 12, 16, 14, 14, 14, 14, 64]);
    const sempit = model(64);
    const tataL = tataCetakLaporan(lebar, { barisJudul: { awal: 0, akhir: 2 }, kakiHalaman: { instansi: null, tahun: null } });
    const tataS = tataCetakLaporan(sempit, { barisJudul: { awal: 0, akhir: 2 }, kakiHalaman: { instansi: null, tahun: null } });
    const blok = blokDari([4, 14, 24, 34, 44, 54], 64);
    // The report's twelve columns: 1 712 px = 1 284 pt → scale 784,3 / 1 284 = 0,611; a page holds
    // (516,1 / 0,611) × 0,92 − 45 ≈ 732 pt: the blank row and four blocks of 150 (615), not a fifth.
    expect(
      skalaMuat(
        lebar.lebarKolom.reduce((s, w) => s + lebarKolomTitik(w), 0),
        tataL,
      ),
    ).toBeCloseTo(0.611, 3);
    expect(putusHalaman(lebar, blok, tataL)).toEqual([44]);
    expect(putusHalaman(sempit, blok, tataS)).toEqual([24, 44]);
  });
});

describe('kaki halaman', () => {
  test('instansi di kiri, halaman di tengah, tahun di kanan; & ditulis && (kode Excel)', () => {
    expect(kakiHalaman({ instansi: 'Dinas Koperasi & UKM', tahun: 2021 })).toEqual({
      kiri: 'Dinas Koperasi && UKM',
      tengah: 'Halaman &P dari &N',
      kanan: 'LKIP Tahun 2021',
    });
    expect(kakiHalaman({ instansi: null, tahun: null })).toEqual({ kiri: '', tengah: 'Halaman &P dari &N', kanan: 'LKIP' });
  });
});

describe('pemeriksaan model: tata cetak dan grafik', () => {
  const grafik: GrafikLembar = {
    nama: 'LKIP Grafik 1',
    judul: 'Grafik',
    letak: { baris: 0, kolom: 0, jumlahBaris: 5, jumlahKolom: 2 },
    label: { baris: 5, kolom: 0, jumlahBaris: 3, jumlahKolom: 1 },
    seri: [{ nama: 'Capaian', nilai: { baris: 5, kolom: 1, jumlahBaris: 3, jumlahKolom: 1 }, gaya: 'isi', warna: '4472C4' }],
    formatSumbu: '0" %"',
    tumpangTindih: false,
  };

  test('model yang sah lolos', () => {
    const m = model(10);
    const sah = {
      ...m,
      cetak: tataCetakLaporan(m, { barisJudul: { awal: 0, akhir: 2 }, kakiHalaman: { instansi: null, tahun: null } }),
      grafik: [grafik],
    };
    expect(pelanggaranModel(sah)).toEqual([]);
    expect(pelanggaranModelLaporan(sah)).toEqual([]);
  });

  test('seri yang tidak setinggi labelnya ditolak sebelum apa pun ditulis (GalatPort)', () => {
    const salah = {
      ...model(10),
      grafik: [{ ...grafik, seri: [{ ...grafik.seri[0]!, nilai: { baris: 5, kolom: 1, jumlahBaris: 4, jumlahKolom: 1 } }] }],
    };
    expect(() => periksaModel(salah)).toThrow(GalatPort);
    expect(() => periksaModel(salah)).toThrow(
      'Lembar "Laporan LKIP": grafik "LKIP Grafik 1": seri "Capaian" harus satu kolom setinggi labelnya.',
    );
  });

  test('putus halaman yang tidak naik, dan grafik yang merujuk di luar kisi', () => {
    const m = model(10);
    const cetak = tataCetakLaporan(m, { barisJudul: null, kakiHalaman: { instansi: null, tahun: null } });
    expect(pelanggaranModel({ ...m, cetak: { ...cetak, putusSebelum: [6, 4] } })).toEqual([
      'cetak.putusSebelum [6,4] harus baris bulat yang naik.',
    ]);
    const luar = {
      ...grafik,
      label: { ...grafik.label, baris: 9 },
      seri: [{ ...grafik.seri[0]!, nilai: { ...grafik.seri[0]!.nilai, baris: 9 } }],
    };
    expect(pelanggaranModelLaporan({ ...m, grafik: [luar] })).toEqual([
      `grafik "LKIP Grafik 1" merujuk di luar kisi: ${JSON.stringify(luar.label)}.`,
      `grafik "LKIP Grafik 1" merujuk di luar kisi: ${JSON.stringify(luar.seri[0]!.nilai)}.`,
    ]);
  });
});
