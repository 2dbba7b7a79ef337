/**
 * The "Laporan LKIP" sheet: the document's tables with their captions, as a ModelLembar.
 *
 *   title, instansi, "Tahun <n>"                                   (rows 1–3, frozen)
 *   the tables of TABEL_LAPORAN, in that order, each with a blank row after it
 *   notes (how to read the figures)
 *
 * One table, one function (./tabel/): capaian, capaian per sasaran, realisasi over several years, each price
 * list, the combined price rise, each daily group's stability, each budget table, efficiency (the last four of
 * issue 14's analyses appear only when the workbook has their names, see docs/analisis.md). A new table is a new function and one entry in TABEL_LAPORAN. Every table draws
 * on a LembarLaporan (./tabel/lembarLaporan), which keeps the layout rules they share: the capaian table's
 * columns set the sheet's width, and Keterangan, the column with every derivation, is always the last one.
 *
 * Values are plain numbers and text (no formulas); the Keterangan column carries every derivation.
 */
import type { HasilLaporan } from './hitung';
import type { ModelLembar } from './lembar';
import { NAMA_LEMBAR_LAPORAN } from './namaLembar';
import { WARNA, rentang } from './penyusun';
import { tabelAnggaran } from './tabel/anggaran';
import { kolomCapaian, tabelCapaian } from './tabel/capaian';
import { tabelDaftarHarga } from './tabel/daftarHarga';
import { tabelEfisiensi } from './tabel/efisiensi';
import { tabelHargaGabungan } from './tabel/hargaGabungan';
import { LembarLaporan } from './tabel/lembarLaporan';
import { kolomRiwayat, tabelRiwayat } from './tabel/riwayat';
import { tabelSasaran } from './tabel/sasaran';
import { tabelStabilitas } from './tabel/stabilitas';

export { NAMA_LEMBAR_LAPORAN };

export interface OpsiSusun {
  /** Protect the sheet against accidental edits (no password). Default true. */
  readonly lindungi?: boolean;
}

/** Draws one kind of table (zero, one or several of them) for a report. */
export type SusunTabel = (lembar: LembarLaporan, hasil: HasilLaporan) => void;

/** The report's tables in sheet order. */
export const TABEL_LAPORAN: readonly SusunTabel[] = Object.freeze([
  tabelCapaian,
  tabelSasaran,
  tabelRiwayat,
  tabelDaftarHarga,
  tabelHargaGabungan,
  tabelStabilitas,
  tabelAnggaran,
  tabelEfisiensi,
]);

/** Width of an added past-year column when the multi-year table is wider than the capaian table. */
const LEBAR_KOLOM_TAMBAHAN = 14;

/** The data columns' widths: the capaian table's, and more when the multi-year table needs them. */
function lebarData(hasil: HasilLaporan): number[] {
  const lebar = [...kolomCapaian(hasil).lebar];
  while (lebar.length < kolomRiwayat(hasil)) lebar.push(LEBAR_KOLOM_TAMBAHAN);
  return lebar;
}

const CATATAN_KAKI = [
  'Catatan:',
  'Persentase ditulis dalam poin persen: 88,64 berarti 88,64%.',
  'Setiap angka terbit dibulatkan setengah ke atas ke 2 desimal; angka terbit itulah yang dipakai pada langkah berikutnya.',
  'Kolom Keterangan menunjukkan cara setiap angka diperoleh.',
  'Lembar ini ditulis ulang setiap kali laporan dihitung ulang; temuan pemeriksaan ada di lembar "Verifikasi".',
];

export function susunLembarLaporan(hasil: HasilLaporan, opsi: OpsiSusun = {}): ModelLembar {
  const l = new LembarLaporan(lebarData(hasil), hasil.tahun);
  l.judul('LAPORAN KINERJA INSTANSI PEMERINTAH (LKIP)', { ukuranHuruf: 14, tebal: true });
  l.judul(hasil.instansi ?? 'Nama instansi belum diisi (LKIP_Instansi)', { ukuranHuruf: 12, tebal: true });
  l.judul(l.tahunIni, { tebal: true });
  const bekukan = l.p.barisBerikut;
  l.jarak();

  for (const susun of TABEL_LAPORAN) susun(l, hasil);

  // Notes: one short line each (unmerged text overflows to the right and needs no row height).
  const awalCatatan = l.p.barisBerikut;
  for (const teks of CATATAN_KAKI) l.p.tambahBaris([teks]);
  l.p.gaya(rentang(awalCatatan, 0, CATATAN_KAKI.length, 1), { miring: true, warnaTeks: WARNA.teksRedup });

  return l.p.selesai(NAMA_LEMBAR_LAPORAN, {
    lebarKolom: l.lebarKolom,
    bekukanBaris: bekukan,
    ...(opsi.lindungi === false ? {} : { proteksi: { dapatDiedit: [] } }),
  });
}
