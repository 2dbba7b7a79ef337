/**
 * A small builder for ModelLembar: rows of values with their number formats, styles by rectangle,
 * merges and column widths. Text cells get the '@' format; numbers carry the format given.
 */
import type { GayaSel, ModelLembar, NilaiSel, Rentang } from './lembar';

/** Percentage points with a literal "%": 88,64 shows "88,64 %" (never Excel's ×100 percent format). */
export const FORMAT_PERSEN = '#,##0.00" %"';
/** Rupiah and prices: thousands separators, no decimals. */
export const FORMAT_RUPIAH = '#,##0';
/** Targets and realisasi: two decimals. */
export const FORMAT_ANGKA = '#,##0.00';
export const FORMAT_BULAT = '0';
export const FORMAT_TEKS = '@';

export const WARNA = Object.freeze({
  kepala: 'D9E1F2',
  judulBagian: 'FFFFFF',
  kaki: 'F2F2F2',
  tidakDiukur: 'EDEDED',
  teksRedup: '595959',
  /** By rank in the scale: best → worst. */
  kategori: ['C6EFCE', 'FFEB9C', 'FCD5B4', 'FFC7CE'] as readonly string[],
  galat: 'FFC7CE',
  peringatan: 'FFEB9C',
  info: 'DDEBF7',
});

/** Fill of a category by its rank in a scale of n levels (spread over green, yellow, orange, red). */
export function warnaKategori(peringkat: number, jumlahTingkat: number): string {
  const palet = WARNA.kategori;
  const indeks = jumlahTingkat <= 1 ? 0 : Math.round((peringkat * (palet.length - 1)) / (jumlahTingkat - 1));
  return palet[Math.min(Math.max(indeks, 0), palet.length - 1)]!;
}

export interface SelTulis {
  readonly nilai: NilaiSel;
  /** Number format for numbers; ignored for text (always '@') and empty cells. */
  readonly format?: string;
}

export type IsiSel = NilaiSel | SelTulis;

function adalahSelTulis(x: IsiSel): x is SelTulis {
  return typeof x === 'object' && x !== null;
}

export class PenyusunLembar {
  private readonly baris: NilaiSel[][] = [];
  private readonly format: (string | null)[][] = [];
  private readonly daftarGaya: { rentang: Rentang; gaya: GayaSel }[] = [];
  private readonly daftarGabungan: Rentang[] = [];
  private readonly catatan: { baris: number; kolom: number; teks: string }[] = [];

  /** Index of the next row. */
  get barisBerikut(): number {
    return this.baris.length;
  }

  /** Append a row; returns its index. */
  tambahBaris(sel: readonly IsiSel[] = []): number {
    const nilai: NilaiSel[] = [];
    const format: (string | null)[] = [];
    for (const s of sel) {
      const v = adalahSelTulis(s) ? s.nilai : s;
      const f = adalahSelTulis(s) ? (s.format ?? null) : null;
      nilai.push(v);
      format.push(typeof v === 'string' ? FORMAT_TEKS : v === null ? null : f);
    }
    this.baris.push(nilai);
    this.format.push(format);
    return this.baris.length - 1;
  }

  gaya(rentang: Rentang, gaya: GayaSel): void {
    this.daftarGaya.push({ rentang, gaya });
  }

  gabung(rentang: Rentang): void {
    if (rentang.jumlahBaris > 1 || rentang.jumlahKolom > 1) this.daftarGabungan.push(rentang);
  }

  beriCatatan(baris: number, kolom: number, teks: string): void {
    this.catatan.push({ baris, kolom, teks });
  }

  selesai(
    nama: string,
    opsi: { lebarKolom: readonly number[]; bekukanBaris: number; proteksi?: ModelLembar['proteksi'] },
  ): ModelLembar {
    const lebar = Math.max(opsi.lebarKolom.length, ...this.baris.map((b) => b.length), 1);
    const pad = <T>(b: readonly T[], isi: T): T[] => [...b, ...Array<T>(lebar - b.length).fill(isi)];
    return {
      nama,
      nilai: this.baris.map((b) => pad(b, null)),
      formatAngka: this.format.map((b) => pad(b, null)),
      gaya: this.daftarGaya,
      gabungan: this.daftarGabungan,
      lebarKolom: pad(opsi.lebarKolom, 10),
      bekukanBaris: opsi.bekukanBaris,
      catatan: this.catatan,
      ...(opsi.proteksi ? { proteksi: opsi.proteksi } : {}),
    };
  }
}

export const rentang = (baris: number, kolom: number, jumlahBaris = 1, jumlahKolom = 1): Rentang => ({
  baris,
  kolom,
  jumlahBaris,
  jumlahKolom,
});
