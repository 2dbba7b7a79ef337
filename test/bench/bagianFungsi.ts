/**
 * Bench part 1, ours: 1 000 000 LKIP.CAPAIAN evaluations through the registered function of the PRODUCTION
 * bundle, called the way Excel calls it: matrix arguments (arrays of rows), optional arguments null.
 *
 * Loading: the built functions.js runs as a script in this process's own realm (vm.runInThisContext) with a
 * fake global CustomFunctions, as Excel's runtime runs it in its page; its associate calls register the
 * functions. Not in a separate vm context (as the build test does for isolation): there every global lookup
 * (Math, Number …) goes through the context's property interceptors, which makes any script ~15× slower in
 * Node and would measure the sandbox, not the function.
 *
 * The sheet: 1 000 000 rows of target and realisasi (two decimals, as typed); polaritas and batas omitted (null):
 * positif, capped at 100 — the same computation as the native =MIN(C/B*100;100), but exact half-up.
 * Scenario "all targets change": a first evaluation over targets A (the initial calculation, also the warm-up),
 * then the measured evaluations over targets B and A alternately (every result changes), 5 times; the median
 * is reported. Three call shapes:
 *   blok   1 000 calls of 1 000×1 ranges (=LKIP.CAPAIAN(B1:B1000; C1:C1000) in 1 000 cells)
 *   tumpah 1 call of 1 000 000×1 ranges (one spilled formula over the whole column)
 *   sel    1 000 000 calls of 1×1 (one formula per row, filled down: Excel's batches of single calls)
 *
 * Usage (the runner does this): node --import tsx test/bench/bagianFungsi.ts <folder with functions.js>
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { buatRuntimePalsu } from '../functions/runtimePalsu';
import { kirimHasil, median, ukurWaktu } from './alat';

const N = 1_000_000;
const BLOK = 1_000;
const ULANG = 5;

type Fungsi = (...argumen: unknown[]) => unknown[][];

function muatCapaian(folder: string): Fungsi {
  const runtime = buatRuntimePalsu();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtime.CustomFunctions;
  vm.runInThisContext(fs.readFileSync(path.join(folder, 'functions.js'), 'utf8'), { filename: 'functions.js' });
  const f = runtime.terdaftar.get('CAPAIAN');
  if (!f) throw new Error('CAPAIAN tidak terdaftar oleh functions.js');
  return f as Fungsi;
}

/** Target of row i in scenario A or B (two decimals, 1–200), realisasi (two decimals, 0–150). */
const target = (i: number, skenario: 0 | 1) => (100 + ((i * 7_919 + skenario * 104_729) % 19_900)) / 100;
const realisasi = (i: number) => ((i * 15_485_863) % 15_000) / 100;

interface Data {
  readonly target: readonly [unknown[][], unknown[][]];
  readonly realisasi: unknown[][];
}

/** Columns as Excel hands a range: one array per row. */
function kolom(n: number, awal: number, nilai: (i: number) => unknown): unknown[][] {
  const hasil: unknown[][] = new Array(n);
  for (let i = 0; i < n; i++) hasil[i] = [nilai(awal + i)];
  return hasil;
}

function periksa(hasil: unknown[][], n: number): number {
  if (hasil.length !== n) throw new Error(`hasil ${hasil.length} baris, bukan ${n}`);
  let jumlah = 0;
  for (const b of hasil) {
    const x = b[0];
    if (typeof x !== 'number') throw new Error(`bukan angka: ${JSON.stringify(x)}`);
    jumlah += x;
  }
  return jumlah;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('pakai: bagianFungsi.ts <folder functions.js>');
  const CAPAIAN = muatCapaian(folder);
  // blok: 1 000 × 1 000×1.
  const blokData: Data[] = [];
  for (let b = 0; b < N / BLOK; b++) {
    const awal = b * BLOK;
    blokData.push({
      target: [kolom(BLOK, awal, (i) => target(i, 0)), kolom(BLOK, awal, (i) => target(i, 1))],
      realisasi: kolom(BLOK, awal, realisasi),
    });
  }
  const jalankanBlok = (s: 0 | 1) => {
    let total = 0;
    for (let b = 0; b < blokData.length; b++) {
      total += periksa(CAPAIAN(blokData[b]!.target[s], blokData[b]!.realisasi, null, null), BLOK);
    }
    return total;
  };

  // tumpah: one call over the whole column.
  const tumpahTarget = [kolom(N, 0, (i) => target(i, 0)), kolom(N, 0, (i) => target(i, 1))] as const;
  const tumpahRealisasi = kolom(N, 0, realisasi);
  const jalankanTumpah = (s: 0 | 1) => periksa(CAPAIAN(tumpahTarget[s], tumpahRealisasi, null, null), N);

  // sel: one call per row, 1×1 arguments.
  const selTarget = [tumpahTarget[0].map((b) => [b]), tumpahTarget[1].map((b) => [b])] as const;
  const selRealisasi = tumpahRealisasi.map((b) => [b]);
  const jalankanSel = (s: 0 | 1) => {
    let total = 0;
    const t = selTarget[s];
    for (let i = 0; i < N; i++) total += periksa(CAPAIAN(t[i], selRealisasi[i], null, null), 1);
    return total;
  };

  const hasil: Record<string, { ms: number[]; median: number; checksum: number }> = {};
  for (const [nama, jalankan] of [
    ['blok', jalankanBlok],
    ['tumpah', jalankanTumpah],
    ['sel', jalankanSel],
  ] as const) {
    const awal = jalankan(0); // the initial calculation (warm-up)
    const ms: number[] = [];
    let checksum = 0;
    for (let k = 0; k < ULANG; k++) {
      const s = k % 2 === 0 ? 1 : 0;
      ms.push(await ukurWaktu(() => (checksum = jalankan(s))));
    }
    if (!(checksum > 0) || !(awal > 0)) throw new Error(`${nama}: hasil tidak masuk akal`);
    hasil[nama] = { ms, median: median(ms), checksum };
  }
  // One cross-check with the published figures: row 0 of scenario B.
  const contoh = CAPAIAN([[target(0, 1)]], [[realisasi(0)]], null, null)[0]![0];
  kirimHasil({
    evaluasi: N,
    blok: BLOK,
    ulang: ULANG,
    hasil,
    contoh: { target: target(0, 1), realisasi: realisasi(0), capaian: contoh },
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
