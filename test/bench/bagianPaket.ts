/**
 * Bench part 5: the runner at province scale on a real file, beside LibreOffice (issue 17's goal: runner time
 * ≤ 1.5 × LibreOffice headless open-and-export of the same file, peak memory ≤ 1 GB).
 *
 * Workbooks (test/cli/xlsx/bukuHarian.ts, deterministic, written by a streaming writer, cached under
 * test-output/bench-paket/): one daily-price sheet of 60 commodities × 22 kab/kota × 731 days = 964 920 rows,
 * and the same with two such sheets (1 929 840 rows), each with a Pengaturan and an Indikator sheet.
 *
 * Runner: the runner itself (src/cli/laporan.ts under tsx, as `npm run report` runs it, with --json --out): its
 * adapter PortPaketXlsx opens the file, the engine reads the names (the daily sheet streamed), computes and
 * writes the two sheets, the package is saved; the figures are read back from its JSON. LibreOffice: soffice --headless --convert-to xlsx of the same file, with a private
 * profile made once beforehand (its first-start cost is not counted). Both timed as whole processes (wall clock)
 * and their peak resident memory taken from the kernel (GNU time %M: the largest process of the tree); the
 * faster of two runs each, taken in turns.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LaporanJson } from '../../src/report/hasil';
import { bukuHarianTersimpan, ukuranBukuHarian } from '../cli/xlsx/bukuHarian';
import { detik, kirimHasil, mb, ribuan } from './alat';

const AKAR = path.resolve(__dirname, '../..');
const FOLDER = path.join(AKAR, 'test-output', 'bench-paket');
const KALI = 2;
const WAKTU = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function log(pesan: string): void {
  process.stderr.write(`[bench paket] ${pesan}\n`);
}

interface Ukuran {
  readonly ms: number;
  readonly maxRss: number | null;
  readonly keluaran: string;
}

/** Run a command as a whole process: wall time and (with GNU time) its peak resident memory. */
function ukurProses(perintah: string, argumen: readonly string[]): Ukuran {
  const berkasWaktu = path.join(os.tmpdir(), `lkip-bench-waktu-${process.pid}.txt`);
  const awal = process.hrtime.bigint();
  const r = WAKTU
    ? spawnSync(WAKTU, ['-f', '%M', '-o', berkasWaktu, perintah, ...argumen], { cwd: AKAR, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(perintah, argumen, { cwd: AKAR, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - awal) / 1e6;
  if (r.status !== 0) throw new Error(`${perintah} gagal (${r.status ?? r.signal}):\n${r.stderr.slice(-3000)}`);
  const maxRss = WAKTU ? Number(fs.readFileSync(berkasWaktu, 'utf8').trim().split('\n').at(-1)) * 1024 : null;
  return { ms, maxRss, keluaran: r.stdout };
}

const RUNNER = path.join(AKAR, 'src', 'cli', 'laporan.ts');

function utama(): void {
  fs.mkdirSync(FOLDER, { recursive: true });
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'lkip-bench-lo-'));
  const keluar = fs.mkdtempSync(path.join(os.tmpdir(), 'lkip-bench-keluar-'));
  const argumenLo = (masukan: string) => [
    '--headless',
    `-env:UserInstallation=file://${profil}`,
    '--convert-to',
    'xlsx',
    '--outdir',
    keluar,
    masukan,
  ];
  const baris: string[][] = [];
  (async () => {
    const buku = [];
    for (const grup of [1, 2]) {
      const u = ukuranBukuHarian({ grup });
      log(`buku kerja ${grup} × ${ribuan(u.baris)} baris …`);
      buku.push({ u, jalur: await bukuHarianTersimpan(FOLDER, { grup }) });
    }
    // LibreOffice's first start makes its profile: done once here, not timed.
    const kecil = path.join(keluar, 'pemanasan.csv');
    fs.writeFileSync(kecil, 'a,b\n1,2\n');
    ukurProses('soffice', argumenLo(kecil));
    for (const { u, jalur } of buku) {
      const runner: (Ukuran & { json: LaporanJson })[] = [];
      const lo: Ukuran[] = [];
      for (let i = 0; i < KALI; i++) {
        log(`${path.basename(jalur)}: runner, putaran ${i + 1} …`);
        const out = path.join(keluar, 'hasil.xlsx');
        // The runner never overwrites a different report (exit 5): each run starts without one.
        fs.rmSync(out, { force: true });
        const r = ukurProses(process.execPath, ['--import', 'tsx', RUNNER, jalur, '--json', '--out', out]);
        runner.push({ ...r, json: JSON.parse(r.keluaran) as LaporanJson });
        log(`${path.basename(jalur)}: LibreOffice, putaran ${i + 1} …`);
        lo.push(ukurProses('soffice', argumenLo(jalur)));
      }
      const terbaik = <T extends { ms: number }>(xs: T[]) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
      const [r, l] = [terbaik(runner), terbaik(lo)];
      const rss = (x: number | null) => (x === null ? '?' : mb(x));
      const rasio = r.ms / l.ms;
      const harga = r.json.harga
        .map((h) => `${h.grup}: rata-rata ${h.rata_rata ?? '–'}, KV ${h.stabilitas?.rata_rata_kv ?? '–'}`)
        .join('; ');
      baris.push([
        baris.length === 0 ? '5' : '',
        `Runner (npm run report: tsx src/cli/laporan.ts --json, PortPaketXlsx), ${u.grup} daily sheet${u.grup > 1 ? 's' : ''} × ${ribuan(u.baris)} rows (${(fs.statSync(jalur).size / 1e6).toFixed(1)} MB .xlsx): open, read, compute, write, save — whole process; ${harga}`,
        `${detik(r.ms)} · peak RSS ${rss(r.maxRss)} · ${runner.map((x) => detik(x.ms)).join('/')}`,
        `LibreOffice --convert-to xlsx: ${detik(l.ms)} · peak RSS ${rss(l.maxRss)} · ${lo.map((x) => detik(x.ms)).join('/')}`,
        rasio.toFixed(2),
        `≤ 1.5 ${rasio <= 1.5 ? '✓' : '✗'} · ≤ 1 GB ${r.maxRss !== null && r.maxRss <= 1e9 ? '✓' : '✗'}`,
      ]);
    }
    kirimHasil(baris);
  })()
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    })
    .finally(() => {
      fs.rmSync(profil, { recursive: true, force: true });
      fs.rmSync(keluar, { recursive: true, force: true });
    });
}

utama();
