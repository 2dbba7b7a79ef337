/**
 * An independent spreadsheet application opens the runner's output: LibreOffice converts every sheet
 * to CSV "as shown" (formatted text), and the document's figures and category labels are there as
 * displayed text, with no error cells. LibreOffice runs with its own profile (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { folderSementara, isiFolder, jalankanCli } from './bantu';

/**
 * CSV filter options: comma, double quote, UTF-8, from line 1, (no column types), language, quoted as text off,
 * detect numbers on, save cell contents AS SHOWN on, formulas off, no trimming, sheet -1 = every sheet to its own file.
 */
const FILTER_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** A number as LibreOffice may display it in any locale: 81,44 or 81.44. */
const angka = (teks: string) => teks.replace(/[.,]/g, '[.,]');

let lembar: Map<string, string>;

beforeAll(async () => {
  const folder = await folderSementara('lkip-lo-');
  const { kode } = await jalankanCli(['--out', 'laporan.xlsx'], folder);
  expect(kode).toBe(0);
  const profil = `file://${path.join(folder, 'profil-lo')}`;
  const r = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=${profil}`,
      '--convert-to',
      FILTER_CSV,
      '--outdir',
      path.join(folder, 'csv'),
      path.join(folder, 'laporan.xlsx'),
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.error) throw new Error(`LibreOffice (soffice) tidak dapat dijalankan: ${r.error.message}`);
  expect(r.status).toBe(0);
  lembar = new Map();
  for (const berkas of await isiFolder(path.join(folder, 'csv'))) {
    const nama = /^laporan-(.+)\.csv$/.exec(berkas)?.[1];
    if (nama) lembar.set(nama, await fs.readFile(path.join(folder, 'csv', berkas), 'utf8'));
  }
}, 240_000);

function baris(namaLembar: string, awal: string): string {
  const isi = lembar.get(namaLembar);
  if (isi === undefined) throw new Error(`lembar ${namaLembar} tidak diekspor`);
  const b = isi.split('\n').find((l) => l.replace(/^"/, '').startsWith(awal));
  if (b === undefined) throw new Error(`baris "${awal}" tidak ada di ${namaLembar}`);
  return b;
}

describe('LibreOffice membuka hasil runner', () => {
  test('keempat lembar terbaca', () => {
    expect([...lembar.keys()].sort()).toEqual(['Data LKIP', 'Laporan LKIP', 'Narasi LKIP', 'Verifikasi']);
  });

  test('rata-rata capaian 81,44 % dengan kategori Berhasil, seperti tampil', () => {
    const rata = baris('Laporan LKIP', 'RATA-RATA CAPAIAN');
    expect(rata).toMatch(new RegExp(`,${angka('81,44')} ?%,Berhasil,`));
  });

  test('capaian per indikator dan kategorinya tampil', () => {
    expect(baris('Laporan LKIP', '1,Cakupan Penerapan')).toMatch(
      new RegExp(`,${angka('44,32')},${angka('88,64')} ?%,Sangat Berhasil,`),
    );
    expect(baris('Laporan LKIP', '3,Persentase Kenaikan Harga')).toMatch(
      new RegExp(`,${angka('19,77')},${angka('75,00')} ?%,Berhasil,`),
    );
    expect(baris('Laporan LKIP', '9,Pertumbuhan industri')).toMatch(
      new RegExp(`,${angka('1,08')},${angka('96,43')} ?%,Sangat Berhasil,`),
    );
    expect(baris('Laporan LKIP', '10,Persentase Penurunan Pelanggaran')).toMatch(
      new RegExp(`,${angka('11,43')},${angka('22,86')} ?%,Belum Berhasil,`),
    );
    expect(baris('Laporan LKIP', '2,Persentase peningkatan cakupan')).toContain('tidak diukur');
  });

  test('harga 12,76 dan 26,77, gabungan 19,77 → 75; serapan 97,32', () => {
    const laporan = lembar.get('Laporan LKIP')!;
    const rata = laporan.split('\n').filter((l) => l.startsWith('Rata-rata,'));
    expect(rata[0]).toMatch(new RegExp(`${angka('12,76')} ?%`));
    expect(rata[1]).toMatch(new RegExp(`${angka('26,77')} ?%`));
    expect(baris('Laporan LKIP', 'Rata-rata kenaikan harga')).toMatch(new RegExp(`${angka('19,77')} ?%`));
    expect(baris('Laporan LKIP', 'Capaian menurut skala inflasi')).toMatch(new RegExp(`${angka('75,00')} ?%`));
    expect(baris('Laporan LKIP', 'Jumlah')).toMatch(new RegExp(`${angka('97,32')} ?%`));
  });

  test('lembar Verifikasi menampilkan temuan dan kolom reviewer', () => {
    expect(baris('Verifikasi', 'ID,')).toBe('ID,Tingkat,Lokasi,Pesan,Status,Catatan reviewer');
    expect(lembar.get('Verifikasi')).toMatch(/ANGGARAN-TOTAL:lkip-anggaran:[^,]*,galat,/);
    expect(lembar.get('Verifikasi')!.match(/^HARGA-TERTULIS:[^,]*,info,/gm)).toHaveLength(3);
  });

  test('lembar masukan: realisasi turunan (rumus) dihitung, 39/88×100 tampil 44,32', () => {
    expect(baris('Data LKIP', '1,Cakupan Penerapan')).toMatch(new RegExp(`,${angka('44,32')},${angka('100,00')},positif,`));
    expect(baris('Data LKIP', '9,Pertumbuhan industri')).toMatch(new RegExp(`,${angka('1,08')},${angka('3,36')},positif,`));
  });

  test('tidak ada sel galat di lembar mana pun', () => {
    for (const [nama, isi] of lembar) {
      expect({ nama, galat: isi.match(/Err:\d+|#VALUE!|#NAME\?|#REF!|#DIV\/0!|#N\/A|#NUM!/g) }).toEqual({ nama, galat: null });
    }
  });
});
