/**
 * The "Laporan LKIP" sheet: the document's tables with their captions, as a ModelLembar.
 *
 *   title, instansi, "Tahun <n>"                                   (rows 1–3, frozen)
 *   the tables of TABEL_LAPORAN, in that order, each with a blank row after it; charts under their tables
 *   notes (how to read the figures)
 *
 * Printed (cetak.ts): A4 landscape, one page wide, rows 1–3 repeated on every page, a footer with the instansi,
 * the year and the page; page breaks between tables and charts that would not fit on the rest of a page.
 *
 * One table, one function (./tabel/): capaian, each price list, the combined price rise, each daily group's
 * stability, each budget table. A new table is a new function and one entry in TABEL_LAPORAN. Every table draws
 * on a LembarLaporan (./tabel/lembarLaporan), which keeps the layout rules they share: the capaian table's
 * columns set the sheet's width, and Keterangan, the column with every derivation, is always the last one.
 *
 * Values are plain numbers and text (no formulas); the Keterangan column carries every derivation.
 */
import { tataCetakLaporan } from './cetak';
import type { HasilLaporan } from './hitung';
import type { ModelLembar } from './lembar';
import { NAMA_LEMBAR_LAPORAN } from './namaLembar';
import { WARNA, rentang } from './penyusun';
import { tabelAnggaran } from './tabel/anggaran';
import { kolomCapaian, tabelCapaian } from './tabel/capaian';
import { tabelDaftarHarga } from './tabel/daftarHarga';
import { grafikCapaian } from './tabel/grafikCapaian';
import { tabelHargaGabungan } from './tabel/hargaGabungan';
import { LembarLaporan } from './tabel/lembarLaporan';
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
  grafikCapaian,
  tabelDaftarHarga,
  tabelHargaGabungan,
  tabelStabilitas,
  tabelAnggaran,
]);

const CATATAN_KAKI = [
  'Catatan:',
  'Persentase ditulis dalam poin persen: 88,64 berarti 88,64%.',
  'Setiap angka terbit dibulatkan setengah ke atas ke 2 desimal; angka terbit itulah yang dipakai pada langkah berikutnya.',
  'Kolom Keterangan menunjukkan cara setiap angka diperoleh.',
  'Lembar ini ditulis ulang setiap kali laporan dihitung ulang; temuan pemeriksaan ada di lembar "Verifikasi".',
];

export function susunLembarLaporan(hasil: HasilLaporan, opsi: OpsiSusun = {}): ModelLembar {
  const l = new LembarLaporan(kolomCapaian(hasil).lebar, hasil.tahun);
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

  const model = l.p.selesai(NAMA_LEMBAR_LAPORAN, {
    lebarKolom: l.lebarKolom,
    bekukanBaris: bekukan,
    ...(opsi.lindungi === false ? {} : { proteksi: { dapatDiedit: [] } }),
  });
  const blok = l.awalBlok.map((awal, i) => ({ awal, akhir: (l.awalBlok[i + 1] ?? model.nilai.length) - 1 }));
  // Printed: the title rows on every page; a table or chart starts a new page when it does not fit (cetak.ts).
  const cetak = tataCetakLaporan(model, {
    barisJudul: { awal: 0, akhir: bekukan - 1 },
    kakiHalaman: { instansi: hasil.instansi, tahun: hasil.tahun },
    blok,
  });
  return { ...model, cetak, grafik: l.grafik };
}
