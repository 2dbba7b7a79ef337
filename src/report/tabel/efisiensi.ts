/**
 * "Efisiensi Penggunaan Sumber Daya" (LKIP_Pagu, LKIP_Realisasi_Anggaran; PermenPANRB 53/2014 BAB III: efficiency
 * of the resources used): No | Indikator Kinerja | Capaian | Serapan Anggaran | Efisiensi | Tingkat Efisiensi |
 * Kategori | Keterangan. Efisiensi = capaian ÷ serapan × 100 (the core's hitungEfisiensi), tingkat = efisiensi − 100,
 * kategori by LKIP_Skala_Efisiensi (default: Efisien ≥ 100). A row that cannot be computed (not measured, no pagu,
 * serapan 0) says "tidak dihitung" and why. A note counts the efficient indicators.
 */
import { formatTerbit } from '../../core';
import type { HasilIndikator, HasilLaporan } from '../hitung';
import { FORMAT_BULAT, WARNA, rentang, warnaKategori, type IsiSel } from '../penyusun';
import { hitungJumlahEfisiensi } from '../ringkasanAnalisis';
import { persen, type LembarLaporan } from './lembarLaporan';

const DATA_KOLOM = 7;

function barisEfisiensi(l: LembarLaporan, hasil: HasilLaporan, ind: HasilIndikator): void {
  const e = ind.efisiensi;
  if (!e) return;
  const h = e.hasil;
  const capaian: IsiSel = ind.hasil.status === 'diukur' ? persen(ind.hasil.nilai) : 'tidak diukur';
  const b = l.barisData(
    [
      { nilai: ind.no, format: FORMAT_BULAT },
      ind.nama,
      capaian,
      persen(e.serapan),
      h.status === 'dihitung' ? persen(h.persen) : 'tidak dihitung',
      h.status === 'dihitung' ? persen(h.tingkat) : null,
      e.kategori,
    ],
    e.derivasi,
    DATA_KOLOM,
  );
  if (h.status !== 'dihitung') {
    l.p.gaya(rentang(b, 0, 1, l.lebarTabel), { isi: WARNA.tidakDiukur, miring: true });
  } else if (e.kategori !== null) {
    const peringkat = Math.max(
      0,
      hasil.skalaEfisiensi.findIndex((t) => t.label === e.kategori),
    );
    l.p.gaya(rentang(b, 6, 1, 1), { isi: warnaKategori(peringkat, hasil.skalaEfisiensi.length) });
  }
}

export function tabelEfisiensi(l: LembarLaporan, hasil: HasilLaporan): void {
  if (!hasil.adaEfisiensi) return;
  l.judulTabel(`Efisiensi Penggunaan Sumber Daya ${l.tahunIni}`);
  l.kepala([
    'No',
    'Indikator Kinerja',
    'Capaian',
    'Serapan Anggaran',
    'Efisiensi',
    'Tingkat Efisiensi',
    'Kategori',
    'Keterangan',
  ]);
  const awal = l.p.barisBerikut;
  for (const ind of hasil.indikator) barisEfisiensi(l, hasil, ind);
  l.badanTabel(awal, l.p.barisBerikut - 1);
  // Keterangan starts at column DATA_KOLOM (merged up to K): wrap it there, where its text is.
  l.p.gaya(rentang(awal, DATA_KOLOM, l.p.barisBerikut - awal, 1), { bungkus: true, rataVertikal: 'atas' });
  const r = hitungJumlahEfisiensi(hasil)!;
  const skala = hasil.skalaEfisiensi
    .map((t) => (t.ambangBawah === null ? `di bawahnya ${t.label}` : `≥ ${formatTerbit(t.ambangBawah)} ${t.label}`))
    .join(', ');
  const hitungan = r.perKategori.map((k) => `${k.kategori}: ${k.jumlah}`).join(', ');
  l.catatan(
    `Efisiensi = capaian ÷ serapan anggaran × 100; tingkat efisiensi = efisiensi − 100; kategori ${skala}. ` +
      `${r.dihitung} indikator dihitung${hitungan ? ` (${hitungan})` : ''}, ${r.tidakDihitung} tidak dihitung.`,
  );
  l.jarak();
}
