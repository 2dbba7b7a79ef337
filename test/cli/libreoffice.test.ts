/**
 * An independent spreadsheet application opens the runner's output: LibreOffice converts every sheet
 * to CSV "as shown" (formatted text), and the document's figures and category labels are there as
 * displayed text, with no error cells. LibreOffice runs with its own profile (soffice.ts; .ci/run installs it).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PortPaketXlsx } from '../../src/cli/xlsx/portPaket';
import { rentangDariAlamat } from '../../src/report/deteksi';
import type { ModelLembar, NilaiSel } from '../../src/report/lembar';
import { susunContoh } from '../../src/sample';
import { folderSementara, isiFolder, jalankanCli } from './bantu';
import { konversiSoffice } from './soffice';

/**
 * CSV filter options: comma, double quote, UTF-8, from line 1, (no column types), language, quoted as text off,
 * detect numbers on, save cell contents AS SHOWN on, formulas off, no trimming, sheet -1 = every sheet to its own file.
 */
const FILTER_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** A number as LibreOffice may display it in any locale: 81,44 or 81.44. */
const angka = (teks: string) => teks.replace(/[.,]/g, '[.,]');

let lembar: Map<string, string>;
/** The sample with the two analysis names the document cannot fill (made-up figures), converted the same way. */
let lembarAnalisis: Map<string, string>;

/** LibreOffice converts every sheet of `xlsx` (in `folder`) to CSV as shown: sheet name → text. */
async function keCsv(folder: string, xlsx: string): Promise<Map<string, string>> {
  konversiSoffice(path.join(folder, xlsx), FILTER_CSV, path.join(folder, 'csv'));
  const hasil = new Map<string, string>();
  const awalan = xlsx.replace(/\.xlsx$/, '');
  for (const berkas of await isiFolder(path.join(folder, 'csv'))) {
    const nama = new RegExp(`^${awalan}-(.+)\\.csv$`).exec(berkas)?.[1];
    if (nama) hasil.set(nama, await fs.readFile(path.join(folder, 'csv', berkas), 'utf8'));
  }
  return hasil;
}

/**
 * The sample plus LKIP_Realisasi_2019, LKIP_Realisasi_2020 and LKIP_Standar_Nasional in columns O–Q of its indicator
 * rows. The figures are MADE UP (the document has no earlier years and no national standard): they only show the
 * two tables that the sample cannot.
 */
async function contohDenganAnalisis(jalur: string): Promise<void> {
  const { lembar: model, nama } = susunContoh();
  const indikator = rentangDariAlamat(nama.find((n) => n.nama === 'LKIP_Indikator')!.alamat)!;
  const tambahan: Record<number, readonly NilaiSel[]> = {
    [indikator.baris - 1]: ['Realisasi 2019', 'Realisasi 2020', 'Standar nasional'],
  };
  for (let i = 0; i < indikator.jumlahBaris; i++) tambahan[indikator.baris + i] = [40 + i, 'NA', i % 2 === 0 ? 50 : null];
  const lebar = <T>(b: readonly T[], i: number, isi: (j: number) => T): T[] => [...b, ...[0, 1, 2].map(isi)];
  const diperluas: ModelLembar = {
    ...model,
    nilai: model.nilai.map((b, i) => lebar(b, i, (j) => tambahan[i]?.[j] ?? null)),
    rumus: model.rumus!.map((b, i) => lebar(b, i, () => null)),
    formatAngka: model.formatAngka.map((b, i) => lebar(b, i, (j) => (typeof tambahan[i]?.[j] === 'string' ? '@' : null))),
    lebarKolom: [...model.lebarKolom, 14, 14, 14],
  };
  const port = await PortPaketXlsx.baru({ pembuat: 'LKIP Kinerja' });
  try {
    await port.tulisLembar(diperluas);
    for (const n of nama) await port.tetapkanNama(n.nama, n.lembar, n.alamat);
    const kolom = (k: string) => `$${k}$${indikator.baris + 1}:$${k}$${indikator.baris + indikator.jumlahBaris}`;
    await port.tetapkanNama('LKIP_Realisasi_2019', model.nama, kolom('O'));
    await port.tetapkanNama('LKIP_Realisasi_2020', model.nama, kolom('P'));
    await port.tetapkanNama('LKIP_Standar_Nasional', model.nama, kolom('Q'));
    await fs.writeFile(jalur, await port.keData());
  } finally {
    port.tutup();
  }
}

beforeAll(async () => {
  const folder = await folderSementara('lkip-lo-');
  const { kode } = await jalankanCli(['--out', 'laporan.xlsx'], folder);
  expect(kode).toBe(0);
  lembar = await keCsv(folder, 'laporan.xlsx');
  await contohDenganAnalisis(path.join(folder, 'analisis-masukan.xlsx'));
  const lagi = await jalankanCli(['analisis-masukan.xlsx', '--out', 'analisis.xlsx'], folder);
  expect(lagi.kode).toBe(0);
  lembarAnalisis = await keCsv(folder, 'analisis.xlsx');
}, 480_000);

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

  /** The CSV lines of the table under a caption (header first), up to the blank line after it. */
  function tabelDi(judul: string): string[] {
    const baris = lembar.get('Laporan LKIP')!.split('\n');
    const awal = baris.findIndex((l) => l.replace(/^"/, '').startsWith(judul));
    if (awal < 0) throw new Error(`tabel "${judul}" tidak ada`);
    const akhir = baris.findIndex((l, i) => i > awal && /^,*$/.test(l));
    return baris.slice(awal + 1, akhir);
  }

  test('issue 14: Capaian per Sasaran Strategis tampil (78,41 / 100 / 73,10, Tabel 2.7)', () => {
    const t = tabelDi('Capaian per Sasaran Strategis');
    expect(t[0]).toMatch(/^No,Sasaran Strategis,Indikator \(No\),Jumlah Diukur,Rata-rata Capaian,Kategori,Keterangan/);
    expect(t[1]).toMatch(new RegExp(`^1,Terjaganya kestabilan harga.*,4,${angka('78,41')} ?%,Berhasil,`));
    expect(t[2]).toMatch(new RegExp(`^2,Meningkatnya perlindungan konsumen.*,2,${angka('100,00')} ?%,Sangat Berhasil,`));
    expect(t[3]).toMatch(new RegExp(`^3,Menguatnya peran IKM.*,3,${angka('73,10')} ?%,Cukup Berhasil,`));
    expect(t[4]).toMatch(new RegExp(`^RATA-RATA CAPAIAN,.*,9,${angka('81,44')} ?%,Berhasil,`));
  });

  test('issue 14: Efisiensi Penggunaan Sumber Daya tampil, tanpa pembagian dengan nol', () => {
    const t = tabelDi('Efisiensi Penggunaan Sumber Daya');
    expect(t[0]).toMatch(/^No,Indikator Kinerja,Capaian,Serapan Anggaran,Efisiensi,Tingkat Efisiensi,Kategori,Keterangan/);
    // PK 1: 88,64 / 95,94 → 92,39 (−7,61); PK 9: 96,43 / 88,46 → 109,01; PK 2 (pagu 0): tidak dihitung
    const persen = (x: string) => `${angka(x)} ?%`;
    expect(t[1]).toMatch(
      new RegExp(`^1,Cakupan.*,${persen('88,64')},${persen('95,94')},${persen('92,39')},${persen('-7,61')},Tidak Efisien,`),
    );
    expect(t[2]).toMatch(/^2,Persentase peningkatan cakupan.*,tidak diukur,,tidak dihitung,,,tidak dihitung: pagu 0/);
    expect(t[9]).toMatch(
      new RegExp(
        `^9,Pertumbuhan industri.*,${persen('96,43')},${persen('88,46')},${persen('109,01')},${persen('9,01')},Efisien,`,
      ),
    );
  });

  test('issue 14: kolom Sisa menuju Target Akhir (100 − 44,32 = 55,68)', () => {
    expect(baris('Laporan LKIP', 'No,Indikator Kinerja,Satuan,Target')).toContain(
      'Capaian thd Target Akhir,Sisa menuju Target Akhir,',
    );
    expect(baris('Laporan LKIP', '1,Cakupan Penerapan')).toMatch(new RegExp(`,${angka('44,32')} ?%,${angka('55,68')},`));
  });

  test('tidak ada sel galat di lembar mana pun', () => {
    for (const [nama, isi] of lembar) {
      expect({ nama, galat: isi.match(/Err:\d+|#VALUE!|#NAME\?|#REF!|#DIV\/0!|#N\/A|#NUM!/g) }).toEqual({ nama, galat: null });
    }
  });
});

describe('LibreOffice: the multi-year table and the national standard (sample + made-up 2019, 2020, standard)', () => {
  /** The CSV lines of the table under a caption (header first), up to the blank line after it. */
  function tabelAnalisis(judul: string): string[] {
    const baris = lembarAnalisis.get('Laporan LKIP')!.split('\n');
    const awal = baris.findIndex((l) => l.replace(/^"/, '').startsWith(judul));
    if (awal < 0) throw new Error(`tabel "${judul}" tidak ada`);
    return baris.slice(
      awal + 1,
      baris.findIndex((l, i) => i > awal && /^,*$/.test(l)),
    );
  }

  test('Perbandingan Realisasi Beberapa Tahun: 2019, 2020, 2021 and membaik / memburuk', () => {
    const t = tabelAnalisis('Perbandingan Realisasi Beberapa Tahun');
    expect(t[0]).toMatch(/^No,Indikator Kinerja,Satuan,Realisasi 2019,Realisasi 2020,Realisasi 2021,Perkembangan,Keterangan/);
    // PK 1: 2019 = 40 (made up), 2020 NA (the document's Tahun Dasar), 2021 44,32 → membaik
    expect(t[1]).toMatch(new RegExp(`^1,Cakupan.*,${angka('40,00')},NA,${angka('44,32')},membaik,`));
    // PK 3 (price rise, negatif): 42 → 19,77 membaik
    expect(t[3]).toMatch(new RegExp(`^3,Persentase Kenaikan Harga.*,${angka('42,00')},NA,${angka('19,77')},membaik,`));
  });

  test('Standar Nasional column and its comparison shown', () => {
    const kepala = lembarAnalisis
      .get('Laporan LKIP')!
      .split('\n')
      .find((l) => l.startsWith('No,Indikator Kinerja,Satuan,Target'))!;
    expect(kepala).toContain(',Standar Nasional,Realisasi thd Standar Nasional,Keterangan');
    const pk1 = lembarAnalisis
      .get('Laporan LKIP')!
      .split('\n')
      .find((l) => l.startsWith('1,Cakupan'))!;
    // 44,32 against a (made-up) standard of 50, positif → lebih buruk
    expect(pk1).toMatch(new RegExp(`,${angka('50,00')},lebih buruk,`));
  });

  test('no error cell in any sheet', () => {
    for (const [nama, isi] of lembarAnalisis) {
      expect({ nama, galat: isi.match(/Err:\d+|#VALUE!|#NAME\?|#REF!|#DIV\/0!|#N\/A|#NUM!/g) }).toEqual({ nama, galat: null });
    }
  });
});
