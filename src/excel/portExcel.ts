/**
 * The Office.js adapter of the workbook port (PortBukuKerja): reads the LKIP_ named ranges and writes
 * sheet models inside Excel.
 *
 * Office.js discipline, and the number of context.sync() calls (round trips) each method makes:
 * - Loads are queued together and read only after the sync that follows them; never one sync per item.
 * - Reads and writes go in blocks of whole rows, each block one request of at most BATAS_BAIT (4 MB)
 *   and BATAS_SEL (1 000 000) cells (src/excel/batas.ts). The only syncs inside loops are the
 *   per-block ones, so every bound below is "a constant + one per block", whatever the row count:
 *     bacaNamaLkip      1 (no LKIP_ range) | 2 (all ranges fit one block, judged from their addresses)
 *                       | 2 + [1 if a name covers whole columns] + B_baca (larger inputs)
 *     statusLembar      1 (no such sheet, or no marker names) | 2
 *     bacaNilaiLembar   1 (no such sheet) | 2 + B_baca
 *     tulisLembar       1 (new sheet) | 2 (the sheet exists) + B_tulis
 *     tetapkanNama      2;  pilihSel 1
 *   B_baca  = read blocks, each ≤ min(1 000 000 cells, 4 MB ÷ bytes per cell), bytes per cell = 40 for the
 *             first block, then 1.25 × the largest measured. 1 for ordinary report inputs (≤ 100 000
 *             cells); 300 000 daily price rows × 5 columns → 9 blocks.
 *   B_tulis = write requests: the value blocks of potongBarisTulis (≤ 4 MB of values + formats each), with
 *             the layout (widths, styles, merges, row heights, notes, protection, marker) packed after them.
 *             1 for ordinary reports; 100 000 report rows × 8 columns → 4 blocks + 1.
 * - Values are written as one 2-D range write per block (number formats first, then values), never cell
 *   by cell; styles per rectangle of the model.
 */
import {
  alamatRentang,
  alamatSel,
  hurufKolom,
  indeksKolom,
  kutipLembar,
  type GayaSel,
  type ModelLembar,
  type NilaiSel,
  type Rentang,
} from '../report/lembar';
import {
  AWALAN_PENANDA_LEMBAR,
  type LaporKemajuan,
  type NamaTidakTerbaca,
  type PortBukuKerja,
  type RentangBernama,
  type StatusLembar,
} from '../report/port';
import {
  ambilPotonganBaca,
  BAIT_BACA_PER_SEL_AWAL,
  BIAYA_AKSI,
  CADANGAN_BACA,
  kapasitasBaca,
  kemasPermintaan,
  potongBarisTulis,
  susunGrid,
  type GridTulis,
  type Operasi,
  type PotonganTulis,
} from './batas';
import { AWALAN_HARGA_HARIAN } from '../report/kontrak';
import { GalatExcel } from './galat';
import { bacaOpsiDariPengaturan, simpanOpsiKePengaturan, type OpsiTersimpan, type PengaturanDokumen } from './pengaturan';
import { alamatTanpaLembar, dariNilaiExcel, lebarKeTitik, rumusDariExcel } from './sel';

/** Runs one batch against the workbook: Excel.run in Excel, a mock context in tests. */
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

/** Workbook names the port reads: "LKIP_" in any case. */
const AWALAN_LKIP = 'LKIP_';
/** Rows of an Excel sheet: a name with this many rows covers whole columns. */
const BARIS_LEMBAR = 1_048_576;
/** Where a named range lies and how large it is. */
const MUAT_POSISI = 'rowIndex,columnIndex,rowCount,columnCount,worksheet/name';
/** Notes (the classic cell notes, not threaded comments) arrived in ExcelApi 1.18. */
const SET_CATATAN: readonly [string, string] = ['ExcelApi', '1.18'];
const KOMENTAR_PENANDA = 'LKIP Kinerja: penanda lembar buatan add-in (jangan dihapus).';

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

/** What the port needs to read a block of rows. */
interface SumberBaca {
  readonly lembar: string;
  readonly baris: number;
  readonly kolom: number;
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
  /** The whole range's proxy, reused when one block covers it. */
  readonly rentang?: Excel.Range;
  /**
   * Read formulas too (for derivations like =39/88*100). Daily price ranges (LKIP_HargaHarian_*) hold
   * plain observations and are the bulk of a large workbook: their formulas are not read, halving the read.
   */
  readonly denganRumus: boolean;
}

interface HasilBaca {
  readonly nilai: NilaiSel[][];
  readonly rumus: (string | null)[][];
  adaRumus: boolean;
}

/** Who owns the sheet, with what tulisLembar needs to clear it. */
interface Kepemilikan {
  readonly status: StatusLembar;
  readonly lembar: Excel.Worksheet;
  /** Upper-cased names of every workbook name (to number a new marker). */
  readonly namaTerpakai: ReadonlySet<string>;
  /** Marker names whose sheet was deleted (#REF!): ours, removed when writing. */
  readonly penandaRusak: readonly Excel.NamedItem[];
  readonly terproteksi: boolean;
  readonly catatan: readonly Excel.Note[];
}

interface KonteksTulis {
  readonly context: Excel.RequestContext;
  readonly lembar: Excel.Worksheet;
}

type OperasiTulis = Operasi<KonteksTulis>;

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
  async bacaNamaLkip(
    kemajuan?: LaporKemajuan,
  ): Promise<{ readonly rentang: readonly RentangBernama[]; readonly tidakTerbaca: readonly NamaTidakTerbaca[] }> {
    return this.jalankan(async (context) => {
      // Sync 1: the workbook-scoped names (workbook.names holds no sheet-scoped ones), three scalars each
      // (only what is read: a hidden LKIP_ name is read like a visible one, so `visible` is not needed).
      const koleksi = context.workbook.names;
      koleksi.load('items/name,items/type,items/value');
      await context.sync();

      const tidakTerbaca: NamaTidakTerbaca[] = [];
      const calon: { nama: string; rujukan: string; item: Excel.NamedItem; rentang: Excel.Range }[] = [];
      const milikLkip = koleksi.items.filter((item) => item.name.toUpperCase().startsWith(AWALAN_LKIP)).sort(urutNama);
      for (const item of milikLkip) {
        const rujukan = teksRujukan(item.value);
        if (item.type !== 'Range') {
          tidakTerbaca.push({ nama: item.name, rujukan, alasan: alasanBukanRentang(item.type, rujukan) });
          continue;
        }
        calon.push({ nama: item.name, rujukan, item, rentang: item.getRangeOrNullObject() });
      }
      if (calon.length === 0) return { rentang: [], tidakTerbaca };

      // Sync 2, the usual case: the references say every range together fits one block, so positions,
      // values and formulas of all of them are queued together. That is the whole read: two syncs.
      const ukuran = calon.map((c) => ukuranRujukan(c.rujukan));
      const selSekaligus = ukuran.reduce((n, u) => n + (u === null ? Infinity : u.jumlahBaris * u.jumlahKolom), 0);
      let sekaligus = selSekaligus <= kapasitasBaca(BAIT_BACA_PER_SEL_AWAL);
      for (const c of calon) c.rentang.load(sekaligus ? `${MUAT_POSISI},values,formulas` : MUAT_POSISI);
      try {
        await context.sync();
      } catch (e) {
        // Excel on the web refused the response as too large: load the sizes, then read in blocks.
        // Proxies made in a failed request are not reused: fresh ones from the (loaded) names.
        if (!sekaligus || !galatUkuranPermintaan(e)) throw e;
        sekaligus = false;
        for (const c of calon) {
          c.rentang = c.item.getRangeOrNullObject();
          c.rentang.load(MUAT_POSISI);
        }
        await context.sync();
      }
      const tidakRentang = (c: (typeof calon)[number]): void => {
        tidakTerbaca.push({
          nama: c.nama,
          rujukan: c.rujukan,
          alasan: 'Nama ini tidak merujuk ke satu rentang sel di buku kerja ini (beberapa area, buku kerja lain, atau rumus).',
        });
      };
      if (sekaligus) {
        const rentang: RentangBernama[] = [];
        for (const c of calon) {
          if (c.rentang.isNullObject) {
            tidakRentang(c);
            continue;
          }
          const hasil: HasilBaca = { nilai: [], rumus: [], adaRumus: false };
          tambahkanBaris(hasil, c.rentang.values, c.rentang.formulas);
          rentang.push({
            nama: c.nama,
            lembar: c.rentang.worksheet.name,
            baris: c.rentang.rowIndex,
            kolom: c.rentang.columnIndex,
            nilai: hasil.nilai,
            ...(hasil.adaRumus ? { rumus: hasil.rumus } : {}),
          });
        }
        kemajuan?.('membaca', 1, 1);
        return { rentang, tidakTerbaca };
      }

      // Otherwise sync 2 gave where each range lies and how large it is; the values are read in blocks.
      const terbaca: { nama: string; sumber: SumberBaca }[] = [];
      for (const c of calon) {
        if (c.rentang.isNullObject) {
          tidakRentang(c);
          continue;
        }
        terbaca.push({
          nama: c.nama,
          sumber: {
            lembar: c.rentang.worksheet.name,
            baris: c.rentang.rowIndex,
            kolom: c.rentang.columnIndex,
            jumlahBaris: c.rentang.rowCount,
            jumlahKolom: c.rentang.columnCount,
            rentang: c.rentang,
            denganRumus: !c.nama.toUpperCase().startsWith(AWALAN_HARGA_HARIAN.toUpperCase()),
          },
        });
      }

      // One more sync only when a name covers whole columns (=Input!$C:$C): read only down to the
      // last used row of its sheet instead of 1 048 576 rows.
      const kolomPenuh = terbaca.filter((t) => t.sumber.jumlahBaris >= BARIS_LEMBAR);
      if (kolomPenuh.length > 0) {
        const terpakai = kolomPenuh.map((t) => {
          const dipakai = context.workbook.worksheets.getItem(t.sumber.lembar).getUsedRangeOrNullObject(true);
          dipakai.load('rowIndex,rowCount');
          return dipakai;
        });
        await context.sync();
        kolomPenuh.forEach((t, i) => {
          const dipakai = terpakai[i]!;
          const akhir = dipakai.isNullObject ? 0 : dipakai.rowIndex + dipakai.rowCount;
          // A new source without the whole-column proxy: only the trimmed rows are read.
          const { lembar, baris, kolom, jumlahKolom, denganRumus } = t.sumber;
          t.sumber = {
            lembar,
            baris,
            kolom,
            jumlahKolom,
            denganRumus,
            jumlahBaris: Math.max(0, Math.min(t.sumber.jumlahBaris, akhir - baris)),
          };
        });
      }

      // Then: values and formulas in blocks of ≤ 4 MB / ≤ 1 000 000 cells, one sync each.
      const isi = await bacaBlok(
        context,
        terbaca.map((t) => t.sumber),
        kemajuan,
      );
      const rentang: RentangBernama[] = terbaca.map((t, i) => {
        const h = isi[i]!;
        return {
          nama: t.nama,
          lembar: t.sumber.lembar,
          baris: t.sumber.baris,
          kolom: t.sumber.kolom,
          nilai: h.nilai,
          ...(h.adaRumus ? { rumus: h.rumus } : {}),
        };
      });
      return { rentang, tidakTerbaca };
    });
  }

  /** tidak_ada, milik_lkip (a hidden marker name refers to the sheet, also after a rename) or milik_pengguna. */
  async statusLembar(nama: string): Promise<StatusLembar> {
    return this.jalankan(async (context) => (await this.periksaKepemilikan(context, nama, false)).status);
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
    await this.jalankan(async (context) => {
      const milik = await this.periksaKepemilikan(context, model.nama, true);
      if (milik.status === 'milik_pengguna' && this.opsi.timpaLembarPengguna !== true) {
        throw new GalatExcel(
          'LEMBAR_MILIK_PENGGUNA',
          `Lembar "${model.nama}" sudah ada dan tidak dibuat oleh LKIP Kinerja; tidak ada yang ditulis. ` +
            'Ganti nama lembar itu, atau setujui penggantiannya.',
        );
      }
      const lembar = milik.status === 'tidak_ada' ? context.workbook.worksheets.add(model.nama) : milik.lembar;
      const operasi: OperasiTulis[] = [
        ...operasiBersihkan(milik),
        ...operasiNilai(grid, potongan),
        ...operasiTata(model, denganCatatan),
        ...operasiPenanda(milik),
      ];
      const permintaan = kemasPermintaan(operasi);
      const tulis: KonteksTulis = { context, lembar };
      for (let i = 0; i < permintaan.length; i++) {
        for (const op of permintaan[i]!) op.terapkan(tulis);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block of ≤ 4 MB is the documented bound (B_tulis)
        await context.sync();
        kemajuan?.('menulis', i + 1, permintaan.length);
      }
    });
  }

  /** Add or replace the workbook-scoped name `nama` for `alamatA1` ("$C$5:$C$15"; a sheet prefix is ignored) on `lembar`. */
  async tetapkanNama(nama: string, lembar: string, alamatA1: string): Promise<void> {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(nama) || /^[A-Za-z]{1,3}[0-9]+$/.test(nama) || /^[RrCc]$/.test(nama)) {
      throw new GalatExcel('NAMA_TIDAK_VALID', `Nama "${nama}" tidak dapat dipakai sebagai nama rentang di Excel.`);
    }
    await this.jalankan(async (context) => {
      const koleksi = context.workbook.names;
      const lama = koleksi.getItemOrNullObject(nama);
      const sheet = context.workbook.worksheets.getItemOrNullObject(lembar);
      await context.sync();
      if (sheet.isNullObject)
        throw new GalatExcel('LEMBAR_TIDAK_ADA', `Lembar "${lembar}" tidak ada; nama "${nama}" tidak ditetapkan.`);
      if (!lama.isNullObject) lama.delete();
      koleksi.add(nama, sheet.getRange(alamatTanpaLembar(alamatA1)));
      await context.sync();
    });
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
        if (kodeGalat(e) === 'ItemNotFound') throw new GalatExcel('LEMBAR_TIDAK_ADA', `Lembar "${lembar}" tidak ada.`);
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

  private didukung(set: string, versi: string): boolean {
    return (this.opsi.didukung ?? cekDukunganOffice)(set, versi);
  }

  /**
   * Sync 1: the sheet (null object when absent) and every workbook name. Sync 2, only when the sheet
   * exists and there is something to follow: the sheet each marker name refers to (a renamed sheet keeps
   * its marker, because the reference follows the sheet), and for writing its protection and notes.
   */
  private async periksaKepemilikan(context: Excel.RequestContext, nama: string, untukTulis: boolean): Promise<Kepemilikan> {
    const lembar = context.workbook.worksheets.getItemOrNullObject(nama);
    lembar.load('id');
    const koleksi = context.workbook.names;
    koleksi.load('items/name,items/type');
    await context.sync();

    const awalan = AWALAN_PENANDA_LEMBAR.toUpperCase();
    const penanda = koleksi.items.filter((item) => item.name.toUpperCase().startsWith(awalan));
    const namaTerpakai = new Set(koleksi.items.map((item) => item.name.toUpperCase()));
    const penandaRusak = penanda.filter((item) => item.type === 'Error');
    const dasar = { lembar, namaTerpakai, penandaRusak };
    if (lembar.isNullObject) return { ...dasar, status: 'tidak_ada', terproteksi: false, catatan: [] };

    const rujukan = penanda
      .filter((item) => item.type === 'Range')
      .map((item) => {
        const rentang = item.getRangeOrNullObject();
        rentang.load('worksheet/id');
        return rentang;
      });
    let catatan: Excel.NoteCollection | null = null;
    if (untukTulis) {
      lembar.protection.load('protected');
      if (this.didukung(...SET_CATATAN)) {
        catatan = lembar.notes;
        catatan.load('items/visible');
      }
    }
    if (rujukan.length === 0 && !untukTulis) return { ...dasar, status: 'milik_pengguna', terproteksi: false, catatan: [] };
    await context.sync();
    const milikKita = rujukan.some((r) => !r.isNullObject && r.worksheet.id === lembar.id);
    return {
      ...dasar,
      status: milikKita ? 'milik_lkip' : 'milik_pengguna',
      terproteksi: untukTulis && lembar.protection.protected,
      catatan: catatan === null ? [] : catatan.items,
    };
  }
}

/**
 * Read blocks of whole rows, one request each, sized so that the response stays ≤ BATAS_BAIT and
 * ≤ BATAS_SEL cells: the first block assumes BAIT_BACA_PER_SEL_AWAL bytes per cell, the next ones the
 * largest bytes per cell measured so far plus CADANGAN_BACA. Should Excel still refuse a block as too
 * large (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, Excel on the web), the same
 * rows are read again in blocks of at most half its cells, and so on for the rest of the read: each
 * refusal at least halves the block, so the retries are bounded by log2 of the block size.
 */
async function bacaBlok(
  context: Excel.RequestContext,
  sumber: readonly SumberBaca[],
  kemajuan?: LaporKemajuan,
): Promise<HasilBaca[]> {
  const hasil: HasilBaca[] = sumber.map(() => ({ nilai: [], rumus: [], adaRumus: false }));
  const lembarProxy = new Map<string, Excel.Worksheet>();
  const lembarDari = (nama: string): Excel.Worksheet => {
    let sheet = lembarProxy.get(nama);
    if (sheet === undefined) {
      sheet = context.workbook.worksheets.getItem(nama);
      lembarProxy.set(nama, sheet);
    }
    return sheet;
  };
  const totalSel = sumber.reduce((jumlah, s) => jumlah + s.jumlahBaris * s.jumlahKolom, 0);
  let baitPerSel = sumber.some((s) => s.denganRumus) ? BAIT_BACA_PER_SEL_AWAL : BAIT_BACA_PER_SEL_AWAL / 2;
  let terbesar = 0;
  /** Cells per block allowed after Excel refused a block: half of the refused one, for the rest of the read. */
  let plafon = Infinity;
  let selTerbaca = 0;
  let selesai = 0;
  const posisi = { indeks: 0, baris: 0 };
  while (posisi.indeks < sumber.length) {
    const mulai = { ...posisi };
    const blok = ambilPotonganBaca(sumber, posisi, Math.min(kapasitasBaca(baitPerSel), plafon));
    if (blok.length === 0) break;
    const rentang = blok.map((p) => {
      const s = sumber[p.indeks]!;
      const utuh = p.barisAwal === 0 && p.jumlahBaris === s.jumlahBaris && s.rentang !== undefined;
      const r = utuh
        ? s.rentang!
        : lembarDari(s.lembar).getRangeByIndexes(s.baris + p.barisAwal, s.kolom, p.jumlahBaris, s.jumlahKolom);
      r.load(s.denganRumus ? 'values,formulas' : 'values');
      return r;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per read block is the documented bound (B_baca)
      await context.sync();
    } catch (e) {
      const selBlok = blok.reduce((n, p) => n + p.jumlahBaris * p.jumlahKolom, 0);
      const dapatDiperkecil = blok.length > 1 || blok[0]!.jumlahBaris > 1;
      if (galatUkuranPermintaan(e) && dapatDiperkecil) {
        lembarProxy.clear(); // proxies made in the failed request are not reused
        plafon = Math.max(1, Math.floor(selBlok / 2));
        posisi.indeks = mulai.indeks;
        posisi.baris = mulai.baris;
        continue;
      }
      throw e;
    }
    let bait = 0;
    let sel = 0;
    blok.forEach((p, i) => {
      const r = rentang[i]!;
      const nilai: unknown[][] = r.values;
      const rumus: unknown[][] | null = sumber[p.indeks]!.denganRumus ? r.formulas : null;
      bait += JSON.stringify(nilai).length + (rumus === null ? 0 : JSON.stringify(rumus).length);
      sel += p.jumlahBaris * p.jumlahKolom;
      tambahkanBaris(hasil[p.indeks]!, nilai, rumus);
    });
    terbesar = Math.max(terbesar, sel > 0 ? bait / sel : 0);
    baitPerSel = Math.max(1, terbesar * CADANGAN_BACA);
    selTerbaca += sel;
    selesai++;
    kemajuan?.('membaca', selesai, selesai + Math.ceil((totalSel - selTerbaca) / Math.min(kapasitasBaca(baitPerSel), plafon)));
  }
  return hasil;
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

/**
 * Rows × columns of a name's reference as NamedItem.value gives it ("Input!$C$5:$C$15",
 * "'Input LKIP'!$B$2"), or null for anything else (whole columns, several areas, other workbooks):
 * then the size is loaded before the values.
 */
export function ukuranRujukan(rujukan: string): { readonly jumlahBaris: number; readonly jumlahKolom: number } | null {
  const m = /^=?(?:'(?:[^']|'')+'|[^'!,]+)!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(rujukan.trim());
  if (m === null) return null;
  const [, k1, b1, k2 = k1!, b2 = b1!] = m;
  return {
    jumlahBaris: Math.abs(Number(b2) - Number(b1)) + 1,
    jumlahKolom: Math.abs(indeksKolom(k2) - indeksKolom(k1!)) + 1,
  };
}

/** Clearing a sheet we may rewrite: protection, freeze, notes, merges, contents, formats, widths. */
function operasiBersihkan(milik: Kepemilikan): OperasiTulis[] {
  if (milik.status === 'tidak_ada') return [];
  const operasi: OperasiTulis[] = milik.catatan.map((catatan) => ({
    bait: BIAYA_AKSI,
    sel: 0,
    terapkan: () => catatan.delete(),
  }));
  operasi.unshift({
    bait: 8 * BIAYA_AKSI,
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
function operasiNilai(grid: GridTulis, potongan: readonly PotonganTulis[]): OperasiTulis[] {
  const jumlahKolom = grid.nilai[0]?.length ?? 0;
  return potongan.map((p) => ({
    bait: p.bait,
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

/** Widths, frozen rows, styles, merges, row heights of wrapped text, notes, protection: all per rectangle. */
function operasiTata(model: ModelLembar, denganCatatan: boolean): OperasiTulis[] {
  const operasi: OperasiTulis[] = [];
  const lebar = model.lebarKolom;
  for (let awal = 0; awal < lebar.length;) {
    let akhir = awal;
    while (akhir + 1 < lebar.length && lebar[akhir + 1] === lebar[awal]) akhir++;
    const titik = lebarKeTitik(lebar[awal]!);
    const alamat = `${hurufKolom(awal)}:${hurufKolom(akhir)}`;
    operasi.push({
      bait: 2 * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ lembar }) => void (lembar.getRange(alamat).format.columnWidth = titik),
    });
    awal = akhir + 1;
  }
  if (model.bekukanBaris > 0) {
    const n = model.bekukanBaris;
    operasi.push({ bait: BIAYA_AKSI, sel: 0, terapkan: ({ lembar }) => lembar.freezePanes.freezeRows(n) });
  }
  for (const { rentang, gaya } of model.gaya) {
    operasi.push({
      bait: (1 + jumlahAksiGaya(gaya, rentang)) * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ lembar }) => terapkanGaya(lembar.getRange(alamatRentang(rentang)).format, gaya, rentang),
    });
  }
  for (const gabungan of model.gabungan) {
    operasi.push({
      bait: 2 * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ lembar }) => lembar.getRange(alamatRentang(gabungan)).merge(false),
    });
  }
  for (const { rentang, gaya } of model.gaya) {
    if (gaya.bungkus !== true) continue;
    const alamat = alamatRentang(rentang);
    operasi.push({ bait: 2 * BIAYA_AKSI, sel: 0, terapkan: ({ lembar }) => lembar.getRange(alamat).format.autofitRows() });
  }
  // After the autofit: Excel does not autofit merged cells, so the model's heights have the last word.
  for (const { awal, jumlah, tinggi } of kelompokTinggiBaris(model.tinggiBaris ?? [])) {
    const alamat = `${awal + 1}:${awal + jumlah}`;
    operasi.push({
      bait: 2 * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ lembar }) => void (lembar.getRange(alamat).format.rowHeight = tinggi),
    });
  }
  if (denganCatatan) {
    for (const { baris, kolom, teks } of model.catatan) {
      const alamat = alamatSel(baris, kolom);
      operasi.push({
        bait: BIAYA_AKSI + JSON.stringify(teks).length,
        sel: 0,
        terapkan: ({ lembar }) => void lembar.notes.add(alamat, teks),
      });
    }
  }
  if (model.proteksi !== undefined) {
    for (const rentang of model.proteksi.dapatDiedit) {
      const alamat = alamatRentang(rentang);
      operasi.push({
        bait: 2 * BIAYA_AKSI,
        sel: 0,
        terapkan: ({ lembar }) => void (lembar.getRange(alamat).format.protection.locked = false),
      });
    }
    operasi.push({
      bait: 2 * BIAYA_AKSI,
      sel: 0,
      // No password: protection only guards against accidental edits; reviewers may still resize.
      terapkan: ({ lembar }) =>
        lembar.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' }),
    });
  }
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
function operasiPenanda(milik: Kepemilikan): OperasiTulis[] {
  const operasi: OperasiTulis[] = milik.penandaRusak.map((item) => ({ bait: BIAYA_AKSI, sel: 0, terapkan: () => item.delete() }));
  if (milik.status !== 'milik_lkip') {
    let n = 1;
    while (milik.namaTerpakai.has(`${AWALAN_PENANDA_LEMBAR}${n}`.toUpperCase())) n++;
    const nama = `${AWALAN_PENANDA_LEMBAR}${n}`;
    operasi.push({
      bait: 4 * BIAYA_AKSI,
      sel: 0,
      terapkan: ({ context, lembar }) => {
        // The name refers to the whole sheet, so no row or column deletion can turn it into #REF!.
        const penanda = context.workbook.names.add(nama, lembar.getRange(), KOMENTAR_PENANDA);
        penanda.visible = false;
      },
    });
  }
  return operasi;
}

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

function kodeGalat(e: unknown): unknown {
  return typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
}

function galatUkuranPermintaan(e: unknown): boolean {
  const kode = kodeGalat(e);
  return kode === 'RequestPayloadSizeLimitExceeded' || kode === 'ResponsePayloadSizeLimitExceeded';
}

/** Sheet names Excel accepts: 1-31 characters, none of : \ / ? * [ ], not starting or ending with '. */
function namaLembarSah(nama: string): boolean {
  return nama.length >= 1 && nama.length <= 31 && !/[:\\/?*[\]]/.test(nama) && !nama.startsWith("'") && !nama.endsWith("'");
}

function galatModel(nama: string, pesan: string): GalatExcel {
  return new GalatExcel('MODEL_TIDAK_VALID', `Lembar "${nama}": ${pesan}`);
}

/** Everything that would make Excel refuse the model, or write something else than it says, checked before any request. */
function periksaModel(model: ModelLembar): void {
  const nama = model.nama;
  if (!namaLembarSah(nama)) {
    throw new GalatExcel(
      'NAMA_LEMBAR_TIDAK_VALID',
      `Nama lembar ${kutipLembar(nama)} tidak diterima Excel (1-31 karakter, tanpa : \\ / ? * [ ]).`,
    );
  }
  const lebar = model.nilai[0]?.length ?? 0;
  const periksaBentuk = (grid: readonly (readonly unknown[])[], apa: string): void => {
    if (grid.length !== model.nilai.length)
      throw galatModel(nama, `${apa} memiliki ${grid.length} baris, nilai ${model.nilai.length} baris.`);
    grid.forEach((baris, b) => {
      if (baris.length !== lebar)
        throw galatModel(nama, `${apa} baris ${b + 1} memiliki ${baris.length} kolom, seharusnya ${lebar}.`);
    });
  };
  periksaBentuk(model.nilai, 'nilai');
  periksaBentuk(model.formatAngka, 'formatAngka');
  if (model.rumus !== undefined) periksaBentuk(model.rumus, 'rumus');
  model.nilai.forEach((baris, b) =>
    baris.forEach((isi, k) => {
      if (typeof isi === 'number' && !Number.isFinite(isi))
        throw galatModel(nama, `sel ${alamatSel(b, k)} berisi ${String(isi)}, bukan angka terhingga.`);
      const f = model.rumus?.[b]?.[k] ?? null;
      if (f !== null && !f.startsWith('=')) throw galatModel(nama, `rumus sel ${alamatSel(b, k)} tidak diawali "=": "${f}".`);
    }),
  );
  const periksaRentang = (r: Rentang, apa: string): void => {
    const bulat = [r.baris, r.kolom, r.jumlahBaris, r.jumlahKolom].every((x) => Number.isInteger(x));
    if (!bulat || r.baris < 0 || r.kolom < 0 || r.jumlahBaris < 1 || r.jumlahKolom < 1) {
      throw galatModel(nama, `${apa} bukan persegi sel yang sah: ${JSON.stringify(r)}.`);
    }
  };
  for (const { rentang, gaya } of model.gaya) {
    periksaRentang(rentang, 'gaya');
    for (const [apa, warna] of [
      ['isi', gaya.isi],
      ['warnaTeks', gaya.warnaTeks],
    ] as const) {
      if (warna !== undefined && !/^[0-9A-Fa-f]{6}$/.test(warna))
        throw galatModel(nama, `warna ${apa} "${warna}" bukan heksadesimal 6 digit.`);
    }
    if (gaya.ukuranHuruf !== undefined && !(gaya.ukuranHuruf > 0 && gaya.ukuranHuruf <= 409)) {
      throw galatModel(nama, `ukuran huruf ${gaya.ukuranHuruf} di luar 1-409.`);
    }
  }
  model.gabungan.forEach((r) => periksaRentang(r, 'gabungan'));
  model.proteksi?.dapatDiedit.forEach((r) => periksaRentang(r, 'proteksi.dapatDiedit'));
  model.lebarKolom.forEach((w, k) => {
    if (!(Number.isFinite(w) && w >= 0 && w <= 255))
      throw galatModel(nama, `lebar kolom ${hurufKolom(k)} = ${w} di luar 0-255 karakter.`);
  });
  const tinggiBaris = model.tinggiBaris ?? [];
  if (tinggiBaris.length > model.nilai.length)
    throw galatModel(nama, `tinggiBaris memiliki ${tinggiBaris.length} baris, nilai ${model.nilai.length} baris.`);
  tinggiBaris.forEach((t, b) => {
    if (t !== null && !(Number.isFinite(t) && t >= 0 && t <= 409))
      throw galatModel(nama, `tinggi baris ${b + 1} = ${t} di luar 0-409 poin.`);
  });
  if (!Number.isInteger(model.bekukanBaris) || model.bekukanBaris < 0)
    throw galatModel(nama, `bekukanBaris = ${model.bekukanBaris} tidak sah.`);
  for (const c of model.catatan) {
    if (!Number.isInteger(c.baris) || !Number.isInteger(c.kolom) || c.baris < 0 || c.kolom < 0) {
      throw galatModel(nama, `catatan di baris ${c.baris}, kolom ${c.kolom} tidak sah.`);
    }
  }
}
