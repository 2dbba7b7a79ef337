/**
 * The building blocks of the BAB III document (the `docx` package): headings, body paragraphs, numbered captions,
 * bordered tables with a shaded header, and figures as the document prints them (88,64 · 13.157.342.972).
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { Desimal, formatAngka, formatTerbit } from '../../core';
import type { HasilCapaian } from '../../core';

/** Body text: 11 pt (docx sizes are half-points). */
const UKURAN = 22;
const UKURAN_TABEL = 18;
/** Text width of an A4 page with 2,54 cm margins, in twips (11 906 − 2 × 1 440). */
export const LEBAR_TEKS = 9026;
/** The sheet's header fill (WARNA.kepala). */
const ISI_KEPALA = 'D9E1F2';
const ISI_KAKI = 'F2F2F2';

export const judul1 = (teks: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: teks, bold: true })],
  });
export const judul2 = (teks: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    keepNext: true,
    spacing: { before: 360, after: 120 },
    children: [new TextRun({ text: teks, bold: true })],
  });
export const judul3 = (teks: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_3,
    keepNext: true,
    spacing: { before: 280, after: 80 },
    children: [new TextRun({ text: teks, bold: true })],
  });

/** A justified body paragraph. */
export const paragraf = (teks: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 120, after: 120, line: 300 },
    children: [new TextRun({ text: teks, size: UKURAN })],
  });

/** "Tabel 3.2 Capaian Kinerja Tahun 2021", centred and bold above its table (or a figure's caption). */
export const keterangan = (teks: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 200, after: 100 },
    children: [new TextRun({ text: teks, bold: true, size: UKURAN })],
  });

export interface Sel {
  readonly teks: string;
  readonly rata?: 'kiri' | 'tengah' | 'kanan';
  readonly tebal?: boolean;
  readonly gabung?: number;
}

export type IsiSel = string | Sel;

const RATA = { kiri: AlignmentType.LEFT, tengah: AlignmentType.CENTER, kanan: AlignmentType.RIGHT } as const;
const GARIS = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function selTabel(isi: IsiSel, jenis: 'kepala' | 'badan' | 'kaki', lebarTwip: number): TableCell {
  const s: Sel = typeof isi === 'string' ? { teks: isi } : isi;
  const tebal = jenis !== 'badan' || s.tebal === true;
  const isiWarna = jenis === 'kepala' ? ISI_KEPALA : jenis === 'kaki' ? ISI_KAKI : undefined;
  return new TableCell({
    ...(s.gabung ? { columnSpan: s.gabung } : {}),
    width: { size: lebarTwip, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: GARIS, bottom: GARIS, left: GARIS, right: GARIS },
    ...(isiWarna ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: isiWarna } } : {}),
    children: [
      new Paragraph({
        alignment: RATA[s.rata ?? (jenis === 'kepala' ? 'tengah' : 'kiri')],
        children: [new TextRun({ text: s.teks, bold: tebal, size: UKURAN_TABEL })],
      }),
    ],
  });
}

/** A table: header row, body rows, optional footer rows; column widths in percent of the page. */
export function tabel(
  kepala: readonly IsiSel[],
  badan: readonly (readonly IsiSel[])[],
  lebar: readonly number[],
  kaki: readonly (readonly IsiSel[])[] = [],
): Table {
  const twip = lebar.map((l) => Math.round((l * LEBAR_TEKS) / 100));
  const baris = (isi: readonly IsiSel[], jenis: 'kepala' | 'badan' | 'kaki') => {
    let kolom = 0;
    const sel = isi.map((s) => {
      const n = typeof s === 'string' ? 1 : (s.gabung ?? 1);
      const l = twip.slice(kolom, kolom + n).reduce((a, b) => a + b, 0);
      kolom += n;
      return selTabel(s, jenis, l);
    });
    return new TableRow({ tableHeader: jenis === 'kepala', cantSplit: true, children: sel });
  };
  return new Table({
    width: { size: LEBAR_TEKS, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: twip,
    rows: [baris(kepala, 'kepala'), ...badan.map((b) => baris(b, 'badan')), ...kaki.map((b) => baris(b, 'kaki'))],
  });
}

/** Figures as the document prints them. */
export const tampil = {
  /** 50 · 44,32 · 54,70 · "NA" · "-". */
  angka: (v: Desimal | number | string | null): string =>
    v === null ? '-' : typeof v === 'string' ? v : formatTerbit(typeof v === 'number' ? new Desimal(v) : v),
  /** 88,64 % · 100 % · why not measured. */
  capaian: (h: HasilCapaian, galat: string | null): string =>
    h.status === 'diukur'
      ? `${formatTerbit(h.nilai)} %`
      : galat !== null
        ? 'tidak dapat dihitung'
        : h.status === 'dikecualikan'
          ? 'dikecualikan'
          : 'tidak diukur',
  /** 19,77 % · -7,37 %: two decimals always. */
  persen: (v: Desimal | null): string => (v === null ? '-' : `${formatAngka(v, 2)} %`),
  /** 13.157.342.972 */
  rupiah: (v: Desimal | null): string => (v === null ? '-' : formatAngka(v, 0)),
  /** Prices: whole Rupiah, or two decimals for annual averages of daily prices. */
  harga: (v: Desimal | null, desimal: boolean): string => (v === null ? '-' : formatAngka(v, desimal ? 2 : 0)),
};

export const kanan = (teks: string, tebal = false): Sel => ({ teks, rata: 'kanan', tebal });
export const tengah = (teks: string, tebal = false): Sel => ({ teks, rata: 'tengah', tebal });
