/**
 * Reading through Office.js: the LKIP_ names of a workbook (PortExcel.bacaNamaLkip) and blocks of rows of
 * any range (also PortExcel.bacaNilaiLembar). Every step says which context.sync() it costs; the bounds are
 * summed up in portExcel.ts.
 *
 * bacaNamaLkip, step by step:
 *   1. muatNamaLkip        sync 1: every workbook name (three scalars each); the LKIP_ ones become candidates,
 *                          names that are not ranges (constants, #REF!) are reported with a reason.
 *   2. muatPosisi          sync 2: where each range lies, and, when the references say everything fits one
 *                          read block, their values and formulas too: the usual case ends here.
 *   3. pangkasKolomPenuh   one more sync only when a name covers whole columns: read down to the last used row.
 *   4. bacaBlok            larger inputs: blocks of whole rows, one sync each, each response ≤ 4 MB.
 */
import { TAHAP, type LaporKemajuan } from '../report/kemajuan';
import type { NilaiSel } from '../report/lembar';
import {
  dibacaTanpaRumus,
  type HasilBacaNama,
  type NamaTidakTerbaca,
  type OpsiBacaNama,
  type RentangBernama,
} from '../report/port';
import { adalahNamaLkip, BARIS_MAKS, ukuranRujukan } from '../report/buku';
import { ambilPotonganBaca, BITA_BACA_PER_SEL_AWAL, CADANGAN_BACA, kapasitasBaca } from './kuota';
import { dariNilaiExcel, rumusDariExcel } from './sel';

/** Where a named range lies and how large it is. */
const MUAT_POSISI = 'rowIndex,columnIndex,rowCount,columnCount,worksheet/name';

/** What the port needs to read a block of rows. */
export interface SumberBaca {
  readonly lembar: string;
  readonly baris: number;
  readonly kolom: number;
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
  /** The whole range's proxy, reused when one block covers it. */
  readonly rentang?: Excel.Range;
  /** Read formulas too (for derivations like =39/88*100); off for the ranges the engine reads without them. */
  readonly denganRumus: boolean;
}

export interface HasilBaca {
  readonly nilai: NilaiSel[][];
  readonly rumus: (string | null)[][];
  adaRumus: boolean;
}

/** An LKIP_ name that refers to a range, with the proxies of its read. */
interface CalonNama {
  readonly nama: string;
  readonly rujukan: string;
  readonly item: Excel.NamedItem;
  rentang: Excel.Range;
  readonly denganRumus: boolean;
}

/** The read of every LKIP_ name: see the module comment for the steps and their syncs. */
export async function bacaNamaLkipExcel(context: Excel.RequestContext, opsi: OpsiBacaNama): Promise<HasilBacaNama> {
  const { calon, tidakTerbaca } = await muatNamaLkip(context, opsi);
  if (calon.length === 0) return { rentang: [], tidakTerbaca };
  const sekaligus = await muatPosisi(context, calon);
  const ada = calon.filter((c) => {
    if (c.rentang.isNullObject) tidakTerbaca.push(bukanSatuRentang(c));
    return !c.rentang.isNullObject;
  });
  if (sekaligus) {
    opsi.kemajuan?.(TAHAP.membaca, 1, 1);
    return { rentang: ada.map(rentangTermuat), tidakTerbaca };
  }
  const sumber = await pangkasKolomPenuh(context, ada.map(sumberDari));
  const isi = await bacaBlok(context, sumber, opsi.kemajuan);
  const rentang = ada.map((c, i) => rentangBernama(c.nama, sumber[i]!, isi[i]!));
  return { rentang, tidakTerbaca };
}

/**
 * Sync 1: the workbook-scoped names (workbook.names holds no sheet-scoped ones), three scalars each: only what
 * is read (a hidden LKIP_ name is read like a visible one, so `visible` is not needed). Range names become
 * candidates in name order; the others are reported.
 */
async function muatNamaLkip(
  context: Excel.RequestContext,
  opsi: OpsiBacaNama,
): Promise<{ calon: CalonNama[]; tidakTerbaca: NamaTidakTerbaca[] }> {
  const koleksi = context.workbook.names;
  koleksi.load('items/name,items/type,items/value');
  await context.sync();
  const tidakTerbaca: NamaTidakTerbaca[] = [];
  const calon: CalonNama[] = [];
  for (const item of koleksi.items.filter((i) => adalahNamaLkip(i.name)).sort(urutNama)) {
    const rujukan = teksRujukan(item.value);
    if (item.type !== 'Range') {
      tidakTerbaca.push({ nama: item.name, rujukan, alasan: alasanBukanRentang(item.type, rujukan) });
      continue;
    }
    const denganRumus = !dibacaTanpaRumus(opsi, item.name);
    calon.push({ nama: item.name, rujukan, item, rentang: item.getRangeOrNullObject(), denganRumus });
  }
  return { calon, tidakTerbaca };
}

/**
 * Sync 2. When the references say every range together fits one read block (judged at BITA_BACA_PER_SEL_AWAL
 * bytes per cell), positions, values and formulas are queued together and that is the whole read (true).
 * Otherwise, or when Excel on the web refuses the response as too large, only the positions (false).
 */
async function muatPosisi(context: Excel.RequestContext, calon: CalonNama[]): Promise<boolean> {
  const sel = calon.reduce((n, c) => {
    const u = ukuranRujukan(c.rujukan);
    return n + (u === null ? Infinity : u.jumlahBaris * u.jumlahKolom);
  }, 0);
  const sekaligus = sel <= kapasitasBaca(BITA_BACA_PER_SEL_AWAL);
  for (const c of calon) c.rentang.load(sekaligus ? `${MUAT_POSISI},${isiDimuat(c.denganRumus)}` : MUAT_POSISI);
  try {
    await context.sync();
    return sekaligus;
  } catch (e) {
    if (!sekaligus || !galatUkuranPermintaan(e)) throw e;
  }
  // Proxies made in a failed request are not reused: fresh ones from the (loaded) names.
  for (const c of calon) {
    c.rentang = c.item.getRangeOrNullObject();
    c.rentang.load(MUAT_POSISI);
  }
  await context.sync();
  return false;
}

function isiDimuat(denganRumus: boolean): string {
  return denganRumus ? 'values,formulas' : 'values';
}

/** A range whose values came with its position (the one-block read). */
function rentangTermuat(c: CalonNama): RentangBernama {
  const hasil: HasilBaca = { nilai: [], rumus: [], adaRumus: false };
  tambahkanBaris(hasil, c.rentang.values, c.denganRumus ? c.rentang.formulas : null);
  return {
    nama: c.nama,
    lembar: c.rentang.worksheet.name,
    baris: c.rentang.rowIndex,
    kolom: c.rentang.columnIndex,
    nilai: hasil.nilai,
    ...(hasil.adaRumus ? { rumus: hasil.rumus } : {}),
  };
}

function sumberDari(c: CalonNama): SumberBaca {
  return {
    lembar: c.rentang.worksheet.name,
    baris: c.rentang.rowIndex,
    kolom: c.rentang.columnIndex,
    jumlahBaris: c.rentang.rowCount,
    jumlahKolom: c.rentang.columnCount,
    rentang: c.rentang,
    denganRumus: c.denganRumus,
  };
}

function rentangBernama(nama: string, s: SumberBaca, h: HasilBaca): RentangBernama {
  return { nama, lembar: s.lembar, baris: s.baris, kolom: s.kolom, nilai: h.nilai, ...(h.adaRumus ? { rumus: h.rumus } : {}) };
}

function bukanSatuRentang(c: CalonNama): NamaTidakTerbaca {
  return {
    nama: c.nama,
    rujukan: c.rujukan,
    alasan: 'Nama ini tidak merujuk ke satu rentang sel di buku kerja ini (beberapa area, buku kerja lain, atau rumus).',
  };
}

/**
 * One more sync, only when a name covers whole columns (=Input!$C:$C): such a range is read only down to the
 * last used row of its sheet instead of 1 048 576 rows (a new source, without the whole-column proxy).
 */
async function pangkasKolomPenuh(context: Excel.RequestContext, sumber: SumberBaca[]): Promise<SumberBaca[]> {
  const penuh = sumber.map((s, i) => ({ s, i })).filter(({ s }) => s.jumlahBaris >= BARIS_MAKS);
  if (penuh.length === 0) return sumber;
  const dipakai = penuh.map(({ s }) => {
    const r = context.workbook.worksheets.getItem(s.lembar).getUsedRangeOrNullObject(true);
    r.load('rowIndex,rowCount');
    return r;
  });
  await context.sync();
  const hasil = [...sumber];
  penuh.forEach(({ s, i }, j) => {
    const d = dipakai[j]!;
    const akhir = d.isNullObject ? 0 : d.rowIndex + d.rowCount;
    const { lembar, baris, kolom, jumlahKolom, denganRumus } = s;
    hasil[i] = {
      lembar,
      baris,
      kolom,
      jumlahKolom,
      denganRumus,
      jumlahBaris: Math.max(0, Math.min(s.jumlahBaris, akhir - baris)),
    };
  });
  return hasil;
}

/**
 * Read blocks of whole rows, one request each, sized so that the response stays ≤ KUOTA_BITA and
 * ≤ KUOTA_SEL cells: the first block assumes BITA_BACA_PER_SEL_AWAL bytes per cell, the next ones the
 * largest bytes per cell measured so far plus CADANGAN_BACA. Should Excel still refuse a block as too
 * large (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, Excel on the web), the same
 * rows are read again in blocks of at most half its cells, and so on for the rest of the read: each
 * refusal at least halves the block, so the retries are bounded by log2 of the block size.
 */
export async function bacaBlok(
  context: Excel.RequestContext,
  sumber: readonly SumberBaca[],
  kemajuan?: LaporKemajuan,
): Promise<HasilBaca[]> {
  const hasil: HasilBaca[] = sumber.map(() => ({ nilai: [], rumus: [], adaRumus: false }));
  const lembar = new ProksiLembar(context);
  const totalSel = sumber.reduce((jumlah, s) => jumlah + s.jumlahBaris * s.jumlahKolom, 0);
  const ukur = new UkuranBaca(sumber.some((s) => s.denganRumus) ? BITA_BACA_PER_SEL_AWAL : BITA_BACA_PER_SEL_AWAL / 2);
  let selTerbaca = 0;
  let selesai = 0;
  const posisi = { indeks: 0, baris: 0 };
  while (posisi.indeks < sumber.length) {
    const mulai = { ...posisi };
    const blok = ambilPotonganBaca(sumber, posisi, ukur.kapasitas());
    if (blok.length === 0) break;
    const rentang = blok.map((p) => {
      const s = sumber[p.indeks]!;
      const utuh = p.barisAwal === 0 && p.jumlahBaris === s.jumlahBaris && s.rentang !== undefined;
      const r = utuh
        ? s.rentang!
        : lembar.dari(s.lembar).getRangeByIndexes(s.baris + p.barisAwal, s.kolom, p.jumlahBaris, s.jumlahKolom);
      r.load(isiDimuat(s.denganRumus));
      return r;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per read block is the documented bound (B_baca)
      await context.sync();
    } catch (e) {
      const selBlok = blok.reduce((n, p) => n + p.jumlahBaris * p.jumlahKolom, 0);
      if (!galatUkuranPermintaan(e) || (blok.length === 1 && blok[0]!.jumlahBaris === 1)) throw e;
      lembar.lupakan(); // proxies made in the failed request are not reused
      ukur.ditolak(selBlok);
      Object.assign(posisi, mulai);
      continue;
    }
    let bita = 0;
    let sel = 0;
    blok.forEach((p, i) => {
      const r = rentang[i]!;
      const nilai: unknown[][] = r.values;
      const rumus: unknown[][] | null = sumber[p.indeks]!.denganRumus ? r.formulas : null;
      bita += JSON.stringify(nilai).length + (rumus === null ? 0 : JSON.stringify(rumus).length);
      sel += p.jumlahBaris * p.jumlahKolom;
      tambahkanBaris(hasil[p.indeks]!, nilai, rumus);
    });
    ukur.terukur(bita, sel);
    selTerbaca += sel;
    selesai++;
    kemajuan?.(TAHAP.membaca, selesai, selesai + Math.ceil((totalSel - selTerbaca) / ukur.kapasitas()));
  }
  return hasil;
}

/** One worksheet proxy per sheet name for the blocks of a request. */
class ProksiLembar {
  private readonly peta = new Map<string, Excel.Worksheet>();
  constructor(private readonly context: Excel.RequestContext) {}

  dari(nama: string): Excel.Worksheet {
    let sheet = this.peta.get(nama);
    if (sheet === undefined) {
      sheet = this.context.workbook.worksheets.getItem(nama);
      this.peta.set(nama, sheet);
    }
    return sheet;
  }

  lupakan(): void {
    this.peta.clear();
  }
}

/** The size of the next read block, from the bytes per cell measured so far and the blocks Excel refused. */
class UkuranBaca {
  private bitaPerSel: number;
  private terbesar = 0;
  /** Cells per block allowed after Excel refused a block: half of the refused one, for the rest of the read. */
  private plafon = Infinity;

  constructor(bitaPerSelAwal: number) {
    this.bitaPerSel = bitaPerSelAwal;
  }

  kapasitas(): number {
    return Math.min(kapasitasBaca(this.bitaPerSel), this.plafon);
  }

  terukur(bita: number, sel: number): void {
    this.terbesar = Math.max(this.terbesar, sel > 0 ? bita / sel : 0);
    this.bitaPerSel = Math.max(1, this.terbesar * CADANGAN_BACA);
  }

  ditolak(selBlok: number): void {
    this.plafon = Math.max(1, Math.floor(selBlok / 2));
  }
}

/** Append rows read from Excel to a result: "" → null, formulas kept only where a cell holds one. */
function tambahkanBaris(tujuan: HasilBaca, nilai: readonly unknown[][], rumus: readonly unknown[][] | null): void {
  nilai.forEach((baris, b) => {
    tujuan.nilai.push(baris.map(dariNilaiExcel));
    if (rumus !== null) {
      const barisRumus = (rumus[b] ?? []).map((f, k) => rumusDariExcel(f, baris[k]));
      if (barisRumus.some((f) => f !== null)) tujuan.adaRumus = true;
      tujuan.rumus.push(barisRumus);
    }
  });
}

/** Names sorted case-insensitively, then exactly: the same order in every run. */
function urutNama(a: { name: string }, b: { name: string }): number {
  const ka = a.name.toUpperCase();
  const kb = b.name.toUpperCase();
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function teksRujukan(nilai: unknown): string {
  if (nilai === null || nilai === undefined) return '';
  return typeof nilai === 'string' ? nilai : JSON.stringify(nilai);
}

function alasanBukanRentang(jenis: string, rujukan: string): string {
  switch (jenis) {
    case 'Error':
      return `Nama ini merujuk ke rujukan yang rusak (${rujukan || '#REF!'}): sel atau lembarnya sudah dihapus. Tetapkan ulang rentangnya.`;
    case 'Array':
      return 'Nama ini berisi larik konstanta, bukan rentang sel. Arahkan nama ini ke sel di lembar kerja.';
    case 'String':
    case 'Integer':
    case 'Double':
    case 'Boolean':
      return 'Nama ini berisi konstanta, bukan rentang sel. Tulis nilainya di sel lalu arahkan nama ini ke sel itu.';
    default:
      return `Nama ini bukan rentang sel (jenis ${jenis}).`;
  }
}

/** The `code` of an error thrown by Office.js (OfficeExtension.Error), if any. */
export function kodeGalat(e: unknown): unknown {
  return typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
}

/** Excel on the web refused a request or its response as too large (5 MB). */
export function galatUkuranPermintaan(e: unknown): boolean {
  const kode = kodeGalat(e);
  return kode === 'RequestPayloadSizeLimitExceeded' || kode === 'ResponsePayloadSizeLimitExceeded';
}
