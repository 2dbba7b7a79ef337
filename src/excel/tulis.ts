/**
 * Writing a sheet model through Office.js (PortExcel.tulisLembar): first who owns a sheet of that name
 * (periksaKepemilikan), then the whole write as a list of operations, each with its estimated request
 * bytes, packed into as few requests as the 4 MB budget allows (kemasPermintaan, kuota.ts):
 *
 *   operasiBersihkan  our sheet being rewritten: protection off, unfreeze, unmerge, clear, standard sizes,
 *                     the add-in's charts deleted
 *   operasiNilai      one 2-D write per block of rows: number formats first, then values (or formulas)
 *   operasiTata       widths, frozen rows, styles per rectangle, merges, autofit, row heights, notes, page setup
 *                     and charts (cetak.ts, when the host supports them), protection
 *   operasiPenanda    the hidden marker name _LKIP_LEMBAR_<n> (buku/nama.ts); broken markers removed
 *
 * Styles are applied per rectangle of the model, never per cell, so a report of any length costs a
 * few hundred actions of layout.
 */
import type { GayaSel, ModelLembar, Rentang } from '../report/lembar';
import type { StatusLembar } from '../report/port';
import {
  adalahNamaPenanda,
  alamatBaris,
  alamatKolom,
  alamatRentang,
  alamatSel,
  KOMENTAR_PENANDA,
  SEL_PENANDA,
  namaPenandaBaru,
} from '../report/buku';
import { AWALAN_NAMA_GRAFIK } from '../report/lembar';
import { BIAYA_AKSI, type GridTulis, type Operasi, type PotonganTulis } from './kuota';
import { lebarKeTitik } from './sel';

/** Who owns the sheet, with what tulisLembar needs to clear it. */
export interface Kepemilikan {
  readonly status: StatusLembar;
  readonly lembar: Excel.Worksheet;
  /** Every workbook name (to number a new marker). */
  readonly namaTerpakai: readonly string[];
  /** Marker names whose sheet was deleted (#REF!): ours, removed when writing. */
  readonly penandaRusak: readonly Excel.NamedItem[];
  readonly terproteksi: boolean;
  readonly catatan: readonly Excel.Note[];
  /** The add-in's charts on the sheet (named AWALAN_NAMA_GRAFIK …), removed when it is rewritten. */
  readonly grafik: readonly Excel.Chart[];
}

export interface KonteksTulis {
  readonly context: Excel.RequestContext;
  readonly lembar: Excel.Worksheet;
}

export type OperasiTulis = Operasi<KonteksTulis>;

/**
 * Sync 1: the sheet (null object when absent) and every workbook name. Sync 2, only when the sheet exists
 * and there is something to follow: the sheet each marker name refers to (a renamed sheet keeps its marker,
 * because the reference follows the sheet), and for writing (`untukTulis`) its protection and, when
 * `denganCatatan`, its notes.
 */
export async function periksaKepemilikan(
  context: Excel.RequestContext,
  nama: string,
  untukTulis: boolean,
  denganCatatan: boolean,
): Promise<Kepemilikan> {
  const lembar = context.workbook.worksheets.getItemOrNullObject(nama);
  lembar.load('id');
  const koleksi = context.workbook.names;
  koleksi.load('items/name,items/type');
  await context.sync();

  const penanda = koleksi.items.filter((item) => adalahNamaPenanda(item.name));
  const dasar = {
    lembar,
    namaTerpakai: koleksi.items.map((item) => item.name),
    penandaRusak: penanda.filter((item) => item.type === 'Error'),
  };
  if (lembar.isNullObject) return { ...dasar, status: 'tidak_ada', terproteksi: false, catatan: [], grafik: [] };

  const rujukan = penanda
    .filter((item) => item.type === 'Range')
    .map((item) => {
      const rentang = item.getRangeOrNullObject();
      rentang.load('worksheet/id');
      return rentang;
    });
  let catatan: Excel.NoteCollection | null = null;
  let grafik: Excel.ChartCollection | null = null;
  if (untukTulis) {
    lembar.protection.load('protected');
    grafik = lembar.charts;
    grafik.load('items/name');
    if (denganCatatan) {
      catatan = lembar.notes;
      catatan.load('items/visible');
    }
  }
  if (rujukan.length === 0 && !untukTulis) {
    return { ...dasar, status: 'milik_pengguna', terproteksi: false, catatan: [], grafik: [] };
  }
  await context.sync();
  const milikKita = rujukan.some((r) => !r.isNullObject && r.worksheet.id === lembar.id);
  return {
    ...dasar,
    status: milikKita ? 'milik_lkip' : 'milik_pengguna',
    terproteksi: untukTulis && lembar.protection.protected,
    catatan: catatan === null ? [] : catatan.items,
    grafik: grafik === null ? [] : grafik.items.filter((g) => g.name.startsWith(AWALAN_NAMA_GRAFIK)),
  };
}

/** Clearing a sheet we may rewrite: protection, freeze, notes, merges, contents, formats, widths. */
export function operasiBersihkan(milik: Kepemilikan): OperasiTulis[] {
  if (milik.status === 'tidak_ada') return [];
  const operasi: OperasiTulis[] = milik.catatan.map((catatan) => ({
    bita: BIAYA_AKSI,
    sel: 0,
    terapkan: () => catatan.delete(),
  }));
  for (const grafik of milik.grafik) operasi.push({ bita: BIAYA_AKSI, sel: 0, terapkan: () => grafik.delete() });
  operasi.unshift({
    bita: 8 * BIAYA_AKSI,
    sel: 0,
    terapkan: ({ lembar }) => {
      if (milik.terproteksi) lembar.protection.unprotect();
      lembar.freezePanes.unfreeze();
      const semua = lembar.getRange();
      semua.unmerge();
      semua.clear('All');
      semua.format.useStandardWidth = true;
      semua.format.useStandardHeight = true;
    },
  });
  return operasi;
}

/** One whole 2-D write per block: number formats first (so "@" text stays text), then values or formulas. */
export function operasiNilai(grid: GridTulis, potongan: readonly PotonganTulis[]): OperasiTulis[] {
  const jumlahKolom = grid.nilai[0]?.length ?? 0;
  return potongan.map((p) => ({
    bita: p.bita,
    sel: p.sel,
    terapkan: ({ lembar }) => {
      const akhir = p.barisAwal + p.jumlahBaris;
      const rentang = lembar.getRangeByIndexes(p.barisAwal, 0, p.jumlahBaris, jumlahKolom);
      const format = grid.format.slice(p.barisAwal, akhir);
      if (format.some((baris) => baris.some((f) => f !== null))) rentang.numberFormat = format as (string | null)[][];
      const isi = grid.nilai.slice(p.barisAwal, akhir) as (string | number | boolean)[][];
      if (grid.berumus) rentang.formulas = isi;
      else rentang.values = isi;
    },
  }));
}

/**
 * Widths, frozen rows, styles, merges, row heights of wrapped text, notes, page setup and charts (`cetakGrafik`,
 * from cetak.ts, loaded on demand), protection: all per rectangle.
 */
export function operasiTata(
  model: ModelLembar,
  denganCatatan: boolean,
  cetakGrafik: readonly OperasiTulis[] = [],
): OperasiTulis[] {
  return [
    ...operasiLebarKolom(model.lebarKolom),
    ...(model.bekukanBaris > 0 ? [operasiBeku(model.bekukanBaris)] : []),
    ...operasiGaya(model),
    // After the autofit: Excel does not autofit merged cells, so the model's heights have the last word.
    ...operasiTinggiBaris(model.tinggiBaris ?? []),
    ...(denganCatatan ? operasiCatatan(model) : []),
    // Before the protection: a protected sheet refuses new objects.
    ...cetakGrafik,
    ...operasiProteksi(model),
  ];
}

/** One columnWidth write per run of columns of equal width ("D:F"). */
function operasiLebarKolom(lebar: readonly number[]): OperasiTulis[] {
  const operasi: OperasiTulis[] = [];
  for (let awal = 0; awal < lebar.length;) {
    let akhir = awal;
    while (akhir + 1 < lebar.length && lebar[akhir + 1] === lebar[awal]) akhir++;
    const titik = lebarKeTitik(lebar[awal]!);
    const alamat = alamatKolom(awal, akhir - awal + 1);
    operasi.push({
      bita: 2 * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ lembar }) => void (lembar.getRange(alamat).format.columnWidth = titik),
    });
    awal = akhir + 1;
  }
  return operasi;
}

function operasiBeku(n: number): OperasiTulis {
  return { bita: BIAYA_AKSI, sel: 0, terapkan: ({ lembar }) => lembar.freezePanes.freezeRows(n) };
}

/** Styles per rectangle, then merges, then the autofit of wrapped rectangles. */
function operasiGaya(model: ModelLembar): OperasiTulis[] {
  const operasi: OperasiTulis[] = model.gaya.map(({ rentang, gaya }) => ({
    bita: (1 + jumlahAksiGaya(gaya, rentang)) * BIAYA_AKSI,
    sel: 0,
    terapkan: ({ lembar }) => terapkanGaya(lembar.getRange(alamatRentang(rentang)).format, gaya, rentang),
  }));
  for (const gabungan of model.gabungan) {
    const alamat = alamatRentang(gabungan);
    operasi.push({ bita: 2 * BIAYA_AKSI, sel: 0, terapkan: ({ lembar }) => lembar.getRange(alamat).merge(false) });
  }
  for (const { rentang, gaya } of model.gaya) {
    if (gaya.bungkus !== true) continue;
    const alamat = alamatRentang(rentang);
    operasi.push({ bita: 2 * BIAYA_AKSI, sel: 0, terapkan: ({ lembar }) => lembar.getRange(alamat).format.autofitRows() });
  }
  return operasi;
}

/** One rowHeight write per run of consecutive rows of the same set height ("4:6"). */
function operasiTinggiBaris(tinggiBaris: readonly (number | null)[]): OperasiTulis[] {
  return kelompokTinggiBaris(tinggiBaris).map(({ awal, jumlah, tinggi }) => {
    const alamat = alamatBaris(awal, jumlah);
    return { bita: 2 * BIAYA_AKSI, sel: 0, terapkan: ({ lembar }) => void (lembar.getRange(alamat).format.rowHeight = tinggi) };
  });
}

function operasiCatatan(model: ModelLembar): OperasiTulis[] {
  return model.catatan.map(({ baris, kolom, teks }) => {
    const alamat = alamatSel(baris, kolom);
    return {
      bita: BIAYA_AKSI + JSON.stringify(teks).length,
      sel: 0,
      terapkan: ({ lembar }) => void lembar.notes.add(alamat, teks),
    };
  });
}

/** The editable ranges unlocked, then the sheet protected without a password. */
function operasiProteksi(model: ModelLembar): OperasiTulis[] {
  if (model.proteksi === undefined) return [];
  const operasi: OperasiTulis[] = model.proteksi.dapatDiedit.map((rentang) => {
    const alamat = alamatRentang(rentang);
    return {
      bita: 2 * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ lembar }) => void (lembar.getRange(alamat).format.protection.locked = false),
    };
  });
  operasi.push({
    bita: 2 * BIAYA_AKSI,
    sel: 0,
    // No password: protection only guards against accidental edits; reviewers may still resize.
    terapkan: ({ lembar }) =>
      lembar.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' }),
  });
  return operasi;
}

/**
 * Runs of consecutive rows with the same set height (null entries skipped): one rowHeight write each,
 * so a table of wrapped rows costs a few actions, not one per row.
 */
function kelompokTinggiBaris(
  tinggiBaris: readonly (number | null)[],
): { readonly awal: number; readonly jumlah: number; readonly tinggi: number }[] {
  const kelompok: { awal: number; jumlah: number; tinggi: number }[] = [];
  tinggiBaris.forEach((tinggi, baris) => {
    if (tinggi === null) return;
    const akhir = kelompok[kelompok.length - 1];
    if (akhir !== undefined && akhir.tinggi === tinggi && akhir.awal + akhir.jumlah === baris) akhir.jumlah++;
    else kelompok.push({ awal: baris, jumlah: 1, tinggi });
  });
  return kelompok;
}

/** Remove markers whose sheet is gone; mark this sheet with a new hidden name unless it is already ours. */
export function operasiPenanda(milik: Kepemilikan): OperasiTulis[] {
  const operasi: OperasiTulis[] = milik.penandaRusak.map((item) => ({ bita: BIAYA_AKSI, sel: 0, terapkan: () => item.delete() }));
  if (milik.status !== 'milik_lkip') {
    const nama = namaPenandaBaru(milik.namaTerpakai);
    operasi.push({
      bita: 4 * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ context, lembar }) => {
        // One cell (buku/nama.ts SEL_PENANDA), not the whole sheet: tools that drop whole-row names keep it.
        const penanda = context.workbook.names.add(nama, lembar.getRange(SEL_PENANDA), KOMENTAR_PENANDA);
        penanda.visible = false;
      },
    });
  }
  return operasi;
}

const RATA: Record<NonNullable<GayaSel['rata']>, Excel.HorizontalAlignment | 'Left' | 'Center' | 'Right'> = {
  kiri: 'Left',
  tengah: 'Center',
  kanan: 'Right',
};
const RATA_VERTIKAL: Record<NonNullable<GayaSel['rataVertikal']>, Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom'> = {
  atas: 'Top',
  tengah: 'Center',
  bawah: 'Bottom',
};

function jumlahAksiGaya(gaya: GayaSel, rentang: Rentang): number {
  const sederhana = [
    gaya.tebal,
    gaya.miring,
    gaya.warnaTeks,
    gaya.ukuranHuruf,
    gaya.isi,
    gaya.bungkus,
    gaya.rata,
    gaya.rataVertikal,
  ];
  return sederhana.filter((x) => x !== undefined).length + (gaya.garis === true ? 3 * tepiGaris(rentang).length : 0);
}

/** Thin borders around and inside the rectangle; inside lines only where there is an inside. */
function tepiGaris(rentang: Rentang): Excel.BorderIndex[] {
  const tepi: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
  if (rentang.jumlahBaris > 1) tepi.push('InsideHorizontal' as Excel.BorderIndex);
  if (rentang.jumlahKolom > 1) tepi.push('InsideVertical' as Excel.BorderIndex);
  return tepi;
}

function terapkanGaya(format: Excel.RangeFormat, gaya: GayaSel, rentang: Rentang): void {
  if (gaya.tebal !== undefined) format.font.bold = gaya.tebal;
  if (gaya.miring !== undefined) format.font.italic = gaya.miring;
  if (gaya.warnaTeks !== undefined) format.font.color = `#${gaya.warnaTeks}`;
  if (gaya.ukuranHuruf !== undefined) format.font.size = gaya.ukuranHuruf;
  if (gaya.isi !== undefined) format.fill.color = `#${gaya.isi}`;
  if (gaya.bungkus !== undefined) format.wrapText = gaya.bungkus;
  if (gaya.rata !== undefined) format.horizontalAlignment = RATA[gaya.rata];
  if (gaya.rataVertikal !== undefined) format.verticalAlignment = RATA_VERTIKAL[gaya.rataVertikal];
  if (gaya.garis === true) {
    for (const tepi of tepiGaris(rentang)) {
      const garis = format.borders.getItem(tepi);
      garis.style = 'Continuous';
      garis.weight = 'Thin';
      garis.color = '#000000';
    }
  }
}
