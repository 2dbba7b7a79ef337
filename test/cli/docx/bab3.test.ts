/**
 * BAB III as .docx (issue 15): `npm run report -- --docx` writes <name>.docx beside the output workbook; LibreOffice
 * converts it to PDF and the text holds the document's figures (81,44 Berhasil, 19,77, 97,32) and indicator 1's
 * narrative with 88,64; the chart is in the package as a PNG. An author's edited narrative replaces the draft.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { CONTOH, barisTeks, bacaBuku, folderSementara, isiFolder, jalankanCli } from '../bantu';
import { konversiLibreOffice } from '../libreOffice';
import { isiSel } from '../selPaket';

const INDIKATOR_1 = 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online';
const TEKS_PENULIS =
  'Sebanyak 39 pelaku usaha dari 88 pelaku usaha telah terintegrasi secara elektronik melalui OSS (teks penulis).';

let folder: string;
let galat: string;
let teksPdf: string;

/** Text of a PDF as laid out (a table row on one line), whitespace folded to single spaces. */
function teksDari(pdf: string): string {
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout.replace(/\s+/g, ' ');
}

beforeAll(async () => {
  folder = await folderSementara('lkip-docx-');
  const hasil = await jalankanCli(['--out', 'laporan.xlsx', '--docx'], folder);
  expect(hasil.kode).toBe(0);
  galat = hasil.galat;
  konversiLibreOffice(path.join(folder, 'laporan.docx'), 'pdf', path.join(folder, 'pdf'));
  teksPdf = teksDari(path.join(folder, 'pdf', 'laporan.pdf'));
}, 240_000);

describe('npm run report -- --docx', () => {
  test('writes laporan.docx beside laporan.xlsx and says where', async () => {
    expect((await isiFolder(folder)).filter((b) => !b.startsWith('pdf'))).toEqual(['laporan.docx', 'laporan.xlsx']);
    expect(galat).toContain(`BAB III ditulis ke ${path.join(folder, 'laporan.docx')}`);
  });

  test('LibreOffice reads it: 81,44 % Berhasil, 19,77, 97,32, Rp 13.157.342.972 and indicator 1 with 88,64', () => {
    expect(teksPdf).toContain('mencapai 81,44 % yang artinya masuk dalam kategori Berhasil');
    expect(teksPdf).toMatch(/RATA-RATA CAPAIAN 81,44 % Berhasil/);
    expect(teksPdf).toContain('19,77');
    expect(teksPdf).toContain('97,32');
    expect(teksPdf).toContain('Rp 13.157.342.972');
    expect(teksPdf).toContain(
      `Capaian indikator ${INDIKATOR_1} pada tahun 2021 sebesar 88,64 % dengan kategori Sangat Berhasil.`,
    );
    expect(teksPdf).toContain('realisasi 39 / 88 × 100% = 44,32%');
  });

  test('tables numbered as the document: 3.1 the scale, 3.2 capaian, one "Pencapaian Kinerja Indikator n" each, prices, budget', () => {
    expect(teksPdf).toContain('Tabel 3.1 Skala Pengukuran Capaian Kinerja Tahun 2021');
    expect(teksPdf).toContain('Tabel 3.2 Capaian Kinerja Tahun 2021');
    expect(teksPdf).toContain('Tabel 3.3 Pencapaian Kinerja Indikator 1');
    expect(teksPdf).toContain('Perbandingan Kenaikan/Penurunan Harga Kebutuhan Pokok');
    expect(teksPdf).toContain('Skala Pencapaian Kinerja Indikator 3');
    expect(teksPdf).toMatch(/Tabel 3\.\d+ Kenaikan Harga Gabungan/);
    expect(teksPdf).toMatch(/\(12,76 \+ 26,77\) \/ 2 = 19,77 19,77 %/);
    expect(teksPdf).toMatch(/Tabel 3\.\d+ Alokasi dan Realisasi Anggaran Program\/Kegiatan TA 2021/);
    const nomor = [...teksPdf.matchAll(/Tabel 3\.(\d+) /g)].map((m) => Number(m[1]));
    expect(nomor).toEqual(nomor.map((_, i) => i + 1)); // 1, 2, 3, … in order, none skipped
    expect(teksPdf.match(/Tabel 3\.\d+ Pencapaian Kinerja Indikator \d+/g)).toHaveLength(11);
  });

  test('the charts are in the package as PNGs: capaian per indicator (100 % line in red), price change per item per group', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(folder, 'laporan.docx')));
    const media = Object.keys(zip.files).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(3);
    const png = await Promise.all(media.map((m) => zip.file(m)!.async('nodebuffer')));
    for (const p of png) expect(p.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Heights: one 46-pixel row per indicator (11) or per item (23 staples, 9 important goods).
    const ukuran = png.map((p) => [p.readUInt32BE(16), p.readUInt32BE(20)]).sort((a, b) => a[1]! - b[1]!);
    expect(ukuran).toEqual([
      [1100, 20 + 9 * 46 + 50],
      [1100, 20 + 11 * 46 + 50],
      [1100, 20 + 23 * 46 + 50],
    ]);
    const dokumen = await zip.file('word/document.xml')!.async('string');
    expect(dokumen).toContain('Gambar 3.1 Capaian Kinerja per Indikator Tahun 2021');
    expect(dokumen).toContain(
      'Gambar 3.2 Perubahan Harga Kebutuhan Pokok Tahun 2021 per Barang (nomor seperti Tabel 3.5; garis merah: rata-rata 12,76 %)',
    );
    // Decode the capaian chart's pixels (one IDAT, filter 0 rows) and find the red of the 100 % line.
    const capaian = png.find((p) => p.readUInt32BE(20) === 20 + 11 * 46 + 50)!;
    const mentah = inflateSync(capaian.subarray(33 + 8, 33 + 8 + capaian.readUInt32BE(33)));
    let merah = 0;
    for (let i = 0; i < mentah.length - 2; i++) if (mentah[i] === 0xc0 && mentah[i + 1] === 0 && mentah[i + 2] === 0) merah++;
    expect(merah).toBeGreaterThan(100);
  });

  test("an author's edited narrative replaces the draft in BAB III", async () => {
    const baris = barisTeks((await bacaBuku(path.join(folder, 'laporan.xlsx'))).getWorksheet('Narasi LKIP')!);
    const kepala = baris.findIndex((b) => b.includes('ID') && b.includes('Narasi penulis'));
    const kolom = baris[kepala]!.indexOf('Narasi penulis');
    const r = baris.findIndex((b) => typeof b[0] === 'string' && b[0].startsWith('NARASI:cakupan-'));
    const alamat = `${String.fromCharCode(65 + kolom)}${r + 1}`;
    await isiSel(path.join(folder, 'laporan.xlsx'), path.join(folder, 'disunting.xlsx'), 'Narasi LKIP', alamat, TEKS_PENULIS);
    expect((await jalankanCli(['disunting.xlsx', '--out', 'kedua.xlsx', '--docx'], folder)).kode).toBe(0);
    const dokumen = await (
      await JSZip.loadAsync(await fs.readFile(path.join(folder, 'kedua.docx')))
    )
      .file('word/document.xml')!
      .async('string');
    expect(dokumen).toContain(TEKS_PENULIS);
    expect(dokumen).not.toContain(`Capaian indikator ${INDIKATOR_1} pada tahun 2021`);
    expect(dokumen).toContain(
      'Capaian indikator Persentase Penurunan Pelanggaran Ijin Usaha Industri pada tahun 2021 sebesar 22,86 %',
    );
  });

  test('several inputs: each output workbook gets its own .docx beside it; a refused input gets neither', async () => {
    const lain = await folderSementara('lkip-docx-banyak-');
    await fs.copyFile(CONTOH, path.join(lain, 'a.xlsx'));
    await fs.copyFile(CONTOH, path.join(lain, 'b.xlsx'));
    await fs.writeFile(path.join(lain, 'rusak.xlsx'), 'bukan xlsx');
    const { kode } = await jalankanCli(['a.xlsx', 'rusak.xlsx', 'b.xlsx', '--out', 'hasil', '--docx'], lain);
    expect(kode).toBe(1);
    expect(await isiFolder(path.join(lain, 'hasil'))).toEqual([
      'a-laporan.docx',
      'a-laporan.xlsx',
      'b-laporan.docx',
      'b-laporan.xlsx',
    ]);
  }, 120_000);
});
