/**
 * Daily prices ("data harga harian"): the rows of a named range `LKIP_HargaHarian_<Grup>` with the
 * columns Tanggal, Nama, Satuan, Kab/Kota (may be empty), Harga — up to a million rows per group
 * (60 commodities × 22 kab/kota × 730 days). From them, per commodity, the annual average price of
 * the report year and of the year before, and then — through core's own formulas, never re-implemented
 * — the per-item change ({@link perubahanHarga}), the group mean ({@link rataRataTerbit}) and the
 * step scale ({@link capaianInflasi}), exactly as for a typed 4-column price list (Tabel 3.5 / 3.6).
 *
 * Reading
 * - The header row is the first non-empty row whose Harga is non-numeric text and whose Tanggal is
 *   not a date; it is skipped. If its cells name the columns ("Tanggal", "Komoditas", "Satuan",
 *   "Kab/Kota", "Harga" and common variants), the columns are taken by name, otherwise in the order
 *   Tanggal, Nama, Satuan, Kab/Kota, Harga. Completely empty rows are skipped silently.
 * - Dates: Excel serial numbers (the common case, integer arithmetic) or text, see ./tanggal
 *   (text dates are parsed once per distinct string). Prices: numbers, or Indonesian number text
 *   ("10.950", "Rp 10.950,-") read with core's {@link bacaAngka}, parsed once per distinct string.
 * - A commodity is Nama + Satuan (case and spaces ignored; shown as first written); a kab/kota is
 *   its name likewise. Only the report year and the year before are used.
 *
 * Left out of every average, each reported as a finding ({@link TemuanHarga}) with its row number
 * (1-based within the range, the header counting as row 1):
 * - unreadable dates, unreadable prices, zero or negative prices, an empty commodity name;
 * - duplicated rows: the same date, commodity and kab/kota again — the first row is kept, every later
 *   one is reported (saying whether its price differs);
 * - compactly (one finding each, with a count and the first few dates/rows): days of a year without
 *   any observation per commodity and kab/kota, empty prices per commodity, rows dated outside the two
 *   years, a commodity name written with two units, a commodity missing one of the two years.
 *
 * Annual average — an option, {@link MetodeRataRata}:
 * - `semua` (default): the mean of every kept observation of the year, all days and all kab/kota
 *   together: Σ harga / n. A kab/kota that reports more days weighs more.
 * - `per_kabkota`: first each kab/kota's mean over its own observations of the year, then the plain
 *   mean of those means over the kab/kota that have at least one observation that year: every
 *   kab/kota weighs the same, whatever its number of observations.
 * The average is exact (integer sums, exact rational rounding) and published half-up to 2 decimals;
 * that published average feeds the percentage change (the core's chaining rule).
 *
 * Speed and exactness: one pass over the rows stores each kept price in a per-(commodity, kab/kota)
 * day-indexed array (no Decimal per row, no per-row allocation); sums are taken afterwards per
 * series and year as exact integer moments (./stabilitas {@link momenHarian}, once per series and year), and only the per-commodity
 * aggregates become Desimal. Decimal prices (rare) take an exact path scaled by 10^d.
 */
import { bacaAngka, formatBulat, formatTerbit, selKosong } from './angka';
import { Desimal } from './desimal';
import { GalatLkip, pesanGalat, tampilkanNilai } from './galat';
import {
  capaianInflasi,
  perubahanHarga,
  rataRataTerbit,
  SKALA_INFLASI_TABEL_3_7,
  type CapaianInflasi,
  type PerubahanHarga,
  type RataRataTerbit,
  type TingkatSkalaInflasi,
} from './harga';
import { fpb, gabungMomen, momenHarian, MOMEN_KOSONG, terbitkanPecahan, type Momen } from './stabilitas';
import {
  formatTanggal,
  hariDalamMinggu,
  jumlahHariDalamTahun,
  nomorHari,
  PembacaTanggal,
  SERIAL_EXCEL_MAKS,
  serialKeNomorHari,
} from './tanggal';

/**
 * How the annual average price of a commodity is formed:
 * - `semua`: Σ harga / n over every kept observation of the year (all days, all kab/kota together);
 *   a kab/kota that reports more days weighs more. Default.
 * - `per_kabkota`: each kab/kota's own mean over its observations of the year first, then the plain mean
 *   of those means over the kab/kota with at least one observation: every kab/kota weighs the same.
 */
export type { MetodeRataRata } from './opsi';
import type { MetodeRataRata } from './opsi';

/** Which days must have an observation (for the missing-days finding only; averages use every observation). */
export type HariPengamatan = 'setiap_hari' | 'senin_jumat';

export type KodeTemuanHarga =
  | 'TANGGAL_TIDAK_TERBACA'
  | 'HARGA_TIDAK_TERBACA'
  | 'HARGA_TIDAK_POSITIF'
  | 'NAMA_KOSONG'
  | 'BARIS_GANDA'
  | 'HARGA_KOSONG'
  | 'HARI_TANPA_DATA'
  | 'DI_LUAR_PERIODE'
  | 'SATUAN_BERBEDA'
  | 'DATA_TAHUN_TIDAK_ADA'
  | 'TEMUAN_DIPANGKAS';

/** One line of the Verifikasi sheet. */
export interface TemuanHarga {
  readonly kode: KodeTemuanHarga;
  /** Row within the range (1-based, header counted); absent for compact findings. */
  readonly baris?: number;
  /** Column within the range (0-based) of the one cell at fault (the date, the name, the price); absent when the whole row is. */
  readonly kolom?: number;
  /** Indonesian, self-contained. */
  readonly pesan: string;
  /** Commodity as shown ("Beras"), when the finding is about one. */
  readonly nama?: string;
  readonly kabKota?: string;
  readonly tahun?: number;
  /** For compact findings: how many days/rows. */
  readonly jumlah?: number;
}

export interface OpsiBacaHargaHarian {
  /** The report year (LKIP_Tahun); the year before is read too. */
  readonly tahun: number;
  /** Used in messages, e.g. "LKIP_HargaHarian_Pokok". Default "harga harian". */
  readonly namaRentang?: string;
  readonly hariPengamatan?: HariPengamatan;
  /** Row findings listed per code before the rest are only counted (one TEMUAN_DIPANGKAS). Default 1 000. */
  readonly maksTemuanPerKode?: number;
  /** Dates (or rows) named in a compact finding. Default 5. */
  readonly contohTanggal?: number;
}

/** The kept observations of one commodity in one kab/kota, by day. */
export interface SeriHarga {
  /** As first written; "" when the Kab/Kota column is empty. */
  readonly kabKota: string;
  /** Price per day; index 0 = 1 January of the year before the report year. Valid where baris[i] > 0. */
  readonly harga: Float64Array;
  /** Row number of the kept observation per day; 0 = no observation. */
  readonly baris: Int32Array;
  /** Exact moments of the kept prices: [year before, report year] (computed once, when reading ends). */
  readonly momenTahun: readonly [Momen, Momen];
}

export interface KomoditasHarian {
  readonly nama: string;
  readonly satuan: string;
  /** One series per kab/kota, in the order of first appearance. */
  readonly seri: readonly SeriHarga[];
}

export interface DataHargaHarian {
  readonly tahun: number;
  /** Day number (./tanggal) of 1 January of the year before. */
  readonly hariAwal: number;
  /** Days in the year before (index of 1 January of the report year in the series arrays). */
  readonly jumlahHariLalu: number;
  /** Days in both years (length of the series arrays). */
  readonly jumlahHari: number;
  readonly komoditas: readonly KomoditasHarian[];
  /** Every kab/kota seen (as first written), in order of first appearance. */
  readonly kabKota: readonly string[];
  readonly temuan: readonly TemuanHarga[];
  readonly adaJudul: boolean;
  /** Rows read, the header included. */
  readonly jumlahBaris: number;
  /** Observations kept (both years). */
  readonly jumlahPengamatan: number;
}

type Kolom = { tanggal: number; nama: number; satuan: number; kabKota: number; harga: number };
const KOLOM_BAWAAN: Kolom = { tanggal: 0, nama: 1, satuan: 2, kabKota: 3, harga: 4 };

const NAMA_KOLOM: readonly [keyof Kolom, RegExp][] = [
  ['tanggal', /^(tanggal|tgl|date|haritanggal|tanggalpengamatan|waktu)$/],
  ['nama', /^(nama|namakomoditas|namakomoditi|komoditas|komoditi|namabarang|barang|jenisbarang|bahanpokok|namabahanpokok)$/],
  ['satuan', /^(satuan|sat|unit)$/],
  ['harga', /^(harga|price)/], // before Kab/Kota: "Harga Kota Kupang" is a price column
  ['kabKota', /(kab|kota|wilayah|lokasi|daerah)/],
];

const SERI_PER_BLOK = 64;
/** Local copy: the hot loop reads a module constant, not an import binding. */
const SERIAL_MAKS: number = SERIAL_EXCEL_MAKS;

const TANPA_HARGA = new Float64Array(0);
const TANPA_BARIS = new Int32Array(0);

/** Sentinels of the price reader. */
const HARGA_KOSONG = -1;
const HARGA_SALAH = -2;

interface KomoditasKerja {
  nama: string;
  satuan: string;
  kunciNama: string;
  seri: SeriKerja[];
  seriPerKab: Map<string, SeriKerja>;
  hargaKosong: number;
  contohBarisKosong: number[];
}

/**
 * One raw identity (the cells' nama, satuan, kab/kota values as read) → its series (null: no name). `berikut`
 * is the identity that followed it last time (itself while a series runs on): price ranges repeat the same
 * order of series (day by day, or series by series), so the next row's series is predicted with three identity
 * comparisons, no lookup.
 */
interface IdentitasMentah {
  readonly nama: unknown;
  readonly satuan: unknown;
  readonly kabKota: unknown;
  readonly seri: SeriKerja | null;
  /** The series' storage, as the hot loop reads it: day `i` is blokHarga[awal + i] (empty arrays when no series). */
  readonly blokHarga: Float64Array;
  readonly blokBaris: Int32Array;
  readonly awal: number;
  berikut: IdentitasMentah | null;
}

interface SeriKerja {
  readonly komoditas: KomoditasKerja;
  readonly kabKota: string;
  readonly harga: Float64Array;
  readonly baris: Int32Array;
  /** The allocation block the two arrays are cut from, and where they start in it. */
  readonly blokHarga: Float64Array;
  readonly blokBaris: Int32Array;
  readonly awal: number;
  /** Set by selesai(). */
  momenTahun?: readonly [Momen, Momen];
}

/** Words separated by single spaces, nothing around them: already normal (the usual cell). */
const SUDAH_NORMAL = /^\S+(?: \S+)*$/;

const normal = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const teks = String(v);
  return SUDAH_NORMAL.test(teks)
    ? teks
    : teks
        .replace(/[\u00a0\u202f\u2007\t]/g, ' ')
        .trim()
        .replace(/\s+/g, ' ');
};

/**
 * Reads daily price rows, chunk by chunk (Office.js reads a large range in chunks; each chunk can be
 * passed as it arrives, in order). Rows are numbered across chunks. `selesai()` returns the data.
 */
export class PengumpulHargaHarian {
  private readonly tahun: number;
  private readonly namaRentang: string;
  private readonly hariPengamatan: HariPengamatan;
  private readonly maksTemuan: number;
  private readonly contoh: number;
  private readonly hariAwal: number;
  private readonly jumlahHariLalu: number;
  private readonly jumlahHari: number;
  private readonly pembacaTanggal = new PembacaTanggal();
  private readonly cacheHarga = new Map<string, number>();
  private readonly alasanHarga = new Map<string, string>();
  private readonly komoditas: KomoditasKerja[] = [];
  private readonly komoditasPerKunci = new Map<string, KomoditasKerja>();
  /**
   * Raw identities by the cells' raw values (nama → satuan → kab/kota), Map's SameValueZero identity: no key
   * string is built per row. Raw values that normalise alike get separate entries for the same series.
   */
  private readonly identitasMentah = new Map<unknown, Map<unknown, Map<unknown, IdentitasMentah>>>();
  private readonly kabKota = new Map<string, string>();
  private readonly temuanBaris: TemuanHarga[] = [];
  private readonly hitungTemuan = new Map<KodeTemuanHarga, number>();
  private kolom: Kolom | null = null;
  private adaJudul = false;
  private nomorBaris = 0;
  private jumlahPengamatan = 0;
  private luarPeriode = 0;
  private readonly contohLuarPeriode: number[] = [];
  private selesaiDipanggil = false;
  /** The last row's raw identity (its `berikut` predicts the next row's). */
  private identitasTerakhir: IdentitasMentah | null = null;

  constructor(opsi: OpsiBacaHargaHarian) {
    if (!Number.isInteger(opsi.tahun) || opsi.tahun < 1902 || opsi.tahun > 9999) {
      throw new GalatLkip('NILAI_DI_LUAR_BATAS', 'LKIP_Tahun', opsi.tahun, 'tahun laporan harus bilangan bulat 1902–9999.');
    }
    this.tahun = opsi.tahun;
    this.namaRentang = opsi.namaRentang ?? 'harga harian';
    this.hariPengamatan = opsi.hariPengamatan ?? 'setiap_hari';
    this.maksTemuan = opsi.maksTemuanPerKode ?? 1000;
    this.contoh = opsi.contohTanggal ?? 5;
    this.hariAwal = nomorHari(opsi.tahun - 1, 1, 1);
    this.jumlahHariLalu = jumlahHariDalamTahun(opsi.tahun - 1);
    this.jumlahHari = this.jumlahHariLalu + jumlahHariDalamTahun(opsi.tahun);
  }

  /** Rows read so far (header included): for progress displays. */
  get barisDibaca(): number {
    return this.nomorBaris;
  }

  /**
   * Add the next rows of the range, in order: `potongan[dari … sampai)` (by default all of it), so a caller
   * holding the whole range passes it chunk by chunk without copying.
   */
  tambah(potongan: readonly (readonly unknown[])[], dari = 0, sampai = potongan.length): void {
    if (this.selesaiDipanggil) throw new Error('PengumpulHargaHarian: tambah() sesudah selesai()');
    const akhir = Math.min(sampai, potongan.length);
    let r = Math.max(0, dari);
    // Until the first non-empty row: is it the header?
    while (this.kolom === null && r < akhir) {
      const baris = potongan[r++]!;
      this.nomorBaris++;
      if (this.barisKosong(baris, KOLOM_BAWAAN)) continue;
      if (this.tentukanKolom(baris)) continue; // the header
      r--; // a data row: read it below, with its number
      this.nomorBaris--;
    }
    if (r < akhir) this.tambahData(potongan, r, akhir);
  }

  /**
   * Rows alternate between two loops: `lajuCepat` takes the common row (a serial date in the window, a number
   * price > 0, the predicted series, a free day) and stops at the first row that is anything else; `barisLambat`
   * takes that one row with every check and finding, and the fast loop goes on. The fast loop has no rarely-run
   * code, so the JIT never has to throw its optimised code away when a rare row (a zero price, a new series)
   * turns up in the middle of a million good ones.
   */
  private tambahData(potongan: readonly (readonly unknown[])[], mulai: number, akhir: number): void {
    let r = mulai;
    while (r < akhir) {
      r = this.lajuCepat(potongan, r, akhir);
      if (r < akhir) this.barisLambat(potongan[r++]!);
    }
  }

  /** The hot loop: locals only, no allocation; returns the index of the first row it does not take. */
  private lajuCepat(potongan: readonly (readonly unknown[])[], mulai: number, akhir: number): number {
    if (this.identitasTerakhir === null) return mulai;
    let identitas: IdentitasMentah = this.identitasTerakhir;
    const { tanggal: kT, nama: kN, satuan: kS, kabKota: kK, harga: kH } = this.kolom!;
    const hariAwal = this.hariAwal;
    const jumlahHari = this.jumlahHari;
    let nomor = this.nomorBaris;
    let r = mulai;
    for (; r < akhir; r++) {
      const baris = potongan[r]!;
      // Date → index in the two-year window. Serials ≥ 61 (1 March 1900 on) are their own day number.
      const t = baris[kT];
      if (typeof t !== 'number' || !(t >= 61 && t <= SERIAL_MAKS)) break;
      const indeks = Math.floor(t) - hariAwal;
      if (indeks < 0 || indeks >= jumlahHari) break;
      const x = baris[kH];
      if (typeof x !== 'number' || !(x > 0 && x < Infinity)) break;
      // The series that followed the last row's last time (itself while a series runs on).
      const tebakan: IdentitasMentah | null = identitas.berikut;
      if (tebakan === null || baris[kN] !== tebakan.nama || baris[kS] !== tebakan.satuan || baris[kK] !== tebakan.kabKota) {
        break;
      }
      // The block and offset straight from the identity just compared: no hop through the series' views.
      const j = tebakan.awal + indeks;
      if (tebakan.seri === null || tebakan.blokBaris[j] !== 0) break;
      identitas = tebakan;
      nomor++;
      tebakan.blokHarga[j] = x;
      tebakan.blokBaris[j] = nomor;
    }
    this.jumlahPengamatan += nomor - this.nomorBaris;
    this.nomorBaris = nomor;
    this.identitasTerakhir = identitas;
    return r;
  }

  /** One row with every check: dates as text, prices as text or ≤ 0, a new or changed series, duplicates. */
  private barisLambat(baris: readonly unknown[]): void {
    const kolom = this.kolom!;
    const nomor = ++this.nomorBaris;
    // Date → index in the two-year window.
    const t = baris[kolom.tanggal];
    let hari = typeof t === 'number' ? serialKeNomorHari(t) : -2;
    if (hari === -2) {
      if (this.barisKosong(baris, kolom)) return;
      hari = this.pembacaTanggal.cobaBaca(t);
    }
    const indeks = hari - this.hariAwal;
    if (hari >= 0 && (indeks < 0 || indeks >= this.jumlahHari)) {
      this.luarPeriode++;
      if (this.contohLuarPeriode.length < this.contoh) this.contohLuarPeriode.push(nomor);
      return;
    }
    // Price.
    const h = baris[kolom.harga];
    const x = typeof h === 'number' && h > 0 && h < Infinity ? h : this.bacaHarga(h);
    // Series: the predicted one, the last row's, or a lookup; it becomes the last row's prediction.
    const nm = baris[kolom.nama];
    const st = baris[kolom.satuan];
    const kb = baris[kolom.kabKota];
    const terakhir = this.identitasTerakhir;
    const tebakan = terakhir === null ? null : terakhir.berikut;
    let identitas: IdentitasMentah;
    if (tebakan !== null && nm === tebakan.nama && st === tebakan.satuan && kb === tebakan.kabKota) {
      identitas = tebakan;
    } else {
      const sama = terakhir !== null && nm === terakhir.nama && st === terakhir.satuan && kb === terakhir.kabKota;
      identitas = sama ? terakhir : this.cariIdentitas(nm, st, kb);
      if (terakhir !== null) terakhir.berikut = identitas;
    }
    this.identitasTerakhir = identitas;
    if (hari < 0 || identitas.seri === null || x <= 0) {
      this.laporBarisSalah(nomor, baris, kolom, hari, identitas.seri, x);
      return;
    }
    const j = identitas.awal + indeks;
    if (identitas.blokBaris[j] !== 0) {
      this.laporGanda(nomor, identitas.seri, indeks, x);
      return;
    }
    identitas.blokHarga[j] = x;
    identitas.blokBaris[j] = nomor;
    this.jumlahPengamatan++;
  }

  /** Finish: compact findings, and the data for averages and stability. */
  selesai(): DataHargaHarian {
    this.selesaiDipanggil = true;
    const temuan: TemuanHarga[] = [...this.temuanBaris];
    const dipangkas = [...this.hitungTemuan].filter(([, n]) => n > this.maksTemuan);
    for (const [kode, n] of dipangkas) {
      temuan.push({
        kode: 'TEMUAN_DIPANGKAS',
        jumlah: n - this.maksTemuan,
        pesan: `${formatBulat(n)} temuan ${kode}; ${formatBulat(this.maksTemuan)} pertama dirinci, ${formatBulat(n - this.maksTemuan)} lainnya tidak dirinci (baris-baris itu juga tidak dipakai).`,
      });
    }
    for (const k of this.komoditas) {
      for (const s of k.seri) {
        s.momenTahun = [
          momenHarian(s.harga, s.baris, 0, this.jumlahHariLalu),
          momenHarian(s.harga, s.baris, this.jumlahHariLalu, this.jumlahHari),
        ];
      }
    }
    this.temuanRingkas(temuan);
    return {
      tahun: this.tahun,
      hariAwal: this.hariAwal,
      jumlahHariLalu: this.jumlahHariLalu,
      jumlahHari: this.jumlahHari,
      komoditas: this.komoditas.map((k) => ({
        nama: k.nama,
        satuan: k.satuan,
        seri: k.seri.map((s): SeriHarga => ({ kabKota: s.kabKota, harga: s.harga, baris: s.baris, momenTahun: s.momenTahun! })),
      })),
      kabKota: [...this.kabKota.values()],
      temuan,
      adaJudul: this.adaJudul,
      jumlahBaris: this.nomorBaris,
      jumlahPengamatan: this.jumlahPengamatan,
    };
  }

  // ---- reading helpers (slow paths) -------------------------------------------------------

  private barisKosong(baris: readonly unknown[], k: Kolom): boolean {
    return (
      selKosong(baris[k.tanggal]) &&
      selKosong(baris[k.nama]) &&
      selKosong(baris[k.satuan]) &&
      selKosong(baris[k.kabKota]) &&
      selKosong(baris[k.harga])
    );
  }

  /** First non-empty row: is it the header? Sets the columns. Returns true when the row is the header. */
  private tentukanKolom(baris: readonly unknown[]): boolean {
    const dariNama: Partial<Kolom> = {};
    baris.forEach((sel, i) => {
      if (typeof sel !== 'string') return;
      const kunci = sel.toLowerCase().replace(/[^a-z]/g, '');
      for (const [nama, pola] of NAMA_KOLOM) {
        if (dariNama[nama] === undefined && pola.test(kunci)) {
          dariNama[nama] = i;
          break;
        }
      }
    });
    if (dariNama.tanggal !== undefined && dariNama.nama !== undefined && dariNama.harga !== undefined) {
      // Satuan / Kab/Kota not named: the usual position if that header cell is filled and not taken, else absent.
      const dipakai = new Set(Object.values(dariNama));
      const tanpa = Math.max(baris.length, 5) + 1; // an absent column reads as empty
      const cadangan = (i: number, absen: number): number => (!dipakai.has(i) && !selKosong(baris[i]) ? i : absen);
      this.kolom = {
        tanggal: dariNama.tanggal,
        nama: dariNama.nama,
        satuan: dariNama.satuan ?? cadangan(KOLOM_BAWAAN.satuan, tanpa),
        kabKota: dariNama.kabKota ?? cadangan(KOLOM_BAWAAN.kabKota, tanpa + 1),
        harga: dariNama.harga,
      };
      this.adaJudul = true;
      return true;
    }
    this.kolom = KOLOM_BAWAAN;
    const harga = baris[KOLOM_BAWAAN.harga];
    const hargaTeks = typeof harga === 'string' && this.bacaHarga(harga) === HARGA_SALAH;
    this.adaJudul = hargaTeks && this.pembacaTanggal.cobaBaca(baris[KOLOM_BAWAAN.tanggal]) < 0;
    return this.adaJudul;
  }

  /** A non-number price: number > 0, ≤ 0, HARGA_KOSONG or HARGA_SALAH. Text is parsed once per string. */
  private bacaHarga(h: unknown): number {
    if (typeof h === 'string') {
      const tersimpan = this.cacheHarga.get(h);
      if (tersimpan !== undefined) return tersimpan;
      let x: number;
      try {
        const a = bacaAngka(h, 'Harga');
        x = a.jenis === 'angka' ? a.nilai.toNumber() : HARGA_KOSONG;
        if (x <= 0 && a.jenis === 'angka') x = a.nilai.isZero() ? 0 : -0.5; // keep the sign, never a sentinel
      } catch (e) {
        x = HARGA_SALAH;
        this.alasanHarga.set(h, e instanceof GalatLkip ? e.message.slice(e.message.indexOf(': ') + 2) : 'bukan angka.');
      }
      this.cacheHarga.set(h, x);
      return x;
    }
    if (h === null || h === undefined) return HARGA_KOSONG;
    if (typeof h === 'number') return Number.isFinite(h) ? (h === 0 ? 0 : -0.5) : HARGA_SALAH; // ≤ 0 (never a sentinel), NaN, ±∞
    if (h instanceof Desimal) return h.isFinite() ? (h.lte(0) ? (h.isZero() ? 0 : -0.5) : h.toNumber()) : HARGA_SALAH;
    return HARGA_SALAH;
  }

  private cariIdentitas(nm: unknown, st: unknown, kb: unknown): IdentitasMentah {
    let perSatuan = this.identitasMentah.get(nm);
    if (perSatuan === undefined) this.identitasMentah.set(nm, (perSatuan = new Map()));
    let perKab = perSatuan.get(st);
    if (perKab === undefined) perSatuan.set(st, (perKab = new Map()));
    let identitas = perKab.get(kb);
    if (identitas === undefined) {
      const seri = this.seriUntuk(nm, st, kb);
      identitas = {
        nama: nm,
        satuan: st,
        kabKota: kb,
        seri,
        blokHarga: seri?.blokHarga ?? TANPA_HARGA,
        blokBaris: seri?.blokBaris ?? TANPA_BARIS,
        awal: seri?.awal ?? 0,
        berikut: null,
      };
      perKab.set(kb, identitas);
    }
    return identitas;
  }

  /** The series of a raw identity, created on first sight; null when the name is empty. */
  private seriUntuk(nm: unknown, st: unknown, kb: unknown): SeriKerja | null {
    const nama = normal(nm);
    if (nama === '') return null;
    const satuan = normal(st);
    const kab = normal(kb);
    const kunciNama = nama.toLowerCase();
    const kunciKomoditas = `${kunciNama}\u0000${satuan.toLowerCase()}`;
    let komoditas = this.komoditasPerKunci.get(kunciKomoditas);
    if (komoditas === undefined) {
      komoditas = { nama, satuan, kunciNama, seri: [], seriPerKab: new Map(), hargaKosong: 0, contohBarisKosong: [] };
      this.komoditasPerKunci.set(kunciKomoditas, komoditas);
      this.komoditas.push(komoditas);
    }
    const kunciKab = kab.toLowerCase();
    if (!this.kabKota.has(kunciKab)) this.kabKota.set(kunciKab, kab);
    let seri = komoditas.seriPerKab.get(kunciKab);
    if (seri === undefined) {
      seri = { komoditas, kabKota: this.kabKota.get(kunciKab)!, ...this.ambilSeri() };
      komoditas.seriPerKab.set(kunciKab, seri);
      komoditas.seri.push(seri);
    }
    return seri;
  }

  // Series arrays are cut from blocks (1, 2, 4 … then 64 series): a few large allocations instead of thousands.
  private blokHarga = new Float64Array(0);
  private blokBaris = new Int32Array(0);
  private ukuranBlok = 0;
  private sisaBlok = 0;

  private ambilSeri(): Pick<SeriKerja, 'harga' | 'baris' | 'blokHarga' | 'blokBaris' | 'awal'> {
    const panjang = this.jumlahHari;
    if (this.sisaBlok === 0) {
      this.ukuranBlok = Math.min(SERI_PER_BLOK, Math.max(1, this.ukuranBlok * 2));
      this.blokHarga = new Float64Array(panjang * this.ukuranBlok);
      this.blokBaris = new Int32Array(panjang * this.ukuranBlok);
      this.sisaBlok = this.ukuranBlok;
    }
    const awal = (this.ukuranBlok - this.sisaBlok--) * panjang;
    return {
      harga: this.blokHarga.subarray(awal, awal + panjang),
      baris: this.blokBaris.subarray(awal, awal + panjang),
      blokHarga: this.blokHarga,
      blokBaris: this.blokBaris,
      awal,
    };
  }

  private argumen(nomor: number, kolom: string): string {
    return `${this.namaRentang} baris ${nomor} (${kolom})`;
  }

  private catat(t: TemuanHarga): void {
    const n = (this.hitungTemuan.get(t.kode) ?? 0) + 1;
    this.hitungTemuan.set(t.kode, n);
    if (n <= this.maksTemuan) this.temuanBaris.push(t);
  }

  private laporBarisSalah(
    nomor: number,
    baris: readonly unknown[],
    k: Kolom,
    hari: number,
    seri: SeriKerja | null,
    x: number,
  ): void {
    const nama = seri?.komoditas.nama;
    if (hari < 0) {
      const t = baris[k.tanggal];
      let pesan: string;
      try {
        this.pembacaTanggal.baca(t, this.argumen(nomor, 'Tanggal'));
        pesan = `${this.argumen(nomor, 'Tanggal')}: tanggal tidak terbaca.`;
      } catch (e) {
        pesan = pesanGalat(e);
      }
      this.catat({ kode: 'TANGGAL_TIDAK_TERBACA', baris: nomor, kolom: k.tanggal, pesan: `${pesan} Baris tidak dipakai.`, nama });
    }
    if (seri === null) {
      this.catat({
        kode: 'NAMA_KOSONG',
        baris: nomor,
        kolom: k.nama,
        pesan: `${this.argumen(nomor, 'Nama')}: nama komoditas kosong. Baris tidak dipakai.`,
      });
    }
    const h = baris[k.harga];
    if (x === HARGA_SALAH) {
      const alasan = typeof h === 'string' ? (this.alasanHarga.get(h) ?? 'bukan angka.') : 'bukan angka.';
      this.catat({
        kode: 'HARGA_TIDAK_TERBACA',
        baris: nomor,
        kolom: k.harga,
        pesan: `${this.argumen(nomor, 'Harga')} = ${tampilkanNilai(h instanceof Desimal ? h.toString() : h)}: ${alasan} Baris tidak dipakai.`,
        nama,
      });
    } else if (x === HARGA_KOSONG) {
      if (seri !== null && hari >= 0) {
        const kom = seri.komoditas;
        kom.hargaKosong++;
        if (kom.contohBarisKosong.length < this.contoh) kom.contohBarisKosong.push(nomor);
      }
    } else if (x <= 0) {
      const tampil = typeof h === 'number' ? formatTerbit(new Desimal(h)) : tampilkanNilai(h);
      this.catat({
        kode: 'HARGA_TIDAK_POSITIF',
        baris: nomor,
        kolom: k.harga,
        pesan: `${this.argumen(nomor, 'Harga')} = ${tampil}: harga harus lebih besar dari 0${seri && hari >= 0 ? ` (${this.tentang(seri)}, ${formatTanggal(hari)})` : ''}. Baris tidak dipakai.`,
        nama,
      });
    }
  }

  private laporGanda(nomor: number, seri: SeriKerja, indeks: number, x: number): void {
    const barisPertama = seri.baris[indeks]!;
    const hargaPertama = seri.harga[indeks]!;
    const beda =
      hargaPertama === x
        ? 'harga sama'
        : `harga berbeda: ${formatTerbit(new Desimal(hargaPertama))} di baris ${barisPertama}, ${formatTerbit(new Desimal(x))} di baris ini`;
    this.catat({
      kode: 'BARIS_GANDA',
      baris: nomor,
      nama: seri.komoditas.nama,
      kabKota: seri.kabKota,
      pesan: `${this.namaRentang} baris ${nomor}: ${this.tentang(seri)}, ${formatTanggal(this.hariAwal + indeks)} sudah ada di baris ${barisPertama} (${beda}). Yang dipakai baris ${barisPertama}; baris ini tidak dipakai.`,
    });
  }

  private tentang(seri: SeriKerja): string {
    const k = seri.komoditas;
    const satuan = k.satuan === '' ? '' : ` (${k.satuan})`;
    return `${k.nama}${satuan}${seri.kabKota === '' ? '' : `, ${seri.kabKota}`}`;
  }

  private temuanRingkas(temuan: TemuanHarga[]): void {
    // Empty prices per commodity.
    for (const k of this.komoditas) {
      if (k.hargaKosong === 0) continue;
      temuan.push({
        kode: 'HARGA_KOSONG',
        nama: k.nama,
        jumlah: k.hargaKosong,
        pesan: `${k.nama}${k.satuan ? ` (${k.satuan})` : ''}: ${formatBulat(k.hargaKosong)} baris tanpa harga (kosong, "-" atau NA), mis. baris ${daftarContoh(k.contohBarisKosong, k.hargaKosong)}; tidak dipakai.`,
      });
    }
    // A commodity name written with more than one unit.
    const satuanPerNama = new Map<string, KomoditasKerja[]>();
    for (const k of this.komoditas) {
      const daftar = satuanPerNama.get(k.kunciNama);
      if (daftar) daftar.push(k);
      else satuanPerNama.set(k.kunciNama, [k]);
    }
    for (const daftar of satuanPerNama.values()) {
      if (daftar.length < 2) continue;
      const nama = daftar[0]!.nama;
      temuan.push({
        kode: 'SATUAN_BERBEDA',
        nama,
        jumlah: daftar.length,
        pesan: `${nama} tertulis dengan ${daftar.length} satuan berbeda (${daftar.map((k) => k.satuan || '(kosong)').join(', ')}); masing-masing dihitung sebagai komoditas tersendiri. Periksa satuannya.`,
      });
    }
    // Missing days, per commodity × kab/kota × year.
    const tahunan: [number, number, number][] = [
      [this.tahun - 1, 0, this.jumlahHariLalu],
      [this.tahun, this.jumlahHariLalu, this.jumlahHari],
    ];
    // Days that must have an observation (1 = required), counted once per year.
    const wajib = new Uint8Array(this.jumlahHari);
    for (let i = 0; i < this.jumlahHari; i++) {
      const h = hariDalamMinggu(this.hariAwal + i);
      wajib[i] = this.hariPengamatan === 'setiap_hari' || (h !== 0 && h !== 6) ? 1 : 0;
    }
    const semuaWajib = this.hariPengamatan === 'setiap_hari';
    const jenisHari = semuaWajib ? 'hari' : 'hari kerja (Senin–Jumat)';
    const kabSemua = [...this.kabKota.entries()];
    const hariWajibTahun = tahunan.map(([, dari, sampai]) => {
      let n = 0;
      for (let i = dari; i < sampai; i++) n += wajib[i]!;
      return n;
    });
    for (const k of this.komoditas) {
      for (const [kunciKab, kab] of kabSemua) {
        const seri = k.seriPerKab.get(kunciKab);
        for (let y = 0; y < tahunan.length; y++) {
          const [tahun, dari, sampai] = tahunan[y]!;
          const hariWajib = hariWajibTahun[y]!;
          // Every day required: the observed days are the count of the year's moments, no scan needed.
          let ada = 0;
          if (seri !== undefined && semuaWajib) ada = seri.momenTahun![y]!.n;
          else if (seri !== undefined) {
            const b = seri.baris;
            for (let i = dari; i < sampai; i++) if (b[i] !== 0) ada += wajib[i]!;
          }
          const hilang = hariWajib - ada;
          if (hilang === 0) continue;
          const contoh: number[] = [];
          for (let i = dari; i < sampai && contoh.length < this.contoh; i++) {
            if (wajib[i] === 1 && (seri === undefined || seri.baris[i] === 0)) contoh.push(this.hariAwal + i);
          }
          const siapa = `${k.nama}${k.satuan ? ` (${k.satuan})` : ''}${kab === '' ? '' : `, ${kab}`}`;
          const pesan =
            hilang === hariWajib
              ? `${siapa}: tidak ada data sama sekali pada tahun ${tahun}.`
              : `${siapa}, tahun ${tahun}: ${formatBulat(hilang)} dari ${formatBulat(hariWajib)} ${jenisHari} tanpa data, mis. ${contoh.map(formatTanggal).join(', ')}${hilang > contoh.length ? ', …' : ''}.`;
          temuan.push({ kode: 'HARI_TANPA_DATA', nama: k.nama, kabKota: kab, tahun, jumlah: hilang, pesan });
        }
      }
    }
    if (this.luarPeriode > 0) {
      temuan.push({
        kode: 'DI_LUAR_PERIODE',
        jumlah: this.luarPeriode,
        pesan: `${formatBulat(this.luarPeriode)} baris bertanggal di luar tahun ${this.tahun - 1}–${this.tahun} tidak dipakai, mis. baris ${daftarContoh(this.contohLuarPeriode, this.luarPeriode)}.`,
      });
    }
  }
}

function daftarContoh(contoh: readonly number[], jumlah: number): string {
  return `${contoh.join(', ')}${jumlah > contoh.length ? ', …' : ''}`;
}

/** Read all rows of a daily price range at once (see {@link PengumpulHargaHarian} for chunks). */
export function bacaHargaHarian(baris: readonly (readonly unknown[])[], opsi: OpsiBacaHargaHarian): DataHargaHarian {
  const pengumpul = new PengumpulHargaHarian(opsi);
  pengumpul.tambah(baris);
  return pengumpul.selesai();
}

// ---------------------------------------------------------------------------------------------
// Annual averages

export interface RataRataHarga {
  /** Published (half-up, 2 decimals): the figure that feeds the percentage change. */
  readonly nilai: Desimal;
  /** Unrounded (40 significant digits). */
  readonly nilaiPenuh: Desimal;
  readonly jumlahPengamatan: number;
  /** Kab/kota with at least one observation that year. */
  readonly jumlahKabKota: number;
  readonly metode: MetodeRataRata;
  /** "Σ 3.650.000 / 365 pengamatan = 10.000" or "rata-rata 2 kab/kota: (10.000 + 14.000) / 2 = 12.000" */
  readonly derivasi: string;
}

/**
 * The annual average price of one commodity for a year (the report year or the year before), or null
 * when it has no observation that year. See the module comment for the two methods.
 */
export function rataRataHargaTahunan(
  data: DataHargaHarian,
  komoditas: KomoditasHarian,
  tahun: number,
  metode: MetodeRataRata = 'semua',
): RataRataHarga | null {
  if (tahun !== data.tahun && tahun !== data.tahun - 1) {
    throw new GalatLkip(
      'NILAI_DI_LUAR_BATAS',
      'tahun',
      tahun,
      `data harga harian hanya memuat ${data.tahun - 1} dan ${data.tahun}.`,
    );
  }
  const indeksTahun = tahun === data.tahun ? 1 : 0;
  const perSeri: Momen[] = komoditas.seri.map((s) => s.momenTahun[indeksTahun]).filter((m) => m.n > 0);
  if (perSeri.length === 0) return null;
  const jumlahPengamatan = perSeri.reduce((a, m) => a + m.n, 0);
  if (metode === 'semua') {
    const m = perSeri.reduce(gabungMomen, MOMEN_KOSONG);
    const penyebut = BigInt(m.n) * m.skala;
    const nilai = terbitkanPecahan(m.jumlah, penyebut);
    const jumlahHarga = new Desimal(m.jumlah.toString()).div(m.skala.toString());
    return {
      nilai,
      nilaiPenuh: new Desimal(m.jumlah.toString()).div(penyebut.toString()),
      jumlahPengamatan,
      jumlahKabKota: perSeri.length,
      metode,
      derivasi: `Σ harga ${formatTerbit(jumlahHarga)} / ${formatBulat(m.n)} pengamatan = ${formatTerbit(nilai)}`,
    };
  }
  // per_kabkota: Σ_k (Σy_k / (n_k·skala_k)) / K as one exact fraction p / q.
  let p = 0n;
  let q = 1n;
  const rataRataKab: Desimal[] = [];
  for (const m of perSeri) {
    const qk = BigInt(m.n) * m.skala;
    p = p * qk + m.jumlah * q;
    q = q * qk;
    const g = fpb(p, q);
    p /= g;
    q /= g;
    rataRataKab.push(new Desimal(m.jumlah.toString()).div(qk.toString()));
  }
  q *= BigInt(perSeri.length);
  const nilai = terbitkanPecahan(p, q);
  const k = perSeri.length;
  const rincian =
    k <= 4
      ? `(${rataRataKab.map(formatTerbit).join(' + ')})`
      : `jumlah rata-rata kab/kota ${formatTerbit(rataRataKab.reduce((a, b) => a.plus(b), new Desimal(0)))}`;
  return {
    nilai,
    nilaiPenuh: new Desimal(p.toString()).div(q.toString()),
    jumlahPengamatan,
    jumlahKabKota: k,
    metode,
    derivasi: `rata-rata ${k} kab/kota: ${rincian} / ${k} = ${formatTerbit(nilai)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// The price list of a group

export interface OpsiHargaHarian extends OpsiBacaHargaHarian {
  readonly metode?: MetodeRataRata;
  /** Step scale for the group mean (default Tabel 3.7). */
  readonly skala?: readonly TingkatSkalaInflasi[];
}

export interface HargaKomoditas {
  readonly nama: string;
  readonly satuan: string;
  /** Annual average of the year before / of the report year; null = no observation that year. */
  readonly lalu: RataRataHarga | null;
  readonly kini: RataRataHarga | null;
  /** core's perubahanHarga of the two published averages; null when a year is missing. */
  readonly perubahan: PerubahanHarga | null;
}

/** One row of the 4-column price list: Nama, Satuan, Harga tahun lalu, Harga tahun laporan (published). */
export type BarisDaftarHarga = readonly [nama: string, satuan: string, hargaLalu: Desimal, hargaKini: Desimal];

export interface HasilHargaHarian {
  readonly tahun: number;
  readonly metode: MetodeRataRata;
  readonly komoditas: readonly HargaKomoditas[];
  /** The commodities with both years, as a 4-column price list (what a typed Tabel 3.5 holds). */
  readonly daftarHarga: readonly BarisDaftarHarga[];
  /** The group mean of the published percentage changes (core's rataRataTerbit); null if no commodity has both years. */
  readonly rataRata: RataRataTerbit | null;
  /** core's capaianInflasi of that mean; null with it. */
  readonly capaian: CapaianInflasi | null;
  /** Findings of reading plus DATA_TAHUN_TIDAK_ADA. */
  readonly temuan: readonly TemuanHarga[];
  /** For {@link stabilitasHarga} (./stabilitas). */
  readonly data: DataHargaHarian;
}

/** The price list of a daily price group: read, average, then core's change / mean / scale. */
export function hitungHargaHarian(baris: readonly (readonly unknown[])[], opsi: OpsiHargaHarian): HasilHargaHarian {
  return hargaDariData(bacaHargaHarian(baris, opsi), opsi.metode ?? 'semua', opsi.skala ?? SKALA_INFLASI_TABEL_3_7);
}

/** As {@link hitungHargaHarian}, from data already read (e.g. chunk by chunk with {@link PengumpulHargaHarian}). */
export function hargaDariData(
  data: DataHargaHarian,
  metode: MetodeRataRata = 'semua',
  skala: readonly TingkatSkalaInflasi[] = SKALA_INFLASI_TABEL_3_7,
): HasilHargaHarian {
  const temuan: TemuanHarga[] = [...data.temuan];
  const daftarHarga: BarisDaftarHarga[] = [];
  const persen: Desimal[] = [];
  const komoditas = data.komoditas.map((k): HargaKomoditas => {
    const lalu = rataRataHargaTahunan(data, k, data.tahun - 1, metode);
    const kini = rataRataHargaTahunan(data, k, data.tahun, metode);
    if (lalu === null || kini === null) {
      const tidakAda = [lalu === null ? data.tahun - 1 : null, kini === null ? data.tahun : null].filter((x) => x !== null);
      temuan.push({
        kode: 'DATA_TAHUN_TIDAK_ADA',
        nama: k.nama,
        tahun: tidakAda[0]!,
        pesan: `${k.nama}${k.satuan ? ` (${k.satuan})` : ''}: tidak ada harga yang sah pada tahun ${tidakAda.join(' dan ')}; komoditas ini tidak ikut dalam daftar perubahan harga dan rata-ratanya.`,
      });
      return { nama: k.nama, satuan: k.satuan, lalu, kini, perubahan: null };
    }
    const perubahan = perubahanHarga(lalu.nilai, kini.nilai, k.nama);
    daftarHarga.push([k.nama, k.satuan, lalu.nilai, kini.nilai]);
    persen.push(perubahan.persen);
    return { nama: k.nama, satuan: k.satuan, lalu, kini, perubahan };
  });
  const rataRata = persen.length === 0 ? null : rataRataTerbit(persen, 'daftar harga harian');
  return {
    tahun: data.tahun,
    metode,
    komoditas,
    daftarHarga,
    rataRata,
    capaian: rataRata === null ? null : capaianInflasi(rataRata.nilai, skala),
    temuan,
    data,
  };
}
