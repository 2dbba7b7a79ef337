/**
 * A fake LayananPanel for the task-pane tests: records every call, answers from plain data, and lets a
 * test hold a run open (tunda) to look at the busy state. Figures are the source document's (LKIP NTT 2021:
 * rata-rata capaian 81,44 "Berhasil", kenaikan harga 19,77 → 75, serapan APBD 97,32).
 */
import type { HasilJalankan, Masalah, OpsiJalankan, Ringkasan, StatusNama } from '../../src/report/hasil';
import type { HasilContoh, HasilPeriksa, LayananPanel, OpsiPanel } from '../../src/taskpane/layanan';
import { OPSI_BAKU } from '../../src/taskpane/layanan';

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

export const RINGKASAN_NTT_2021: Ringkasan = {
  instansi: 'Dinas Perindustrian dan Perdagangan Provinsi NTT',
  tahun: 2021,
  jumlahIndikator: 11,
  jumlahDiukur: 9,
  rataRataCapaian: '81,44 %',
  kategori: 'Berhasil',
  kenaikanHarga: '19,77 %',
  capaianKenaikanHarga: '75 %',
  serapanAnggaran: '97,32 %',
  temuan: { galat: 1, peringatan: 2, info: 3 },
};

export const TEMUAN_NTT_2021: readonly Masalah[] = [
  {
    tingkat: 'info',
    id: 'harga-bulat:minyak-goreng',
    nama: 'LKIP_Harga_Pokok',
    baris: 6,
    lembar: 'Data LKIP',
    alamat: 'G45',
    pesan: 'Minyak Goreng: tertulis 10,30, dihitung 10,29 (pembulatan).',
  },
  {
    tingkat: 'peringatan',
    id: 'tanpa-realisasi:5',
    nama: 'LKIP_Realisasi',
    baris: 10,
    lembar: 'Data LKIP',
    alamat: 'E27',
    pesan: 'Indikator ke-10 memiliki target tetapi tidak memiliki realisasi.',
  },
  {
    tingkat: 'galat',
    id: 'anggaran-total',
    nama: 'LKIP_Anggaran',
    lembar: 'Data LKIP',
    alamat: 'D70',
    pesan: 'Total tertulis 13.157.342.97,- berbeda dari jumlah baris 13.157.342.972.',
  },
  {
    tingkat: 'peringatan',
    id: 'tanpa-realisasi:11',
    nama: 'LKIP_Realisasi',
    baris: 11,
    lembar: 'Data LKIP',
    alamat: 'E28',
    pesan: 'Indikator ke-11 memiliki target tetapi tidak memiliki realisasi.',
  },
  { tingkat: 'info', id: 'na:5', pesan: 'Target NA dianggap tercapai 100 %.' },
  { tingkat: 'info', id: 'batas:2', nama: 'LKIP_Realisasi', baris: 2, pesan: 'Capaian 179,40 % dihitung 100 %.' },
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
    opsiTersimpan: awal.opsiTersimpan ?? OPSI_BAKU,
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
