/**
 * Bench part 1, reference: HyperFormula (a spreadsheet engine in JavaScript; GPL, a dev-only dependency that
 * never enters src/ or the bundle) recalculating the native formula =MIN(C1/B1*100,100) over 1 000 000 rows
 * after all targets change.
 *
 * The sheet is built once (B target, C realisasi, D the formula; the same values as bagianFungsi.ts, scenario A).
 * Then, twice (targets A → B, then B → A): evaluation suspended, setCellContents on the whole target column
 * B1:B1000000 (timed apart), and resumeEvaluation() timed: that is the recalculation of the 1 000 000 formulas.
 * The faster of the two recalculations is reported (in HyperFormula's favour).
 *
 * Usage (the runner does this): node --max-old-space-size=8192 --import tsx test/bench/bagianHyperFormula.ts
 */
import { HyperFormula } from 'hyperformula';
import { kirimHasil, ukurWaktu } from './alat';

const N = 1_000_000;
const target = (i: number, skenario: 0 | 1) => (100 + ((i * 7_919 + skenario * 104_729) % 19_900)) / 100;
const realisasi = (i: number) => ((i * 15_485_863) % 15_000) / 100;

async function main(): Promise<void> {
  const isi: (number | string | null)[][] = new Array(N);
  for (let i = 0; i < N; i++) isi[i] = [null, target(i, 0), realisasi(i), `=MIN(C${i + 1}/B${i + 1}*100,100)`];
  let hf: HyperFormula | undefined;
  const bangun = await ukurWaktu(() => {
    hf = HyperFormula.buildFromArray(isi, { licenseKey: 'gpl-v3', maxRows: 1_048_576 });
  });
  const mesin = hf!;
  const kolomTarget = (s: 0 | 1) => Array.from({ length: N }, (_, i) => [target(i, s)]);
  const putaran: { isi: number; hitungUlang: number }[] = [];
  for (const s of [1, 0] as const) {
    const baru = kolomTarget(s);
    mesin.suspendEvaluation();
    const isiMs = await ukurWaktu(() => mesin.setCellContents({ sheet: 0, row: 0, col: 1 }, baru));
    const hitungUlang = await ukurWaktu(() => mesin.resumeEvaluation());
    putaran.push({ isi: isiMs, hitungUlang });
  }
  // The formula did recalculate: row 0 of the last scenario (A).
  const contoh = mesin.getCellValue({ sheet: 0, row: 0, col: 3 });
  kirimHasil({
    versi: HyperFormula.version,
    evaluasi: N,
    bangunMs: bangun,
    putaran,
    contoh: { target: target(0, 0), realisasi: realisasi(0), nilai: contoh },
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
