/**
 * The production build the browser test opens. Reused when it is newer than every input of the build
 * (src/, assets/, manifest.xml, webpack.config.js, package*.json, tsconfig.json), else built once with
 * `webpack --mode production` into test-output/browser/dist (git-ignored), never into dist/, which the
 * developer or another test may be using.
 *
 * Candidates, in order: $LKIP_DIST (a folder built beforehand, e.g. by CI's `npm run build`, used as it is),
 * dist/ (only a production build: no source maps), test-output/browser/dist.
 *
 * The fake Excel host the page runs on (test/excel/host, entry hostPeramban.ts) is TypeScript shared with the
 * jest tests: bangunHostExcel bundles it with esbuild into one browser script on every run (well under a second).
 */
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import fs from 'fs';
import path from 'path';

export const AKAR = path.resolve(__dirname, '../..');
export const KELUARAN = path.join(AKAR, 'test-output', 'browser');
const DIST_UJI = path.join(KELUARAN, 'dist');

const MASUKAN = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json', 'package-lock.json', 'tsconfig.json'];
const WAJIB = ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json'];
/** Written into test-output/browser/dist after each successful build. */
const CAP = '.dibangun';

/** Newest modification time (ms) of a file or of every file below a folder. */
function terbaru(jalur: string): number {
  if (!fs.existsSync(jalur)) return 0;
  const info = fs.statSync(jalur);
  if (!info.isDirectory()) return info.mtimeMs;
  return fs.readdirSync(jalur).reduce((maks, nama) => Math.max(maks, terbaru(path.join(jalur, nama))), info.mtimeMs);
}

/**
 * When the build was made: the stamp this helper writes after building (webpack leaves files whose content
 * did not change untouched, so their times say nothing), else the oldest output file.
 */
function tertua(folder: string): number {
  const cap = path.join(folder, CAP);
  if (fs.existsSync(cap)) return fs.statSync(cap).mtimeMs;
  return Math.min(...WAJIB.map((b) => fs.statSync(path.join(folder, b)).mtimeMs));
}

function lengkap(folder: string): boolean {
  return WAJIB.every((b) => fs.existsSync(path.join(folder, b)));
}

function produksi(folder: string): boolean {
  return !fs.readdirSync(folder).some((b) => b.endsWith('.map'));
}

export interface Bangunan {
  readonly folder: string;
  readonly asal: 'LKIP_DIST' | 'dist' | 'test-output' | 'dibangun';
}

export function siapkanBangunan(): Bangunan {
  const dariEnv = process.env.LKIP_DIST;
  if (dariEnv) {
    const folder = path.resolve(dariEnv);
    if (!lengkap(folder)) throw new Error(`LKIP_DIST=${dariEnv}: tidak berisi ${WAJIB.join(', ')}.`);
    return { folder, asal: 'LKIP_DIST' };
  }
  const masukan = Math.max(...MASUKAN.map((m) => terbaru(path.join(AKAR, m))));
  const dist = path.join(AKAR, 'dist');
  if (lengkap(dist) && produksi(dist) && tertua(dist) > masukan) return { folder: dist, asal: 'dist' };
  if (lengkap(DIST_UJI) && tertua(DIST_UJI) > masukan) return { folder: DIST_UJI, asal: 'test-output' };

  fs.mkdirSync(KELUARAN, { recursive: true });
  const mulai = Date.now();
  const webpack = path.join(AKAR, 'node_modules', 'webpack', 'bin', 'webpack.js');
  const hasil = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', DIST_UJI], {
    cwd: AKAR,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (hasil.status !== 0 || !lengkap(DIST_UJI)) {
    throw new Error(`webpack --mode production gagal (kode ${hasil.status}):\n${hasil.stdout}\n${hasil.stderr}`);
  }
  // Stamped with the time the build started: an input saved during the build makes the next run build again.
  const cap = path.join(DIST_UJI, CAP);
  fs.writeFileSync(cap, `${new Date(mulai).toISOString()}\n`);
  fs.utimesSync(cap, new Date(mulai), new Date(mulai));
  return { folder: DIST_UJI, asal: 'dibangun' };
}

/** test-output/browser/hostExcel.js: the fake Excel host as one browser script (an IIFE, no imports left). */
export function bangunHostExcel(): string {
  const keluaran = path.join(KELUARAN, 'hostExcel.js');
  fs.mkdirSync(KELUARAN, { recursive: true });
  buildSync({
    entryPoints: [path.join(__dirname, 'hostPeramban.ts')],
    outfile: keluaran,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  return keluaran;
}
