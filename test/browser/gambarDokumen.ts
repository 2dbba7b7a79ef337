/**
 * The README's picture of the task pane (docs/gambar/panel.png): the production build in Debian's Chromium with the
 * fake Excel host, as in panel.e2e.ts, on the sample workbook after "Hitung Ulang Laporan" (the visible 380×900 px). Not a test.
 *
 * Run: npx tsx test/browser/gambarDokumen.ts
 */
import fs from 'fs';
import path from 'path';
import { TEKS_ID } from '../../src/taskpane/teks';
import { AKAR, bangunHostExcel, siapkanBangunan } from './bangun';
import { benihContoh } from './benih';
import { layani } from './layani';
import { bukaChromium, bukaPanel } from './peramban';

async function utama(): Promise<void> {
  const bangunan = siapkanBangunan();
  const skripHost = bangunHostExcel();
  const peladen = await layani(bangunan.folder);
  const browser = await bukaChromium();
  try {
    const panel = await bukaPanel(browser, peladen.asal, skripHost, benihContoh(), { lebar: 380, tinggi: 900 });
    const { page } = panel;
    await page.locator('#opsi-skala:not([disabled])').waitFor();
    await page.getByRole('button', { name: 'Hitung Ulang Laporan' }).click();
    await page.getByText(TEKS_ID.judulDitulis).waitFor();
    const folder = path.join(AKAR, 'docs', 'gambar');
    fs.mkdirSync(folder, { recursive: true });
    // The visible pane (as a user sees it at first): the status, the summary and the first findings.
    await page.screenshot({ path: path.join(folder, 'panel.png') });
    await panel.tutup();
  } finally {
    await browser.close();
    await peladen.tutup();
  }
}

void utama();
