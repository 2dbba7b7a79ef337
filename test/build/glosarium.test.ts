/**
 * docs/glosarium.md is the list of words the code's names are made of. This test keeps it honest both ways:
 * every word it lists is used in a name in src/, and every word used in many names in src/ (AMBANG distinct
 * identifiers or more) is listed, unless it is English or a library's (BUKAN_KATA_PROYEK). A new Indonesian word
 * that spreads through the code fails here until the glossary says what it means.
 */
import fs from 'fs';
import path from 'path';

const AKAR = path.resolve(__dirname, '../..');
const HALAMAN = path.join(AKAR, 'docs', 'glosarium.md');

/** A stem in this many distinct identifiers of src/ must be in the glossary. */
const AMBANG = 10;

/**
 * Frequent stems that are not the project's words: English (JavaScript, DOM, Office.js, React, Node, zip and XML
 * APIs, the names they give us), written as the libraries write them.
 */
const BUKAN_KATA_PROYEK = new Set(['get', 'is', 'on', 'to', 'props', 'xml', 'excel', 'handler', 'file', 'type', 'set']);

interface Kata {
  readonly jumlah: number;
  readonly contoh: readonly string[];
}

function berkasTs(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(folder, e.name);
    if (e.isDirectory()) return berkasTs(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Identifiers of a source file: comments, strings and template literals removed first. */
function pengenal(sumber: string): string[] {
  const tanpa = sumber
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, ' ');
  return tanpa.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) ?? [];
}

/** "bacaNamaLkip" → baca, nama, lkip; "AWALAN_HARGA_HARIAN" → awalan, harga, harian; "KVKomoditas" → kv, komoditas. */
const pecah = (id: string): string[] =>
  (id.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []).map((b) => b.toLowerCase()).filter((b) => b.length > 1);

/** Stem → the number of distinct identifiers of src/ it is part of (and a few of them). */
function kataKode(): Map<string, Kata> {
  const semua = new Set(berkasTs(path.join(AKAR, 'src')).flatMap((f) => pengenal(fs.readFileSync(f, 'utf8'))));
  const hasil = new Map<string, string[]>();
  for (const id of semua) for (const k of new Set(pecah(id))) hasil.set(k, [...(hasil.get(k) ?? []), id]);
  return new Map([...hasil].map(([k, ids]) => [k, { jumlah: ids.length, contoh: ids.sort().slice(0, 3) }]));
}

/** The words of the glossary: every `word` in the first column of its tables ("| `baca`, `tulis` | …"). */
function kataGlosarium(): string[] {
  const kata: string[] = [];
  for (const b of fs.readFileSync(HALAMAN, 'utf8').split('\n')) {
    if (!b.startsWith('| `')) continue;
    const sel = b.split('|')[1]!;
    for (const m of sel.matchAll(/`([^`]+)`/g)) kata.push(m[1]!.toLowerCase());
  }
  return kata;
}

const kode = kataKode();
const glosarium = kataGlosarium();

test('the glossary lists the code words and the domain words (not trivially short)', () => {
  expect(glosarium.length).toBeGreaterThanOrEqual(80);
  expect(glosarium).toEqual(expect.arrayContaining(['batas', 'tepi', 'ambang', 'kuota', 'bita', 'bawaan', 'maks']));
  expect(new Set(glosarium).size).toBe(glosarium.length);
});

test('every word of the glossary is part of a name in src/', () => {
  expect(glosarium.filter((k) => !kode.has(k))).toEqual([]);
});

test(`every stem used in ${AMBANG} or more names in src/ is in the glossary (or is English / a library's)`, () => {
  const tercantum = new Set(glosarium);
  const hilang = [...kode]
    .filter(([k, { jumlah }]) => jumlah >= AMBANG && !tercantum.has(k) && !BUKAN_KATA_PROYEK.has(k))
    .map(([k, { jumlah, contoh }]) => `${k} (${jumlah}: ${contoh.join(', ')})`);
  expect(hilang).toEqual([]);
});

test('the English exceptions are still frequent (a stale exception hides nothing)', () => {
  const jarang = [...BUKAN_KATA_PROYEK].filter((k) => (kode.get(k)?.jumlah ?? 0) < AMBANG);
  expect(jarang).toEqual([]);
});
