/**
 * docs/pemeriksaan.md documents the Verifikasi checks; KODE_TEMUAN (src/report/idTemuan.ts) is the code's list of
 * them, and idTemuan accepts only its codes. This test keeps the page and the list equal (every code documented,
 * every documented code real, the same levels) and checks the list against the engine's findings on the source
 * document's workbook (LKIP Disperindag NTT 2021).
 */
import fs from 'fs';
import path from 'path';
import { jalankanLaporan, KODE_TEMUAN } from '../../src/report';
import { bukuKerjaDokumen } from './contohDokumen';

const HALAMAN = path.resolve(__dirname, '../../docs/pemeriksaan.md');
const KEPALA = '| ID | Tingkat | Kapan | When |';

/** Cells of a Markdown table row; `\|` inside a cell is not a separator. */
const selBaris = (b: string): string[] =>
  b
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((s) => s.trim());

/** Code → levels of every row of every check table on the page ("| `CAPAIAN-TERTULIS:<indikator>` | info / galat | …"). */
function kodeHalaman(): Map<string, string[]> {
  const baris = fs.readFileSync(HALAMAN, 'utf8').split('\n');
  const hasil = new Map<string, string[]>();
  let tabel = 0;
  for (let i = 0; i < baris.length; i++) {
    if (baris[i] !== KEPALA) continue;
    tabel++;
    expect(baris[i + 1]).toBe('|---|---|---|---|');
    for (const b of baris.slice(i + 2)) {
      if (!b.startsWith('|')) break;
      const [id, tingkat] = selBaris(b);
      const kode = /^`([A-Z]+(?:-[A-Z]+)*)[:`]/.exec(id!)?.[1];
      if (kode === undefined) throw new Error(`kolom ID tidak terbaca: ${id}`);
      if (hasil.has(kode)) throw new Error(`kode ${kode} tercantum dua kali`);
      hasil.set(kode, tingkat!.split(' / '));
    }
  }
  expect(tabel).toBe(3);
  return hasil;
}

test('every code of KODE_TEMUAN is documented in docs/pemeriksaan.md, and every documented code exists', () => {
  const halaman = [...kodeHalaman().keys()].sort();
  expect(halaman).toEqual(Object.keys(KODE_TEMUAN).sort());
});

test('the page gives each code the levels the list allows', () => {
  const halaman = Object.fromEntries([...kodeHalaman()].map(([k, t]) => [k, [...t].sort()]));
  const kode = Object.fromEntries(Object.entries(KODE_TEMUAN).map(([k, t]) => [k, [...t].sort()]));
  expect(halaman).toEqual(kode);
});

test("the source document's findings have listed codes and allowed levels (and cover the document's cases)", async () => {
  const h = await jalankanLaporan(bukuKerjaDokumen());
  expect(h.status).toBe('ditulis');
  const temuan = h.temuan;
  expect(temuan.length).toBeGreaterThan(5);
  const kode = new Set<string>();
  for (const t of temuan) {
    const k = t.id!.split(':')[0]! as keyof typeof KODE_TEMUAN;
    expect(KODE_TEMUAN).toHaveProperty([k]);
    expect(KODE_TEMUAN[k] as readonly string[]).toContain(t.tingkat);
    kode.add(k);
  }
  // The document: indicators 2 and 8 not measured, one target NA, capped capaian, rounded printed prices, the
  // misprinted APBD total "13.157.342.97,-".
  expect([...kode]).toEqual(
    expect.arrayContaining(['TIDAK-DIUKUR', 'TARGET-NA', 'DIBATASI', 'HARGA-TERTULIS', 'ANGGARAN-TOTAL']),
  );
});
