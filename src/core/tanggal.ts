/**
 * Dates as they arrive from a workbook: Excel serial numbers (1900 date system), ISO text
 * ("2021-12-31") and Indonesian text ("31/12/2021", "31-12-2021", "31 Desember 2021", "31 Des 2021").
 *
 * Everything is calendar arithmetic on whole days: no `Date` object is created while reading, so no
 * time zone or daylight-saving rule can move a date by one day.
 *
 * The day number used throughout ({@link nomorHari}) counts days since 30 December 1899, so for every
 * date from 1 March 1900 on it equals Excel's serial number of that date (44561 = 31/12/2021).
 *
 * Excel serial numbers (1900 date system):
 * - serial 1 = 1 January 1900; the time of day (the fraction) is ignored: 44561,75 is 31/12/2021;
 * - Excel counts a 29 February 1900 that never existed (serial 60, a bug kept for Lotus 1-2-3
 *   compatibility). Serials 1–59 are therefore one day "late" and are shifted by one; serial 60 is
 *   rejected with a typed error (it names no real day); serials ≥ 61 need no correction;
 * - serial 0 ("0 January 1900"), negative serials and serials after 31/12/9999 (2 958 465) are rejected.
 */
import { Desimal } from './desimal';
import { GalatLkip, type KodeGalat } from './galat';

/** A calendar date (proleptic Gregorian). bulan 1–12, hari 1–31. */
export interface Tanggal {
  readonly tahun: number;
  readonly bulan: number;
  readonly hari: number;
}

/** Offset between days since 1970-01-01 and days since 1899-12-30 (the Excel serial epoch). */
const HARI_1970 = 25569;
/** Excel's last date, 31/12/9999. */
export const SERIAL_EXCEL_MAKS = 2958465;
/** Excel's fictitious 29 February 1900. */
export const SERIAL_EXCEL_29_FEB_1900 = 60;

const TAHUN_MIN = 1900;
const TAHUN_MAKS = 9999;

export function adalahTahunKabisat(tahun: number): boolean {
  return (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0;
}

export function jumlahHariDalamTahun(tahun: number): number {
  return adalahTahunKabisat(tahun) ? 366 : 365;
}

const HARI_PER_BULAN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function jumlahHariDalamBulan(tahun: number, bulan: number): number {
  return bulan === 2 && adalahTahunKabisat(tahun) ? 29 : HARI_PER_BULAN[bulan - 1]!;
}

/**
 * Day number of a date: days since 30 December 1899 (= Excel serial for dates from 1 March 1900).
 * Pure integer arithmetic (H. Hinnant's days-from-civil). The caller passes a valid date.
 */
export function nomorHari(tahun: number, bulan: number, hari: number): number {
  const y = bulan <= 2 ? tahun - 1 : tahun;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (bulan + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + hari - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + HARI_1970;
}

/** The date of a day number (inverse of {@link nomorHari}). */
export function tanggalDariNomorHari(n: number): Tanggal {
  const z = n - HARI_1970 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const hari = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const bulan = mp < 10 ? mp + 3 : mp - 9;
  return { tahun: yoe + era * 400 + (bulan <= 2 ? 1 : 0), bulan, hari };
}

/** Day of the week: 0 = Minggu (Sunday) … 6 = Sabtu (Saturday). Day number 0 (30/12/1899) was a Saturday. */
export function hariDalamMinggu(n: number): number {
  return (((n + 6) % 7) + 7) % 7;
}

/** "31/12/2021" (the Indonesian numeric form). */
export function formatTanggal(tanggal: Tanggal | number): string {
  const t = typeof tanggal === 'number' ? tanggalDariNomorHari(tanggal) : tanggal;
  return `${String(t.hari).padStart(2, '0')}/${String(t.bulan).padStart(2, '0')}/${t.tahun}`;
}

export const NAMA_BULAN = Object.freeze([
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
]);

/** "31 Desember 2021". */
export function formatTanggalPanjang(tanggal: Tanggal | number): string {
  const t = typeof tanggal === 'number' ? tanggalDariNomorHari(tanggal) : tanggal;
  return `${t.hari} ${NAMA_BULAN[t.bulan - 1]} ${t.tahun}`;
}

/**
 * Excel serial number (1900 date system) → day number. See the module comment for the 1900
 * leap-year bug: 1–59 are shifted by one, 60 is rejected, ≥ 61 are unchanged.
 */
export function nomorHariDariSerialExcel(serial: number, argumen = 'tanggal'): number {
  const n = serialKeNomorHari(serial);
  if (n >= 0) return n;
  throw galatSerial(serial, argumen);
}

/** Fast path shared with the daily-price reader: the day number, or −1 when the serial names no date. */
export function serialKeNomorHari(serial: number): number {
  if (!(serial >= 1 && serial < SERIAL_EXCEL_MAKS + 1)) return -1; // also rejects NaN
  const n = Math.floor(serial);
  if (n > SERIAL_EXCEL_29_FEB_1900) return n;
  if (n < SERIAL_EXCEL_29_FEB_1900) return n + 1;
  return -1;
}

function galatSerial(serial: number, argumen: string): GalatLkip {
  if (Number.isFinite(serial) && Math.floor(serial) === SERIAL_EXCEL_29_FEB_1900) {
    return new GalatLkip(
      'NILAI_DI_LUAR_BATAS',
      argumen,
      serial,
      'nomor seri 60 adalah 29 Februari 1900, tanggal yang tidak pernah ada (kesalahan tahun kabisat Excel); periksa isinya.',
    );
  }
  return new GalatLkip(
    'NILAI_DI_LUAR_BATAS',
    argumen,
    serial,
    `bukan nomor seri tanggal Excel (harus 1 s.d. ${SERIAL_EXCEL_MAKS}, yaitu 1/1/1900 s.d. 31/12/9999).`,
  );
}

// ---------------------------------------------------------------------------------------------
// Text dates

const BULAN: Readonly<Record<string, number>> = Object.freeze({
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  febr: 2,
  february: 2,
  maret: 3,
  mar: 3,
  mrt: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  agust: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
});

const HARI_MINGGU = "(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)";
const POLA_NAMA_HARI = new RegExp(`^${HARI_MINGGU}\\s*,?\\s*`);
const POLA_JAM = '(?:[t\\s]+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?\\s*(?:z|[+-]\\d{2}:?\\d{2})?)?';
const POLA_ISO = new RegExp(`^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})${POLA_JAM}$`);
const POLA_DMY = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${POLA_JAM}$`);
const POLA_NAMA_BULAN = new RegExp(`^(\\d{1,2})[\\s.\\-/]*([a-z]+)\\.?[\\s.\\-/,]*(\\d{4})${POLA_JAM}$`);
const POLA_TAHUN_PENDEK = /^\d{1,2}[-/.\s]+(?:\d{1,2}|[a-z]+\.?)[-/.\s]+\d{2}$/;

const CONTOH = 'contoh yang dapat dibaca: 31/12/2021 · 31-12-2021 · 2021-12-31 · 31 Desember 2021 · 31 Des 2021';

interface HasilTeks {
  readonly nomor: number;
  readonly kode?: KodeGalat;
  readonly alasan?: string;
}

/** Read a text date → day number, or a reason it cannot be read. Case-insensitive, spaces tolerated. */
function bacaTeksTanggal(teks: string): HasilTeks {
  const s = teks
    .replace(/[\u00a0\u202f\u2007\t]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(POLA_NAMA_HARI, '');
  if (s === '') return { nomor: -1, kode: 'KOSONG', alasan: 'tanggal kosong.' };
  let cocok = POLA_ISO.exec(s);
  if (cocok) return dariBagian(Number(cocok[1]), Number(cocok[3]), Number(cocok[4]));
  cocok = POLA_DMY.exec(s);
  if (cocok) return dariBagian(Number(cocok[4]), Number(cocok[3]), Number(cocok[1]));
  cocok = POLA_NAMA_BULAN.exec(s);
  if (cocok) {
    const bulan = BULAN[cocok[2]!];
    if (bulan === undefined) {
      return { nomor: -1, kode: 'BUKAN_TANGGAL', alasan: `nama bulan "${cocok[2]}" tidak dikenal (${CONTOH}).` };
    }
    return dariBagian(Number(cocok[3]), bulan, Number(cocok[1]));
  }
  if (/^\d+([.,]\d+)?$/.test(s)) {
    return {
      nomor: -1,
      kode: 'BUKAN_TANGGAL',
      alasan: `angka yang tersimpan sebagai teks, bukan tanggal; bila ini nomor seri tanggal Excel, ubah sel menjadi tanggal (${CONTOH}).`,
    };
  }
  if (POLA_TAHUN_PENDEK.test(s)) {
    return { nomor: -1, kode: 'BUKAN_TANGGAL', alasan: `tahun harus ditulis empat angka (${CONTOH}).` };
  }
  return { nomor: -1, kode: 'BUKAN_TANGGAL', alasan: `bukan tanggal (${CONTOH}).` };
}

function dariBagian(tahun: number, bulan: number, hari: number): HasilTeks {
  if (tahun < TAHUN_MIN || tahun > TAHUN_MAKS) {
    return { nomor: -1, kode: 'NILAI_DI_LUAR_BATAS', alasan: `tahun ${tahun} di luar rentang ${TAHUN_MIN}–${TAHUN_MAKS}.` };
  }
  if (bulan < 1 || bulan > 12) {
    return { nomor: -1, kode: 'NILAI_DI_LUAR_BATAS', alasan: `bulan ${bulan} tidak ada (urutan tanggal: hari/bulan/tahun).` };
  }
  if (hari < 1 || hari > jumlahHariDalamBulan(tahun, bulan)) {
    return {
      nomor: -1,
      kode: 'NILAI_DI_LUAR_BATAS',
      alasan: `tanggal ${hari} ${NAMA_BULAN[bulan - 1]} ${tahun} tidak ada (bulan itu ${jumlahHariDalamBulan(tahun, bulan)} hari).`,
    };
  }
  return { nomor: nomorHari(tahun, bulan, hari) };
}

// ---------------------------------------------------------------------------------------------
// Public readers

/**
 * Read one date → day number. Accepts an Excel serial number (number or Desimal), a text date
 * (ISO, d/m/y with "/", "-" or ".", day–month name–year in Indonesian or English, optionally
 * preceded by the weekday "Jumat, …" and followed by a time, which is ignored) or a JavaScript Date
 * (as ExcelJS returns date cells; read by its UTC calendar date, which is how ExcelJS encodes it).
 * Anything else — empty, TRUE/FALSE, garbage, impossible dates such as 29/02/2021, two-digit years —
 * throws GalatLkip naming the argument and the value.
 */
export function bacaNomorHari(masukan: unknown, argumen = 'tanggal'): number {
  if (typeof masukan === 'number') return nomorHariDariSerialExcel(masukan, argumen);
  if (typeof masukan === 'string') {
    const hasil = bacaTeksTanggal(masukan);
    if (hasil.nomor >= 0) return hasil.nomor;
    throw new GalatLkip(hasil.kode!, argumen, masukan, hasil.alasan!);
  }
  return bacaLainnya(masukan, argumen);
}

/** Read one date → {tahun, bulan, hari}. Same rules as {@link bacaNomorHari}. */
export function bacaTanggal(masukan: unknown, argumen = 'tanggal'): Tanggal {
  return tanggalDariNomorHari(bacaNomorHari(masukan, argumen));
}

function bacaLainnya(masukan: unknown, argumen: string): number {
  if (masukan === null || masukan === undefined) throw new GalatLkip('KOSONG', argumen, masukan, 'tanggal kosong.');
  if (masukan instanceof Desimal) return nomorHariDariSerialExcel(masukan.toNumber(), argumen);
  if (masukan instanceof Date) {
    const waktu = masukan.getTime();
    if (Number.isNaN(waktu)) throw new GalatLkip('BUKAN_TANGGAL', argumen, 'Invalid Date', 'bukan tanggal yang sah.');
    const hasil = dariBagian(masukan.getUTCFullYear(), masukan.getUTCMonth() + 1, masukan.getUTCDate());
    if (hasil.nomor >= 0) return hasil.nomor;
    throw new GalatLkip(hasil.kode!, argumen, masukan.toISOString(), hasil.alasan!);
  }
  if (typeof masukan === 'boolean') {
    throw new GalatLkip('BUKAN_TANGGAL', argumen, masukan, 'nilai logika (TRUE/FALSE), bukan tanggal.');
  }
  throw new GalatLkip('BUKAN_TANGGAL', argumen, masukan, `bukan tanggal (${CONTOH}).`);
}

/**
 * A date reader for many rows: numbers (serials, the common case) go through integer arithmetic,
 * text dates are parsed once per distinct string and cached (a price range repeats each date for
 * every commodity and kab/kota). Failures are cached too; each error still names its own row.
 */
export class PembacaTanggal {
  private readonly cache = new Map<string, HasilTeks>();

  /** Day number, or throws GalatLkip (as {@link bacaNomorHari}). */
  baca(masukan: unknown, argumen: string): number {
    if (typeof masukan === 'number') {
      const n = serialKeNomorHari(masukan);
      if (n >= 0) return n;
      throw galatSerial(masukan, argumen);
    }
    if (typeof masukan === 'string') {
      let hasil = this.cache.get(masukan);
      if (hasil === undefined) {
        hasil = bacaTeksTanggal(masukan);
        this.cache.set(masukan, hasil);
      }
      if (hasil.nomor >= 0) return hasil.nomor;
      throw new GalatLkip(hasil.kode!, argumen, masukan, hasil.alasan!);
    }
    return bacaLainnya(masukan, argumen);
  }

  /** Day number, or −1 when the value is not a date (no error object built: for header detection). */
  cobaBaca(masukan: unknown): number {
    if (typeof masukan === 'number') return serialKeNomorHari(masukan);
    try {
      return this.baca(masukan, 'tanggal');
    } catch {
      return -1;
    }
  }
}
