/**
 * Every text the task pane shows, in Bahasa Indonesia (default) and English (when Office's display
 * language is English). Report captions and the engine's messages stay Indonesian: they are the LKIP's own.
 */
import { createContext, useContext } from 'react';
import type { Tingkat } from '../report/hasil';
import { LABEL_TAHAP, type TahapKemajuan } from '../report/kemajuan';

export type Bahasa = 'id' | 'en';

export interface Teks {
  readonly bahasa: Bahasa;
  readonly judul: string;
  readonly penjelasan: string;
  readonly bukanExcel: string;
  readonly memuat: string;

  readonly judulStatus: string;
  readonly wajib: string;
  readonly ditemukan: (jumlahBaris: number | undefined) => string;
  readonly tidakDitemukan: string;
  readonly memeriksa: string;
  readonly periksaUlang: string;
  readonly wajibBelumAda: (jumlah: number) => string;
  readonly belumAdaNama: string;
  readonly opsionalBelumAda: (nama: readonly string[]) => string;

  readonly tombolHitung: string;
  readonly sedangMenghitung: string;
  readonly kemajuan: (tahap: TahapKemajuan, selesai: number, total: number) => string;
  readonly judulDitulis: string;
  readonly isiDitulis: (lembar: readonly string[]) => string;
  readonly judulDitolak: string;
  readonly isiDitolak: string;
  readonly judulKonfirmasi: string;
  readonly tanyaGanti: (lembar: readonly string[]) => string;
  readonly ganti: string;
  readonly batal: string;
  readonly dibatalkan: string;
  readonly judulGalat: string;
  readonly tutup: string;

  readonly judulRingkasan: string;
  readonly rataRataCapaian: string;
  readonly kategori: string;
  readonly indikatorDiukur: (diukur: number, semua: number) => string;
  readonly kenaikanHarga: string;
  readonly capaianKenaikanHarga: string;
  readonly serapanAnggaran: string;
  /** Per sasaran strategis (LKIP_Sasaran): the label's prefix of each sasaran's line. */
  readonly sasaran: string;
  readonly indikatorDiukurSingkat: (diukur: number) => string;
  /** The efficiency table counted: "Efisien 5 · Tidak Efisien 4 · tidak dihitung 2". */
  readonly efisiensi: string;
  readonly tidakDihitung: (jumlah: number) => string;
  readonly temuanPerTingkat: string;
  readonly tidakDiukur: string;
  readonly tingkat: Readonly<Record<Tingkat, string>>;

  readonly judulMasalah: string;
  readonly judulTemuan: string;
  readonly tidakAdaMasalah: string;
  readonly tidakAdaTemuan: string;
  readonly pilihSel: string;
  readonly baris: (baris: number) => string;
  readonly lainnya: (jumlah: number) => string;

  readonly judulOpsi: string;
  readonly labelSkala: string;
  readonly skalaTabel31: string;
  readonly skalaLimaTingkat: string;
  readonly labelBatas: string;
  readonly tanpaBatas: string;
  readonly labelTargetNA: string;
  readonly naTercapai: string;
  readonly naDikecualikan: string;
  readonly catatanOpsi: string;
  readonly opsiMenyimpan: string;
  readonly opsiTersimpan: string;
  readonly opsiGagal: (pesan: string) => string;

  readonly judulContoh: string;
  readonly penjelasanContoh: string;
  readonly tombolContoh: string;
  readonly sedangMembuatContoh: string;
  readonly contohTidakPerlu: string;
  readonly contohDibuat: (lembar: string) => string;
  readonly contohNamaSudahAda: (nama: readonly string[]) => string;
  readonly contohLembarSudahAda: (lembar: string) => string;
}

const daftarLembar = (lembar: readonly string[]): string => lembar.map((l) => `'${l}'`).join(', ');

/** The stages of a run in English (Indonesian: LABEL_TAHAP, report/kemajuan.ts, shared with the command line). */
const LABEL_TAHAP_EN: Readonly<Record<TahapKemajuan, string>> = {
  membaca: 'Reading',
  'membaca harga harian': 'Reading daily prices',
  menghitung: 'Computing',
  'menyusun laporan': 'Building the report',
  menulis: 'Writing',
};

/** "Membaca harga harian: 12 dari 40 bagian". */
function denganTahap(label: string, hitungan: string): string {
  return `${label}: ${hitungan}`;
}

export const TEKS_ID: Teks = {
  bahasa: 'id',
  judul: 'LKIP Kinerja',
  penjelasan:
    'Menghitung capaian kinerja dari rentang bernama LKIP_ di buku kerja ini, lalu menulis tabel LKIP ke lembar "Laporan LKIP", hasil pemeriksaan ke lembar "Verifikasi", dan draf narasi per indikator ke lembar "Narasi LKIP".',
  bukanExcel: 'LKIP Kinerja hanya berjalan di Excel. Buka add-in ini dari Excel (desktop atau web).',
  memuat: 'Memuat…',

  judulStatus: 'Status buku kerja',
  wajib: 'wajib',
  ditemukan: (n) => (n === undefined ? 'ada' : `ada, ${n} baris`),
  tidakDitemukan: 'tidak ditemukan',
  memeriksa: 'Memeriksa buku kerja…',
  periksaUlang: 'Periksa ulang',
  wajibBelumAda: (n) => `${n} nama wajib belum ada. Laporan tidak dapat ditulis sebelum nama itu dibuat.`,
  belumAdaNama: 'Belum diperiksa.',
  opsionalBelumAda: (nama) => `Nama opsional yang belum ada: ${nama.join(', ')}.`,

  tombolHitung: 'Hitung Ulang Laporan',
  sedangMenghitung: 'Menghitung…',
  kemajuan: (tahap, selesai, total) => denganTahap(LABEL_TAHAP[tahap], `${selesai} dari ${total} bagian`),
  judulDitulis: 'Laporan selesai ditulis',
  isiDitulis: (lembar) =>
    lembar.length === 0 ? 'Tidak ada lembar yang berubah.' : `Lembar yang ditulis: ${daftarLembar(lembar)}.`,
  judulDitolak: 'Tidak ada yang ditulis',
  isiDitolak: 'Masukan wajib hilang atau tidak valid. Perbaiki masalah di bawah, lalu hitung ulang.',
  judulKonfirmasi: 'Perlu konfirmasi',
  tanyaGanti: (lembar) => `Lembar ${daftarLembar(lembar)} sudah ada dan bukan buatan LKIP Kinerja. Ganti?`,
  ganti: 'Ganti',
  batal: 'Batal',
  dibatalkan: 'Dibatalkan. Tidak ada yang ditulis.',
  judulGalat: 'Terjadi kesalahan',
  tutup: 'Tutup pesan',

  judulRingkasan: 'Ringkasan',
  rataRataCapaian: 'Rata-rata capaian',
  kategori: 'Kategori',
  indikatorDiukur: (diukur, semua) => `${diukur} dari ${semua} indikator diukur`,
  kenaikanHarga: 'Kenaikan harga',
  capaianKenaikanHarga: 'Capaian indikator kenaikan harga',
  serapanAnggaran: 'Serapan anggaran',
  sasaran: 'Sasaran',
  indikatorDiukurSingkat: (diukur) => `${diukur} indikator diukur`,
  efisiensi: 'Efisiensi penggunaan anggaran',
  tidakDihitung: (jumlah) => `tidak dihitung ${jumlah}`,
  temuanPerTingkat: 'Temuan verifikasi',
  tidakDiukur: 'tidak ada data',
  tingkat: { galat: 'Galat', peringatan: 'Peringatan', info: 'Info' },

  judulMasalah: 'Masalah pada masukan',
  judulTemuan: 'Temuan verifikasi',
  tidakAdaMasalah: 'Tidak ada masalah pada masukan.',
  tidakAdaTemuan: 'Tidak ada temuan.',
  pilihSel: 'Pilih sel',
  baris: (b) => `baris ${b}`,
  lainnya: (n) => `… dan ${n} lainnya; lihat lembar "Verifikasi".`,

  judulOpsi: 'Opsi perhitungan',
  labelSkala: 'Skala kategori',
  skalaTabel31: 'Tabel 3.1 (4 tingkat, bawaan)',
  skalaLimaTingkat: 'Lima tingkat',
  labelBatas: 'Batas capaian',
  tanpaBatas: 'Tanpa batas',
  labelTargetNA: 'Target NA',
  naTercapai: 'Dianggap tercapai (100 %)',
  naDikecualikan: 'Dikecualikan dari rata-rata',
  catatanOpsi:
    'Opsi disimpan di buku kerja ini. Bila buku kerja memiliki nama LKIP_Skala, LKIP_Batas atau LKIP_Target_NA, nilai di nama itulah yang dipakai.',
  opsiMenyimpan: 'Menyimpan opsi…',
  opsiTersimpan: 'Opsi tersimpan di buku kerja.',
  opsiGagal: (p) => `Opsi gagal disimpan: ${p}`,

  judulContoh: 'Contoh',
  penjelasanContoh:
    'Menambahkan lembar masukan berisi angka LKIP 2021 beserta semua rentang bernamanya, untuk mencoba add-in di buku kerja kosong.',
  tombolContoh: 'Buat Contoh',
  sedangMembuatContoh: 'Membuat contoh…',
  contohTidakPerlu: 'Buku kerja ini sudah memiliki nama LKIP_. Contoh tidak dibuat agar data Anda tidak tertimpa.',
  contohDibuat: (l) => `Lembar contoh '${l}' dibuat. Klik "Hitung Ulang Laporan" untuk mencobanya.`,
  contohNamaSudahAda: (nama) => `Contoh tidak dibuat: nama ${nama.join(', ')} sudah ada di buku kerja ini.`,
  contohLembarSudahAda: (l) => `Contoh tidak dibuat: lembar '${l}' sudah ada. Ganti nama atau hapus lembar itu dulu.`,
};

export const TEKS_EN: Teks = {
  bahasa: 'en',
  judul: 'LKIP Kinerja',
  penjelasan:
    'Computes performance achievement from the LKIP_ named ranges in this workbook, then writes the LKIP tables to the "Laporan LKIP" sheet, the checks to the "Verifikasi" sheet and narrative drafts per indicator to the "Narasi LKIP" sheet.',
  bukanExcel: 'LKIP Kinerja runs only in Excel. Open this add-in from Excel (desktop or web).',
  memuat: 'Loading…',

  judulStatus: 'Workbook status',
  wajib: 'required',
  ditemukan: (n) => (n === undefined ? 'found' : `found, ${n} ${n === 1 ? 'row' : 'rows'}`),
  tidakDitemukan: 'missing',
  memeriksa: 'Checking the workbook…',
  periksaUlang: 'Check again',
  wajibBelumAda: (n) =>
    `${n} required ${n === 1 ? 'name is' : 'names are'} missing. The report cannot be written until they exist.`,
  belumAdaNama: 'Not checked yet.',
  opsionalBelumAda: (nama) => `Optional names not present: ${nama.join(', ')}.`,

  tombolHitung: 'Recalculate report',
  sedangMenghitung: 'Calculating…',
  kemajuan: (tahap, selesai, total) => denganTahap(LABEL_TAHAP_EN[tahap], `${selesai} of ${total} parts`),
  judulDitulis: 'Report written',
  isiDitulis: (lembar) => (lembar.length === 0 ? 'No sheet changed.' : `Sheets written: ${daftarLembar(lembar)}.`),
  judulDitolak: 'Nothing was written',
  isiDitolak: 'Required input is missing or invalid. Fix the problems below, then recalculate.',
  judulKonfirmasi: 'Confirmation needed',
  tanyaGanti: (lembar) => `Sheet ${daftarLembar(lembar)} already exists and was not created by LKIP Kinerja. Replace it?`,
  ganti: 'Replace',
  batal: 'Cancel',
  dibatalkan: 'Cancelled. Nothing was written.',
  judulGalat: 'Something went wrong',
  tutup: 'Dismiss message',

  judulRingkasan: 'Summary',
  rataRataCapaian: 'Average achievement',
  kategori: 'Category',
  indikatorDiukur: (diukur, semua) => `${diukur} of ${semua} indicators measured`,
  kenaikanHarga: 'Price rise',
  capaianKenaikanHarga: 'Achievement of the price-rise indicator',
  serapanAnggaran: 'Budget absorption',
  sasaran: 'Objective',
  indikatorDiukurSingkat: (diukur) => `${diukur} measured`,
  efisiensi: 'Efficiency of budget use',
  tidakDihitung: (jumlah) => `not computed ${jumlah}`,
  temuanPerTingkat: 'Verification findings',
  tidakDiukur: 'no data',
  tingkat: { galat: 'Error', peringatan: 'Warning', info: 'Info' },

  judulMasalah: 'Input problems',
  judulTemuan: 'Verification findings',
  tidakAdaMasalah: 'No input problems.',
  tidakAdaTemuan: 'No findings.',
  pilihSel: 'Select cell',
  baris: (b) => `row ${b}`,
  lainnya: (n) => `… and ${n} more; see the "Verifikasi" sheet.`,

  judulOpsi: 'Calculation options',
  labelSkala: 'Category scale',
  skalaTabel31: 'Table 3.1 (4 levels, default)',
  skalaLimaTingkat: 'Five levels',
  labelBatas: 'Achievement cap',
  tanpaBatas: 'No cap',
  labelTargetNA: 'Target NA',
  naTercapai: 'Counted as achieved (100 %)',
  naDikecualikan: 'Left out of the average',
  catatanOpsi:
    'Options are stored in this workbook. When the workbook has the names LKIP_Skala, LKIP_Batas or LKIP_Target_NA, their values are used instead.',
  opsiMenyimpan: 'Saving options…',
  opsiTersimpan: 'Options saved in the workbook.',
  opsiGagal: (p) => `Options could not be saved: ${p}`,

  judulContoh: 'Example',
  penjelasanContoh:
    'Adds an input sheet with the 2021 LKIP figures and all its named ranges, to try the add-in in an empty workbook.',
  tombolContoh: 'Create example',
  sedangMembuatContoh: 'Creating the example…',
  contohTidakPerlu: 'This workbook already has LKIP_ names. The example is not created so that your data is not overwritten.',
  contohDibuat: (l) => `Example sheet '${l}' created. Click "Recalculate report" to try it.`,
  contohNamaSudahAda: (nama) => `Example not created: the names ${nama.join(', ')} already exist in this workbook.`,
  contohLembarSudahAda: (l) => `Example not created: a sheet '${l}' already exists. Rename or delete it first.`,
};

/** Office's display language ("en-US", "id-ID") → the pane's texts; anything but English gets Indonesian. */
export function pilihTeks(bahasaTampilan: string | undefined | null): Teks {
  return typeof bahasaTampilan === 'string' && /^en\b/i.test(bahasaTampilan.trim()) ? TEKS_EN : TEKS_ID;
}

export const KonteksTeks = createContext<Teks>(TEKS_ID);

export function useTeks(): Teks {
  return useContext(KonteksTeks);
}
