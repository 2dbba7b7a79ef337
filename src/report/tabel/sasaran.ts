/**
 * "Capaian per Sasaran Strategis" (LKIP_Sasaran; PermenPANRB 53/2014 BAB III measures capaian per sasaran):
 * No | Sasaran Strategis | Indikator (No) | Jumlah Diukur | Rata-rata Capaian | Kategori | Keterangan, one row per
 * sasaran with the mean of its measured indicators, and the footer with the overall mean as in the capaian table.
 */
import type { HasilLaporan, HasilSasaran } from '../hitung';
import { FORMAT_BULAT, rentang, warnaKategori } from '../penyusun';
import { persen, type LembarLaporan } from './lembarLaporan';

const DATA_KOLOM = 6;

function barisSasaran(l: LembarLaporan, hasil: HasilLaporan, s: HasilSasaran, no: number): void {
  const r = s.rataRata;
  const tidakDiukur = r.dikecualikan.map((d) => `${s.noIndikator[d.indeks] ?? d.indeks + 1}. ${d.nama} (${d.alasan})`);
  const keterangan = [r.derivasi, ...(tidakDiukur.length > 0 ? [`tidak diukur: ${tidakDiukur.join('; ')}`] : [])].join('; ');
  const b = l.barisData(
    [
      { nilai: no, format: FORMAT_BULAT },
      s.nama,
      s.noIndikator.join(', '),
      { nilai: r.jumlahDiukur, format: FORMAT_BULAT },
      r.nilai === null ? 'tidak diukur' : persen(r.nilai),
      s.kategori,
    ],
    keterangan,
    DATA_KOLOM,
  );
  if (s.peringkat !== null) l.p.gaya(rentang(b, 4, 1, 2), { isi: warnaKategori(s.peringkat, hasil.skala.length) });
}

export function tabelSasaran(l: LembarLaporan, hasil: HasilLaporan): void {
  if (hasil.sasaran.length === 0) return;
  l.judulTabel(`Capaian per Sasaran Strategis ${l.tahunIni}`);
  l.kepala(['No', 'Sasaran Strategis', 'Indikator (No)', 'Jumlah Diukur', 'Rata-rata Capaian', 'Kategori', 'Keterangan']);
  const awal = l.p.barisBerikut;
  hasil.sasaran.forEach((s, i) => barisSasaran(l, hasil, s, i + 1));
  l.badanTabel(awal, l.p.barisBerikut - 1);
  // Keterangan starts at column DATA_KOLOM (merged up to K): wrap it there, where its text is.
  l.p.gaya(rentang(awal, DATA_KOLOM, l.p.barisBerikut - awal, 1), { bungkus: true, rataVertikal: 'atas' });
  const r = hasil.rataRata;
  const b = l.barisData(
    ['RATA-RATA CAPAIAN', null, null, { nilai: r.jumlahDiukur, format: FORMAT_BULAT }, persen(r.nilai), hasil.kategoriRataRata],
    `seluruh indikator: ${r.derivasi}`,
    DATA_KOLOM,
  );
  l.p.gabung(rentang(b, 0, 1, 3));
  l.kaki(b);
  if (hasil.peringkatRataRata !== null) {
    l.p.gaya(rentang(b, 4, 1, 2), { isi: warnaKategori(hasil.peringkatRataRata, hasil.skala.length) });
  }
  l.jarak();
}
