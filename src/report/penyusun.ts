/**
 * A small builder for ModelLembar: rows of values with their number formats, styles by rectangle,
 * merges and column widths. Text cells get the '@' format; numbers carry the format given. Row heights
 * of wrapped text are estimated from the content when the sheet is finished (tinggiBarisDariIsi).
 */
import type { GayaSel, ModelLembar, NilaiSel, Rentang } from './lembar';
import { POIN_MAKS } from './buku/periksaModel';

/** How the note on a cell whose text was cut to Excel's limit begins (jalankan.ts makes each a TEKS-DIPOTONG finding). */
export const AWALAN_CATATAN_POTONG = 'Teks dipotong';

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
  /** A commodity whose KV is above the threshold (Stabilitas Harga). */
  diAtasAmbang: 'FFC7CE',
  /** Chart bars, and the 100 % frame around a capaian bar. */
  grafik: '4472C4',
  grafikBatas: 'C00000',
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

/** Most characters Excel keeps in one cell; longer text is cut (potongTeksSel) so Excel need not repair the file. */
export const PANJANG_TEKS_SEL_MAKS = 32767;

/** Text within Excel's cell limit: cut to PANJANG_TEKS_SEL_MAKS − 1 characters and "…"; null when it fits. */
export function potongTeksSel(teks: string): string | null {
  if (teks.length <= PANJANG_TEKS_SEL_MAKS) return null;
  let ujung = PANJANG_TEKS_SEL_MAKS - 1;
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(teks[ujung - 1]!)) ujung--;
  return `${teks.slice(0, ujung)}…`;
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
      let v = adalahSelTulis(s) ? s.nilai : s;
      const f = adalahSelTulis(s) ? (s.format ?? null) : null;
      const terpotong = typeof v === 'string' ? potongTeksSel(v) : null;
      if (terpotong !== null) {
        // The cut is told on the cell itself (a note), whichever table the text came from.
        this.beriCatatan(
          this.baris.length,
          nilai.length,
          `${AWALAN_CATATAN_POTONG}: aslinya ${(v as string).length} karakter, batas Excel ${PANJANG_TEKS_SEL_MAKS} per sel.`,
        );
        v = terpotong;
      }
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

  /** A line of text styled across `lebar` columns (a sheet's title, subtitle or how-to line); returns its row. */
  barisTeks(teks: string, lebar: number, gaya: GayaSel): number {
    const b = this.tambahBaris([teks]);
    this.gaya({ baris: b, kolom: 0, jumlahBaris: 1, jumlahKolom: lebar }, gaya);
    return b;
  }

  /** The column header of a findings-like sheet (Verifikasi, Narasi LKIP): bold, shaded, bordered, centred. */
  kepalaKolom(kolom: readonly string[]): number {
    const b = this.tambahBaris([...kolom]);
    this.gaya(
      { baris: b, kolom: 0, jumlahBaris: 1, jumlahKolom: kolom.length },
      { tebal: true, isi: WARNA.kepala, garis: true, rata: 'tengah', rataVertikal: 'tengah' },
    );
    return b;
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
    let lebar = Math.max(opsi.lebarKolom.length, 1);
    for (const b of this.baris) if (b.length > lebar) lebar = b.length;
    // Rows are this builder's own arrays: filled up in place, not copied.
    const pad = <T>(b: T[], isi: T): T[] => {
      while (b.length < lebar) b.push(isi);
      return b;
    };
    const nilai = this.baris.map((b) => pad(b, null));
    const lebarKolom = pad([...opsi.lebarKolom], 10);
    const tinggiBaris = tinggiBarisDariIsi({ nilai, gaya: this.daftarGaya, gabungan: this.daftarGabungan, lebarKolom });
    return {
      nama,
      nilai,
      formatAngka: this.format.map((b) => pad(b, null)),
      gaya: this.daftarGaya,
      gabungan: this.daftarGabungan,
      lebarKolom,
      ...(tinggiBaris.some((t) => t !== null) ? { tinggiBaris } : {}),
      bekukanBaris: opsi.bekukanBaris,
      catatan: this.catatan,
      ...(opsi.proteksi ? { proteksi: opsi.proteksi } : {}),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Row heights of wrapped text

/** Excel's default font size (Calibri 11), the size the factors below are measured for. */
const UKURAN_HURUF_BAWAAN = 11;
/** Points per line of 11-pt text: Excel's default row height. Larger fonts scale it. */
export const TITIK_PER_BARIS = 15;
/**
 * Average characters of running text per unit of column width (one unit = the width of the digit
 * "0" in Calibri 11, Excel's width unit) at 11 pt. Calibri's average for Indonesian text with spaces
 * is about 1.2-1.3; LibreOffice without Calibri draws with a wider substitute (Carlito, or DejaVu Sans
 * here) but also scales its column widths by that font, and fits about 1.15 (a 48-wide column takes
 * "Cakupan Penerapan Sistem Perijinan Usaha dan Investasi", 54 characters, on one line). 1.1 is below
 * both, so the estimate errs towards taller rows: some white space rather than text cut off.
 */
export const KARAKTER_PER_LEBAR = 1.1;
/** Bold text is wider: about 10 % fewer characters per line. */
const FAKTOR_TEBAL = 0.9;
/** Width of a column without a width in the model: Excel's standard 8.43 characters. */
const LEBAR_KOLOM_BAWAAN = 8.43;

/**
 * Lines a text takes when wrapped at `kapasitas` characters per line, the way Excel and LibreOffice
 * wrap: line breaks ('\n') start a new line, words move whole to the next line, and a word longer
 * than a line is broken inside. Greedy, so deterministic.
 */
export function jumlahBarisTeks(teks: string, kapasitas: number): number {
  const kap = Math.max(1, Math.floor(kapasitas));
  const n = teks.length;
  let jumlah = 0;
  let baris = 1; // lines of the current paragraph
  let isi = 0; // characters on its last line
  let kata = 0; // length of the word being read
  // One scan, no substrings: a space ends a word; a line break ('\n', '\r', '\r\n') ends a word and a paragraph.
  for (let i = 0; i <= n; i++) {
    const c = i < n ? teks.charCodeAt(i) : 10;
    if (c !== 32 && c !== 10 && c !== 13) {
      kata++;
      continue;
    }
    const perlu = isi === 0 ? kata : isi + 1 + kata;
    if (perlu <= kap) {
      isi = perlu;
    } else {
      if (isi > 0) baris++;
      let sisa = kata;
      while (sisa > kap) {
        baris++;
        sisa -= kap;
      }
      isi = sisa;
    }
    kata = 0;
    if (c !== 32) {
      jumlah += baris;
      baris = 1;
      isi = 0;
      if (c === 13 && i + 1 < n && teks.charCodeAt(i + 1) === 10) i++;
    }
  }
  return jumlah;
}

/**
 * Row heights (points) that wrapped text needs, from the content alone, for ModelLembar.tinggiBaris.
 * For each text cell whose style (rectangles applied in order, as the adapters apply them) wraps:
 * the available width is its column's width, or the sum of the merged columns' widths when the cell is
 * the top-left of a merge (other cells of a merge are not shown); lines = jumlahBarisTeks at
 * KARAKTER_PER_LEBAR characters per width unit (fewer for bold and larger fonts); height = lines ×
 * TITIK_PER_BARIS scaled by the font size. A merge over several rows divides its height evenly over them.
 * A row gets the largest height of its cells, rounded up to a whole point and capped at
 * POIN_MAKS (Excel's largest row height); null when the default 15 pt is enough (one line of 11-pt text, or no wrapped text).
 * Hidden (zero-width) columns are ignored. Pure and deterministic.
 */
export function tinggiBarisDariIsi(lembar: Pick<ModelLembar, 'nilai' | 'gaya' | 'gabungan' | 'lebarKolom'>): (number | null)[] {
  const jumlahBaris = lembar.nilai.length;
  let jumlahKolom = 0;
  for (const b of lembar.nilai) if (b.length > jumlahKolom) jumlahKolom = b.length;
  const tinggi: (number | null)[] = Array<number | null>(jumlahBaris).fill(null);
  if (jumlahBaris === 0 || jumlahKolom === 0) return tinggi;

  // Effective wrap, font size and bold per cell: later rectangles override earlier ones.
  const sel = jumlahBaris * jumlahKolom;
  const bungkus = new Uint8Array(sel);
  const ukuran = new Float64Array(sel).fill(UKURAN_HURUF_BAWAAN);
  const tebal = new Uint8Array(sel);
  for (const { rentang: r, gaya } of lembar.gaya) {
    if (gaya.bungkus === undefined && gaya.ukuranHuruf === undefined && gaya.tebal === undefined) continue;
    const akhirBaris = Math.min(r.baris + r.jumlahBaris, jumlahBaris);
    const akhirKolom = Math.min(r.kolom + r.jumlahKolom, jumlahKolom);
    for (let b = Math.max(0, r.baris); b < akhirBaris; b++) {
      for (let k = Math.max(0, r.kolom); k < akhirKolom; k++) {
        const i = b * jumlahKolom + k;
        if (gaya.bungkus !== undefined) bungkus[i] = gaya.bungkus ? 1 : 0;
        if (gaya.ukuranHuruf !== undefined) ukuran[i] = gaya.ukuranHuruf;
        if (gaya.tebal !== undefined) tebal[i] = gaya.tebal ? 1 : 0;
      }
    }
  }

  // Merges: the top-left cell shows the text over the merged width; the other cells show nothing.
  const gabunganDari = new Map<number, Rentang>();
  const tertutup = new Uint8Array(sel);
  for (const g of lembar.gabungan) {
    if (g.baris < 0 || g.kolom < 0 || g.baris >= jumlahBaris || g.kolom >= jumlahKolom) continue;
    gabunganDari.set(g.baris * jumlahKolom + g.kolom, g);
    for (let b = g.baris; b < Math.min(g.baris + g.jumlahBaris, jumlahBaris); b++) {
      for (let k = g.kolom; k < Math.min(g.kolom + g.jumlahKolom, jumlahKolom); k++) {
        if (b !== g.baris || k !== g.kolom) tertutup[b * jumlahKolom + k] = 1;
      }
    }
  }

  const lebarKolom = (k: number): number => lembar.lebarKolom[k] ?? LEBAR_KOLOM_BAWAAN;
  for (let b = 0; b < jumlahBaris; b++) {
    const baris = lembar.nilai[b]!;
    for (let k = 0; k < baris.length; k++) {
      const nilai = baris[k];
      const i = b * jumlahKolom + k;
      if (typeof nilai !== 'string' || nilai === '' || bungkus[i] !== 1 || tertutup[i] === 1) continue;
      const g = gabunganDari.get(i);
      const kolomAkhir = g === undefined ? k + 1 : Math.min(k + g.jumlahKolom, jumlahKolom);
      let lebar = 0;
      for (let c = k; c < kolomAkhir; c++) lebar += lebarKolom(c);
      if (!(lebar > 0)) continue;
      const skala = ukuran[i]! / UKURAN_HURUF_BAWAAN;
      const kapasitas = (lebar * KARAKTER_PER_LEBAR * (tebal[i] === 1 ? FAKTOR_TEBAL : 1)) / skala;
      const perlu = jumlahBarisTeks(nilai, kapasitas) * TITIK_PER_BARIS * skala;
      const barisGabungan = g === undefined ? 1 : Math.max(1, Math.min(g.jumlahBaris, jumlahBaris - b));
      for (let j = b; j < b + barisGabungan; j++) tinggi[j] = Math.max(tinggi[j] ?? 0, perlu / barisGabungan);
    }
  }
  return tinggi.map((t) => (t === null || t <= TITIK_PER_BARIS ? null : Math.min(Math.ceil(t), POIN_MAKS)));
}

export const rentang = (baris: number, kolom: number, jumlahBaris = 1, jumlahKolom = 1): Rentang => ({
  baris,
  kolom,
  jumlahBaris,
  jumlahKolom,
});
