/**
 * The Office.js adapter of the workbook port (PortBukuKerja): reads the LKIP_ named ranges and writes
 * sheet models inside Excel. The class holds the port's methods; the reading steps live in baca.ts, the
 * write operations in tulis.ts, the request budgets in kuota.ts, cell conversions in sel.ts. The rules it
 * shares with the .xlsx adapter (addresses, names, markers, model checks, GalatPort) are in src/report/buku.
 *
 * Office.js discipline, and the number of context.sync() calls (round trips) each method makes:
 * - Loads are queued together and read only after the sync that follows them; never one sync per item.
 * - Reads and writes go in blocks of whole rows, each block one request of at most KUOTA_BITA (4 MB)
 *   and KUOTA_SEL (1 000 000) cells (src/excel/kuota.ts). The only syncs inside loops are the
 *   per-block ones, so every bound below is "a constant + one per block", whatever the row count:
 *     bacaNamaLkip      1 (no LKIP_ range) | 2 (all ranges fit one block, judged from their addresses)
 *                       | 2 + [1 if a name covers whole columns] + B_baca (larger inputs)
 *     statusLembar      1 (no such sheet, or no marker names) | 2
 *     bacaNilaiLembar   1 (no such sheet) | 2 + B_baca
 *     tulisLembar       1 (new sheet) | 2 (the sheet exists) + B_tulis
 *     tetapkanNama      2;  pilihSel 1
 *     bacaUntukDeteksi  2 + B_baca (values only; sheets over BATAS_SEL_DETEKSI are not read)
 *     buatNamaDeteksi   2 (1 when every name exists and is kept)
 *   B_baca  = read blocks, each ≤ min(1 000 000 cells, 4 MB ÷ bytes per cell), bytes per cell = 40 for the
 *             first block, then 1.25 × the largest measured. 1 for ordinary report inputs (≤ 100 000
 *             cells); 300 000 daily price rows × 5 columns → 9 blocks.
 *   B_tulis = write requests: the value blocks of potongBarisTulis (≤ 4 MB of values + formats each), with
 *             the layout (widths, styles, merges, row heights, notes, protection, marker) packed after them.
 *             1 for ordinary reports; 100 000 report rows × 8 columns → 4 blocks + 1.
 * - Values are written as one 2-D range write per block (number formats first, then values), never cell
 *   by cell; styles per rectangle of the model.
 * - Ranges the engine reads without formulas (OpsiBacaNama.awalanTanpaRumus: the daily price ranges) are
 *   read as values only, about half the response bytes of the bulk of a large workbook.
 */
import { TAHAP, type LaporKemajuan } from '../report/kemajuan';
import type { ModelLembar, NilaiSel } from '../report/lembar';
import type { DukunganPort, HasilBacaNama, OpsiBacaNama, PortBukuKerja, StatusLembar } from '../report/port';
import {
  alamatMutlak,
  alamatTanpaLembar,
  galatAlamatTidakValid,
  galatLembarMilikPengguna,
  galatLembarTidakAda,
  periksaModel,
  periksaNamaRentang,
} from '../report/buku';
import type { BacaanDeteksi, HasilBuatNama, UsulanNama } from '../report/deteksi';
import { bacaBlok, bacaNamaLkipExcel, kodeGalat, type SumberBaca } from './baca';
import { kemasPermintaan, potongBarisTulis, susunGrid } from './kuota';
import { bacaOpsiDariPengaturan, simpanOpsiKePengaturan, type OpsiTersimpan, type PengaturanDokumen } from './pengaturan';
import {
  operasiBersihkan,
  operasiNilai,
  operasiPenanda,
  operasiTata,
  periksaKepemilikan,
  type KonteksTulis,
  type OperasiTulis,
} from './tulis';

/** Runs one batch against the workbook: Excel.run in Excel, a fake host's run in tests. */
export type JalankanExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Requirement-set check (Office.context.requirements.isSetSupported), injectable for tests. */
export type CekDukungan = (set: string, versi: string) => boolean;

export interface OpsiPortExcel {
  /**
   * Replace a sheet named like the model that the add-in did not create. Only after the user confirmed
   * (OpsiJalankan.timpaLembarPengguna); without it tulisLembar refuses such a sheet and writes nothing.
   */
  readonly timpaLembarPengguna?: boolean;
  readonly didukung?: CekDukungan;
  readonly pengaturan?: () => PengaturanDokumen;
}

const jalankanExcel: JalankanExcel = (batch) => Excel.run(batch);

const cekDukunganOffice: CekDukungan = (set, versi) =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, versi) === true;

const pengaturanOffice = (): PengaturanDokumen => Office.context.document.settings;

/** Merged areas (Range.getMergedAreasOrNullObject, read by "Hubungkan Tabel") arrived in ExcelApi 1.13. */
export const SET_GABUNGAN: readonly [string, string] = ['ExcelApi', '1.13'];

/**
 * The Office.js side of "Hubungkan Tabel", loaded with the pane's section (chunk "hubungkan"), not on first load.
 * It gets bacaBlok passed in rather than importing it, so the read blocks' code stays in one place without
 * being shared (and so split out) between the first download and the lazy chunk.
 */
const modulDeteksi = () => import(/* webpackChunkName: "hubungkan" */ './deteksi');

/** Notes (the classic cell notes, not threaded comments) arrived in ExcelApi 1.18. */
const SET_CATATAN: readonly [string, string] = ['ExcelApi', '1.18'];
/** worksheet.pageLayout and horizontalPageBreaks (cetak.ts). */
export const SET_CETAK: readonly [string, string] = ['ExcelApi', '1.9'];
/** The chart calls of cetak.ts (series.setValues 1.7; overlap, gapWidth, hasDataLabels, axis format 1.8). */
export const SET_GRAFIK: readonly [string, string] = ['ExcelApi', '1.8'];

/**
 * The model's page setup and charts as write operations, for what the host supports; none without them. Loaded
 * on demand (cetak.ts): they stay out of the pane's first download.
 */
async function operasiCetakGrafik(model: ModelLembar, dukungan: DukunganPort): Promise<OperasiTulis[]> {
  const cetak = dukungan.cetak && model.cetak !== undefined;
  const grafik = dukungan.grafik && (model.grafik ?? []).length > 0;
  if (!cetak && !grafik) return [];
  const { operasiCetak, operasiGrafik } = await import(/* webpackChunkName: "cetak" */ './cetak');
  return [...(cetak ? operasiCetak(model.cetak!) : []), ...(grafik ? model.grafik!.map(operasiGrafik) : [])];
}

export class PortExcel implements PortBukuKerja {
  private readonly jalankan: JalankanExcel;
  private readonly opsi: OpsiPortExcel;

  constructor(jalankan: JalankanExcel = jalankanExcel, opsi: OpsiPortExcel = {}) {
    this.jalankan = jalankan;
    this.opsi = opsi;
  }

  /**
   * The same port, allowed to replace a sheet of the model's name that the user made. For a run the
   * user confirmed (OpsiJalankan.timpaLembarPengguna): `jalankanLaporan(opsi.timpaLembarPengguna ?
   * port.denganIzinTimpa() : port, opsi)`.
   */
  denganIzinTimpa(): PortExcel {
    return new PortExcel(this.jalankan, { ...this.opsi, timpaLembarPengguna: true });
  }

  /** Every workbook-scoped LKIP_ name, in name order: ranges with values and formulas, the rest in tidakTerbaca. */
  async bacaNamaLkip(opsi: OpsiBacaNama = {}): Promise<HasilBacaNama> {
    return this.jalankan((context) => bacaNamaLkipExcel(context, opsi));
  }

  /** tidak_ada, milik_lkip (a hidden marker name refers to the sheet, also after a rename) or milik_pengguna. */
  async statusLembar(nama: string): Promise<StatusLembar> {
    return this.jalankan(async (context) => (await periksaKepemilikan(context, nama, false, false)).status);
  }

  /** Values of the sheet from A1 to the last used cell ("" → null), or null when there is no such sheet. */
  async bacaNilaiLembar(nama: string): Promise<readonly (readonly NilaiSel[])[] | null> {
    return this.jalankan(async (context) => {
      // Sync 1: does the sheet exist (nothing is queued on a null object). Sync 2: its used area.
      const lembar = context.workbook.worksheets.getItemOrNullObject(nama);
      await context.sync();
      if (lembar.isNullObject === true) return null;
      const dipakai = lembar.getUsedRangeOrNullObject(true);
      dipakai.load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (dipakai.isNullObject === true) return [];
      const sumber: SumberBaca = {
        lembar: nama,
        baris: 0,
        kolom: 0,
        jumlahBaris: dipakai.rowIndex + dipakai.rowCount,
        jumlahKolom: dipakai.columnIndex + dipakai.columnCount,
        denganRumus: false,
      };
      const [hasil] = await bacaBlok(context, [sumber]);
      return hasil?.nilai ?? [];
    });
  }

  /**
   * Create the sheet, or clear and rewrite it when it is ours (or the user confirmed replacing theirs),
   * then mark it with a hidden workbook name. Never touches another sheet. Nothing is written when the
   * model is invalid or the sheet belongs to the user.
   */
  async tulisLembar(model: ModelLembar, kemajuan?: LaporKemajuan): Promise<void> {
    periksaModel(model);
    const grid = susunGrid(model);
    const potongan = potongBarisTulis(grid);
    const denganCatatan = model.catatan.length > 0 && this.didukung(...SET_CATATAN);
    const cetakGrafik = await operasiCetakGrafik(model, this.dukungan());
    await this.jalankan(async (context) => {
      const milik = await periksaKepemilikan(context, model.nama, true, this.didukung(...SET_CATATAN));
      if (milik.status === 'milik_pengguna' && this.opsi.timpaLembarPengguna !== true) throw galatLembarMilikPengguna(model.nama);
      const lembar = milik.status === 'tidak_ada' ? context.workbook.worksheets.add(model.nama) : milik.lembar;
      const operasi: OperasiTulis[] = [
        ...operasiBersihkan(milik),
        ...operasiNilai(grid, potongan),
        ...operasiTata(model, denganCatatan, cetakGrafik),
        ...operasiPenanda(milik),
      ];
      const permintaan = kemasPermintaan(operasi);
      const tulis: KonteksTulis = { context, lembar };
      for (let i = 0; i < permintaan.length; i++) {
        for (const op of permintaan[i]!) op.terapkan(tulis);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block of ≤ 4 MB is the documented bound (B_tulis)
        await context.sync();
        kemajuan?.(TAHAP.menulis, i + 1, permintaan.length);
      }
    });
  }

  /** Add or replace the workbook-scoped name `nama` for `alamatA1` ("$C$5:$C$15"; a sheet prefix is ignored) on `lembar`. */
  async tetapkanNama(nama: string, lembar: string, alamatA1: string): Promise<void> {
    periksaNamaRentang(nama);
    const alamat = alamatMutlak(alamatTanpaLembar(alamatA1));
    if (alamat === null) throw galatAlamatTidakValid(alamatA1, nama);
    await this.jalankan(async (context) => {
      const koleksi = context.workbook.names;
      const lama = koleksi.getItemOrNullObject(nama);
      const sheet = context.workbook.worksheets.getItemOrNullObject(lembar);
      await context.sync();
      if (sheet.isNullObject) throw galatLembarTidakAda(lembar, nama);
      if (!lama.isNullObject) lama.delete();
      koleksi.add(nama, sheet.getRange(alamat));
      await context.sync();
    });
  }

  /**
   * "Hubungkan Tabel": the used sheets (or the selection) as the detector reads them, with merged areas where
   * ExcelApi 1.13 is supported (src/excel/deteksi.ts: 2 + B syncs).
   */
  async bacaUntukDeteksi(hanyaPilihan: boolean): Promise<BacaanDeteksi> {
    const denganGabungan = this.didukung(...SET_GABUNGAN);
    const { bacaUntukDeteksiExcel } = await modulDeteksi();
    return this.jalankan((context) => bacaUntukDeteksiExcel(context, { hanyaPilihan, denganGabungan }, bacaBlok));
  }

  /** Create the names the user confirmed (workbook scope); existing ones only replaced with `timpa`. 2 syncs. */
  async buatNamaDeteksi(usulan: readonly UsulanNama[], timpa: boolean): Promise<HasilBuatNama> {
    const { buatNamaDeteksiExcel } = await modulDeteksi();
    return this.jalankan((context) => buatNamaDeteksiExcel(context, usulan, timpa));
  }

  /** Activate the sheet and select the cell ("C5", "$C$5" or "Input!C5"), e.g. for a problem in the task pane. */
  async pilihSel(lembar: string, alamat: string): Promise<void> {
    await this.jalankan(async (context) => {
      const sheet = context.workbook.worksheets.getItem(lembar);
      sheet.activate();
      sheet.getRange(alamatTanpaLembar(alamat)).select();
      try {
        await context.sync();
      } catch (e) {
        if (kodeGalat(e) === 'ItemNotFound') throw galatLembarTidakAda(lembar);
        throw e;
      }
    });
  }

  /** The options stored in this workbook's document settings (empty when none). */
  async bacaOpsiTersimpan(): Promise<OpsiTersimpan> {
    return bacaOpsiDariPengaturan((this.opsi.pengaturan ?? pengaturanOffice)());
  }

  /** Store the options in this workbook's document settings and save them with the document. */
  async simpanOpsi(opsi: OpsiTersimpan): Promise<void> {
    return simpanOpsiKePengaturan((this.opsi.pengaturan ?? pengaturanOffice)(), opsi);
  }

  /** What this Excel can draw of a report besides its cells: page setup (ExcelApi 1.9), charts (ExcelApi 1.8). */
  dukungan(): DukunganPort {
    return { cetak: this.didukung(...SET_CETAK), grafik: this.didukung(...SET_GRAFIK) };
  }

  private didukung(set: string, versi: string): boolean {
    return (this.opsi.didukung ?? cekDukunganOffice)(set, versi);
  }
}
