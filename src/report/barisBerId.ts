/**
 * What a person typed on a sheet the add-in rewrites (reviewer notes on "Verifikasi", edited narratives on
 * "Narasi"), read back by the one rule both sheets share, so that nothing typed is lost:
 * - the header row is found by its titles (any case, any spacing), so rows or columns a person inserted do not
 *   matter; the columns are found by title too;
 * - a row counts only when one of its kept columns (the ones a person writes in) holds text;
 * - text is matched by the row's stable ID, never by its row number; the same ID twice (a copied row) keeps both
 *   texts ("a | b"); text on a row without an ID is kept as well (id null), in sheet order.
 */
import { selKosong } from '../core';
import type { NilaiSel } from './lembar';

export interface OpsiBarisBerId {
  /** Title of the ID column. */
  readonly kolomId: string;
  /** Titles of the columns a person writes in: their text is what must not be lost. */
  readonly dijaga: readonly string[];
  /** Titles of other columns read along (null when the sheet has no such column). */
  readonly lain?: readonly string[];
}

export interface BarisBerId {
  /** null for text on a row without an ID. */
  readonly id: string | null;
  /** By title (lower case, single spaces) of OpsiBarisBerId.dijaga and .lain. */
  readonly nilai: Readonly<Record<string, NilaiSel>>;
}

/** A title as compared: trimmed, lower case, single spaces. */
export const judulNormal = (v: NilaiSel | undefined): string =>
  typeof v === 'string' ? v.trim().toLowerCase().replace(/\s+/g, ' ') : '';

/** Join two texts of the same ID: one when equal or one is blank, else "a | b". */
export function gabungTeks(a: NilaiSel, b: NilaiSel): NilaiSel {
  if (selKosong(b) || a === b) return a;
  if (selKosong(a)) return b;
  return `${String(a)} | ${String(b)}`;
}

/** The rows with typed text of an old sheet, by ID (first occurrence's order); [] without a header row. */
export function bacaBarisBerId(nilai: readonly (readonly NilaiSel[])[] | null | undefined, opsi: OpsiBarisBerId): BarisBerId[] {
  if (!nilai) return [];
  const id = judulNormal(opsi.kolomId);
  const dijaga = opsi.dijaga.map(judulNormal);
  const semua = [...dijaga, ...(opsi.lain ?? []).map(judulNormal)];
  const barisKepala = nilai.findIndex((b) => b.some((v) => judulNormal(v) === id) && b.some((v) => judulNormal(v) === dijaga[0]));
  if (barisKepala < 0) return [];
  const kepala = nilai[barisKepala]!;
  const kolom = (judul: string) => kepala.findIndex((v) => judulNormal(v) === judul);
  const kolomId = kolom(id);
  const kolomSemua = semua.map((j) => [j, kolom(j)] as const);
  const ambil = (b: readonly NilaiSel[], i: number): NilaiSel => (i < 0 ? null : (b[i] ?? null));

  const perId = new Map<string, BarisBerId>();
  const hasil: BarisBerId[] = [];
  for (const b of nilai.slice(barisKepala + 1)) {
    const isi: Record<string, NilaiSel> = {};
    for (const [j, i] of kolomSemua) isi[j] = ambil(b, i);
    if (dijaga.every((j) => selKosong(isi[j]))) continue;
    const idMentah = ambil(b, kolomId);
    const idBaris = selKosong(idMentah) ? null : String(idMentah).trim();
    const entri: BarisBerId = { id: idBaris, nilai: isi };
    if (idBaris === null) {
      hasil.push(entri);
      continue;
    }
    const lama = perId.get(idBaris);
    if (!lama) {
      perId.set(idBaris, entri);
      hasil.push(entri);
    } else {
      const gabung: Record<string, NilaiSel> = { ...lama.nilai };
      for (const j of dijaga) gabung[j] = gabungTeks(lama.nilai[j] ?? null, isi[j] ?? null);
      const baru = { id: idBaris, nilai: gabung };
      perId.set(idBaris, baru);
      hasil[hasil.indexOf(lama)] = baru;
    }
  }
  return hasil;
}
