/**
 * docs/kontrak.md shows users the contract's table; src/report/kontrak/daftar.ts is that table in code. This test
 * keeps them equal (names and prefixes, shapes, required marks, in the same order): it fails when a row is added,
 * removed or changed on one side only.
 */
import fs from 'fs';
import path from 'path';
import { DAFTAR_NAMA } from '../../src/report';

const HALAMAN = path.resolve(__dirname, '../../docs/kontrak.md');
const KEPALA = '| Nama / Name | Bentuk / Shape | Isi / Content |';

interface BarisDokumen {
  readonly nama: string;
  readonly wajib: boolean;
  readonly bentuk: string;
}

/** The rows of the contract table in the page: "| `LKIP_Target` **wajib** | n×1 | … |". */
function barisDokumen(): BarisDokumen[] {
  const baris = fs.readFileSync(HALAMAN, 'utf8').split('\n');
  const awal = baris.indexOf(KEPALA);
  expect(awal).toBeGreaterThanOrEqual(0);
  expect(baris[awal + 1]).toBe('|---|---|---|');
  const hasil: BarisDokumen[] = [];
  for (const b of baris.slice(awal + 2)) {
    if (!b.startsWith('|')) break;
    const sel = b.split('|').map((s) => s.trim());
    const cocok = /^`([^`]+)`( \*\*wajib\*\*)?$/.exec(sel[1]!);
    if (!cocok) throw new Error(`kolom nama tidak terbaca: ${sel[1]}`);
    hasil.push({ nama: cocok[1]!, wajib: cocok[2] !== undefined, bentuk: sel[2]! });
  }
  return hasil;
}

/** The code's table as the page writes it: a prefix with its placeholder (LKIP_Harga_<Grup>). */
const barisKode = (): BarisDokumen[] =>
  DAFTAR_NAMA.map((j) => ({
    nama: j.akhiran === undefined ? j.nama : `${j.nama}<${j.akhiran}>`,
    wajib: j.wajib,
    bentuk: j.bentuk.teks,
  }));

test('docs/kontrak.md lists exactly the contract of src/report/kontrak/daftar.ts: names, shapes, required, order', () => {
  expect(barisDokumen()).toEqual(barisKode());
});

test('the table is not trivially empty: the three required indicator columns and the 28 rows of today (22 before issue 14)', () => {
  const kode = barisKode();
  expect(kode).toHaveLength(28);
  expect(kode.filter((b) => b.wajib).map((b) => b.nama)).toEqual(['LKIP_Indikator', 'LKIP_Target', 'LKIP_Realisasi']);
});

test('README links to the page instead of repeating the table', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  expect(readme).not.toContain(KEPALA);
  expect(readme).toContain('(docs/kontrak.md)');
});
