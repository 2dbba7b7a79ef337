/**
 * The "Laporan LKIP" sheet: the document's tables with their captions, as a ModelLembar.
 *
 *   title, instansi, "Tahun <n>"                                   (rows 1–3, frozen)
 *   the tables of tabelLaporan, in that order, each with a blank row after it; charts under their tables
 *   notes (how to read the figures)
 *
 * Printed (cetak.ts): A4 landscape, one page wide, rows 1–3 repeated on every page, a footer with the instansi,
 * the year and the page; page breaks between tables and charts that would not fit on the rest of a page.
 *
 * One table, one function (./tabel/): capaian, capaian per sasaran, realisasi over several years, each price
 * list, the combined price rise, each daily group's stability, each budget table, efficiency (the last four of
 * issue 14's analyses appear only when the workbook has their names, see docs/analisis.md). A new table is a new function and one entry in tabelLaporan. Every table draws
 * on a LembarLaporan (./tabel/lembarLaporan), which keeps the layout rules they share: the capaian table's
 * columns set the sheet's width, and Keterangan, the column with every derivation, is always the last one.
 *
 * Values are plain numbers and text (no formulas); the Keterangan column carries every derivation.
 */
import type { ModulAnalisis } from './analisis';
import { tataCetakLaporan } from './cetak';
import type { HasilLaporan } from './hitung';
import type { ModelLembar } from './lembar';
import { NAMA_LEMBAR_LAPORAN } from './namaLembar';
import { adaTabelAnalisis } from './perluAnalisis';
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
  /** The analysis tables (./analisis, loaded on demand); required when the report has any (adaTabelAnalisis). */
  readonly analisis?: ModulAnalisis;
}

/** Draws one kind of table (zero, one or several of them) for a report. */
export type SusunTabel = (lembar: LembarLaporan, hasil: HasilLaporan) => void;

/** The report's tables in sheet order; the analysis tables (issue 14) come from the module loaded on demand. */
export function tabelLaporan(analisis?: ModulAnalisis): readonly SusunTabel[] {
  const a = analisis;
  return [
    tabelCapaian,
    grafikCapaian,
    ...(a ? [a.tabelSasaran, a.tabelRiwayat] : []),
    tabelDaftarHarga,
    tabelHargaGabungan,
    tabelStabilitas,
    tabelAnggaran,
    ...(a ? [a.tabelEfisiensi] : []),
  ];
}

/** Width of an added past-year column when the multi-year table is wider than the capaian table. */
const LEBAR_KOLOM_TAMBAHAN = 14;

/** The data columns' widths: the capaian table's, and more when the multi-year table needs them. */
function lebarData(hasil: HasilLaporan, analisis: ModulAnalisis | undefined): number[] {
  const lebar = [...kolomCapaian(hasil).lebar];
  while (analisis && lebar.length < analisis.kolomRiwayat(hasil)) lebar.push(LEBAR_KOLOM_TAMBAHAN);
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
  if (!opsi.analisis && adaTabelAnalisis(hasil)) {
    throw new Error('susunLembarLaporan: laporan ini berisi tabel analisis; berikan opsi.analisis (./analisis)');
  }
  const l = new LembarLaporan(lebarData(hasil, opsi.analisis), hasil.tahun);
  l.judul('LAPORAN KINERJA INSTANSI PEMERINTAH (LKIP)', { ukuranHuruf: 14, tebal: true });
  l.judul(hasil.instansi ?? 'Nama instansi belum diisi (LKIP_Instansi)', { ukuranHuruf: 12, tebal: true });
  l.judul(l.tahunIni, { tebal: true });
  const bekukan = l.p.barisBerikut;
  l.jarak();

  for (const susun of tabelLaporan(opsi.analisis)) susun(l, hasil);

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
