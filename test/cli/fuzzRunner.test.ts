/**
 * Issue 17, fuzz at the runner's level (seeded, bounded): the bundled sample with hostile values in random input
 * cells of its LKIP_ ranges — the classes the issue tried by hand: numbers beyond range, numbers as words or
 * with units, error values, text over Excel's cell limit, control characters, text that looks like a formula,
 * Infinity/NaN as text — in any row, the first data row of a table included. Whatever the input:
 * - the runner ends with a documented exit code (0 written, 3 refused), never a stack trace nor "Galat tak terduga";
 * - nothing it prints carries a raw control character (terminal safety), the JSON holds only finite numbers;
 * - the input file is never changed, and when refused nothing is written;
 * - no text of the input becomes a formula in the output (the report sheets hold no formula at all);
 * - the same input gives the same bytes (checked on a few cases: the run is the expensive part).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { KODE_KELUAR } from '../../src/cli/laporan';
import { CONTOH, folderSementara, isiFolder, jalankanCli, sidik } from './bantu';

/** Hostile cell values (each class of issue 17). */
const NILAI_BERMUSUHAN = fc.oneof(
  fc.constantFrom<ExcelJS.CellValue>(
    1e308,
    -1e308,
    1e15 + 2,
    Number.MIN_VALUE,
    0,
    -0,
    '9'.repeat(400),
    'Infinity',
    'NaN',
    '-Infinity',
    '10.950 Rp',
    'sebelas ribu',
    '11,897,548,816',
    '13.157.342.97,-',
    { error: '#DIV/0!' } as ExcelJS.CellErrorValue,
    { error: '#N/A' } as ExcelJS.CellErrorValue,
    '=HYPERLINK("http://contoh.invalid","klik")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\u001b]0;judul jendela\u0007',
    '\u001b[2J\u001b[H',
    '\u009b31m',
    'x'.repeat(40_000),
    '',
    ' ',
  ),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 30 }),
);

/** Every cell of the sample's LKIP_ ranges (the inputs a user types), in workbook order. */
async function selMasukan(): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CONTOH);
  const sel: string[] = [];
  for (const n of wb.definedNames.model) {
    if (!n.name.startsWith('LKIP_')) continue;
    for (const r of n.ranges) {
      const m = /!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(r);
      if (!m) continue;
      const k0 = m[1]!.charCodeAt(0) - 64;
      const k1 = (m[3] ?? m[1]!).charCodeAt(0) - 64;
      for (let b = Number(m[2]); b <= Number(m[4] ?? m[2]); b++) {
        for (let k = k0; k <= k1; k++) sel.push(`${String.fromCharCode(64 + k)}${b}`);
      }
    }
  }
  return sel;
}

/** A raw control character (C0 except newline and tab, DEL, C1): what a terminal would act on. */
// eslint-disable-next-line no-control-regex -- these characters are what the test looks for
const KENDALI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('runner, fuzz: masukan bermusuhan di sel acak', () => {
  let folder: string;
  let asli: Buffer;
  let sel: string[];

  beforeAll(async () => {
    folder = await folderSementara('lkip-fuzz-');
    asli = await fs.readFile(CONTOH);
    sel = await selMasukan();
    expect(sel.length).toBeGreaterThan(200); // the sample's inputs: indicators, scales, prices, budget
  });

  test('kode terdokumentasi, tanpa jejak tumpukan atau karakter kendali, masukan utuh, tanpa rumus dari masukan', async () => {
    const perubahan = fc.array(fc.tuple(fc.nat(), NILAI_BERMUSUHAN), { minLength: 1, maxLength: 4 });
    let ke = 0;
    const kode = new Set<number>();
    await fc.assert(
      fc.asyncProperty(perubahan, async (ubah) => {
        ke++;
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(asli as unknown as ExcelJS.Buffer);
        const ws = wb.getWorksheet('Data LKIP')!;
        for (const [i, v] of ubah) ws.getCell(sel[i % sel.length]!).value = v;
        const nama = `f${ke}.xlsx`;
        const masukan = path.join(folder, nama);
        await wb.xlsx.writeFile(masukan);
        const sebelum = await sidik(masukan);

        const r = await jalankanCli([nama, '--json'], folder);
        kode.add(r.kode);
        expect([KODE_KELUAR.sukses, KODE_KELUAR.ditolak]).toContain(r.kode);
        expect(r.galat).not.toMatch(/\n\s+at |tak terduga|RangeError|TypeError/);
        expect(r.galat).not.toMatch(KENDALI);
        expect(r.keluaran).not.toMatch(KENDALI);
        expect(await sidik(masukan)).toBe(sebelum);
        const keluar = path.join(folder, `f${ke}-laporan.xlsx`);
        if (r.kode !== KODE_KELUAR.sukses) {
          expect((await isiFolder(folder)).includes(`f${ke}-laporan.xlsx`)).toBe(false);
          return;
        }
        // JSON.parse gives finite numbers only; a NaN or Infinity would have been written as a word.
        expect(r.keluaran).not.toMatch(/:\s*-?(NaN|Infinity)\b/);
        JSON.parse(r.keluaran);
        // The input holds these texts as text (ExcelJS writes a string value as a string): no sheet of the
        // output, the report's included, may hold them as a formula.
        const zip = await JSZip.loadAsync(await fs.readFile(keluar));
        for (const f of Object.keys(zip.files).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
          const rumus = [...(await zip.file(f)!.async('string')).matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]);
          expect(rumus.filter((x) => /HYPERLINK|^1\+1$|^2\+3$|SUM\(A1\)/.test(x ?? ''))).toEqual([]);
        }
        if (ke <= 5) {
          const lagi = await jalankanCli([nama, '--out', `ulang${ke}.xlsx`], folder);
          expect(lagi.kode).toBe(KODE_KELUAR.sukses);
          expect(await sidik(path.join(folder, `ulang${ke}.xlsx`))).toBe(await sidik(keluar));
          await fs.rm(path.join(folder, `ulang${ke}.xlsx`));
        }
        await fs.rm(keluar);
        await fs.rm(masukan);
      }),
      { seed: 1717, numRuns: 60 },
    );
    // Both outcomes were reached: the fuzz exercised the refusals and the written reports alike.
    expect([...kode].sort()).toEqual([KODE_KELUAR.sukses, KODE_KELUAR.ditolak].sort());
  }, 180_000);
});
