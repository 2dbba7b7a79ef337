/**
 * A sheet's values as a grid the detector can ask questions of: local coordinates (row 0 = the first row of
 * the values), merged areas, cell text, and the translation to sheet coordinates and A1 addresses.
 */
import { selKosong } from '../../core';
import { alamatRentang, hurufKolom, indeksKolom, kutipLembar } from '../buku/alamat';
import type { NilaiSel, Rentang } from '../lembar';
import type { LembarSumber } from './jenis';

export class Kisi {
  readonly tinggi: number;
  readonly lebar: number;
  readonly asalBaris: number;
  readonly asalKolom: number;
  /** Merged areas in local coordinates, by every row they cover. */
  private readonly gabunganPerBaris = new Map<number, Rentang[]>();

  constructor(readonly lembar: LembarSumber) {
    this.tinggi = lembar.nilai.length;
    let lebar = 0;
    for (const baris of lembar.nilai) lebar = Math.max(lebar, baris.length);
    this.lebar = lebar;
    this.asalBaris = lembar.asal?.baris ?? 0;
    this.asalKolom = lembar.asal?.kolom ?? 0;
    for (const g of lembar.gabungan ?? []) {
      const lokal: Rentang = {
        baris: g.baris - this.asalBaris,
        kolom: g.kolom - this.asalKolom,
        jumlahBaris: g.jumlahBaris,
        jumlahKolom: g.jumlahKolom,
      };
      if (lokal.jumlahBaris * lokal.jumlahKolom <= 1) continue;
      const awal = Math.max(0, lokal.baris);
      const akhir = Math.min(this.tinggi - 1, lokal.baris + lokal.jumlahBaris - 1);
      for (let b = awal; b <= akhir; b++) {
        const daftar = this.gabunganPerBaris.get(b) ?? [];
        daftar.push(lokal);
        this.gabunganPerBaris.set(b, daftar);
      }
    }
  }

  get nama(): string {
    return this.lembar.nama;
  }

  /** The value as stored (a merged area's other cells are empty, as Excel keeps them). */
  nilai(b: number, k: number): NilaiSel {
    return this.lembar.nilai[b]?.[k] ?? null;
  }

  /** The merged area covering a cell, or null. */
  gabunganDi(b: number, k: number): Rentang | null {
    for (const g of this.gabunganPerBaris.get(b) ?? []) {
      if (k >= g.kolom && k < g.kolom + g.jumlahKolom) return g;
    }
    return null;
  }

  /** Merged areas that start on this row and span more than one column. */
  gabunganMendatar(b: number): Rentang[] {
    return (this.gabunganPerBaris.get(b) ?? []).filter((g) => g.baris === b && g.jumlahKolom > 1);
  }

  /** The value as seen: a merged area's value in every cell it covers. */
  nilaiTerlihat(b: number, k: number): NilaiSel {
    const g = this.gabunganDi(b, k);
    return g ? this.nilai(g.baris, g.kolom) : this.nilai(b, k);
  }

  kosong(b: number, k: number): boolean {
    return selKosong(this.nilai(b, k));
  }

  /** Trimmed text of a value as seen; numbers as written; null when empty. */
  teks(b: number, k: number): string | null {
    return teksNilai(this.nilaiTerlihat(b, k));
  }

  barisLembar(b: number): number {
    return this.asalBaris + b;
  }

  kolomLembar(k: number): number {
    return this.asalKolom + k;
  }

  /** A local rectangle in sheet coordinates. */
  rentangLembar(b: number, k: number, jumlahBaris: number, jumlahKolom: number): Rentang {
    return { baris: this.barisLembar(b), kolom: this.kolomLembar(k), jumlahBaris, jumlahKolom };
  }

  huruf(k: number): string {
    return hurufKolom(this.kolomLembar(k));
  }

  /** "B7" for a local cell. */
  alamat(b: number, k: number): string {
    return `${this.huruf(k)}${this.barisLembar(b) + 1}`;
  }
}

export function teksNilai(v: NilaiSel): string | null {
  if (selKosong(v)) return null;
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : String(v);
}

/** "$C$6:$C$14" (or "$C$6") for a sheet rectangle. */
export function alamatMutlak(r: Rentang): string {
  return alamatRentang(r).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** "'PK 2021'!$C$6:$C$14" */
export function rujukanMutlak(lembar: string, r: Rentang): string {
  return `${kutipLembar(lembar)}!${alamatMutlak(r)}`;
}

/** "'PK 2021'!A4:H12" */
export function rujukanBiasa(lembar: string, r: Rentang): string {
  return `${kutipLembar(lembar)}!${alamatRentang(r)}`;
}

/**
 * A merged area's address as adapters get it ("B4:D4", "$B$4:$D$5", "'PK 2021'!B4:D4" from Office.js,
 * "B4:D4" from ExcelJS) → a sheet rectangle; null when it is not an A1 cell or range.
 */
export function rentangDariAlamat(alamat: string): Rentang | null {
  const tanpaLembar = alamat.includes('!') ? alamat.slice(alamat.lastIndexOf('!') + 1) : alamat;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(tanpaLembar.trim());
  if (!m) return null;
  const k1 = indeksKolom(m[1]!);
  const b1 = Number(m[2]) - 1;
  const k2 = m[3] ? indeksKolom(m[3]) : k1;
  const b2 = m[4] ? Number(m[4]) - 1 : b1;
  if (b1 < 0 || b2 < 0) return null;
  return {
    baris: Math.min(b1, b2),
    kolom: Math.min(k1, k2),
    jumlahBaris: Math.abs(b2 - b1) + 1,
    jumlahKolom: Math.abs(k2 - k1) + 1,
  };
}
