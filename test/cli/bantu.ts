/** Helpers for the runner's tests: build input workbooks, read outputs back, run the runner in-process. */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { utama, type IoCli } from '../../src/cli/laporan';

export const AKAR = path.resolve(__dirname, '..', '..');
export const CONTOH = path.join(AKAR, 'assets', 'contoh-lkip-ntt-2021.xlsx');

export interface Fixture {
  instansi: string;
  tahun: number;
  indikator: {
    no_pk: number;
    nama: string;
    satuan: string;
    target: number | string;
    realisasi: number | null;
    capaian_tertulis: number | null;
  }[];
  rata_rata_capaian_tertulis: number;
  kategori_tertulis: string;
  harga: {
    pokok: { rata_rata_tertulis: number; baris: HargaFixture[] };
    penting: { rata_rata_tertulis: number; baris: HargaFixture[] };
    gabungan_tertulis: number;
  };
  anggaran: {
    apbd: {
      program: AnggaranFixture[];
      total_pagu_tertulis: number;
      total_realisasi_tertulis_di_tabel: string;
      total_keu_persen_tertulis: number;
    };
    apbn: {
      program: AnggaranFixture[];
      total_pagu_tertulis: number;
      total_realisasi_tertulis: number;
      total_persen_tertulis: number;
    };
  };
  /** Tabel 2.7: the three sasaran and, per indicator, its sasaran and the APBD programme (row of Tabel 3.22). */
  sasaran_dan_program: {
    sasaran: { no: number; nama: string }[];
    indikator: { no_pk: number; sasaran_no: number; program_apbd_no: number }[];
  };
}
export interface HargaFixture {
  no: number;
  nama: string;
  satuan: string;
  harga_2020: number;
  harga_2021: number;
  persen_tertulis: number;
}
export interface AnggaranFixture {
  no: number;
  program: string;
  pagu: number;
  realisasi: number;
  keu_persen_tertulis?: number;
  persen_tertulis?: number;
  fisik_persen?: number;
}

/** The document's figures (golden values): test/fixtures/lkip-ntt-2021.json. */
export async function bacaFixture(): Promise<Fixture> {
  return JSON.parse(await fs.readFile(path.join(AKAR, 'test', 'fixtures', 'lkip-ntt-2021.json'), 'utf8')) as Fixture;
}

export async function folderSementara(awalan = 'lkip-cli-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), awalan));
}

export async function sidik(jalur: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(jalur))
    .digest('hex');
}

export async function bacaBuku(jalur: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(jalur);
  return wb;
}

/** xl/workbook.xml of a package. */
export async function workbookXml(data: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  return zip.file('xl/workbook.xml')!.async('string');
}

/** Replace the defined names of a package by raw XML (hidden, sheet-scoped, constants: what ExcelJS cannot write). */
export async function gantiNamaXml(data: Uint8Array, definedNamesXml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  let xml = await zip.file('xl/workbook.xml')!.async('string');
  xml = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  xml = xml.replace('</sheets>', `</sheets><definedNames>${definedNamesXml}</definedNames>`);
  zip.file('xl/workbook.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A cell's value as shown: formula cells give their result. */
function tampak(v: ExcelJS.CellValue | undefined): unknown {
  if (v === undefined) return null;
  return v !== null && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v;
}

/** Rows of a sheet as plain arrays from A1 (zero-based), formula cells as their result. */
export function barisTeks(ws: ExcelJS.Worksheet): unknown[][] {
  const hasil: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const baris: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) baris.push(tampak(ws.findCell(r, c)?.value));
    hasil.push(baris);
  }
  return hasil;
}

export interface HasilCli {
  kode: number;
  keluaran: string;
  galat: string;
}

/**
 * Run the runner in-process with its output captured. stderr counts as not a terminal and the clock
 * stands still, so no progress line is printed (whatever terminal jest runs in): output is deterministic.
 */
export async function jalankanCli(argv: string[], cwd: string, io: Partial<IoCli> = {}): Promise<HasilCli> {
  let keluaran = '';
  let galat = '';
  const kode = await utama(argv, {
    galatTty: false,
    waktu: () => 0,
    ...io,
    cwd,
    tulisKeluaran: (t) => {
      keluaran += t;
    },
    tulisGalat: (t) => {
      galat += t;
    },
  });
  return { kode, keluaran, galat };
}

export async function isiFolder(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}

// ---------------------------------------------------------------------------------------------
// Defined names read from a workbook.xml with plain patterns: a reader independent of the adapter's XML parser.

/** One <definedName> of xl/workbook.xml. */
export interface NamaMentah {
  readonly nama: string;
  /** Index of the sheet for a sheet-scoped name (localSheetId); null = workbook scope. */
  readonly lokal: number | null;
  readonly tersembunyi: boolean;
  /** The reference text, decoded ("'Data LKIP'!$C$5:$C$15"). */
  readonly teks: string;
  /** The element exactly as read. */
  readonly xmlAsli: string;
}

function dekodeXml(teks: string): string {
  return teks.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, kode: string) => {
    const k = kode.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const titikKode = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return String.fromCodePoint(titikKode);
  });
}

function atribut(teksAtribut: string, nama: string): string | null {
  const cocok = new RegExp(`(?:^|\\s)${nama}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(teksAtribut);
  if (!cocok) return null;
  return dekodeXml(cocok[1] ?? cocok[2] ?? '');
}

const POLA_NAMA = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;
const POLA_BLOK_NAMA = /<((?:\w+:)?)definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedNames>)/;

/** Every <definedName> of a workbook.xml, in document order. */
export function bacaNamaMentah(workbookXml: string): NamaMentah[] {
  const blok = POLA_BLOK_NAMA.exec(workbookXml);
  if (!blok) return [];
  const hasil: NamaMentah[] = [];
  for (const cocok of blok[0].matchAll(POLA_NAMA)) {
    const attr = cocok[1] ?? '';
    const nama = atribut(attr, 'name');
    if (nama === null) continue;
    const lokal = atribut(attr, 'localSheetId');
    const tersembunyi = atribut(attr, 'hidden');
    hasil.push({
      nama,
      lokal: lokal === null ? null : Number(lokal),
      tersembunyi: tersembunyi === '1' || tersembunyi === 'true',
      teks: dekodeXml(cocok[2] ?? ''),
      xmlAsli: cocok[0],
    });
  }
  return hasil;
}
