/**
 * A fake LayananPanel for the task-pane tests: records every call, answers from plain data, and lets a
 * test hold a run open (tunda) to look at the busy state. Its summary and findings are exactly what the engine
 * reports for the bundled sample workbook (the source document, LKIP NTT 2021: rata-rata capaian 81,44
 * "Berhasil", kenaikan harga 19,77 → 75, serapan APBD 97,32); palsu.test.ts runs the engine to keep them so.
 */
import type { HasilJalankan, Temuan, OpsiJalankan, Ringkasan, StatusNama } from '../../src/report/hasil';
import type { HasilContoh, HasilPeriksa, LayananPanel, OpsiPanel } from '../../src/taskpane/layanan';
import { OPSI_BAWAAN } from '../../src/taskpane/layanan';

export interface Tunda<T> {
  readonly janji: Promise<T>;
  selesai(nilai: T): void;
  gagal(alasan: unknown): void;
}

export function tunda<T>(): Tunda<T> {
  let selesai!: (nilai: T) => void;
  let gagal!: (alasan: unknown) => void;
  const janji = new Promise<T>((s, g) => {
    selesai = s;
    gagal = g;
  });
  return { janji, selesai, gagal };
}

export const STATUS_LENGKAP: readonly StatusNama[] = [
  { nama: 'LKIP_Indikator', wajib: true, ada: true, jumlahBaris: 11, rujukan: "'Data LKIP'!$B$18:$B$28" },
  { nama: 'LKIP_Target', wajib: true, ada: true, jumlahBaris: 11, rujukan: "'Data LKIP'!$D$18:$D$28" },
  { nama: 'LKIP_Realisasi', wajib: true, ada: true, jumlahBaris: 11, rujukan: "'Data LKIP'!$E$18:$E$28" },
  { nama: 'LKIP_Satuan', wajib: false, ada: true, jumlahBaris: 11 },
  { nama: 'LKIP_Realisasi_Lalu', wajib: false, ada: false },
  { nama: 'LKIP_Harga_Pokok', wajib: false, ada: true, jumlahBaris: 12 },
  { nama: 'LKIP_Anggaran', wajib: false, ada: true, jumlahBaris: 7 },
];

export const STATUS_TANPA_TARGET: readonly StatusNama[] = STATUS_LENGKAP.map((s) =>
  s.nama === 'LKIP_Target' ? { nama: 'LKIP_Target', wajib: true, ada: false } : s,
);

export const STATUS_KOSONG: readonly StatusNama[] = [
  { nama: 'LKIP_Indikator', wajib: true, ada: false },
  { nama: 'LKIP_Target', wajib: true, ada: false },
  { nama: 'LKIP_Realisasi', wajib: true, ada: false },
];

/** The engine's summary of the bundled sample workbook (assets/contoh-lkip-ntt-2021.xlsx); palsu.test.ts keeps it true. */
export const RINGKASAN_NTT_2021: Ringkasan = {
  instansi: 'Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur',
  tahun: 2021,
  jumlahIndikator: 11,
  jumlahDiukur: 9,
  rataRataCapaian: '81,44 %',
  kategori: 'Berhasil',
  kenaikanHarga: '19,77 %',
  capaianKenaikanHarga: '75 %',
  serapanAnggaran: '97,32 %',
  // Tabel 2.7's three sasaran: (88,64 + 75 + 100 + 50) / 4 = 78,41; (100 + 100) / 2 = 100; (96,43 + 22,86 + 100) / 3 = 73,10
  sasaran: [
    {
      nama: 'Terjaganya kestabilan harga barang dan terciptanya diversifikasi pasar dan produk unggulan daerah',
      jumlahDiukur: 4,
      rataRataCapaian: '78,41 %',
      kategori: 'Berhasil',
    },
    {
      nama: 'Meningkatnya perlindungan konsumen dan pengamanan perdagangan',
      jumlahDiukur: 2,
      rataRataCapaian: '100,00 %',
      kategori: 'Sangat Berhasil',
    },
    {
      nama: 'Menguatnya peran IKM dalam rantai nilai dan rantai pasok yang terintegrasi dengan industri besar',
      jumlahDiukur: 3,
      rataRataCapaian: '73,10 %',
      kategori: 'Cukup Berhasil',
    },
  ],
  // capaian ÷ serapan ≥ 100 for PK 4, 5, 6, 9, 11; below for PK 1, 3, 7, 10; PK 2 (pagu 0) and 8 (not measured) not computed
  efisiensi: {
    dihitung: 9,
    tidakDihitung: 2,
    perKategori: [
      { kategori: 'Efisien', jumlah: 5 },
      { kategori: 'Tidak Efisien', jumlah: 4 },
    ],
  },
  temuan: {
    galat: 1,
    peringatan: 2,
    info: 6,
  },
};

/** The engine's nine Verifikasi findings on the bundled sample workbook, in its order; palsu.test.ts keeps them true. */
export const TEMUAN_NTT_2021: readonly Temuan[] = [
  {
    tingkat: 'galat',
    id: 'ANGGARAN-TOTAL:lkip-anggaran:total:realisasi',
    nama: 'LKIP_Anggaran',
    baris: 12,
    lembar: 'Data LKIP',
    alamat: 'D93',
    pesan:
      'LKIP_Anggaran: jumlah realisasi tertulis "13.157.342.97,-" tidak dapat dibaca sebagai angka (pemisah ribuan (titik) harus mengelompokkan tiga angka, misalnya 13.519.650.516); jumlah 10 baris program = Rp 13.157.342.972. Angka tertulis sama dengan jumlah baris tanpa digit terakhirnya: kemungkinan salah ketik, seharusnya 13.157.342.972.',
  },
  {
    tingkat: 'peringatan',
    id: 'TIDAK-DIUKUR:persentase-peningkatan-cakupan-distribus-2cf57f',
    nama: 'LKIP_Realisasi',
    baris: 2,
    lembar: 'Data LKIP',
    alamat: 'F28',
    pesan:
      'Indikator "Persentase peningkatan cakupan distribusi barang di dalam wilayah NTT" (target 25) belum memiliki realisasi: tercantum di laporan sebagai "tidak diukur" dan tidak ikut rata-rata (rata-rata capaian mencakup 9 dari 11 indikator).',
  },
  {
    tingkat: 'peringatan',
    id: 'TIDAK-DIUKUR:persentase-peningkatan-transaksi-produk-a7d0b0',
    nama: 'LKIP_Realisasi',
    baris: 8,
    lembar: 'Data LKIP',
    alamat: 'F34',
    pesan:
      'Indikator "Persentase Peningkatan Transaksi Produk Lokal di Kawasan Pariwisata Estate" (target 40) belum memiliki realisasi: tercantum di laporan sebagai "tidak diukur" dan tidak ikut rata-rata (rata-rata capaian mencakup 9 dari 11 indikator).',
  },
  {
    tingkat: 'info',
    id: 'HARGA-TERTULIS:lkip-harga-kebutuhan-pokok:minyak-goreng',
    nama: 'LKIP_Harga_Kebutuhan_Pokok',
    baris: 4,
    lembar: 'Data LKIP',
    alamat: 'F44',
    pesan:
      'Persentase Minyak Goreng (Kebutuhan Pokok): tertulis 10,29%, dihitung ulang 10,30% ((14.913 − 13.521) / 13.521 × 100% = 10,30%); selisih 0,01 poin persen ≤ 0,05: pembulatan.',
  },
  {
    tingkat: 'info',
    id: 'HARGA-TERTULIS:lkip-harga-kebutuhan-pokok:tepung-terigu',
    nama: 'LKIP_Harga_Kebutuhan_Pokok',
    baris: 5,
    lembar: 'Data LKIP',
    alamat: 'F45',
    pesan:
      'Persentase Tepung Terigu (Kebutuhan Pokok): tertulis 18,15%, dihitung ulang 18,16% ((9.846 − 8.333) / 8.333 × 100% = 18,16%); selisih 0,01 poin persen ≤ 0,05: pembulatan.',
  },
  {
    tingkat: 'info',
    id: 'HARGA-TERTULIS:lkip-harga-barang-penting:pupuk-subsidi',
    nama: 'LKIP_Harga_Barang_Penting',
    baris: 8,
    lembar: 'Data LKIP',
    alamat: 'F75',
    pesan:
      'Persentase Pupuk Subsidi (Barang Penting): tertulis 55,86%, dihitung ulang 55,84% ((2.163 − 1.388) / 1.388 × 100% = 55,84%); selisih 0,02 poin persen ≤ 0,05: pembulatan.',
  },
  {
    tingkat: 'info',
    id: 'DIBATASI:persentase-penurunan-pengaduan-konsumen-c9b427',
    nama: 'LKIP_Realisasi',
    baris: 5,
    lembar: 'Data LKIP',
    alamat: 'F31',
    pesan:
      'Capaian "Persentase Penurunan Pengaduan Konsumen yang menggunakan barang tidak sesuai standar" dibatasi: nilai sebelum batas 179,40%, dihitung 100% (98,13 / 54,70 × 100% = 179,40% → dihitung 100% (melebihi target)).',
  },
  {
    tingkat: 'info',
    id: 'TARGET-NA:persentase-pelaku-usaha-yang-melakukan-p-bbe690',
    nama: 'LKIP_Target',
    baris: 6,
    lembar: 'Data LKIP',
    alamat: 'E32',
    pesan:
      'Target "Persentase Pelaku usaha yang melakukan pengujian dan sertifikasi mutu produk (Target 2023 = 34 Pelaku Usaha)" NA: capaian dianggap tercapai 100% (LKIP_Target_NA = tercapai); realisasi 8,82 tidak dibandingkan dengan target. Pastikan ini sesuai Perjanjian Kinerja.',
  },
  {
    tingkat: 'info',
    id: 'DIBATASI:kesesuaian-data-informasi-industri-dalam-49e988',
    nama: 'LKIP_Realisasi',
    baris: 11,
    lembar: 'Data LKIP',
    alamat: 'F37',
    pesan:
      'Capaian "Kesesuaian data informasi industri dalam mendukung SIINas" dibatasi: nilai sebelum batas 323,10%, dihitung 100% (32,31 / 10 × 100% = 323,10% → dihitung 100% (melebihi target)).',
  },
];

export function hasilJalankan(sebagian: Partial<HasilJalankan> = {}): HasilJalankan {
  return {
    status: 'ditulis',
    statusNama: STATUS_LENGKAP,
    masalah: [],
    temuan: TEMUAN_NTT_2021,
    ringkasan: RINGKASAN_NTT_2021,
    json: null,
    lembarDitulis: ['Laporan LKIP', 'Verifikasi'],
    lembarBentrok: [],
    ...sebagian,
  };
}

export const HASIL_DITOLAK: HasilJalankan = hasilJalankan({
  status: 'ditolak',
  statusNama: STATUS_TANPA_TARGET,
  masalah: [{ tingkat: 'galat', nama: 'LKIP_Target', pesan: 'Nama wajib LKIP_Target tidak ditemukan di buku kerja.' }],
  temuan: [],
  ringkasan: null,
  lembarDitulis: [],
});

export const HASIL_BENTROK: HasilJalankan = hasilJalankan({
  status: 'perlu_konfirmasi',
  temuan: [],
  ringkasan: null,
  lembarDitulis: [],
  lembarBentrok: ['Laporan LKIP'],
});

export interface Panggilan {
  periksa: number;
  hitungUlang: OpsiJalankan[];
  buatContoh: number;
  pilihSel: [string, string][];
  bacaOpsi: number;
  simpanOpsi: OpsiPanel[];
}

export interface LayananPalsu extends LayananPanel {
  readonly panggilan: Panggilan;
  /** Answers of hitungUlang, in order; a function gets the options (and may report progress or hold the run). */
  jawabanHitung: (HasilJalankan | ((opsi: OpsiJalankan) => Promise<HasilJalankan>))[];
  jawabanPeriksa: HasilPeriksa | (() => Promise<HasilPeriksa>);
  jawabanContoh: HasilContoh;
  opsiTersimpan: OpsiPanel;
}

export function buatLayananPalsu(
  awal: Partial<Pick<LayananPalsu, 'jawabanHitung' | 'jawabanPeriksa' | 'jawabanContoh' | 'opsiTersimpan'>> = {},
): LayananPalsu {
  const panggilan: Panggilan = { periksa: 0, hitungUlang: [], buatContoh: 0, pilihSel: [], bacaOpsi: 0, simpanOpsi: [] };
  const layanan: LayananPalsu = {
    panggilan,
    jawabanHitung: awal.jawabanHitung ?? [hasilJalankan()],
    jawabanPeriksa: awal.jawabanPeriksa ?? { statusNama: STATUS_LENGKAP, masalah: [] },
    jawabanContoh: awal.jawabanContoh ?? { status: 'dibuat', lembar: 'Data LKIP' },
    opsiTersimpan: awal.opsiTersimpan ?? OPSI_BAWAAN,
    async periksa() {
      panggilan.periksa += 1;
      const j = layanan.jawabanPeriksa;
      return typeof j === 'function' ? j() : j;
    },
    async hitungUlang(opsi) {
      panggilan.hitungUlang.push(opsi);
      const j = layanan.jawabanHitung.shift();
      if (j === undefined) throw new Error('tes: tidak ada jawaban hitungUlang lagi');
      return typeof j === 'function' ? j(opsi) : j;
    },
    async buatContoh() {
      panggilan.buatContoh += 1;
      return layanan.jawabanContoh;
    },
    async pilihSel(lembar, alamat) {
      panggilan.pilihSel.push([lembar, alamat]);
    },
    async bacaOpsi() {
      panggilan.bacaOpsi += 1;
      return layanan.opsiTersimpan;
    },
    async simpanOpsi(opsi) {
      panggilan.simpanOpsi.push(opsi);
      layanan.opsiTersimpan = opsi;
    },
  };
  return layanan;
}
