/**
 * Writes ./sidikJari.json: run ONCE on main before issue 14 (npx tsx test/report/sebelumAnalisis/buatSidikJari.ts).
 * Never regenerate it after: it is the "before" the analysis tables are compared with.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BUKU_KERJA, sidikJari } from './sidikJari';

async function utama(): Promise<void> {
  const hasil: Record<string, unknown> = {};
  for (const [nama, buat] of Object.entries(BUKU_KERJA)) hasil[nama] = await sidikJari(buat());
  await fs.writeFile(path.join(__dirname, 'sidikJari.json'), `${JSON.stringify(hasil)}\n`);
}

void utama();
