/**
 * Table 1, "Capaian Kinerja Tahun <n>": one row per indicator (No | Indikator Kinerja | Satuan | Target | Realisasi
 * | Capaian | Kategori [| Realisasi <n−1> | Selisih thd <n−1>] [| Target Akhir Renstra | Capaian thd Target Akhir
 * | Sisa menuju Target Akhir] [| Standar Nasional | Realisasi thd Standar Nasional] | Keterangan), the price-rise
 * indicator's groups as sub-rows "a. …", and the footer RATA-RATA CAPAIAN with its kategori and "mencakup 9 dari
 * 11 indikator". Its columns decide the sheet's width (kolomCapaian), unless a wider table asks for more.
 */
import type { HasilIndikator, HasilLaporan } from '../hitung';
import { FORMAT_ANGKA, FORMAT_BULAT, WARNA, rentang, warnaKategori, type IsiSel } from '../penyusun';
import { angka, persen, type LembarLaporan } from './lembarLaporan';

const target = (t: number | string | null): IsiSel => (typeof t === 'number' ? { nilai: t, format: FORMAT_ANGKA } : t);

/** The capaian table's columns before Keterangan, with their widths: the optional comparisons only when given. */
export function kolomCapaian(hasil: HasilLaporan): { kepala: string[]; lebar: number[] } {
  const tahunLalu = hasil.tahun === null ? 'Tahun Lalu' : `Tahun ${hasil.tahun - 1}`;
  const kepala = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Kategori'];
  const lebar = [6, 48, 10, 12, 12, 12, 16];
  if (hasil.adaRealisasiLalu) {
    kepala.push(`Realisasi ${tahunLalu}`, `Selisih thd ${tahunLalu}`);
    lebar.push(14, 14);
  }
  if (hasil.adaTargetAkhir) {
    kepala.push('Target Akhir Renstra', 'Capaian thd Target Akhir', 'Sisa menuju Target Akhir');
    lebar.push(14, 14, 14);
  }
  if (hasil.adaStandarNasional) {
    kepala.push('Standar Nasional', 'Realisasi thd Standar Nasional');
    lebar.push(14, 16);
  }
  return { kepala, lebar };
}

/** What the Capaian column shows: the figure, or why there is none. */
function selCapaian(ind: HasilIndikator): IsiSel {
  const h = ind.hasil;
  if (h.status === 'diukur') return persen(h.nilai);
  if (ind.galat !== null) return 'tidak dapat dihitung';
  return h.status === 'dikecualikan' ? 'dikecualikan' : 'tidak diukur';
}

/** One indicator's row (grey and italic when not measured; the kategori filled by its rank) and its sub-rows. */
function barisIndikator(l: LembarLaporan, hasil: HasilLaporan, ind: HasilIndikator): void {
  const sel: IsiSel[] = [
    { nilai: ind.no, format: FORMAT_BULAT },
    ind.nama,
    ind.satuan,
    target(ind.target),
    angka(ind.realisasi, FORMAT_ANGKA),
    selCapaian(ind),
    ind.kategori,
  ];
  if (hasil.adaRealisasiLalu) sel.push(target(ind.realisasiLaluTampil), angka(ind.selisihLalu, FORMAT_ANGKA));
  if (hasil.adaTargetAkhir) {
    const ca = ind.capaianAkhir;
    sel.push(target(ind.targetAkhir), ca && ca.status === 'diukur' ? persen(ca.nilai) : null, angka(ind.sisaAkhir, FORMAT_ANGKA));
  }
  if (hasil.adaStandarNasional) sel.push(target(ind.standarNasional), ind.bandingStandar);
  const dataKolom = kolomCapaian(hasil).kepala.length;
  const b = l.barisData(sel, ind.keterangan, dataKolom);
  if (ind.hasil.status !== 'diukur') {
    l.p.gaya(rentang(b, 0, 1, l.lebarTabel), { isi: WARNA.tidakDiukur, miring: true });
  } else if (ind.peringkat !== null) {
    l.p.gaya(rentang(b, 5, 1, 2), { isi: warnaKategori(ind.peringkat, hasil.skala.length) });
  }
  ind.subBaris.forEach((s, i) => {
    const label = `${String.fromCharCode(97 + (i % 26))}. ${s.label}`;
    const isi = [null, label, ind.satuan, target(ind.target), angka(s.realisasi, FORMAT_ANGKA)];
    l.barisData(isi, `rata-rata ${s.label}: ${s.derivasi}`, dataKolom);
  });
}

/** The footer: the mean capaian, its kategori, how many indicators it covers and which are left out. */
function kakiRataRata(l: LembarLaporan, hasil: HasilLaporan): void {
  const r = hasil.rataRata;
  const cakupan = `mencakup ${r.jumlahDiukur} dari ${hasil.indikator.length} indikator`;
  const tidakDiukur = r.dikecualikan.map((d) => `${hasil.indikator[d.indeks]?.no ?? d.indeks + 1}. ${d.nama} (${d.alasan})`);
  const keterangan = [cakupan, r.derivasi, ...(tidakDiukur.length > 0 ? [`tidak diukur: ${tidakDiukur.join('; ')}`] : [])];
  const sel: IsiSel[] = ['RATA-RATA CAPAIAN', null, null, null, null, persen(r.nilai), hasil.kategoriRataRata];
  const dataKolom = kolomCapaian(hasil).kepala.length;
  const b = l.barisData(sel, keterangan.join('; '), dataKolom);
  l.p.gabung(rentang(b, 0, 1, 5));
  l.kaki(b);
  l.p.gaya(rentang(b, dataKolom, 1, 1), { bungkus: true });
  if (hasil.peringkatRataRata !== null) {
    l.p.gaya(rentang(b, 5, 1, 2), { isi: warnaKategori(hasil.peringkatRataRata, hasil.skala.length) });
  }
}

export function tabelCapaian(l: LembarLaporan, hasil: HasilLaporan): void {
  l.judulTabel(`Capaian Kinerja ${l.tahunIni}`);
  l.kepala([...kolomCapaian(hasil).kepala, 'Keterangan']);
  const awal = l.p.barisBerikut;
  for (const ind of hasil.indikator) barisIndikator(l, hasil, ind);
  l.badanTabel(awal, l.p.barisBerikut - 1);
  kakiRataRata(l, hasil);
  l.jarak();
}
