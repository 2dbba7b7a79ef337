/**
 * Sheet models for the adapter tests, built by hand in the shape of the report's first table
 * (Capaian Kinerja: No, Indikator, Satuan, Target, Realisasi, Capaian, Kategori, Catatan reviewer).
 * The first rows are the document's: Tabel 3.2, indicator 1: target 50, realisasi 44,32, capaian 88,64, which
 * Tabel 3.1's scale (≥ 85) calls Sangat Berhasil; Tabel 3.6: a price rise of 19,77 % scores 75 on Tabel 3.7's
 * scale, Berhasil.
 */
import type { GayaSel, ModelLembar, NilaiSel, Rentang } from '../../src/report/lembar';

export const FORMAT_ANGKA = '#,##0.00';

/** Text cells that Excel would take for formulas: each must land as this very text. */
export const TEKS_MIRIP_RUMUS = ['=SUM(A1:A3)', '+62 812 3456 7890', '-', '@admin', "'dikutip"];

const KEPALA = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Kategori', 'Catatan reviewer'];
const JUMLAH_KOLOM = KEPALA.length;

function baris(no: number): NilaiSel[] {
  if (no === 1)
    return [
      1,
      'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online',
      '%',
      50,
      44.32,
      88.64,
      'Sangat Berhasil',
      null,
    ];
  if (no === 2) return [2, 'Persentase Kenaikan Harga setiap tahun', '%', 10, 19.77, 75, 'Berhasil', null];
  const teks = TEKS_MIRIP_RUMUS[(no - 3) % TEKS_MIRIP_RUMUS.length]!;
  return [no, `Indikator ${no}`, teks, 100, 90 + (no % 10), 90 + (no % 10), 'Sangat Berhasil', null];
}

function rentang(b: number, k: number, jb: number, jk: number): Rentang {
  return { baris: b, kolom: k, jumlahBaris: jb, jumlahKolom: jk };
}

/** Title (merged), blank row, header, then `jumlahBaris` indicator rows; protected with the reviewer column open. */
export function modelLaporan(jumlahBaris: number, nama = 'Laporan LKIP', opsi: { catatan?: boolean } = {}): ModelLembar {
  const nilai: NilaiSel[][] = [
    ['Capaian Kinerja Tahun 2021', ...Array<NilaiSel>(JUMLAH_KOLOM - 1).fill(null)],
    Array<NilaiSel>(JUMLAH_KOLOM).fill(null),
    [...KEPALA],
  ];
  for (let i = 1; i <= jumlahBaris; i++) nilai.push(baris(i));
  const formatAngka = nilai.map((b, r) =>
    b.map((x, k) => (typeof x === 'string' ? '@' : r >= 3 && k >= 3 && k <= 5 ? FORMAT_ANGKA : null)),
  );
  const gaya: { rentang: Rentang; gaya: GayaSel }[] = [
    { rentang: rentang(0, 0, 1, JUMLAH_KOLOM), gaya: { tebal: true, ukuranHuruf: 14, rata: 'tengah' } },
    {
      rentang: rentang(2, 0, 1, JUMLAH_KOLOM),
      gaya: { tebal: true, isi: 'D9E1F2', rata: 'tengah', rataVertikal: 'tengah', bungkus: true, garis: true },
    },
    { rentang: rentang(3, 0, jumlahBaris, JUMLAH_KOLOM), gaya: { garis: true, rataVertikal: 'atas' } },
    { rentang: rentang(3, 1, jumlahBaris, 1), gaya: { bungkus: true } },
    { rentang: rentang(3, 6, jumlahBaris, 1), gaya: { isi: 'C6EFCE', warnaTeks: '006100', miring: false } },
  ];
  return {
    nama,
    nilai,
    formatAngka,
    gaya,
    gabungan: [rentang(0, 0, 1, JUMLAH_KOLOM)],
    lebarKolom: [5, 48, 10, 12, 12, 12, 16, 30],
    bekukanBaris: 3,
    catatan:
      opsi.catatan === false
        ? []
        : [
            { baris: 3, kolom: 5, teks: '44,32 / 50 × 100% = 88,64%' },
            { baris: 4, kolom: 5, teks: '(12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%' },
          ],
    proteksi: { dapatDiedit: [rentang(3, 7, jumlahBaris, 1)] },
  };
}

/** An input sheet the add-in creates (the bundled example): realisasi as a native formula. */
export function modelMasukan(): ModelLembar {
  const nilai: NilaiSel[][] = [
    ['Indikator', 'Target', 'Realisasi'],
    ['Cakupan Penerapan Sistem Perijinan Usaha', 50, 44.32],
    ['=bukan rumus', 10, 19.77],
  ];
  return {
    nama: 'Input LKIP',
    nilai,
    rumus: [
      [null, null, null],
      [null, null, '=39/88*100'],
      [null, null, null],
    ],
    formatAngka: nilai.map((b) => b.map((x) => (typeof x === 'string' ? '@' : FORMAT_ANGKA))),
    gaya: [],
    gabungan: [],
    lebarKolom: [40, 10, 10],
    bekukanBaris: 1,
    catatan: [],
  };
}
