/**
 * `npm run bench` (tsx test/bench/jalankan.ts): LKIP Kinerja's speed, measured. Not part of `npm test`; the
 * budgets that do not depend on timing (sizes, sync bound, request sizes) are asserted there instead.
 *
 * Prints ONE table, every figure measured in this run, and writes it as Markdown to test-output/bench.md:
 *   1. LKIP.CAPAIAN: 1 000 000 evaluations through the registered function of the production functions.js
 *      (bagianFungsi.ts) beside HyperFormula recalculating =MIN(C/B*100,100) over 1 000 000 rows after all
 *      targets change (bagianHyperFormula.ts); target ratio ≤ 0.25.
 *   2. The report engine on a synthetic province workbook (bagianLaporan.ts) beside a plain float pass over
 *      the same price rows; targets < 2 s and ≤ 3× the floor.
 *   3. The Office.js adapter on that workbook in the fake Excel host (bagianExcel.ts): syncs, largest request.
 *   4. Production bundle sizes, raw and gzip (built here with webpack into a temporary folder).
 *   5. The runner (npm run report) on a province's daily-price workbook of 964 920 rows, one and two sheets,
 *      beside LibreOffice headless opening and exporting the same file (bagianPaket.ts, bukuProvinsi.ts):
 *      time ≤ 1.5 × LibreOffice, peak memory ≤ 1 GB.
 *   6. CAPAIAN, KENAIKAN_HARGA, INFLASI and PERSENTASE on columns of numbers typed as text beside the same
 *      numbers (≤ 2×), and KV on a 32 767-digit text (bagianTeksAngka.ts).
 * Each part runs in its own Node process (node --import tsx; part 2 as an esbuild bundle, see bagianLaporan.ts),
 * so memory and JIT state of one part never colour another; HyperFormula gets a larger heap (its 1 000 000-formula sheet needs ~3 GB).
 */
import { spawnSync } from 'child_process';
import esbuild from 'esbuild';
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { AWALAN_HASIL, detik, kb, mb, mesin, perDetik, ribuan } from './alat';

const AKAR = path.resolve(__dirname, '../..');
const KB = 1024;

function log(pesan: string): void {
  process.stderr.write(`[bench] ${pesan}\n`);
}

/**
 * Run one part in its own process and return what it sent (the HASIL-BENCH line): under tsx, or bundled first
 * with esbuild into `bundelKe` (one scope, as webpack ships the code: no per-import getters in hot loops).
 */
function jalankanBagian<T>(
  berkas: string,
  argumen: readonly string[] = [],
  opsiNode: readonly string[] = [],
  bundelKe?: string,
): T {
  log(`${berkas}${bundelKe ? ' (esbuild bundle)' : ''} …`);
  const awal = Date.now();
  let skrip = ['--import', 'tsx', path.join(__dirname, berkas)];
  if (bundelKe) {
    const keluaran = path.join(bundelKe, berkas.replace(/\.ts$/, '.mjs'));
    esbuild.buildSync({
      entryPoints: [path.join(__dirname, berkas)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      outfile: keluaran,
      logLevel: 'warning',
    });
    skrip = [keluaran];
  }
  const hasil = spawnSync(process.execPath, [...opsiNode, ...skrip, ...argumen], {
    cwd: AKAR,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (hasil.status !== 0) throw new Error(`${berkas} gagal (${hasil.status ?? hasil.signal})\n${hasil.stdout.slice(-4000)}`);
  const baris = hasil.stdout.split('\n').find((b) => b.startsWith(AWALAN_HASIL));
  if (!baris) throw new Error(`${berkas}: tidak ada baris ${AWALAN_HASIL.trim()}\n${hasil.stdout.slice(-4000)}`);
  log(`${berkas} selesai dalam ${((Date.now() - awal) / 1000).toFixed(0)} s`);
  return JSON.parse(baris.slice(AWALAN_HASIL.length)) as T;
}

interface Berkas {
  readonly nama: string;
  readonly mentah: number;
  readonly gzip: number;
}

/**
 * Build the production bundle into a temporary folder; sizes of functions.js, of what the pane page loads (the
 * page and its local scripts, gzip of them together, as test/build/bundel.test.ts asserts it) and of lazy chunks.
 */
function bangunBundel(keluaran: string): { fungsi: Berkas; halaman: Berkas; malas: Berkas[]; bangunMs: number } {
  log('webpack --mode production …');
  const awal = Date.now();
  const webpack = require.resolve('webpack/bin/webpack.js', { paths: [AKAR] });
  const hasil = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', keluaran], {
    cwd: AKAR,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (hasil.status !== 0) throw new Error(`webpack gagal:\n${hasil.stdout.slice(-4000)}\n${hasil.stderr.slice(-4000)}`);
  const bangunMs = Date.now() - awal;
  const ukurIsi = (nama: string, isi: Buffer): Berkas => ({ nama, mentah: isi.length, gzip: zlib.gzipSync(isi).length });
  const ukur = (nama: string): Berkas => ukurIsi(nama, fs.readFileSync(path.join(keluaran, nama)));
  const html = fs.readFileSync(path.join(keluaran, 'taskpane.html'), 'utf8');
  const skrip = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!).filter((s) => !/^https?:/.test(s));
  const berkasHalaman = ['taskpane.html', ...skrip];
  const halaman = ukurIsi(
    berkasHalaman.join(' + '),
    Buffer.concat(berkasHalaman.map((n) => fs.readFileSync(path.join(keluaran, n)))),
  );
  const malas = fs
    .readdirSync(keluaran)
    .filter((n) => n.endsWith('.js') && !skrip.includes(n))
    .sort()
    .map(ukur);
  return { fungsi: ukur('functions.js'), halaman, malas, bangunMs };
}

interface HasilFungsi {
  evaluasi: number;
  hasil: Record<'blok' | 'tumpah' | 'sel', { median: number; ms: number[] }>;
  contoh: { target: number; realisasi: number; capaian: unknown };
}
interface HasilHf {
  versi: string;
  evaluasi: number;
  bangunMs: number;
  putaran: { isi: number; hitungUlang: number }[];
}
interface HasilLaporan {
  barisHarga: number;
  mesinMedian: number;
  mesinPertama: number;
  mesinMs: number[];
  lantaiMedian: number;
  lantaiMs: number[];
  memori: { heapSebelum: number; puncakHeapDiAtas: number; maxRss: number };
  laporan: { baris: number; kolom: number };
  verifikasi: { baris: number };
  temuan: number;
}
interface HasilExcel {
  ms: number;
  sync: number;
  blokBaca: number;
  blokTulis: number;
  konstanta: number;
  ditolak: number;
  maksBitaKirim: number;
  maksBitaTerima: number;
  maksSelTulis: number;
  maksSelBaca: number;
  kuotaBita: number;
  kuotaSel: number;
  laporan: { baris: number; kolom: number };
}

const centang = (ok: boolean) => (ok ? '✓' : '✗');
const rasio = (x: number) => (x < 0.1 ? x.toFixed(3) : x.toFixed(2));

function main(): void {
  const m = mesin();
  const tanggal = new Date().toISOString().slice(0, 10);
  const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'lkip-bench-'));
  try {
    const bundel = bangunBundel(keluaran);
    const fungsi = jalankanBagian<HasilFungsi>('bagianFungsi.ts', [keluaran]);
    const hf = jalankanBagian<HasilHf>('bagianHyperFormula.ts', [], ['--max-old-space-size=8192']);
    const laporan = jalankanBagian<HasilLaporan>('bagianLaporan.ts', [], ['--expose-gc'], path.join(keluaran, 'bench'));
    const excel = jalankanBagian<HasilExcel>('bagianExcel.ts');

    const hfMs = Math.min(...hf.putaran.map((p) => p.hitungUlang));
    const hfIsiMs = Math.min(...hf.putaran.map((p) => p.isi));
    const n = fungsi.evaluasi;
    const baris: string[][] = [];
    const tambah = (...sel: string[]) => baris.push(sel);
    const bentuk = {
      blok: '1 000 calls × 1 000×1 ranges',
      tumpah: '1 call × 1 000 000×1 (one spilled formula)',
      sel: '1 000 000 calls × 1×1 (a formula per row)',
    } as const;
    for (const k of ['blok', 'tumpah', 'sel'] as const) {
      const ms = fungsi.hasil[k].median;
      tambah(
        k === 'blok' ? '1' : '',
        `LKIP.CAPAIAN, 1 000 000 evaluations: ${bentuk[k]}`,
        `${detik(ms)} · ${perDetik(n, ms)}`,
        k === 'blok'
          ? `HyperFormula ${hf.versi}: ${detik(hfMs)} · ${perDetik(hf.evaluasi, hfMs)} (recalculation; setCellContents ${detik(hfIsiMs)} more)`
          : '〃',
        rasio(ms / hfMs),
        `≤ 0.25 ${centang(ms / hfMs <= 0.25)}`,
      );
    }
    const rasioLantai = laporan.mesinMedian / laporan.lantaiMedian;
    tambah(
      '2',
      `Report engine, jalankanLaporan: ${ribuan(laporan.barisHarga)} daily price rows (2 groups × 60 × 22 × 730), 1 000 indicators, 5 000 budget rows → ${ribuan(laporan.laporan.baris)}-row report, ${ribuan(laporan.temuan)} findings`,
      `${detik(laporan.mesinMedian)} (first run, cold: ${detik(laporan.mesinPertama)})`,
      `float single pass (floor): ${detik(laporan.lantaiMedian)}`,
      rasio(rasioLantai),
      `< 2 s ${centang(laporan.mesinMedian < 2000)} · ≤ 3 ${centang(rasioLantai <= 3)}`,
    );
    tambah(
      '',
      'Report engine, peak memory',
      `heap +${mb(laporan.memori.puncakHeapDiAtas)} above the loaded workbook (${mb(laporan.memori.heapSebelum)}); process peak RSS ${mb(laporan.memori.maxRss)}`,
      '',
      '',
      '',
    );
    const maksBita = Math.max(excel.maksBitaKirim, excel.maksBitaTerima);
    const maksSel = Math.max(excel.maksSelTulis, excel.maksSelBaca);
    tambah(
      '3',
      `Office.js adapter (fake host), the same workbook read, computed, ${ribuan(excel.laporan.baris)}×${excel.laporan.kolom} report written`,
      `${excel.sync} context.sync() = ${excel.konstanta} + ${excel.blokBaca} read blocks + ${excel.blokTulis} write blocks${excel.ditolak ? ` (${excel.ditolak} refused)` : ''}`,
      '',
      '',
      `constant + 1 per block ${centang(excel.konstanta <= 10)}`,
    );
    tambah(
      '',
      'Office.js adapter, largest request',
      `${mb(maksBita)} (sent ${mb(excel.maksBitaKirim)}, received ${mb(excel.maksBitaTerima)}) · ${ribuan(maksSel)} cells`,
      `limit ${mb(excel.kuotaBita)} · ${ribuan(excel.kuotaSel)} cells`,
      '',
      `< 4 MB ${centang(maksBita < 4_000_000)} · < 1 000 000 cells ${centang(maksSel < 1_000_000)}`,
    );
    tambah(
      '4',
      'functions.js (production)',
      `${kb(bundel.fungsi.mentah)} · ${kb(bundel.fungsi.gzip)} gzip`,
      '',
      '',
      `≤ 80 KB ${centang(bundel.fungsi.mentah <= 80 * KB)}`,
    );
    const halamanMentah = bundel.halaman.mentah;
    const halamanGzip = bundel.halaman.gzip;
    tambah(
      '',
      `Task pane page: ${bundel.halaman.nama}`,
      `${kb(halamanMentah)} · ${kb(halamanGzip)} gzip`,
      "Microsoft's React task-pane template: 541 KB · 169 KB gzip",
      '',
      `≤ 500 KB ${centang(halamanMentah <= 500 * KB)} · ≤ 150 KB gzip ${centang(halamanGzip <= 150 * KB)}`,
    );
    for (const b of bundel.malas) {
      tambah('', `Loaded on demand: ${b.nama}`, `${kb(b.mentah)} · ${kb(b.gzip)} gzip`, '', '', '');
    }

    for (const b of jalankanBagian<string[][]>('bagianPaket.ts')) tambah(...b); // 5: runner on a province file vs LibreOffice
    for (const b of jalankanBagian<string[][]>('bagianTeksAngka.ts')) tambah(...b); // 6: text numbers vs numbers, KV on long text
    const kepala = `LKIP Kinerja bench, ${tanggal} — ${m.cpu}, ${m.inti} cores, ${m.memoriGB} GB RAM, Node ${m.node}, ${m.os}`;
    const judul = ['#', 'Measure', 'LKIP Kinerja', 'Reference', 'Ratio', 'Target'];
    const tabel = [
      `| ${judul.join(' | ')} |`,
      `|${judul.map((_, i) => (i === 0 ? '---' : i === 4 ? '---:' : '---')).join('|')}|`,
      ...baris.map((b) => `| ${b.join(' | ')} |`),
    ].join('\n');
    const catatan = [
      `1: production functions.js run in this Node realm with a fake CustomFunctions; targets and realisasi with two decimals, polaritas and batas omitted (positif, cap 100: the native formula's work, but exact half-up); after an initial calculation, all targets change; median of 5 (${['blok', 'tumpah', 'sel'].map((k) => fungsi.hasil[k as 'blok'].ms.map((x) => x.toFixed(0)).join('/')).join('; ')} ms). HyperFormula: sheet built once (${detik(hf.bangunMs)}), target column replaced with evaluation suspended, resumeEvaluation() timed; the faster of 2.`,
      `2: this part runs as an esbuild bundle (one scope, as the webpack bundle ships; under tsx each import is a getter call). Engine and floor take turns, a full GC before each; median of 5 each (engine ${laporan.mesinMs.map((x) => x.toFixed(0)).join('/')} ms, floor ${laporan.lantaiMs.map((x) => x.toFixed(0)).join('/')} ms); the engine's first run is the cold one. In-memory port handing over the workbook's named ranges; peak memory sampled at every progress report of a 6th run. Floor: one pass, Map by commodity name, float Σx, Σx², n per commodity and year, then means, change, KV.`,
      `3: every context.sync() of one run is one request of the fake host; bytes = JSON of the arguments + 100 per action, or of the loaded values; cells written or read. Run took ${detik(excel.ms)} (the fake host's own bookkeeping included).`,
      `4: webpack --mode production into a temporary folder (${detik(bundel.bangunMs)}); KB = 1 024 bytes; gzip (level 6) of each file, and of the page's files together (as npm test asserts the budget).`,
    ];
    const md = `${kepala}\n\n${tabel}\n\n${catatan.map((c) => `- ${c}`).join('\n')}\n`;
    process.stdout.write(`\n${md}`);
    const folderKeluaran = path.join(AKAR, 'test-output');
    fs.mkdirSync(folderKeluaran, { recursive: true });
    fs.writeFileSync(path.join(folderKeluaran, 'bench.md'), md);
    log(`tabel ditulis ke ${path.relative(AKAR, path.join(folderKeluaran, 'bench.md'))}`);
  } finally {
    fs.rmSync(keluaran, { recursive: true, force: true });
  }
}

main();
