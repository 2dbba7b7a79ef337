/**
 * The shipped artifact. Builds the production bundle once (into a temporary folder, never dist/), then:
 * - loads dist/functions.js in a Node `vm` context that has nothing but a fake `CustomFunctions` (no window,
 *   document or Office): the bundle must register every function while it loads and compute through them;
 * - reads the generated functions.json: every function's id, name, parameters and optional flags;
 * - checks sizes (functions.js ≤ 80 KB; the task pane page ≤ 500 KB raw / 150 KB gzip), no source maps,
 *   the page loading both bundles, and dist/manifest.xml pointing at the production address.
 *   The report engine, the analyses, the narratives, the print/chart code and "Hubungkan Tabel" load on first use
 *   (lazy chunks): the first download was 134.4 KB gzip on 2026-12-03.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import zlib from 'zlib';
import dokumen from '../fixtures/lkip-ntt-2021.json';
import { buatRuntimePalsu, GalatPalsu, type RuntimePalsu } from '../functions/runtimePalsu';

const AKAR = path.resolve(__dirname, '../..');
const KB = 1024;

const { urlDev, urlProd } = require('../../webpack.config.js') as { urlDev: string; urlProd: string };

/** Parameters per function as Excel's formula autocomplete shows them: [name, optional]. */
const PARAMETER: Record<string, readonly (readonly [string, boolean])[]> = {
  CAPAIAN: [
    ['target', false],
    ['realisasi', false],
    ['polaritas', true],
    ['batas', true],
  ],
  KATEGORI: [
    ['capaian', false],
    ['skala', true],
  ],
  KENAIKAN_HARGA: [
    ['harga_lalu', false],
    ['harga_kini', false],
  ],
  INFLASI: [
    ['harga_lalu', false],
    ['harga_kini', false],
  ],
  CAPAIAN_INFLASI: [
    ['kenaikan', false],
    ['skala', true],
  ],
  PERTUMBUHAN: [
    ['nilai_kini', false],
    ['nilai_lalu', false],
  ],
  PERSENTASE: [
    ['bagian', false],
    ['total', false],
  ],
  SERAPAN: [
    ['pagu', false],
    ['realisasi', false],
  ],
  EFISIENSI: [
    ['capaian', false],
    ['serapan', false],
    ['bentuk', true],
  ],
  RATA_CAPAIAN: [['capaian', false]],
  KV: [
    ['harga', false],
    ['simpangan', true],
  ],
};

/** The Indonesian term each function's description opens with (or names). */
const KATA_KUNCI: Record<string, string> = {
  CAPAIAN: 'Capaian kinerja',
  KATEGORI: 'Kategori capaian',
  KENAIKAN_HARGA: 'Kenaikan harga',
  INFLASI: 'Rata-rata kenaikan harga',
  CAPAIAN_INFLASI: 'Capaian indikator kenaikan harga',
  PERTUMBUHAN: 'Pertumbuhan',
  PERSENTASE: 'Persentase bagian dari total',
  SERAPAN: 'Serapan anggaran',
  EFISIENSI: 'Efisiensi',
  RATA_CAPAIAN: 'Rata-rata capaian',
  KV: 'Koefisien variasi harga',
};

let keluaran: string;
const berkas = (nama: string) => path.join(keluaran, nama);
const baca = (nama: string) => fs.readFileSync(berkas(nama), 'utf8');

beforeAll(() => {
  keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'lkip-bundel-'));
  const webpack = require.resolve('webpack/bin/webpack.js', { paths: [AKAR] });
  const hasil = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', keluaran], {
    cwd: AKAR,
    encoding: 'utf8',
    timeout: 280_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (hasil.status !== 0) {
    throw new Error(
      `webpack gagal (${hasil.status ?? hasil.signal}):\n${hasil.stdout.slice(-4000)}\n${hasil.stderr.slice(-4000)}`,
    );
  }
}, 300_000);

afterAll(() => {
  if (keluaran) fs.rmSync(keluaran, { recursive: true, force: true });
});

describe('the production build', () => {
  test('emits functions.js next to functions.json, the task pane page, icons and the manifest', () => {
    for (const nama of [
      'functions.js',
      'functions.json',
      'taskpane.js',
      'taskpane.html',
      'manifest.xml',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
    ]) {
      expect(fs.existsSync(berkas(nama))).toBe(true);
    }
  });

  test('functions.js is at most 80 KB; no source maps are shipped or inlined', () => {
    expect(fs.statSync(berkas('functions.js')).size).toBeLessThanOrEqual(80 * KB);
    const js = fs.readdirSync(keluaran).filter((n) => n.endsWith('.js'));
    expect(fs.readdirSync(keluaran).filter((n) => n.endsWith('.map'))).toEqual([]);
    for (const n of js) expect(baca(n)).not.toMatch(/sourceMappingURL/);
  });

  test('taskpane.html loads office.js, then functions.js before taskpane.js (one page, one shared runtime)', () => {
    const html = baca('taskpane.html');
    const skrip = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    const sumber = skrip.map((a) => /\bsrc=["']?([^"'\s>]+)/.exec(a)?.[1] ?? '');
    const officeJs = sumber.findIndex((s) => /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/.test(s));
    const fungsi = sumber.indexOf('functions.js');
    const panel = sumber.indexOf('taskpane.js');
    expect(officeJs).toBeGreaterThanOrEqual(0);
    expect(skrip[officeJs]).not.toMatch(/\basync\b/);
    expect(fungsi).toBeGreaterThan(officeJs);
    expect(panel).toBeGreaterThan(fungsi);
  });

  test('the task pane page stays within its budget: 500 KB raw, 150 KB gzip', () => {
    const html = baca('taskpane.html');
    const lokal = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
      .map((m) => m[1]!)
      .filter((s) => !/^https?:/.test(s));
    const isi = Buffer.concat([Buffer.from(html), ...lokal.map((s) => fs.readFileSync(berkas(s)))]);
    expect(isi.length).toBeLessThanOrEqual(500 * KB);
    expect(zlib.gzipSync(isi).length).toBeLessThanOrEqual(150 * KB);
  });

  test('dist/manifest.xml points at the production address and only at files the build emits', () => {
    const manifest = baca('manifest.xml');
    expect(manifest).not.toContain(urlDev);
    expect(manifest).not.toContain('localhost');
    const alamat = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]!);
    expect(alamat.length).toBeGreaterThan(0);
    for (const a of alamat) {
      expect(a.startsWith(urlProd)).toBe(true);
      expect(fs.existsSync(berkas(a.slice(urlProd.length)))).toBe(true);
    }
    // The source manifest is left as it is.
    expect(fs.readFileSync(path.join(AKAR, 'manifest.xml'), 'utf8')).toContain(urlDev);
  });
});

describe('functions.json, generated from the JSDoc', () => {
  interface Parameter {
    name: string;
    description?: string;
    type?: string;
    dimensionality?: string;
    optional?: boolean;
  }
  interface Fungsi {
    id: string;
    name: string;
    description?: string;
    parameters: Parameter[];
    result: { dimensionality?: string; type?: string };
    options?: Record<string, unknown>;
  }
  const metadata = () => JSON.parse(baca('functions.json')) as { functions: Fungsi[] };

  test('lists the eleven LKIP functions, id = name', () => {
    expect(metadata().functions.map((f) => [f.id, f.name])).toEqual(Object.keys(PARAMETER).map((n) => [n, n]));
  });

  test.each(Object.entries(PARAMETER))('%s: parameters, optional flags, matrices in and out, Indonesian help', (id, harapan) => {
    const f = metadata().functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => [p.name, p.optional === true])).toEqual(harapan);
    for (const p of f.parameters) {
      expect(p.dimensionality).toBe('matrix');
      expect(p.type).toBe('any');
      expect(p.description?.length ?? 0).toBeGreaterThan(10);
      expect(p.description!.length).toBeLessThanOrEqual(128);
    }
    expect(f.result.dimensionality).toBe('matrix');
    expect(f.options).toBeUndefined(); // not volatile, not streaming
    expect(f.description).toContain(KATA_KUNCI[id]);
    expect(f.description!.length).toBeLessThanOrEqual(255);
  });
});

describe('dist/functions.js in a context with nothing but a fake CustomFunctions', () => {
  let runtime: RuntimePalsu;
  let konteks: vm.Context;
  const dipanggil = new Set<string>();
  const panggil = (id: string, ...argumen: unknown[]) => {
    dipanggil.add(id);
    const f = runtime.terdaftar.get(id);
    if (!f) throw new Error(`${id} tidak terdaftar`);
    return f(...argumen) as unknown[][];
  };
  const satu = (x: unknown) => [[x]];
  const kolom = (xs: readonly unknown[]) => xs.map((x) => [x]);

  beforeAll(() => {
    runtime = buatRuntimePalsu();
    konteks = vm.createContext({ CustomFunctions: runtime.CustomFunctions });
    vm.runInContext(baca('functions.js'), konteks, { filename: 'functions.js' });
  });

  test('registers every function of functions.json while it loads, without window, document or Office', () => {
    const ids = (JSON.parse(baca('functions.json')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect([...runtime.terdaftar.keys()]).toEqual(ids);
    expect(vm.runInContext('[typeof window, typeof document, typeof Office]', konteks)).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  test('computes the document figures through every registered function', () => {
    dipanggil.clear();
    expect(panggil('CAPAIAN', satu(50), satu(44.32), null, null)).toEqual([[88.64]]);
    expect(panggil('CAPAIAN', satu(54.7), satu(98.13), null, null)).toEqual([[100]]);
    expect(panggil('CAPAIAN', satu('NA'), satu(8.82), null, null)).toEqual([[100]]);
    expect(panggil('CAPAIAN', satu(32), satu(4.88), satu('negatif'), satu('tanpa'))).toEqual([[184.75]]);
    expect(panggil('KATEGORI', satu(81.44), null)).toEqual([['Berhasil']]);
    const pokok = dokumen.harga.pokok.baris;
    expect(panggil('INFLASI', kolom(pokok.map((b) => b.harga_2020)), kolom(pokok.map((b) => b.harga_2021)))).toEqual([[12.76]]);
    expect(panggil('KENAIKAN_HARGA', satu(10950), satu(10143))).toEqual([[-7.37]]);
    expect(panggil('CAPAIAN_INFLASI', satu(19.77), null)).toEqual([[75]]);
    expect(panggil('PERTUMBUHAN', satu(7), satu(6))).toEqual([[16.67]]);
    expect(panggil('PERSENTASE', satu(39), satu(88))).toEqual([[44.32]]);
    const apbd = dokumen.anggaran.apbd;
    expect(panggil('SERAPAN', satu(apbd.total_pagu_tertulis), satu(apbd.total_realisasi_tertulis_di_teks))).toEqual([[97.32]]);
    // BPOM LKj PRKOM 2021: capaian 99,92 ÷ serapan 94,00 → 106,30 % (indeks 1,063).
    expect(panggil('EFISIENSI', satu(99.92), satu(94), null)).toEqual([[106.3]]);
    expect(panggil('EFISIENSI', satu(99.92), satu(94), satu('indeks'))).toEqual([[1.063]]);
    expect(panggil('RATA_CAPAIAN', kolom(dokumen.indikator.map((i) => i.capaian_tertulis ?? 'NA')))).toEqual([[81.44]]);
    // KV = S / p̄ × 100 (Tabel 2.1): 10, 12, 14 → S = 2, p̄ = 12 → 16,67 (by hand).
    expect(panggil('KV', kolom([10, 12, 14]), null)).toEqual([[16.67]]);
    expect([...dipanggil].sort()).toEqual([...runtime.terdaftar.keys()].sort());
  });

  test('errors come back as the runtime’s CustomFunctions.Error, per cell', () => {
    const hasil = panggil('CAPAIAN', kolom([50, 60]), kolom([44.32, 'abc']), null, null);
    expect(hasil[0]).toEqual([88.64]);
    const galat = hasil[1]![0] as GalatPalsu;
    expect(galat).toBeInstanceOf(GalatPalsu);
    expect(galat.code).toBe('#VALUE!');
    expect(galat.message).toMatch(/^baris 2: realisasi = "abc": bukan angka/);
    const ukuran = panggil('CAPAIAN', kolom([1, 2, 3]), kolom([1, 2, 3, 4]), null, null);
    expect((ukuran[0]![0] as GalatPalsu).message).toMatch(/^target 3×1 dan realisasi 4×1 tidak sama ukurannya/);
    expect((panggil('SERAPAN', satu(0), satu(0))[0]![0] as GalatPalsu).code).toBe('#N/A');
    expect((panggil('PERSENTASE', satu(1), satu(0))[0]![0] as GalatPalsu).code).toBe('#DIV/0!');
  });
});
