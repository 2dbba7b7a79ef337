/**
 * Issue 15, printed: LibreOffice (default settings, its own profile) prints the runner's output for the bundled
 * sample to PDF, and the report reads as a printed LKIP: the capaian table's columns on one page, the title rows
 * and the footer (instansi, year, "Halaman n dari m") on every page of the report, the charts drawn, and far
 * fewer pages than the 15 the "Laporan LKIP" sheet took without a page setup (28 for the whole workbook).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { bacaFixture, folderSementara, jalankanCli, type Fixture } from './bantu';
import { halamanKePng, konversiSoffice, teksHalamanPdf } from './soffice';

let folder: string;
let halaman: string[];
let fixture: Fixture;

const JUDUL = 'LAPORAN KINERJA INSTANSI PEMERINTAH (LKIP)';
/** Pages of the "Laporan LKIP" sheet: its title rows are repeated on each (print titles). */
const halamanLaporan = () => halaman.filter((h) => h.includes(JUDUL));

beforeAll(async () => {
  fixture = await bacaFixture();
  folder = await folderSementara('lkip-cetak-');
  const { kode } = await jalankanCli(['--out', 'laporan.xlsx'], folder);
  expect(kode).toBe(0);
  konversiSoffice(path.join(folder, 'laporan.xlsx'), 'pdf', path.join(folder, 'pdf'));
  halaman = teksHalamanPdf(path.join(folder, 'pdf', 'laporan.pdf'));
}, 240_000);

describe('LibreOffice mencetak hasil runner ke PDF', () => {
  test('kolom tabel capaian pada satu halaman: Indikator Kinerja, Realisasi, Kategori, Keterangan', () => {
    const judul = `Capaian Kinerja Tahun ${fixture.tahun}`;
    const h = halaman.find((x) => x.includes(judul));
    if (h === undefined) throw new Error(`tidak ada halaman PDF yang memuat "${judul}"`);
    for (const kolom of ['Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Kategori', 'Keterangan']) {
      expect(h).toContain(kolom);
    }
    // and the rows with them: indicator 1's realisasi, capaian and kategori on that same page
    expect(h).toMatch(/44[.,]32.*88[.,]64 ?%.*Sangat Berhasil/);
    expect(h).toMatch(/RATA-RATA CAPAIAN.*81[.,]44 ?%.*Berhasil/);
  });

  test('jauh lebih sedikit halaman: laporan paling banyak 8 (dulu 15), seluruh buku kerja paling banyak 20 (dulu 28)', () => {
    // The whole workbook: the input sheet (9 pages, its own print settings), the report, Verifikasi and the
    // "Narasi LKIP" sheet (one row per indicator, with the analysis sentences: about 3 pages).
    expect(halamanLaporan().length).toBeGreaterThanOrEqual(3);
    expect(halamanLaporan().length).toBeLessThanOrEqual(8);
    expect(halaman.length).toBeLessThanOrEqual(20);
  });

  test('setiap halaman laporan: judul, instansi dan tahun di atas (judul cetak); instansi, halaman dan tahun di kaki', () => {
    const total = halaman.length;
    for (const h of halamanLaporan()) {
      expect(h).toContain(fixture.instansi);
      expect(h).toMatch(new RegExp(`Halaman \\d+ dari ${total}`));
      expect(h).toContain(`LKIP Tahun ${fixture.tahun}`);
    }
  });

  test('grafik tergambar: judulnya tampil dua kali (keterangan di sel dan judul di dalam grafik), dengan sumbu persen', () => {
    for (const judul of [
      `Grafik Capaian Kinerja per Indikator Tahun ${fixture.tahun} terhadap Target 100%`,
      'Grafik Kenaikan/Penurunan Harga Kebutuhan Pokok',
      'Grafik Kenaikan/Penurunan Harga Barang Penting',
    ]) {
      const h = halaman.find((x) => x.includes(judul));
      expect({ judul, kali: h?.split(judul).length }).toEqual({ judul, kali: 3 });
      expect(h).toMatch(/\s20 %.*\s40 %/); // the value axis of the chart
    }
  });

  test('lembar Verifikasi: kepala kolom dan kaki halaman', () => {
    const v = halaman.filter((h) => h.includes('VERIFIKASI LAPORAN LKIP'));
    expect(v.length).toBeGreaterThanOrEqual(1);
    expect(v[0]).toMatch(/ID\s+Tingkat\s+Lokasi\s+Pesan/);
    expect(v[0]).toContain(`LKIP Tahun ${fixture.tahun}`);
  });

  test('halaman pertama laporan dapat dilihat sebagai PNG (pdftoppm)', async () => {
    const n = halaman.findIndex((h) => h.includes(JUDUL)) + 1;
    const png = path.join(folder, 'laporan-1');
    halamanKePng(path.join(folder, 'pdf', 'laporan.pdf'), n, png);
    const data = await fs.readFile(`${png}.png`);
    expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(data.length).toBeGreaterThan(20_000);
  });
});
