/**
 * Small helpers over one named range as the port read it (RentangBernama): its size, its address, one cell
 * with its location, the header rows at its top, and a problem that names it. Every reader of the contract
 * (./indikator, ./tabel, ./pengaturan) and the checks (../periksa) use these, so a cell is always named the
 * same way: sheet, A1 address, defined name and row within the range.
 */
import { bacaAngka, selKosong } from '../../core';
import type { Temuan } from '../hasil';
import { alamatRentang, alamatSel, hurufKolom, kutipLembar } from '../buku/alamat';
import type { NilaiSel } from '../lembar';
import type { RentangBernama } from '../port';

/** One input cell with where it is, so every problem can name its sheet, cell, name and row. */
export interface SelMasukan {
  readonly nilai: NilaiSel;
  readonly rumus: string | null;
  /** The defined name the cell belongs to. */
  readonly nama: string;
  readonly lembar: string;
  /** A1 address on its sheet. */
  readonly alamat: string;
  /** 1-based row within the named range. */
  readonly baris: number;
}

/**
 * Rows and columns of a named range. A named range is a rectangle and both adapters read it as one (Excel's
 * range.values; PortPaketXlsx fills every column of every row): the width is the first row's, never a scan of a
 * daily price range's million rows.
 */
export function ukuranRentang(r: RentangBernama): { jumlahBaris: number; jumlahKolom: number } {
  return { jumlahBaris: r.nilai.length, jumlahKolom: r.nilai[0]?.length ?? 0 };
}

/** "$C$5:$C$15" */
function alamatAbsolut(r: RentangBernama): string {
  const { jumlahBaris, jumlahKolom } = ukuranRentang(r);
  const sel = (b: number, k: number) => `$${hurufKolom(k)}$${b + 1}`;
  const awal = sel(r.baris, r.kolom);
  if (jumlahBaris <= 1 && jumlahKolom <= 1) return awal;
  return `${awal}:${sel(r.baris + Math.max(jumlahBaris, 1) - 1, r.kolom + Math.max(jumlahKolom, 1) - 1)}`;
}

/** "Input!$C$5:$C$15" */
export function rujukanRentang(r: RentangBernama): string {
  return `${kutipLembar(r.lembar)}!${alamatAbsolut(r)}`;
}

/** The whole range's address without the sheet ("C5:C15"): where a name points, and where a finding about all of it is. */
export function alamatNama(r: RentangBernama): string {
  const { jumlahBaris, jumlahKolom } = ukuranRentang(r);
  return alamatRentang({
    baris: r.baris,
    kolom: r.kolom,
    jumlahBaris: Math.max(jumlahBaris, 1),
    jumlahKolom: Math.max(jumlahKolom, 1),
  });
}

/** The cell at (i, j) of a named range, with its location. */
export function selDari(r: RentangBernama, i: number, j: number): SelMasukan {
  return {
    nilai: r.nilai[i]?.[j] ?? null,
    rumus: r.rumus?.[i]?.[j] ?? null,
    nama: r.nama,
    lembar: r.lembar,
    alamat: alamatSel(r.baris + i, r.kolom + j),
    baris: i + 1,
  };
}

/** Text of a cell for names and labels: trimmed; numbers as written; null when blank. */
export function teksSel(nilai: NilaiSel): string | null {
  if (selKosong(nilai)) return null;
  return typeof nilai === 'string' ? nilai.trim() : String(nilai);
}

/** Number-like cell that is not readable as a number (a header such as "Tahun 2020"). */
export function teksBukanAngka(nilai: NilaiSel): boolean {
  if (typeof nilai !== 'string' || nilai.trim() === '') return false;
  try {
    const t = bacaAngka(nilai, 'kepala');
    return t.jenis === 'NA' ? false : t.jenis !== 'angka' && t.jenis !== 'strip';
  } catch {
    return true;
  }
}

/** Words of a header row (Harga 2020, Satuan, Program, Pagu, Realisasi, …), whole words, any case. */
const KATA_KEPALA =
  /(^|[^\p{L}])(no|nomor|nama|komoditas|barang|jenis|satuan|harga|program|kegiatan|uraian|pagu|anggaran|realisasi|target|capaian|tahun|indikator|persen|persentase|keuangan|fisik|sasaran|rata-rata)($|[^\p{L}])/iu;

/**
 * Whether a first row that the table's own test takes for a header (text where its numbers go) really looks like
 * one (issue 17): some cell holds a header word, and no cell where numbers go holds an error value (#DIV/0!) or
 * digits other than a year ("Harga 2020"). "10.950 Rp", "sebelas ribu", #DIV/0! or "11,897,548,816" in the first
 * row are data that failed to parse — NILAI-TIDAK-TERBACA, as in any other row — never a second header row.
 */
export function tampakKepala(baris: readonly NilaiSel[], kolomAngka: readonly number[]): boolean {
  const kataKepala = baris.some((v) => typeof v === 'string' && KATA_KEPALA.test(v));
  const angkaRusak = kolomAngka.some((k) => {
    const v = baris[k] ?? null;
    if (typeof v === 'number') return !(Number.isInteger(v) && v >= 1900 && v <= 2100); // a year heads a column
    if (typeof v !== 'string') return v !== null;
    const t = v.trim();
    return t.startsWith('#') || /\d/.test(t.replace(/(^|\D)(19|20)\d\d(?!\d)/g, '$1'));
  });
  return kataKepala && !angkaRusak;
}

/**
 * Rows at the top that are headers: at most two (the document's Tabel 3.6 has a two-row header:
 * "Tahun" above "2020 | 2021"). A second row counts as header when it looks like one, or when it
 * continues the first (its first two cells, name and unit, are blank).
 */
export function jumlahBarisKepala(r: RentangBernama, adalahKepala: (baris: readonly NilaiSel[]) => boolean): number {
  if (r.nilai.length === 0 || !adalahKepala(r.nilai[0]!)) return 0;
  const kedua = r.nilai[1];
  if (!kedua) return 1;
  const lanjutan = selKosong(kedua[0] ?? null) && selKosong(kedua[1] ?? null) && kedua.slice(2).some((v) => !selKosong(v));
  return adalahKepala(kedua) || lanjutan ? 2 : 1;
}

/** First non-blank cell of a settings range (a merged title cell reads as 1×n with one value). */
export function nilaiTunggal(r: RentangBernama | undefined): NilaiSel {
  if (!r) return null;
  for (const baris of r.nilai) for (const v of baris) if (!selKosong(v)) return v;
  return null;
}

/** A problem about a whole range, located at the range. */
export function temuanRentang(tingkat: Temuan['tingkat'], r: RentangBernama, pesan: string): Temuan {
  return { tingkat, nama: r.nama, lembar: r.lembar, alamat: alamatNama(r), pesan };
}

/** A problem about one cell, located at the cell (with its row within the range). */
export function temuanSel(tingkat: Temuan['tingkat'], sel: SelMasukan, pesan: string, id?: string): Temuan {
  return {
    tingkat,
    ...(id === undefined ? {} : { id }),
    nama: sel.nama,
    baris: sel.baris,
    lembar: sel.lembar,
    alamat: sel.alamat,
    pesan,
  };
}

/** Ranges in reading order: sheet, row, column, then name (the order of tables in the report). */
export function bandingkanPosisi(a: RentangBernama, b: RentangBernama): number {
  const kunci = (r: RentangBernama): [string, number, number, string] => [r.lembar, r.baris, r.kolom, r.nama.toLowerCase()];
  const [ka, kb] = [kunci(a), kunci(b)];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1;
    if (ka[i]! > kb[i]!) return 1;
  }
  return 0;
}

/** "LKIP_Harga_Kebutuhan_Pokok" → "Kebutuhan Pokok" (the whole name when nothing follows the prefix). */
export function labelGrup(nama: string, awalan: string): string {
  const label = nama.slice(awalan.length).replace(/_+/g, ' ').trim();
  return label === '' ? nama : label;
}
