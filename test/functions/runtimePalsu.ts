/**
 * A fake of Excel's custom-functions runtime for tests: `associate`, `Error` and `ErrorCode`, the only
 * parts LKIP functions use. Error codes carry Excel's texts, as CustomFunctions.ErrorCode does.
 */
export class GalatPalsu {
  readonly code: string;
  readonly message?: string;

  constructor(code: string, message?: string) {
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

export const KODE_GALAT_PALSU = Object.freeze({
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
});

export type FungsiTerdaftar = (...argumen: unknown[]) => unknown;

export interface RuntimePalsu {
  readonly terdaftar: Map<string, FungsiTerdaftar>;
  readonly CustomFunctions: {
    associate(id: string, fungsi: FungsiTerdaftar): void;
    readonly Error: typeof GalatPalsu;
    readonly ErrorCode: typeof KODE_GALAT_PALSU;
  };
}

export function buatRuntimePalsu(): RuntimePalsu {
  const terdaftar = new Map<string, FungsiTerdaftar>();
  return {
    terdaftar,
    CustomFunctions: {
      associate(id, fungsi) {
        if (terdaftar.has(id)) throw new Error(`${id} didaftarkan dua kali`);
        terdaftar.set(id, fungsi);
      },
      Error: GalatPalsu,
      ErrorCode: KODE_GALAT_PALSU,
    },
  };
}

/** Install a fake as the global CustomFunctions (as office.js does); returns the function that removes it. */
export function pasangRuntimePalsu(): { readonly runtime: RuntimePalsu; lepas(): void } {
  const runtime = buatRuntimePalsu();
  const g = globalThis as { CustomFunctions?: unknown };
  const sebelumnya = g.CustomFunctions;
  g.CustomFunctions = runtime.CustomFunctions;
  return {
    runtime,
    lepas: () => {
      if (sebelumnya === undefined) delete g.CustomFunctions;
      else g.CustomFunctions = sebelumnya;
    },
  };
}
