/**
 * The runner on workbooks without LKIP_ names (issue 16): it refuses with exit 3 naming the table it found and
 * writes nothing; with --deteksi it uses the detected table, says which ranges, and the output carries the
 * names. The figures and findings must equal those of the same workbook with hand-made names (the ranges
 * below are written by hand from the layout, not taken from the detector). Golden values: LKIP Disperindag NTT
 * 2021 (test/fixtures/lkip-ntt-2021.json), e.g. indicator 1: 44,32 / 50 → 88,64.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PortPaketXlsx } from '../../src/cli/xlsx/portPaket';
import { alamatRentang } from '../../src/report/buku/alamat';
import { BATAS_SEL_DETEKSI } from '../../src/report/deteksi';
import type { LaporanJson } from '../../src/report/hasil';
import { bacaBuku, bacaFixture, folderSementara, isiFolder, jalankanCli, type Fixture } from './bantu';

const LEMBAR = 'PK 2021';
/** First data row (1-based): title, Instansi, Tahun, blank, two header rows. */
const BARIS_DATA = 7;

/** The office's own table, as the issue draws it: title rows, a two-row header merged over "Tahun 2021", a source line. */
function isiLembarKinerja(ws: ExcelJS.Worksheet, f: Fixture, judul = 'PENGUKURAN KINERJA TAHUN 2021'): number {
  ws.getCell('A1').value = judul;
  ws.getCell('A2').value = 'Instansi';
  ws.getCell('B2').value = f.instansi;
  ws.getCell('A3').value = 'Tahun';
  ws.getCell('B3').value = f.tahun;
  const kepala: [string, string][] = [
    ['A5', 'No'],
    ['B5', 'Sasaran Strategis'],
    ['C5', 'Indikator Kinerja Utama'],
    ['D5', 'Satuan'],
    ['E5', 'Tahun 2021'],
    ['H5', 'Ket.'],
    ['E6', 'Target'],
    ['F6', 'Realisasi'],
    ['G6', 'Capaian (%)'],
  ];
  for (const [a, v] of kepala) ws.getCell(a).value = v;
  for (const g of ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:G5', 'H5:H6']) ws.mergeCells(g);
  f.indikator.forEach((x, i) => {
    ws.getRow(BARIS_DATA + i).values = [
      x.no_pk,
      'Meningkatnya daya saing industri dan perdagangan',
      x.nama,
      x.satuan,
      x.target,
      x.realisasi,
      x.capaian_tertulis,
    ];
  });
  const akhir = BARIS_DATA + f.indikator.length - 1;
  ws.getCell(`A${akhir + 2}`).value = 'Sumber: Bagian Perencanaan';
  return akhir;
}

/** The names a person would define for that table by hand (Name Manager), workbook scope. */
function namaBuatanTangan(akhir: number): Record<string, string> {
  const kolom = (k: string) => `'${LEMBAR}'!$${k}$${BARIS_DATA}:$${k}$${akhir}`;
  return {
    LKIP_Instansi: `'${LEMBAR}'!$B$2`,
    LKIP_Tahun: `'${LEMBAR}'!$B$3`,
    LKIP_Sasaran: kolom('B'),
    LKIP_Indikator: kolom('C'),
    LKIP_Satuan: kolom('D'),
    LKIP_Target: kolom('E'),
    LKIP_Realisasi: kolom('F'),
    LKIP_Capaian_Tertulis: kolom('G'),
  };
}

async function tulisBuku(jalur: string, f: Fixture, opsi: { nama?: boolean; keduaTabel?: boolean } = {}): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const akhir = isiLembarKinerja(wb.addWorksheet(LEMBAR), f);
  if (opsi.keduaTabel) isiLembarKinerja(wb.addWorksheet('PK 2021 Perubahan'), f, 'PK PERUBAHAN TAHUN 2021');
  if (opsi.nama) for (const [n, r] of Object.entries(namaBuatanTangan(akhir))) wb.definedNames.add(r, n);
  await wb.xlsx.writeFile(jalur);
  return akhir;
}

/** Defined names of a workbook read back by ExcelJS (an independent reader): name → reference. */
function namaDi(wb: ExcelJS.Workbook): Record<string, string> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return Object.fromEntries(model.filter((m) => m.name.startsWith('LKIP_')).map((m) => [m.name, m.ranges.join(',')]));
}

let f: Fixture;
let folder: string;
let akhir: number;
let tanpaNama: string;
let bernama: string;

beforeAll(async () => {
  f = await bacaFixture();
  folder = await folderSementara('lkip-deteksi-');
  tanpaNama = path.join(folder, 'pk-tanpa-nama.xlsx');
  bernama = path.join(folder, 'pk-bernama.xlsx');
  akhir = await tulisBuku(tanpaNama, f);
  await tulisBuku(bernama, f, { nama: true });
});

describe('runner, workbook without LKIP_ names', () => {
  test('without --deteksi: exit 3, names the table it found (Indonesian and English), writes nothing', async () => {
    const keluar = await folderSementara('lkip-deteksi-keluar-');
    const h = await jalankanCli([tanpaNama, '--out', keluar], folder);
    expect(h.kode).toBe(3);
    const rujukan = `'${LEMBAR}'!A5:H${akhir}`;
    expect(h.galat).toContain(
      `ditemukan tabel kinerja di ${rujukan} (${f.indikator.length} indikator); jalankan lagi dengan --deteksi untuk memakainya`,
    );
    expect(h.galat).toContain(
      `found a performance table in ${rujukan} (${f.indikator.length} indicators); run again with --deteksi to use it`,
    );
    expect(h.keluaran).toBe('');
    expect(await isiFolder(keluar)).toEqual([]);
  });

  test('--deteksi: same figures and findings as the hand-named workbook; names listed; the output carries them', async () => {
    const keluar = await folderSementara('lkip-deteksi-keluar-');
    const dideteksi = await jalankanCli([tanpaNama, '--deteksi', '--json', '--out', path.join(keluar, 'a.xlsx')], folder);
    const tangan = await jalankanCli([bernama, '--json', '--out', path.join(keluar, 'b.xlsx')], folder);
    expect(tangan.kode).toBe(0);
    expect(dideteksi.kode).toBe(0);
    const jsonDeteksi = JSON.parse(dideteksi.keluaran) as LaporanJson;
    expect(jsonDeteksi).toEqual(JSON.parse(tangan.keluaran));
    // Golden figures from the document (Tabel 3.2): 44,32 / 50 → 88,64.
    expect(jsonDeteksi.indikator[0]).toMatchObject({ target: 50, realisasi: 44.32, capaian: 88.64 });
    expect(jsonDeteksi.instansi).toBe(f.instansi);
    expect(jsonDeteksi.tahun).toBe(2021);
    expect(jsonDeteksi.indikator).toHaveLength(f.indikator.length);

    expect(dideteksi.galat).toContain(`memakai tabel kinerja di '${LEMBAR}'!A5:H${akhir} (${f.indikator.length} indikator)`);
    expect(dideteksi.galat).toContain(`LKIP_Target = '${LEMBAR}'!$E$${BARIS_DATA}:$E$${akhir}`);

    const wb = await bacaBuku(path.join(keluar, 'a.xlsx'));
    expect(namaDi(wb)).toEqual(
      Object.fromEntries(Object.entries(namaBuatanTangan(akhir)).map(([n, r]) => [n, r.replace(/^'PK 2021'/, `'${LEMBAR}'`)])),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([LEMBAR, 'Laporan LKIP', 'Verifikasi', 'Narasi LKIP']);
    // The input is never written.
    const masukan = await bacaBuku(tanpaNama);
    expect(namaDi(masukan)).toEqual({});
  });

  test('two performance tables: refused with both named, also with --deteksi; nothing written', async () => {
    const dua = path.join(folder, 'pk-dua.xlsx');
    await tulisBuku(dua, f, { keduaTabel: true });
    const keluar = await folderSementara('lkip-deteksi-keluar-');
    for (const argumen of [[], ['--deteksi']]) {
      const h = await jalankanCli([dua, ...argumen, '--out', keluar], folder);
      expect(h.kode).toBe(3);
      expect(h.galat).toContain(`'${LEMBAR}'!A5:H${akhir}`);
      expect(h.galat).toContain(`'PK 2021 Perubahan'!A5:H${akhir}`);
      expect(h.galat).toContain('Ada 2 tabel kinerja');
      expect(h.galat).toContain('(en) ambiguous LKIP_Indikator');
      expect(await isiFolder(keluar)).toEqual([]);
    }
  });

  test('a workbook that has LKIP_ names: --deteksi changes nothing and says so', async () => {
    const keluar = await folderSementara('lkip-deteksi-keluar-');
    const h = await jalankanCli([bernama, '--deteksi', '--json', '--out', path.join(keluar, 'c.xlsx')], folder);
    expect(h.kode).toBe(0);
    expect(h.galat).toContain('--deteksi tidak dipakai');
    expect(namaDi(await bacaBuku(path.join(keluar, 'c.xlsx')))).toEqual(namaBuatanTangan(akhir));
  });

  test('no recognisable table: exit 3, says so, writes nothing', async () => {
    const kosong = path.join(folder, 'kosong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').getCell('A1').value = 'Rapat koordinasi';
    await wb.xlsx.writeFile(kosong);
    const keluar = await folderSementara('lkip-deteksi-keluar-');
    const h = await jalankanCli([kosong, '--deteksi', '--out', keluar], folder);
    expect(h.kode).toBe(3);
    expect(h.galat).toContain('tidak ada tabel kinerja (Indikator, Target, Realisasi) yang dikenali');
    expect(await isiFolder(keluar)).toEqual([]);
    await fs.rm(kosong);
  });
});

describe('PortPaketXlsx.bacaLembarDeteksi', () => {
  test('values and merged areas of a used sheet; above the cell bound only its size (the sheet is skipped)', async () => {
    const port = await PortPaketXlsx.dariBerkas(tanpaNama);
    try {
      const l = await port.bacaLembarDeteksi(LEMBAR, BATAS_SEL_DETEKSI);
      if (l === null || 'terlaluBesar' in l) throw new Error(`lembar tidak terbaca: ${JSON.stringify(l)}`);
      const isi = l;
      expect(isi.nilai).toHaveLength(akhir + 2); // down to the source line
      expect(isi.nilai[4]!.slice(0, 8)).toEqual([
        'No',
        'Sasaran Strategis',
        'Indikator Kinerja Utama',
        'Satuan',
        'Tahun 2021',
        null,
        null,
        'Ket.',
      ]);
      expect(isi.nilai[BARIS_DATA - 1]!.slice(2, 7)).toEqual([f.indikator[0]!.nama, '%', 50, 44.32, 88.64]);
      expect(isi.gabungan.map(alamatRentang).sort()).toEqual(['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:G5', 'H5:H6']);
      // 8 columns × `akhir` rows is more than 8 × 10 cells: only the used area's size comes back.
      expect(await port.bacaLembarDeteksi(LEMBAR, 80)).toEqual({
        nama: LEMBAR,
        terlaluBesar: { jumlahBaris: akhir + 2, jumlahKolom: 8 },
      });
      expect(await port.bacaLembarDeteksi('Tidak Ada', BATAS_SEL_DETEKSI)).toBeNull();
    } finally {
      port.tutup();
    }
  });
});
