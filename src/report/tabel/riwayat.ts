/**
 * "Perbandingan Realisasi Beberapa Tahun" (LKIP_Realisasi_<tahun>; PermenPANRB 53/2014 BAB III: this year's
 * realisasi against last year and several past years): No | Indikator Kinerja | Satuan | Realisasi <tahun>… (years
 * ascending, this year last) | Perkembangan | Keterangan. Perkembangan compares this year's realisasi with the latest
 * past year that has one, given the polarity: membaik, memburuk or tetap.
 */
import type { HasilIndikator, HasilLaporan } from '../hitung';
import { FORMAT_ANGKA, FORMAT_BULAT, WARNA, rentang, type IsiSel } from '../penyusun';
import { angka, type LembarLaporan } from './lembarLaporan';

/** Columns before Keterangan: No, Indikator, Satuan, each past year, this year, Perkembangan. */
export const kolomRiwayat = (hasil: HasilLaporan): number =>
  hasil.tahunRiwayat.length === 0 ? 0 : 3 + hasil.tahunRiwayat.length + 2;

const tampil = (t: number | string | null): IsiSel => (typeof t === 'number' ? { nilai: t, format: FORMAT_ANGKA } : t);

const WARNA_PERKEMBANGAN = { membaik: WARNA.kategori[0]!, tetap: WARNA.kategori[1]!, memburuk: WARNA.kategori[3]! };

function barisRiwayat(l: LembarLaporan, ind: HasilIndikator, dataKolom: number): void {
  const b = l.barisData(
    [
      { nilai: ind.no, format: FORMAT_BULAT },
      ind.nama,
      ind.satuan,
      ...ind.riwayat.map((r) => tampil(r.tampil)),
      angka(ind.realisasi, FORMAT_ANGKA),
      ind.perkembangan,
    ],
    ind.derivasiPerkembangan,
    dataKolom,
  );
  if (ind.perkembangan !== null) l.p.gaya(rentang(b, dataKolom - 1, 1, 1), { isi: WARNA_PERKEMBANGAN[ind.perkembangan] });
}

export function tabelRiwayat(l: LembarLaporan, hasil: HasilLaporan): void {
  const dataKolom = kolomRiwayat(hasil);
  if (dataKolom === 0) return;
  const ini = hasil.tahun === null ? 'Tahun Ini' : String(hasil.tahun);
  l.judulTabel('Perbandingan Realisasi Beberapa Tahun');
  l.kepala([
    'No',
    'Indikator Kinerja',
    'Satuan',
    ...hasil.tahunRiwayat.map((t) => `Realisasi ${t}`),
    `Realisasi ${ini}`,
    'Perkembangan',
    'Keterangan',
  ]);
  const awal = l.p.barisBerikut;
  for (const ind of hasil.indikator) barisRiwayat(l, ind, dataKolom);
  l.badanTabel(awal, l.p.barisBerikut - 1);
  // Keterangan starts at column dataKolom (merged up to K): wrap it there, where its text is.
  l.p.gaya(rentang(awal, dataKolom, l.p.barisBerikut - awal, 1), { bungkus: true, rataVertikal: 'atas' });
  l.jarak();
}
