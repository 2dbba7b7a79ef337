/**
 * The structure of an .xlsx package as Open Packaging Conventions describe it: content types, relationships
 * (which part is the workbook, which parts are its sheets, shared strings, styles), and the workbook's sheets
 * and defined names — read from the small parts only, never from the sheets themselves.
 */
import path from 'node:path';
import type { ArsipZip } from './zipBaca';
import {
  anakElemen,
  awalanNamespace,
  cariAnak,
  elemenBaru,
  GalatXml,
  semuaAnak,
  teksElemen,
  uraiXml,
  type DokumenXml,
  type Elemen,
} from './xmlRingan';

export const JALUR_JENIS_KONTEN = '[Content_Types].xml';
export const JALUR_RELASI_AKAR = '_rels/.rels';

/** Relationship types, by the last segment of their URI (transitional and strict URIs end alike). */
export const TIPE = {
  dokumen: 'officeDocument',
  lembar: 'worksheet',
  stringBersama: 'sharedStrings',
  gaya: 'styles',
  rantaiHitung: 'calcChain',
  komentar: 'comments',
  vml: 'vmlDrawing',
  gambar: 'drawing',
  grafik: 'chart',
} as const;

export const URI_RELASI = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const URI_RELASI_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const NS_SPREADSHEETML_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/** Full relationship type URI (transitional) of a type in TIPE. */
export function uriTipe(tipe: string): string {
  return `${URI_RELASI}/${tipe}`;
}

export const JENIS_KONTEN = {
  lembar: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  komentar: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  gambar: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  grafik: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  gaya: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  relasi: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** Largest small part (workbook, relationships, content types, styles) read whole. */
export const BATAS_BAGIAN_KECIL = 64 * 1024 * 1024;

/** A part named by a relationship, or an absolute part name, as a zip entry name ("xl/worksheets/sheet1.xml"). */
export function jalurTarget(sumber: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // not percent-encoded after all
  }
  if (t.startsWith('/')) return path.posix.normalize(t).replace(/^\/+/, '');
  return path.posix.normalize(path.posix.join(path.posix.dirname(sumber), t)).replace(/^\/+/, '');
}

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function jalurRelasi(bagian: string): string {
  return path.posix.join(path.posix.dirname(bagian), '_rels', `${path.posix.basename(bagian)}.rels`);
}

/** A relationship's target written relative to the source part's folder. */
export function targetRelatif(sumber: string, bagian: string): string {
  return path.posix.relative(path.posix.dirname(sumber), bagian);
}

export interface Relasi {
  readonly id: string;
  /** Last segment of the type URI ("worksheet"). */
  readonly tipe: string;
  readonly target: string;
  readonly eksternal: boolean;
}

export function tipeRelasi(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

export function bacaRelasi(dok: DokumenXml): Relasi[] {
  return semuaAnak(dok.akar, 'Relationship').map((el) => ({
    id: el.atribut.Id ?? '',
    tipe: tipeRelasi(el.atribut.Type ?? ''),
    target: el.atribut.Target ?? '',
    eksternal: el.atribut.TargetMode === 'External',
  }));
}

/** A relationship Id not used in the document: rId1, rId2, … */
export function idRelasiBaru(dok: DokumenXml): string {
  const dipakai = new Set(semuaAnak(dok.akar, 'Relationship').map((el) => el.atribut.Id));
  for (let i = 1; ; i++) if (!dipakai.has(`rId${i}`)) return `rId${i}`;
}

export function tambahRelasi(dok: DokumenXml, id: string, tipe: string, target: string): void {
  dok.akar.anak.push(elemenBaru(dok.akar, 'Relationship', { Id: id, Type: uriTipe(tipe), Target: target }));
}

/** An empty relationships part. */
export function relasiKosong(): DokumenXml {
  return uraiXml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
}

export async function bacaXml(arsip: ArsipZip, jalur: string): Promise<DokumenXml> {
  const bita = await arsip.bita(jalur, BATAS_BAGIAN_KECIL);
  try {
    return uraiXml(dekodeBita(bita));
  } catch (e) {
    if (e instanceof GalatXml) throw e.di({ bagian: jalur });
    throw e;
  }
}

/** Text of an XML part: UTF-8, or UTF-16 when it starts with that byte order mark. */
export function dekodeBita(bita: Uint8Array): string {
  if (bita[0] === 0xff && bita[1] === 0xfe) return new TextDecoder('utf-16le').decode(bita);
  if (bita[0] === 0xfe && bita[1] === 0xff) return new TextDecoder('utf-16be').decode(bita);
  return new TextDecoder('utf-8').decode(bita);
}

// ---------------------------------------------------------------------------------------------
// The workbook

export interface LembarPaket {
  readonly nama: string;
  readonly sheetId: number;
  readonly idRelasi: string;
  /** The sheet's part, or null when its relationship is missing (a damaged package). */
  readonly jalur: string | null;
  /** A worksheet (not a chart sheet or a dialog sheet). */
  readonly lembarKerja: boolean;
  /** The <sheet> element in workbook.xml. */
  readonly el: Elemen;
}

/** One <definedName> of workbook.xml. */
export interface NamaTerdefinisi {
  readonly nama: string;
  /** Index of the sheet for a sheet-scoped name (localSheetId); null = workbook scope. */
  readonly lokal: number | null;
  readonly tersembunyi: boolean;
  /** The reference text ("'Data LKIP'!$C$5:$C$15"). */
  readonly teks: string;
  readonly komentar?: string;
  /** The element as read; null for a name defined here. */
  readonly el: Elemen | null;
}

export type JenisBukuKerja = 'xlsx' | 'xlsm' | 'xltx' | 'xltm';

const JENIS_DARI_KONTEN: Readonly<Record<string, JenisBukuKerja>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': 'xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': 'xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': 'xltm',
};

export interface StrukturPaket {
  readonly jenisKonten: DokumenXml;
  readonly jalurBuku: string;
  readonly buku: DokumenXml;
  readonly relasiBuku: DokumenXml;
  readonly lembar: readonly LembarPaket[];
  readonly nama: readonly NamaTerdefinisi[];
  readonly date1904: boolean;
  readonly jalurStringBersama: string | null;
  readonly jalurGaya: string | null;
  readonly jenis: JenisBukuKerja;
  /** Prefix of the relationships namespace on the workbook's root ("r"). */
  readonly awalanR: string | null;
}

export class GalatPaket extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'GalatPaket';
  }
}

/** The content type of a part: its Override, else the Default of its extension. */
export function jenisKontenBagian(jenisKonten: DokumenXml, jalur: string): string | null {
  const nama = `/${jalur}`.toLowerCase();
  const override = semuaAnak(jenisKonten.akar, 'Override').find((el) => (el.atribut.PartName ?? '').toLowerCase() === nama);
  if (override) return override.atribut.ContentType ?? null;
  const ext = path.posix.extname(jalur).slice(1).toLowerCase();
  const bawaan = semuaAnak(jenisKonten.akar, 'Default').find((el) => (el.atribut.Extension ?? '').toLowerCase() === ext);
  return bawaan?.atribut.ContentType ?? null;
}

export async function bacaStruktur(arsip: ArsipZip): Promise<StrukturPaket> {
  if (!arsip.cari(JALUR_JENIS_KONTEN)) throw new GalatPaket('tidak ada [Content_Types].xml');
  const jenisKonten = await bacaXml(arsip, JALUR_JENIS_KONTEN);
  const akar = arsip.cari(JALUR_RELASI_AKAR) ? bacaRelasi(await bacaXml(arsip, JALUR_RELASI_AKAR)) : [];
  const relDok = akar.find((r) => r.tipe === TIPE.dokumen && !r.eksternal);
  const jalurBuku = relDok ? jalurTarget('', relDok.target) : 'xl/workbook.xml';
  if (!arsip.cari(jalurBuku)) throw new GalatPaket('tidak ada xl/workbook.xml');
  const buku = await bacaXml(arsip, jalurBuku);
  if (buku.akar.atribut.xmlns === NS_SPREADSHEETML_STRICT) {
    throw new GalatPaket('format "Strict Open XML" tidak didukung; simpan sebagai "Buku Kerja Excel (.xlsx)" biasa');
  }
  const jalurRelBuku = jalurRelasi(jalurBuku);
  const adaLembar = (cariAnak(buku.akar, 'sheets')?.anak ?? []).some((s) => s.jenis === 'elemen');
  if (!arsip.cari(jalurRelBuku) && adaLembar) {
    // Without it no sheet can be found: a damaged package, not a workbook whose names are wrong.
    throw new GalatPaket(`bagian ${jalurRelBuku} (relasi buku kerja ke lembar-lembarnya) tidak ada di arsip`);
  }
  const relasiBuku = arsip.cari(jalurRelBuku) ? await bacaXml(arsip, jalurRelBuku) : relasiKosong();
  const relasi = bacaRelasi(relasiBuku);
  const bagianDari = (tipe: string) => {
    const r = relasi.find((x) => x.tipe === tipe && !x.eksternal);
    return r ? jalurTarget(jalurBuku, r.target) : null;
  };
  const awalanR = awalanNamespace(buku.akar, [URI_RELASI, URI_RELASI_STRICT]);
  const sheets = cariAnak(buku.akar, 'sheets');
  const lembar: LembarPaket[] = (sheets ? semuaAnak(sheets, 'sheet') : []).map((el) => {
    const idRelasi = el.atribut[`${awalanR ?? 'r'}:id`] ?? '';
    const r = relasi.find((x) => x.id === idRelasi);
    return {
      nama: el.atribut.name ?? '',
      sheetId: Number(el.atribut.sheetId ?? 0),
      idRelasi,
      jalur: r && !r.eksternal ? jalurTarget(jalurBuku, r.target) : null,
      lembarKerja: r?.tipe === TIPE.lembar,
      el,
    };
  });
  const pr = cariAnak(buku.akar, 'workbookPr');
  const kontenBuku = jenisKontenBagian(jenisKonten, jalurBuku) ?? '';
  return {
    jenisKonten,
    jalurBuku,
    buku,
    relasiBuku,
    lembar,
    nama: bacaNamaTerdefinisi(buku),
    date1904: pr?.atribut.date1904 === '1' || pr?.atribut.date1904 === 'true',
    jalurStringBersama: bagianDari(TIPE.stringBersama),
    jalurGaya: bagianDari(TIPE.gaya),
    jenis: JENIS_DARI_KONTEN[kontenBuku] ?? 'xlsx',
    awalanR,
  };
}

function bacaNamaTerdefinisi(buku: DokumenXml): NamaTerdefinisi[] {
  const blok = cariAnak(buku.akar, 'definedNames');
  if (!blok) return [];
  return anakElemen(blok)
    .filter((el) => el.nama.endsWith('definedName'))
    .map((el) => {
      const lokal = el.atribut.localSheetId;
      const tersembunyi = el.atribut.hidden;
      return {
        nama: el.atribut.name ?? '',
        lokal: lokal === undefined ? null : Number(lokal),
        tersembunyi: tersembunyi === '1' || tersembunyi === 'true',
        teks: teksElemen(el),
        ...(el.atribut.comment !== undefined ? { komentar: el.atribut.comment } : {}),
        el,
      };
    });
}
