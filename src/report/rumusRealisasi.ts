/**
 * A realisasi cell that holds a native formula over numbers shows that step in its derivation.
 * Recognised shapes (spaces and an outer pair of parentheses are ignored; numbers as Excel writes
 * them in formulas, with a dot as decimal point):
 *
 *   persentase   =a/b*100   =(a/b)*100   =100*a/b   =100*(a/b)              → core persentase(a, b)
 *   pertumbuhan  =(a-b)/b*100   =((a-b)/b)*100   =100*(a-b)/b              → core pertumbuhan(a, b)
 *
 * Anything else (cell references, functions, other arithmetic) is not recognised: the derivation
 * then starts from the cell's value.
 */
import { Desimal, persentase, pertumbuhan, type HasilRasio } from '../core';

export type RumusDikenali =
  | { readonly jenis: 'persentase'; readonly bagian: Desimal; readonly total: Desimal }
  | { readonly jenis: 'pertumbuhan'; readonly kini: Desimal; readonly lalu: Desimal };

const A = '(\\d+(?:\\.\\d+)?)';
const POLA_PERSENTASE = [
  new RegExp(`^${A}/${A}\\*100$`),
  new RegExp(`^\\(${A}/${A}\\)\\*100$`),
  new RegExp(`^100\\*${A}/${A}$`),
  new RegExp(`^100\\*\\(${A}/${A}\\)$`),
];
const POLA_PERTUMBUHAN = [
  new RegExp(`^\\(${A}-${A}\\)/${A}\\*100$`),
  new RegExp(`^\\(\\(${A}-${A}\\)/${A}\\)\\*100$`),
  new RegExp(`^100\\*\\(${A}-${A}\\)/${A}$`),
  new RegExp(`^100\\*\\(\\(${A}-${A}\\)/${A}\\)$`),
];

/** Recognise "=39/88*100" or "=(1593-1576)/1576*100"; null for anything else. */
export function kenaliRumus(rumus: string | null | undefined): RumusDikenali | null {
  if (typeof rumus !== 'string') return null;
  let s = rumus.replace(/\s+/g, '');
  if (!s.startsWith('=')) return null;
  s = s.slice(1);
  while (s.startsWith('(') && s.endsWith(')') && kurungLuarBerpasangan(s)) s = s.slice(1, -1);
  for (const pola of POLA_PERSENTASE) {
    const m = pola.exec(s);
    if (m) return { jenis: 'persentase', bagian: new Desimal(m[1]!), total: new Desimal(m[2]!) };
  }
  for (const pola of POLA_PERTUMBUHAN) {
    const m = pola.exec(s);
    // The divisor must be last year's figure: (a − b) / b.
    if (m && new Desimal(m[2]!).eq(new Desimal(m[3]!))) {
      return { jenis: 'pertumbuhan', kini: new Desimal(m[1]!), lalu: new Desimal(m[2]!) };
    }
  }
  return null;
}

/** True when the first "(" closes at the very end: "(a/b)*100" is not wrapped, "((a/b)*100)" is. */
function kurungLuarBerpasangan(s: string): boolean {
  let kedalaman = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') kedalaman++;
    else if (s[i] === ')') {
      kedalaman--;
      if (kedalaman === 0 && i < s.length - 1) return false;
    }
  }
  return kedalaman === 0;
}

/** The recognised step computed by the core, with its derivation ("39 / 88 × 100% = 44,32%"). */
export function hitungRumusDikenali(rumus: RumusDikenali): HasilRasio {
  return rumus.jenis === 'persentase' ? persentase(rumus.bagian, rumus.total) : pertumbuhan(rumus.kini, rumus.lalu);
}
