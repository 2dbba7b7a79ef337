/**
 * The workbook port for .xlsx/.xlsm files in Node, at province scale: a thin composition of
 *   zipBaca (the package, part by part) → paket (content types, relationships, sheets, defined names) →
 *   bacaLembar (the cells the LKIP_ names point at, streamed) — and for writing —
 *   lembarXml + gaya (the add-in's sheets as worksheet parts, formats into the workbook's style sheet) →
 *   tambalan (the input package patched: every other part copied as stored) → simpanAman (exclusive
 *   temporary file, then a rename).
 *
 * The runner's one adapter (src/cli/laporan.ts), also the sample generator's (PortPaketXlsx.baru, a new package
 * from a minimal template). What it must agree on with the Office.js adapter — addresses, name rules, ownership
 * markers (_LKIP_LEMBAR_<n> on A1; any reference to a sheet marks it), which models are
 * writable, GalatPort and its messages, progress stages — comes from src/report/buku and src/report/kemajuan.ts,
 * as it does there; test/excel/keduaAdapter.test.ts holds the two to it. What is its own is what it costs (a
 * million-row daily-price sheet is read as it streams, never held as cell objects or as one string) and what
 * the output keeps (everything of the input: charts, pivot tables, images, macros; an .xlsm stays an .xlsm).
 */
import { constants as fsc, promises as fs } from 'node:fs';
import path from 'node:path';
import {
  adalahNamaLkip,
  adalahNamaPenanda,
  alamatMutlak,
  alamatSel,
  alamatTanpaLembar,
  BARIS_MAKS,
  bacaRujukan,
  galatAlamatTidakValid,
  galatLembarMilikPengguna,
  galatLembarTidakAda,
  KOLOM_MAKS,
  KOMENTAR_PENANDA,
  kutipLembar,
  namaPenandaBaru,
  periksaModel,
  periksaNamaRentang,
  rujukanPenanda,
  rujukanSama,
} from '../../report/buku';
import { alamatAreaCetak, alamatBarisJudul } from '../../report/cetak';
import { TAHAP, type LaporKemajuan } from '../../report/kemajuan';
import type { ModelLembar, NilaiSel, Rentang } from '../../report/lembar';
import {
  dibacaTanpaRumus,
  type HasilBacaNama,
  type NamaTidakTerbaca,
  type OpsiBacaNama,
  type PortBukuKerja,
  type RentangBernama,
  type StatusLembar,
} from '../../report/port';
import { GalatBerkas } from '../galatBerkas';
import { kalimat, pesanIndonesia, terjemahSistem } from '../terjemahGalat';
import { aliranTeks } from './aliranTeks';
import { samaNama } from './aturan';
import type { LembarTersusun } from './bagianPaket';
import { BATAS_SEL_RENTANG, bacaLembar, type HasilRentang, type PermintaanRentang } from './bacaLembar';
import { RegistriGaya } from './gaya';
import { nilaiTertulis, susunLembar } from './lembarXml';
import { bacaStruktur, bacaXml, GalatPaket, type JenisBukuKerja, type NamaTerdefinisi, type StrukturPaket } from './paket';
import { dataPaketBaru, type OpsiPaketBaru } from './paketBaru';
import { simpanAtomik } from './simpanAman';
import { bacaStringBersama } from './stringBersama';
import { tulisPaket } from './tambalan';
import { GalatXml, teksLetak, type LetakXml } from './xmlRingan';
import { ArsipZip, GalatArsip } from './zipBaca';

const TANPA_BATAS_SEL = BARIS_MAKS * KOLOM_MAKS;
/**
 * The corner read of an add-in sheet whose used area is too large (a stray value in XFD1048576): its tables are
 * narrower (Verifikasi has 6 columns) and shorter; 16 × 125 000 cells stay a small allocation.
 */
const KOLOM_SUDUT_BACA = 16;
const BARIS_SUDUT_BACA = 125_000;
/** Excel's built-in names of a sheet's print titles and print area. */
const NAMA_CETAK = ['_xlnm.Print_Titles', '_xlnm.Print_Area'] as const;
const EKSTENSI = new Set(['.xlsx', '.xlsm']);

/** A sheet as read for the detector (bacaLembarDeteksi): values and merged areas, or its size when too large. */
export type LembarUntukDeteksi =
  | { readonly nama: string; readonly nilai: readonly (readonly NilaiSel[])[]; readonly gabungan: readonly Rentang[] }
  | { readonly nama: string; readonly terlaluBesar: { readonly jumlahBaris: number; readonly jumlahKolom: number } };

/** A sheet the add-in wrote in this session: what the output will hold. */
interface LembarBaru {
  readonly model: ModelLembar;
  readonly tersusun: LembarTersusun;
}

/** One name to read from one sheet part. */
interface Bacaan {
  readonly nama: NamaTerdefinisi;
  readonly lembar: string;
  readonly permintaan: PermintaanRentang;
  /** The engine reads this name's formulas (OpsiBacaNama.awalanTanpaRumus does not name it). */
  readonly denganRumus: boolean;
}

function pesanBukanXlsx(data: Uint8Array | null, galat?: GalatArsip): string {
  if (data && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    return 'ini berkas Excel lama (.xls) atau buku kerja yang dilindungi kata sandi; buka di Excel lalu simpan sebagai .xlsx tanpa kata sandi.';
  }
  if (data && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) {
    // Starts as a zip, but its end (the central directory) is missing or damaged: a copy or download cut short.
    const sebab = galat?.message.replace(/^bukan arsip ZIP: /, '') ?? 'arsip ZIP rusak';
    return `arsip ZIP rusak atau terpotong (${sebab}); mungkin penyalinan atau unduhan belum selesai. Salin ulang berkasnya dari sumbernya.`;
  }
  return 'bukan buku kerja .xlsx (isinya bukan arsip Office Open XML; mungkin berkas teks/CSV yang diberi akhiran .xlsx). Buka di Excel atau LibreOffice lalu simpan sebagai .xlsx.';
}

/**
 * Any reading failure as a file-level error naming the file and, when known, the part, the sheet and the cell,
 * in Indonesian; the original error (English, from saxes, yauzl, zlib or Node) stays as the `cause`.
 */
function galatBaca(e: unknown, sumber: string, letak: LetakXml = {}): GalatBerkas {
  if (e instanceof GalatBerkas) return e;
  if (e instanceof GalatPaket && /^tidak ada (xl\/workbook\.xml|\[Content_Types\]\.xml)$/.test(e.message)) {
    return new GalatBerkas('BUKAN_XLSX', sumber, `arsip ZIP ini bukan buku kerja Excel (${e.message}).`, { cause: e });
  }
  if (e instanceof GalatArsip && e.jenis === 'bukan_zip') {
    return new GalatBerkas('BUKAN_XLSX', sumber, pesanBukanXlsx(null), { cause: e });
  }
  const rinci = e instanceof GalatXml ? e.di(letak).message : `${teksLetak(letak)}${pesanIndonesia(e)}`;
  return new GalatBerkas('TIDAK_TERBACA', sumber, `buku kerja rusak atau tidak dapat dibaca: ${kalimat(rinci)}`, {
    cause: e,
  });
}

export class PortPaketXlsx implements PortBukuKerja {
  private nama: NamaTerdefinisi[];
  private readonly baru = new Map<string, LembarBaru>();
  private gaya: RegistriGaya | null = null;
  private stringBersama: readonly string[] | null = null;

  private constructor(
    private readonly arsip: ArsipZip,
    private readonly struktur: StrukturPaket,
    /** File name (or a label) used in messages. */
    readonly sumber: string,
  ) {
    this.nama = [...struktur.nama];
  }

  /** xlsx or xlsm (…): the output keeps it; save it under the same extension. */
  get jenis(): JenisBukuKerja {
    return this.struktur.jenis;
  }

  private static async dariArsip(
    buka: () => Promise<ArsipZip>,
    sumber: string,
    awal: () => Promise<Uint8Array | null>,
  ): Promise<PortPaketXlsx> {
    let arsip: ArsipZip;
    try {
      arsip = await buka();
    } catch (e) {
      if (e instanceof GalatArsip && e.jenis === 'bukan_zip')
        throw new GalatBerkas('BUKAN_XLSX', sumber, pesanBukanXlsx(await awal(), e), { cause: e });
      if (e instanceof GalatArsip && e.jenis === 'bukan_berkas') {
        throw new GalatBerkas(
          'TIDAK_TERBACA',
          sumber,
          'bukan berkas biasa (folder, pipa bernama, atau perangkat); berikan berkas .xlsx.',
          { cause: e },
        );
      }
      if (!(e instanceof GalatArsip) && typeof (e as NodeJS.ErrnoException).code === 'string') throw e; // the caller names it
      throw galatBaca(e, sumber);
    }
    try {
      return new PortPaketXlsx(arsip, await bacaStruktur(arsip), sumber);
    } catch (e) {
      arsip.tutup();
      throw galatBaca(e, sumber);
    }
  }

  /**
   * A new workbook without sheets (the sample generator; tests that start from nothing), to be written into
   * and saved: see paketBaru.ts. Same options, same bytes.
   */
  static async baru(opsi: OpsiPaketBaru = {}): Promise<PortPaketXlsx> {
    return PortPaketXlsx.dariData(await dataPaketBaru(opsi), '(buku kerja baru)');
  }

  /** Read a workbook from bytes; `sumber` names it in messages. */
  static async dariData(data: Uint8Array, sumber: string): Promise<PortPaketXlsx> {
    return PortPaketXlsx.dariArsip(
      () => ArsipZip.dariData(data),
      sumber,
      async () => data,
    );
  }

  /** Open an .xlsx or .xlsm file; it stays open until {@link tutup}. */
  static async dariBerkas(jalur: string): Promise<PortPaketXlsx> {
    const tampil = path.basename(jalur);
    if (!EKSTENSI.has(path.extname(jalur).toLowerCase())) {
      throw new GalatBerkas(
        'BUKAN_XLSX',
        tampil,
        'hanya berkas .xlsx atau .xlsm yang dapat dibaca (simpan ulang sebagai "Buku Kerja Excel (.xlsx)").',
      );
    }
    const awal = async () => {
      const h = await fs.open(jalur, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
      try {
        const b = Buffer.alloc(4);
        await h.read(b, 0, 4, 0);
        return b;
      } finally {
        await h.close();
      }
    };
    try {
      return await PortPaketXlsx.dariArsip(() => ArsipZip.dariBerkas(jalur), tampil, awal);
    } catch (e) {
      const kode = (e as NodeJS.ErrnoException).code;
      if (kode === 'ENOENT') throw new GalatBerkas('TIDAK_ADA', tampil, `berkas tidak ditemukan (${jalur}).`, { cause: e });
      if (kode === 'EISDIR') throw new GalatBerkas('TIDAK_ADA', tampil, 'ini folder, bukan berkas .xlsx.', { cause: e });
      if (typeof kode === 'string' && !(e instanceof GalatBerkas)) {
        throw new GalatBerkas('TIDAK_TERBACA', tampil, `berkas tidak dapat dibuka: ${pesanIndonesia(e)}.`, { cause: e });
      }
      throw e;
    }
  }

  /** Close the input file (the port cannot save afterwards). */
  tutup(): void {
    this.arsip.tutup();
  }

  // -------------------------------------------------------------------------------------------
  // Sheets and names

  /** Sheet names in tab order (the input's, then the ones added). */
  daftarLembar(): string[] {
    const ada = this.struktur.lembar.map((l) => l.nama);
    for (const b of this.baru.values()) {
      const i = ada.findIndex((n) => samaNama(n, b.model.nama));
      if (i >= 0) ada[i] = b.model.nama;
      else ada.push(b.model.nama);
    }
    return ada;
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

  private namaLembar(nama: string): string | undefined {
    return this.daftarLembar().find((n) => samaNama(n, nama));
  }

  private lembarBaru(nama: string): LembarBaru | undefined {
    return this.baru.get(nama.toLowerCase()) ?? [...this.baru.values()].find((b) => samaNama(b.model.nama, nama));
  }

  /** The sheet a marker name refers to, if it exists. */
  private lembarPenanda(n: NamaTerdefinisi): string | undefined {
    const r = bacaRujukan(n.teks);
    return r.jenis === 'rentang' ? this.namaLembar(r.lembar) : undefined;
  }

  private adaPenanda(namaLembar: string): boolean {
    return this.nama.some(
      (n) => n.lokal === null && adalahNamaPenanda(n.nama) && samaNama(this.lembarPenanda(n) ?? '', namaLembar),
    );
  }

  async statusLembar(nama: string): Promise<StatusLembar> {
    const ada = this.namaLembar(nama);
    if (ada === undefined) return 'tidak_ada';
    return this.lembarBaru(ada) || this.adaPenanda(ada) ? 'milik_lkip' : 'milik_pengguna';
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  private async stringBersamaBuku(): Promise<readonly string[]> {
    if (this.stringBersama === null) {
      const jalur = this.struktur.jalurStringBersama;
      try {
        this.stringBersama =
          jalur !== null && this.arsip.cari(jalur) ? await bacaStringBersama(aliranTeks(await this.arsip.aliran(jalur))) : [];
      } catch (e) {
        // Named here: the sheet being read when the table is first needed is not where the error is.
        throw galatBaca(e, this.sumber, { bagian: jalur ?? undefined });
      }
    }
    return this.stringBersama;
  }

  /** Read rectangles of one input sheet in one pass. */
  private async bacaBagian(namaLembar: string, permintaan: readonly PermintaanRentang[], kemajuan?: (bita: number) => void) {
    const l = this.struktur.lembar.find((x) => samaNama(x.nama, namaLembar));
    if (!l || l.jalur === null || !l.lembarKerja || !this.arsip.cari(l.jalur)) return null;
    try {
      const stringBersama = await this.stringBersamaBuku();
      const teks = aliranTeks(await this.arsip.aliran(l.jalur), kemajuan);
      return await bacaLembar(teks, permintaan, { stringBersama, date1904: this.struktur.date1904 });
    } catch (e) {
      throw galatBaca(e, this.sumber, { lembar: l.nama, ...(e instanceof GalatXml ? { bagian: l.jalur } : {}) });
    }
  }

  /** Workbook-scoped LKIP_ names in the workbook's order; sheet-scoped ones are reported, not read. */
  async bacaNamaLkip(opsi: OpsiBacaNama = {}): Promise<HasilBacaNama> {
    const global = this.nama.filter((n) => n.lokal === null && adalahNamaLkip(n.nama));
    const hasil = new Map<NamaTerdefinisi, RentangBernama | NamaTidakTerbaca>();
    const perLembar = new Map<string, Bacaan[]>();
    const pertama = new Map<string, NamaTerdefinisi>();
    for (const n of global) {
      // Excel never writes a name twice; a package that does (other case, a hidden copy, a hand edit) is
      // ambiguous when the two ranges differ: which one is meant cannot be known, so the later one is a galat,
      // never silently preferred. Two definitions of one range are harmless: a warning, the report goes on.
      const awal = pertama.get(n.nama.toUpperCase());
      if (awal !== undefined) {
        const sama = rujukanSama(awal.teks, n.teks);
        hasil.set(n, {
          nama: n.nama,
          rujukan: n.teks,
          alasan: `nama ini ditetapkan lebih dari sekali di buku kerja (juga sebagai ${awal.nama} = ${awal.teks}${sama ? ', rentang yang sama' : ''}); hapus salah satu di Name Manager`,
          ...(sama ? { diabaikan: true as const } : {}),
        });
        continue;
      }
      pertama.set(n.nama.toUpperCase(), n);
      const r = bacaRujukan(n.teks);
      if (r.jenis === 'tidak') {
        hasil.set(n, { nama: n.nama, rujukan: n.teks, alasan: r.alasan });
        continue;
      }
      const lembar = this.namaLembar(r.lembar);
      if (lembar === undefined) {
        hasil.set(n, { nama: n.nama, rujukan: n.teks, alasan: `lembar "${r.lembar}" tidak ada di buku kerja` });
        continue;
      }
      const bacaan: Bacaan = {
        nama: n,
        lembar,
        permintaan: { ...r.rentang, seluruhKolom: r.seluruhKolom, seluruhBaris: r.seluruhBaris },
        denganRumus: !dibacaTanpaRumus(opsi, n.nama),
      };
      const daftar = perLembar.get(lembar.toLowerCase()) ?? [];
      daftar.push(bacaan);
      perLembar.set(lembar.toLowerCase(), daftar);
    }
    await this.bacaSemuaLembar(perLembar, hasil, opsi.kemajuan);
    const rentang: RentangBernama[] = [];
    const tidakTerbaca: NamaTidakTerbaca[] = [];
    for (const n of global) {
      const h = hasil.get(n)!;
      if ('alasan' in h) tidakTerbaca.push(h);
      else rentang.push(h);
    }
    const urutan = this.daftarLembar();
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

  /** Every sheet with names on it, read once; progress in bytes of sheet XML. */
  private async bacaSemuaLembar(
    perLembar: ReadonlyMap<string, readonly Bacaan[]>,
    hasil: Map<NamaTerdefinisi, RentangBernama | NamaTidakTerbaca>,
    kemajuan?: LaporKemajuan,
  ): Promise<void> {
    const ukuran = (lembar: string) => {
      const l = this.struktur.lembar.find((x) => samaNama(x.nama, lembar));
      return this.lembarBaru(lembar) || !l?.jalur ? 0 : (this.arsip.cari(l.jalur)?.ukuranAsli ?? 0);
    };
    const total = Math.max(
      1,
      [...perLembar.values()].reduce((s, b) => s + ukuran(b[0]!.lembar), 0),
    );
    let selesai = 0;
    for (const bacaan of perLembar.values()) {
      const lembar = bacaan[0]!.lembar;
      const baru = this.lembarBaru(lembar);
      const sebelum = selesai;
      const terbaca = baru
        ? bacaModel(
            baru.model,
            bacaan.map((b) => b.permintaan),
          )
        : await this.bacaBagian(
            lembar,
            bacaan.map((b) => b.permintaan),
            (bita) => kemajuan?.(TAHAP.membaca, Math.min(total, sebelum + bita), total),
          );
      selesai += ukuran(lembar);
      bacaan.forEach((b, i) => {
        const r = terbaca?.rentang[i];
        hasil.set(
          b.nama,
          r ? hasilNama(b, r) : { nama: b.nama.nama, rujukan: b.nama.teks, alasan: this.alasanLembarTakTerbaca(lembar) },
        );
      });
    }
    kemajuan?.(TAHAP.membaca, total, total);
  }

  /** Why an input sheet gave no cells: a chart sheet, or a damaged package (its part or relationship missing). */
  private alasanLembarTakTerbaca(lembar: string): string {
    const l = this.struktur.lembar.find((x) => samaNama(x.nama, lembar));
    if (l && l.jalur === null) {
      return `lembar "${lembar}" tidak punya bagian di paket (relasinya ${l.idRelasi} tidak ada di relasi buku kerja; berkas rusak)`;
    }
    if (l && l.lembarKerja && l.jalur !== null && !this.arsip.cari(l.jalur)) {
      return `bagian ${l.jalur} (lembar "${lembar}") tidak ada di arsip (berkas rusak)`;
    }
    return `lembar "${lembar}" bukan lembar kerja`;
  }

  async bacaNilaiLembar(nama: string): Promise<readonly (readonly NilaiSel[])[] | null> {
    const lembar = this.namaLembar(nama);
    if (lembar === undefined) return null;
    const baru = this.lembarBaru(lembar);
    if (baru) return nilaiTertulis(baru.model);
    const semua: PermintaanRentang = {
      baris: 0,
      kolom: 0,
      jumlahBaris: BARIS_MAKS,
      jumlahKolom: KOLOM_MAKS,
      seluruhKolom: true,
      seluruhBaris: true,
    };
    const h = (await this.bacaBagian(lembar, [semua]))?.rentang[0];
    if (h?.terlaluBesar) {
      // A stray value far outside the table (XFD1048576) must not cost the reviewer's notes: read the top-left
      // corner that holds every table the add-in writes (KOLOM_SUDUT_BACA × BARIS_SUDUT_BACA), and ignore the rest; the sheet is replaced as a whole anyway.
      const { jumlahBaris: t, jumlahKolom: l } = h.terlaluBesar;
      const lebar = Math.min(l, KOLOM_SUDUT_BACA);
      const sudut: PermintaanRentang = {
        baris: 0,
        kolom: 0,
        jumlahBaris: Math.min(t, BARIS_SUDUT_BACA),
        jumlahKolom: lebar,
        seluruhKolom: false,
        seluruhBaris: false,
      };
      const s = (await this.bacaBagian(lembar, [sudut]))?.rentang[0];
      if (s && !s.terlaluBesar) return s.nilai;
      throw new GalatBerkas(
        'TIDAK_TERBACA',
        this.sumber,
        `lembar "${lembar}" terlalu besar untuk dibaca (area terpakai A1:${alamatSel(t - 1, l - 1)}, lebih dari ${BATAS_SEL_RENTANG} sel); ` +
          'hapus isi yang tidak sengaja diketik jauh di luar tabel, simpan, lalu jalankan lagi',
      );
    }
    return h?.nilai ?? [];
  }

  /**
   * A sheet for the detector (runner --deteksi): its values from A1 to the last used cell and its merged areas,
   * in one streamed pass; at most `batasSel` cells of used area are kept (rows past the bound are only counted,
   * so memory stays bounded), a larger sheet comes back as terlaluBesar with its size. Null: no such worksheet.
   */
  async bacaLembarDeteksi(nama: string, batasSel: number): Promise<LembarUntukDeteksi | null> {
    const lembar = this.namaLembar(nama);
    if (lembar === undefined) return null;
    const baru = this.lembarBaru(lembar);
    if (baru) return { nama: lembar, nilai: nilaiTertulis(baru.model), gabungan: baru.model.gabungan };
    const permintaan: PermintaanRentang = {
      baris: 0,
      kolom: 0,
      jumlahBaris: Math.max(1, batasSel),
      jumlahKolom: KOLOM_MAKS,
      seluruhKolom: true,
      seluruhBaris: true,
      batasSel,
    };
    const l = this.struktur.lembar.find((x) => samaNama(x.nama, lembar));
    if (!l || l.jalur === null || !l.lembarKerja || !this.arsip.cari(l.jalur)) return null;
    let hasil: Awaited<ReturnType<typeof bacaLembar>>;
    try {
      const stringBersama = await this.stringBersamaBuku();
      hasil = await bacaLembar(aliranTeks(await this.arsip.aliran(l.jalur)), [permintaan], {
        stringBersama,
        date1904: this.struktur.date1904,
      });
    } catch (e) {
      throw galatBaca(e, this.sumber, { lembar: l.nama, ...(e instanceof GalatXml ? { bagian: l.jalur } : {}) });
    }
    const r = hasil.rentang[0]!;
    if (r.terlaluBesar) return { nama: lembar, terlaluBesar: r.terlaluBesar };
    return { nama: lembar, nilai: r.nilai, gabungan: hasil.gabungan };
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /**
   * Create the sheet, or replace the sheet of its name when it is ours, and mark it as the add-in's own.
   * Nothing is written when the model is invalid (periksaModel) or the sheet is the user's
   * (LEMBAR_MILIK_PENGGUNA; see denganIzinTimpa). The input file is never changed: only what simpan saves.
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
    if (this.gaya === null) {
      const jalur = this.struktur.jalurGaya;
      try {
        this.gaya = new RegistriGaya(jalur !== null && this.arsip.cari(jalur) ? await bacaXml(this.arsip, jalur) : undefined);
      } catch (e) {
        throw galatBaca(e, this.sumber);
      }
    }
    const tersusun = await susunLembar(model, this.gaya, kemajuan && ((s, t) => kemajuan(TAHAP.menulis, s, t)));
    const lama = this.lembarBaru(model.nama);
    if (lama) this.baru.delete(lama.model.nama.toLowerCase());
    this.baru.set(model.nama.toLowerCase(), { model, tersusun });

    this.namaCetak(model);
    // Markers whose sheet is gone (#REF!) are dropped; this sheet gets one unless it has it.
    this.nama = this.nama.filter((n) => n.lokal !== null || !adalahNamaPenanda(n.nama) || this.lembarPenanda(n) !== undefined);
    if (!this.adaPenanda(model.nama)) {
      this.nama.push({
        nama: namaPenandaBaru(this.nama.map((n) => n.nama)),
        lokal: null,
        tersembunyi: true,
        teks: rujukanPenanda(model.nama),
        komentar: KOMENTAR_PENANDA,
        el: null,
      });
    }
  }

  /**
   * The sheet's print titles and print area as Excel keeps them: the sheet-scoped names _xlnm.Print_Titles and
   * _xlnm.Print_Area (localSheetId = the sheet's tab position), from its page setup; removed when it has none.
   */
  private namaCetak(model: ModelLembar): void {
    const indeks = this.daftarLembar().findIndex((n) => samaNama(n, model.nama));
    const c = model.cetak;
    const lembar = kutipLembar(model.nama);
    const judul = c ? alamatBarisJudul(c) : null;
    const alamat = [judul, c ? alamatAreaCetak(c) : null];
    NAMA_CETAK.forEach((nama, i) => {
      const ada = this.nama.findIndex((n) => n.lokal === indeks && n.nama.toLowerCase() === nama.toLowerCase());
      const a = alamat[i];
      if (a === null || a === undefined) {
        if (ada >= 0) this.nama.splice(ada, 1);
        return;
      }
      // In place when the sheet had it (a second run on its own output changes nothing), else at the end.
      const baru: NamaTerdefinisi = { nama, lokal: indeks, tersembunyi: false, teks: `${lembar}!${a}`, el: null };
      if (ada >= 0) this.nama[ada] = baru;
      else this.nama.push(baru);
    });
  }

  /** Add or replace the workbook-scoped name `nama` for `alamatA1` ("$C$5:$C$15"; a sheet prefix is ignored) on `lembar`. */
  async tetapkanNama(nama: string, lembar: string, alamatA1: string): Promise<void> {
    periksaNamaRentang(nama);
    const alamat = alamatMutlak(alamatTanpaLembar(alamatA1));
    if (alamat === null) throw galatAlamatTidakValid(alamatA1, nama);
    const ada = this.namaLembar(lembar);
    if (ada === undefined) throw galatLembarTidakAda(lembar, nama);
    const baru: NamaTerdefinisi = { nama, lokal: null, tersembunyi: false, teks: `${kutipLembar(ada)}!${alamat}`, el: null };
    const i = this.nama.findIndex((n) => n.lokal === null && samaNama(n.nama, nama));
    if (i >= 0) this.nama[i] = baru;
    else this.nama.push(baru);
  }

  // -------------------------------------------------------------------------------------------
  // Saving

  private async tulisKe(tulis: (b: Buffer) => Promise<void>): Promise<void> {
    await tulisPaket(
      {
        arsip: this.arsip,
        struktur: this.struktur,
        lembar: [...this.baru.values()].map((b) => b.tersusun),
        nama: this.nama,
        gaya: this.gaya?.selesai() ?? null,
      },
      tulis,
    );
  }

  /** The output package as bytes: deterministic for the same input and the same writes. */
  async keData(): Promise<Buffer> {
    const potongan: Buffer[] = [];
    try {
      await this.tulisKe(async (b) => {
        potongan.push(b);
      });
    } catch (e) {
      // Only the input's parts, read to be copied, can fail here.
      throw galatBaca(e, this.sumber);
    }
    return Buffer.concat(potongan);
  }

  /** Save to a file: an exclusive temporary file beside it, then a rename; nothing half-written on failure. */
  async simpan(jalur: string): Promise<void> {
    try {
      await simpanAtomik(jalur, (tulis) => this.tulisKe(tulis));
    } catch (e) {
      // The system refusing the write (ENOSPC, EACCES, …) is the output's problem; anything else came from
      // reading the input's parts to copy them.
      const sistem = terjemahSistem(e);
      if (sistem === null) throw galatBaca(e, this.sumber);
      throw new GalatBerkas('GAGAL_MENULIS', jalur, `laporan tidak dapat ditulis: ${sistem}.`, { cause: e });
    }
  }
}

/**
 * A name's result: its rectangle, or why it cannot be read. Formulas as Office.js gives them: only when the
 * range holds one and the engine reads them.
 */
function hasilNama(b: Bacaan, r: HasilRentang): RentangBernama | NamaTidakTerbaca {
  const n = b.nama;
  if (r.terlaluBesar) {
    const { jumlahBaris: t, jumlahKolom: l } = r.terlaluBesar;
    const alasan =
      t * l >= TANPA_BATAS_SEL
        ? 'rentang terlalu besar (seluruh lembar)'
        : `rentang terlalu besar (${t} baris × ${l} kolom; paling banyak ${BATAS_SEL_RENTANG} sel)`;
    return { nama: n.nama, rujukan: n.teks, alasan };
  }
  const jumlahBaris = r.nilai.length;
  const jumlahKolom = r.nilai[0]?.length ?? 0;
  if (jumlahBaris === 0 || jumlahKolom === 0) {
    return { nama: n.nama, rujukan: n.teks, alasan: 'rentang yang dirujuk kosong (lembar belum berisi data di sana)' };
  }
  if (jumlahBaris * jumlahKolom >= TANPA_BATAS_SEL) {
    return { nama: n.nama, rujukan: n.teks, alasan: 'rentang terlalu besar (seluruh lembar)' };
  }
  if (r.tanpaHasil !== null) {
    const alamat = `${kutipLembar(b.lembar)}!${alamatSel(r.tanpaHasil.baris, r.tanpaHasil.kolom)}`;
    return {
      nama: n.nama,
      rujukan: n.teks,
      alasan:
        `sel ${alamat} berisi rumus ${r.tanpaHasil.rumus} tanpa nilai tersimpan (berkas belum pernah dihitung oleh Excel/LibreOffice); ` +
        'buka dan simpan berkas di Excel atau LibreOffice, lalu jalankan lagi',
    };
  }
  const rentang = { nama: n.nama, lembar: b.lembar, baris: b.permintaan.baris, kolom: b.permintaan.kolom, nilai: r.nilai };
  return b.denganRumus && r.rumus.some((baris) => baris.some((x) => x !== null)) ? { ...rentang, rumus: r.rumus } : rentang;
}

/** Rectangles of a sheet written in this session, from its model. */
function bacaModel(model: ModelLembar, permintaan: readonly PermintaanRentang[]): { rentang: HasilRentang[] } {
  const nilai = nilaiTertulis(model);
  const tinggiLembar = nilai.length;
  const lebarLembar = nilai[0]?.length ?? 0;
  return {
    rentang: permintaan.map((p) => {
      const tinggi = p.seluruhKolom ? Math.max(0, tinggiLembar - p.baris) : p.jumlahBaris;
      const lebar = p.seluruhBaris ? Math.max(0, lebarLembar - p.kolom) : p.jumlahKolom;
      const ambil = <T>(grid: readonly (readonly (T | null | undefined)[] | undefined)[] | undefined) =>
        Array.from({ length: tinggi }, (_, i) =>
          Array.from({ length: lebar }, (_, k) => grid?.[p.baris + i]?.[p.kolom + k] ?? null),
        );
      return { nilai: ambil<NilaiSel>(nilai), rumus: ambil<string>(model.rumus), tanpaHasil: null };
    }),
  };
}
