/**
 * Parts the add-in writes beside one of its sheets, as data: what they are (relationship type, content type),
 * how their names are made (folder + prefix + number + extension, the number chosen free when saving), their
 * content, and their own relationships (a drawing's charts, for instance). The package writer (tambalan.ts)
 * names them, writes them, their relationships and their content types; nothing else needs to know.
 *
 * Today: a sheet's notes (comments part and its VML drawing). Next (issue 15): a drawing with its charts —
 * a BagianTurunan of type "drawing" whose `relasi` holds the chart parts.
 */
import type { DataTerkompres } from './zipTulis';

/** What saving knows that writing the sheet did not: free shape-id blocks for VML drawings. */
export interface KonteksSimpan {
  /** `jumlah` blocks of 1 024 shape ids, unused by any other drawing of the workbook. */
  blokBentuk(jumlah: number): number[];
}

export interface BagianTurunan {
  /** Relationship type, last segment ("comments", "vmlDrawing", "drawing", "chart"). */
  readonly tipe: string;
  readonly jenisKonten: string;
  /** Name pattern: `${folder}${awalan}${n}${ekstensi}`, e.g. xl/ comments 2 .xml. */
  readonly folder: string;
  readonly awalan: string;
  readonly ekstensi: string;
  readonly isi: (k: KonteksSimpan) => string | Buffer;
  /** This part's own relationships, by Id. */
  readonly relasi?: readonly RelasiBagian[];
}

export interface RelasiBagian {
  /** Id in the source part's relationships ("rId1"); the source's XML refers to it. */
  readonly id: string;
  readonly bagian: BagianTurunan;
}

/** A sheet of the add-in, ready to be written: its XML already deflated, the parts it refers to. */
export interface LembarTersusun {
  readonly nama: string;
  readonly xml: DataTerkompres;
  readonly relasi: readonly RelasiBagian[];
}
