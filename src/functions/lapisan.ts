/**
 * The Excel side of the LKIP custom functions, in one place (after HyperFormula's function plugins):
 *
 * - parameter metadata: a parameter is a `nilai` (a value, vectorised over a range), a `pilihan` (an option
 *   that is vectorised too, so a column of polarities works, but never makes a row "filled"), or it is read whole
 *   (a scale, a price list) by the function itself;
 * - shapes: ranges of the same shape give a result of that shape; a single value (1×1) goes with any range;
 *   different shapes give one #VALUE! naming both ("target 3×1 dan realisasi 4×1 tidak sama ukurannya");
 *   a whole column (A:A, 1.048.576 rows) is cut after its last filled row so the result does not fill the column;
 * - input coercion: numbers, text, booleans and empty cells go to the core as they are (the core reads
 *   Indonesian numbers and says what is wrong); an error cell passes its error on; other objects are refused;
 * - per-cell errors: each result cell is computed on its own, so a bad cell makes only its result an error;
 *   a row whose values are all empty gives an empty result (a blank template row stays blank);
 * - errors: core's GalatLkip and the layer's own GalatSel become CustomFunctions.Error values; nothing throws
 *   out of a function and no result is NaN or infinite;
 * - results: core's published decimals become numbers only here, at the very end.
 */
import { Desimal, GalatLkip, terbitkan, type KodeGalat, type NilaiMasukan } from '../core';
import { adalahGalatExcel, buatGalatExcel, type GalatExcel, type KodeGalatExcel } from './runtime';

/** An error meant for a result cell (or the whole result) with the Excel error it shows as. */
export class GalatSel extends Error {
  readonly kode: KodeGalatExcel;

  constructor(kode: KodeGalatExcel, pesan: string) {
    super(pesan);
    this.name = 'GalatSel';
    this.kode = kode;
  }
}

/** One result cell: a number, a label, an empty text, or an error. */
export type HasilSel = number | string | GalatExcel;
/** What every LKIP function returns: a matrix (a single value is 1×1). */
export type HasilFungsi = HasilSel[][];

export interface Bentuk {
  readonly baris: number;
  readonly kolom: number;
}

/**
 * How core errors show in a cell. #DIV/0! cannot carry a message in Excel, so only a division by zero
 * uses it; a missing value is #N/A (not available); every other problem is #VALUE! with the core's message.
 */
const KODE_EXCEL: Readonly<Record<KodeGalat, KodeGalatExcel>> = Object.freeze({
  BUKAN_ANGKA: 'invalidValue',
  BUKAN_TANGGAL: 'invalidValue',
  AMBIGU: 'invalidValue',
  KOSONG: 'notAvailable',
  PEMBAGI_NOL: 'divisionByZero',
  TARGET_NA: 'notAvailable',
  NILAI_DI_LUAR_BATAS: 'invalidValue',
  PILIHAN_TIDAK_DIKENAL: 'invalidValue',
  SKALA_TIDAK_VALID: 'invalidValue',
});

/** Excel error codes handed in (an error cell), mapped to one this add-in may return. */
const KODE_MASUKAN: Readonly<Record<string, KodeGalatExcel>> = Object.freeze({
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
});

/** Excel's sheet size: a whole-column or whole-row reference has exactly this many cells. */
export const BARIS_EXCEL = 1_048_576;
export const KOLOM_EXCEL = 16_384;

// ---------------------------------------------------------------------------------------------
// Parameters and shapes

export type JenisParameter = 'nilai' | 'pilihan';

export interface ParameterSel {
  readonly nama: string;
  readonly jenis: JenisParameter;
  /** As Excel passes it: a 2-D array for a matrix parameter, a single value, or null when omitted. */
  readonly argumen: unknown;
}

/** A value parameter, vectorised over a range. */
export const nilai = (nama: string, argumen: unknown): ParameterSel => ({ nama, jenis: 'nilai', argumen });
/** An option, vectorised too (one per row is fine); empty means the core's default. */
export const pilihan = (nama: string, argumen: unknown): ParameterSel => ({ nama, jenis: 'pilihan', argumen });

/**
 * An argument as a grid: its shape and its cells, with a 1×1 argument giving its one value at every
 * position (broadcast). Excel hands a matrix parameter as rows of cells; a single value (or an omitted
 * optional argument, null) is 1×1; a flat list (from a JavaScript caller) is read as one row.
 */
export interface Larik {
  readonly bentuk: Bentuk;
  sel(baris: number, kolom: number): unknown;
}

/** Local alias: cells of a whole column are visited a million times, and a global lookup costs more in some hosts. */
const adalahArray = Array.isArray;

export function larik(argumen: unknown): Larik {
  if (!adalahArray(argumen)) return { bentuk: { baris: 1, kolom: 1 }, sel: () => argumen };
  const daftar: readonly unknown[] = argumen;
  if (daftar.length === 0) return { bentuk: { baris: 0, kolom: 0 }, sel: () => undefined };
  if (!adalahArray(daftar[0])) {
    const bentuk = { baris: 1, kolom: daftar.length };
    return { bentuk, sel: (_r, c) => daftar[bentuk.kolom === 1 ? 0 : c] };
  }
  let kolom = 0;
  for (const b of daftar) {
    const panjang = adalahArray(b) ? b.length : 1;
    if (panjang > kolom) kolom = panjang;
  }
  const bentuk = { baris: daftar.length, kolom };
  return {
    bentuk,
    sel: (r, c) => {
      const baris: unknown = daftar[bentuk.baris === 1 ? 0 : r];
      const k = bentuk.kolom === 1 ? 0 : c;
      return adalahArray(baris) ? baris[k] : k === 0 ? baris : undefined;
    },
  };
}

export function bentukArgumen(argumen: unknown): Bentuk {
  return larik(argumen).bentuk;
}

export function teksBentuk(b: Bentuk): string {
  return `${b.baris}×${b.kolom}`;
}

/** The result shape of vectorised arguments, or a GalatSel naming the two shapes that differ. */
export function bentukBersama(daftar: readonly { readonly nama: string; readonly larik: Larik }[]): Bentuk {
  let acuan: { readonly nama: string; readonly bentuk: Bentuk } | undefined;
  for (const { nama, larik: l } of daftar) {
    const b = l.bentuk;
    if (b.baris === 0 || b.kolom === 0) throw new GalatSel('invalidValue', `${nama}: rentang kosong.`);
    if (b.baris === 1 && b.kolom === 1) continue;
    if (!acuan) acuan = { nama, bentuk: b };
    else if (acuan.bentuk.baris !== b.baris || acuan.bentuk.kolom !== b.kolom) {
      throw new GalatSel(
        'invalidValue',
        `${acuan.nama} ${teksBentuk(acuan.bentuk)} dan ${nama} ${teksBentuk(b)} tidak sama ukurannya; ` +
          'samakan ukuran rentangnya atau pakai satu nilai.',
      );
    }
  }
  return acuan?.bentuk ?? { baris: 1, kolom: 1 };
}

/**
 * A whole column (row) is cut after its last row (column) where a value parameter holds something,
 * so =LKIP.CAPAIAN(A:A; B:B) spills as far as the data goes, not a million rows.
 */
function pangkasRentangPenuh(bentuk: Bentuk, larikNilai: readonly Larik[]): Bentuk {
  const terisi = (r: number, c: number) => larikNilai.some((l) => !selKosong(l.sel(r, c)));
  let { baris, kolom } = bentuk;
  if (baris === BARIS_EXCEL) {
    while (baris > 1 && !adaIndeks(kolom, (c) => terisi(baris - 1, c))) baris--;
  }
  if (kolom === KOLOM_EXCEL) {
    while (kolom > 1 && !adaIndeks(baris, (r) => terisi(r, kolom - 1))) kolom--;
  }
  return { baris, kolom };
}

function adaIndeks(n: number, uji: (i: number) => boolean): boolean {
  for (let i = 0; i < n; i++) if (uji(i)) return true;
  return false;
}

/** Empty as a cell is empty: nothing, or text of only spaces. */
export function selKosong(sel: unknown): boolean {
  return sel === null || sel === undefined || (typeof sel === 'string' && sel.trim() === '');
}

/** Where a cell sits in the result, for messages: "baris 3", "kolom 2", "baris 3, kolom 2" ("" for 1×1). */
function lokasiSel(bentuk: Bentuk, baris: number, kolom: number): string {
  if (bentuk.baris === 1 && bentuk.kolom === 1) return '';
  if (bentuk.kolom === 1) return `baris ${baris + 1}`;
  if (bentuk.baris === 1) return `kolom ${kolom + 1}`;
  return `baris ${baris + 1}, kolom ${kolom + 1}`;
}

// ---------------------------------------------------------------------------------------------
// Cells in, results out

/** A cell value for the core. An error cell passes its error on; a data type or other object is refused. */
export function bacaSel(sel: unknown, nama: string): NilaiMasukan {
  if (adalahGalatExcel(sel)) throw galatDariMasukan(sel, nama);
  if (sel === null || sel === undefined) return null;
  if (typeof sel === 'number' || typeof sel === 'string' || typeof sel === 'boolean') return sel;
  if (sel instanceof Desimal) return sel;
  throw new GalatSel('invalidValue', `${nama}: isi sel berupa objek atau tipe data, bukan angka atau teks.`);
}

function galatDariMasukan(galat: GalatExcel, nama: string): GalatSel {
  const kode = KODE_MASUKAN[galat.code] ?? 'invalidValue';
  const keterangan = galat.message ? ` (${galat.message})` : '';
  return new GalatSel(kode, `${nama} berisi galat ${galat.code}${keterangan}.`);
}

/** A published decimal as the number a cell shows: rounded half-up to 2 decimals, finite, never −0. */
export function angkaSel(nilai: Desimal): number {
  const angka = terbitkan(nilai).toNumber();
  if (!Number.isFinite(angka)) throw new GalatSel('invalidNumber', 'hasil terlalu besar untuk Excel.');
  return angka === 0 ? 0 : angka;
}

function keHasilSel(hasil: Desimal | string): HasilSel {
  return typeof hasil === 'string' ? hasil : angkaSel(hasil);
}

/** Any thrown value as an error cell; `lokasi` ("baris 3") starts the message when the result is a range. */
export function keGalatExcel(galat: unknown, lokasi = ''): GalatExcel {
  const awal = lokasi ? `${lokasi}: ` : '';
  if (galat instanceof GalatSel) return buatGalatExcel(galat.kode, awal + galat.message);
  if (galat instanceof GalatLkip) return buatGalatExcel(KODE_EXCEL[galat.kode] ?? 'invalidValue', awal + galat.message);
  const pesan = galat instanceof Error ? galat.message : String(galat);
  return buatGalatExcel('invalidValue', `${awal}galat tak terduga: ${pesan}`);
}

/** Run a whole function: whatever it throws becomes a single error cell. */
export function jalankan(fungsi: () => HasilFungsi): HasilFungsi {
  try {
    return fungsi();
  } catch (galat) {
    return [[keGalatExcel(galat)]];
  }
}

/**
 * A function computed cell by cell over its vectorised parameters (the result has their common shape).
 * `hitung` receives one value per parameter, in order, and returns a decimal or a label; it may throw.
 */
export function perSel(parameter: readonly ParameterSel[], hitung: (sel: NilaiMasukan[]) => Desimal | string): HasilFungsi {
  return jalankan(() => {
    const daftar = parameter.map((p) => ({ ...p, larik: larik(p.argumen) }));
    const larikNilai = daftar.filter((p) => p.jenis === 'nilai').map((p) => p.larik);
    const bentuk = pangkasRentangPenuh(bentukBersama(daftar), larikNilai);
    const hasil: HasilFungsi = [];
    for (let r = 0; r < bentuk.baris; r++) {
      const baris: HasilSel[] = [];
      for (let c = 0; c < bentuk.kolom; c++) {
        if (larikNilai.length > 0 && larikNilai.every((l) => selKosong(l.sel(r, c)))) {
          baris.push(''); // nothing to compute: an empty row stays empty
          continue;
        }
        try {
          baris.push(keHasilSel(hitung(daftar.map((p) => bacaSel(p.larik.sel(r, c), p.nama)))));
        } catch (galat) {
          baris.push(keGalatExcel(galat, lokasiSel(bentuk, r, c)));
        }
      }
      hasil.push(baris);
    }
    return hasil;
  });
}

/** A function whose result is one value (a mean over a range): any error makes that one cell an error. */
export function satuNilai(hitung: () => Desimal | string): HasilFungsi {
  return jalankan(() => [[keHasilSel(hitung())]]);
}

// ---------------------------------------------------------------------------------------------
// Arguments read whole (lists, scales)

export interface SelRentang {
  readonly nilai: NilaiMasukan;
  /** "capaian baris 3" (a column), "capaian kolom 2" (a row), "capaian baris 3 kolom 2", or the name for 1×1. */
  readonly lokasi: string;
}

export interface OpsiRentang {
  /** An #N/A cell counts as "NA" (not measured) instead of passing its error on. */
  readonly galatNASebagaiNA?: boolean;
}

/**
 * Every cell of an argument, row by row (a whole column or row only up to its last filled cell).
 * An error cell throws, naming the cell, unless opsi says otherwise.
 */
export function selRentang(nama: string, argumen: unknown, opsi: OpsiRentang = {}): SelRentang[] {
  const l = larik(argumen);
  return selDalamBentuk(nama, l, pangkasRentangPenuh(l.bentuk, [l]), opsi);
}

function selDalamBentuk(nama: string, l: Larik, bentuk: Bentuk, opsi: OpsiRentang): SelRentang[] {
  const hasil: SelRentang[] = [];
  for (let r = 0; r < bentuk.baris; r++) {
    for (let c = 0; c < bentuk.kolom; c++) {
      const lokasi = lokasiRentang(nama, l.bentuk, r, c);
      const sel = l.sel(r, c);
      if (opsi.galatNASebagaiNA && adalahGalatExcel(sel) && sel.code === '#N/A') hasil.push({ nilai: 'NA', lokasi });
      else hasil.push({ nilai: bacaSel(sel, lokasi), lokasi });
    }
  }
  return hasil;
}

/** The rows of an argument as arrays of cells (an error cell throws), for a scale given as a range. */
export function barisRentang(nama: string, argumen: unknown): NilaiMasukan[][] {
  const l = larik(argumen);
  const bentuk = pangkasRentangPenuh(l.bentuk, [l]);
  const hasil: NilaiMasukan[][] = [];
  for (let r = 0; r < bentuk.baris; r++) {
    const baris: NilaiMasukan[] = [];
    for (let c = 0; c < bentuk.kolom; c++) baris.push(bacaSel(l.sel(r, c), lokasiRentang(nama, l.bentuk, r, c)));
    hasil.push(baris);
  }
  return hasil;
}

/** Two lists read in parallel (harga_lalu with harga_kini): same shape, matched cell by cell, never broadcast. */
export function pasanganRentang(
  namaA: string,
  argumenA: unknown,
  namaB: string,
  argumenB: unknown,
): readonly [NilaiMasukan[], NilaiMasukan[]] {
  const a = larik(argumenA);
  const b = larik(argumenB);
  if (a.bentuk.baris !== b.bentuk.baris || a.bentuk.kolom !== b.bentuk.kolom) {
    throw new GalatSel(
      'invalidValue',
      `${namaA} ${teksBentuk(a.bentuk)} dan ${namaB} ${teksBentuk(b.bentuk)} tidak sama ukurannya.`,
    );
  }
  const bentuk = pangkasRentangPenuh(a.bentuk, [a, b]);
  return [selDalamBentuk(namaA, a, bentuk, {}).map((s) => s.nilai), selDalamBentuk(namaB, b, bentuk, {}).map((s) => s.nilai)];
}

function lokasiRentang(nama: string, bentuk: Bentuk, baris: number, kolom: number): string {
  if (bentuk.baris === 1 && bentuk.kolom === 1) return nama;
  if (bentuk.kolom === 1) return `${nama} baris ${baris + 1}`;
  if (bentuk.baris === 1) return `${nama} kolom ${kolom + 1}`;
  return `${nama} baris ${baris + 1} kolom ${kolom + 1}`;
}
