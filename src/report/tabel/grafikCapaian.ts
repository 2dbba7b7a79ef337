/**
 * "Grafik Capaian Kinerja per Indikator <tahun>": a horizontal bar per measured indicator (its capaian as the
 * table shows it) inside a frame at 100 %, so how far each indicator is from its target reads at a glance.
 * The chart's data is a small table under it (No | Indikator Kinerja | Capaian | Target), drawn from the same
 * figures: Office.js can only chart cells, and the 100 % frame needs cells of its own. Indicators without a
 * capaian (not measured, excluded, an error) are left out and named under the chart.
 */
import type { HasilLaporan } from '../hitung';
import { FORMAT_BULAT, FORMAT_PERSEN, WARNA, rentang } from '../penyusun';
import { persen, type LembarLaporan } from './lembarLaporan';

/** The 100 % every capaian is drawn against. */
const SERATUS = 100;

export function grafikCapaian(l: LembarLaporan, hasil: HasilLaporan): void {
  const diukur = hasil.indikator.flatMap((ind) => (ind.hasil.status === 'diukur' ? [{ ind, capaian: ind.hasil.nilai }] : []));
  if (diukur.length === 0) return;
  const n = diukur.length;
  l.grafikBatang(`Grafik Capaian Kinerja per Indikator ${l.tahunIni} terhadap Target 100%`, n, (sesudah) => ({
    // The data table's header is the row right after the chart; its rows follow.
    label: rentang(sesudah + 1, 1, n, 1),
    seri: [
      { nama: 'Capaian', nilai: rentang(sesudah + 1, 3, n, 1), gaya: 'isi', warna: WARNA.grafik },
      { nama: 'Target 100%', nilai: rentang(sesudah + 1, 4, n, 1), gaya: 'bingkai', warna: WARNA.grafikBatas },
    ],
    tumpangTindih: true,
  }));
  const kepala = l.p.tambahBaris(['No', 'Indikator Kinerja', null, 'Capaian', 'Target']);
  l.p.gabung(rentang(kepala, 1, 1, 2));
  l.p.gaya(rentang(kepala, 0, 1, 5), { tebal: true, isi: WARNA.kepala, garis: true, rata: 'tengah', bungkus: true });
  for (const { ind, capaian } of diukur) {
    const b = l.p.tambahBaris([
      { nilai: ind.no, format: FORMAT_BULAT },
      ind.nama,
      null,
      persen(capaian),
      { nilai: SERATUS, format: FORMAT_PERSEN },
    ]);
    l.p.gabung(rentang(b, 1, 1, 2));
  }
  l.p.gaya(rentang(kepala + 1, 0, n, 5), { garis: true, rataVertikal: 'atas' });
  l.p.gaya(rentang(kepala + 1, 0, n, 1), { rata: 'tengah' });
  l.p.gaya(rentang(kepala + 1, 1, n, 1), { bungkus: true });
  const tanpa = hasil.indikator.filter((ind) => ind.hasil.status !== 'diukur');
  if (tanpa.length > 0) {
    l.catatan(`Tidak digambar (tanpa capaian): ${tanpa.map((ind) => `${ind.no}. ${ind.nama}`).join('; ')}.`);
  }
  l.jarak();
}
