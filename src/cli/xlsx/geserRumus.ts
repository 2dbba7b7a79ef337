/**
 * Shared formulas (<f t="shared" si="0"/>, what Excel writes for a formula filled down or across): the cell's
 * own formula is the master's with its relative references moved by the cell's offset from the master, as
 * Excel does when it fills. Absolute parts ($A$1) stay; string literals, quoted sheet names, structured
 * references ([...]) and function names (LOG10() stay untouched. A reference moved off the sheet becomes #REF!.
 */
import { BARIS_MAKS, hurufKolom, indeksKolom, KOLOM_MAKS } from '../../report/buku';

/** A cell reference ($A$1, B2), a whole-column pair (A:C) or a whole-row pair (1:3), at a token boundary. */
const POLA_RUJUKAN =
  /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!])|(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/y;

function geserKolom(mutlak: string, huruf: string, d: number): string | null {
  if (mutlak) return `$${huruf}`;
  const k = indeksKolom(huruf) + d;
  return k < 0 || k >= KOLOM_MAKS ? null : hurufKolom(k);
}

function geserBaris(mutlak: string, angka: string, d: number): string | null {
  if (mutlak) return `$${angka}`;
  const b = Number(angka) + d;
  return b < 1 || b > BARIS_MAKS ? null : String(b);
}

/** The master's formula text (without "=") as it reads `dBaris` rows and `dKolom` columns away. */
export function geserRumus(rumus: string, dBaris: number, dKolom: number): string {
  if (dBaris === 0 && dKolom === 0) return rumus;
  let keluar = '';
  let i = 0;
  while (i < rumus.length) {
    const ch = rumus[i]!;
    if (ch === '"' || ch === "'" || ch === '[') {
      const akhir = ujungLiteral(rumus, i);
      keluar += rumus.slice(i, akhir);
      i = akhir;
      continue;
    }
    const sebelum = i > 0 ? rumus[i - 1]! : '';
    if (/[A-Za-z0-9_.$]/.test(sebelum) && ch !== '$') {
      keluar += ch;
      i++;
      continue;
    }
    POLA_RUJUKAN.lastIndex = i;
    const m = POLA_RUJUKAN.exec(rumus);
    if (!m) {
      keluar += ch;
      i++;
      continue;
    }
    keluar += geserSatu(m, dBaris, dKolom);
    i += m[0].length;
  }
  return keluar;
}

function geserSatu(m: RegExpExecArray, dBaris: number, dKolom: number): string {
  if (m[2] !== undefined) {
    const k = geserKolom(m[1]!, m[2].toUpperCase(), dKolom);
    const b = geserBaris(m[3]!, m[4]!, dBaris);
    return k === null || b === null ? '#REF!' : `${k}${b}`;
  }
  if (m[6] !== undefined) {
    const k1 = geserKolom(m[5]!, m[6].toUpperCase(), dKolom);
    const k2 = geserKolom(m[7]!, m[8]!.toUpperCase(), dKolom);
    return k1 === null || k2 === null ? '#REF!' : `${k1}:${k2}`;
  }
  const b1 = geserBaris(m[9]!, m[10]!, dBaris);
  const b2 = geserBaris(m[11]!, m[12]!, dBaris);
  return b1 === null || b2 === null ? '#REF!' : `${b1}:${b2}`;
}

/** Index just past a string literal ("a""b"), a quoted sheet name ('It''s') or a bracketed structured reference. */
function ujungLiteral(s: string, awal: number): number {
  const buka = s[awal]!;
  if (buka === '[') {
    let kedalaman = 0;
    for (let i = awal; i < s.length; i++) {
      if (s[i] === '[') kedalaman++;
      else if (s[i] === ']' && --kedalaman === 0) return i + 1;
    }
    return s.length;
  }
  for (let i = awal + 1; i < s.length; i++) {
    if (s[i] === buka) {
      if (s[i + 1] === buka) i++;
      else return i + 1;
    }
  }
  return s.length;
}
