/** @jest-environment jsdom */
/**
 * The entry (src/taskpane/index.tsx) with a fake office.js: renders only after Office.onReady, registers
 * the ribbon command, says so when the host is not Excel, and follows Office's display language.
 */
import { screen, waitFor } from '@testing-library/react';

interface OfficePalsu {
  aksi: Map<string, (acara?: { completed(): void }) => unknown>;
  siap: () => void;
}

/** office.js as far as the entry and the adapter touch it, over an empty workbook. */
function pasangOffice(host: string, bahasa: string): OfficePalsu {
  const aksi = new Map<string, (acara?: { completed(): void }) => unknown>();
  let siap: () => void = () => undefined;
  const namaKosong = { items: [], load: () => undefined };
  const g = globalThis as Record<string, unknown>;
  g['Excel'] = {
    run: async (fn: (ctx: unknown) => Promise<unknown>) => fn({ workbook: { names: namaKosong }, sync: () => Promise.resolve() }),
  };
  g['Office'] = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    context: {
      displayLanguage: bahasa,
      requirements: { isSetSupported: () => true },
      document: {
        settings: { get: () => null, set: () => undefined, saveAsync: (cb: (h: unknown) => void) => cb({ status: 'succeeded' }) },
      },
    },
    actions: { associate: (id: string, fn: (acara?: { completed(): void }) => unknown) => aksi.set(id, fn) },
    addin: { showAsTaskpane: () => Promise.resolve() },
    onReady: (cb: (info: { host: string; platform: string }) => void) =>
      new Promise((selesai) => {
        siap = () => {
          const info = { host, platform: 'PC' };
          cb(info);
          selesai(info);
        };
      }),
  };
  return { aksi, siap: () => siap() };
}

let galatKonsol: jest.SpyInstance;

beforeEach(() => {
  // The entry renders with createRoot itself, as in the browser: not a React act() environment.
  (globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = false;
  document.body.innerHTML = '<div id="root"><p>Memuat LKIP Kinerja…</p></div>';
  document.documentElement.lang = 'id';
  galatKonsol = jest.spyOn(console, 'error');
});

afterEach(() => {
  expect(galatKonsol).not.toHaveBeenCalled();
  galatKonsol.mockRestore();
  const g = globalThis as Record<string, unknown>;
  delete g['Office'];
  delete g['Excel'];
  g['IS_REACT_ACT_ENVIRONMENT'] = true;
});

/**
 * A fresh copy of the entry per test. resetModules (not isolateModules): the pane loads chunks later (React.lazy,
 * e.g. Hubungkan Tabel), and those must come from the same module registry, with the same React.
 */
function muatEntri(): void {
  jest.resetModules();
  require('../../src/taskpane/index');
}

test('in Excel: nothing rendered before Office.onReady; then the pane, and the ribbon command is registered', async () => {
  const office = pasangOffice('Excel', 'id-ID');
  muatEntri();
  expect(screen.getByText('Memuat LKIP Kinerja…')).toBeTruthy();
  expect(office.aksi.size).toBe(0);

  office.siap();
  expect(await screen.findByRole('button', { name: 'Hitung Ulang Laporan' })).toBeTruthy();
  expect([...office.aksi.keys()]).toEqual(['hitungUlangLaporan']);
  expect(document.documentElement.lang).toBe('id');
  // Empty workbook: the check ran through the adapter and lists the required names as missing.
  await screen.findByText('3 nama wajib belum ada. Laporan tidak dapat ditulis sebelum nama itu dibuat.');

  // The ribbon command runs the recalculation and completes its event; the pane shows the refusal.
  let selesai = 0;
  await office.aksi.get('hitungUlangLaporan')?.({ completed: () => (selesai += 1) });
  expect(selesai).toBe(1);
  await waitFor(() => expect(screen.getByText('Tidak ada yang ditulis')).toBeTruthy());
});

test('not Excel: a clear message instead of the pane, no command registered', async () => {
  const office = pasangOffice('Word', 'id-ID');
  muatEntri();
  office.siap();
  expect(
    await screen.findByText('LKIP Kinerja hanya berjalan di Excel. Buka add-in ini dari Excel (desktop atau web).'),
  ).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Hitung Ulang Laporan' })).toBeNull();
  expect(office.aksi.size).toBe(0);
});

test('English display language: English texts and lang="en"', async () => {
  const office = pasangOffice('Excel', 'en-US');
  muatEntri();
  office.siap();
  expect(await screen.findByRole('button', { name: 'Recalculate report' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('en');
  await screen.findByText('3 required names are missing. The report cannot be written until they exist.');
});

test('office.js did not load: the page says the add-in runs only in Excel', async () => {
  muatEntri();
  expect(
    await screen.findByText('LKIP Kinerja hanya berjalan di Excel. Buka add-in ini dari Excel (desktop atau web).'),
  ).toBeTruthy();
});
