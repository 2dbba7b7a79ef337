/** Helpers for the detector's tests: sheets written as rows, and the mapping read back as plain objects. */
import type { NilaiSel } from '../../../src/report/lembar';
import { rentangDariAlamat, type HasilDeteksi, type LembarSumber, type TabelTerdeteksi } from '../../../src/report/deteksi';

export type Baris = readonly NilaiSel[];

/** A sheet from rows (from A1, or from `asal` such as "D5") and merged areas written "E4:G4". */
export function lembar(
  nama: string,
  baris: readonly Baris[],
  opsi: { gabungan?: readonly string[]; asal?: string } = {},
): LembarSumber {
  const asal = opsi.asal ? rentangDariAlamat(opsi.asal) : null;
  return {
    nama,
    nilai: baris,
    ...(asal ? { asal: { baris: asal.baris, kolom: asal.kolom } } : {}),
    ...(opsi.gabungan ? { gabungan: opsi.gabungan.map((a) => rentangDariAlamat(a)!) } : {}),
  };
}

/** The names to create, as { name: "C6:C8" } (sheet-less addresses). */
export function petaNama(h: HasilDeteksi): Record<string, string> {
  return Object.fromEntries(h.nama.map((u) => [u.nama, u.alamat]));
}

/** A table's columns without a name, as { letter: reason }. */
export function alasanKolom(t: TabelTerdeteksi): Record<string, string | null> {
  return Object.fromEntries(t.kolom.filter((k) => k.nama === null).map((k) => [k.huruf, k.alasan]));
}

/** A table's columns with their proposed name, as { letter: name }. */
export function namaKolom(t: TabelTerdeteksi): Record<string, string | null> {
  return Object.fromEntries(t.kolom.map((k) => [k.huruf, k.nama]));
}

/** A sheet without its merged areas (values only, as a CSV or a copy without formatting gives them). */
export function tanpaGabungan(l: LembarSumber): LembarSumber {
  return { nama: l.nama, nilai: l.nilai, ...(l.asal ? { asal: l.asal } : {}) };
}
