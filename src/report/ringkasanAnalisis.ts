/**
 * The analysis tables' part of the summary and of the runner's JSON (issue 14): per sasaran, the efficiency
 * count, the efficiency of one indicator. In the module loaded on demand (./analisis); ./ringkasan calls it.
 */
import { formatPersen } from '../core';
import type { LaporanJson, Ringkasan } from './hasil';
import type { HasilIndikator, HasilLaporan } from './hitung';
import { angkaTerbit } from './ringkasan';

/** The efficiency table counted: computed per kategori (in the scale's order) and not computed; null without it. */
export function hitungJumlahEfisiensi(hasil: HasilLaporan): Ringkasan['efisiensi'] {
  if (!hasil.adaEfisiensi) return null;
  const kategori = hasil.indikator.map((ind) => ind.efisiensi?.kategori ?? null);
  const dihitung = kategori.filter((k) => k !== null).length;
  return {
    dihitung,
    tidakDihitung: kategori.length - dihitung,
    perKategori: hasil.skalaEfisiensi
      .map((t) => ({ kategori: t.label, jumlah: kategori.filter((k) => k === t.label).length }))
      .filter((k) => k.jumlah > 0),
  };
}

/** The summary's lines per sasaran: "78,41 %" and its kategori. */
export function ringkasSasaran(hasil: HasilLaporan): Ringkasan['sasaran'] {
  return hasil.sasaran.map((s) => ({
    nama: s.nama,
    jumlahDiukur: s.rataRata.jumlahDiukur,
    rataRataCapaian: s.rataRata.nilai === null ? null : formatPersen(s.rataRata.nilai),
    kategori: s.kategori,
  }));
}

/** The JSON's sasaran: published numbers. */
export function sasaranJson(hasil: HasilLaporan): LaporanJson['sasaran'] {
  return hasil.sasaran.map((s) => ({
    nama: s.nama,
    no_indikator: s.noIndikator,
    jumlah_diukur: s.rataRata.jumlahDiukur,
    rata_rata_capaian: angkaTerbit(s.rataRata.nilai),
    kategori: s.kategori,
  }));
}

/** One indicator's efficiency in the JSON; null when not computed. */
export function efisiensiJson(ind: HasilIndikator): LaporanJson['indikator'][number]['efisiensi'] {
  const e = ind.efisiensi;
  if (!e || e.hasil.status !== 'dihitung' || e.serapan === null || e.kategori === null) return null;
  return {
    serapan: angkaTerbit(e.serapan)!,
    persen: angkaTerbit(e.hasil.persen)!,
    indeks: e.hasil.indeks.toNumber(),
    kategori: e.kategori,
  };
}
