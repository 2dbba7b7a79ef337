/**
 * Request-size budgets of the Office.js adapter and the pure planners that keep every request inside
 * them. Excel on the web refuses requests and responses over 5 MB, and reads of more than 5 000 000
 * cells (learn.microsoft.com, "Resource limits and performance optimization for Office Add-ins").
 * We stay well below both: at most KUOTA_BITA bytes and KUOTA_SEL cells per request.
 */
import type { ModelLembar, NilaiSel } from '../report/lembar';
import { formatExcel, keNilaiExcel, type NilaiTulisExcel } from './sel';

/** Upper bound of one request or response, in bytes (4 MB, decimal: below 5 MB however it is counted). */
export const KUOTA_BITA = 4_000_000;
/** Upper bound of the cells one request writes or reads. */
export const KUOTA_SEL = 1_000_000;
/**
 * Estimated cost of one queued action (method call or property set) in the request JSON: object path,
 * action id, property name. Measured requests take ~100-200 bytes per action; 256 keeps a margin.
 */
export const BIAYA_AKSI = 256;

/** One block of whole rows written in one request: values (and formats) as a single 2-D write. */
export interface PotonganTulis {
  /** Zero-based first row and the number of rows. */
  readonly barisAwal: number;
  readonly jumlahBaris: number;
  /** Estimated request bytes: JSON of values + number formats + the actions. */
  readonly bita: number;
  /** Cells written (rows × columns). */
  readonly sel: number;
}

/** The grids as sent to Excel: converted values (or formulas) and number formats, row by row. */
export interface GridTulis {
  readonly nilai: readonly (readonly NilaiTulisExcel[])[];
  readonly format: readonly (readonly (string | null)[])[];
  /** True when the grid holds formulas (input sheets only): written through Range.formulas. */
  readonly berumus: boolean;
}

/** Convert the model's grids once; the same arrays are then measured and written. */
export function susunGrid(model: ModelLembar): GridTulis {
  const rumus = model.rumus;
  const nilai = model.nilai.map((baris, b) =>
    baris.map((isi: NilaiSel, k) => {
      const f = rumus?.[b]?.[k] ?? null;
      return f !== null ? f : keNilaiExcel(isi);
    }),
  );
  const format = model.nilai.map((baris, b) => baris.map((isi, k) => formatExcel(isi, model.formatAngka[b]?.[k] ?? null)));
  return { nilai, format, berumus: rumus !== undefined };
}

/**
 * Split the grid into blocks of whole rows so that each block's estimated bytes (JSON length of its
 * values and formats plus BIAYA_AKSI per action) stay ≤ kuotaBita and its cells ≤ kuotaSel.
 * Greedy, in row order, deterministic. A single row that alone exceeds the budget (32 767-character
 * texts across 16 384 columns) still forms its own block; Excel would then refuse it, which no report
 * of this add-in comes near.
 */
export function potongBarisTulis(grid: GridTulis, kuotaBita = KUOTA_BITA, kuotaSel = KUOTA_SEL): PotonganTulis[] {
  const jumlahKolom = grid.nilai[0]?.length ?? 0;
  const potongan: PotonganTulis[] = [];
  if (jumlahKolom === 0) return potongan;
  const dasar = 3 * BIAYA_AKSI; // getRangeByIndexes + numberFormat + values
  let awal = 0;
  let bita = dasar;
  for (let b = 0; b < grid.nilai.length; b++) {
    // +1 per row for the comma between rows in each of the two arrays.
    const bitaBaris = JSON.stringify(grid.nilai[b]).length + JSON.stringify(grid.format[b]).length + 2;
    const jumlahBaris = b - awal;
    const penuh = bita + bitaBaris > kuotaBita || (jumlahBaris + 1) * jumlahKolom > kuotaSel;
    if (penuh && jumlahBaris > 0) {
      potongan.push({ barisAwal: awal, jumlahBaris, bita, sel: jumlahBaris * jumlahKolom });
      awal = b;
      bita = dasar;
    }
    bita += bitaBaris;
  }
  const sisa = grid.nilai.length - awal;
  if (sisa > 0) potongan.push({ barisAwal: awal, jumlahBaris: sisa, bita, sel: sisa * jumlahKolom });
  return potongan;
}

/** One queued piece of work with its estimated cost; applied in order. */
export interface Operasi<K> {
  readonly bita: number;
  readonly sel: number;
  readonly terapkan: (konteks: K) => void;
}

/**
 * Pack operations, in order, into requests of at most kuotaBita bytes and kuotaSel cells each.
 * The number of requests is the number of context.sync() calls the write needs.
 */
export function kemasPermintaan<K>(operasi: readonly Operasi<K>[], kuotaBita = KUOTA_BITA, kuotaSel = KUOTA_SEL): Operasi<K>[][] {
  const hasil: Operasi<K>[][] = [];
  let kini: Operasi<K>[] = [];
  let bita = 0;
  let sel = 0;
  for (const op of operasi) {
    if (kini.length > 0 && (bita + op.bita > kuotaBita || sel + op.sel > kuotaSel)) {
      hasil.push(kini);
      kini = [];
      bita = 0;
      sel = 0;
    }
    kini.push(op);
    bita += op.bita;
    sel += op.sel;
  }
  if (kini.length > 0) hasil.push(kini);
  return hasil;
}

/** Estimated response bytes per cell before anything was read: values + formulas, typical report inputs. */
export const BITA_BACA_PER_SEL_AWAL = 40;
/** Margin over the largest bytes-per-cell measured so far, when sizing the next read. */
export const CADANGAN_BACA = 1.25;

/**
 * Cells the next read request may cover, given the estimated response bytes per cell:
 * min(KUOTA_SEL, KUOTA_BITA / bitaPerSel). 40 bytes per cell → 100 000 cells.
 */
export function kapasitasBaca(bitaPerSel: number): number {
  return Math.max(1, Math.min(KUOTA_SEL, Math.floor(KUOTA_BITA / Math.max(1, bitaPerSel))));
}

/** A block of rows of one range, read in one request. */
export interface PotonganBaca {
  /** Index of the range in the list being read. */
  readonly indeks: number;
  /** Row offset inside that range and the number of rows. */
  readonly barisAwal: number;
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
}

/**
 * Take the next request's blocks from the read position (range index, row offset): whole rows, in
 * order, up to `kapasitas` cells. Always takes at least one row, so reading always advances.
 */
export function ambilPotonganBaca(
  ukuran: readonly { readonly jumlahBaris: number; readonly jumlahKolom: number }[],
  posisi: { indeks: number; baris: number },
  kapasitas: number,
): PotonganBaca[] {
  const hasil: PotonganBaca[] = [];
  let sisaKapasitas = kapasitas;
  let { indeks, baris } = posisi;
  while (indeks < ukuran.length) {
    const u = ukuran[indeks]!;
    const sisaBaris = u.jumlahBaris - baris;
    if (sisaBaris <= 0 || u.jumlahKolom <= 0) {
      indeks++;
      baris = 0;
      continue;
    }
    let ambil = Math.min(sisaBaris, Math.floor(sisaKapasitas / u.jumlahKolom));
    if (ambil === 0) {
      if (hasil.length > 0) break;
      ambil = 1; // a single row wider than the capacity still has to be read
    }
    hasil.push({ indeks, barisAwal: baris, jumlahBaris: ambil, jumlahKolom: u.jumlahKolom });
    sisaKapasitas -= ambil * u.jumlahKolom;
    baris += ambil;
    if (baris >= u.jumlahBaris) {
      indeks++;
      baris = 0;
    }
    if (sisaKapasitas <= 0) break;
  }
  posisi.indeks = indeks;
  posisi.baris = baris;
  return hasil;
}
