/** Small helpers for the report tests: find rows and cells in a sheet model, build tiny workbooks. */
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

/**
 * Invariants every sheet model must satisfy for the adapters: a rectangular grid with formats of the
 * same shape, merges inside the grid that do not overlap and hold a value only in their top-left
 * cell, styles inside the grid, finite numbers only. Returns the list of violations (empty = fine).
 */
export function pelanggaranModel(model: ModelLembar): string[] {
  const salah: string[] = [];
  const tinggi = model.nilai.length;
  const lebar = model.nilai[0]?.length ?? 0;
  model.nilai.forEach((b, i) => {
    if (b.length !== lebar) salah.push(`baris ${i} lebarnya ${b.length}, bukan ${lebar}`);
    if ((model.formatAngka[i]?.length ?? -1) !== lebar) salah.push(`formatAngka baris ${i} tidak selebar nilai`);
    b.forEach((v, j) => {
      if (typeof v === 'number' && !Number.isFinite(v)) salah.push(`sel ${i},${j} bukan angka terhingga`);
      if (typeof v === 'string' && model.formatAngka[i]?.[j] !== '@') salah.push(`teks di ${i},${j} tanpa format '@'`);
    });
  });
  if (model.formatAngka.length !== tinggi) salah.push('formatAngka tidak setinggi nilai');
  const di = (r: { baris: number; kolom: number; jumlahBaris: number; jumlahKolom: number }) =>
    r.baris >= 0 &&
    r.kolom >= 0 &&
    r.jumlahBaris >= 1 &&
    r.jumlahKolom >= 1 &&
    r.baris + r.jumlahBaris <= tinggi &&
    r.kolom + r.jumlahKolom <= lebar;
  const terpakai = new Set<string>();
  for (const g of model.gabungan) {
    if (!di(g)) salah.push(`gabungan di luar kisi: ${JSON.stringify(g)}`);
    for (let i = g.baris; i < g.baris + g.jumlahBaris; i++) {
      for (let j = g.kolom; j < g.kolom + g.jumlahKolom; j++) {
        const k = `${i},${j}`;
        if (terpakai.has(k)) salah.push(`gabungan bertumpuk di ${k}`);
        terpakai.add(k);
        if ((i !== g.baris || j !== g.kolom) && model.nilai[i]?.[j] !== null) salah.push(`sel ${k} dalam gabungan berisi nilai`);
      }
    }
  }
  for (const g of model.gaya) if (!di(g.rentang)) salah.push(`gaya di luar kisi: ${JSON.stringify(g.rentang)}`);
  if (model.lebarKolom.length !== lebar) salah.push('lebarKolom tidak selebar kisi');
  if (model.bekukanBaris > tinggi) salah.push('bekukanBaris melebihi tinggi');
  for (const p of model.proteksi?.dapatDiedit ?? []) if (p.kolom + p.jumlahKolom > lebar) salah.push('proteksi di luar kolom');
  return salah;
}
