/**
 * The workbook port for .xlsx files in Node (command-line runner, sample generator), over ExcelJS.
 *
 * - Reads workbook-scoped defined names from xl/workbook.xml itself (ExcelJS drops hidden flags,
 *   sheet scope and names that are not plain ranges), resolves them on the sheets and reads values
 *   and formulas like Office.js does: a formula cell gives its cached result; a cached result missing
 *   (files written by libraries) is computed for plain arithmetic (=39/88*100), otherwise the name is
 *   reported unreadable with the cell.
 * - Writes a ModelLembar with the same formats as the Office.js adapter and marks the sheet with the
 *   hidden name `_LKIP_LEMBAR_<n>` referring to the whole sheet ('Laporan LKIP'!$1:$1048576), as the
 *   Office.js adapter does; either adapter recognises the other's marker. Never touches other sheets; the input's own
 *   sheets, values and names are carried into the output unchanged.
 * - What it must agree on with the Office.js adapter (references, names, markers, which models are
 *   writable, GalatPort and its messages) comes from src/report/buku, as it does there.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { TAHAP, type LaporKemajuan } from '../report/kemajuan';
import {
  dibacaTanpaRumus,
  type HasilBacaNama,
  type NamaTidakTerbaca,
  type OpsiBacaNama,
  type PortBukuKerja,
  type RentangBernama,
  type StatusLembar,
} from '../report/port';
import type { GayaSel, ModelLembar, NilaiSel, Rentang } from '../report/lembar';
import {
  adalahNamaLkip,
  adalahNamaPenanda,
  alamatMutlak,
  alamatSel,
  alamatTanpaLembar,
  bacaRujukan,
  BARIS_MAKS,
  galatAlamatTidakValid,
  galatLembarMilikPengguna,
  galatLembarTidakAda,
  KOLOM_MAKS,
  KOMENTAR_PENANDA,
  kutipLembar,
  namaPenandaBaru,
  periksaModel,
  periksaNamaRentang,
  rujukanSeluruhLembar,
} from '../report/buku';
import {
  bacaNamaMentah,
  bacaWorkbookXml,
  bukaArsip,
  kemasUlang,
  tanpaNama,
  TANGGAL_ARSIP_BAWAAN,
  type NamaMentah,
} from './arsipXlsx';
import { hitungRumusSederhana } from './hitungRumus';

export type KodeGalatBerkas =
  | 'TIDAK_ADA' // file not found
  | 'BUKAN_XLSX' // wrong extension or not an Office Open XML package
  | 'TIDAK_TERBACA' // a package ExcelJS cannot read
  | 'GAGAL_MENULIS'; // writing the output failed

/** A file-level problem, with an Indonesian message naming the file. */
export class GalatBerkas extends Error {
  constructor(
    readonly kode: KodeGalatBerkas,
    readonly berkas: string,
    alasan: string,
  ) {
    super(`${berkas}: ${alasan}`);
    this.name = 'GalatBerkas';
  }
}

/** A workbook-scoped name `_LKIP_LEMBAR_<n>`: marks a sheet the add-in created. */
function adalahPenanda(n: NamaMentah): boolean {
  return n.lokal === null && adalahNamaPenanda(n.nama);
}

/** ExcelJS keeps a sheet's tab position in `orderNo`, which its typings do not declare. */
type LembarBerurutan = ExcelJS.Worksheet & { orderNo: number };

interface SelTerbaca {
  readonly nilai: NilaiSel;
  readonly rumus: string | null;
  /** A formula without a cached result that could not be computed here. */
  readonly tanpaHasil: boolean;
}

const SEL_KOSONG: SelTerbaca = { nilai: null, rumus: null, tanpaHasil: false };

function samaNama(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0 || a.toLowerCase() === b.toLowerCase();
}

/** Parts of a package that ExcelJS does not carry into the file it writes, by folder. */
const BAGIAN_TIDAK_TERBAWA: readonly (readonly [RegExp, string])[] = [
  [/^xl\/charts\/chart[^/]*\.xml$/i, 'grafik'],
  [/^xl\/pivotTables\/[^/]+\.xml$/i, 'tabel pivot'],
  [/^xl\/slicers\/[^/]+\.xml$/i, 'slicer'],
  [/^xl\/timelines\/[^/]+\.xml$/i, 'timeline'],
  [/^xl\/externalLinks\/[^/]+\.xml$/i, 'tautan ke buku kerja lain'],
  [/^xl\/threadedComments\/[^/]+\.xml$/i, 'komentar berutas (threaded comments)'],
  [/^xl\/ctrlProps\/[^/]+\.xml$/i, 'kontrol formulir'],
  [/^xl\/embeddings\/[^/]+$/i, 'objek tersemat'],
  [/^xl\/vbaProject\.bin$/i, 'makro VBA'],
];

/** "grafik (2), tabel pivot (1)" for the parts of a package the output will not carry; empty when none. */
function bagianHilang(namaBerkas: readonly string[]): string[] {
  const jumlah = new Map<string, number>();
  for (const n of namaBerkas) {
    const cocok = BAGIAN_TIDAK_TERBAWA.find(([pola]) => pola.test(n));
    if (cocok) jumlah.set(cocok[1], (jumlah.get(cocok[1]) ?? 0) + 1);
  }
  return [...jumlah].map(([bagian, n]) => `${bagian} (${n})`);
}

export class PortXlsx implements PortBukuKerja {
  private constructor(
    private readonly wb: ExcelJS.Workbook,
    private nama: NamaMentah[],
    /** File name (or a label) used in messages. */
    readonly sumber: string,
    /**
     * What the saved copy will lack compared with the input (charts, pivot tables, …: ExcelJS does not
     * keep them). The input file itself is never changed. Empty for most LKIP workbooks.
     */
    readonly tidakTerbawa: readonly string[] = [],
  ) {}

  /** An empty workbook (the sample generator). Dates fixed so the same content gives the same bytes. */
  static baru(opsi: { readonly pembuat?: string; readonly tanggal?: Date } = {}): PortXlsx {
    const wb = new ExcelJS.Workbook();
    const tanggal = opsi.tanggal ?? TANGGAL_ARSIP_BAWAAN;
    wb.creator = opsi.pembuat ?? 'LKIP Kinerja';
    wb.lastModifiedBy = opsi.pembuat ?? 'LKIP Kinerja';
    wb.created = tanggal;
    wb.modified = tanggal;
    return new PortXlsx(wb, [], '(buku kerja baru)');
  }

  /** Read a workbook from bytes; `sumber` names it in messages. */
  static async dariData(data: Uint8Array, sumber: string): Promise<PortXlsx> {
    if (data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
      throw new GalatBerkas(
        'BUKAN_XLSX',
        sumber,
        'ini berkas Excel lama (.xls) atau buku kerja yang dilindungi kata sandi; buka di Excel lalu simpan sebagai .xlsx tanpa kata sandi.',
      );
    }
    let zip: JSZip;
    let xmlBuku: string | null;
    try {
      zip = await bukaArsip(data);
      xmlBuku = await bacaWorkbookXml(zip);
    } catch {
      throw new GalatBerkas(
        'BUKAN_XLSX',
        sumber,
        'bukan buku kerja .xlsx (isinya bukan arsip Office Open XML; mungkin berkas teks/CSV yang diberi akhiran .xlsx). Buka di Excel atau LibreOffice lalu simpan sebagai .xlsx.',
      );
    }
    if (xmlBuku === null) {
      throw new GalatBerkas('BUKAN_XLSX', sumber, 'arsip ZIP ini bukan buku kerja Excel (tidak ada xl/workbook.xml).');
    }
    const nama = bacaNamaMentah(xmlBuku);
    const wb = new ExcelJS.Workbook();
    try {
      const paket = nama.length > 0 ? await tanpaNama(zip, xmlBuku) : data;
      await wb.xlsx.load(Buffer.from(paket.buffer, paket.byteOffset, paket.byteLength) as unknown as ExcelJS.Buffer);
    } catch (e) {
      throw new GalatBerkas('TIDAK_TERBACA', sumber, `buku kerja rusak atau tidak dapat dibaca (${(e as Error).message}).`);
    }
    // Keep the workbook's own dates so the same input gives the same output bytes.
    if (!(wb.created instanceof Date) || Number.isNaN(wb.created.getTime())) wb.created = TANGGAL_ARSIP_BAWAAN;
    if (!(wb.modified instanceof Date) || Number.isNaN(wb.modified.getTime())) wb.modified = wb.created;
    return new PortXlsx(wb, nama, sumber, bagianHilang(Object.keys(zip.files)));
  }

  /** Read a .xlsx file. */
  static async dariBerkas(jalur: string): Promise<PortXlsx> {
    const tampil = path.basename(jalur);
    if (path.extname(jalur).toLowerCase() !== '.xlsx') {
      throw new GalatBerkas(
        'BUKAN_XLSX',
        tampil,
        'hanya berkas .xlsx yang dapat dibaca (simpan ulang sebagai "Buku Kerja Excel (.xlsx)").',
      );
    }
    let data: Buffer;
    try {
      data = await fs.readFile(jalur);
    } catch (e) {
      const kode = (e as NodeJS.ErrnoException).code;
      if (kode === 'ENOENT') throw new GalatBerkas('TIDAK_ADA', tampil, `berkas tidak ditemukan (${jalur}).`);
      if (kode === 'EISDIR') throw new GalatBerkas('TIDAK_ADA', tampil, 'ini folder, bukan berkas .xlsx.');
      throw new GalatBerkas('TIDAK_TERBACA', tampil, `berkas tidak dapat dibuka (${kode ?? (e as Error).message}).`);
    }
    return PortXlsx.dariData(data, tampil);
  }

  /** Sheet names in tab order. */
  daftarLembar(): string[] {
    return this.wb.worksheets.map((ws) => ws.name);
  }

  /** The defined names the output will carry (name, scope, hidden, reference). */
  daftarNama(): readonly {
    readonly nama: string;
    readonly lokal: number | null;
    readonly tersembunyi: boolean;
    readonly teks: string;
  }[] {
    return this.nama.map(({ nama, lokal, tersembunyi, teks }) => ({ nama, lokal, tersembunyi, teks }));
  }

  private lembar(nama: string): ExcelJS.Worksheet | undefined {
    return this.wb.worksheets.find((ws) => samaNama(ws.name, nama));
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  /** Workbook-scoped LKIP_ names in the workbook's order; sheet-scoped ones are reported, not read. */
  async bacaNamaLkip(opsi: OpsiBacaNama = {}): Promise<HasilBacaNama> {
    const urutan = this.daftarLembar();
    const global = this.nama.filter((n) => n.lokal === null && adalahNamaLkip(n.nama));
    const rentang: RentangBernama[] = [];
    const tidakTerbaca: NamaTidakTerbaca[] = [];
    global.forEach((n, i) => {
      const hasil = this.bacaSatuNama(n, !dibacaTanpaRumus(opsi, n.nama));
      if ('alasan' in hasil) tidakTerbaca.push(hasil);
      else rentang.push(hasil);
      opsi.kemajuan?.(TAHAP.membaca, i + 1, global.length);
    });
    for (const n of this.nama) {
      if (n.lokal === null || !adalahNamaLkip(n.nama)) continue;
      if (global.some((g) => samaNama(g.nama, n.nama))) continue;
      const lembar = urutan[n.lokal] ?? `lembar ke-${n.lokal + 1}`;
      tidakTerbaca.push({
        nama: n.nama,
        rujukan: n.teks,
        alasan: `nama ini hanya berlaku di lembar "${lembar}" (cakupan lembar); buat ulang dengan cakupan Buku Kerja (Workbook)`,
      });
    }
    return { rentang, tidakTerbaca };
  }

  /** One name's range, values and (`denganRumus`) formulas, read as Office.js gives them; or why it cannot be read. */
  private bacaSatuNama(n: NamaMentah, denganRumus: boolean): RentangBernama | NamaTidakTerbaca {
    const rujukan = bacaRujukan(n.teks);
    if (rujukan.jenis === 'tidak') return { nama: n.nama, rujukan: n.teks, alasan: rujukan.alasan };
    const ws = this.lembar(rujukan.lembar);
    if (!ws) return { nama: n.nama, rujukan: n.teks, alasan: `lembar "${rujukan.lembar}" tidak ada di buku kerja` };
    let { baris, kolom, jumlahBaris, jumlahKolom } = rujukan.rentang;
    // Whole columns/rows: only the used area of the sheet.
    if (rujukan.seluruhKolom) jumlahBaris = Math.max(0, ws.rowCount - baris);
    if (rujukan.seluruhBaris) jumlahKolom = Math.max(0, ws.columnCount - kolom);
    if (jumlahBaris === 0 || jumlahKolom === 0) {
      return { nama: n.nama, rujukan: n.teks, alasan: 'rentang yang dirujuk kosong (lembar belum berisi data di sana)' };
    }
    if (jumlahBaris * jumlahKolom >= BARIS_MAKS * KOLOM_MAKS) {
      return { nama: n.nama, rujukan: n.teks, alasan: 'rentang terlalu besar (seluruh lembar)' };
    }
    const date1904 = this.wb.properties?.date1904 === true;
    const nilai: NilaiSel[][] = [];
    const rumus: (string | null)[][] = [];
    let adaRumus = false;
    for (let r = 0; r < jumlahBaris; r++) {
      const barisNilai: NilaiSel[] = [];
      const barisRumus: (string | null)[] = [];
      const row = ws.findRow(baris + r + 1);
      for (let c = 0; c < jumlahKolom; c++) {
        const sel = bacaSel(row?.findCell(kolom + c + 1), date1904);
        if (sel.tanpaHasil) {
          const alamat = `${kutipLembar(ws.name)}!${alamatSel(baris + r, kolom + c)}`;
          return {
            nama: n.nama,
            rujukan: n.teks,
            alasan:
              `sel ${alamat} berisi rumus ${sel.rumus ?? ''} tanpa nilai tersimpan (berkas belum pernah dihitung oleh Excel/LibreOffice); ` +
              'buka dan simpan berkas di Excel atau LibreOffice, lalu jalankan lagi',
          };
        }
        barisNilai.push(sel.nilai);
        barisRumus.push(sel.rumus);
        if (sel.rumus !== null) adaRumus = true;
      }
      nilai.push(barisNilai);
      rumus.push(barisRumus);
    }
    // As the Office.js adapter: formulas only when the range holds one and they are asked for.
    return { nama: n.nama, lembar: ws.name, baris, kolom, nilai, ...(denganRumus && adaRumus ? { rumus } : {}) };
  }

  /** The existing sheet a marker name refers to. */
  private lembarPenanda(n: NamaMentah): ExcelJS.Worksheet | undefined {
    const r = bacaRujukan(n.teks);
    return r.jenis === 'rentang' ? this.lembar(r.lembar) : undefined;
  }

  /** The hidden marker name that says the add-in created this sheet, if any. */
  private penanda(namaLembar: string): NamaMentah | undefined {
    return this.nama.find((n) => {
      if (!adalahPenanda(n)) return false;
      const ws = this.lembarPenanda(n);
      return ws !== undefined && samaNama(ws.name, namaLembar);
    });
  }

  async statusLembar(nama: string): Promise<StatusLembar> {
    const ws = this.lembar(nama);
    if (!ws) return 'tidak_ada';
    return this.penanda(ws.name) ? 'milik_lkip' : 'milik_pengguna';
  }

  /**
   * Values from A1 to the last cell holding a value or a formula, as the Office.js adapter reads them (the used
   * range of values): cells only formatted or unlocked, or hidden under a merge, are not part of it. Null when
   * there is no such sheet.
   */
  async bacaNilaiLembar(nama: string): Promise<readonly (readonly NilaiSel[])[] | null> {
    const ws = this.lembar(nama);
    if (!ws) return null;
    const date1904 = this.wb.properties?.date1904 === true;
    const semua: NilaiSel[][] = [];
    let tinggi = 0;
    let lebar = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      const baris: NilaiSel[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const sel = bacaSel(row?.findCell(c), date1904);
        baris.push(sel.nilai);
        if (sel.nilai === null && sel.rumus === null) continue;
        tinggi = Math.max(tinggi, r);
        lebar = Math.max(lebar, c);
      }
      semua.push(baris);
    }
    return semua.slice(0, tinggi).map((b) => b.slice(0, lebar));
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /**
   * Create the sheet, or replace it (at its tab position) when it is ours, then mark it as the add-in's own.
   * Nothing is written when the model is invalid (periksaModel) or the sheet is the user's (LEMBAR_MILIK_PENGGUNA;
   * see denganIzinTimpa). The file on disk is never changed: only the copy saved by simpan.
   */
  async tulisLembar(model: ModelLembar, kemajuan?: LaporKemajuan): Promise<void> {
    await this.tulis(model, kemajuan, false);
  }

  /**
   * The same workbook, allowed to replace a sheet of the model's name that the user made: for a run the user
   * confirmed (the runner's --timpa), as PortExcel.denganIzinTimpa. Writes go to this very workbook.
   */
  denganIzinTimpa(): PortBukuKerja {
    return {
      bacaNamaLkip: (opsi) => this.bacaNamaLkip(opsi),
      statusLembar: (nama) => this.statusLembar(nama),
      bacaNilaiLembar: (nama) => this.bacaNilaiLembar(nama),
      tulisLembar: (model, kemajuan) => this.tulis(model, kemajuan, true),
      tetapkanNama: (nama, lembar, alamatA1) => this.tetapkanNama(nama, lembar, alamatA1),
    };
  }

  private async tulis(model: ModelLembar, kemajuan: LaporKemajuan | undefined, izinTimpa: boolean): Promise<void> {
    periksaModel(model);
    if (!izinTimpa && (await this.statusLembar(model.nama)) === 'milik_pengguna') throw galatLembarMilikPengguna(model.nama);
    const lama = this.lembar(model.nama) as LembarBerurutan | undefined;
    const posisi = lama?.orderNo;
    if (lama) this.wb.removeWorksheet(lama.id);
    const ws = this.wb.addWorksheet(model.nama) as LembarBerurutan;
    if (posisi !== undefined) ws.orderNo = posisi; // same tab position as the sheet it replaces
    tulisSel(ws, model, kemajuan);
    await tulisTata(ws, model);
    this.tandai(model.nama);
  }

  /** Markers whose sheet is gone (#REF!) are dropped; the sheet gets one unless it has it. */
  private tandai(namaLembar: string): void {
    this.nama = this.nama.filter((n) => !adalahPenanda(n) || this.lembarPenanda(n) !== undefined);
    if (this.penanda(namaLembar)) return;
    this.nama.push({
      nama: namaPenandaBaru(this.nama.map((n) => n.nama)),
      lokal: null,
      tersembunyi: true,
      // The whole sheet, as the Office.js adapter writes it: no row or column deletion turns it into #REF!.
      teks: rujukanSeluruhLembar(namaLembar),
      komentar: KOMENTAR_PENANDA,
      xmlAsli: null,
    });
  }

  /** Add or replace the workbook-scoped name `nama` for `alamatA1` ("$C$5:$C$15"; a sheet prefix is ignored) on `lembar`. */
  async tetapkanNama(nama: string, lembar: string, alamatA1: string): Promise<void> {
    periksaNamaRentang(nama);
    const alamat = alamatMutlak(alamatTanpaLembar(alamatA1));
    if (alamat === null) throw galatAlamatTidakValid(alamatA1, nama);
    const ws = this.lembar(lembar);
    if (!ws) throw galatLembarTidakAda(lembar, nama);
    const baru: NamaMentah = { nama, lokal: null, tersembunyi: false, teks: `${kutipLembar(ws.name)}!${alamat}`, xmlAsli: null };
    const i = this.nama.findIndex((n) => n.lokal === null && samaNama(n.nama, nama));
    if (i >= 0) this.nama[i] = baru;
    else this.nama.push(baru);
  }

  // -------------------------------------------------------------------------------------------
  // Saving

  /** The workbook as .xlsx bytes: deterministic for the same content (fixed zip dates, the workbook's own dates). */
  async keData(): Promise<Buffer> {
    const data = await this.wb.xlsx.writeBuffer();
    return kemasUlang(new Uint8Array(data as ArrayBuffer), this.nama);
  }

  /** Save to a file: written beside it under a temporary name, then renamed, so a failure leaves nothing half-written. */
  async simpan(jalur: string): Promise<void> {
    const data = await this.keData();
    const sementara = path.join(path.dirname(jalur), `.${path.basename(jalur)}.${process.pid}.tmp`);
    try {
      await fs.writeFile(sementara, data);
      await fs.rename(sementara, jalur);
    } catch (e) {
      await fs.rm(sementara, { force: true });
      throw new GalatBerkas(
        'GAGAL_MENULIS',
        jalur,
        `laporan tidak dapat ditulis (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Excel serial number of a date (the value Office.js reports for a date cell). */
function serialTanggal(d: Date, date1904: boolean): number {
  return 25569 + d.getTime() / 86_400_000 - (date1904 ? 1462 : 0);
}

function ubahNilai(v: unknown, date1904: boolean): NilaiSel {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return serialTanggal(v, date1904);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      const teks = (o.richText as { text?: unknown }[])
        .map((bagian) => (typeof bagian.text === 'string' ? bagian.text : ''))
        .join('');
      return teks === '' ? null : teks;
    }
    if ('hyperlink' in o && 'text' in o) return ubahNilai(o.text, date1904);
    if (typeof o.error === 'string') return o.error;
  }
  return String(v);
}

function bacaSel(cell: ExcelJS.Cell | undefined, date1904: boolean): SelTerbaca {
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return SEL_KOSONG;
  const v = cell.value;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const teksRumus = cell.formula;
    const rumus = teksRumus ? `=${teksRumus}` : null;
    const hasil = (v as { result?: unknown }).result;
    if (hasil !== undefined && hasil !== null) return { nilai: ubahNilai(hasil, date1904), rumus, tanpaHasil: false };
    if (rumus === null) return SEL_KOSONG;
    const hitung = hitungRumusSederhana(rumus);
    if (hitung.jenis === 'tidak_didukung') return { nilai: null, rumus, tanpaHasil: true };
    return { nilai: hitung.nilai, rumus, tanpaHasil: false };
  }
  return { nilai: ubahNilai(v, date1904), rumus: null, tanpaHasil: false };
}

/** The cached result written with a formula: the model's value, or the formula computed here. */
function hasilRumus(rumus: string, nilai: NilaiSel): ExcelJS.CellFormulaValue['result'] {
  if (typeof nilai === 'number' || typeof nilai === 'string' || typeof nilai === 'boolean') return nilai;
  const hitung = hitungRumusSederhana(rumus);
  if (hitung.jenis === 'angka') return hitung.nilai;
  if (hitung.jenis === 'galat') return { error: hitung.nilai } as ExcelJS.CellErrorValue;
  return undefined;
}

/** Values, formulas (with their cached results) and number formats, row by row; progress about every 5 %. */
function tulisSel(ws: ExcelJS.Worksheet, model: ModelLembar, kemajuan?: LaporKemajuan): void {
  const total = model.nilai.length;
  const langkah = Math.max(1, Math.ceil(total / 20));
  model.nilai.forEach((barisNilai, r) => {
    const row = ws.getRow(r + 1);
    barisNilai.forEach((nilai, c) => {
      const rumus = model.rumus?.[r]?.[c] ?? null;
      const format = model.formatAngka[r]?.[c] ?? null;
      if (rumus === null && nilai === null && format === null) return;
      const cell = row.getCell(c + 1);
      if (rumus !== null) {
        cell.value = { formula: rumus.replace(/^=/, ''), result: hasilRumus(rumus, nilai) } as ExcelJS.CellFormulaValue;
      } else if (nilai !== null) {
        // A string is stored as a string: text starting with "=", "+", "-" or "@" never becomes a formula.
        cell.value = nilai;
      }
      if (format !== null) cell.numFmt = format;
    });
    if ((r + 1) % langkah === 0 || r + 1 === total) kemajuan?.(TAHAP.menulis, r + 1, total);
  });
}

/** Styles, merges, widths, row heights, frozen rows, notes and protection, as the Office.js adapter writes them. */
async function tulisTata(ws: ExcelJS.Worksheet, model: ModelLembar): Promise<void> {
  terapkanGaya(ws, model);
  for (const g of model.gabungan) {
    if (g.jumlahBaris * g.jumlahKolom > 1)
      ws.mergeCells(g.baris + 1, g.kolom + 1, g.baris + g.jumlahBaris, g.kolom + g.jumlahKolom);
  }
  model.lebarKolom.forEach((lebar, c) => {
    ws.getColumn(c + 1).width = lebar;
  });
  // Rows of wrapped text: LibreOffice keeps an unstated height at 15 pt, Excel does not autofit merges.
  model.tinggiBaris?.forEach((tinggi, r) => {
    if (tinggi !== null) ws.getRow(r + 1).height = tinggi;
  });
  if (model.bekukanBaris > 0) {
    ws.views = [
      { state: 'frozen', xSplit: 0, ySplit: model.bekukanBaris, topLeftCell: `A${model.bekukanBaris + 1}`, activeCell: 'A1' },
    ];
  }
  for (const n of model.catatan) ws.getCell(n.baris + 1, n.kolom + 1).note = n.teks;
  if (model.proteksi) {
    for (const r of model.proteksi.dapatDiedit) {
      untukSetiapSel(r, (b, k) => {
        ws.getCell(b + 1, k + 1).protection = { locked: false };
      });
    }
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

function untukSetiapSel(r: Rentang, f: (baris: number, kolom: number) => void): void {
  for (let b = r.baris; b < r.baris + r.jumlahBaris; b++) {
    for (let k = r.kolom; k < r.kolom + r.jumlahKolom; k++) f(b, k);
  }
}

// ---------------------------------------------------------------------------------------------
// Styles: rectangles are applied in order, property by property (as Office.js range.format does),
// then each cell gets its resulting font, fill, alignment and border once.

type GayaTerhimpun = { -readonly [K in keyof GayaSel]: GayaSel[K] };

const RATA_HORIZONTAL = { kiri: 'left', tengah: 'center', kanan: 'right' } as const;
const RATA_VERTIKAL = { atas: 'top', tengah: 'middle', bawah: 'bottom' } as const;
const GARIS_TIPIS: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A model colour (6 hex digits, checked by periksaModel) as ExcelJS's opaque ARGB. */
function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

function terapkanGaya(ws: ExcelJS.Worksheet, model: ModelLembar): void {
  const perSel = new Map<number, GayaTerhimpun>();
  const lebar = Math.max(model.nilai[0]?.length ?? 0, ...model.gaya.map((g) => g.rentang.kolom + g.rentang.jumlahKolom));
  for (const { rentang, gaya } of model.gaya) {
    untukSetiapSel(rentang, (b, k) => {
      const kunci = b * lebar + k;
      const ada = perSel.get(kunci) ?? {};
      for (const [p, v] of Object.entries(gaya)) if (v !== undefined) (ada as Record<string, unknown>)[p] = v;
      perSel.set(kunci, ada);
    });
  }
  for (const [kunci, g] of perSel) {
    const cell = ws.getCell(Math.floor(kunci / lebar) + 1, (kunci % lebar) + 1);
    if (g.tebal !== undefined || g.miring !== undefined || g.warnaTeks !== undefined || g.ukuranHuruf !== undefined) {
      const font: Partial<ExcelJS.Font> = { name: 'Calibri', size: g.ukuranHuruf ?? 11 };
      if (g.tebal) font.bold = true;
      if (g.miring) font.italic = true;
      if (g.warnaTeks !== undefined) font.color = { argb: argb(g.warnaTeks) };
      cell.font = font;
    }
    if (g.isi !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(g.isi) } };
    if (g.bungkus !== undefined || g.rata !== undefined || g.rataVertikal !== undefined) {
      const alignment: Partial<ExcelJS.Alignment> = {};
      if (g.bungkus) alignment.wrapText = true;
      if (g.rata !== undefined) alignment.horizontal = RATA_HORIZONTAL[g.rata];
      if (g.rataVertikal !== undefined) alignment.vertical = RATA_VERTIKAL[g.rataVertikal];
      cell.alignment = alignment;
    }
    if (g.garis) cell.border = GARIS_TIPIS;
  }
}
