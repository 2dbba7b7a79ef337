/**
 * Evaluating the simple arithmetic formulas a workbook may carry without a cached result
 * (files written by libraries rather than by Excel or LibreOffice): numbers only, with
 * + − × ÷ ^, percent and parentheses, in decimal (decimal.js), following Excel's precedence
 * (negation, then %, then ^, then * /, then + −). Anything else (cell references, functions)
 * is not evaluated: the caller reports the cell.
 */
import { Desimal } from '../core';

export type HasilRumus =
  | { readonly jenis: 'angka'; readonly nilai: number }
  /** Excel's error value the formula would show (#DIV/0!, #NUM!). */
  | { readonly jenis: 'galat'; readonly nilai: string }
  | { readonly jenis: 'tidak_didukung' };

type Token = { readonly jenis: 'angka'; readonly nilai: Desimal } | { readonly jenis: 'op'; readonly nilai: string };

/** Thrown inside the evaluation when the formula's result is an Excel error value (#DIV/0!, #NUM!). */
class GalatRumus extends Error {
  constructor(readonly nilaiGalat: string) {
    super(nilaiGalat);
    this.name = 'GalatRumus';
  }
}

function pecah(rumus: string): Token[] | null {
  const token: Token[] = [];
  let i = 0;
  while (i < rumus.length) {
    const ch = rumus[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const angka = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(rumus.slice(i));
    if (angka) {
      token.push({ jenis: 'angka', nilai: new Desimal(angka[0]) });
      i += angka[0].length;
      continue;
    }
    if ('+-*/^%()'.includes(ch)) {
      token.push({ jenis: 'op', nilai: ch });
      i++;
      continue;
    }
    return null;
  }
  return token;
}

/** Evaluate "=39/88*100" or "(7-6)/6*100" (with or without the leading "="). */
export function hitungRumusSederhana(rumus: string): HasilRumus {
  const token = pecah(rumus.trim().replace(/^=/, ''));
  if (token === null || token.length === 0) return { jenis: 'tidak_didukung' };
  let pos = 0;
  const lihat = (): Token | undefined => token[pos];
  const op = (nilai: string): boolean => {
    const t = lihat();
    if (t?.jenis === 'op' && t.nilai === nilai) {
      pos++;
      return true;
    }
    return false;
  };

  const primer = (): Desimal => {
    const t = lihat();
    if (t === undefined) throw new SyntaxError('akhir rumus');
    if (t.jenis === 'angka') {
      pos++;
      return t.nilai;
    }
    if (op('(')) {
      const isi = jumlah();
      if (!op(')')) throw new SyntaxError('kurung tidak ditutup');
      return isi;
    }
    throw new SyntaxError(`token ${t.nilai}`);
  };
  const bertanda = (): Desimal => {
    if (op('-')) return bertanda().negated();
    if (op('+')) return bertanda();
    let nilai = primer();
    while (op('%')) nilai = nilai.div(100);
    return nilai;
  };
  const pangkat = (): Desimal => {
    let nilai = bertanda();
    while (op('^')) {
      const eksponen = bertanda();
      if (nilai.isZero() && eksponen.isNegative()) throw new GalatRumus('#DIV/0!');
      if (nilai.isNegative() && !eksponen.isInteger()) throw new GalatRumus('#NUM!');
      nilai = nilai.pow(eksponen);
    }
    return nilai;
  };
  const kali = (): Desimal => {
    let nilai = pangkat();
    for (;;) {
      if (op('*')) nilai = nilai.times(pangkat());
      else if (op('/')) {
        const pembagi = pangkat();
        if (pembagi.isZero()) throw new GalatRumus('#DIV/0!');
        nilai = nilai.div(pembagi);
      } else return nilai;
    }
  };
  const jumlah = (): Desimal => {
    let nilai = kali();
    for (;;) {
      if (op('+')) nilai = nilai.plus(kali());
      else if (op('-')) nilai = nilai.minus(kali());
      else return nilai;
    }
  };

  try {
    const hasil = jumlah();
    if (pos !== token.length) return { jenis: 'tidak_didukung' };
    const angka = hasil.toNumber();
    if (!Number.isFinite(angka)) return { jenis: 'galat', nilai: '#NUM!' };
    return { jenis: 'angka', nilai: Object.is(angka, -0) ? 0 : angka };
  } catch (e) {
    if (e instanceof GalatRumus) return { jenis: 'galat', nilai: e.nilaiGalat };
    return { jenis: 'tidak_didukung' };
  }
}
