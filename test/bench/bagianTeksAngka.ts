/**
 * Bench part 6 (issue 17): the cell functions on a whole column of numbers typed as text ("44,32") beside the
 * same column as numbers, and LKIP.KV on a 32 767-digit text (refused before any arithmetic by the ±1e15 bound).
 * Target: text within 2× plain numbers; the long text in well under 10 ms.
 *
 * Usage (the runner does this): node --import tsx test/bench/bagianTeksAngka.ts
 */
import { CAPAIAN, KV } from '../../src/functions/functions';
import { kirimHasil, median, ukurWaktu } from './alat';

const N = 200_000;
const ULANG = 5;

const angka = (i: number) => (100 + ((i * 7_919) % 19_900)) / 100;
const teks = (i: number) => angka(i).toFixed(2).replace('.', ',');

async function main(): Promise<void> {
  const targetAngka = Array.from({ length: N }, (_, i) => [angka(i)]);
  const realisasiAngka = Array.from({ length: N }, (_, i) => [angka(i * 3)]);
  const targetTeks = targetAngka.map((_, i) => [teks(i)]);
  const realisasiTeks = realisasiAngka.map((_, i) => [teks(i * 3)]);
  const ukur = async (t: unknown[][], r: unknown[][]) => {
    const ms: number[] = [];
    for (let u = 0; u <= ULANG; u++) {
      const w = await ukurWaktu(() => CAPAIAN(t, r));
      if (u > 0) ms.push(w);
    }
    return median(ms);
  };
  const polos = await ukur(targetAngka, realisasiAngka);
  const dariTeks = await ukur(targetTeks, realisasiTeks);
  const panjang = [['9'.repeat(32_767)], ['1'], ['2']];
  const kv: number[] = [];
  for (let u = 0; u < 20; u++) kv.push(await ukurWaktu(() => KV(panjang)));
  const rasio = dariTeks / polos;
  kirimHasil([
    [
      '6',
      `LKIP.CAPAIAN on ${N} rows typed as text ("44,32")`,
      `${dariTeks.toFixed(0)} ms`,
      `numbers: ${polos.toFixed(0)} ms`,
      rasio.toFixed(2),
      `≤ 2 ${rasio <= 2 ? '✅' : '❌'}`,
    ],
    [
      '6',
      'LKIP.KV on a 32 767-digit text',
      `${median(kv).toFixed(2)} ms`,
      'was ~100 ms',
      '',
      `< 10 ms ${median(kv) < 10 ? '✅' : '❌'}`,
    ],
  ]);
}

void main();
