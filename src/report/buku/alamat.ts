/**
 * A1 addresses, Excel's grid and the references of defined names: written and read here only.
 *
 * Both workbook adapters, the fake Excel host of the tests and the report engine speak of cells in
 * these terms: zero-based rows and columns in the model (a `Rentang`), "C5" / "$C$5:$D$9" / "'Data
 * LKIP'!$C$5" in the workbook. The functions come in pairs, one writing and one reading each form:
 *
 *   hurufKolom  ↔ indeksKolom      0 ↔ "A", 26 ↔ "AA"
 *   alamatSel / alamatRentang ↔ bacaAlamat     {baris 4, kolom 2, 11 × 1} ↔ "C5:C15" (also "C:C", "3:5")
 *   kutipLembar + "!" + alamat ↔ bacaRujukan   "'Data LKIP'!$C$5:$C$15", or why it is not one range
 *
 * Excel's sheet is BARIS_MAKS rows × KOLOM_MAKS columns; an address outside it is not an address.
 */
import type { Rentang } from '../lembar';

/** Rows of an Excel sheet (Excel 2007 and later): a reference with this many rows covers whole columns. */
export const BARIS_MAKS = 1_048_576;
/** Columns of an Excel sheet (A to XFD). */
export const KOLOM_MAKS = 16_384;

// ---------------------------------------------------------------------------------------------
// Writing

/** Zero-based column index → letters: 0 → A, 25 → Z, 26 → AA. */
export function hurufKolom(kolom: number): string {
  let n = kolom + 1;
  let s = '';
  while (n > 0) {
    const sisa = (n - 1) % 26;
    s = String.fromCharCode(65 + sisa) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters → zero-based index: "A" → 0, "Z" → 25, "AA" → 26 (case-blind); the inverse of hurufKolom. */
export function indeksKolom(huruf: string): number {
  let n = 0;
  for (const ch of huruf.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a zero-based cell: (0, 0) → "A1". */
export function alamatSel(baris: number, kolom: number): string {
  return `${hurufKolom(kolom)}${baris + 1}`;
}

/** "A1:C3" for a rectangle, "A1" for a single cell. */
export function alamatRentang(r: Rentang): string {
  const awal = alamatSel(r.baris, r.kolom);
  if (r.jumlahBaris === 1 && r.jumlahKolom === 1) return awal;
  return `${awal}:${alamatSel(r.baris + r.jumlahBaris - 1, r.kolom + r.jumlahKolom - 1)}`;
}

/** Whole columns from `kolom`, `jumlah` wide: (3, 3) → "D:F"; (0, 1) → "A:A". */
export function alamatKolom(kolom: number, jumlah = 1): string {
  return `${hurufKolom(kolom)}:${hurufKolom(kolom + jumlah - 1)}`;
}

/** Whole rows from the zero-based `baris`, `jumlah` high: (3, 3) → "4:6". */
export function alamatBaris(baris: number, jumlah = 1): string {
  return `${baris + 1}:${baris + jumlah}`;
}

/** Quote a sheet name for an address when needed: Laporan LKIP → 'Laporan LKIP'; It's → 'It''s'. */
export function kutipLembar(nama: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nama) ? nama : `'${nama.replace(/'/g, "''")}'`;
}

/** The whole sheet as a reference, "'Laporan LKIP'!$1:$1048576": no row or column deletion turns it into #REF!. */
export function rujukanSeluruhLembar(namaLembar: string): string {
  return `${kutipLembar(namaLembar)}!$1:$${BARIS_MAKS}`;
}

// ---------------------------------------------------------------------------------------------
// Reading

const SEL = String.raw`\$?([A-Z]{1,3})\$?(\d{1,7})`;
const POLA_SEL = new RegExp(`^${SEL}(?::${SEL})?$`, 'i');
const POLA_KOLOM = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i;
const POLA_BARIS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** A rectangle read from an address, and whether it spans whole columns ("C:C") or whole rows ("3:5"). */
export interface AlamatTerbaca {
  readonly rentang: Rentang;
  readonly seluruhKolom: boolean;
  readonly seluruhBaris: boolean;
}

/**
 * "C5", "$C$5:$D$9", "c5:c15", "C:D", "$3:$5" → the rectangle (corners in any order), or null when it is
 * not an A1 address on Excel's grid. No sheet part: see bacaRujukan, or alamatTanpaLembar first.
 */
export function bacaAlamat(alamat: string): AlamatTerbaca | null {
  const teks = alamat.trim();
  const sel = POLA_SEL.exec(teks);
  if (sel) {
    const k1 = indeksKolom(sel[1]!);
    const b1 = Number(sel[2]) - 1;
    return kotak(
      b1,
      k1,
      sel[4] !== undefined ? Number(sel[4]) - 1 : b1,
      sel[3] !== undefined ? indeksKolom(sel[3]) : k1,
      false,
      false,
    );
  }
  const kolom = POLA_KOLOM.exec(teks);
  if (kolom) return kotak(0, indeksKolom(kolom[1]!), BARIS_MAKS - 1, indeksKolom(kolom[2]!), true, false);
  const baris = POLA_BARIS.exec(teks);
  if (baris) return kotak(Number(baris[1]) - 1, 0, Number(baris[2]) - 1, KOLOM_MAKS - 1, false, true);
  return null;
}

function kotak(
  b1: number,
  k1: number,
  b2: number,
  k2: number,
  seluruhKolom: boolean,
  seluruhBaris: boolean,
): AlamatTerbaca | null {
  const atas = Math.min(b1, b2);
  const bawah = Math.max(b1, b2);
  const kiri = Math.min(k1, k2);
  const kanan = Math.max(k1, k2);
  if (atas < 0 || kiri < 0 || bawah >= BARIS_MAKS || kanan >= KOLOM_MAKS) return null;
  return {
    rentang: { baris: atas, kolom: kiri, jumlahBaris: bawah - atas + 1, jumlahKolom: kanan - kiri + 1 },
    seluruhKolom,
    seluruhBaris,
  };
}

/** "C5:C15" or "$C$5:$C$15" or "c5" → "$C$5:$C$15" / "$C$5"; null when it is not an A1 cell or range. */
export function alamatMutlak(alamat: string): string | null {
  const sel = POLA_SEL.exec(alamat.trim());
  if (!sel) return null;
  const awal = `$${sel[1]!.toUpperCase()}$${sel[2]}`;
  return sel[3] !== undefined ? `${awal}:$${sel[3].toUpperCase()}$${sel[4]}` : awal;
}

/** "Input!$C$5" or "'Laporan LKIP'!C5" → "$C$5"/"C5": the address part after the sheet name. */
export function alamatTanpaLembar(alamat: string): string {
  const seru = alamat.lastIndexOf('!');
  return seru >= 0 ? alamat.slice(seru + 1) : alamat;
}

/** A defined name's reference read as one range on one sheet of this workbook, or the reason it is not one. */
export type RujukanTerbaca =
  ({ readonly jenis: 'rentang'; readonly lembar: string } & AlamatTerbaca) | { readonly jenis: 'tidak'; readonly alasan: string };

const LEMBAR_BERKUTIP = String.raw`'((?:[^']|'')+)'`;
const LEMBAR_POLOS = String.raw`([^'!\[\]:*?/\\,()\s"=<>&]+)`;
const POLA_LEMBAR = new RegExp(`^(?:${LEMBAR_BERKUTIP}|${LEMBAR_POLOS})!(.+)$`, 'i');

const ALASAN = Object.freeze({
  kosong: 'nama tidak merujuk ke apa pun',
  rusak: 'rujukan rusak (#REF!): lembar atau sel yang dirujuk sudah dihapus',
  bukuLain: 'merujuk ke buku kerja lain; salin datanya ke buku kerja ini',
  banyakArea: 'merujuk ke lebih dari satu area; buat nama untuk satu rentang yang utuh',
  bukanRentang: 'bukan rentang sel (konstanta atau rumus); buat nama yang merujuk ke sel di lembar',
  diLuarLembar: 'alamat di luar batas lembar Excel',
});

/** Split at top-level commas (outside quotes and function parentheses): "A!$A$1,A!$B$2" → 2 areas. */
function pisahArea(teks: string): string[] {
  const bagian: string[] = [];
  let kutip = false;
  let kedalaman = 0;
  let awal = 0;
  for (let i = 0; i < teks.length; i++) {
    const ch = teks[i];
    if (ch === "'" || ch === '"') kutip = !kutip;
    else if (!kutip && ch === '(') kedalaman++;
    else if (!kutip && ch === ')') kedalaman--;
    else if (ch === ',' && !kutip && kedalaman === 0) {
      bagian.push(teks.slice(awal, i));
      awal = i + 1;
    }
  }
  bagian.push(teks.slice(awal));
  return bagian;
}

/**
 * The text of a defined name as a workbook stores it ("'Data LKIP'!$C$5:$C$15", "=Input!$B:$C", "#REF!",
 * "[1]Lain!$A$1", "\"teks\"", "Input!$A$1,Input!$B$1"): one range on one sheet, or an Indonesian reason.
 */
export function bacaRujukan(teksAsli: string): RujukanTerbaca {
  const teks = teksAsli.trim().replace(/^=/, '');
  const tidak = (alasan: string): RujukanTerbaca => ({ jenis: 'tidak', alasan });
  if (teks === '') return tidak(ALASAN.kosong);
  if (/#REF!/i.test(teks)) return tidak(ALASAN.rusak);
  if (/^'?\[/.test(teks)) return tidak(ALASAN.bukuLain);
  if (pisahArea(teks).length > 1) return tidak(ALASAN.banyakArea);
  const cocok = POLA_LEMBAR.exec(teks);
  if (!cocok) return tidak(ALASAN.bukanRentang);
  const lembar = cocok[1] !== undefined ? cocok[1].replace(/''/g, "'") : (cocok[2] ?? '');
  if (lembar.includes('[')) return tidak(ALASAN.bukuLain);
  const area = cocok[3] ?? '';
  const alamat = bacaAlamat(area);
  if (alamat !== null) return { jenis: 'rentang', lembar, ...alamat };
  // An A1-shaped address that lies off the grid ($XFE$1, $A$1048577) is not a formula: say so.
  const bentukA1 = POLA_SEL.test(area) || POLA_KOLOM.test(area) || POLA_BARIS.test(area);
  return tidak(bentukA1 ? ALASAN.diLuarLembar : ALASAN.bukanRentang);
}

/**
 * Rows × columns of a reference whose size the text tells ("Input!$C$5:$C$15" → 11 × 1), or null when it does
 * not (whole columns or rows, several areas, other workbooks, constants): then the size must be asked for.
 */
export function ukuranRujukan(rujukan: string): { readonly jumlahBaris: number; readonly jumlahKolom: number } | null {
  const r = bacaRujukan(rujukan);
  if (r.jenis !== 'rentang' || r.seluruhKolom || r.seluruhBaris) return null;
  return { jumlahBaris: r.rentang.jumlahBaris, jumlahKolom: r.rentang.jumlahKolom };
}

/**
 * Whether two name texts point at the same rectangle of the same sheet, however written
 * ("'Data LKIP'!$E$27:$E$37" and "'data lkip'!E27:E37"). Texts that are not one range are equal only as text.
 */
export function rujukanSama(a: string, b: string): boolean {
  const ra = bacaRujukan(a);
  const rb = bacaRujukan(b);
  if (ra.jenis !== 'rentang' || rb.jenis !== 'rentang') return a.trim() === b.trim();
  const x = ra.rentang;
  const y = rb.rentang;
  return (
    ra.lembar.toLowerCase() === rb.lembar.toLowerCase() &&
    x.baris === y.baris &&
    x.kolom === y.kolom &&
    x.jumlahBaris === y.jumlahBaris &&
    x.jumlahKolom === y.jumlahKolom
  );
}
