/**
 * A small XML tree for the package's small parts that the output changes (workbook.xml, relationships,
 * [Content_Types].xml, styles.xml): parsed with saxes (a conforming parser: comments, CDATA, character
 * references and namespace prefixes are what they are, never matched by a pattern), changed, written back.
 * Elements keep their prefixed names and attributes in document order; comments, processing instructions and
 * whitespace are kept, so an unchanged element is written back as it was read (up to character escaping).
 * A document type declaration is refused: OOXML parts have none, and entity expansion is never wanted.
 *
 * Also the text escaping of SpreadsheetML (ST_Xstring): characters XML cannot carry are written `_xHHHH_`.
 */
import { SaxesParser } from 'saxes';
import { terjemahSaxes } from '../terjemahGalat';

export interface Elemen {
  readonly jenis: 'elemen';
  /** Name as written, with its prefix ("x:sheet"). */
  nama: string;
  /** Attributes in document order, names as written ("r:id"). */
  atribut: Record<string, string>;
  anak: Simpul[];
}

export type Simpul =
  | Elemen
  | { readonly jenis: 'teks'; teks: string }
  | { readonly jenis: 'cdata'; teks: string }
  | { readonly jenis: 'komentar'; teks: string }
  | { readonly jenis: 'instruksi'; target: string; isi: string };

export interface DokumenXml {
  /** Comments and processing instructions before the root element. */
  readonly awal: Simpul[];
  readonly akar: Elemen;
}

/** Where in the package an XML error is: the part, and the line and column or the cell when known. */
export interface LetakXml {
  /** Part name ("xl/workbook.xml"). */
  readonly bagian?: string;
  /** The sheet's name, for a worksheet part. */
  readonly lembar?: string;
  readonly baris?: number;
  readonly kolom?: number;
  /** The cell being read ("A900"), for a streamed worksheet (no line and column there). */
  readonly sel?: string;
  /** The last cell read, when the error is between cells. */
  readonly sesudahSel?: string;
}

/**
 * Malformed XML (or a part we refuse to parse), in Indonesian, naming where it is. saxes's own English message
 * is kept only as the `cause` (shown with LKIP_DEBUG=1).
 */
export class GalatXml extends Error {
  constructor(
    /** What is wrong, in Indonesian. */
    readonly alasan: string,
    readonly letak: LetakXml = {},
    opsi?: { cause?: unknown },
  ) {
    super(teksLetak(letak) + alasan, opsi);
    this.name = 'GalatXml';
  }

  /** The same error with more of its location known (the part name, the sheet, the cell). */
  di(letak: LetakXml): GalatXml {
    return new GalatXml(this.alasan, { ...letak, ...this.letak }, { cause: this.cause ?? this });
  }
}

/** 'lembar "Data LKIP" (xl/worksheets/sheet1.xml), sel A900: ' / 'xl/workbook.xml baris 2, kolom 480: '. */
export function teksLetak(l: LetakXml): string {
  const bagian = l.lembar !== undefined ? `lembar "${l.lembar}"${l.bagian ? ` (${l.bagian})` : ''}` : (l.bagian ?? '');
  const posisi = [
    l.baris !== undefined ? `baris ${l.baris}` : '',
    l.kolom !== undefined ? `kolom ${l.kolom}` : '',
    l.sel !== undefined ? `sel ${l.sel}` : '',
    l.sesudahSel !== undefined ? `sesudah sel ${l.sesudahSel}` : '',
  ].filter((x) => x !== '');
  const semua = [bagian, posisi.join(', ')].filter((x) => x !== '');
  return semua.length > 0 ? `${semua.join(' ')}: ` : '';
}

/**
 * A parser whose errors throw (saxes would otherwise report and carry on) and that refuses a DTD.
 * `posisi`: track line and column for messages — four times slower, so off for the large streamed parts.
 */
export function parserKetat(posisi = true): SaxesParser {
  const p = new SaxesParser({ xmlns: false, position: posisi });
  // saxes keeps each handler in a property created when it is first set. Creating them all, in one order,
  // gives every parser one object shape: otherwise parsers with different handlers make saxes's state
  // functions polymorphic, and a million-row sheet parses four times slower after a few small parts.
  const h = p as unknown as Record<string, unknown>;
  h.xmldeclHandler = undefined;
  h.textHandler = undefined;
  h.piHandler = undefined;
  h.doctypeHandler = undefined;
  h.commentHandler = undefined;
  h.openTagStartHandler = undefined;
  h.attributeHandler = undefined;
  h.openTagHandler = undefined;
  h.closeTagHandler = undefined;
  h.cdataHandler = undefined;
  h.errorHandler = undefined;
  h.endHandler = undefined;
  h.readyHandler = undefined;
  p.on('error', (e) => {
    const t = terjemahSaxes(e.message);
    throw new GalatXml(t.alasan, t.baris !== null && t.kolom !== null ? { baris: t.baris, kolom: t.kolom } : {}, { cause: e });
  });
  p.on('doctype', () => {
    throw new GalatXml('deklarasi DOCTYPE tidak diizinkan di bagian buku kerja');
  });
  return p;
}

export function uraiXml(teks: string): DokumenXml {
  const p = parserKetat();
  const awal: Simpul[] = [];
  const tumpukan: Elemen[] = [];
  let akar: Elemen | null = null;
  const tambah = (s: Simpul) => {
    const induk = tumpukan[tumpukan.length - 1];
    if (induk) induk.anak.push(s);
    else if (s.jenis !== 'teks') awal.push(s);
  };
  p.on('opentag', (t) => {
    const el: Elemen = { jenis: 'elemen', nama: t.name, atribut: { ...t.attributes }, anak: [] };
    if (tumpukan.length === 0) {
      if (akar) throw new GalatXml('lebih dari satu elemen akar');
      akar = el;
    } else tambah(el);
    tumpukan.push(el);
  });
  p.on('closetag', () => {
    tumpukan.pop();
  });
  p.on('text', (t) => tambah({ jenis: 'teks', teks: t }));
  p.on('cdata', (t) => tambah({ jenis: 'cdata', teks: t }));
  p.on('comment', (t) => tambah({ jenis: 'komentar', teks: t }));
  p.on('processinginstruction', (pi) => tambah({ jenis: 'instruksi', target: pi.target, isi: pi.body }));
  p.write(teks.replace(/^\uFEFF/, '')).close();
  if (!akar) throw new GalatXml('dokumen tanpa elemen akar');
  return { awal, akar };
}

export const DEKLARASI_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function tulisXml(dok: DokumenXml): string {
  const bagian: string[] = [DEKLARASI_XML];
  for (const s of dok.awal) tulisSimpul(s, bagian);
  tulisSimpul(dok.akar, bagian);
  return bagian.join('');
}

export function tulisElemen(el: Elemen): string {
  const bagian: string[] = [];
  tulisSimpul(el, bagian);
  return bagian.join('');
}

function tulisSimpul(s: Simpul, keluar: string[]): void {
  switch (s.jenis) {
    case 'teks':
      keluar.push(escTeks(s.teks));
      return;
    case 'cdata':
      keluar.push(`<![CDATA[${s.teks.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`);
      return;
    case 'komentar':
      keluar.push(`<!--${s.teks}-->`);
      return;
    case 'instruksi':
      keluar.push(`<?${s.target}${s.isi ? ` ${s.isi}` : ''}?>`);
      return;
    case 'elemen': {
      keluar.push(`<${s.nama}${tulisAtribut(s.atribut)}`);
      if (s.anak.length === 0) {
        keluar.push('/>');
        return;
      }
      keluar.push('>');
      for (const a of s.anak) tulisSimpul(a, keluar);
      keluar.push(`</${s.nama}>`);
    }
  }
}

export function tulisAtribut(atribut: Readonly<Record<string, string | number | undefined>>): string {
  let s = '';
  for (const [k, v] of Object.entries(atribut)) if (v !== undefined) s += ` ${k}="${escAtribut(String(v))}"`;
  return s;
}

export function escTeks(t: string): string {
  return t.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escAtribut(t: string): string {
  return t.replace(/[&<>"\t\n\r]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c] ?? `#${c.charCodeAt(0)}`};`);
}

// ---------------------------------------------------------------------------------------------
// Navigation

/** Local name of a prefixed name: "x:sheet" → "sheet". */
export function lokal(nama: string): string {
  const i = nama.indexOf(':');
  return i < 0 ? nama : nama.slice(i + 1);
}

/** Prefix with its colon ("x:") or "". */
export function awalan(nama: string): string {
  const i = nama.indexOf(':');
  return i < 0 ? '' : nama.slice(0, i + 1);
}

export function anakElemen(el: Elemen): Elemen[] {
  return el.anak.filter((s): s is Elemen => s.jenis === 'elemen');
}

export function cariAnak(el: Elemen, namaLokal: string): Elemen | undefined {
  return el.anak.find((s): s is Elemen => s.jenis === 'elemen' && lokal(s.nama) === namaLokal);
}

export function semuaAnak(el: Elemen, namaLokal: string): Elemen[] {
  return el.anak.filter((s): s is Elemen => s.jenis === 'elemen' && lokal(s.nama) === namaLokal);
}

/** The text content of an element (its text and CDATA, descendants included). */
export function teksElemen(el: Elemen): string {
  return el.anak
    .map((s) => (s.jenis === 'teks' || s.jenis === 'cdata' ? s.teks : s.jenis === 'elemen' ? teksElemen(s) : ''))
    .join('');
}

/** A new element named with the same prefix as `sesama` (an element of the same namespace). */
export function elemenBaru(sesama: Elemen, namaLokal: string, atribut: Record<string, string> = {}, anak: Simpul[] = []): Elemen {
  return { jenis: 'elemen', nama: `${awalan(sesama.nama)}${namaLokal}`, atribut, anak };
}

/**
 * Insert `baru` among `induk`'s children before the first child whose local name comes after it in the
 * schema's sequence `urutan` (so the document stays valid); at the end when none does.
 */
export function sisipkanMenurutUrutan(induk: Elemen, baru: Elemen, urutan: readonly string[]): void {
  const peringkat = urutan.indexOf(lokal(baru.nama));
  const i = induk.anak.findIndex((s) => s.jenis === 'elemen' && urutan.indexOf(lokal(s.nama)) > peringkat);
  if (i < 0) induk.anak.push(baru);
  else induk.anak.splice(i, 0, baru);
}

/** The prefix declared on `el` for a namespace URI (one of `uri`), e.g. "r"; null when not declared there. */
export function awalanNamespace(el: Elemen, uri: readonly string[]): string | null {
  for (const [k, v] of Object.entries(el.atribut)) if (k.startsWith('xmlns:') && uri.includes(v)) return k.slice(6);
  return null;
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetML text (ST_Xstring)

/** Decode `_xHHHH_` escapes as Excel does (`_x005F_` is the underscore itself). */
export function dekodeTeksOoxml(t: string): string {
  if (t.indexOf('_x') < 0) return t;
  return t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * Encode text for a cell or a note: characters XML 1.0 cannot carry (controls other than tab and line feed,
 * carriage return, lone surrogates, U+FFFE/U+FFFF) become `_xHHHH_`, and text that already looks like such an
 * escape gets its underscore escaped (`_x005F_`), so it reads back as typed.
 */
export function enkodeTeksOoxml(t: string): string {
  return t.replace(POLA_TAK_TERBAWA, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** What enkodeTeksOoxml escapes (built from text: a literal control character in a pattern reads badly). */
const POLA_TAK_TERBAWA = new RegExp(
  [
    '_(?=x[0-9A-Fa-f]{4}_)',
    '[\\u0000-\\u0008\\u000B-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);
