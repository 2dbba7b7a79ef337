/**
 * docs/deteksi.md lists the vocabulary for users; the vocabulary itself lives in one place (kosakata.ts).
 * Every phrase of it must be on the page, so the page cannot fall behind the code.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KATA_PENUTUP, KOSAKATA_KEPALA, LABEL_PENGATURAN, SUMBER_ANGGARAN } from '../../../src/report/deteksi';

const normal = (t: string) =>
  ` ${t
    .toLowerCase()
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()} `;

test('docs/deteksi.md mencantumkan setiap frasa kosakata, kata penutup, sumber anggaran dan label pengaturan', async () => {
  const halaman = normal(await fs.readFile(path.join(__dirname, '../../../docs/deteksi.md'), 'utf8'));
  const frasa = [
    ...KOSAKATA_KEPALA.flatMap((e) => [...(e.awal ?? []), ...(e.persis ?? [])]),
    ...KATA_PENUTUP,
    ...SUMBER_ANGGARAN,
    ...LABEL_PENGATURAN.tahun,
    ...LABEL_PENGATURAN.instansi,
  ];
  expect(frasa.length).toBeGreaterThan(150);
  expect(frasa.filter((f) => !halaman.includes(normal(f)))).toEqual([]);
});
