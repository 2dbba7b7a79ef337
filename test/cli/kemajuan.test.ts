/**
 * The runner's progress on stderr: a bar redrawn in place on a terminal, plain periodic lines otherwise,
 * never on stdout (the report or the --json document stay clean). The input is an .xlsx written here with
 * ExcelJS holding one daily price group (LKIP_HargaHarian_Pokok) next to one price-rise indicator.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { LaporanJson } from '../../src/report/hasil';
import { SELANG_BARIS_KEMAJUAN_MS } from '../../src/cli/laporan';
import { URUTAN_TAHAP } from '../../src/report/kemajuan';
import { LEBAR_TERMINAL, barisKemajuan, batangKemajuan, labelTahap } from '../../src/cli/tampilan';
import { folderSementara, jalankanCli } from './bantu';

describe('progress texts', () => {
  test('a bar line fits the terminal width and says stage, bar, percent and chunks', () => {
    const baris = batangKemajuan('membaca harga harian', 8, 20);
    expect(baris).toBe(`${'Membaca harga harian'.padEnd(31)} [██████░░░░░░░░░░]  40% 8/20`);
    expect(baris).toHaveLength(LEBAR_TERMINAL);
    expect(batangKemajuan('menulis', 20, 20)).toBe(`${'Menulis'.padEnd(30)} [████████████████] 100% 20/20`);
    expect(batangKemajuan('membaca harga harian', 1, 3, 36)).toBe('Membaca… [█████░░░░░░░░░░░]  33% 1/3');
    expect(batangKemajuan('membaca harga harian', 963, 963, 40)).toHaveLength(40);
    expect(batangKemajuan('menulis', 0, 0)).toContain('[░░░░░░░░░░░░░░░░]   0% 0/0');
  });

  test('plain lines name the file; every stage has a label', () => {
    expect(barisKemajuan('kantor.xlsx', 'membaca harga harian', 12, 40)).toBe(
      'kantor.xlsx: Membaca harga harian 12 dari 40 bagian',
    );
    expect(URUTAN_TAHAP.map(labelTahap)).toEqual([
      'Membaca',
      'Membaca harga harian',
      'Menghitung',
      'Menyusun laporan',
      'Menulis',
    ]);
  });
});

const tanggal = (tahun: number, hariKe: number) => new Date(Date.UTC(tahun, 0, 1 + hariKe));

/** One indicator (metode inflasi, realisasi from the prices), LKIP_Tahun 2021, daily prices of 2 commodities × 2 kab/kota. */
async function bukuHarian(folder: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Isian');
  ws.addRow(['Indikator', 'Target', 'Realisasi', 'Metode']);
  ws.addRow(['Persentase Kenaikan Harga', 10, null, 'inflasi']);
  ws.getCell('F1').value = 2021;
  const harian = wb.addWorksheet('Harian');
  harian.addRow(['Tanggal', 'Komoditas', 'Satuan', 'Kab/Kota', 'Harga']);
  for (const [nama, lalu, kini] of [
    ['Beras', 10000, 11000],
    ['Gula Pasir', 16000, 16000],
  ] as const) {
    for (const kab of ['Kota Kupang', 'Kab. Ende']) {
      for (let h = 0; h < 366; h++) harian.addRow([tanggal(2020, h), nama, 'kg', kab, lalu]);
      for (let h = 0; h < 365; h++) harian.addRow([tanggal(2021, h), nama, 'kg', kab, kini]);
    }
  }
  const n = harian.rowCount;
  wb.definedNames.add('Isian!$A$2:$A$2', 'LKIP_Indikator');
  wb.definedNames.add('Isian!$B$2:$B$2', 'LKIP_Target');
  wb.definedNames.add('Isian!$C$2:$C$2', 'LKIP_Realisasi');
  wb.definedNames.add('Isian!$D$2:$D$2', 'LKIP_Metode');
  wb.definedNames.add('Isian!$F$1', 'LKIP_Tahun');
  wb.definedNames.add(`Harian!$A$1:$E$${n}`, 'LKIP_HargaHarian_Pokok');
  const jalur = path.join(folder, 'harian.xlsx');
  await wb.xlsx.writeFile(jalur);
  return jalur;
}

describe('the runner on a workbook with daily prices', () => {
  let folder: string;
  let masukan: string;
  beforeAll(async () => {
    folder = await folderSementara('lkip-kemajuan-');
    masukan = await bukuHarian(folder);
  });

  test('terminal: one bar redrawn in place through every stage, cleared at the end; stdout has the report only', async () => {
    let jam = 0;
    const { kode, keluaran, galat } = await jalankanCli([masukan, '--out', path.join(folder, 'tty.xlsx')], folder, {
      galatTty: true,
      waktu: () => (jam += 1000),
    });
    expect(kode).toBe(0);
    // Beras (11.000 − 10.000) / 10.000 = 10 %, Gula 0 %: mean 5 % → ≤ 10 % → capaian 100.
    expect(keluaran).toContain('Kenaikan harga    : 5 % → capaian 100 %');
    expect(keluaran).not.toContain('\r');
    const gambar = galat.split('\r').filter((g) => g !== '');
    expect(gambar.every((g) => g.endsWith('\x1b[K'))).toBe(true);
    const bar = gambar.map((g) => g.replace('\x1b[K', '')).filter((g) => g !== '');
    expect(bar).toContain(batangKemajuan('membaca harga harian', 1, 1));
    expect(bar.some((b) => b.startsWith('Menghitung'))).toBe(true);
    expect(bar.some((b) => b.startsWith('Menulis'))).toBe(true);
    expect(bar.every((b) => b.length <= LEBAR_TERMINAL && !b.includes('\n'))).toBe(true);
    expect(galat.endsWith('\r\x1b[K')).toBe(true); // the bar is gone before anything else is printed
  });

  test('not a terminal: a plain line per file and stage at most every interval; --json stays parseable on stdout', async () => {
    let jam = 0;
    const { kode, keluaran, galat } = await jalankanCli([masukan, '--json', '--out', path.join(folder, 'log.xlsx')], folder, {
      galatTty: false,
      waktu: () => (jam += SELANG_BARIS_KEMAJUAN_MS),
    });
    expect(kode).toBe(0);
    const json = JSON.parse(keluaran) as LaporanJson;
    expect(json.harga).toEqual([
      { grup: 'Pokok', rata_rata: 5, stabilitas: { rata_rata_kv: 0, batas_kv: 9, di_atas_batas: [] } },
    ]);
    expect(json.kenaikan_harga_gabungan).toBe(5);
    const baris = galat.split('\n');
    expect(baris).toContain('harian.xlsx: Membaca harga harian 1 dari 1 bagian');
    expect(baris).toContain('harian.xlsx: Menghitung 2 dari 2 bagian');
    expect(baris.some((b) => /^harian\.xlsx: Menulis \d+ dari \d+ bagian$/.test(b))).toBe(true);
    expect(galat).not.toContain('\r');
  });

  test('not a terminal, a short run: no progress line at all', async () => {
    const { kode, galat } = await jalankanCli([masukan, '--out', path.join(folder, 'cepat.xlsx')], folder, {
      galatTty: false,
      waktu: () => 0,
    });
    expect(kode).toBe(0);
    expect(galat).not.toMatch(/bagian/);
  });
});
