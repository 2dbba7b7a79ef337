/**
 * What both adapters agree on when they read sheets for the detector (the runner's --deteksi through
 * PortPaketXlsx, the pane's Hubungkan Tabel through Office.js): which sheets, how much of each, and what a
 * sheet that is too large becomes. Pure.
 */
import { alamatSel } from '../buku/alamat';
import type { LembarSumber } from './jenis';

/**
 * Most cells of a sheet's used area (A1 to its last used cell) read for detection: 1 000 000, e.g. 20 000
 * rows × 50 columns, far beyond any Pengukuran Kinerja, price list or budget table. A larger sheet (a
 * province's daily prices) is not scanned: it is named as skipped, and its tables keep hand-made names. This
 * bounds memory in Node and the number of read blocks (context.sync calls) in Excel, whatever the row count.
 */
export const BATAS_SEL_DETEKSI = 1_000_000;

/** A sheet the detector did not scan because its used area is larger than BATAS_SEL_DETEKSI. */
export interface LembarDilewati {
  readonly nama: string;
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
}

/** "lembar 'Harga Harian' (A1:E964922) terlalu besar untuk dideteksi …": for the runner and the pane. */
export function pesanLembarDilewati(l: LembarDilewati): string {
  return (
    `Lembar "${l.nama}" tidak dideteksi: area terpakainya A1:${alamatSel(l.jumlahBaris - 1, l.jumlahKolom - 1)} ` +
    `lebih dari ${ribuan(BATAS_SEL_DETEKSI)} sel; beri nama LKIP_ untuk tabel di lembar itu sendiri.`
  );
}

/** 1000000 → "1.000.000" (Indonesian thousands). */
export function ribuan(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** What an adapter read for the detector (Office.js: PortExcel.bacaUntukDeteksi): what the pane detects and then names from. */
export interface BacaanDeteksi {
  readonly lembar: readonly LembarSumber[];
  readonly dilewati: readonly LembarDilewati[];
  /** Every workbook-scoped name (to never overwrite one silently). */
  readonly namaAda: readonly string[];
  /** The workbook has LKIP_ names already. */
  readonly adaNamaLkip: boolean;
  /** Merged areas could not be read (requirement set missing): merges were inferred from the layout. */
  readonly tanpaGabungan: boolean;
  /** The selection that was read ("'PK 2021'!A4:H12"), null when every used sheet was. */
  readonly pilihan: string | null;
}

export interface HasilBuatNama {
  readonly dibuat: readonly string[];
  /** Names that existed and were left as they were (no timpa). */
  readonly dilewati: readonly string[];
  /** Names that existed and were replaced (timpa). */
  readonly diganti: readonly string[];
}
