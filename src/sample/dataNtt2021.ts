/**
 * The project's sample data: the 2021 figures of the LKIP of Dinas Perindustrian dan Perdagangan
 * Provinsi Nusa Tenggara Timur (BAB III), transcribed from the source document. Pure data, no I/O:
 * the command-line sample workbook (src/cli/buatContoh.ts) and the task pane's "Buat Contoh" both
 * build on it, so there is one source.
 *
 * Conventions:
 * - numbers are the document's, decimals as in the document (44,32 is written 44.32 here);
 * - `*Tertulis` fields are the figures as printed (kept so the Verifikasi sheet can compare them with
 *   the recomputed ones), never inputs of a computation;
 * - a realisasi the document derives from counts is kept as that derivation (rasio / pertumbuhan) and
 *   becomes a native formula in the sample workbook (=39/88*100).
 */

/** How an indicator's realisasi is obtained. */
export type RealisasiContoh =
  /** A figure as given by the document. */
  | { readonly jenis: 'angka'; readonly nilai: number }
  /** pembilang / penyebut × 100 (e.g. 39 / 88 × 100% = 44,32%). */
  | { readonly jenis: 'rasio'; readonly pembilang: number; readonly penyebut: number }
  /** (tahun ini − tahun lalu) / tahun lalu × 100 (e.g. (7 − 6) / 6 × 100% = 16,67%). */
  | { readonly jenis: 'pertumbuhan'; readonly tahunIni: number; readonly tahunLalu: number };

export interface IndikatorContoh {
  /** Number in the performance agreement (Perjanjian Kinerja). */
  readonly noPk: number;
  /** Number in Tabel 3.2, or null when the indicator is not measured there. */
  readonly noTabel32: number | null;
  readonly nama: string;
  readonly satuan: string;
  /** A number, or "NA" (target not yet determinable). */
  readonly target: number | 'NA';
  /**
   * Null when the indicator is not measured (no realisasi in Tabel 3.2), and for the price-rise
   * indicator, whose realisasi the report fills from the price lists (metode "inflasi").
   */
  readonly realisasi: RealisasiContoh | null;
  readonly polaritas: 'positif' | 'negatif';
  readonly metode: 'rasio' | 'inflasi';
  /** Capaian as printed in Tabel 3.2 (null when not measured). */
  readonly capaianTertulis: number | null;
  /**
   * The end-of-period target ("Kondisi Kinerja pada akhir periode RPJMD-P", 2023) of Tabel 2.4
   * (perindustrian) and Tabel 2.5 (perdagangan): the report's LKIP_Target_Akhir.
   */
  readonly targetAkhir: number;
  /** Where the figure comes from / what the document says about it. */
  readonly keterangan: string;
  /** Its sasaran strategis (DataContoh.sasaran[].no) as Tabel 2.7 (p. 25) groups the indicators. */
  readonly sasaranNo: 1 | 2 | 3;
  /**
   * The APBD programme Tabel 2.7 ties to it: its row number in Tabel 3.22 (p. 49, DataContoh.anggaranApbd.baris,
   * 1-based). Its pagu and realisasi are the report's LKIP_Pagu and LKIP_Realisasi_Anggaran; a programme may support
   * several indicators (Standardisasi dan Perlindungan Konsumen: PK 5 and 6).
   */
  readonly programApbdNo: number;
}

/** A sasaran strategis of Tabel 2.7 ("Program dan Kegiatan Pendukung Tujuan dan Sasaran Strategis Tahun 2021"). */
export interface SasaranContoh {
  readonly no: number;
  readonly nama: string;
}

/** One row of a price list: Nama, Satuan, Harga tahun lalu, Harga tahun ini, Persentase as printed. */
export interface BarisHargaContoh {
  readonly nama: string;
  readonly satuan: string;
  readonly hargaLalu: number;
  readonly hargaKini: number;
  readonly persenTertulis: number;
}

export interface DaftarHargaContoh {
  /** Suffix of the named range, LKIP_Harga_<grup>; the report's caption shows it with spaces. */
  readonly grup: string;
  readonly judul: string;
  readonly sumber: string;
  readonly baris: readonly BarisHargaContoh[];
  readonly rataRataTertulis: number;
}

export interface BarisAnggaranContoh {
  readonly program: string;
  readonly pagu: number;
  readonly realisasi: number;
  /** Physical progress (APBD only), as printed. */
  readonly fisikPersen?: number;
  /** Financial absorption as printed. */
  readonly persenTertulis: number;
}

export interface AnggaranContoh {
  readonly judul: string;
  readonly sumber: string;
  readonly baris: readonly BarisAnggaranContoh[];
  /** The printed total row, as printed: numbers, or text when the document misprints it. */
  readonly totalTertulis: {
    readonly pagu: number | string;
    readonly realisasi: number | string;
    readonly persen: number;
    readonly fisikPersen?: number;
  };
}

export interface DataContoh {
  readonly instansi: string;
  readonly tahun: number;
  readonly tahunLalu: number;
  /** Tabel 3.1: lower bound (inclusive, null = everything below) and label. */
  readonly skala: readonly { readonly ambangBawah: number | null; readonly label: string }[];
  /** Tabel 3.7: the price rise X up to this bound (inclusive, null = above every bound) gives this capaian. */
  readonly skalaInflasi: readonly { readonly ambangAtas: number | null; readonly capaian: number; readonly label: string }[];
  readonly batas: number;
  readonly kebijakanTargetNA: 'tercapai';
  /**
   * Tabel 2.7's three sasaran strategis (Tabel 2.6 puts every indicator under one sasaran; Tabel 2.7, which ties each
   * indicator to its programme, splits them in three: used here, the report's LKIP_Sasaran).
   */
  readonly sasaran: readonly SasaranContoh[];
  readonly indikator: readonly IndikatorContoh[];
  /** Tabel 3.2's "Tahun Dasar" column: the document prints NA for every indicator. */
  readonly realisasiTahunDasar: 'NA';
  readonly rataRataCapaianTertulis: number;
  readonly kategoriTertulis: string;
  readonly harga: readonly DaftarHargaContoh[];
  readonly kenaikanHargaGabunganTertulis: number;
  readonly anggaranApbd: AnggaranContoh;
  readonly anggaranApbn: AnggaranContoh;
}

const harga = (nama: string, satuan: string, hargaLalu: number, hargaKini: number, persenTertulis: number): BarisHargaContoh => ({
  nama,
  satuan,
  hargaLalu,
  hargaKini,
  persenTertulis,
});

export const DATA_NTT_2021: DataContoh = {
  instansi: 'Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur',
  tahun: 2021,
  tahunLalu: 2020,
  skala: [
    { ambangBawah: 85, label: 'Sangat Berhasil' },
    { ambangBawah: 75, label: 'Berhasil' },
    { ambangBawah: 55, label: 'Cukup Berhasil' },
    { ambangBawah: null, label: 'Belum Berhasil' },
  ],
  skalaInflasi: [
    { ambangAtas: 10, capaian: 100, label: 'Sangat Berhasil' },
    { ambangAtas: 30, capaian: 75, label: 'Berhasil' },
    { ambangAtas: 100, capaian: 50, label: 'Cukup Berhasil' },
    { ambangAtas: null, capaian: 25, label: 'Belum Berhasil' },
  ],
  batas: 100,
  kebijakanTargetNA: 'tercapai',
  sasaran: [
    { no: 1, nama: 'Terjaganya kestabilan harga barang dan terciptanya diversifikasi pasar dan produk unggulan daerah' },
    { no: 2, nama: 'Meningkatnya perlindungan konsumen dan pengamanan perdagangan' },
    { no: 3, nama: 'Menguatnya peran IKM dalam rantai nilai dan rantai pasok yang terintegrasi dengan industri besar' },
  ],
  indikator: [
    {
      noPk: 1,
      noTabel32: 1,
      nama: 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online',
      satuan: '%',
      target: 50,
      realisasi: { jenis: 'rasio', pembilang: 39, penyebut: 88 },
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: 88.64,
      targetAkhir: 100,
      sasaranNo: 1,
      programApbdNo: 2,
      keterangan: '39 pelaku usaha terintegrasi OSS dari 88 pelaku usaha yang diawasi dan difasilitasi',
    },
    {
      noPk: 2,
      noTabel32: null,
      nama: 'Persentase peningkatan cakupan distribusi barang di dalam wilayah NTT',
      satuan: '%',
      target: 25,
      realisasi: null,
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: null,
      targetAkhir: 100,
      sasaranNo: 1,
      programApbdNo: 3,
      keterangan: 'Ada di Perjanjian Kinerja, tidak diukur di Tabel 3.2 (anggaran program Rp 0)',
    },
    {
      noPk: 3,
      noTabel32: 2,
      nama: 'Persentase Kenaikan Harga setiap tahun',
      satuan: '%',
      target: 10,
      realisasi: null,
      polaritas: 'negatif',
      metode: 'inflasi',
      capaianTertulis: 75,
      targetAkhir: 10,
      sasaranNo: 1,
      programApbdNo: 4,
      keterangan:
        'Realisasi dikosongkan: dihitung dari daftar harga (rata-rata Tabel 3.5 dan 3.6, dokumen: 19,77), capaian dari skala Tabel 3.7',
    },
    {
      noPk: 4,
      noTabel32: 3,
      nama: 'Persentase Peningkatan Jumlah Komoditas Ekspor',
      satuan: '%',
      target: 16.67,
      realisasi: { jenis: 'pertumbuhan', tahunIni: 7, tahunLalu: 6 },
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: 100,
      targetAkhir: 11.11,
      sasaranNo: 1,
      programApbdNo: 5,
      keterangan: 'Komoditas ekspor 2021: 7 (tambah Kelor), 2020: 6',
    },
    {
      noPk: 5,
      noTabel32: 4,
      nama: 'Persentase Penurunan Pengaduan Konsumen yang menggunakan barang tidak sesuai standar',
      satuan: '%',
      target: 54.7,
      realisasi: { jenis: 'rasio', pembilang: 157, penyebut: 160 },
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: 100,
      targetAkhir: 56.7,
      sasaranNo: 2,
      programApbdNo: 6,
      keterangan: '157 dari 160; dokumen: capaian 179% (melebihi target tetap dihitung 100%)',
    },
    {
      noPk: 6,
      noTabel32: 5,
      nama: 'Persentase Pelaku usaha yang melakukan pengujian dan sertifikasi mutu produk (Target 2023 = 34 Pelaku Usaha)',
      satuan: '%',
      target: 'NA',
      realisasi: { jenis: 'rasio', pembilang: 3, penyebut: 34 },
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: 100,
      targetAkhir: 100,
      sasaranNo: 2,
      programApbdNo: 6,
      keterangan: '3 dari 34 pelaku usaha; target NA (belum dapat ditentukan), capaian dianggap 100%',
    },
    {
      noPk: 7,
      noTabel32: 6,
      nama: 'Persentase Peningkatan Transaksi Produk Lokal di dalam wilayah NTT',
      satuan: '%',
      target: 40,
      realisasi: { jenis: 'angka', nilai: 20 },
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: 50,
      targetAkhir: 90,
      sasaranNo: 1,
      programApbdNo: 7,
      keterangan: 'Realisasi seperti tertulis di Tabel 3.2',
    },
    {
      noPk: 8,
      noTabel32: null,
      nama: 'Persentase Peningkatan Transaksi Produk Lokal di Kawasan Pariwisata Estate',
      satuan: '%',
      target: 40,
      realisasi: null,
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: null,
      targetAkhir: 90,
      sasaranNo: 1,
      programApbdNo: 7,
      keterangan: 'Ada di Perjanjian Kinerja; kegiatan tidak dilaksanakan (refocusing), tidak diukur di Tabel 3.2',
    },
    {
      noPk: 9,
      noTabel32: 7,
      nama: 'Pertumbuhan industri pengolahan dengan memanfaatkan teknologi industri',
      satuan: '%',
      target: 1.12,
      realisasi: { jenis: 'pertumbuhan', tahunIni: 1593, tahunLalu: 1576 },
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: 96.43,
      targetAkhir: 3.36,
      sasaranNo: 3,
      programApbdNo: 8,
      keterangan: 'Industri pengolahan 2021: 1.593 unit, 2020: 1.576 unit',
    },
    {
      noPk: 10,
      noTabel32: 8,
      nama: 'Persentase Penurunan Pelanggaran Ijin Usaha Industri',
      satuan: '%',
      target: 50,
      realisasi: { jenis: 'rasio', pembilang: 4, penyebut: 35 },
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: 22.86,
      targetAkhir: 90,
      sasaranNo: 3,
      programApbdNo: 9,
      keterangan: '4 dari 35',
    },
    {
      noPk: 11,
      noTabel32: 9,
      nama: 'Kesesuaian data informasi industri dalam mendukung SIINas',
      satuan: '%',
      target: 10,
      realisasi: { jenis: 'rasio', pembilang: 21, penyebut: 65 },
      polaritas: 'positif',
      metode: 'rasio',
      capaianTertulis: 100,
      targetAkhir: 11.85,
      sasaranNo: 3,
      programApbdNo: 10,
      keterangan: '21 dari 65; target di lampiran PK tertulis 10,10; dokumen: capaian 323% (dihitung 100%)',
    },
  ],
  realisasiTahunDasar: 'NA',
  rataRataCapaianTertulis: 81.44,
  kategoriTertulis: 'Berhasil',
  harga: [
    {
      grup: 'Kebutuhan_Pokok',
      judul: 'Perbandingan Kenaikan/Penurunan Harga Bahan Kebutuhan Pokok',
      sumber: 'Tabel 3.5',
      rataRataTertulis: 12.76,
      baris: [
        harga('Beras', 'kg', 10950, 10143, -7.37),
        harga('Gula Pasir', 'kg', 16261, 14011, -13.84),
        harga('Minyak Goreng', 'ltr', 13521, 14913, 10.29),
        harga('Tepung Terigu', 'kg', 8333, 9846, 18.15),
        harga('Daging Sapi', 'kg', 82969, 89167, 7.47),
        harga('Daging Ayam', 'kg', 55000, 58348, 6.09),
        harga('Telur', 'kg', 47000, 45548, -3.09),
        harga('Cabe Merah', 'kg', 39474, 48960, 24.03),
        harga('Cabe Rawit', 'kg', 34982, 55809, 59.54),
        harga('Bawang Merah', 'kg', 24495, 27228, 11.16),
        harga('Bawang Putih', 'kg', 33150, 31560, -4.8),
        harga('Susu', 'gr/kl', 28000, 32285, 15.3),
        harga('Garam Beryodium', 'kg', 10000, 10000, 0),
        harga('Kacang Kedelai', 'kg', 12000, 12953, 7.94),
        harga('Kacang Tanah', 'kg', 29702, 28175, -5.14),
        harga('Kacang Hijau', 'kg', 28333, 26604, -6.1),
        harga('Mie Instan Kari Ayam', 'bks', 2500, 2593, 3.72),
        harga('Ikan Asin Teri', 'kg', 75000, 92311, 23.08),
        harga('Ikan Kembung', 'kg', 25000, 39625, 58.5),
        harga('Ketela Pohon', 'kg', 10000, 10000, 0),
        harga('Ikan Segar : Kembung', 'kg', 25000, 40946, 63.78),
        harga('Ikan Segar : Tongkol/Tuna/Cakalang', 'kg', 31063, 41370, 33.18),
        harga('Jagung Pipilan Kering (Untuk Pangan, Bukan Untuk Pakan)', 'kg', 8275, 7573, -8.48),
      ],
    },
    {
      grup: 'Barang_Penting',
      judul: 'Perbandingan Kenaikan/Penurunan Harga Barang Penting',
      sumber: 'Tabel 3.6',
      rataRataTertulis: 26.77,
      baris: [
        harga('Semen', 'kg', 44650, 42439, -4.95),
        harga('Besi Beton (Sni)', 'Batang', 45756, 69774, 52.49),
        harga('Tripleks', 'Lembar', 74625, 66365, -11.07),
        harga('Kayu Balok Gergajian', 'Batang', 64375, 60755, -5.62),
        harga('Kayu Papan', 'Lembar', 85000, 75813, -10.81),
        harga('Paku', 'kg', 12917, 19091, 47.8),
        harga('Pupuk Subsidi', 'kg', 1388, 2163, 55.86),
        harga('Seng', 'Lembar', 51375, 69285, 34.86),
        harga('Bajadek', 'Lembar', 146875, 267868, 82.38),
      ],
    },
  ],
  kenaikanHargaGabunganTertulis: 19.77,
  anggaranApbd: {
    judul: 'Alokasi dan Realisasi Anggaran Program/Kegiatan APBD TA 2021',
    sumber: 'Tabel 3.22',
    baris: [
      {
        program: 'Penunjang Urusan Pemerintah Daerah Provinsi',
        pagu: 11897548816,
        realisasi: 11636085122,
        fisikPersen: 100,
        persenTertulis: 97.8,
      },
      {
        program: 'Perizinan dan Pendaftaran Perusahaan',
        pagu: 28435450,
        realisasi: 27279750,
        fisikPersen: 100,
        persenTertulis: 95.94,
      },
      { program: 'Peningkatan Sarana Distribusi Perdagangan', pagu: 0, realisasi: 0, fisikPersen: 0, persenTertulis: 0 },
      {
        program: 'Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting',
        pagu: 195800740,
        realisasi: 195416500,
        fisikPersen: 100,
        persenTertulis: 99.8,
      },
      { program: 'Pengembangan Ekspor', pagu: 19987900, realisasi: 19987900, fisikPersen: 100, persenTertulis: 100 },
      {
        program: 'Standardisasi dan Perlindungan Konsumen',
        pagu: 540626670,
        realisasi: 530140600,
        fisikPersen: 100,
        persenTertulis: 98.06,
      },
      {
        program: 'Penggunaan dan Pemasaran Produk Dalam Negeri',
        pagu: 40428360,
        realisasi: 36249900,
        fisikPersen: 100,
        persenTertulis: 89.66,
      },
      {
        program: 'Perencanaan dan Pembangunan Industri',
        pagu: 728775660,
        realisasi: 644688200,
        fisikPersen: 100,
        persenTertulis: 88.46,
      },
      { program: 'Pengendalian Izin Usaha Industri', pagu: 8769180, realisasi: 8444000, fisikPersen: 100, persenTertulis: 96.29 },
      {
        program: 'Pengelolaan Sistem Informasi Industri Nasional',
        pagu: 59277740,
        realisasi: 59051000,
        fisikPersen: 100,
        persenTertulis: 99.62,
      },
    ],
    // The document's table prints the realisasi total as "13.157.342.97,-" (a digit lost); its text says 13.157.342.972.
    totalTertulis: { pagu: 13519650516, realisasi: '13.157.342.97,-', persen: 97.32, fisikPersen: 100 },
  },
  anggaranApbn: {
    judul: 'Alokasi dan Realisasi Anggaran Program/Kegiatan APBN TA 2021 (Dana Dekonsentrasi)',
    sumber: 'Tabel 3.24',
    baris: [
      { program: 'Nilai Tambah dan Daya Saing Industri', pagu: 982700000, realisasi: 968060100, persenTertulis: 98.51 },
      { program: 'Pengembangan Perdagangan Dalam Negeri', pagu: 727377000, realisasi: 607020102, persenTertulis: 83.45 },
      { program: 'Peningkatan Perdagangan Luar Negeri', pagu: 484883000, realisasi: 458892000, persenTertulis: 94.64 },
    ],
    totalTertulis: { pagu: 2194960000, realisasi: 2033972202, persen: 92.67 },
  },
};
