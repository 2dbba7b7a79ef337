/**
 * The .xlsx workbook port: reading defined names and cells as Office.js would, writing a sheet model
 * with its formats, the hidden ownership marker, and carrying the input workbook into the output unchanged.
 */
import ExcelJS from 'exceljs';
import { GalatBerkas, PortXlsx } from '../../src/cli/portXlsx';
import { bacaNamaMentah } from '../../src/cli/arsipXlsx';
import type { ModelLembar } from '../../src/report/lembar';
import { gantiNamaXml, workbookXml } from './bantu';

async function muat(wb: ExcelJS.Workbook, namaXml?: string): Promise<{ port: PortXlsx; data: Buffer }> {
  let data: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (namaXml !== undefined) data = await gantiNamaXml(data, namaXml);
  return { port: await PortXlsx.dariData(data, 'uji.xlsx'), data };
}

async function bukaHasil(port: PortXlsx): Promise<{ wb: ExcelJS.Workbook; data: Buffer }> {
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

describe('PortXlsx membaca nama dan sel', () => {
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
    // names outside the LKIP_ prefix are not the report's business
    expect([...rentang, ...tidakTerbaca].some((n) => n.nama === 'Milik_Pengguna')).toBe(false);
  });

  test('rumus bersama (shared formula, seperti hasil isi-ke-bawah di Excel) dibaca per sel dan terbawa utuh', async () => {
    const JSZip = (await import('jszip')).default;
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
    const port = await PortXlsx.dariData(data, 'bersama.xlsx');
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang[0]).toMatchObject({ nilai: [[5], [10], [15]], rumus: [['=A1/2'], ['=A2/2'], ['=A3/2']] });
    await port.tulisLembar(MODEL);
    const keluar = await JSZip.loadAsync(await port.keData());
    expect(await keluar.file('xl/worksheets/sheet1.xml')!.async('string')).toContain(
      '<c r="B2"><f t="shared" si="0"/><v>10</v></c>',
    );
  });

  test('seluruh kolom ($B:$B) dipotong ke area terpakai', async () => {
    const { port } = await muat(bukuMasukan(), `<definedName name="LKIP_Target">Input!$B:$B</definedName>`);
    const { rentang } = await port.bacaNamaLkip();
    expect(rentang[0]!.nilai).toEqual([['Target'], [50], ['16,67'], [44561]]);
  });

  test('bacaNilaiLembar: area terpakai dari A1 sampai sel terakhir yang bernilai atau berumus, null untuk lembar yang tidak ada', async () => {
    const { port } = await muat(bukuMasukan());
    const nilai = await port.bacaNilaiLembar('referensi');
    // E1 lies under the merge D1:E1 (empty, as in Excel's used range of values); B3 holds a formula without a cached result.
    expect(nilai).toEqual([
      ['Target dari sheet lain', null, null, 'Gabung'],
      [null, 99, null, null],
      [null, null, null, null],
    ]);
    expect(await port.bacaNilaiLembar('Tidak Ada')).toBeNull();
  });
});

describe('PortXlsx menolak berkas yang bukan .xlsx', () => {
  test('berkas teks yang diberi akhiran .xlsx', async () => {
    const data = Buffer.from('No;Indikator;Target\n1;Cakupan;50\n', 'utf8');
    await expect(PortXlsx.dariData(data, 'palsu.xlsx')).rejects.toThrow(GalatBerkas);
    await expect(PortXlsx.dariData(data, 'palsu.xlsx')).rejects.toThrow(/^palsu\.xlsx: bukan buku kerja \.xlsx/);
  });

  test('berkas .xls lama (wadah OLE)', async () => {
    const data = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(PortXlsx.dariData(data, 'lama.xlsx')).rejects.toThrow(/lama\.xlsx: ini berkas Excel lama \(\.xls\)/);
  });

  test('arsip ZIP yang bukan buku kerja', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('isi.txt', 'halo');
    const data = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(PortXlsx.dariData(data, 'arsip.xlsx')).rejects.toThrow(/tidak ada xl\/workbook\.xml/);
  });

  test('bagian yang tidak terbawa ke berkas hasil (grafik, pivot) disebutkan', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await bukuMasukan().xlsx.writeBuffer());
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    zip.file('xl/charts/chart2.xml', '<c:chartSpace/>');
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    const port = await PortXlsx.dariData(await zip.generateAsync({ type: 'nodebuffer' }), 'grafik.xlsx');
    expect(port.tidakTerbawa).toEqual(['grafik (2)', 'tabel pivot (1)']);
    expect((await muat(bukuMasukan())).port.tidakTerbawa).toEqual([]);
  });

  test('berkas dengan akhiran lain ditolak sebelum dibaca', async () => {
    await expect(PortXlsx.dariBerkas('/tmp/data-lkip.csv')).rejects.toThrow(/data-lkip\.csv: hanya berkas \.xlsx/);
    await expect(PortXlsx.dariBerkas('/tmp/tidak-ada-sama-sekali.xlsx')).rejects.toThrow(/tidak ditemukan/);
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
  bekukanBaris: 1,
  catatan: [{ baris: 3, kolom: 1, teks: '732,93 / 9 indikator = 81,44%' }],
  proteksi: { dapatDiedit: [{ baris: 2, kolom: 1, jumlahBaris: 2, jumlahKolom: 2 }] },
};

describe('PortXlsx menulis ModelLembar', () => {
  test('nilai, format angka, gaya, gabungan, lebar, baris beku, catatan, proteksi', async () => {
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
    expect(ws.getCell('C4').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
    expect(ws.getCell('C4').font).toMatchObject({ italic: true, color: { argb: 'FF006100' } });
    expect(ws.getCell('C4').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('C4').alignment).toMatchObject({ vertical: 'top' });
    expect(ws.getCell('C2').alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'top' });
    expect(ws.getCell('A1').isMerged && ws.getCell('C1').isMerged).toBe(true);
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([20, 12.5, 30]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('B4').note).toBe('732,93 / 9 indikator = 81,44%');
    const proteksi = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(proteksi).toMatchObject({ sheet: true });
    expect(proteksi.hashValue).toBeUndefined(); // no password
    expect(ws.getCell('B3').protection).toMatchObject({ locked: false });
    expect(ws.getCell('C4').protection).toMatchObject({ locked: false });
    expect(ws.getCell('A4').protection?.locked).not.toBe(false);
  });

  test('teks yang mirip rumus ditulis sebagai teks, tidak pernah sebagai rumus', async () => {
    const { port } = await muat(bukuMasukan());
    await port.tulisLembar(MODEL);
    const { wb } = await bukaHasil(port);
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
  });

  test('penanda kepemilikan: nama tersembunyi _LKIP_LEMBAR_<n> yang merujuk ke lembar', async () => {
    const { port } = await muat(bukuMasukan());
    await port.tulisLembar(MODEL);
    await port.tulisLembar({ ...MODEL, nama: 'Verifikasi' });
    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_lkip');
    expect(await port.statusLembar('Input')).toBe('milik_pengguna');
    const { data } = await bukaHasil(port);
    const nama = bacaNamaMentah(await workbookXml(data));
    expect(nama.filter((n) => n.nama.startsWith('_LKIP_LEMBAR_'))).toEqual([
      expect.objectContaining({ nama: '_LKIP_LEMBAR_1', tersembunyi: true, lokal: null, teks: "'Laporan LKIP'!$1:$1048576" }),
      expect.objectContaining({ nama: '_LKIP_LEMBAR_2', tersembunyi: true, lokal: null, teks: 'Verifikasi!$1:$1048576' }),
    ]);
    // read back from the saved file: still ours
    const lagi = await PortXlsx.dariData(data, 'hasil.xlsx');
    expect(await lagi.statusLembar('laporan lkip')).toBe('milik_lkip');
    expect(await lagi.statusLembar('Verifikasi')).toBe('milik_lkip');
  });

  test('penanda dari adapter Office.js dikenali (rujukan apa pun ke lembar itu); penanda rusak dibuang saat menulis', async () => {
    const wb = bukuMasukan();
    wb.addWorksheet('Laporan LKIP').getCell('A1').value = 'lama';
    const { port } = await muat(
      wb,
      `<definedName name="_LKIP_LEMBAR_3" hidden="1">'Laporan LKIP'!$A$1:$XFD$1048576</definedName>` +
        `<definedName name="_LKIP_LEMBAR_1" hidden="1">#REF!$1:$1048576</definedName>`,
    );
    expect(await port.statusLembar('Laporan LKIP')).toBe('milik_lkip');
    await port.tulisLembar({ ...MODEL, nama: 'Verifikasi' });
    expect(port.daftarNama().map((n) => [n.nama, n.teks])).toEqual([
      ['_LKIP_LEMBAR_3', "'Laporan LKIP'!$A$1:$XFD$1048576"],
      ['_LKIP_LEMBAR_1', 'Verifikasi!$1:$1048576'],
    ]);
  });

  test('menulis ulang lembar milik sendiri: posisi tab tetap, tanpa penanda ganda', async () => {
    const { port } = await muat(bukuMasukan());
    await port.tulisLembar(MODEL);
    const { data } = await bukaHasil(port);
    const lagi = await PortXlsx.dariData(data, 'hasil.xlsx');
    await lagi.tulisLembar({ ...MODEL, nilai: MODEL.nilai.map((b) => b.map((v) => (v === 81.44 ? 90 : v))) });
    expect(lagi.daftarLembar()).toEqual(['Input', 'Referensi', 'Laporan LKIP']);
    const { wb, data: data2 } = await bukaHasil(lagi);
    expect(wb.getWorksheet('Laporan LKIP')!.getCell('B4').value).toBe(90);
    const penanda = bacaNamaMentah(await workbookXml(data2)).filter((n) => n.nama.startsWith('_LKIP_LEMBAR_'));
    expect(penanda).toHaveLength(1);
  });
});

describe('PortXlsx membawa buku kerja pengguna dan menetapkan nama', () => {
  test('lembar, nilai, rumus, format dan nama milik pengguna terbawa ke hasil tanpa berubah', async () => {
    const { port, data: masukan } = await muat(bukuMasukan(), NAMA_XML);
    await port.tulisLembar(MODEL);
    const { wb: hasil, data } = await bukaHasil(port);
    const asli = new ExcelJS.Workbook();
    await asli.xlsx.load(masukan as unknown as ExcelJS.Buffer);
    for (const nama of ['Input', 'Referensi']) {
      const a = asli.getWorksheet(nama)!;
      const b = hasil.getWorksheet(nama)!;
      expect(b.rowCount).toBe(a.rowCount);
      expect(b.columnCount).toBe(a.columnCount);
      for (let r = 1; r <= a.rowCount; r++) {
        for (let c = 1; c <= a.columnCount; c++) {
          const [x, y] = [a.getCell(r, c), b.getCell(r, c)];
          expect({ alamat: y.address, nilai: y.value, format: y.numFmt, font: y.font }).toEqual({
            alamat: x.address,
            nilai: x.value,
            format: x.numFmt,
            font: x.font,
          });
        }
      }
    }
    expect(hasil.getWorksheet('Input')!.getColumn(1).width).toBe(33);
    // every defined name of the input, byte for byte (hidden, sheet-scoped, constants, #REF!, print area)
    const namaMasukan = bacaNamaMentah(await workbookXml(masukan)).map((n) => n.xmlAsli);
    const namaHasil = bacaNamaMentah(await workbookXml(data)).map((n) => n.xmlAsli);
    expect(namaHasil.slice(0, namaMasukan.length)).toEqual(namaMasukan);
    expect(namaHasil).toHaveLength(namaMasukan.length + 1); // + our marker
    // and the workbook's own dates
    expect(hasil.created.toISOString()).toBe('2021-12-31T00:00:00.000Z');
    expect(hasil.modified.toISOString()).toBe('2022-01-15T00:00:00.000Z');
  });

  test('isi yang sama → bita yang sama', async () => {
    const a = await muat(bukuMasukan(), NAMA_XML);
    await a.port.tulisLembar(MODEL);
    const b = await PortXlsx.dariData(a.data, 'uji.xlsx');
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

  test('model yang rusak ditolak sebelum menulis apa pun', async () => {
    const { port } = await muat(bukuMasukan());
    await expect(port.tulisLembar({ ...MODEL, nama: 'Laporan:LKIP' })).rejects.toThrow(/tidak sah/);
    await expect(port.tulisLembar({ ...MODEL, nilai: [[1, 2], [3]] })).rejects.toThrow(
      /nilai baris 2 memiliki 1 kolom, seharusnya 2/,
    );
    expect(port.daftarLembar()).toEqual(['Input', 'Referensi']);
  });
});
