/**
 * README stays short (issue 13): what the add-in is, the two commands, pictures, sideloading, the functions table,
 * the contract in brief and links; everything else lives in docs/. The pictures it shows are in the repository.
 */
import fs from 'fs';
import path from 'path';

const AKAR = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(AKAR, 'README.md'), 'utf8');

/** Most lines the README may have. */
const BARIS_MAKS = 250;

test(`README.md has at most ${BARIS_MAKS} lines`, () => {
  expect(README.split('\n').length).toBeLessThanOrEqual(BARIS_MAKS);
});

test('README starts with the two commands', () => {
  const awal = README.indexOf('```sh');
  expect(awal).toBeGreaterThan(0);
  expect(README.indexOf('## ')).toBeLessThan(awal);
  const blok = README.slice(awal, README.indexOf('```', awal + 5));
  expect(blok).toContain('npm ci && npm run report');
  expect(blok).toContain('npm test');
});

test('every picture README shows exists and is a PNG', () => {
  const gambar = [...README.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
  expect(gambar).toEqual(['docs/gambar/laporan-cetak.png', 'docs/gambar/bab3-docx.png', 'docs/gambar/panel.png']);
  for (const g of gambar) {
    const isi = fs.readFileSync(path.join(AKAR, g));
    expect(isi.subarray(1, 4).toString('latin1')).toBe('PNG');
  }
});
