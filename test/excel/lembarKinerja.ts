/**
 * An office's own performance table without LKIP_ names, as issue 16 draws it (title, Instansi and Tahun cells, a
 * two-row header merged over "Tahun 2021", a source line), filled with the source document's indicators
 * (test/fixtures/lkip-ntt-2021.json). Shared by the Office.js adapter's tests and the browser scenario.
 */
import dokumen from '../fixtures/lkip-ntt-2021.json';

export const LEMBAR_PK = 'PK 2021';
/** First data row, zero-based (row 7 in Excel). */
export const BARIS_DATA_PK = 6;
export const SASARAN_PK = 'Meningkatnya daya saing industri dan perdagangan';

export type NilaiPk = string | number | null;

export interface LembarKinerja {
  readonly baris: NilaiPk[][];
  readonly gabungan: readonly string[];
  /** Last data row, 1-based (as in "E17"). */
  readonly akhir: number;
}

export function lembarKinerja(): LembarKinerja {
  const baris: NilaiPk[][] = [
    ['PENGUKURAN KINERJA TAHUN 2021'],
    ['Instansi', dokumen.instansi],
    ['Tahun', dokumen.tahun],
    [],
    ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Satuan', 'Tahun 2021', null, null, 'Metode', 'Ket.'],
    [null, null, null, null, 'Target', 'Realisasi', 'Capaian (%)', null, null],
  ];
  for (const x of dokumen.indikator) {
    // The price-rise indicator is measured on the inflation scale (Tabel 3.7: 19,77 % → capaian 75).
    const metode = 'metode_capaian' in x && x.metode_capaian?.startsWith('skala_inflasi') ? 'inflasi' : 'rasio';
    baris.push([x.no_pk, SASARAN_PK, x.nama, x.satuan, x.target, x.realisasi, x.capaian_tertulis, metode, null]);
  }
  const akhir = baris.length;
  baris.push([], ['Sumber: Bagian Perencanaan']);
  return { baris, gabungan: ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:G5', 'H5:H6', 'I5:I6'], akhir };
}

/** The names a person would define by hand for that table (workbook scope): name → sheet-less absolute address. */
export function namaKinerjaBuatanTangan(akhir: number): Record<string, string> {
  const kolom = (k: string) => `$${k}$${BARIS_DATA_PK + 1}:$${k}$${akhir}`;
  return {
    LKIP_Sasaran: kolom('B'),
    LKIP_Indikator: kolom('C'),
    LKIP_Satuan: kolom('D'),
    LKIP_Target: kolom('E'),
    LKIP_Realisasi: kolom('F'),
    LKIP_Capaian_Tertulis: kolom('G'),
    LKIP_Metode: kolom('H'),
    LKIP_Instansi: '$B$2',
    LKIP_Tahun: '$B$3',
  };
}
