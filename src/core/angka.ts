/**
 * Indonesian numbers: reading values as they arrive from a workbook (numbers, or text such as
 * "44,32", "13.519.650.516,-", "Rp. 2.194.960.000,-", "88,64 %") and formatting figures for display.
 *
 * Reading rules (Indonesian convention first, as in LKIP documents):
 * - the comma is the decimal separator, the dot groups thousands: "1.234,56" = 1234,56;
 * - dots must group in threes ("13.519.650.516"); a single dot followed by exactly three digits is a
 *   thousands separator ("1.576" = 1576, as the document writes it);
 * - a single dot followed by one, two or more than three digits can only be a decimal point ("1.08" = 1,08);
 * - "Rp", "Rp." in front, ",-" or ",00" behind, and "%" behind are dropped (percent values are percentage points);
 * - "NA", "N/A" → NA; "-", "–", "—" alone → strip (the document's dash: nothing / zero); "" → kosong;
 * - English-style text that mixes the separators the other way round ("1,234.56", "1,234,567") is
 *   ambiguous and rejected with a message saying why.
 */
import { Desimal, DESIMAL_TERBIT } from './desimal';
import { GalatLkip } from './galat';

/** A value as it may arrive: from a cell, a JSON file, or another core function. */
export type NilaiMasukan = Desimal | number | string | boolean | null | undefined;

export type AngkaTerbaca =
  | { readonly jenis: 'angka'; readonly nilai: Desimal; readonly dariTeks: boolean }
  | { readonly jenis: 'NA' }
  | { readonly jenis: 'strip' }
  | { readonly jenis: 'kosong' };

/**
 * Largest magnitude read as a number: ±10^15. Beyond it Excel keeps no exact units digit (15 significant digits)
 * and no LKIP figure comes near it (a province's budget is about 10^13 rupiah); larger values are typing or
 * conversion errors (1e308, a 400-digit realisasi) and become an ANGKA_TERLALU_BESAR naming the cell and value.
 */
export const ANGKA_MAKS = 1e15;
/** Most digits a number typed as text may have (a 32 767-digit text is refused before any arithmetic). */
export const DIGIT_TEKS_MAKS = 40;
const DESIMAL_MAKS = new Desimal(ANGKA_MAKS);

/** Throws ANGKA_TERLALU_BESAR when |nilai| > ANGKA_MAKS. */
function dalamBatas(nilai: Desimal, argumen: string, masukan: unknown): Desimal {
  if (nilai.abs().gt(DESIMAL_MAKS)) {
    throw new GalatLkip(
      'ANGKA_TERLALU_BESAR',
      argumen,
      masukan,
      'di luar batas angka yang dapat dihitung (paling besar ±1.000.000.000.000.000 = 10^15).',
    );
  }
  return nilai;
}

const POLA_NA = /^(na|n\/a|n\.a\.?|#n\/a|tidak tersedia)$/i;
const POLA_STRIP = /^[-–—−]+$/;
const TANDA_MINUS = /^[-–—−]\s*/;

/** Empty as a cell is empty: nothing, or text of only spaces (non-breaking ones too). */
export function selKosong(sel: unknown): boolean {
  return sel === null || sel === undefined || (typeof sel === 'string' && sel.trim() === '');
}

/** Read one value. Throws GalatLkip (BUKAN_ANGKA / AMBIGU) for anything that is not a number or a known marker. */
export function bacaAngka(masukan: unknown, argumen: string): AngkaTerbaca {
  if (masukan === null || masukan === undefined) return { jenis: 'kosong' };
  if (masukan instanceof Desimal) {
    if (!masukan.isFinite()) throw new GalatLkip('BUKAN_ANGKA', argumen, masukan, 'bukan angka yang terhingga.');
    return { jenis: 'angka', nilai: dalamBatas(masukan, argumen, masukan), dariTeks: false };
  }
  if (typeof masukan === 'number') {
    if (!Number.isFinite(masukan)) throw new GalatLkip('BUKAN_ANGKA', argumen, masukan, 'bukan angka yang terhingga.');
    return {
      jenis: 'angka',
      nilai: dalamBatas(new Desimal(Object.is(masukan, -0) ? 0 : masukan), argumen, masukan),
      dariTeks: false,
    };
  }
  if (typeof masukan === 'string') return bacaTeksAngka(masukan, argumen);
  if (typeof masukan === 'boolean')
    throw new GalatLkip('BUKAN_ANGKA', argumen, masukan, 'nilai logika (TRUE/FALSE), bukan angka.');
  throw new GalatLkip('BUKAN_ANGKA', argumen, masukan, 'bukan angka.');
}

/** Plain text digits with an optional decimal comma, at most 15 significant digits: "44,32", "1500", "0,125". */
const POLA_TEKS_POLOS = /^\d{1,9}(?:,\d{1,6})?$/;

/**
 * A number typed as plain text ("44,32") as the double a typed number would be, for the fast paths of whole
 * columns of text numbers; NaN for anything else (thousands dots, Rp, %, signs, words: bacaAngka reads those).
 * Exact: at most 15 significant digits, so the double's shortest text is the typed decimal, which is what
 * decimal.js reads from it.
 */
export function angkaTeksCepat(v: unknown): number {
  return typeof v === 'string' && POLA_TEKS_POLOS.test(v) ? Number(v.replace(',', '.')) : Number.NaN;
}

/** Read a value that must be a number: NA, "-" and empty are errors too. */
export function angkaWajib(masukan: unknown, argumen: string): Desimal {
  return angkaWajibDari(bacaAngka(masukan, argumen), masukan, argumen);
}

/** angkaWajib for a value already read by bacaAngka (`masukan` is the value as given, for the message). */
export function angkaWajibDari(hasil: AngkaTerbaca, masukan: unknown, argumen: string): Desimal {
  if (hasil.jenis === 'angka') return hasil.nilai;
  if (hasil.jenis === 'kosong') throw new GalatLkip('KOSONG', argumen, masukan, 'wajib diisi angka.');
  throw new GalatLkip(
    'BUKAN_ANGKA',
    argumen,
    masukan,
    `"${hasil.jenis === 'NA' ? 'NA' : '-'}" tidak dapat dipakai di sini; isi dengan angka.`,
  );
}

function bacaTeksAngka(teksAsli: string, argumen: string): AngkaTerbaca {
  let s = teksAsli.replace(/[\u00a0\u202f\u2007\t]/g, ' ').trim();
  if (s === '') return { jenis: 'kosong' };
  if (POLA_NA.test(s)) return { jenis: 'NA' };
  if (POLA_STRIP.test(s)) return { jenis: 'strip' };

  let negatif = false;
  if (TANDA_MINUS.test(s)) {
    negatif = true;
    s = s.replace(TANDA_MINUS, '');
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  s = s.replace(/^rp\.?\s*/i, '');
  if (!negatif && TANDA_MINUS.test(s)) {
    negatif = true;
    s = s.replace(TANDA_MINUS, '');
  }
  s = s
    .replace(/\s*%$/, '')
    .replace(/,\s*[-–—]$/, '')
    .replace(/\s+/g, '');
  if (s === '' || !/^[0-9.,]+$/.test(s)) {
    throw new GalatLkip(
      'BUKAN_ANGKA',
      argumen,
      teksAsli,
      'bukan angka (contoh yang dapat dibaca: 44,32 · 13.519.650.516 · Rp 1.500.000,- · 88,64 %).',
    );
  }
  if (s.replace(/[.,]/g, '').length > DIGIT_TEKS_MAKS) {
    throw new GalatLkip('ANGKA_TERLALU_BESAR', argumen, teksAsli, `terlalu banyak angka (lebih dari ${DIGIT_TEKS_MAKS} digit).`);
  }
  const angka = normalkan(s, argumen, teksAsli);
  const nilai = dalamBatas(new Desimal(angka), argumen, teksAsli);
  return { jenis: 'angka', nilai: negatif && !nilai.isZero() ? nilai.negated() : nilai, dariTeks: true };
}

/** Turn "1.234,56" style digits into "1234.56". */
function normalkan(s: string, argumen: string, asli: string): string {
  const koma = s.split(',').length - 1;
  const titik = s.split('.').length - 1;
  if (koma > 1) {
    throw new GalatLkip(
      'AMBIGU',
      argumen,
      asli,
      'lebih dari satu koma; dalam format Indonesia koma adalah tanda desimal (tulis 1.234.567 atau 1234,5).',
    );
  }
  if (koma === 1 && titik > 0 && s.indexOf('.') > s.indexOf(',')) {
    throw new GalatLkip(
      'AMBIGU',
      argumen,
      asli,
      'titik sesudah koma (gaya Inggris); dalam format Indonesia titik memisahkan ribuan dan koma desimal (tulis 1.234,56).',
    );
  }
  let bulat = s;
  let pecahan = '';
  if (koma === 1) {
    [bulat, pecahan] = s.split(',') as [string, string];
    if (pecahan === '') pecahan = '0';
    if (!/^\d+$/.test(pecahan)) throw new GalatLkip('BUKAN_ANGKA', argumen, asli, 'angka di belakang koma tidak valid.');
  }
  if (bulat === '') throw new GalatLkip('BUKAN_ANGKA', argumen, asli, 'tidak ada angka di depan tanda desimal.');
  if (titik > 0) {
    const kelompok = bulat.split('.');
    const ribuanSah = /^\d{1,3}$/.test(kelompok[0]!) && kelompok.slice(1).every((k) => /^\d{3}$/.test(k));
    if (koma === 0 && titik === 1 && !ribuanSah) {
      // "1.08", "44.3", "0.125": the dot can only be a decimal point.
      const [depan, belakang] = kelompok as [string, string];
      if (!/^\d+$/.test(depan) || !/^\d+$/.test(belakang)) {
        throw new GalatLkip('BUKAN_ANGKA', argumen, asli, 'letak titik tidak valid.');
      }
      return `${depan}.${belakang}`;
    }
    if (koma === 0 && titik === 1 && kelompok[0] === '0') {
      return `0.${kelompok[1]}`; // "0.125" is a decimal, never "0 thousand 125"
    }
    if (!ribuanSah) {
      throw new GalatLkip(
        'BUKAN_ANGKA',
        argumen,
        asli,
        'pemisah ribuan (titik) harus mengelompokkan tiga angka, misalnya 13.519.650.516.',
      );
    }
    bulat = kelompok.join('');
  }
  if (!/^\d+$/.test(bulat)) throw new GalatLkip('BUKAN_ANGKA', argumen, asli, 'bukan angka.');
  return pecahan ? `${bulat}.${pecahan}` : bulat;
}

// ---------------------------------------------------------------------------------------------
// Formatting (display only; never feed a formatted string back into a computation).

/** "13519650516.5" → "13.519.650.516,50" with a fixed number of decimals. */
export function formatAngka(nilai: Desimal, desimal: number = DESIMAL_TERBIT): string {
  const teks = nilai.toFixed(desimal, Desimal.ROUND_HALF_UP);
  const negatif = teks.charCodeAt(0) === 45; // '-'
  const mutlak = negatif ? teks.slice(1) : teks;
  const titik = mutlak.indexOf('.');
  const hasil = titik < 0 ? kelompokkanRibuan(mutlak) : `${kelompokkanRibuan(mutlak.slice(0, titik))},${mutlak.slice(titik + 1)}`;
  return negatif && /[1-9]/.test(hasil) ? `-${hasil}` : hasil;
}

/** "13519650516" → "13.519.650.516": a dot before every third digit from the right. */
function kelompokkanRibuan(angka: string): string {
  const n = angka.length;
  if (n <= 3) return angka;
  let hasil = angka.slice(0, ((n - 1) % 3) + 1);
  for (let i = hasil.length; i < n; i += 3) hasil += '.' + angka.slice(i, i + 3);
  return hasil;
}

/** A count or other whole number with thousands dots: 963600 → "963.600". */
export function formatBulat(n: number): string {
  return formatAngka(new Desimal(n), 0);
}

/**
 * The document's own style in derivations: whole numbers without decimals ("50", "100"),
 * others with the published two decimals ("54,70", "179,40").
 */
export function formatTerbit(nilai: Desimal): string {
  if (nilai.isInteger()) return formatAngka(nilai, 0); // Rupiah amounts, whole targets: no rounding step
  const dibulatkan = nilai.toDecimalPlaces(DESIMAL_TERBIT, Desimal.ROUND_HALF_UP);
  return formatAngka(dibulatkan, dibulatkan.isInteger() ? 0 : DESIMAL_TERBIT);
}

/** "88,64 %": percentage points with two decimals. */
export function formatPersen(nilai: Desimal): string {
  return `${formatAngka(nilai, DESIMAL_TERBIT)} %`;
}
