/**
 * Capaian per sasaran strategis (LKIP_Sasaran): the indicators grouped by their sasaran, in order of first
 * appearance, each group's mean capaian by the core's rataRataCapaian (the same mean as the overall one) and its
 * kategori on the report's scale. A blank LKIP_Sasaran cell belongs to the sasaran above it (the sasaran is often
 * written once over its indicators, in merged cells); blank from the first row on: "(sasaran belum diisi)".
 */
import { rataRataCapaian, type Skala } from '../../core';
import type { HasilIndikator, HasilSasaran } from './jenis';
import { kategoriDanPeringkat } from './sel';

export const SASARAN_KOSONG = '(sasaran belum diisi)';

/** Each indicator's sasaran, blanks filled from the row above. */
export function isiSasaran(indikator: readonly HasilIndikator[]): HasilIndikator[] {
  let terakhir: string | null = null;
  return indikator.map((ind) => {
    terakhir = ind.sasaran ?? terakhir;
    return { ...ind, sasaran: terakhir ?? SASARAN_KOSONG };
  });
}

/** One row per sasaran: its indicators and their mean capaian. `indikator` already has every sasaran filled. */
export function hitungSasaran(indikator: readonly HasilIndikator[], skala: Skala): HasilSasaran[] {
  const grup = new Map<string, HasilIndikator[]>();
  for (const ind of indikator) {
    const nama = ind.sasaran ?? SASARAN_KOSONG;
    grup.set(nama, [...(grup.get(nama) ?? []), ind]);
  }
  return [...grup].map(([nama, daftar]) => {
    const rataRata = rataRataCapaian(daftar.map((ind) => ({ nama: ind.nama, hasil: ind.hasil })));
    const kp = rataRata.nilai === null ? null : kategoriDanPeringkat(rataRata.nilai, skala);
    return {
      nama,
      noIndikator: daftar.map((ind) => ind.no),
      rataRata,
      kategori: kp?.label ?? null,
      peringkat: kp?.peringkat ?? null,
    };
  });
}
