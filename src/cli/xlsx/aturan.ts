/**
 * How the package adapter compares the names of sheets and defined names: as Excel does, without regard to
 * case ("Laporan LKIP" and "laporan lkip" are one sheet). Every other rule it shares with the Office.js
 * adapter (addresses, name rules, ownership markers, model checks, GalatPort) comes from src/report/buku.
 * Office.js compares names itself, so this comparison has only this one adapter to serve; should another
 * need it, it moves to src/report/buku/nama.ts.
 */

/** Sheet and defined-name comparison as Excel does it: case-insensitive. */
export function samaNama(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0 || a.toLowerCase() === b.toLowerCase();
}
