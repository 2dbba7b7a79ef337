/**
 * Small helpers for the report tests: find rows and cells in a sheet model, build tiny workbooks. Whether a
 * model is well formed is asked of the project's own check (pelanggaranModelLaporan, src/report/buku).
 */
import type { ModelLembar, NilaiSel } from '../../src/report/lembar';
import { PortMemori, type SelMemori } from './portMemori';

/** Index of the first row having a cell equal to `teks` (in column `kolom` when given). */
export function cariBaris(model: ModelLembar, teks: NilaiSel, kolom?: number): number {
  const i = model.nilai.findIndex((b) => (kolom === undefined ? b.includes(teks) : b[kolom] === teks));
  if (i < 0) throw new Error(`baris dengan ${JSON.stringify(teks)} tidak ada di ${model.nama}`);
  return i;
}

/** Column index of a header cell in the header row `baris`. */
export function cariKolom(model: ModelLembar, baris: number, teks: string): number {
  const j = model.nilai[baris]!.indexOf(teks);
  if (j < 0) throw new Error(`kolom ${teks} tidak ada di baris ${baris} ${model.nama}`);
  return j;
}

export interface IndikatorKecil {
  readonly nama: SelMemori;
  readonly target: SelMemori;
  readonly realisasi: SelMemori;
  readonly satuan?: SelMemori;
}

/**
 * A tiny workbook: sheet "Data", indicators in B2:D(n+1) (Indikator, Target, Realisasi) under a
 * header row, named LKIP_Indikator / LKIP_Target / LKIP_Realisasi; optional extras.
 */
export function bukuKerjaKecil(
  indikator: readonly IndikatorKecil[],
  tambahan?: (port: PortMemori, akhir: number) => void,
): PortMemori {
  const port = new PortMemori();
  port.isi('Data', 'A1', [['No', 'Indikator', 'Target', 'Realisasi', 'Satuan']]);
  port.isi(
    'Data',
    'A2',
    indikator.map((ind, i) => [i + 1, ind.nama, ind.target, ind.realisasi, ind.satuan ?? '%']),
  );
  const akhir = indikator.length + 1;
  port
    .namai('LKIP_Indikator', 'Data', `B2:B${akhir}`)
    .namai('LKIP_Target', 'Data', `C2:C${akhir}`)
    .namai('LKIP_Realisasi', 'Data', `D2:D${akhir}`)
    .namai('LKIP_Satuan', 'Data', `E2:E${akhir}`);
  tambahan?.(port, akhir);
  return port;
}
