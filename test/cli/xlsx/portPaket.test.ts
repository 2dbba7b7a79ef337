/**
 * PortPaketXlsx, the runner's adapter: what the engine sees (names, values, formulas, unreadable names with
 * their reasons, markers, sheets replaced only when ours) and what the output holds when ExcelJS — an
 * independent reader — reads it back. (These scenarios were first written for the ExcelJS adapter it replaced;
 * the input now survives whole.) Agreement with the Office.js adapter: test/excel/keduaAdapter.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { GalatBerkas } from '../../../src/cli/galatBerkas';
import { PortPaketXlsx } from '../../../src/cli/xlsx/portPaket';
import type { ModelLembar } from '../../../src/report/lembar';
import { bacaNamaMentah, gantiNamaXml, workbookXml } from '../bantu';

async function muat(wb: ExcelJS.Workbook, namaXml?: string): Promise<{ port: PortPaketXlsx; data: Buffer }> {
  let data: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (namaXml !== undefined) data = await gantiNamaXml(data, namaXml);
  return { port: await PortPaketXlsx.dariData(data, 'uji.xlsx'), data };
}

async function bukaHasil(port: PortPaketXlsx): Promise<{ wb: ExcelJS.Workbook; data: Buffer }> {
  const data = await port.keData();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return { wb, data };
}

/** A user's input workbook: an "Input" sheet and a second sheet "Referensi", with formats and a formula. */
function bukuMasukan(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2021, 11, 31));
  wb.modified = new Date(Date.UTC(2022, 0, 15));
  const ws = wb.addWorksheet('Input');
  ws.getCell('A1').value = 'Indikator';
  ws.getCell('B1').value = 'Target';
  ws.getCell('C1').value = 'Realisasi';
  ws.getCell('A2').value = { richText: [{ text: 'Cakupan ', font: { bold: true } }, { text: 'OSS' }] };
  ws.getCell('B2').value = 50;
  ws.getCell('C2').value = { formula: '39/88*100', result: 44.31818181818182 };
  ws.getCell('C2').numFmt = '#,##0.00';
  ws.getCell('A3').value = 'Ekspor';
  ws.getCell('B3').value = '16,67';
  ws.getCell('C3').value = { formula: '(7-6)/6*100' } as ExcelJS.CellFormulaValue; // no cached result
  ws.getCell('A4').value = 'Tanggal';
  ws.getCell('B4').value = new Date(Date.UTC(2021, 11, 31));
  ws.getCell('C4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('A1').font = { bold: true, color: { argb: 'FF1F4E78' } };
  ws.getColumn(1).width = 33;
  const ref = wb.addWorksheet('Referensi');
  ref.getCell('A1').value = 'Target dari sheet lain';
  ref.getCell('B2').value = 99;
  ref.getCell('B3').value = { formula: 'SUM(B2:B2)' } as ExcelJS.CellFormulaValue; // no cached result, not arithmetic
  ref.mergeCells('D1:E1');
  ref.getCell('D1').value = 'Gabung';
  return wb;
}

const NAMA_XML = [
  `<definedName name="LKIP_Indikator">Input!$A$2:$A$3</definedName>`,
  `<definedName name="LKIP_Target">Input!$B$2:$B$3</definedName>`,
  `<definedName name="LKIP_Realisasi">Input!$C$2:$C$3</definedName>`,
  `<definedName name="LKIP_Tahun">Referensi!$B$2</definedName>`,
  `<definedName name="LKIP_Lain">Input!$B$4:$C$4</definedName>`,
  `<definedName name="LKIP_Gabung">Referensi!$D$1:$E$1</definedName>`,
  `<definedName name="LKIP_Rusak">#REF!</definedName>`,
  `<definedName name="LKIP_Konstanta">"teks"</definedName>`,
  `<definedName name="LKIP_Lembar_Hilang">'Tidak Ada'!$A$1</definedName>`,
  `<definedName name="LKIP_Dua_Area">Input!$A$1,Input!$B$1</definedName>`,
  `<definedName name="LKIP_Tanpa_Hasil">Referensi!$B$3</definedName>`,
  `<definedName name="LKIP_Satuan" localSheetId="0">Input!$A$1</definedName>`,
  `<definedName name="Milik_Pengguna" hidden="1" comment="jangan hapus">Input!$A$1:$C$4</definedName>`,
  `<definedName name="_xlnm.Print_Area" localSheetId="1">Referensi!$A$1:$E$3</definedName>`,
].join('');

describe('PortPaketXlsx membaca nama dan sel', () => {
  test('rentang dan sel tunggal: nilai, rumus (hasil tersimpan), teks kaya jadi teks biasa', async () => {
    const { port } = await muat(bukuMasukan(), NAMA_XML);
    const { rentang } = await port.bacaNamaLkip();
    const peta = new Map(rentang.map((r) => [r.nama, r]));
    const indikator = peta.get('LKIP_Indikator')!;
    expect(indikator).toMatchObject({ lembar: 'Input', baris: 1, kolom: 0 });
    expect(indikator.nilai).toEqual([['Cakupan OSS'], ['Ekspor']]);
    const realisasi = peta.get('LKIP_Realisasi')!;
    expect(realisasi.nilai[0]).toEqual([44.31818181818182]);
    expect(realisasi.rumus).toEqual([['=39/88*100'], ['=(7-6)/6*100']]);
    // no cached result: plain arithmetic is computed here, (7 − 6) / 6 × 100
    expect(realisasi.nilai[1]![0]).toBeCloseTo(16.666666666666668, 12);
    expect(peta.get('LKIP_Target')!.nilai).toEqual([[50], ['16,67']]);
  });

  test('setiap rentang dibaca sebagai persegi panjang: semua baris sama lebarnya, sel kosong null (kontrak port)', async () => {
    const { port } = await muat(bukuMasukan(), NAMA_XML);
    const { rentang } = await port.bacaNamaLkip();
    const gabung = rentang.find((r) => r.nama === 'LKIP_Gabung')!; // D1:E1, E1 empty under the merge
    expect(gabung.nilai).toHaveLength(1);
    expect(gabung.nilai[0]).toHaveLength(2);
    for (const r of rentang) {
      const lebar = new Set(r.nilai.map((b) => b.length));
      expect([r.nama, lebar.size]).toEqual([r.nama, 1]);
      if (r.rumus) expect(r.rumus.map((b) => b.length)).toEqual(r.nilai.map((b) => b.length));
    }
  });

  test('nama yang menunjuk ke lembar lain dibaca dari lembar itu', async () => {
    const { port } = await muat(bukuMasukan(), NAMA_XML);
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang.find((r) => r.nama === 'LKIP_Tahun')).toMatchObject({
      lembar: 'Referensi',
      baris: 1,
      kolom: 1,
      nilai: [[99]],
    });
  });

  test('tanggal jadi nomor seri Excel, sel galat jadi teks galatnya, sel gabungan hanya kiri-atas', async () => {
    const { port } = await muat(bukuMasukan(), NAMA_XML);
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang.find((r) => r.nama === 'LKIP_Lain')!.nilai).toEqual([[44561, '#N/A']]);
    expect(rentang.find((r) => r.nama === 'LKIP_Gabung')!.nilai).toEqual([['Gabung', null]]);
  });

  test('nama yang tidak dapat dibaca masuk tidakTerbaca dengan alasan yang jelas', async () => {
    const { port } = await muat(bukuMasukan(), NAMA_XML);
    const { rentang, tidakTerbaca } = await port.bacaNamaLkip();
    const alasan = new Map(tidakTerbaca.map((t) => [t.nama, t]));
    expect(alasan.get('LKIP_Rusak')!.alasan).toMatch(/#REF!/);
    expect(alasan.get('LKIP_Konstanta')!.alasan).toMatch(/bukan rentang sel/);
    expect(alasan.get('LKIP_Lembar_Hilang')!.alasan).toMatch(/lembar "Tidak Ada" tidak ada/);
    expect(alasan.get('LKIP_Dua_Area')!.alasan).toMatch(/lebih dari satu area/);
    expect(alasan.get('LKIP_Tanpa_Hasil')).toMatchObject({ rujukan: 'Referensi!$B$3' });
    expect(alasan.get('LKIP_Tanpa_Hasil')!.alasan).toMatch(/sel Referensi!B3 berisi rumus =SUM\(B2:B2\) tanpa nilai tersimpan/);
    expect(alasan.get('LKIP_Satuan')!.alasan).toMatch(/hanya berlaku di lembar "Input"/);
    expect([...rentang, ...tidakTerbaca].some((n) => n.nama === 'Milik_Pengguna')).toBe(false);
  });

  test('nama di dalam komentar XML bukan nama (pengurai XML, bukan pola teks)', async () => {
    const { port } = await muat(
      bukuMasukan(),
      `<!-- <definedName name="LKIP_Target">Input!$C$2:$C$3</definedName> --><definedName name="LKIP_Target">Input!$B$2:$B$3</definedName>`,
    );
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang.map((r) => [r.nama, r.nilai])).toEqual([['LKIP_Target', [[50], ['16,67']]]]);
  });

  test('rumus bersama (shared formula, seperti hasil isi-ke-bawah di Excel) dibaca per sel dan terbawa utuh', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 3; r++) {
      ws.getCell(r, 1).value = r * 10;
      ws.getCell(r, 2).value = { formula: `A${r}/2`, result: r * 5 };
    }
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    let xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    xml = xml.replace('<c r="B1"><f>A1/2</f>', '<c r="B1"><f t="shared" ref="B1:B3" si="0">A1/2</f>');
    for (const r of [2, 3]) xml = xml.replace(`<c r="B${r}"><f>A${r}/2</f>`, `<c r="B${r}"><f t="shared" si="0"/>`);
    zip.file('xl/worksheets/sheet1.xml', xml);
    const data = await gantiNamaXml(
      await zip.generateAsync({ type: 'nodebuffer' }),
      '<definedName name="LKIP_Realisasi">S!$B$1:$B$3</definedName>',
    );
    const port = await PortPaketXlsx.dariData(data, 'bersama.xlsx');
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang[0]).toMatchObject({ nilai: [[5], [10], [15]], rumus: [['=A1/2'], ['=A2/2'], ['=A3/2']] });
    await port.tulisLembar(MODEL);
    const keluar = await JSZip.loadAsync(await port.keData());
    expect(await keluar.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(xml);
  });

  test('seluruh kolom ($B:$B) dipotong ke area terpakai', async () => {
    const { port } = await muat(bukuMasukan(), `<definedName name="LKIP_Target">Input!$B:$B</definedName>`);
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang[0]!.nilai).toEqual([['Target'], [50], ['16,67'], [44561]]);
  });

  test('seluruh kolom berhenti di baris nilai terakhir: baris berformat saja sampai 1 048 576 tidak dibaca sebagai 1 juta baris', async () => {
    const wb = bukuMasukan();
    const ws = wb.getWorksheet('Input')!;
    ws.getRow(1_048_576).height = 30; // a <row> element with a height only
    ws.getCell('B1048000').numFmt = '0.00'; // a styled cell without a value
    const { port } = await muat(wb, `<definedName name="LKIP_Target">Input!$B:$B</definedName>`);
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang[0]!.nilai).toEqual([['Target'], [50], ['16,67'], [44561]]);
  });

  test('nilai nyasar di Z1048576: seluruh kolom A:B dibaca 1 048 576 baris (seperti Excel), baris kosongnya satu larik bersama', async () => {
    const wb = bukuMasukan();
    wb.getWorksheet('Input')!.getCell('Z1048576').value = 'nyasar';
    const { port } = await muat(wb, `<definedName name="LKIP_Target">Input!$A:$B</definedName>`);
    const { rentang } = await port.bacaNamaLkip();
    const nilai = rentang[0]!.nilai;
    expect(nilai).toHaveLength(1_048_576);
    expect(nilai[0]).toEqual(['Indikator', 'Target']);
    expect(nilai[1_048_575]).toEqual([null, null]);
    // 4 rows with values, and every empty row is one shared frozen array: no million allocations.
    expect(new Set(nilai).size).toBe(5);
    expect(Object.isFrozen(nilai[1_048_575])).toBe(true);
  });

  test('bacaNilaiLembar: area terpakai nilai dari A1 (seperti getUsedRange(true) Office.js), null untuk lembar yang tidak ada', async () => {
    const { port } = await muat(bukuMasukan());
    const nilai = await port.bacaNilaiLembar('referensi');
    // E1 lies under the merge D1:E1 and holds nothing; B3's formula counts as a value (its result is unknown).
    expect(nilai).toEqual([
      ['Target dari sheet lain', null, null, 'Gabung'],
      [null, 99, null, null],
      [null, null, null, null],
    ]);
    expect(await port.bacaNilaiLembar('Tidak Ada')).toBeNull();
  });
  test('isi nyasar di XFD1048576: seluruh lembar tidak diisi sel demi sel; lembar add-in dibaca sudut kirinya saja (16 kolom)', async () => {
    const wb = bukuMasukan();
    const ver = wb.addWorksheet('Verifikasi');
    ver.getCell('A1').value = 'ID';
    ver.getCell('XFD1048576').value = 'x';
    const { port } = await muat(
      wb,
      `<definedName name="LKIP_Semua">Verifikasi!$A:$XFD</definedName><definedName name="LKIP_Kolom">Verifikasi!$A:$B</definedName>`,
    );
    const sudut = (await port.bacaNilaiLembar('Verifikasi'))!;
    expect(sudut[0]).toEqual(['ID', ...Array<null>(15).fill(null)]);
    expect(sudut.length).toBe(125_000);
    const { rentang, tidakTerbaca } = await port.bacaNamaLkip();
    expect(tidakTerbaca).toEqual([
      expect.objectContaining({ nama: 'LKIP_Semua', alasan: 'rentang terlalu besar (seluruh lembar)' }),
    ]);
    expect(rentang.map((r) => [r.nama, r.nilai.length, r.nilai[0]])).toEqual([['LKIP_Kolom', 1_048_576, ['ID', null]]]);
  });
});

describe('PortPaketXlsx menolak berkas yang bukan .xlsx', () => {
  test('berkas teks yang diberi akhiran .xlsx', async () => {
    const data = Buffer.from('No;Indikator;Target\n1;Cakupan;50\n', 'utf8');
    await expect(PortPaketXlsx.dariData(data, 'palsu.xlsx')).rejects.toThrow(GalatBerkas);
    await expect(PortPaketXlsx.dariData(data, 'palsu.xlsx')).rejects.toThrow(/^palsu\.xlsx: bukan buku kerja \.xlsx/);
  });

  test('berkas .xls lama (wadah OLE)', async () => {
    const data = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(PortPaketXlsx.dariData(data, 'lama.xlsx')).rejects.toThrow(/lama\.xlsx: ini berkas Excel lama \(\.xls\)/);
  });

  test('arsip ZIP yang bukan buku kerja', async () => {
    const zip = new JSZip();
    zip.file('isi.txt', 'halo');
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const data = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(PortPaketXlsx.dariData(data, 'arsip.xlsx')).rejects.toThrow(/tidak ada xl\/workbook\.xml/);
  });

  test('workbook.xml yang rusak (rujukan karakter di luar Unicode): galat berkas, bukan RangeError', async () => {
    const zip = await JSZip.loadAsync(await bukuMasukan().xlsx.writeBuffer());
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace('<sheets>', '<sheets><!-- x --><sheet name="&#x110000;" sheetId="9" r:id="rId99"/>'));
    const data = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(PortPaketXlsx.dariData(data, 'rusak.xlsx')).rejects.toThrow(
      /^rusak\.xlsx: buku kerja rusak atau tidak dapat dibaca/,
    );
  });

  test('berkas dengan akhiran lain ditolak sebelum dibaca; berkas yang tidak ada; pipa bernama tidak ditunggu', async () => {
    await expect(PortPaketXlsx.dariBerkas('/tmp/data-lkip.csv')).rejects.toThrow(/data-lkip\.csv: hanya berkas \.xlsx/);
    await expect(PortPaketXlsx.dariBerkas('/tmp/tidak-ada-sama-sekali.xlsx')).rejects.toThrow(/tidak ditemukan/);
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lkip-pipa-'));
    const pipa = path.join(folder, 'pipa.xlsx');
    execFileSync('mkfifo', [pipa]);
    await expect(PortPaketXlsx.dariBerkas(pipa)).rejects.toThrow(/pipa\.xlsx: bukan berkas biasa/);
    await expect(PortPaketXlsx.dariBerkas(folder + '/')).rejects.toThrow(GalatBerkas);
  });
});

const MODEL: ModelLembar = {
  nama: 'Laporan LKIP',
  nilai: [
    ['LAPORAN', null, null],
    ['=SUM(A1:A2)', 12.5, '+62 812'],
    ['@pengguna', -3, true],
    ['-5 bukan rumus', 81.44, 'Berhasil'],
  ],
  formatAngka: [
    ['@', null, null],
    ['@', '#,##0.00', '@'],
    ['@', '#,##0', null],
    ['@', '#,##0.00" %"', '@'],
  ],
  gaya: [
    { rentang: { baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 3 }, gaya: { tebal: true, ukuranHuruf: 14 } },
    { rentang: { baris: 1, kolom: 0, jumlahBaris: 3, jumlahKolom: 3 }, gaya: { garis: true, rataVertikal: 'atas' } },
    {
      rentang: { baris: 3, kolom: 2, jumlahBaris: 1, jumlahKolom: 1 },
      gaya: { isi: 'C6EFCE', warnaTeks: '006100', miring: true },
    },
    { rentang: { baris: 1, kolom: 2, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { bungkus: true, rata: 'tengah' } },
  ],
  gabungan: [{ baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 3 }],
  lebarKolom: [20, 12.5, 30],
  tinggiBaris: [30, null, null, 45],
  bekukanBaris: 1,
  catatan: [{ baris: 3, kolom: 1, teks: '732,93 / 9 indikator = 81,44%' }],
  proteksi: { dapatDiedit: [{ baris: 2, kolom: 1, jumlahBaris: 2, jumlahKolom: 2 }] },
};

describe('PortPaketXlsx menulis ModelLembar', () => {
  test('nilai, format angka, gaya, gabungan, lebar, tinggi baris, baris beku, catatan, proteksi', async () => {
    const { port } = await muat(bukuMasukan());
    expect(await port.statusLembar('Laporan LKIP')).toBe('tidak_ada');
    await port.tulisLembar(MODEL);
    const { wb } = await bukaHasil(port);
    const ws = wb.getWorksheet('Laporan LKIP')!;
    expect(ws.getCell('A1').value).toBe('LAPORAN');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('B2').value).toBe(12.5);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('B4').numFmt).toBe('#,##0.00" %"');
    expect(ws.getCell('C3').value).toBe(true);
    expect(ws.getCell('C4').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
    expect(ws.getCell('C4').font).toMatchObject({ italic: true, color: { argb: 'FF006100' } });
    expect(ws.getCell('C4').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('C4').alignment).toMatchObject({ vertical: 'top' });
    expect(ws.getCell('C2').alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'top' });
    expect(ws.getCell('A1').isMerged && ws.getCell('C1').isMerged).toBe(true);
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([20, 12.5, 30]);
    expect([1, 2, 4].map((r) => ws.getRow(r).height)).toEqual([30, undefined, 45]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('B4').note).toBe('732,93 / 9 indikator = 81,44%');
    const proteksi = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(proteksi).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(proteksi.hashValue).toBeUndefined(); // no password
    expect(ws.getCell('B3').protection).toMatchObject({ locked: false });
    expect(ws.getCell('C4').protection).toMatchObject({ locked: false });
    expect(ws.getCell('A4').protection?.locked).not.toBe(false);
  });

  test('teks yang mirip rumus ditulis sebagai teks (dengan quotePrefix), tidak pernah sebagai rumus', async () => {
    const { port } = await muat(bukuMasukan());
    await port.tulisLembar(MODEL);
    const { wb, data } = await bukaHasil(port);
    const ws = wb.getWorksheet('Laporan LKIP')!;
    for (const [alamat, teks] of [
      ['A2', '=SUM(A1:A2)'],
      ['C2', '+62 812'],
      ['A3', '@pengguna'],
      ['A4', '-5 bukan rumus'],
    ] as const) {
      expect(ws.getCell(alamat).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(alamat).value).toBe(teks);
    }
    const zip = await JSZip.loadAsync(data);
    const nama = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const xml = await zip.file(nama.sort().at(-1)!)!.async('string');
    expect(xml).not.toContain('<f>');
    const gaya = await zip.file('xl/styles.xml')!.async('string');
    const s = /<c r="A2" s="(\d+)"/.exec(xml)![1]!;
    const xf = [...gaya.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]).filter((x) => x.includes('xfId='));
    expect(xf[Number(s)]).toContain('quotePrefix="1"');
  });

  test('teks dengan karakter kendali dan pola _xHHHH_ terbaca kembali persis', async () => {
    const { port } = await muat(bukuMasukan());
    const teks = ['a\u001Bb', ' spasi ', 'baris\r\nbaru', '_x0041_ literal', 'tab\tdi'];
    await port.tulisLembar({
      nama: 'Laporan LKIP',
      nilai: teks.map((t) => [t]),
      formatAngka: teks.map(() => ['@']),
      gaya: [],
      gabungan: [],
      lebarKolom: [],
      bekukanBaris: 0,
      catatan: [],
    });
    const data = await port.keData();
    const lagi = await PortPaketXlsx.dariData(data, 'hasil.xlsx');
    expect(await lagi.bacaNilaiLembar('Laporan LKIP')).toEqual(teks.map((t) => [t]));
  });

  test('penanda kepemilikan: nama tersembunyi _LKIP_LEMBAR_<n> yang merujuk ke sel A1 lembar itu (aturan bersama, report/buku)', async () => {
    const { port } = await muat(bukuMasukan());
    await port.tulisLembar(MODEL);
    await port.tulisLembar({ ...MODEL, nama: 'Verifikasi' });
    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_lkip');
    expect(await port.statusLembar('Input')).toBe('milik_pengguna');
    const { data } = await bukaHasil(port);
    const nama = bacaNamaMentah(await workbookXml(data));
    expect(nama.filter((n) => n.nama.startsWith('_LKIP_LEMBAR_'))).toEqual([
      expect.objectContaining({ nama: '_LKIP_LEMBAR_1', tersembunyi: true, lokal: null, teks: "'Laporan LKIP'!$A$1" }),
      expect.objectContaining({ nama: '_LKIP_LEMBAR_2', tersembunyi: true, lokal: null, teks: 'Verifikasi!$A$1' }),
    ]);
    const lagi = await PortPaketXlsx.dariData(data, 'hasil.xlsx');
    expect(await lagi.statusLembar('laporan lkip')).toBe('milik_lkip');
    expect(await lagi.statusLembar('Verifikasi')).toBe('milik_lkip');
  });

  test('penanda dalam bentuk lain (rujukan apa pun ke lembar itu, misalnya dari Office.js) dikenali; penanda rusak dibuang saat menulis', async () => {
    const wb = bukuMasukan();
    wb.addWorksheet('Laporan LKIP').getCell('A1').value = 'lama';
    wb.addWorksheet('Verifikasi').getCell('A1').value = 'lama';
    const { port } = await muat(
      wb,
      `<definedName name="_LKIP_LEMBAR_3" hidden="1">'Laporan LKIP'!$A$1:$XFD$1048576</definedName>` +
        `<definedName name="_LKIP_LEMBAR_4" hidden="1">Verifikasi!$1:$1048576</definedName>` +
        `<definedName name="_LKIP_LEMBAR_1" hidden="1">#REF!$1:$1048576</definedName>`,
    );
    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_lkip');
    expect(await port.statusLembar('Verifikasi')).toBe('milik_lkip');
    await port.tulisLembar({ ...MODEL, nama: 'Verifikasi' });
    expect(port.daftarNama().map((n) => [n.nama, n.teks])).toEqual([
      ['_LKIP_LEMBAR_3', "'Laporan LKIP'!$A$1:$XFD$1048576"],
      ['_LKIP_LEMBAR_4', 'Verifikasi!$1:$1048576'],
    ]);
  });

  test('menulis ulang lembar milik sendiri: posisi tab, sheetId dan nama bagian tetap, tanpa penanda ganda', async () => {
    const { port } = await muat(bukuMasukan());
    await port.tulisLembar(MODEL);
    const { data } = await bukaHasil(port);
    const lagi = await PortPaketXlsx.dariData(data, 'hasil.xlsx');
    await lagi.tulisLembar({ ...MODEL, nilai: MODEL.nilai.map((b) => b.map((v) => (v === 81.44 ? 90 : v))) });
    expect(lagi.daftarLembar()).toEqual(['Input', 'Referensi', 'Laporan LKIP']);
    const { wb, data: data2 } = await bukaHasil(lagi);
    expect(wb.getWorksheet('Laporan LKIP')!.getCell('B4').value).toBe(90);
    const penanda = bacaNamaMentah(await workbookXml(data2)).filter((n) => n.nama.startsWith('_LKIP_LEMBAR_'));
    expect(penanda).toHaveLength(1);
    expect(await workbookXml(data2)).toContain('<sheet name="Laporan LKIP" sheetId="3" r:id="rId');
    const a = Object.keys((await JSZip.loadAsync(data)).files).sort();
    expect(Object.keys((await JSZip.loadAsync(data2)).files).sort()).toEqual(a);
  });

  test('lembar, nilai, rumus, format dan nama milik pengguna terbawa: bagian lembarnya sama bita demi bita', async () => {
    const { port, data: masukan } = await muat(bukuMasukan(), NAMA_XML);
    await port.tulisLembar(MODEL);
    const { wb: hasil, data } = await bukaHasil(port);
    const [zipA, zipB] = await Promise.all([JSZip.loadAsync(masukan), JSZip.loadAsync(data)]);
    for (const bagian of [
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/sharedStrings.xml',
      'xl/theme/theme1.xml',
      'docProps/core.xml',
    ]) {
      expect([bagian, await zipB.file(bagian)!.async('base64')]).toEqual([bagian, await zipA.file(bagian)!.async('base64')]);
    }
    expect(hasil.getWorksheet('Input')!.getColumn(1).width).toBe(33);
    expect(hasil.getWorksheet('Input')!.getCell('C2').value).toEqual({ formula: '39/88*100', result: 44.31818181818182 });
    const namaMasukan = bacaNamaMentah(await workbookXml(masukan)).map((n) => n.xmlAsli);
    const namaHasil = bacaNamaMentah(await workbookXml(data)).map((n) => n.xmlAsli);
    expect(namaHasil.slice(0, namaMasukan.length)).toEqual(namaMasukan);
    expect(namaHasil).toHaveLength(namaMasukan.length + 1); // + our marker
    expect(hasil.created.toISOString()).toBe('2021-12-31T00:00:00.000Z');
    expect(hasil.modified.toISOString()).toBe('2022-01-15T00:00:00.000Z');
  });

  test('isi yang sama → bita yang sama', async () => {
    const a = await muat(bukuMasukan(), NAMA_XML);
    await a.port.tulisLembar(MODEL);
    const b = await PortPaketXlsx.dariData(a.data, 'uji.xlsx');
    await b.tulisLembar(MODEL);
    expect((await a.port.keData()).equals(await b.keData())).toBe(true);
  });

  test('tetapkanNama: nama cakupan buku kerja, alamat mutlak, menggantikan nama yang sama', async () => {
    const { port } = await muat(bukuMasukan(), NAMA_XML);
    await port.tetapkanNama('LKIP_Target', 'Referensi', 'b2');
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang.filter((r) => r.nama === 'LKIP_Target')).toEqual([
      expect.objectContaining({ lembar: 'Referensi', baris: 1, kolom: 1, nilai: [[99]] }),
    ]);
    const daftar = port.daftarNama().filter((n) => n.nama === 'LKIP_Target');
    expect(daftar).toEqual([{ nama: 'LKIP_Target', lokal: null, tersembunyi: false, teks: 'Referensi!$B$2' }]);
    await expect(port.tetapkanNama('LKIP_X', 'Tidak Ada', 'A1')).rejects.toThrow(/lembar "Tidak Ada" tidak ada/);
    await expect(port.tetapkanNama('A1', 'Input', 'A1')).rejects.toThrow(/tidak sah/);
  });

  test('nama yang menunjuk ke lembar yang baru ditulis dibaca dari lembar itu (sebelum disimpan)', async () => {
    const { port } = await muat(bukuMasukan());
    await port.tulisLembar(MODEL);
    await port.tetapkanNama('LKIP_Target', 'Laporan LKIP', 'B2:B4');
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang).toEqual([expect.objectContaining({ lembar: 'Laporan LKIP', nilai: [[12.5], [-3], [81.44]] })]);
  });

  test('model yang rusak ditolak sebelum menulis apa pun', async () => {
    const { port } = await muat(bukuMasukan());
    await expect(port.tulisLembar({ ...MODEL, nama: 'Laporan:LKIP' })).rejects.toThrow(/tidak sah/);
    await expect(port.tulisLembar({ ...MODEL, tinggiBaris: [], nilai: [[1, 2], [3]] })).rejects.toThrow(
      /Lembar "Laporan LKIP": nilai baris 2 memiliki 1 kolom, seharusnya 2/,
    );
    expect(port.daftarLembar()).toEqual(['Input', 'Referensi']);
  });
});
