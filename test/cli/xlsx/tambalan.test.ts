/**
 * The output package is the input package patched: the user's parts (sheets, shared strings, a chart with its
 * drawing, a VBA project) are byte for byte what they were — stored bytes and content alike, read with yauzl
 * directly — an .xlsm stays macro-enabled, the add-in's sheets are what their models say (read back with
 * ExcelJS), a run on its own output changes nothing, and a reviewer's notes survive a tool that rewrites the
 * workbook (after the user's consent: such tools drop the whole-sheet marker).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { RegistriGaya } from '../../../src/cli/xlsx/gaya';
import { susunLembar } from '../../../src/cli/xlsx/lembarXml';
import { bacaStruktur } from '../../../src/cli/xlsx/paket';
import { PortPaketXlsx } from '../../../src/cli/xlsx/portPaket';
import { tulisPaket } from '../../../src/cli/xlsx/tambalan';
import { ArsipZip } from '../../../src/cli/xlsx/zipBaca';
import { uraiXml } from '../../../src/cli/xlsx/xmlRingan';
import { jalankanLaporan } from '../../../src/report/jalankan';
import type { GayaSel, ModelLembar } from '../../../src/report/lembar';
import type { PortBukuKerja } from '../../../src/report/port';
import { barisTeks, CONTOH, gantiNamaXml, workbookXml } from '../bantu';
import { bukuXlsm, entri, JENIS_XLSM } from './bantuPaket';

/** The parts a run changes (and only these): the workbook, its relationships, content types, styles. */
const BAGIAN_DIUBAH = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);

async function jalankan(
  data: Buffer,
  opsi: { timpa?: boolean } = {},
): Promise<{ port: PortPaketXlsx; hasil: Buffer; status: string; model: ModelLembar[] }> {
  const port = await PortPaketXlsx.dariData(data, 'masukan.xlsm');
  const model: ModelLembar[] = [];
  const dasar = opsi.timpa === true ? port.denganIzinTimpa() : port;
  // The same port, remembering the models the engine writes (the oracle of what the output must show).
  const pencatat: PortBukuKerja = {
    bacaNamaLkip: (o) => dasar.bacaNamaLkip(o),
    statusLembar: (n) => dasar.statusLembar(n),
    bacaNilaiLembar: (n) => dasar.bacaNilaiLembar(n),
    tulisLembar: async (m, k) => {
      await dasar.tulisLembar(m, k);
      model.push(m);
    },
    tetapkanNama: (n, l, a) => dasar.tetapkanNama(n, l, a),
  };
  const h = await jalankanLaporan(pencatat, { timpaLembarPengguna: opsi.timpa === true });
  return { port, hasil: await port.keData(), status: h.status, model };
}

const RATA = { kiri: 'left', tengah: 'center', kanan: 'right' } as const;
const RATA_VERTIKAL = { atas: 'top', tengah: 'middle', bawah: 'bottom' } as const;
const argb = (hex: string | undefined) => (hex === undefined ? undefined : `FF${hex.toUpperCase()}`);
const di = (r: { baris: number; kolom: number; jumlahBaris: number; jumlahKolom: number }, b: number, k: number) =>
  b >= r.baris && b < r.baris + r.jumlahBaris && k >= r.kolom && k < r.kolom + r.jumlahKolom;

/** What a cell must show by its model: styles applied rectangle by rectangle, property by property. */
function harapanSel(m: ModelLembar, b: number, k: number) {
  const g: { -readonly [K in keyof GayaSel]: GayaSel[K] } = {};
  for (const x of m.gaya)
    if (di(x.rentang, b, k)) Object.assign(g, Object.fromEntries(Object.entries(x.gaya).filter(([, v]) => v !== undefined)));
  return {
    nilai: m.nilai[b]?.[k] ?? null,
    format: m.formatAngka[b]?.[k] ?? null,
    tebal: g.tebal === true,
    miring: g.miring === true,
    ukuran: g.ukuranHuruf ?? 11,
    warna: argb(g.warnaTeks),
    isi: argb(g.isi),
    rata: g.rata && RATA[g.rata],
    rataVertikal: g.rataVertikal && RATA_VERTIKAL[g.rataVertikal],
    bungkus: g.bungkus === true,
    garis: g.garis ? 'thin' : undefined,
    terbuka: (m.proteksi?.dapatDiedit ?? []).some((r) => di(r, b, k)),
    catatan: m.catatan.find((c) => c.baris === b && c.kolom === k)?.teks,
  };
}

/** The same of a cell as ExcelJS reads it. */
function tampakSel(ws: ExcelJS.Worksheet, b: number, k: number): ReturnType<typeof harapanSel> {
  const s = ws.getRow(b + 1).getCell(k + 1);
  return {
    nilai: (s.value ?? null) as ReturnType<typeof harapanSel>['nilai'],
    format: s.numFmt === undefined || s.numFmt === 'General' ? null : s.numFmt,
    tebal: s.font?.bold === true,
    miring: s.font?.italic === true,
    ukuran: s.font?.size ?? 11,
    warna: s.font?.color?.argb,
    isi: (s.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
    rata: s.alignment?.horizontal as ReturnType<typeof harapanSel>['rata'],
    rataVertikal: s.alignment?.vertical as ReturnType<typeof harapanSel>['rataVertikal'],
    bungkus: s.alignment?.wrapText === true,
    garis: s.border?.top?.style as 'thin' | undefined,
    terbuka: s.protection?.locked === false,
    catatan: typeof s.note === 'string' ? s.note : undefined,
  };
}

async function bacaBuku(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

describe('paket hasil = paket masukan yang ditambal', () => {
  let masukan: Buffer;
  let hasil: Buffer;
  let port: PortPaketXlsx;
  let model: ModelLembar[];

  beforeAll(async () => {
    masukan = await bukuXlsm();
    ({ port, hasil, model } = await jalankan(masukan));
  });

  test('setiap bagian milik pengguna sama bita demi bita, tersimpan dan isinya: grafik, gambar, makro, lembar data', async () => {
    const [a, b] = await Promise.all([entri(masukan), entri(hasil)]);
    const dibandingkan: string[] = [];
    for (const [nama, e] of a) {
      if (BAGIAN_DIUBAH.has(nama)) continue;
      const f = b.get(nama);
      expect([nama, f !== undefined]).toEqual([nama, true]);
      expect([nama, f!.mentah.equals(e.mentah), f!.isi.equals(e.isi)]).toEqual([nama, true, true]);
      dibandingkan.push(nama);
    }
    expect(dibandingkan).toEqual(
      expect.arrayContaining([
        'xl/vbaProject.bin',
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/_rels/sheet1.xml.rels',
        'xl/sharedStrings.xml',
        'docProps/app.xml',
        'docProps/core.xml',
      ]),
    );
    // what is new: the three sheets (the report writes no cell notes today), the report's drawing and its three charts
    expect([...b.keys()].filter((n) => !a.has(n)).sort()).toEqual([
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/charts/chart4.xml',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/drawing2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
    ]);
  });

  test('.xlsm tetap .xlsm: jenis konten buku kerja dan relasi proyek VBA tetap; bagian yang diubah XML yang sah', async () => {
    expect(port.jenis).toBe('xlsm');
    const b = await entri(hasil);
    const jenis = b.get('[Content_Types].xml')!.isi.toString('utf8');
    expect(jenis).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${JENIS_XLSM}"/>`);
    expect(jenis).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    expect(b.get('xl/_rels/workbook.xml.rels')!.isi.toString('utf8')).toContain(
      '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
    );
    for (const [nama, e] of b) if (/\.(xml|rels|vml)$/.test(nama)) expect(() => uraiXml(e.isi.toString('utf8'))).not.toThrow();
  });

  test('hasil terbuka di ExcelJS dengan keempat lembar; setiap sel lembar laporan seperti modelnya', async () => {
    const wb = await bacaBuku(hasil);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data LKIP', 'Laporan LKIP', 'Verifikasi', 'Narasi LKIP']);
    expect(model.map((m) => m.nama)).toEqual(['Laporan LKIP', 'Verifikasi', 'Narasi LKIP']);
    for (const m of model) {
      const ws = wb.getWorksheet(m.nama)!;
      const lebar = m.nilai[0]!.length;
      expect([m.nama, ws.columnCount]).toEqual([m.nama, lebar]);
      // Rows past the model's may exist only as the editable (unlocked) reviewer cells: checked like the rest.
      for (let b = 0; b < Math.max(ws.rowCount, m.nilai.length); b++) {
        expect([m.nama, b, ws.getRow(b + 1).height ?? null]).toEqual([m.nama, b, m.tinggiBaris?.[b] ?? null]);
        for (let k = 0; k < lebar; k++) {
          // A cell under a merge (not its top-left) shows nothing of its own: ExcelJS gives it the merge's look.
          const tertutup = m.gabungan.some((r) => di(r, b, k) && !(r.baris === b && r.kolom === k));
          if (tertutup) expect(ws.getRow(b + 1).getCell(k + 1).type).toBe(ExcelJS.ValueType.Merge);
          else expect([m.nama, b, k, tampakSel(ws, b, k)]).toEqual([m.nama, b, k, harapanSel(m, b, k)]);
        }
      }
      expect(m.lebarKolom.map((_, k) => ws.getColumn(k + 1).width)).toEqual(m.lebarKolom);
      expect(m.gabungan.every((r) => ws.getCell(r.baris + 1, r.kolom + 1).isMerged)).toBe(true);
      expect(ws.views[0]).toMatchObject(m.bekukanBaris > 0 ? { state: 'frozen', ySplit: m.bekukanBaris } : {});
    }
  });

  test('menjalankan lagi pada hasilnya sendiri tidak mengubah satu bita pun', async () => {
    const kedua = await jalankan(hasil);
    expect(kedua.status).toBe('ditulis');
    expect(kedua.hasil.equals(hasil)).toBe(true);
  });
});

describe('penanda kepemilikan dan catatan reviewer melewati alat lain', () => {
  /** The runner's output with a note typed in ANGGARAN-TOTAL's reviewer cell, saved by ExcelJS (an independent writer). */
  async function diberiCatatanOlehExcelJs(hasil: Buffer) {
    const wb = await bacaBuku(hasil);
    const ver = wb.getWorksheet('Verifikasi')!;
    const baris = barisTeks(ver);
    const kepala = baris.findIndex((b) => b[0] === 'ID');
    const r = baris.findIndex((b) => typeof b[0] === 'string' && b[0].startsWith('ANGGARAN-TOTAL:')) + 1;
    const kolom = baris[kepala]!.indexOf('Catatan reviewer') + 1;
    ver.getCell(r, kolom).value = 'Cek Tabel 3.22';
    return { beranotasi: Buffer.from(await wb.xlsx.writeBuffer()), kolom };
  }

  async function catatanAkhir(port: PortPaketXlsx, kolom: number) {
    const akhir = barisTeks((await bacaBuku(await port.keData())).getWorksheet('Verifikasi')!);
    return akhir.find((b) => typeof b[0] === 'string' && b[0].startsWith('ANGGARAN-TOTAL:'))![kolom - 1];
  }

  test('ExcelJS menulis ulang hasil: penanda satu sel (A1) bertahan, lembar tetap milik LKIP, catatan reviewer terbawa tanpa --timpa', async () => {
    const { hasil } = await jalankan(await fs.readFile(CONTOH));
    const { beranotasi, kolom } = await diberiCatatanOlehExcelJs(hasil);
    const port = await PortPaketXlsx.dariData(beranotasi, 'beranotasi.xlsx');
    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_lkip');
    expect(await port.statusLembar('Verifikasi')).toBe('milik_lkip');
    expect((await jalankanLaporan(port)).status).toBe('ditulis');
    expect(await catatanAkhir(port, kolom)).toBe('Cek Tabel 3.22');
  });

  test('penanda bentuk lama (seluruh lembar, $1:$1048576) masih dikenali; ExcelJS membuangnya: lembar milik pengguna, dengan --timpa catatan tetap', async () => {
    const { hasil } = await jalankan(await fs.readFile(CONTOH));
    const lama = await gantiNamaXml(
      hasil,
      (await workbookXml(hasil))
        .match(/<definedName [^>]*>[^<]*<\/definedName>/g)!
        .map((n) => n.replace(/!\$A\$1</, '!$1:$1048576<'))
        .join(''),
    );
    const portLama = await PortPaketXlsx.dariData(lama, 'lama.xlsx');
    expect(await portLama.statusLembar('Verifikasi')).toBe('milik_lkip');

    const { beranotasi, kolom } = await diberiCatatanOlehExcelJs(lama);
    const port = await PortPaketXlsx.dariData(beranotasi, 'beranotasi.xlsx');
    expect(await port.statusLembar('Verifikasi')).toBe('milik_pengguna');
    expect((await jalankanLaporan(port)).status).toBe('perlu_konfirmasi');
    const h = await jalankanLaporan(port.denganIzinTimpa(), { timpaLembarPengguna: true });
    expect(h.status).toBe('ditulis');
    expect(await catatanAkhir(port, kolom)).toBe('Cek Tabel 3.22');
    expect(await port.statusLembar('Verifikasi')).toBe('milik_lkip');
  });
});

describe('lembar milik pengguna bernama "Laporan LKIP"', () => {
  /** The sample plus a user's own "Laporan LKIP" (a formula, a note) and a calculation chain. */
  async function bukuBentrok(): Promise<Buffer> {
    const wb = await bacaBuku(await fs.readFile(CONTOH));
    const ws = wb.addWorksheet('Laporan LKIP');
    ws.getCell('A1').value = { formula: '1+1', result: 2 };
    ws.getCell('A2').value = 'catatan saya';
    ws.getCell('A2').note = 'punya pengguna';
    wb.getWorksheet('Data LKIP')!.getCell('L1').note = 'catatan di lembar data';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.file(
      'xl/calcChain.xml',
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/></calcChain>',
    );
    const rel = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rel.replace(
        '</Relationships>',
        '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const jenis = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      jenis.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  test('tanpa --timpa tidak ditulis; dengan --timpa diganti di tempat: catatan lama dan calcChain dibuang, catatan lembar lain tetap', async () => {
    const masukan = await bukuBentrok();
    const tolak = await jalankan(masukan);
    expect(tolak.status).toBe('perlu_konfirmasi');
    const { hasil, status } = await jalankan(masukan, { timpa: true });
    expect(status).toBe('ditulis');
    const [a, b] = await Promise.all([entri(masukan), entri(hasil)]);
    expect(b.has('xl/calcChain.xml')).toBe(false);
    expect(b.get('[Content_Types].xml')!.isi.toString('utf8')).not.toContain('calcChain');
    expect(b.get('xl/_rels/workbook.xml.rels')!.isi.toString('utf8')).not.toContain('calcChain');
    // the data sheet's note is untouched; the user's old note on "Laporan LKIP" is gone with the sheet
    const relData = a.get('xl/worksheets/_rels/sheet1.xml.rels')!;
    expect(b.get('xl/worksheets/_rels/sheet1.xml.rels')!.mentah.equals(relData.mentah)).toBe(true);
    const komentarData = /Target="\.\.\/(comments\d+\.xml)"/.exec(relData.isi.toString('utf8'))![1]!;
    expect(b.get(`xl/${komentarData}`)!.mentah.equals(a.get(`xl/${komentarData}`)!.mentah)).toBe(true);
    const semuaKomentar = [...b.values()].map((e) => e.isi.toString('utf8')).filter((t) => t.includes('<comments'));
    expect(semuaKomentar.some((t) => t.includes('punya pengguna'))).toBe(false);
    expect(semuaKomentar.some((t) => t.includes('catatan di lembar data'))).toBe(true);
    const wb = await bacaBuku(hasil);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data LKIP', 'Laporan LKIP', 'Verifikasi', 'Narasi LKIP']);
    expect(wb.getWorksheet('Laporan LKIP')!.getCell('A1').value).not.toEqual({ formula: '1+1', result: 2 });
  });
});

describe('menyimpan ke berkas', () => {
  test('simpan: berkas sementara di samping tujuan, lalu diganti namanya; tanpa sisa', async () => {
    const folder = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'lkip-simpan-'));
    const { port } = await jalankan(await fs.readFile(CONTOH));
    const tujuan = path.join(folder, 'hasil.xlsx');
    await port.simpan(tujuan);
    expect(await fs.readdir(folder)).toEqual(['hasil.xlsx']);
    expect((await fs.readFile(tujuan)).equals(await port.keData())).toBe(true);
  });
});

describe('bagian turunan sebagai data (untuk grafik di issue 15)', () => {
  test('pohon bagian lembar → gambar → grafik: nama bebas, relasi di setiap tingkat, jenis konten', async () => {
    const masukan = await bukuXlsm(); // has xl/drawings/drawing1.xml and xl/charts/chart1.xml already
    const arsip = await ArsipZip.dariData(masukan);
    const struktur = await bacaStruktur(arsip);
    const gaya = new RegistriGaya();
    const lembar = await susunLembar(
      {
        nama: 'Grafik',
        nilai: [[1]],
        formatAngka: [[null]],
        gaya: [],
        gabungan: [],
        lebarKolom: [],
        bekukanBaris: 0,
        catatan: [],
      },
      gaya,
    );
    const grafik = {
      tipe: 'chart',
      jenisKonten: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
      folder: 'xl/charts/',
      awalan: 'chart',
      ekstensi: '.xml',
      isi: () => '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    };
    const gambar = {
      tipe: 'drawing',
      jenisKonten: 'application/vnd.openxmlformats-officedocument.drawing+xml',
      folder: 'xl/drawings/',
      awalan: 'drawing',
      ekstensi: '.xml',
      isi: () => '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      relasi: [{ id: 'rId1', bagian: grafik }],
    };
    const potongan: Buffer[] = [];
    await tulisPaket(
      {
        arsip,
        struktur,
        lembar: [{ ...lembar, relasi: [{ id: 'rId1', bagian: gambar }] }],
        nama: struktur.nama,
        gaya: gaya.selesai(),
      },
      async (b) => {
        potongan.push(b);
      },
    );
    const b = await entri(Buffer.concat(potongan));
    const teks = (n: string) => b.get(n)!.isi.toString('utf8');
    expect(teks('xl/worksheets/_rels/sheet2.xml.rels')).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"',
    );
    expect(teks('xl/drawings/_rels/drawing2.xml.rels')).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart2.xml"',
    );
    expect(teks('xl/charts/chart2.xml')).toContain('<c:chartSpace');
    expect(teks('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(teks('[Content_Types].xml')).toContain(
      '<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    // the user's own chart is untouched
    expect(b.get('xl/charts/chart1.xml')!.mentah.equals((await entri(masukan)).get('xl/charts/chart1.xml')!.mentah)).toBe(true);
  });
});
