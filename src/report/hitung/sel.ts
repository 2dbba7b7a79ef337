/**
 * Reading one input cell for the computation: a number (with the TEKS-ANGKA and NILAI-TIDAK-TERBACA
 * findings), an amount in Rupiah, a target as shown, and a capaian's category with its rank for the colour.
 * Every cell is named in messages as "<name> baris <i> (<sheet>!<cell>)".
 */
import { bacaAngka, formatTerbit, kategori, pesanGalat, type Desimal, type Skala, type Target } from '../../core';
import type { SelMasukan } from '../kontrak';
import type { PemeriksaLaporan } from '../periksa';
import type { AngkaSel } from './jenis';

/** How a cell is named in the core's messages: "LKIP_Target baris 3 (Data!C4)". */
export const argumenSel = (sel: SelMasukan): string => `${sel.nama} baris ${sel.baris} (${sel.lembar}!${sel.alamat})`;

/**
 * Read a number cell; text that is a number raises TEKS-ANGKA (unless `periksaTeks` is false: a printed figure
 * kept for comparison), unreadable text NILAI-TIDAK-TERBACA.
 */
export function bacaSelAngka(
  sel: SelMasukan | undefined,
  kunciItem: string,
  periksa: PemeriksaLaporan,
  periksaTeks = true,
): AngkaSel {
  if (!sel) return { jenis: 'kosong' };
  try {
    const t = bacaAngka(sel.nilai, argumenSel(sel));
    if (t.jenis === 'angka' && t.dariTeks && periksaTeks) periksa.teksAngka(sel, kunciItem);
    return t.jenis === 'angka' ? { jenis: 'angka', nilai: t.nilai } : t;
  } catch (e) {
    periksa.tidakTerbaca(sel, kunciItem, pesanGalat(e));
    return { jenis: 'galat', pesan: pesanGalat(e) };
  }
}

/** A printed figure to compare with (no TEKS-ANGKA: printed figures are often text); null when the column is absent. */
export function bacaSelTertulis(sel: SelMasukan | undefined, kunciItem: string, periksa: PemeriksaLaporan): AngkaSel | null {
  return sel ? bacaSelAngka(sel, kunciItem, periksa, false) : null;
}

/** A target as the capaian table shows it: a number, "NA", a range "80–90", or blank. */
export function tampilTarget(t: Target): number | string | null {
  switch (t.jenis) {
    case 'tunggal':
      return t.nilai.toNumber();
    case 'rentang':
      return `${formatTerbit(t.bawah)}–${formatTerbit(t.atas)}`;
    case 'NA':
      return 'NA';
    case 'kosong':
      return null;
  }
}

/** Kategori label and its rank in the scale (0 = best), for the fill colour. */
export function kategoriDanPeringkat(capaian: Desimal, skala: Skala): { label: string; peringkat: number } {
  const label = kategori(capaian, skala);
  const peringkat = skala.findIndex((t) => t.label === label);
  return { label, peringkat: peringkat < 0 ? skala.length - 1 : peringkat };
}
