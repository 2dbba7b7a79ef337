/**
 * Issue 17, input bounds: numbers beyond ±1e15 and numbers typed as words are findings naming the cell, never
 * "Galat tak terduga" nor Infinity; text over Excel's 32 767 characters is cut with a note; special files and a
 * damaged workbook.xml are clean Indonesian errors, and a batch continues and ends with the worst exit code.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { KODE_KELUAR } from '../../src/cli/laporan';
import { angkaWajib, bacaAngka } from '../../src/core';
import type { LaporanJson } from '../../src/report/hasil';
import { bacaBuku, barisTeks, CONTOH, folderSementara, isiFolder, jalankanCli } from './bantu';

describe('angka di luar batas (core)', () => {
  test('±1e15 masih dibaca; di luarnya ANGKA_TERLALU_BESAR menyebut argumen dan nilai', () => {
    expect(angkaWajib(1e15, 'x').toNumber()).toBe(1e15);
    expect(angkaWajib('-1.000.000.000.000.000', 'x').toNumber()).toBe(-1e15);
    expect(() => bacaAngka(1e308, 'target')).toThrow('target = 1e+308: di luar batas');
    expect(() => bacaAngka('9'.repeat(400), 'realisasi')).toThrow(/terlalu banyak angka/);
    expect(() => bacaAngka('1'.repeat(32767), 'x')).toThrow(/terlalu banyak angka/);
    for (const kata of ['Infinity', 'NaN', '-Infinity']) expect(() => bacaAngka(kata, 'x')).toThrow(`x = "${kata}": bukan angka`);
    expect(() => bacaAngka(Infinity, 'x')).toThrow('bukan angka yang terhingga');
  });
});

describe('runner: masukan bermusuhan', () => {
  test('target 1e308, realisasi 400 digit, "Infinity"/"NaN" sebagai teks: temuan menyebut sel, laporan tetap ditulis tanpa tak hingga', async () => {
    const folder = await folderSementara();
    const wb = await bacaBuku(CONTOH);
    const ws = wb.getWorksheet('Data LKIP')!;
    ws.getCell('E29').value = 1e308;
    ws.getCell('F30').value = '9'.repeat(400);
    ws.getCell('F31').value = 'Infinity';
    ws.getCell('F32').value = 'NaN';
    ws.getCell('B33').value = 'x'.repeat(40000);
    await wb.xlsx.writeFile(path.join(folder, 'a.xlsx'));
    const r = await jalankanCli(['a.xlsx', '--json'], folder);
    expect(r.galat).not.toMatch(/tak terduga|Infinity\b.*terhingga/);
    expect(r.kode).toBe(0);
    const json = JSON.parse(r.keluaran) as LaporanJson;
    const pesan = JSON.stringify(json);
    expect(pesan).toContain('LKIP_Target baris 3 (Data LKIP!E29) = 1e+308: di luar batas');
    expect(pesan).toContain('LKIP_Realisasi baris 4 (Data LKIP!F30)');
    expect(pesan).toContain('LKIP_Realisasi baris 5 (Data LKIP!F31) = \\"Infinity\\": bukan angka');
    expect(pesan).toContain('LKIP_Realisasi baris 6 (Data LKIP!F32) = \\"NaN\\": bukan angka');
    expect(pesan).not.toMatch(/Infinity"?\s*[,}]|NaN"?\s*[,}]/);

    const hasil = (await bacaBuku(path.join(folder, 'a-laporan.xlsx'))).getWorksheet('Laporan LKIP')!;
    let panjang = 0;
    hasil.eachRow((row) =>
      row.eachCell((c) => {
        // A merged area's other cells read as its master's value in ExcelJS; the note is on the master.
        if (c.isMerged && c.master !== c) return;
        if (typeof c.value === 'string' && c.value.startsWith('xxxx')) {
          panjang = c.value.length;
          expect(c.value.endsWith('…')).toBe(true);
          expect(String(c.note ?? JSON.stringify(c.note))).toMatch(/Teks dipotong: aslinya 40000 karakter/);
        }
      }),
    );
    expect(panjang).toBe(32767);
    // ... and each cut is a Verifikasi finding naming the sheet and cell (issue 17: "cut with … and a finding").
    const verifikasi = (await bacaBuku(path.join(folder, 'a-laporan.xlsx'))).getWorksheet('Verifikasi')!;
    const baris: string[] = [];
    verifikasi.eachRow((row) => baris.push(row.values ? JSON.stringify(row.values) : ''));
    const dipotong = baris.filter((b) => b.includes('TEKS-DIPOTONG:laporan-lkip:'));
    expect(dipotong.length).toBeGreaterThan(0);
    expect(dipotong[0]).toMatch(/melebihi batas Excel dan dipotong dengan \\"…\\"\. Teks dipotong: aslinya 40000 karakter/);
  });

  test('pipa bernama dan folder ditolak tanpa menggantung; workbook.xml dengan &#x110000; galat bersih; batch lanjut, kode terburuk', async () => {
    const folder = await folderSementara();
    const pipa = path.join(folder, 'pipa.xlsx');
    execFileSync('mkfifo', [pipa]);
    await fs.mkdir(path.join(folder, 'folder.xlsx'));
    const zip = await JSZip.loadAsync(await fs.readFile(CONTOH));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace('<definedName name="LKIP_Instansi"', '<definedName name="LKIP_&#x110000;"'));
    await fs.writeFile(path.join(folder, 'rusak.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    await fs.copyFile(CONTOH, path.join(folder, 'baik.xlsx'));
    await fs.writeFile(path.join(folder, 'baik-laporan.xlsx'), 'lama');

    const r = await jalankanCli(['pipa.xlsx', 'folder.xlsx', 'rusak.xlsx', 'baik.xlsx'], folder);
    expect(r.galat).toMatch(/pipa\.xlsx: bukan berkas biasa/);
    expect(r.galat).toMatch(/folder\.xlsx: bukan berkas biasa/);
    expect(r.galat).toMatch(/rusak\.xlsx: buku kerja rusak atau tidak dapat dibaca/);
    expect(r.galat).not.toMatch(/RangeError|\n\s+at /);
    expect(r.galat).toContain('Selesai: 0 dari 4 berkas berhasil.');
    expect(r.kode).toBe(KODE_KELUAR.keluaranAda);
    expect(await isiFolder(folder)).toEqual(['baik-laporan.xlsx', 'baik.xlsx', 'folder.xlsx', 'pipa.xlsx', 'rusak.xlsx']);
  });

  test('perangkat (/dev/zero lewat tautan bernama .xlsx) ditolak tanpa dibaca: kode 1, pesan menyebut berkas, tidak ada yang ditulis', async () => {
    const folder = await folderSementara();
    // /dev/zero never ends: a runner that read it would hang or run out of memory instead of answering.
    await fs.symlink('/dev/zero', path.join(folder, 'perangkat.xlsx'));
    const r = await jalankanCli(['perangkat.xlsx'], folder);
    expect(r.kode).toBe(KODE_KELUAR.berkas);
    expect(r.galat).toContain('perangkat.xlsx: bukan berkas biasa (folder, pipa bernama, atau perangkat)');
    expect(await isiFolder(folder)).toEqual(['perangkat.xlsx']);
  });

  test('--maks-bita: masukan lebih besar ditolak (kode 1) tanpa dibaca; nilai yang tidak sah kode 2', async () => {
    const folder = await folderSementara();
    await fs.copyFile(CONTOH, path.join(folder, 'kantor.xlsx'));
    const ukuran = (await fs.stat(path.join(folder, 'kantor.xlsx'))).size;
    const r = await jalankanCli(['kantor.xlsx', '--maks-bita', '1K'], folder);
    expect(r.kode).toBe(KODE_KELUAR.berkas);
    expect(r.galat).toContain(`kantor.xlsx: berkas ${ukuran} bita melebihi batas 1024 bita`);
    expect(await isiFolder(folder)).toEqual(['kantor.xlsx']);
    expect((await jalankanCli(['kantor.xlsx', '--maks-bita=abc'], folder)).kode).toBe(KODE_KELUAR.pemakaian);
    expect((await jalankanCli(['kantor.xlsx', '--maks-bita=10M'], folder)).kode).toBe(0);
  });

  test('lembar Verifikasi dengan isi di XFD1048576: runner tidak berhenti, catatan reviewer terbawa (kode 0)', async () => {
    const folder = await folderSementara();
    expect((await jalankanCli(['--out', 'pertama.xlsx'], folder)).kode).toBe(0);
    const wb = await bacaBuku(path.join(folder, 'pertama.xlsx'));
    const ver = wb.getWorksheet('Verifikasi')!;
    const baris = barisTeks(ver);
    const kepala = baris.findIndex((b) => b[0] === 'ID');
    ver.getCell(kepala + 2, baris[kepala]!.indexOf('Catatan reviewer') + 1).value = 'Catatan di samping sel nyasar';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    const urutan = [...wbXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]).indexOf('Verifikasi') + 1;
    const jalur = `xl/worksheets/sheet${urutan}.xml`;
    const xml = await zip.file(jalur)!.async('string');
    expect(xml).toContain('<dimension ref="A1:F');
    zip.file(
      jalur,
      xml.replace(
        '</sheetData>',
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>nyasar</t></is></c></row></sheetData>',
      ),
    );
    await fs.writeFile(path.join(folder, 'nyasar.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const r = await jalankanCli(['nyasar.xlsx'], folder);
    expect(r.kode).toBe(0);
    const hasil = barisTeks((await bacaBuku(path.join(folder, 'nyasar-laporan.xlsx'))).getWorksheet('Verifikasi')!);
    expect(hasil.some((b) => b.includes('Catatan di samping sel nyasar'))).toBe(true);
  });
});

describe('nama rentang yang ditetapkan dua kali', () => {
  test('LKIP_Target lagi dengan huruf lain: laporan ditolak (kode 3) dengan pesan yang menyebut keduanya, bukan yang terakhir menang diam-diam', async () => {
    const folder = await folderSementara();
    const zip = await JSZip.loadAsync(await fs.readFile(CONTOH));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file(
      'xl/workbook.xml',
      xml.replace('</definedNames>', `<definedName name="lkip_target">'Data LKIP'!$F$27:$F$37</definedName></definedNames>`),
    );
    await fs.writeFile(path.join(folder, 'ganda.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await jalankanCli(['ganda.xlsx'], folder);
    expect(r.kode).toBe(KODE_KELUAR.ditolak);
    expect(r.galat.replace(/\n\s*/g, ' ')).toContain(
      "lkip_target ('Data LKIP'!$F$27:$F$37) tidak dapat dibaca sebagai rentang: nama ini ditetapkan lebih dari sekali di buku kerja (juga sebagai LKIP_Target = 'Data LKIP'!$E$27:$E$37)",
    );
    expect(await isiFolder(folder)).toEqual(['ganda.xlsx']);
  });

  /** The sample with workbook.xml's definedNames changed by `ubah`, run with --json. */
  async function jalankanDenganNama(ubah: (xml: string) => string) {
    const folder = await folderSementara();
    const zip = await JSZip.loadAsync(await fs.readFile(CONTOH));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    const baru = ubah(xml);
    expect(baru).not.toBe(xml);
    zip.file('xl/workbook.xml', baru);
    await fs.writeFile(path.join(folder, 'ganda.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    return { folder, r: await jalankanCli(['ganda.xlsx', '--json'], folder) };
  }

  test('salinan tersembunyi (hidden="1", huruf lain) ke rentang yang SAMA: temuan peringatan, laporan tetap ditulis dengan angka yang sama', async () => {
    const { r } = await jalankanDenganNama((xml) =>
      xml.replace(
        '</definedNames>',
        `<definedName name="lkip_TARGET" hidden="1">'data lkip'!E27:E37</definedName></definedNames>`,
      ),
    );
    expect(r.kode).toBe(0);
    const json = JSON.parse(r.keluaran) as LaporanJson;
    // Golden: the source document's 81,44 % (Tabel 3.2), as without the copy.
    expect(json.rata_rata_capaian).toBe(81.44);
    const temuan = json.verifikasi.filter((t) => t.nama === 'lkip_TARGET');
    expect(temuan).toEqual([
      expect.objectContaining({
        tingkat: 'peringatan',
        pesan:
          "Nama lkip_TARGET ('data lkip'!E27:E37) diabaikan: nama ini ditetapkan lebih dari sekali di buku kerja (juga sebagai LKIP_Target = 'Data LKIP'!$E$27:$E$37, rentang yang sama); hapus salah satu di Name Manager.",
      }),
    ]);
  });

  test('salinan tersembunyi ke rentang LAIN, ditulis lebih dulu: tetap ditolak (kode 3) menyebut keduanya, tidak ada yang menang diam-diam', async () => {
    const { folder, r } = await jalankanDenganNama((xml) =>
      xml.replace(
        '<definedNames>',
        `<definedNames><definedName name="LKIP_TARGET" hidden="1">'Data LKIP'!$F$27:$F$37</definedName>`,
      ),
    );
    expect(r.kode).toBe(KODE_KELUAR.ditolak);
    expect(r.galat.replace(/\n\s*/g, ' ')).toContain(
      "LKIP_Target ('Data LKIP'!$E$27:$E$37) tidak dapat dibaca sebagai rentang: nama ini ditetapkan lebih dari sekali di buku kerja (juga sebagai LKIP_TARGET = 'Data LKIP'!$F$27:$F$37)",
    );
    expect(await isiFolder(folder)).toEqual(['ganda.xlsx']);
  });

  test('definisi di dalam komentar XML bukan nama (Excel pun mengabaikannya): yang berlaku nama yang tampak, angkanya sama', async () => {
    const { r } = await jalankanDenganNama((xml) =>
      xml.replace(
        '</definedNames>',
        `<!-- <definedName name="LKIP_Target">'Data LKIP'!$F$27:$F$37</definedName> --></definedNames>`,
      ),
    );
    expect(r.kode).toBe(0);
    const json = JSON.parse(r.keluaran) as LaporanJson;
    expect(json.rata_rata_capaian).toBe(81.44);
    expect(JSON.stringify(json.verifikasi)).not.toContain('$F$27');
  });
});
