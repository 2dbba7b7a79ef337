/**
 * "Hubungkan Tabel" in Chromium (issue 16): a workbook with the office's own Pengukuran Kinerja table and no
 * LKIP_ names → Hubungkan Tabel → the proposal (one Dropdown per column) → Buat Nama → Hitung Ulang Laporan →
 * the summary of the source document (LKIP Disperindag NTT 2021, Tabel 3.2: rata-rata capaian 81,44 %
 * "Berhasil"). Same production build, fake Excel host and network rules as panel.e2e.ts. Screenshots go to
 * docs/gambar/ (the documentation shows them) and test-output/browser/.
 *
 * Run: npx jest -c test/browser/jest.config.js test/browser/hubungkan.e2e.ts
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { TEKS_ID } from '../../src/taskpane/teks';
import { TEKS_HUBUNGKAN_ID } from '../../src/taskpane/teksHubungkan';
import { LEMBAR_PK, lembarKinerja, namaKinerjaBuatanTangan } from '../excel/lembarKinerja';
import { AKAR, bangunHostExcel, KELUARAN, siapkanBangunan, type Bangunan } from './bangun';
import type { BenihBukuKerja, SelBenih } from './benih';
import { layani, type Peladen } from './layani';
import { bukaChromium, bukaPanel, periksaAxe, uraiAxe, type Panel } from './peramban';

const GAMBAR = path.join(AKAR, 'docs', 'gambar');

let bangunan: Bangunan;
let skripHost: string;
let peladen: Peladen;
let browser: Browser;
let panel: Panel | null = null;

beforeAll(async () => {
  bangunan = siapkanBangunan();
  skripHost = bangunHostExcel();
  peladen = await layani(bangunan.folder);
  browser = await bukaChromium();
  fs.mkdirSync(KELUARAN, { recursive: true });
  fs.mkdirSync(GAMBAR, { recursive: true });
}, 300_000);

afterAll(async () => {
  await panel?.tutup();
  await browser?.close();
  await peladen?.tutup();
});

/** The PK sheet as a workbook seed: cells and merged areas, no names. */
function benihKinerja(): BenihBukuKerja {
  const { baris, gabungan } = lembarKinerja();
  const sel: [number, number, SelBenih][] = [];
  baris.forEach((b, r) => b.forEach((v, c) => v !== null && sel.push([r, c, { v }])));
  return { lembar: [{ nama: LEMBAR_PK, sel, gabungan }], nama: [] };
}

async function gambar(page: Page, nama: string): Promise<void> {
  await page.screenshot({ path: path.join(KELUARAN, `${nama}.png`), fullPage: true });
  await page.screenshot({ path: path.join(GAMBAR, `${nama}.png`), fullPage: true });
}

async function nilaiRingkasan(page: Page, label: string): Promise<string> {
  const dt = page
    .getByRole('region', { name: TEKS_ID.judulRingkasan })
    .locator('dt')
    .filter({ hasText: new RegExp(`^${label}$`) });
  return (await dt.locator('xpath=following-sibling::dd[1]').innerText()).trim();
}

test('buku kerja tanpa nama → Hubungkan Tabel → Buat Nama → Hitung Ulang Laporan → 81,44 % Berhasil', async () => {
  panel = await bukaPanel(browser, peladen.asal, skripHost, benihKinerja(), { lebar: 400, tinggi: 900 });
  const { page } = panel;
  const t = TEKS_HUBUNGKAN_ID;
  const { akhir } = lembarKinerja();

  // The section comes in its own small chunk once the workbook was checked (no names: it is offered at the top).
  await page.getByRole('button', { name: t.tombolHubungkan }).click();
  const judulTabel = `Tabel kinerja di '${LEMBAR_PK}'!A5:I${akhir} (11 indikator)`;
  const kartu = page.getByRole('region', { name: judulTabel });
  await kartu.waitFor();
  expect(peladen.diminta).toEqual(expect.arrayContaining(['/hubungkan-bagian.js', '/hubungkan.js']));
  // Each column: its header and the name it will get, in a Dropdown.
  const target = kartu.getByRole('combobox', { name: t.kolomKepala('E', 'Tahun 2021 / Target') });
  await expect(target.innerText()).resolves.toContain('LKIP_Target');
  const ket = kartu.getByRole('combobox', { name: t.kolomKepala('I', 'Ket.') });
  await expect(ket.innerText()).resolves.toContain(t.tanpaNama);
  const { pelanggaran } = await periksaAxe(page);
  const berat = pelanggaran.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(uraiAxe(berat)).toBe('');
  await gambar(page, 'hubungkan-tabel-usulan');

  // Nothing is created before the confirmation.
  expect((await panel.dump()).nama).toEqual([]);
  const jumlah = Object.keys(namaKinerjaBuatanTangan(akhir)).length;
  await page.getByRole('button', { name: t.tombolBuatNama(jumlah) }).click();
  await page.getByText(`${jumlah} nama dibuat`, { exact: false }).waitFor();
  const nama = Object.fromEntries((await panel.dump()).nama.map((n) => [n.nama, n.rujukan]));
  expect(nama).toEqual(
    Object.fromEntries(Object.entries(namaKinerjaBuatanTangan(akhir)).map(([n, a]) => [n, `'${LEMBAR_PK}'!${a}`])),
  );

  await page.getByRole('button', { name: TEKS_ID.tombolHitung }).click();
  await page.getByRole('region', { name: TEKS_ID.judulRingkasan }).waitFor();
  expect(await nilaiRingkasan(page, TEKS_ID.rataRataCapaian)).toBe('81,44 %');
  expect(await nilaiRingkasan(page, TEKS_ID.kategori)).toBe('Berhasil');
  await gambar(page, 'hubungkan-tabel-hasil');

  const dump = await panel.dump();
  expect(dump.lembar.map((l) => l.nama)).toEqual([LEMBAR_PK, 'Laporan LKIP', 'Verifikasi', 'Narasi LKIP']);
  // The user's sheet is never written.
  expect(dump.log.filter((x) => x.lembar === LEMBAR_PK)).toEqual([]);
  expect(panel.galat).toEqual([]);
  expect(panel.diblokir).toEqual([]);
  expect(dump.permintaan.filter((p) => p.gagal !== null)).toEqual([]);
  expect(dump.batchBerjalan).toBe(0);
});
