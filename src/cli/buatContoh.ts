/**
 * Generates the bundled sample workbook assets/contoh-lkip-ntt-2021.xlsx from the project's sample
 * data (src/sample), through the runner's own adapter: PortPaketXlsx.baru (a new package from a minimal
 * template, src/cli/xlsx/paketBaru.ts) patched with the sample's sheet and names. Deterministic: fixed
 * creator, document dates and zip dates, so regenerating gives the same bytes.
 *
 *   npm run contoh                 # rewrites assets/contoh-lkip-ntt-2021.xlsx
 *   npm run contoh -- other.xlsx   # writes elsewhere
 */
import path from 'node:path';
import { pesanGalat } from '../core';
import { susunContoh } from '../sample';
import { PortPaketXlsx } from './xlsx/portPaket';

/** The committed sample, relative to this script (not to the current directory). */
export const JALUR_CONTOH = path.resolve(__dirname, '..', '..', 'assets', 'contoh-lkip-ntt-2021.xlsx');

/** The sample workbook's bytes. */
export async function buatBukuContoh(): Promise<Buffer> {
  const port = await PortPaketXlsx.baru({ pembuat: 'LKIP Kinerja' });
  try {
    const { lembar, nama } = susunContoh();
    await port.tulisLembar(lembar);
    for (const n of nama) await port.tetapkanNama(n.nama, n.lembar, n.alamat);
    return await port.keData();
  } finally {
    port.tutup();
  }
}

/** Write the sample to `tujuan` (default: the committed copy under assets/). */
export async function tulisBukuContoh(tujuan: string = JALUR_CONTOH): Promise<string> {
  const { promises: fs } = await import('node:fs');
  await fs.mkdir(path.dirname(tujuan), { recursive: true });
  await fs.writeFile(tujuan, await buatBukuContoh());
  return tujuan;
}

if (typeof require !== 'undefined' && require.main === module) {
  const tujuan = process.argv[2] ? path.resolve(process.argv[2]) : JALUR_CONTOH;
  tulisBukuContoh(tujuan).then(
    (jalur) => {
      process.stdout.write(`Buku kerja contoh ditulis: ${jalur}\n`);
    },
    (e: unknown) => {
      process.stderr.write(`Gagal menulis buku kerja contoh: ${pesanGalat(e)}\n`);
      process.exitCode = 1;
    },
  );
}
