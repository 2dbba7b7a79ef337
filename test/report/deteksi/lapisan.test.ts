/**
 * The detector is part of the pure report layer: both faces (Office.js pane, Node runner) share it, so it
 * imports only the core, the sheet model and A1 addresses, the contract's names and its own files.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const FOLDER = path.join(__dirname, '../../../src/report/deteksi');
const BOLEH = new Set(['../../core', '../buku/alamat', '../lembar', '../kontrak', '../port']);

test('src/report/deteksi hanya mengimpor core, lembar, kontrak, port dan berkasnya sendiri (tanpa Office, React, Node, ExcelJS)', async () => {
  const berkas = (await fs.readdir(FOLDER)).filter((f) => f.endsWith('.ts'));
  expect(berkas.length).toBeGreaterThan(5);
  const asing: string[] = [];
  const terlihat = new Set<string>();
  for (const f of berkas) {
    const isi = await fs.readFile(path.join(FOLDER, f), 'utf8');
    for (const m of isi.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const asal = m[1]!;
      terlihat.add(asal);
      if (!asal.startsWith('./') && !BOLEH.has(asal)) asing.push(`${f}: ${asal}`);
    }
    if (/\b(Office|Excel|require|process|document|window)\./.test(isi.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) {
      asing.push(`${f}: global Office/Node/DOM`);
    }
  }
  expect(asing).toEqual([]);
  expect([...terlihat].filter((a) => BOLEH.has(a)).sort()).toEqual(['../../core', '../buku/alamat', '../kontrak', '../lembar', '../port']);
});
