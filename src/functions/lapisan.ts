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
 * - results: core's published decimals become numbers only here, at the very end (a number the core already
 *   published, as nilaiCapaian's fast path returns it, is only checked: finite, never −0);
 * - cost: per result cell nothing is allocated but the cell itself (see perSel); a call whose arguments are all
 *   1×1 (a formula per row) skips the grid machinery.
 */
import { Desimal, GalatLkip, pesanGalat, selKosong, terbitkan, type KodeGalat, type NilaiMasukan } from '../core';
import { BARIS_MAKS, KOLOM_MAKS } from '../report/buku/alamat';
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
  ANGKA_TERLALU_BESAR: 'invalidValue',
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
 * so =LKIP.CAPAIAN(A:A; B:B) spills as far as the data goes, not a million rows. A whole column has exactly
 * Excel's BARIS_MAKS rows, a whole row KOLOM_MAKS columns (report/buku/alamat.ts, the one home of the grid).
 */
function pangkasRentangPenuh(bentuk: Bentuk, larikNilai: readonly Larik[]): Bentuk {
  const terisi = (r: number, c: number) => larikNilai.some((l) => !selKosong(l.sel(r, c)));
  let { baris, kolom } = bentuk;
  if (baris === BARIS_MAKS) {
    while (baris > 1 && !adaIndeks(kolom, (c) => terisi(baris - 1, c))) baris--;
  }
  if (kolom === KOLOM_MAKS) {
    while (kolom > 1 && !adaIndeks(baris, (r) => terisi(r, kolom - 1))) kolom--;
  }
  return { baris, kolom };
}

function adaIndeks(n: number, uji: (i: number) => boolean): boolean {
  for (let i = 0; i < n; i++) if (uji(i)) return true;
  return false;
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
  if (typeof sel === 'number' || typeof sel === 'string' || typeof sel === 'boolean') return sel;
  if (sel === null || sel === undefined) return null;
  if (adalahGalatExcel(sel)) throw galatDariMasukan(sel, nama);
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

/**
 * A number a core function already published (2 decimals, e.g. nilaiCapaian's) as a cell shows it: finite,
 * never −0. It is not rounded again: the core's figure is the published one.
 */
export function angkaTerbitSel(angka: number): number {
  if (!Number.isFinite(angka)) throw new GalatSel('invalidNumber', 'hasil terlalu besar untuk Excel.');
  return angka === 0 ? 0 : angka;
}

function keHasilSel(hasil: Desimal | number | string): HasilSel {
  if (typeof hasil === 'number') return angkaTerbitSel(hasil);
  return typeof hasil === 'string' ? hasil : angkaSel(hasil);
}

/** Any thrown value as an error cell; `lokasi` ("baris 3") starts the message when the result is a range. */
export function keGalatExcel(galat: unknown, lokasi = ''): GalatExcel {
  const awal = lokasi ? `${lokasi}: ` : '';
  if (galat instanceof GalatSel) return buatGalatExcel(galat.kode, awal + galat.message);
  if (galat instanceof GalatLkip) return buatGalatExcel(KODE_EXCEL[galat.kode] ?? 'invalidValue', awal + galat.message);
  return buatGalatExcel('invalidValue', `${awal}galat tak terduga: ${pesanGalat(galat)}`);
}

/** Run a whole function: whatever it throws becomes a single error cell. */
export function jalankan(fungsi: () => HasilFungsi): HasilFungsi {
  try {
    return fungsi();
  } catch (galat) {
    return [[keGalatExcel(galat)]];
  }
}

/** The computation of one result cell: one value per parameter, in order (missing parameters are null). */
export type HitungSel = (a: NilaiMasukan, b: NilaiMasukan, c: NilaiMasukan, d: NilaiMasukan) => Desimal | number | string;

/** Stands in for a parameter a function does not have: every cell undefined. */
const LARIK_TIADA: Larik = { bentuk: { baris: 1, kolom: 1 }, sel: () => undefined };
const PARAMETER_TIADA: ParameterSel = { nama: '', jenis: 'pilihan', argumen: undefined };
/** Marks an argument that is not a single cell. */
const BUKAN_TUNGGAL: unique symbol = Symbol('bukan satu sel');

/** The one cell of a 1×1 argument (a scalar, [x] or [[x]]), or BUKAN_TUNGGAL; the same reading as larik(). */
function selTunggal(argumen: unknown): unknown {
  if (!adalahArray(argumen)) return argumen;
  if (argumen.length !== 1) return BUKAN_TUNGGAL;
  const baris: unknown = argumen[0];
  if (!adalahArray(baris)) return baris;
  return baris.length === 1 ? baris[0] : BUKAN_TUNGGAL;
}

/**
 * One result cell from the cells of up to four parameters: empty when every value parameter is empty (an
 * option alone never fills a row), else `hitung` over the read cells; a failure becomes the cell's error value,
 * its message starting with the cell's location in `bentuk` (built only then).
 */
function hasilSatuSel(
  hitung: HitungSel,
  p0: ParameterSel,
  p1: ParameterSel,
  p2: ParameterSel,
  p3: ParameterSel,
  s0: unknown,
  s1: unknown,
  s2: unknown,
  s3: unknown,
  bentuk: Bentuk,
  r: number,
  c: number,
): HasilSel {
  if (
    (p0.jenis !== 'nilai' || selKosong(s0)) &&
    (p1.jenis !== 'nilai' || selKosong(s1)) &&
    (p2.jenis !== 'nilai' || selKosong(s2)) &&
    (p3.jenis !== 'nilai' || selKosong(s3)) &&
    (p0.jenis === 'nilai' || p1.jenis === 'nilai' || p2.jenis === 'nilai' || p3.jenis === 'nilai')
  ) {
    return ''; // nothing to compute: an empty row stays empty
  }
  try {
    return keHasilSel(hitung(bacaSel(s0, p0.nama), bacaSel(s1, p1.nama), bacaSel(s2, p2.nama), bacaSel(s3, p3.nama)));
  } catch (galat) {
    return keGalatExcel(galat, lokasiSel(bentuk, r, c));
  }
}

const SATU_SEL: Bentuk = Object.freeze({ baris: 1, kolom: 1 });

/**
 * A function computed cell by cell over its vectorised parameters (at most four; the result has their common
 * shape). `hitung` receives one value per parameter, in order, and returns a decimal, a number or a label; it
 * may throw. Cheap per cell: the parameters sit in locals, cell values are passed as arguments, nothing is
 * allocated but the result row, and a message is built only for a cell that fails. All-1×1 arguments (one
 * formula per row, Excel's most common call) skip the grid machinery altogether.
 */
export function perSel(parameter: readonly ParameterSel[], hitung: HitungSel): HasilFungsi {
  try {
    if (parameter.length > 4) throw new Error('perSel: paling banyak 4 parameter.');
    const p0 = parameter[0] ?? PARAMETER_TIADA;
    const p1 = parameter[1] ?? PARAMETER_TIADA;
    const p2 = parameter[2] ?? PARAMETER_TIADA;
    const p3 = parameter[3] ?? PARAMETER_TIADA;
    const t0 = selTunggal(p0.argumen);
    const t1 = selTunggal(p1.argumen);
    const t2 = selTunggal(p2.argumen);
    const t3 = selTunggal(p3.argumen);
    if (t0 !== BUKAN_TUNGGAL && t1 !== BUKAN_TUNGGAL && t2 !== BUKAN_TUNGGAL && t3 !== BUKAN_TUNGGAL) {
      return [[hasilSatuSel(hitung, p0, p1, p2, p3, t0, t1, t2, t3, SATU_SEL, 0, 0)]];
    }

    const daftar = parameter.map((p) => ({ nama: p.nama, jenis: p.jenis, larik: larik(p.argumen) }));
    const larikNilai = daftar.filter((p) => p.jenis === 'nilai').map((p) => p.larik);
    const bentuk = pangkasRentangPenuh(bentukBersama(daftar), larikNilai);
    const l0 = daftar[0]?.larik ?? LARIK_TIADA;
    const l1 = daftar[1]?.larik ?? LARIK_TIADA;
    const l2 = daftar[2]?.larik ?? LARIK_TIADA;
    const l3 = daftar[3]?.larik ?? LARIK_TIADA;
    // push, not new Array(n): a large preallocated array is a slow dictionary in V8.
    const hasil: HasilFungsi = [];
    for (let r = 0; r < bentuk.baris; r++) {
      const baris: HasilSel[] = [];
      for (let c = 0; c < bentuk.kolom; c++) {
        baris.push(hasilSatuSel(hitung, p0, p1, p2, p3, l0.sel(r, c), l1.sel(r, c), l2.sel(r, c), l3.sel(r, c), bentuk, r, c));
      }
      hasil.push(baris);
    }
    return hasil;
  } catch (galat) {
    return [[keGalatExcel(galat)]];
  }
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

/** The values of every cell of a list argument (a price series), row by row; an #N/A cell counts as "NA". */
export function nilaiDalamRentang(nama: string, argumen: unknown): NilaiMasukan[] {
  return selRentang(nama, argumen, { galatNASebagaiNA: true }).map((s) => s.nilai);
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
