/** Helpers shared by the core tests. */
import { GalatLkip } from '../../src/core';

/** The GalatLkip that f throws; fails the test when f throws nothing or something else. */
export function galat(f: () => unknown): GalatLkip {
  try {
    f();
  } catch (e) {
    if (e instanceof GalatLkip) return e;
    throw e;
  }
  throw new Error('tidak ada galat');
}
