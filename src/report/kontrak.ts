/**
 * The workbook contract: which workbook-scoped names the report reads, their shapes, and the settings they
 * carry. `bacaKontrak` turns the names read by the port into the engine's input (MasukanLaporan), the task
 * pane's status list and the problems found while reading (a galat blocks the write).
 *
 * The names are data, not code: ./kontrak/daftar.ts holds one row per named range (name or prefix, shape,
 * required, reader, default) and docs/kontrak.md shows the same table to users (a test keeps them equal).
 * bacaKontrak is a short sequence of loops over those rows:
 *
 *   1. sort the workbook's names into rows (./kontrak/nama: NamaTerpilah; a typed price list whose group also
 *      comes as daily prices is left out, GRUP-HARGA-GANDA);
 *   2. check names: unreadable, unknown, on a sheet the report rewrites, required but missing; the indicator
 *      columns' shape and length (./kontrak/nama, ./kontrak/indikator);
 *   3. read every setting with its reader, keeping the default when it is bad (./kontrak/pengaturan);
 *   4. check the tables' shapes;
 *   5. unless a galat stops here: read the indicator rows and every table with its reader (./kontrak/tabel).
 * Problems are listed in that order (the task pane shows them so).
 *
 * Daily prices (LKIP_HargaHarian_<Grup>): their rows are NOT read here; the range is handed as it is to the
 * core's collector in chunks (./hitung/grupHarian), which reads dates and prices and reports every bad row.
 */
import { pesanGalat } from '../core';
import type { Temuan } from './hasil';
import { KOLOM_INDIKATOR, PENGATURAN, TABEL_MASUKAN, type JenisTabel, type NilaiPengaturan } from './kontrak/daftar';
import { bacaBarisIndikator, kolomRiwayat, periksaPanjangKolom } from './kontrak/indikator';
import type { BarisIndikator, HasilBacaKontrak, MasukanLaporan, PengaturanBawaan } from './kontrak/jenis';
import {
  NamaTerpilah,
  daftarStatus,
  periksaBentuk,
  periksaLembarLaporan,
  periksaTidakDikenal,
  periksaTidakTerbaca,
  periksaWajib,
} from './kontrak/nama';
import { bandingkanPosisi, temuanRentang } from './kontrak/rentang';
import type { NamaTidakTerbaca, RentangBernama } from './port';

export * from './kontrak/jenis';
export {
  DAFTAR_NAMA,
  KOLOM_INDIKATOR,
  KOLOM_RIWAYAT,
  PENGATURAN,
  TABEL_MASUKAN,
  jenisDari,
  tahunRiwayat,
  type Bentuk,
  type JenisNama,
  type NilaiPengaturan,
} from './kontrak/daftar';
export { alamatNama, temuanSel, rujukanRentang, selDari, teksSel, ukuranRentang, type SelMasukan } from './kontrak/rentang';

/** Every name starting with this is one price group: LKIP_Harga_Pokok, LKIP_Harga_Penting, … */
export const AWALAN_HARGA = TABEL_MASUKAN.harga.nama;
/** Every name starting with this is one daily price group: LKIP_HargaHarian_Pokok, … (does not start with AWALAN_HARGA). */
export const AWALAN_HARGA_HARIAN = TABEL_MASUKAN.hargaHarian.nama;
/** Further budget tables besides LKIP_Anggaran: LKIP_Anggaran_APBN, … */
export const AWALAN_ANGGARAN_LAIN = TABEL_MASUKAN.anggaranLain.nama;

/**
 * Validate the contract and turn the names into the engine's input. Pure: the same names give the
 * same result. Names are matched case-insensitively (Excel's names are).
 */
export function bacaKontrak(
  rentang: readonly RentangBernama[],
  pengaturanBawaan?: PengaturanBawaan,
  tidakTerbaca: readonly NamaTidakTerbaca[] = [],
): HasilBacaKontrak {
  const nama = new NamaTerpilah(rentang);
  const masalah: Temuan[] = [
    ...periksaTidakTerbaca(tidakTerbaca),
    ...periksaTidakDikenal(nama),
    ...periksaLembarLaporan(rentang),
    ...periksaWajib(nama, tidakTerbaca),
    ...periksaBentuk(nama, 'kolom'),
    ...periksaPanjangKolom(nama),
  ];
  const statusNama = daftarStatus(nama);
  const pengaturan = bacaSemuaPengaturan(nama, pengaturanBawaan, masalah);
  // One push per finding, never a spread into a call: findings can be one per row (no stack overflow).
  for (const m of [...periksaTahunHargaHarian(nama, pengaturan, masalah), ...periksaBentuk(nama, 'tabel')]) masalah.push(m);

  const indikatorR = nama.satu(KOLOM_INDIKATOR.indikator);
  if (!indikatorR || masalah.some((m) => m.tingkat === 'galat')) return { masukan: null, statusNama, masalah };
  const riwayat = kolomRiwayat(nama, pengaturan.tahun, masalah);
  const indikator = bacaBarisIndikator(nama, riwayat);
  if (indikator.length === 0) {
    const pesan = `${indikatorR.nama} tidak berisi satu indikator pun: isi nama, target dan realisasi.`;
    masalah.push(temuanRentang('galat', indikatorR, pesan.replace(indikatorR.nama, KOLOM_INDIKATOR.indikator.nama)));
    return { masukan: null, statusNama, masalah };
  }
  const masukan = susunMasukan(nama, pengaturan, indikator, masalah);
  return { masukan: { ...masukan, tahunRiwayat: riwayat.map(([t]) => t) }, statusNama, masalah };
}

/** Every setting read by its reader; a bad one is a galat naming its range (or the pane's option) and keeps the default. */
function bacaSemuaPengaturan(nama: NamaTerpilah, bawaan: PengaturanBawaan, masalah: Temuan[]): NilaiPengaturan {
  const nilai: Record<string, unknown> = {};
  for (const [kunci, j] of Object.entries(PENGATURAN)) {
    const r = nama.satu(j);
    try {
      nilai[kunci] = j.baca({ nama: j.nama, rentang: r, panel: j.dariPanel ? bawaan?.[j.dariPanel] : undefined });
    } catch (e) {
      nilai[kunci] = j.bawaan;
      masalah.push(
        r
          ? temuanRentang('galat', r, `${j.nama}: ${pesanGalat(e)}`)
          : { tingkat: 'galat', nama: j.nama, pesan: `Pengaturan ${j.nama}: ${pesanGalat(e)}` },
      );
    }
  }
  return nilai as NilaiPengaturan;
}

/** Daily prices need the report year (their averages are for that year and the one before). */
function periksaTahunHargaHarian(nama: NamaTerpilah, pengaturan: NilaiPengaturan, masalah: readonly Temuan[]): Temuan[] {
  const harian = nama.dipakai(TABEL_MASUKAN.hargaHarian);
  const tahunR = nama.satu(PENGATURAN.tahun);
  const NAMA_TAHUN = PENGATURAN.tahun.nama;
  if (pengaturan.tahun !== null || harian.length === 0) return [];
  if (tahunR && masalah.some((m) => m.nama === tahunR.nama)) return []; // already reported as unreadable
  const daftar = harian.map((r) => r.nama).join(', ');
  const akibat = 'rata-rata harga dihitung untuk tahun itu dan tahun sebelumnya.';
  return [
    tahunR
      ? temuanRentang(
          'galat',
          tahunR,
          `${NAMA_TAHUN} kosong, padahal ada harga harian (${daftar}): isi tahun laporan (misalnya 2021); ${akibat}`,
        )
      : {
          tingkat: 'galat',
          nama: NAMA_TAHUN,
          pesan: `Nama ${NAMA_TAHUN} tidak ditemukan, padahal ada harga harian (${daftar}): buat rentang bernama ${NAMA_TAHUN} (satu sel berisi tahun laporan, misalnya 2021); ${akibat}`,
        },
  ];
}

/** The engine's input: the settings, the indicator rows and every table read by its row's reader. */
function susunMasukan(
  nama: NamaTerpilah,
  pengaturan: NilaiPengaturan,
  indikator: BarisIndikator[],
  masalah: Temuan[],
): MasukanLaporan {
  const baca = <T>(j: JenisTabel<T>): T[] => nama.dipakai(j).map((r) => j.baca(r, masalah, j.nama));
  const grupHarga = baca(TABEL_MASUKAN.harga);
  const grupHargaHarian = baca(TABEL_MASUKAN.hargaHarian);
  const anggaran = [...baca(TABEL_MASUKAN.anggaran), ...baca(TABEL_MASUKAN.anggaranLain)];
  const urutanGrupHarga = [...nama.dipakai(TABEL_MASUKAN.harga), ...nama.dipakai(TABEL_MASUKAN.hargaHarian)]
    .sort(bandingkanPosisi)
    .map((r) => r.nama);
  const { metodeRataHarga, simpanganKV, ambangKV, ...umum } = pengaturan;
  return {
    ...umum,
    indikator,
    adaRealisasiLalu: nama.satu(KOLOM_INDIKATOR.realisasiLalu) !== undefined,
    adaTargetAkhir: nama.satu(KOLOM_INDIKATOR.targetAkhir) !== undefined,
    adaSasaran: nama.satu(KOLOM_INDIKATOR.sasaran) !== undefined,
    adaStandarNasional: nama.satu(KOLOM_INDIKATOR.standarNasional) !== undefined,
    adaAnggaranIndikator: [KOLOM_INDIKATOR.pagu, KOLOM_INDIKATOR.realisasiAnggaran].some((j) => nama.satu(j) !== undefined),
    tahunRiwayat: [],
    grupHarga,
    grupHargaHarian,
    opsiHargaHarian: { metode: metodeRataHarga, simpangan: simpanganKV, ambangKV },
    grupHargaGanda: nama.ganda,
    urutanGrupHarga,
    anggaran,
  };
}
