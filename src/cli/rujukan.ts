/**
 * References of defined names as .xlsx files store them ("'Data LKIP'!$C$5:$C$15", "Sheet1!$A:$A",
 * "#REF!", "[1]Lain!$A$1", "\"teks\""): parsed into a sheet and a rectangle, or a reason why not.
 */
import { indeksKolom, type Rentang } from '../report/lembar';

/** Largest sheet Excel allows. */
export const BARIS_MAKS = 1_048_576;
export const KOLOM_MAKS = 16_384;

export type RujukanTerbaca =
  | {
      readonly jenis: 'rentang';
      readonly lembar: string;
      readonly rentang: Rentang;
      /** Whole columns ($A:$A) or whole rows ($3:$3): the caller clips them to the used area. */
      readonly seluruhKolom: boolean;
      readonly seluruhBaris: boolean;
    }
  | { readonly jenis: 'tidak'; readonly alasan: string };

const LEMBAR_BERKUTIP = String.raw`'((?:[^']|'')+)'`;
const LEMBAR_POLOS = String.raw`([^'!\[\]:*?/\\,()\s"=<>&]+)`;
const SEL = String.raw`\$?([A-Z]{1,3})\$?(\d{1,7})`;
const POLA_LEMBAR = new RegExp(`^(?:${LEMBAR_BERKUTIP}|${LEMBAR_POLOS})!(.+)$`, 'i');
const POLA_SEL = new RegExp(`^${SEL}(?::${SEL})?$`, 'i');
const POLA_KOLOM = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i;
const POLA_BARIS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

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

/** Parse the text of a defined name. */
export function bacaRujukan(teksAsli: string): RujukanTerbaca {
  const teks = teksAsli.trim().replace(/^=/, '');
  if (teks === '') return { jenis: 'tidak', alasan: 'nama tidak merujuk ke apa pun' };
  if (/#REF!/i.test(teks)) {
    return { jenis: 'tidak', alasan: 'rujukan rusak (#REF!): lembar atau sel yang dirujuk sudah dihapus' };
  }
  if (teks.startsWith('[') || /^'?\[/.test(teks)) {
    return { jenis: 'tidak', alasan: 'merujuk ke buku kerja lain; salin datanya ke buku kerja ini' };
  }
  if (pisahArea(teks).length > 1) {
    return { jenis: 'tidak', alasan: 'merujuk ke lebih dari satu area; buat nama untuk satu rentang yang utuh' };
  }
  const cocok = POLA_LEMBAR.exec(teks);
  if (!cocok) {
    return { jenis: 'tidak', alasan: 'bukan rentang sel (konstanta atau rumus); buat nama yang merujuk ke sel di lembar' };
  }
  const lembar = cocok[1] !== undefined ? cocok[1].replace(/''/g, "'") : (cocok[2] ?? '');
  if (/\[/.test(lembar)) return { jenis: 'tidak', alasan: 'merujuk ke buku kerja lain; salin datanya ke buku kerja ini' };
  const area = cocok[3] ?? '';
  const sel = POLA_SEL.exec(area);
  if (sel) {
    const k1 = indeksKolom(sel[1]!);
    const b1 = Number(sel[2]) - 1;
    const k2 = sel[3] !== undefined ? indeksKolom(sel[3]) : k1;
    const b2 = sel[4] !== undefined ? Number(sel[4]) - 1 : b1;
    return rentangSah(lembar, b1, k1, b2, k2, false, false);
  }
  const kolom = POLA_KOLOM.exec(area);
  if (kolom) {
    return rentangSah(lembar, 0, indeksKolom(kolom[1]!), BARIS_MAKS - 1, indeksKolom(kolom[2]!), true, false);
  }
  const baris = POLA_BARIS.exec(area);
  if (baris) {
    return rentangSah(lembar, Number(baris[1]) - 1, 0, Number(baris[2]) - 1, KOLOM_MAKS - 1, false, true);
  }
  return { jenis: 'tidak', alasan: 'bukan rentang sel (konstanta atau rumus); buat nama yang merujuk ke sel di lembar' };
}

function rentangSah(
  lembar: string,
  b1: number,
  k1: number,
  b2: number,
  k2: number,
  seluruhKolom: boolean,
  seluruhBaris: boolean,
): RujukanTerbaca {
  const atas = Math.min(b1, b2);
  const bawah = Math.max(b1, b2);
  const kiri = Math.min(k1, k2);
  const kanan = Math.max(k1, k2);
  if (atas < 0 || kiri < 0 || bawah >= BARIS_MAKS || kanan >= KOLOM_MAKS) {
    return { jenis: 'tidak', alasan: 'alamat di luar batas lembar Excel' };
  }
  return {
    jenis: 'rentang',
    lembar,
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
