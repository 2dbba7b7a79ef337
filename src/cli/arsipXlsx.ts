/**
 * The parts of an .xlsx package that ExcelJS does not keep faithfully: the workbook's defined names
 * (ExcelJS drops hidden flags, sheet scope, and names that are not plain ranges) and the zip entry
 * dates (ExcelJS stamps the current time, so identical workbooks would differ byte for byte).
 * We read xl/workbook.xml ourselves and, after ExcelJS has written the package, put the names back
 * exactly as they were (plus ours) and re-pack the zip with fixed dates.
 */
import JSZip from 'jszip';

/** One <definedName> of xl/workbook.xml. */
export interface NamaMentah {
  readonly nama: string;
  /** Index of the sheet for a sheet-scoped name (localSheetId); null = workbook scope. */
  readonly lokal: number | null;
  readonly tersembunyi: boolean;
  /** The reference text, decoded ("'Data LKIP'!$C$5:$C$15"). */
  readonly teks: string;
  /** Comment shown in Excel's Name Manager (names we define). */
  readonly komentar?: string;
  /** The element exactly as read, written back unchanged; null for a name we define. */
  readonly xmlAsli: string | null;
}

const JALUR_WORKBOOK = 'xl/workbook.xml';

/** Zip entries of files written here carry this date, so the same workbook gives the same bytes. */
export const TANGGAL_ARSIP_BAWAAN = new Date(Date.UTC(2022, 0, 1, 0, 0, 0));

export function dekodeXml(teks: string): string {
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

export function enkodeXml(teks: string): string {
  return teks.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
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

function tulisSatuNama(n: NamaMentah, awalan: string): string {
  // The element as read, unless it used a namespace prefix the written document may not declare.
  if (n.xmlAsli !== null && n.xmlAsli.startsWith(`<${awalan}definedName`)) return n.xmlAsli;
  const attr = [`name="${enkodeXml(n.nama)}"`];
  if (n.lokal !== null) attr.push(`localSheetId="${n.lokal}"`);
  if (n.komentar) attr.push(`comment="${enkodeXml(n.komentar)}"`);
  if (n.tersembunyi) attr.push('hidden="1"');
  return `<${awalan}definedName ${attr.join(' ')}>${enkodeXml(n.teks)}</${awalan}definedName>`;
}

/** Replace the workbook.xml's defined names by exactly these (inserted after </sheets> when there were none). */
export function gantiNamaMentah(workbookXml: string, nama: readonly NamaMentah[]): string {
  const blok = POLA_BLOK_NAMA.exec(workbookXml);
  const awalan = blok?.[1] ?? /<(\w+:)?sheets\b/.exec(workbookXml)?.[1] ?? '';
  const isi =
    nama.length === 0
      ? ''
      : `<${awalan}definedNames>${nama.map((n) => tulisSatuNama(n, awalan)).join('')}</${awalan}definedNames>`;
  if (blok) return workbookXml.replace(POLA_BLOK_NAMA, () => isi);
  if (isi === '') return workbookXml;
  const akhirSheets = /<\/(?:\w+:)?sheets>/.exec(workbookXml);
  if (!akhirSheets) throw new Error('xl/workbook.xml tanpa <sheets>: paket tidak dapat diperbaiki.');
  const posisi = akhirSheets.index + akhirSheets[0].length;
  return workbookXml.slice(0, posisi) + isi + workbookXml.slice(posisi);
}

/** xl/workbook.xml of a package, or null when the package has none (not a workbook). */
export async function bacaWorkbookXml(zip: JSZip): Promise<string | null> {
  const berkas = zip.file(JALUR_WORKBOOK);
  return berkas ? berkas.async('string') : null;
}

/**
 * The package without its defined names, for ExcelJS to load: ExcelJS expands every named range into
 * one object per cell, so a name over a large range ('Laporan LKIP'!$A$1:$XFD$1048576) exhausts memory.
 * The names are read and written back by this module instead. Stored uncompressed: it is only parsed.
 */
export async function tanpaNama(zip: JSZip, workbookXml: string): Promise<Uint8Array> {
  zip.file(JALUR_WORKBOOK, gantiNamaMentah(workbookXml, []));
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

export async function bukaArsip(data: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(data);
}

/**
 * Re-pack an ExcelJS package: its workbook.xml gets exactly `nama` as defined names, every entry the
 * fixed date, directory entries are dropped (Excel writes none). Deterministic for the same content.
 */
export async function kemasUlang(
  dataExcelJs: Uint8Array,
  nama: readonly NamaMentah[],
  tanggal: Date = TANGGAL_ARSIP_BAWAAN,
): Promise<Buffer> {
  const asal = await JSZip.loadAsync(dataExcelJs);
  const baru = new JSZip();
  const entri = Object.values(asal.files).filter((f) => !f.dir);
  for (const f of entri) {
    if (f.name === JALUR_WORKBOOK) {
      const xml = await f.async('string');
      baru.file(f.name, gantiNamaMentah(xml, nama), { date: tanggal, createFolders: false });
    } else {
      baru.file(f.name, await f.async('uint8array'), { date: tanggal, createFolders: false });
    }
  }
  return baru.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
