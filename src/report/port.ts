/**
 * The workbook port: the only way the report reaches a workbook. Two adapters implement it:
 * Office.js (src/excel/) inside Excel, and .xlsx files for Node (src/cli/). The report engine
 * (src/report/) only sees this interface, so both produce the same sheets from the same inputs.
 *
 * What the two adapters must agree on beyond these signatures (addresses, names, ownership markers,
 * which models are writable, the error they throw) lives in buku/; progress stages in kemajuan.ts.
 * The port knows nothing of the report's contract: what a read needs from it comes as OpsiBacaNama.
 */
import type { LaporKemajuan } from './kemajuan';
import type { ModelLembar, NilaiSel } from './lembar';

/** A workbook-scoped named range as read from the workbook. */
export interface RentangBernama {
  /** The defined name, e.g. "LKIP_Target". */
  readonly nama: string;
  /** Sheet the range lies on. */
  readonly lembar: string;
  /** Zero-based position of the range's top-left cell on its sheet. */
  readonly baris: number;
  readonly kolom: number;
  /**
   * Values as the workbook holds them: number, string, boolean, or null for an empty cell. A rectangle, as a
   * range is: every row has the same number of cells (the contract reads the width from the first row).
   */
  readonly nilai: readonly (readonly NilaiSel[])[];
  /**
   * Formulas, same shape as nilai, null where the cell holds a plain value ("=39/88*100").
   * Optional: an adapter that cannot read formulas leaves it out.
   */
  readonly rumus?: readonly (readonly (string | null)[])[];
}

/** A name that exists but cannot be read as a range (points to a constant, another workbook, #REF!). */
export interface NamaTidakTerbaca {
  readonly nama: string;
  readonly rujukan: string;
  readonly alasan: string;
  /**
   * Set when the report does not need this name: a second definition of a name already read, to the same
   * range. Reported as a warning (the name is left out), never as a galat that stops the report.
   */
  readonly diabaikan?: true;
}

/** Who owns a sheet of that name. Sheets the add-in wrote carry a hidden marker name. */
export type StatusLembar = 'tidak_ada' | 'milik_lkip' | 'milik_pengguna';

/** What the engine tells the port about a read of the LKIP_ names. */
export interface OpsiBacaNama {
  /** Progress of the read, stage "membaca". */
  readonly kemajuan?: LaporKemajuan;
  /**
   * Prefixes (any case) of names whose formulas the engine never reads, e.g. "LKIP_HargaHarian_": ranges of
   * plain observations that can be the bulk of a large workbook. An adapter may then read their values
   * only (RentangBernama.rumus left out), which halves the bytes Office.js sends back for them.
   */
  readonly awalanTanpaRumus?: readonly string[];
}

/** Whether the range of `nama` may be read without its formulas under these options (prefixes compared case-blind). */
export function dibacaTanpaRumus(opsi: OpsiBacaNama, nama: string): boolean {
  const besar = nama.toUpperCase();
  return (opsi.awalanTanpaRumus ?? []).some((awalan) => besar.startsWith(awalan.toUpperCase()));
}

/** The names read by PortBukuKerja.bacaNamaLkip: ranges, and names that are not a range. */
export interface HasilBacaNama {
  readonly rentang: readonly RentangBernama[];
  readonly tidakTerbaca: readonly NamaTidakTerbaca[];
}

/** What an adapter can write of a sheet model besides its cells (both true when the method is absent). */
export interface DukunganPort {
  /** The page setup (ModelLembar.cetak). */
  readonly cetak: boolean;
  /** The charts (ModelLembar.grafik). */
  readonly grafik: boolean;
}

export interface PortBukuKerja {
  /** Every workbook-scoped name starting with "LKIP_" (case-insensitive), values and formulas, in one batched read. */
  bacaNamaLkip(opsi?: OpsiBacaNama): Promise<HasilBacaNama>;
  /** Whether a sheet exists and whether the add-in created it. */
  statusLembar(nama: string): Promise<StatusLembar>;
  /** Values of an existing sheet (used sheet area from A1), or null if absent; e.g. to keep reviewer notes. */
  bacaNilaiLembar(nama: string): Promise<readonly (readonly NilaiSel[])[] | null>;
  /**
   * Create or replace the sheet with exactly this model and mark it as the add-in's own.
   * Must never touch any other sheet. Text that looks like a formula is written as text. A sheet of that
   * name the add-in did not create is refused (GalatPort LEMBAR_MILIK_PENGGUNA), unless the user consented:
   * both adapters offer denganIzinTimpa(), the same workbook allowed to replace it.
   */
  tulisLembar(model: ModelLembar, kemajuan?: LaporKemajuan): Promise<void>;
  /**
   * Define (or redefine) a workbook-scoped name for a range on a sheet: `alamatA1` is an A1 cell or range
   * ("$C$5:$C$15", "C5"); a sheet part ("Input!C5") is ignored, the range lies on `lembar`.
   */
  tetapkanNama(nama: string, lembar: string, alamatA1: string): Promise<void>;
  /**
   * What this workbook can hold of a model besides its cells; absent = everything (the .xlsx adapter). The
   * Office.js adapter answers from the host's requirement sets; the run reports what is left out as a finding.
   */
  dukungan?(): DukunganPort;
}
