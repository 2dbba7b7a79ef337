/**
 * Bench part 6 (issue 17): the cell functions that take whole columns of figures — LKIP.CAPAIAN,
 * LKIP.KENAIKAN_HARGA, LKIP.INFLASI and LKIP.PERSENTASE — on a column of numbers typed as text ("44,32") beside
 * the same column as numbers, and LKIP.KV on a 32 767-digit text (refused before any arithmetic by the ±1e15
 * bound). Target: text within 2× plain numbers for every function; the long text in well under 10 ms.
 *
 * Usage (the runner does this): node --import tsx test/bench/bagianTeksAngka.ts
 */
import { CAPAIAN, INFLASI, KENAIKAN_HARGA, KV, PERSENTASE } from '../../src/functions/functions';
import { kirimHasil, median, ukurWaktu } from './alat';

/** Rows of the columns: CAPAIAN runs on the integer fast path; the others compute in decimal.js per row. */
const FUNGSI: readonly { nama: string; baris: number; f: (a: unknown[][], b: unknown[][]) => unknown[][] }[] = [
  { nama: 'LKIP.CAPAIAN', baris: 200_000, f: CAPAIAN },
  { nama: 'LKIP.KENAIKAN_HARGA', baris: 100_000, f: KENAIKAN_HARGA },
  { nama: 'LKIP.INFLASI', baris: 100_000, f: INFLASI },
  { nama: 'LKIP.PERSENTASE', baris: 100_000, f: PERSENTASE },
];
const ULANG = 5;

/** 1,00 … 199,99 with two decimals; never 0 (a divisor for every function). */
const angka = (i: number) => (100 + ((i * 7_919) % 19_900)) / 100;
/** The same figure as an Indonesian text: "44,32". */
const teks = (i: number) => angka(i).toFixed(2).replace('.', ',');

async function ukur(f: (a: unknown[][], b: unknown[][]) => unknown[][], a: unknown[][], b: unknown[][]): Promise<number> {
  const ms: number[] = [];
  for (let u = 0; u <= ULANG; u++) {
    const w = await ukurWaktu(() => f(a, b));
    if (u > 0) ms.push(w); // the first run warms up
  }
  return median(ms);
}

async function main(): Promise<void> {
  const baris: string[][] = [];
  for (const { nama, baris: n, f } of FUNGSI) {
    const a = Array.from({ length: n }, (_, i) => [angka(i)]);
    const b = Array.from({ length: n }, (_, i) => [angka(i * 3)]);
    const aTeks = Array.from({ length: n }, (_, i) => [teks(i)]);
    const bTeks = Array.from({ length: n }, (_, i) => [teks(i * 3)]);
    // Both columns are the same figures: text must give the same results, or the comparison means nothing.
    if (JSON.stringify(f(aTeks.slice(0, 1000), bTeks.slice(0, 1000))) !== JSON.stringify(f(a.slice(0, 1000), b.slice(0, 1000)))) {
      throw new Error(`${nama}: teks dan angka memberi hasil berbeda`);
    }
    const polos = await ukur(f, a, b);
    const dariTeks = await ukur(f, aTeks, bTeks);
    const rasio = dariTeks / polos;
    baris.push([
      '6',
      `${nama} on ${n.toLocaleString('en-US').replace(/,/g, ' ')} rows typed as text ("44,32")`,
      `${dariTeks.toFixed(0)} ms`,
      `numbers: ${polos.toFixed(0)} ms`,
      rasio.toFixed(2),
      `≤ 2 ${rasio <= 2 ? '✅' : '❌'}`,
    ]);
  }
  const panjang = [['9'.repeat(32_767)], ['1'], ['2']];
  const kv: number[] = [];
  for (let u = 0; u < 20; u++) kv.push(await ukurWaktu(() => KV(panjang)));
  baris.push([
    '6',
    'LKIP.KV on a 32 767-digit text',
    `${median(kv).toFixed(2)} ms`,
    'was ~100 ms',
    '',
    `< 10 ms ${median(kv) < 10 ? '✅' : '❌'}`,
  ]);
  kirimHasil(baris);
}

void main();
