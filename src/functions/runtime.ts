/**
 * Excel's custom-functions runtime (the global `CustomFunctions` that office.js provides in the shared
 * runtime), described by the little this add-in uses: `associate`, `Error` and `ErrorCode`.
 *
 * The project has no @types/custom-functions-runtime, so the shape is declared here, locally, and looked up
 * on `globalThis` when needed: at load for registration, at call time for errors (tests install a fake).
 */

/** The error codes this add-in returns. Only #VALUE! and #N/A show a custom message in Excel. */
export type KodeGalatExcel = 'invalidValue' | 'notAvailable' | 'divisionByZero' | 'invalidNumber';

/** The text Excel shows for each code (also the value of `CustomFunctions.ErrorCode[kode]`). */
export const TEKS_GALAT_EXCEL: Readonly<Record<KodeGalatExcel, string>> = Object.freeze({
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
});

/** An error value as Excel hands it to a function (an error cell in a range) or receives it back. */
export interface GalatExcel {
  readonly code: string;
  readonly message?: string;
}

export interface RuntimeFungsiKustom {
  associate(id: string, fungsi: (...argumen: never[]) => unknown): void;
  readonly Error: new (kode: string, pesan?: string) => GalatExcel;
  readonly ErrorCode: Readonly<Record<string, string>>;
}

/** The runtime if this code runs inside Excel (or a test that installed a fake), else undefined. */
export function runtimeFungsiKustom(): RuntimeFungsiKustom | undefined {
  const kandidat = (globalThis as { CustomFunctions?: Partial<RuntimeFungsiKustom> }).CustomFunctions;
  if (kandidat && typeof kandidat.associate === 'function' && typeof kandidat.Error === 'function') {
    return kandidat as RuntimeFungsiKustom;
  }
  return undefined;
}

/**
 * The runtime for registration at load. Outside Excel (the task pane page opened in a plain browser, a
 * browser test with a fake Office host) there is nothing to register with: a stand-in that registers nothing
 * keeps the page free of errors instead of throwing a ReferenceError.
 */
export function runtimeUntukRegistrasi(): Pick<RuntimeFungsiKustom, 'associate'> {
  const kandidat = (globalThis as { CustomFunctions?: Partial<RuntimeFungsiKustom> }).CustomFunctions;
  if (kandidat && typeof kandidat.associate === 'function') return kandidat as Pick<RuntimeFungsiKustom, 'associate'>;
  return { associate: () => undefined };
}

/** Build the value Excel shows as an error. A message is kept only where Excel can show one. */
export function buatGalatExcel(kode: KodeGalatExcel, pesan?: string): GalatExcel {
  const teks = TEKS_GALAT_EXCEL[kode];
  const bawaPesan = kode === 'invalidValue' || kode === 'notAvailable';
  const pesanDipakai = bawaPesan && pesan ? potongPesan(pesan) : undefined;
  const runtime = runtimeFungsiKustom();
  if (!runtime) return pesanDipakai === undefined ? { code: teks } : { code: teks, message: pesanDipakai };
  const kodeRuntime = runtime.ErrorCode?.[kode] ?? teks;
  return pesanDipakai === undefined ? new runtime.Error(kodeRuntime) : new runtime.Error(kodeRuntime, pesanDipakai);
}

/** True for an error value handed in by Excel (a cell holding #N/A, #DIV/0! ...). */
export function adalahGalatExcel(nilai: unknown): nilai is GalatExcel {
  if (typeof nilai !== 'object' || nilai === null) return false;
  const runtime = runtimeFungsiKustom();
  if (runtime && nilai instanceof runtime.Error) return true;
  const kode = (nilai as { code?: unknown }).code;
  return typeof kode === 'string' && kode.startsWith('#');
}

const PANJANG_PESAN_MAKS = 250;

function potongPesan(pesan: string): string {
  return pesan.length > PANJANG_PESAN_MAKS ? `${pesan.slice(0, PANJANG_PESAN_MAKS - 1)}…` : pesan;
}
