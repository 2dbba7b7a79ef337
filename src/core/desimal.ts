/**
 * The one decimal type of the project: decimal.js, configured once.
 *
 * Every figure an LKIP document publishes is rounded half-up to 2 decimals and that
 * rounded figure feeds the next step ("angka terbit"). Rounding happens here, in decimal,
 * never through binary floats: 19,765 → 19,77 and 1,005 → 1,01.
 */
import DecimalBase from 'decimal.js';

/** decimal.js with 40 significant digits and half-up rounding; independent of any global config. */
export const Desimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Desimal = InstanceType<typeof Desimal>;

/** Decimals that LKIP documents publish. */
export const DESIMAL_TERBIT = 2;

export const NOL = new Desimal(0);
export const SERATUS = new Desimal(100);

/** Round half-up to the published precision (2 decimals): the figure as it is printed. */
export function terbitkan(nilai: Desimal, desimal: number = DESIMAL_TERBIT): Desimal {
  return nilai.toDecimalPlaces(desimal, Desimal.ROUND_HALF_UP);
}

/** bagian / keseluruhan × 100, unrounded. The caller guarantees a non-zero divisor. */
export function persenDari(bagian: Desimal, keseluruhan: Desimal): Desimal {
  return bagian.div(keseluruhan).times(SERATUS);
}

/** Arithmetic mean of a non-empty list, unrounded. */
export function rataRata(nilai: readonly Desimal[]): Desimal {
  return jumlahkan(nilai).div(nilai.length);
}

export function jumlahkan(nilai: readonly Desimal[]): Desimal {
  return nilai.reduce((a, b) => a.plus(b), NOL);
}
