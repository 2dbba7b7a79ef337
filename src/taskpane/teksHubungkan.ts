/**
 * The texts of "Hubungkan Tabel" (BagianHubungkan and its proposal editor), Bahasa Indonesia and English, chosen
 * by the pane's language (Teks.bahasa). They live beside teks.ts (the pane's other texts) only because they load
 * with those components, in lazy chunks: the pane's first download has a budget (500 KB / 152 KB gzip,
 * test/build/bundel.test.ts) that the main bundle was already within 2 KB of before this feature. The detector's own reasons,
 * notes and questions stay Indonesian, as the engine's messages do.
 */
import { BATAS_SEL_DETEKSI, pesanLembarDilewati, type HasilBuatNama, type LembarDilewati } from '../report/deteksi/bacaan';
import type { JenisTabel, StatusTabel, TabelTerdeteksi } from '../report/deteksi/jenis';
import type { Bahasa } from './teks';

export interface TeksHubungkan {
  readonly judulHubungkan: string;
  readonly penjelasanHubungkan: string;
  readonly penjelasanHubungkanAdaNama: string;
  readonly tombolHubungkan: string;
  readonly tombolHubungkanPilihan: string;
  readonly sedangMencariTabel: string;
  readonly dibacaDariPilihan: (alamat: string) => string;
  readonly tanpaGabungan: string;
  readonly lembarDilewati: (l: LembarDilewati) => string;
  readonly tidakAdaTabel: string;
  /** `uraianId`: uraikanTabel(t) ("tabel kinerja di 'PK 2021'!A5:H17 (11 indikator)"); `jumlah`: jumlahBarisTabel(t). */
  readonly uraianTabel: (t: TabelTerdeteksi, uraianId: string, jumlah: number) => string;
  readonly statusTabel: Readonly<Record<StatusTabel, string>>;
  readonly kolomKepala: (huruf: string, kepala: string) => string;
  readonly tanpaNama: string;
  /** A settings cell (LKIP_Tahun, LKIP_Instansi) next to its label. */
  readonly sel: (rujukan: string, label: string) => string;
  readonly namaTabel: string;
  readonly janganDibuat: string;
  readonly perluPilihan: (nama: string) => string;
  readonly namaSudahAda: (nama: readonly string[]) => string;
  readonly gantiNamaAda: string;
  readonly tombolBuatNama: (jumlah: number) => string;
  readonly masihPerluPilihan: string;
  readonly sedangMembuatNama: string;
  readonly namaDibuat: (h: HasilBuatNama) => string;
  readonly tutupHubungkan: string;
}

const KATA_JENIS_EN: Readonly<Record<JenisTabel, string>> = {
  kinerja: 'Performance table',
  harga: 'Price list',
  anggaran: 'Budget table',
};
const SATUAN_EN: Readonly<Record<JenisTabel, string>> = { kinerja: 'indicators', harga: 'items', anggaran: 'programmes' };

export const TEKS_HUBUNGKAN_ID: TeksHubungkan = {
  judulHubungkan: 'Hubungkan Tabel',
  penjelasanHubungkan:
    'Buku kerja ini belum memiliki nama LKIP_. Add-in dapat mencari tabel pengukuran kinerja, daftar harga dan tabel anggaran Anda sendiri dan mengusulkan nama untuk setiap kolomnya. Tidak ada nama yang dibuat sebelum Anda setuju.',
  penjelasanHubungkanAdaNama:
    'Cari tabel lain di buku kerja ini (atau di sel yang dipilih) dan usulkan nama LKIP_ untuknya. Nama yang sudah ada tidak diganti tanpa persetujuan Anda.',
  tombolHubungkan: 'Hubungkan Tabel',
  tombolHubungkanPilihan: 'Hanya Sel Terpilih',
  sedangMencariTabel: 'Mencari tabel…',
  dibacaDariPilihan: (a) => `Dibaca dari sel terpilih ${a}.`,
  tanpaGabungan:
    'Excel ini belum dapat melaporkan sel gabungan (ExcelApi 1.13); kepala tabel yang digabung dibaca dari tata letaknya. Periksa usulannya.',
  lembarDilewati: (l) => pesanLembarDilewati(l),
  tidakAdaTabel:
    'Tidak ada tabel yang dikenali. Kepala tabel perlu memuat kolom seperti Indikator, Target dan Realisasi (lihat docs/deteksi.md), atau buat nama LKIP_ sendiri.',
  uraianTabel: (_t, uraianId) => uraianId.replace(/^./, (h) => h.toUpperCase()),
  statusTabel: {
    siap: 'Siap diberi nama.',
    perlu_pilihan: 'Perlu pilihan Anda (lihat di atas).',
    tidak_dipilih: 'Tidak dipakai.',
    tidak_terpetakan: 'Tidak dapat diberi nama:',
  },
  kolomKepala: (h, k) => `Kolom ${h}: ${k === '' ? '(kepala kosong)' : k}`,
  tanpaNama: '(tanpa nama)',
  sel: (r, l) => `Sel ${r} (di samping "${l}")`,
  namaTabel: 'Nama tabel',
  janganDibuat: '(jangan dibuat)',
  perluPilihan: (n) => `Pilih untuk ${n}`,
  namaSudahAda: (n) => `Nama ini sudah ada di buku kerja: ${n.join(', ')}. Nama itu dilewati, kecuali Anda mencentang di bawah.`,
  gantiNamaAda: 'Ganti nama yang sudah ada',
  tombolBuatNama: (j) => `Buat ${j} Nama`,
  masihPerluPilihan: 'Jawab dulu pilihan di atas; tidak ada yang ditebak.',
  sedangMembuatNama: 'Membuat nama…',
  namaDibuat: (h) =>
    [
      h.dibuat.length > 0 ? `${h.dibuat.length} nama dibuat: ${h.dibuat.join(', ')}.` : 'Tidak ada nama baru.',
      h.diganti.length > 0 ? `Diganti: ${h.diganti.join(', ')}.` : '',
      h.dilewati.length > 0 ? `Dilewati karena sudah ada: ${h.dilewati.join(', ')}.` : '',
      'Klik "Hitung Ulang Laporan".',
    ]
      .filter((x) => x !== '')
      .join(' '),
  tutupHubungkan: 'Batal',
};

export const TEKS_HUBUNGKAN_EN: TeksHubungkan = {
  judulHubungkan: 'Connect Tables',
  penjelasanHubungkan:
    'This workbook has no LKIP_ names yet. The add-in can find your own performance, price and budget tables and propose a name for each column. No name is created until you agree.',
  penjelasanHubungkanAdaNama:
    'Find other tables in this workbook (or in the selected cells) and propose LKIP_ names for them. Existing names are never replaced without your consent.',
  tombolHubungkan: 'Connect Tables',
  tombolHubungkanPilihan: 'Selected Cells Only',
  sedangMencariTabel: 'Looking for tables…',
  dibacaDariPilihan: (a) => `Read from the selected cells ${a}.`,
  tanpaGabungan:
    'This Excel cannot report merged cells (ExcelApi 1.13); merged table headers were read from their layout. Please check the proposal.',
  lembarDilewati: (l) =>
    `Sheet "${l.nama}" was not scanned: its used area is larger than ${BATAS_SEL_DETEKSI} cells; define LKIP_ names for its tables yourself.`,
  tidakAdaTabel:
    'No table was recognised. A table header needs columns such as Indikator, Target and Realisasi (see docs/deteksi.md), or define LKIP_ names yourself.',
  uraianTabel: (t, _id, jumlah) => `${KATA_JENIS_EN[t.jenis]} in ${t.rujukan} (${jumlah} ${SATUAN_EN[t.jenis]})`,
  statusTabel: {
    siap: 'Ready to be named.',
    perlu_pilihan: 'Needs your choice (see above).',
    tidak_dipilih: 'Not used.',
    tidak_terpetakan: 'Cannot be named:',
  },
  kolomKepala: (h, k) => `Column ${h}: ${k === '' ? '(empty header)' : k}`,
  tanpaNama: '(no name)',
  sel: (r, l) => `Cell ${r} (next to "${l}")`,
  namaTabel: 'Table name',
  janganDibuat: '(do not create)',
  perluPilihan: (n) => `Choose for ${n}`,
  namaSudahAda: (n) => `These names already exist in the workbook: ${n.join(', ')}. They are skipped unless you tick below.`,
  gantiNamaAda: 'Replace existing names',
  tombolBuatNama: (j) => `Create ${j} Names`,
  masihPerluPilihan: 'Answer the choices above first; nothing is guessed.',
  sedangMembuatNama: 'Creating names…',
  namaDibuat: (h) =>
    [
      h.dibuat.length > 0 ? `${h.dibuat.length} names created: ${h.dibuat.join(', ')}.` : 'No new names.',
      h.diganti.length > 0 ? `Replaced: ${h.diganti.join(', ')}.` : '',
      h.dilewati.length > 0 ? `Skipped, they already exist: ${h.dilewati.join(', ')}.` : '',
      'Click "Recalculate report".',
    ]
      .filter((x) => x !== '')
      .join(' '),
  tutupHubungkan: 'Cancel',
};

export function teksHubungkan(bahasa: Bahasa): TeksHubungkan {
  return bahasa === 'en' ? TEKS_HUBUNGKAN_EN : TEKS_HUBUNGKAN_ID;
}
