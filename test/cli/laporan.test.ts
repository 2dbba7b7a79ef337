/**
 * End to end: the bundled sample → the runner → the output read back with ExcelJS. Every figure is
 * the document's (golden values from test/fixtures/lkip-ntt-2021.json); inputs are never written;
 * bad inputs give their message and exit code and write nothing.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { KODE_KELUAR } from '../../src/cli/laporan';
import { LEBAR_TERMINAL } from '../../src/cli/tampilan';
import type { LaporanJson } from '../../src/report/hasil';
import {
  AKAR,
  CONTOH,
  bacaBuku,
  bacaFixture,
  barisTeks,
  folderSementara,
  isiFolder,
  jalankanCli,
  sidik,
  type Fixture,
} from './bantu';
import { bukuXlsm, entri, JENIS_XLSM } from './xlsx/bantuPaket';

let fx: Fixture;
beforeAll(async () => {
  fx = await bacaFixture();
});

/** Category of a capaian on the document's Tabel 3.1 (as the fixture transcribes it). */
function kategoriDokumen(capaian: number): string {
  if (capaian >= 85) return 'Sangat Berhasil';
  if (capaian >= 75) return 'Berhasil';
  if (capaian >= 55) return 'Cukup Berhasil';
  return 'Belum Berhasil';
}

/** Rows of "Laporan LKIP" and the columns of the Capaian table, found by their headers. */
function tabelLaporan(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet('Laporan LKIP');
  if (!ws) throw new Error('lembar "Laporan LKIP" tidak ada');
  const baris = barisTeks(ws);
  const iKepala = baris.findIndex((b) => b[0] === 'No' && b[1] === 'Indikator Kinerja');
  const kepala = baris[iKepala]!;
  const kol = (judul: string) => kepala.indexOf(judul);
  return { baris, iKepala, kol };
}

/** A row whose first cell starts with `awal`, searched after row `dari`. */
function barisMulai(baris: unknown[][], awal: string, dari = 0): unknown[] {
  const i = baris.findIndex((b, n) => n >= dari && typeof b[0] === 'string' && b[0].startsWith(awal));
  if (i < 0) throw new Error(`baris "${awal}" tidak ditemukan`);
  return baris[i]!;
}

async function ubahNama(sumber: string, tujuan: string, ubah: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(sumber));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  const baru = ubah(xml);
  if (baru === xml) throw new Error('workbook.xml tidak berubah');
  zip.file('xl/workbook.xml', baru);
  await fs.writeFile(tujuan, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('runner pada buku kerja contoh', () => {
  let folder: string;
  let hasilCli: Awaited<ReturnType<typeof jalankanCli>>;
  let keluaran: string;
  let sidikContoh: string;

  beforeAll(async () => {
    folder = await folderSementara();
    sidikContoh = await sidik(CONTOH);
    hasilCli = await jalankanCli([], folder);
    keluaran = path.join(folder, 'contoh-lkip-ntt-2021-laporan.xlsx');
  });

  test('tanpa masukan: memakai contoh bawaan, menulis <nama>-laporan.xlsx di folder kerja, kode 0', async () => {
    expect(hasilCli.kode).toBe(KODE_KELUAR.sukses);
    expect(await isiFolder(folder)).toEqual(['contoh-lkip-ntt-2021-laporan.xlsx']);
    expect(hasilCli.keluaran).toContain(keluaran);
  });

  test('berkas contoh tidak berubah sedikit pun', async () => {
    expect(await sidik(CONTOH)).toBe(sidikContoh);
  });

  test('setiap capaian indikator sama dengan Tabel 3.2 dokumen, 2 indikator tidak diukur', async () => {
    const { baris, iKepala, kol } = tabelLaporan(await bacaBuku(keluaran));
    for (const f of fx.indikator) {
      const b = baris.find((x, n) => n > iKepala && x[kol('Indikator Kinerja')] === f.nama);
      expect(b?.[kol('Indikator Kinerja')]).toBe(f.nama);
      if (f.capaian_tertulis === null) {
        expect(b![kol('Realisasi')]).toBeNull();
        expect(typeof b![kol('Capaian')] === 'number').toBe(false);
      } else {
        expect({
          nama: f.nama,
          capaian: b![kol('Capaian')],
          kategori: b![kol('Kategori')],
          realisasi: b![kol('Realisasi')],
        }).toEqual({
          nama: f.nama,
          capaian: f.capaian_tertulis,
          kategori: kategoriDokumen(f.capaian_tertulis),
          realisasi: f.realisasi,
        });
      }
    }
  });

  test('RATA-RATA CAPAIAN 81,44 → Berhasil', async () => {
    const { baris, iKepala, kol } = tabelLaporan(await bacaBuku(keluaran));
    const rata = barisMulai(baris, 'RATA-RATA CAPAIAN', iKepala);
    expect(rata[kol('Capaian')]).toBe(fx.rata_rata_capaian_tertulis);
    expect(rata[kol('Kategori')]).toBe(fx.kategori_tertulis);
  });

  test('harga: rata-rata 12,76 dan 26,77; gabungan 19,77 → capaian 75', async () => {
    const { baris } = tabelLaporan(await bacaBuku(keluaran));
    const iPokok = baris.findIndex((b) => typeof b[0] === 'string' && /Harga Kebutuhan Pokok$/.test(b[0]));
    const iPenting = baris.findIndex((b) => typeof b[0] === 'string' && /Harga Barang Penting$/.test(b[0]));
    expect(barisMulai(baris, 'Rata-rata', iPokok)).toContain(fx.harga.pokok.rata_rata_tertulis);
    expect(barisMulai(baris, 'Rata-rata', iPenting)).toContain(fx.harga.penting.rata_rata_tertulis);
    const iGabungan = baris.findIndex((b) => b[0] === 'Kenaikan Harga Gabungan');
    expect(barisMulai(baris, 'Rata-rata kenaikan harga', iGabungan)).toContain(fx.harga.gabungan_tertulis);
    expect(barisMulai(baris, 'Capaian menurut skala inflasi', iGabungan)).toContain(75);
  });

  test('anggaran: serapan APBD 97,32 (Tabel 3.22) dan APBN 92,67 (Tabel 3.24)', async () => {
    const { baris } = tabelLaporan(await bacaBuku(keluaran));
    const iAnggaran = baris.findIndex((b) => b[0] === 'Alokasi dan Realisasi Anggaran');
    const apbd = barisMulai(baris, 'Jumlah', iAnggaran);
    expect(apbd).toEqual(expect.arrayContaining([fx.anggaran.apbd.total_pagu_tertulis, 13157342972, 97.32]));
    const iApbn = baris.findIndex((b) => b[0] === 'Alokasi dan Realisasi Anggaran APBN');
    expect(barisMulai(baris, 'Jumlah', iApbn)).toEqual(
      expect.arrayContaining([
        fx.anggaran.apbn.total_pagu_tertulis,
        fx.anggaran.apbn.total_realisasi_tertulis,
        fx.anggaran.apbn.total_persen_tertulis,
      ]),
    );
  });

  test('tidak ada rumus yang memanggil LKIP.; lembar laporan tanpa rumus sama sekali', async () => {
    const wb = await bacaBuku(keluaran);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data LKIP', 'Laporan LKIP', 'Verifikasi', 'Narasi LKIP']);
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) {
            expect(cell.formula.toUpperCase()).not.toContain('LKIP.');
            expect(ws.name).toBe('Data LKIP');
          }
        }),
      );
    }
  });

  test('lembar masukan "Data LKIP" terbawa tanpa berubah', async () => {
    const [asli, hasil] = [await bacaBuku(CONTOH), await bacaBuku(keluaran)];
    expect(barisTeks(hasil.getWorksheet('Data LKIP')!)).toEqual(barisTeks(asli.getWorksheet('Data LKIP')!));
  });

  test('terminal: tabel capaian dan ringkasan, muat dalam 60 kolom', () => {
    const teks = hasilCli.keluaran;
    for (const baris of teks.split('\n')) {
      if (!baris.startsWith('  /')) expect(baris.length).toBeLessThanOrEqual(LEBAR_TERMINAL);
    }
    expect(teks).toMatch(/Rata-rata capaian\s*: 81,44 % — Berhasil/);
    expect(teks).toMatch(/Kenaikan harga\s*: 19,77 % → capaian 75 %/);
    expect(teks).toMatch(/Serapan anggaran\s*: 97,32 %/);
    expect(teks).toContain('88,64 %  Sangat Berhasil');
    expect(teks).toContain('96,43 %  Sangat Berhasil');
    expect(teks).toContain('22,86 %  Belum Berhasil');
    expect(teks).toMatch(/\(9 dari 11 indikator\)/);
  });

  test('jalan kedua memberi hasil yang sama (bita demi bita)', async () => {
    const folder2 = await folderSementara();
    const kedua = await jalankanCli([], folder2);
    expect(kedua.kode).toBe(0);
    const a = await fs.readFile(keluaran);
    const b = await fs.readFile(path.join(folder2, 'contoh-lkip-ntt-2021-laporan.xlsx'));
    expect(a.equals(b)).toBe(true);
  });
});

describe('--json', () => {
  test('satu dokumen JSON sesuai issue, angka seperti dipublikasikan, null bila tidak diukur', async () => {
    const folder = await folderSementara();
    const { kode, keluaran, galat } = await jalankanCli(['--json', '--out', path.join(folder, 'hasil.xlsx')], folder);
    expect(kode).toBe(0);
    expect(galat).toContain(`Laporan ditulis ke ${path.join(folder, 'hasil.xlsx')}`);
    const json = JSON.parse(keluaran) as LaporanJson;
    expect(Object.keys(json).sort()).toEqual(
      [
        'anggaran',
        'harga',
        'indikator',
        'instansi',
        'kategori',
        'kenaikan_harga_gabungan',
        'rata_rata_capaian',
        'sasaran',
        'tahun',
        'verifikasi',
      ].sort(),
    );
    expect(json).toMatchObject({
      instansi: fx.instansi,
      tahun: 2021,
      rata_rata_capaian: 81.44,
      kategori: 'Berhasil',
      harga: [
        { grup: 'Kebutuhan Pokok', rata_rata: 12.76 },
        { grup: 'Barang Penting', rata_rata: 26.77 },
      ],
      kenaikan_harga_gabungan: 19.77,
      anggaran: { pagu: 13519650516, realisasi: 13157342972, serapan: 97.32 },
    });
    expect(json.indikator.map((i) => [i.nama, i.target, i.realisasi, i.capaian])).toEqual(
      fx.indikator.map((f) => [f.nama, f.target, f.realisasi, f.capaian_tertulis]),
    );
    for (const i of json.indikator) {
      expect(Object.keys(i).sort()).toEqual(
        [
          'banding_standar',
          'capaian',
          'efisiensi',
          'kategori',
          'keterangan',
          'nama',
          'no',
          'realisasi',
          'riwayat',
          'satuan',
          'standar_nasional',
          'target',
        ].sort(),
      );
    }
    expect(json.indikator[0]!.keterangan).toContain('39 / 88 × 100% = 44,32%');
    // Verifikasi (issue 6): 2 unmeasured, NA → 100, two capped, three price roundings, the printed APBD total
    const id = json.verifikasi.map((v) => v.id ?? '');
    expect(id.filter((x) => x.startsWith('TIDAK-DIUKUR:'))).toHaveLength(2);
    expect(id.filter((x) => x.startsWith('DIBATASI:'))).toHaveLength(2);
    expect(id.filter((x) => x.startsWith('TARGET-NA:'))).toHaveLength(1);
    expect(json.verifikasi.filter((v) => v.id?.startsWith('HARGA-TERTULIS:')).map((v) => v.tingkat)).toEqual([
      'info',
      'info',
      'info',
    ]);
    expect(json.verifikasi.find((v) => v.id?.startsWith('ANGGARAN-TOTAL:lkip-anggaran:'))).toMatchObject({ tingkat: 'galat' });
  });

  test('beberapa berkas: larik JSON, kemajuan di stderr', async () => {
    const folder = await folderSementara();
    const a = path.join(folder, 'kantor-a.xlsx');
    const b = path.join(folder, 'kantor-b.xlsx');
    await fs.copyFile(CONTOH, a);
    await fs.copyFile(CONTOH, b);
    const out = path.join(folder, 'hasil');
    const { kode, keluaran, galat } = await jalankanCli([a, b, '--json', '--out', out], folder);
    expect(kode).toBe(0);
    expect(galat).toContain('[1/2] kantor-a.xlsx …');
    expect(galat).toContain('[2/2] kantor-b.xlsx …');
    expect(galat).toContain('Selesai: 2 dari 2 berkas berhasil.');
    const larik = JSON.parse(keluaran) as (LaporanJson & { berkas: string; keluaran: string })[];
    expect(larik.map((x) => [x.berkas, x.keluaran, x.rata_rata_capaian])).toEqual([
      [a, path.join(out, 'kantor-a-laporan.xlsx'), 81.44],
      [b, path.join(out, 'kantor-b-laporan.xlsx'), 81.44],
    ]);
    expect(await isiFolder(out)).toEqual(['kantor-a-laporan.xlsx', 'kantor-b-laporan.xlsx']);
  });
});

describe('masukan yang salah: pesan, kode keluar, dan tidak ada yang ditulis', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await folderSementara();
  });

  async function jalankanDanPastikanTidakMenulis(masukan: string, argv: string[] = []) {
    const sebelum = await isiFolder(folder);
    const sidikSebelum = await sidik(masukan).catch(() => null);
    const hasil = await jalankanCli([masukan, ...argv], folder);
    expect(await isiFolder(folder)).toEqual(sebelum);
    expect(await sidik(masukan).catch(() => null)).toBe(sidikSebelum);
    return hasil;
  }

  test('berkas teks yang diberi akhiran .xlsx', async () => {
    const palsu = path.join(folder, 'palsu.xlsx');
    await fs.writeFile(palsu, 'No;Indikator;Target;Realisasi\n1;Cakupan;50;44,32\n');
    const { kode, galat } = await jalankanDanPastikanTidakMenulis(palsu);
    expect(kode).toBe(KODE_KELUAR.berkas);
    expect(galat).toMatch(/^palsu\.xlsx: bukan buku kerja \.xlsx/);
  });

  test('berkas yang bukan .xlsx menurut namanya, dan berkas yang tidak ada', async () => {
    const csv = path.join(folder, 'data.csv');
    await fs.writeFile(csv, 'a,b\n');
    const r1 = await jalankanDanPastikanTidakMenulis(csv);
    expect(r1.kode).toBe(KODE_KELUAR.berkas);
    expect(r1.galat).toMatch(/data\.csv: hanya berkas \.xlsx/);
    const r2 = await jalankanCli([path.join(folder, 'hilang.xlsx')], folder);
    expect(r2.kode).toBe(KODE_KELUAR.berkas);
    expect(r2.galat).toMatch(/hilang\.xlsx: berkas tidak ditemukan/);
  });

  test('buku kerja tanpa LKIP_Target', async () => {
    const masukan = path.join(folder, 'tanpa-target.xlsx');
    await ubahNama(CONTOH, masukan, (xml) => xml.replace(/<definedName name="LKIP_Target">[^<]*<\/definedName>/, ''));
    const { kode, galat } = await jalankanDanPastikanTidakMenulis(masukan);
    expect(kode).toBe(KODE_KELUAR.ditolak);
    expect(galat).toContain('tanpa-target.xlsx: laporan tidak ditulis');
    expect(galat.replace(/\n\s*/g, ' ')).toMatch(/LKIP_Target: Nama LKIP_Target tidak ditemukan di buku kerja/);
  });

  test('panjang rentang berbeda: pesan menyebut nama, jumlah baris dan sel', async () => {
    const masukan = path.join(folder, 'panjang-beda.xlsx');
    await ubahNama(CONTOH, masukan, (xml) => xml.replace("'Data LKIP'!$E$27:$E$37", "'Data LKIP'!$E$27:$E$36"));
    const { kode, galat } = await jalankanDanPastikanTidakMenulis(masukan);
    expect(kode).toBe(KODE_KELUAR.ditolak);
    const pesan = galat.replace(/\n\s*/g, ' ');
    expect(pesan).toContain("LKIP_Target, sel 'Data LKIP'!E27:E36");
    expect(pesan).toMatch(/LKIP_Target berisi 10 baris, sedangkan LKIP_Indikator berisi 11 baris/);
  });

  test('--out sama dengan berkas masukan ditolak; masukan tidak ditimpa', async () => {
    const masukan = path.join(folder, 'kantor.xlsx');
    await fs.copyFile(CONTOH, masukan);
    const { kode, galat } = await jalankanDanPastikanTidakMenulis(masukan, ['--out', masukan]);
    expect(kode).toBe(KODE_KELUAR.pemakaian);
    expect(galat).toMatch(/sama dengan berkas masukan/);
    const relatif = await jalankanDanPastikanTidakMenulis(masukan, ['--out', './kantor.xlsx']);
    expect(relatif.kode).toBe(KODE_KELUAR.pemakaian);
  });

  test('--help: teks pemakaian dalam 60 kolom, kode 0, tidak menulis apa pun', async () => {
    const { kode, keluaran } = await jalankanCli(['--help'], folder);
    expect(kode).toBe(0);
    expect(keluaran).toContain('npm run report -- [BERKAS.xlsx ...] [--out JALUR] [--json]');
    for (const b of keluaran.split('\n')) expect(b.length).toBeLessThanOrEqual(LEBAR_TERMINAL);
    expect(await isiFolder(folder)).toEqual([]);
  });

  test('opsi tidak dikenal dan --out tanpa nilai', async () => {
    expect((await jalankanCli(['--keluaran', 'x'], folder)).kode).toBe(KODE_KELUAR.pemakaian);
    const r = await jalankanCli(['--out'], folder);
    expect(r.kode).toBe(KODE_KELUAR.pemakaian);
    expect(r.galat).toMatch(/--out memerlukan jalur/);
    expect(await isiFolder(folder)).toEqual([]);
  });

  test('beberapa berkas, satu rusak: yang lain tetap ditulis, kode keluar tidak 0', async () => {
    const baik = path.join(folder, 'baik.xlsx');
    const palsu = path.join(folder, 'rusak.xlsx');
    await fs.copyFile(CONTOH, baik);
    await fs.writeFile(palsu, 'bukan xlsx');
    const { kode, galat } = await jalankanCli([palsu, baik], folder);
    expect(kode).toBe(KODE_KELUAR.berkas);
    expect(galat).toContain('Selesai: 1 dari 2 berkas berhasil.');
    expect(await isiFolder(folder)).toEqual(['baik-laporan.xlsx', 'baik.xlsx', 'rusak.xlsx']);
  });
});

describe('masukan yang berbeda bentuk tetap benar', () => {
  test('nama yang menunjuk ke lembar lain', async () => {
    const folder = await folderSementara();
    const wb = await bacaBuku(CONTOH);
    const pk = wb.addWorksheet('Target PK');
    pk.getCell('A1').value = 'Target 2021';
    fx.indikator.forEach((f, i) => {
      pk.getCell(i + 2, 1).value = f.target;
    });
    const antara = path.join(folder, 'antara.xlsx');
    await wb.xlsx.writeFile(antara);
    const masukan = path.join(folder, 'lembar-lain.xlsx');
    await ubahNama(antara, masukan, (xml) =>
      xml.replace(
        /(<definedName name="LKIP_Target">)[^<]*(<\/definedName>)/,
        (_, buka: string, tutup: string) => `${buka}'Target PK'!$A$2:$A$12${tutup}`,
      ),
    );
    const { kode, keluaran, galat } = await jalankanCli([masukan, '--json'], folder);
    expect(galat).not.toMatch(/laporan tidak ditulis/);
    expect(kode).toBe(0);
    const json = JSON.parse(keluaran) as LaporanJson;
    expect(json.indikator.map((i) => i.capaian)).toEqual(fx.indikator.map((f) => f.capaian_tertulis));
    expect(json.rata_rata_capaian).toBe(81.44);
  });

  test('angka berformat Indonesia sebagai teks ("44,32", "Rp 11.897.548.816,-")', async () => {
    const folder = await folderSementara();
    const teks = (n: number) => n.toFixed(2).replace('.', ',');
    const rupiah = (n: number) => `Rp ${n.toLocaleString('de-DE')},-`; // 11.897.548.816: Indonesian grouping
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Isian Kantor');
    ws.addRow(['Indikator', 'Target', 'Realisasi', 'Metode']);
    for (const f of fx.indikator) {
      ws.addRow([
        f.nama,
        typeof f.target === 'number' ? teks(f.target) : f.target,
        f.realisasi === null ? null : teks(f.realisasi),
        f.no_pk === 3 ? 'inflasi' : 'rasio',
      ]);
    }
    ws.addRow([]);
    ws.addRow(['Program', 'Pagu', 'Realisasi']);
    for (const p of fx.anggaran.apbd.program) ws.addRow([p.program, rupiah(p.pagu), rupiah(p.realisasi)]);
    const n = fx.indikator.length;
    const awalAnggaran = n + 4;
    wb.definedNames.add(`'Isian Kantor'!$A$2:$A$${n + 1}`, 'LKIP_Indikator');
    wb.definedNames.add(`'Isian Kantor'!$B$2:$B$${n + 1}`, 'LKIP_Target');
    wb.definedNames.add(`'Isian Kantor'!$C$2:$C$${n + 1}`, 'LKIP_Realisasi');
    wb.definedNames.add(`'Isian Kantor'!$D$2:$D$${n + 1}`, 'LKIP_Metode');
    wb.definedNames.add(
      `'Isian Kantor'!$A$${awalAnggaran - 1}:$C$${awalAnggaran + fx.anggaran.apbd.program.length - 1}`,
      'LKIP_Anggaran',
    );
    const masukan = path.join(folder, 'teks.xlsx');
    await wb.xlsx.writeFile(masukan);
    expect(ws.getCell('B3').value).toBe('25,00');
    expect(ws.getCell(`B${awalAnggaran}`).value).toBe('Rp 11.897.548.816,-');

    const { kode, keluaran } = await jalankanCli([masukan, '--json'], folder);
    expect(kode).toBe(0);
    const json = JSON.parse(keluaran) as LaporanJson;
    expect(json.indikator.map((i) => i.capaian)).toEqual(fx.indikator.map((f) => f.capaian_tertulis));
    expect(json.rata_rata_capaian).toBe(81.44);
    expect(json.kategori).toBe('Berhasil');
    expect(json.anggaran).toEqual({ pagu: 13519650516, realisasi: 13157342972, serapan: 97.32 });
  });
});

describe('bagian lain buku kerja terbawa utuh', () => {
  test('grafik, gambar dan makro .xlsm: hasil <nama>-laporan.xlsm membawanya bita demi bita, tanpa peringatan', async () => {
    const folder = await folderSementara();
    const masukan = path.join(folder, 'bermakro.xlsm');
    await fs.writeFile(masukan, await bukuXlsm());
    const { kode, galat } = await jalankanCli([masukan], folder);
    expect(kode).toBe(0);
    expect(galat).toBe('');
    expect(await isiFolder(folder)).toEqual(['bermakro-laporan.xlsm', 'bermakro.xlsm']);
    const [a, b] = await Promise.all([
      entri(await fs.readFile(masukan)),
      entri(await fs.readFile(path.join(folder, 'bermakro-laporan.xlsm'))),
    ]);
    for (const bagian of ['xl/vbaProject.bin', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/worksheets/sheet1.xml']) {
      expect([bagian, b.get(bagian)?.mentah.equals(a.get(bagian)!.mentah)]).toEqual([bagian, true]);
    }
    expect(b.get('[Content_Types].xml')!.isi.toString('utf8')).toContain(JENIS_XLSM);
  });

  test('--out untuk masukan .xlsm harus berakhiran .xlsm (Excel tidak membuka buku kerja bermakro bernama .xlsx)', async () => {
    const folder = await folderSementara();
    const masukan = path.join(folder, 'bermakro.xlsm');
    await fs.writeFile(masukan, await bukuXlsm());
    const { kode, galat } = await jalankanCli([masukan, '--out', 'hasil.xlsx'], folder);
    expect(kode).toBe(KODE_KELUAR.pemakaian);
    expect(galat).toMatch(/--out hasil\.xlsx: masukan bermakro\.xlsm menghasilkan berkas \.xlsm/);
    expect(await isiFolder(folder)).toEqual(['bermakro.xlsm']);
    expect((await jalankanCli([masukan, '--out', 'hasil.xlsm'], folder)).kode).toBe(0);
  });
});

describe('catatan reviewer di lembar Verifikasi tidak hilang', () => {
  const CATATAN = 'Cek total realisasi di Tabel 3.22 (digit terakhir hilang).';

  /** Row (1-based) of the ANGGARAN-TOTAL finding and the columns of Status and Catatan reviewer. */
  async function posisiTemuan(jalur: string) {
    const baris = barisTeks((await bacaBuku(jalur)).getWorksheet('Verifikasi')!);
    const kepala = baris.findIndex((b) => b[0] === 'ID');
    const r = baris.findIndex((b) => typeof b[0] === 'string' && b[0].startsWith('ANGGARAN-TOTAL:lkip-anggaran:')) + 1;
    expect(r).toBeGreaterThan(kepala + 1);
    return {
      kepala: kepala + 1,
      r,
      status: baris[kepala]!.indexOf('Status') + 1,
      catatan: baris[kepala]!.indexOf('Catatan reviewer') + 1,
    };
  }

  function catatanDi(baris: unknown[][]) {
    const k = baris.findIndex((b) => b[0] === 'ID');
    const temuan = baris.find((b) => typeof b[0] === 'string' && b[0].startsWith('ANGGARAN-TOTAL:lkip-anggaran:'))!;
    return { status: temuan[baris[k]!.indexOf('Status')], catatan: temuan[baris[k]!.indexOf('Catatan reviewer')] };
  }

  test('catatan yang ditulis di sel reviewer (seperti di Excel) dipertahankan saat runner dijalankan lagi', async () => {
    const folder = await folderSementara();
    expect((await jalankanCli(['--out', 'pertama.xlsx'], folder)).kode).toBe(0);
    const pertama = path.join(folder, 'pertama.xlsx');
    const pos = await posisiTemuan(pertama);
    // Edit only the two reviewer cells inside the package, as a spreadsheet application would save them.
    const zip = await JSZip.loadAsync(await fs.readFile(pertama));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    const rid = /<sheet [^>]*name="Verifikasi"[^>]*r:id="([^"]+)"/.exec(wbXml)![1]!;
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
    const jalurLembar = `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`;
    let xml = await zip.file(jalurLembar)!.async('string');
    const isi = (kolom: number, teks: string) => {
      const alamat = `${String.fromCharCode(64 + kolom)}${pos.r}`;
      const pola = new RegExp(`<c r="${alamat}"([^>]*?)/>`);
      expect(xml).toMatch(pola);
      xml = xml.replace(pola, (_, attr: string) => `<c r="${alamat}"${attr} t="inlineStr"><is><t>${teks}</t></is></c>`);
    };
    isi(pos.status, 'Perlu perbaikan');
    isi(pos.catatan, CATATAN);
    zip.file(jalurLembar, xml);
    const beranotasi = path.join(folder, 'beranotasi.xlsx');
    await fs.writeFile(beranotasi, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const sidikAnotasi = await sidik(beranotasi);

    const { kode } = await jalankanCli([beranotasi, '--out', 'kedua.xlsx'], folder);
    expect(kode).toBe(0);
    expect(await sidik(beranotasi)).toBe(sidikAnotasi);
    const hasil = barisTeks((await bacaBuku(path.join(folder, 'kedua.xlsx'))).getWorksheet('Verifikasi')!);
    expect(catatanDi(hasil)).toEqual({ status: 'Perlu perbaikan', catatan: CATATAN });
  });

  test('alat yang menulis ulang buku kerja (ExcelJS, yang membuang nama seluruh baris): penanda satu sel bertahan, catatan tetap ada tanpa --timpa, juga setelah baris disisipkan', async () => {
    const folder = await folderSementara();
    expect((await jalankanCli(['--out', 'pertama.xlsx'], folder)).kode).toBe(0);
    const pos = await posisiTemuan(path.join(folder, 'pertama.xlsx'));
    const wb = await bacaBuku(path.join(folder, 'pertama.xlsx'));
    const ver = wb.getWorksheet('Verifikasi')!;
    ver.getCell(pos.r, pos.status).value = 'Perlu perbaikan';
    ver.getCell(pos.r, pos.catatan).value = CATATAN;
    ver.spliceRows(pos.kepala, 0, ['Diperiksa oleh Perencana, 3 Februari 2022']);
    const beranotasi = path.join(folder, 'beranotasi.xlsx');
    await wb.xlsx.writeFile(beranotasi);

    const { kode, galat } = await jalankanCli([beranotasi, '--out', 'kedua.xlsx'], folder);
    expect(galat).toBe('');
    expect(kode).toBe(0);
    const hasil = barisTeks((await bacaBuku(path.join(folder, 'kedua.xlsx'))).getWorksheet('Verifikasi')!);
    expect(catatanDi(hasil)).toEqual({ status: 'Perlu perbaikan', catatan: CATATAN });
  });
});

describe('sebagai perintah (proses terpisah)', () => {
  test('npm run report -- --json --out …: skrip package.json, aset dicari relatif ke skrip', async () => {
    const folder = await folderSementara();
    const out = path.join(folder, 'npm-run.xlsx');
    const r = spawnSync('npm', ['run', '--silent', 'report', '--', '--json', '--out', out], {
      cwd: AKAR,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).toContain(`Laporan ditulis ke ${out}`);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as LaporanJson).rata_rata_capaian).toBe(81.44);
    expect(await isiFolder(folder)).toEqual(['npm-run.xlsx']);
  });

  test('tsx src/cli/laporan.ts dari folder lain; kode keluar bukan 0 untuk berkas rusak', async () => {
    const folder = await folderSementara();
    const tsx = path.join(AKAR, 'node_modules', '.bin', 'tsx');
    const skrip = path.join(AKAR, 'src', 'cli', 'laporan.ts');
    const ok = spawnSync(tsx, [skrip], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Rata-rata capaian\s*: 81,44 % — Berhasil/);
    expect(await isiFolder(folder)).toEqual(['contoh-lkip-ntt-2021-laporan.xlsx']);
    await fs.writeFile(path.join(folder, 'teks.xlsx'), 'halo');
    const gagal = spawnSync(tsx, [skrip, 'teks.xlsx'], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
    expect(gagal.status).toBe(KODE_KELUAR.berkas);
    expect(gagal.stderr).toMatch(/teks\.xlsx: bukan buku kerja \.xlsx/);
    expect(gagal.stdout).toBe('');
  });
});
