/**
 * Debian's Chromium through playwright-core (never a downloaded browser), and the task pane opened in it
 * against the fake Excel host (test/excel/host, bundled by bangun.ts) served in place of office.js. Every
 * request that does not go to the local server is failed, so the test never reaches the network; console
 * errors, uncaught page errors and blocked requests are collected for the test to assert on.
 */
import fs from 'fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Permintaan } from '../excel/host';
import type { BenihBukuKerja } from './benih';

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const AXE = require.resolve('axe-core/axe.min.js');

export function bukaChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} tidak ada: pasang Chromium Debian (apt-get install -y --no-install-recommends chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** What window.__lkipHost.dump() returns (see hostPeramban.ts). */
export interface LembarHost {
  readonly nama: string;
  readonly id: string;
  /** Values from A1 to the last used cell; null for an empty cell. */
  readonly nilai: (string | number | boolean | null)[][];
  /** Formula per A1 address, only for formula cells. */
  readonly rumus: Record<string, string>;
  readonly formatAngka: Record<string, string>;
  readonly gaya: { alamat: string; jalur: string; nilai: unknown }[];
  readonly gabungan: string[];
  readonly lebarKolom: Record<string, number>;
  readonly bekuBaris: number;
  readonly terproteksi: boolean;
  readonly opsiProteksi: Record<string, unknown> | null;
  readonly tidakTerkunci: string[];
  readonly catatan: Record<string, string>;
}

export interface DumpHost {
  readonly lembar: LembarHost[];
  readonly nama: { nama: string; jenis: string; rujukan: string; terlihat: boolean; komentar: string | null }[];
  readonly aktif: string | null;
  readonly pilihan: { lembar: string; alamat: string } | null;
  readonly pengaturan: Record<string, unknown>;
  /** One entry per context.sync(): actions, bytes sent and received, cells, the error code when it failed. */
  readonly permintaan: Permintaan[];
  /** Every change made to the workbook. */
  readonly log: { lembar: string; op: string; alamat: string }[];
  readonly aksi: string[];
  readonly fungsi: string[];
  readonly tampilPanel: number;
  /** Excel.run batches still running. */
  readonly batchBerjalan: number;
  /** Reads or writes the add-in queued but never synced itself (Excel.run flushed them). */
  readonly sisaAntrean: number;
}

export interface PelanggaranAxe {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { target: string[]; html: string; failureSummary?: string }[];
}

export interface Panel {
  readonly page: Page;
  readonly konteks: BrowserContext;
  /** Console errors and uncaught page errors, in order. */
  readonly galat: string[];
  /** Requests that tried to leave 127.0.0.1 (failed by the test). */
  readonly diblokir: string[];
  dump(): Promise<DumpHost>;
  tutup(): Promise<void>;
}

export interface OpsiPanel {
  readonly lebar?: number;
  readonly tinggi?: number;
}

/** Open taskpane.html from `asal` with the host script `skripHost` (bangunHostExcel) seeded with `benih`. */
export async function bukaPanel(
  browser: Browser,
  asal: string,
  skripHost: string,
  benih: BenihBukuKerja,
  opsi: OpsiPanel = {},
): Promise<Panel> {
  const konteks = await browser.newContext({
    viewport: { width: opsi.lebar ?? 400, height: opsi.tinggi ?? 900 },
    locale: benih.bahasa ?? 'id-ID',
    serviceWorkers: 'block',
  });
  const galat: string[] = [];
  const diblokir: string[] = [];
  const isiHost = fs.readFileSync(skripHost, 'utf8');
  await konteks.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: isiHost });
    } else if (url.startsWith(`${asal}/`)) {
      await route.continue();
    } else {
      diblokir.push(url);
      await route.abort('blockedbyclient');
    }
  });
  await konteks.addInitScript((b) => {
    (window as unknown as { __lkipBenih: unknown }).__lkipBenih = b;
  }, benih);
  const page = await konteks.newPage();
  page.on('console', (pesan) => {
    if (pesan.type() === 'error') galat.push(`console.error: ${pesan.text()} (${pesan.location().url})`);
  });
  page.on('pageerror', (e) => galat.push(`pageerror: ${e.stack ?? e.message}`));
  page.on('crash', () => galat.push('crash: the page crashed'));
  await page.goto(`${asal}/taskpane.html`, { waitUntil: 'load' });
  return {
    page,
    konteks,
    galat,
    diblokir,
    dump: () => page.evaluate(() => (window as unknown as { __lkipHost: { dump(): DumpHost } }).__lkipHost.dump()),
    tutup: () => konteks.close(),
  };
}

/**
 * Run axe-core on the rendered pane: every violation (all impacts), for the test to filter and print, and
 * the number of rules that passed (a run that checked nothing would be no evidence).
 */
export async function periksaAxe(page: Page): Promise<{ pelanggaran: PelanggaranAxe[]; lulus: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(k: unknown, o: unknown): Promise<{ violations: PelanggaranAxe[]; passes: unknown[] }> };
      }
    ).axe;
    const hasil = await axe.run(document, { resultTypes: ['violations'] });
    return {
      lulus: hasil.passes.length,
      pelanggaran: hasil.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      })),
    };
  });
}

/** Violations as readable lines for the log and failure messages. */
export function uraiAxe(pelanggaran: readonly PelanggaranAxe[]): string {
  return pelanggaran
    .map(
      (v) =>
        `[${v.impact ?? '-'}] ${v.id}: ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}\n      ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
}
