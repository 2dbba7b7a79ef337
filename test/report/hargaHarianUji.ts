/**
 * Helpers for the daily-price tests: Excel serial numbers computed with Date.UTC (independent of the
 * code under test) and daily rows built from constant or listed prices.
 */
import type { NilaiSel } from '../../src/report/lembar';

const HARI_MS = 86_400_000;

/** Excel serial number of a date (from 1 March 1900). */
export const serial = (tahun: number, bulan: number, hari: number): number =>
  (Date.UTC(tahun, bulan - 1, hari) - Date.UTC(1899, 11, 30)) / HARI_MS;

export const KEPALA_HARIAN: NilaiSel[] = ['Tanggal', 'Komoditas', 'Satuan', 'Kab/Kota', 'Harga'];

/** Every day of a year as Excel serial numbers. */
export function hariSetahun(tahun: number): number[] {
  const hasil: number[] = [];
  for (let s = serial(tahun, 1, 1); s <= serial(tahun, 12, 31); s++) hasil.push(s);
  return hasil;
}

export interface HargaKonstan {
  readonly nama: string;
  readonly satuan: string;
  readonly lalu: number;
  readonly kini: number;
}

/**
 * One row per day of both years, per commodity and kab/kota, the commodity's price constant within a
 * year (its annual average is then exactly that price, whatever the averaging method).
 */
export function barisHargaKonstan(daftar: readonly HargaKonstan[], kabKota: readonly string[], tahun: number): NilaiSel[][] {
  const baris: NilaiSel[][] = [];
  const lalu = hariSetahun(tahun - 1);
  const kini = hariSetahun(tahun);
  for (const k of daftar) {
    for (const kab of kabKota) {
      for (const t of lalu) baris.push([t, k.nama, k.satuan, kab, k.lalu]);
      for (const t of kini) baris.push([t, k.nama, k.satuan, kab, k.kini]);
    }
  }
  return baris;
}
