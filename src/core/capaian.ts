/**
 * Capaian (achievement) of one indicator, in percentage points (88,64 means 88,64 %).
 *
 * - positif:  realisasi / target × 100                       (the document's "Realisasi/Rencana × 100%")
 * - negatif:  (2 × target − realisasi) / target × 100, ≥ 0   (PermenPANRB 8/2021, "kondisi khusus"; Prov. Lampung)
 * - negatif-rasio: target / realisasi × 100                  (Kab. Manggarai Timur 2019: 9,20 / 9,53 → 96,54);
 *   realisasi 0 is a PEMBAGI_NOL error (use "negatif" where 0 can happen), a negative realisasi is refused
 * - range target "80–90": inside → 100; above → the upper bound is the target; below → the lower bound
 *   (PermenPANRB, negatif: target 7–8, realisasi 6,5 → (14 − 6,5)/7 = 107,14; 9 → (16 − 9)/8 = 87,50)
 * - cap (batas): default 100 ("melebihi target tetap dihitung 100%"), any number, or none
 * - target NA: by policy tercapai (100) / dikecualikan / galat
 * - no realisasi: "tidak diukur", left out of the average
 *
 * Chaining rule: target and realisasi are first rounded to their published two decimals
 * (a realisasi of 1,0787 is published, and used, as 1,08), and the capaian is published rounded.
 */
import { angkaTeksCepat, bacaAngka, formatTerbit, type NilaiMasukan } from './angka';
import { Desimal, NOL, SERATUS, persenDari, terbitkan } from './desimal';
import { GalatLkip } from './galat';
import { BATAS_BAWAAN, type BatasCapaian, type KebijakanTargetNA, type Polaritas } from './opsi';

export interface OpsiCapaian {
  readonly polaritas?: Polaritas;
  /** Cap in percentage points; null = no cap. Default 100. */
  readonly batas?: BatasCapaian;
  readonly kebijakanNA?: KebijakanTargetNA;
}

export type Target =
  | { readonly jenis: 'tunggal'; readonly nilai: Desimal }
  | { readonly jenis: 'rentang'; readonly bawah: Desimal; readonly atas: Desimal }
  | { readonly jenis: 'NA' }
  | { readonly jenis: 'kosong' };

export type HasilCapaian =
  | {
      readonly status: 'diukur';
      /** Published capaian (after cap and floor), 2 decimals. */
      readonly nilai: Desimal;
      /** Published capaian before cap and floor: 179,40 for a capaian counted as 100. */
      readonly nilaiSebelumBatas: Desimal;
      readonly dibatasi: boolean;
      readonly targetNA: boolean;
      /** The target and realisasi as used (published), for display. */
      readonly realisasi: Desimal;
      readonly derivasi: string;
    }
  | { readonly status: 'tidak_diukur' | 'dikecualikan'; readonly alasan: string; readonly derivasi: string };

const POLA_RENTANG = /^\s*(\d[\d.,]*)\s*(?:–|—|-|s\.?\s?d\.?|s\/d|sampai)\s*(\d[\d.,]*)\s*%?\s*$/i;

/** Read a target: a number, a range ("80–90", "80-90", "80 s.d. 90", or a pair), NA or empty. */
export function bacaTarget(masukan: NilaiMasukan | readonly [NilaiMasukan, NilaiMasukan], argumen = 'target'): Target {
  if (Array.isArray(masukan)) {
    const [a, b] = masukan as readonly [NilaiMasukan, NilaiMasukan];
    return rentang(tepiRentang(a, `${argumen} (batas 1)`), tepiRentang(b, `${argumen} (batas 2)`), argumen, masukan);
  }
  if (typeof masukan === 'string') {
    const cocok = POLA_RENTANG.exec(masukan);
    if (cocok)
      return rentang(
        tepiRentang(cocok[1], `${argumen} (batas bawah)`),
        tepiRentang(cocok[2], `${argumen} (batas atas)`),
        argumen,
        masukan,
      );
  }
  const terbaca = bacaAngka(masukan, argumen);
  if (terbaca.jenis === 'NA') return { jenis: 'NA' };
  if (terbaca.jenis === 'kosong' || terbaca.jenis === 'strip') return { jenis: 'kosong' };
  if (terbaca.nilai.isNegative()) {
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'target negatif tidak dapat dipakai dalam rumus capaian.');
  }
  return { jenis: 'tunggal', nilai: terbitkan(terbaca.nilai) };
}

function tepiRentang(masukan: unknown, argumen: string): Desimal {
  const terbaca = bacaAngka(masukan, argumen);
  if (terbaca.jenis !== 'angka') throw new GalatLkip('BUKAN_ANGKA', argumen, masukan, 'batas rentang target harus angka.');
  if (terbaca.nilai.isNegative())
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'batas rentang target tidak boleh negatif.');
  return terbitkan(terbaca.nilai);
}

function rentang(a: Desimal, b: Desimal, argumen: string, asli: unknown): Target {
  if (a.eq(b)) return { jenis: 'tunggal', nilai: a };
  if (a.gt(b))
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, tampilPasangan(asli), 'batas bawah rentang lebih besar dari batas atas.');
  return { jenis: 'rentang', bawah: a, atas: b };
}

function tampilPasangan(asli: unknown): unknown {
  return Array.isArray(asli) ? asli.map(String).join(' – ') : asli;
}

/** Capaian of one indicator. Throws GalatLkip for bad input; never returns NaN or Infinity. */
export function hitungCapaian(
  targetMasukan: NilaiMasukan | readonly [NilaiMasukan, NilaiMasukan] | Target,
  realisasiMasukan: NilaiMasukan,
  opsi: OpsiCapaian = {},
): HasilCapaian {
  const polaritas = opsi.polaritas ?? 'positif';
  const batas = opsi.batas === undefined ? BATAS_BAWAAN : opsi.batas;
  const target = adalahTarget(targetMasukan) ? targetMasukan : bacaTarget(targetMasukan);
  const realisasiTerbaca = bacaAngka(realisasiMasukan, 'realisasi');

  if (realisasiTerbaca.jenis !== 'angka') {
    const alasan = realisasiTerbaca.jenis === 'NA' ? 'realisasi NA' : 'realisasi belum diisi';
    return { status: 'tidak_diukur', alasan, derivasi: `${alasan} → tidak diukur` };
  }
  const realisasi = terbitkan(realisasiTerbaca.nilai);

  switch (target.jenis) {
    case 'kosong':
      return { status: 'tidak_diukur', alasan: 'target belum diisi', derivasi: 'target belum diisi → tidak diukur' };
    case 'NA': {
      const kebijakan = opsi.kebijakanNA ?? 'tercapai';
      if (kebijakan === 'galat') {
        throw new GalatLkip('TARGET_NA', 'target', 'NA', 'target NA tidak diterima (kebijakan target NA = galat).');
      }
      if (kebijakan === 'dikecualikan') {
        return { status: 'dikecualikan', alasan: 'target NA', derivasi: 'target NA → dikecualikan dari rata-rata' };
      }
      return {
        status: 'diukur',
        nilai: SERATUS,
        nilaiSebelumBatas: SERATUS,
        dibatasi: false,
        targetNA: true,
        realisasi,
        derivasi: 'target NA → dianggap tercapai 100%',
      };
    }
    case 'tunggal':
      return selesaikan(rumusTunggal(target.nilai, realisasi, polaritas), realisasi, batas);
    case 'rentang':
      return selesaikan(rumusRentang(target, realisasi, polaritas), realisasi, batas);
  }
}

/**
 * The capaian of a single or range target before any rounding, floor or cap: realisasi / target × 100,
 * (2 × target − realisasi) / target × 100 or target / realisasi × 100 by polaritas, on the published realisasi.
 * For checks that ask how a printed figure was rounded (./tertulis). Throws GalatLkip as hitungCapaian does.
 */
export function capaianMentah(
  target: Extract<Target, { readonly jenis: 'tunggal' | 'rentang' }>,
  realisasi: Desimal,
  polaritas: Polaritas,
): { readonly nilai: Desimal; readonly rumus: string } {
  const r = terbitkan(realisasi);
  return target.jenis === 'tunggal' ? rumusTunggal(target.nilai, r, polaritas) : rumusRentang(target, r, polaritas);
}

export function adalahTarget(x: unknown): x is Target {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Desimal) && 'jenis' in x;
}

interface Mentah {
  readonly nilai: Desimal;
  readonly rumus: string;
}

function rumusTunggal(target: Desimal, realisasi: Desimal, polaritas: Polaritas): Mentah {
  const t = formatTerbit(target);
  const r = formatTerbit(realisasi);
  if (polaritas === 'positif') {
    if (target.isZero()) {
      throw new GalatLkip(
        'PEMBAGI_NOL',
        'target',
        0,
        'target 0 dengan polaritas positif tidak dapat dibagi; periksa target atau gunakan polaritas negatif.',
      );
    }
    return { nilai: persenDari(realisasi, target), rumus: `${r} / ${t} × 100%` };
  }
  if (target.isZero()) {
    // Lower is better and the target is zero: met exactly when nothing happened (both negative formulas).
    const nilai = realisasi.lte(NOL) ? SERATUS : NOL;
    return { nilai, rumus: `target 0 (semakin rendah semakin baik), realisasi ${r}` };
  }
  if (polaritas === 'negatif-rasio') return rumusNegatifRasio(target, realisasi);
  return { nilai: persenDari(target.times(2).minus(realisasi), target), rumus: `(2 × ${t} − ${r}) / ${t} × 100%` };
}

/** target / realisasi × 100 for a target > 0. Realisasi 0 would be infinite and a negative one meaningless: errors. */
function rumusNegatifRasio(target: Desimal, realisasi: Desimal): Mentah {
  if (realisasi.isZero()) {
    throw new GalatLkip(
      'PEMBAGI_NOL',
      'realisasi',
      0,
      'realisasi 0 dengan polaritas negatif-rasio (target / realisasi) tidak dapat dibagi; ' +
        'gunakan polaritas "negatif" ((2 × target − realisasi) / target) untuk indikator yang realisasinya bisa 0.',
    );
  }
  if (realisasi.isNegative()) {
    throw new GalatLkip(
      'NILAI_DI_LUAR_BATAS',
      'realisasi',
      realisasi,
      'realisasi negatif tidak bermakna untuk polaritas negatif-rasio (target / realisasi); gunakan polaritas "negatif".',
    );
  }
  return {
    nilai: persenDari(target, realisasi),
    rumus: `${formatTerbit(target)} / ${formatTerbit(realisasi)} × 100%`,
  };
}

function rumusRentang(target: { bawah: Desimal; atas: Desimal }, realisasi: Desimal, polaritas: Polaritas): Mentah {
  const teksRentang = `${formatTerbit(target.bawah)}–${formatTerbit(target.atas)}`;
  if (realisasi.gte(target.bawah) && realisasi.lte(target.atas)) {
    return { nilai: SERATUS, rumus: `realisasi ${formatTerbit(realisasi)} dalam rentang target ${teksRentang}` };
  }
  const diAtas = realisasi.gt(target.atas);
  const dipakai = diAtas ? target.atas : target.bawah;
  const dasar = rumusTunggal(dipakai, realisasi, polaritas);
  const keterangan = diAtas ? 'di atas rentang, dipakai batas atas' : 'di bawah rentang, dipakai batas bawah';
  return { nilai: dasar.nilai, rumus: `target ${teksRentang} (${keterangan}): ${dasar.rumus}` };
}

function selesaikan(mentah: Mentah, realisasi: Desimal, batas: BatasCapaian): HasilCapaian {
  const sebelumBatas = terbitkan(mentah.nilai);
  let nilai = sebelumBatas;
  let derivasi = `${mentah.rumus} = ${formatTerbit(sebelumBatas)}%`;
  let dibatasi = false;
  if (nilai.isNegative()) {
    nilai = NOL;
    dibatasi = true;
    derivasi += ' → dihitung 0% (capaian tidak negatif)';
  } else if (batas !== null && nilai.gt(batas)) {
    nilai = terbitkan(batas);
    dibatasi = true;
    derivasi += ` → dihitung ${formatTerbit(nilai)}% (melebihi target)`;
  }
  return { status: 'diukur', nilai, nilaiSebelumBatas: sebelumBatas, dibatasi, targetNA: false, realisasi, derivasi };
}

// ---------------------------------------------------------------------------------------------
// Value only, fast: the published capaian as a number (for cells, a million at a time)

/** An indicator without a capaian: not measured, or excluded (target NA under that policy). */
export type CapaianTanpaNilai = Extract<HasilCapaian, { readonly status: 'tidak_diukur' | 'dikecualikan' }>;

/**
 * The published capaian of one indicator as a number, value only: exactly `hitungCapaian(…).nilai.toNumber()`
 * (88.64 for 88,64 %), or the same not-measured result, or the same GalatLkip thrown; no derivation text and,
 * on the fast path, no Desimal. For the cell function, which shows nothing but the value.
 *
 * Fast path (target and realisasi are numbers, as Excel hands a number cell; a single target > 0): the same
 * formula as {@link hitungCapaian} on exact integers. Both are published first, to hundredths T = t × 100 and
 * R = r × 100 ({@link seratusanTerbit}: exact half-up of the number as Excel shows it, 1,005 → 1,01); then
 *   positif  capaian × 100 = round_half_up(R × 10⁴ / T)          (realisasi / target × 100)
 *   negatif  capaian × 100 = round_half_up((2T − R) × 10⁴ / T)   ((2 × target − realisasi) / target × 100)
 *   negatif-rasio  capaian × 100 = round_half_up(T × 10⁴ / R), R > 0   (target / realisasi × 100)
 * in integer arithmetic below 2⁵³ ({@link bagiSetengahNaik}), then the floor at 0 and the cap, compared and
 * published in hundredths as well. Everything else — text, ranges, NA, target 0, a value within rounding
 * distance of a tie, magnitudes that could leave 2⁵³ — takes {@link hitungCapaian} itself. Equality with the
 * decimal path for every input is a property test (test/functions/capaianCepat.test.ts).
 */
export function nilaiCapaian(
  targetMasukan: NilaiMasukan | readonly [NilaiMasukan, NilaiMasukan] | Target,
  realisasiMasukan: NilaiMasukan,
  opsi: OpsiCapaian = {},
): number | CapaianTanpaNilai {
  // Numbers typed as plain text ("44,32") take the same fast path as the numbers they are (issue 17: a column of
  // text numbers within 2× of plain numbers).
  const t = typeof targetMasukan === 'number' ? targetMasukan : angkaTeksCepat(targetMasukan);
  const r = typeof realisasiMasukan === 'number' ? realisasiMasukan : angkaTeksCepat(realisasiMasukan);
  if (t === t && r === r) {
    const cepat = nilaiCapaianCepat(t, r, opsi);
    if (cepat === cepat) return cepat; // not NaN: the fast path applied
  }
  const hasil = hitungCapaian(targetMasukan, realisasiMasukan, opsi);
  return hasil.status === 'diukur' ? hasil.nilai.toNumber() : hasil;
}

/** Integers below this stay exact in a double, and so do sums and products of the fast path's operands. */
const BULAT_AMAN = 2 ** 52;
/** |x × 100| below this: the tie test of seratusanTerbit separates every tie by more than its error bound. */
const SERATUSAN_MAKS = 2 ** 50;

/**
 * The fast path of {@link nilaiCapaian} alone: the published capaian of a single numeric target and realisasi,
 * or NaN when the fast path does not apply (then hitungCapaian decides: an error, a range, a near-tie …).
 */
export function nilaiCapaianCepat(target: number, realisasi: number, opsi: OpsiCapaian = {}): number {
  const polaritas = opsi.polaritas ?? 'positif';
  const batas = opsi.batas;
  const t = seratusanTerbit(target);
  const r = seratusanTerbit(realisasi);
  // NaN compares false: a value off the fast path, a target ≤ 0, or −0 (whose sign decimal.js keeps) leaves here.
  if (!(t > 0) || !(r === r) || (r === 0 && 1 / r < 0)) return Number.NaN;
  // target / realisasi: a realisasi ≤ 0 is an error hitungCapaian reports.
  if (polaritas === 'negatif-rasio' && !(r > 0)) return Number.NaN;
  const pembilang = (polaritas === 'positif' ? r : polaritas === 'negatif' ? 2 * t - r : t) * 10_000;
  if (!(pembilang < BULAT_AMAN && pembilang > -BULAT_AMAN)) return Number.NaN;
  // A negative quotient (even one published as −0,00) is counted 0, before and without the cap, as in selesaikan.
  if (pembilang < 0) return 0;
  const sebelumBatas = bagiSetengahNaik(pembilang, polaritas === 'negatif-rasio' ? r : t);
  const cap = batas === undefined ? BATAS_SERATUSAN_BAWAAN : batasSeratusan(batas);
  if (cap !== null && sebelumBatas > cap.lantai) return cap.terbit / 100;
  return sebelumBatas / 100; // the double nearest to the 2-decimal value, as Desimal.toNumber() gives
}

/**
 * A number published to 2 decimals half-up, in hundredths: round_half_up(x × 100) for the decimal x shows as
 * (its shortest round-trip text, which is what decimal.js reads: 1.005 is 1,005 → 101, not 100.49999… → 100).
 * NaN when that cannot be told safely from the double x × 100: non-finite, |x × 100| ≥ 2⁵⁰, or within
 * |x × 100| · 2⁻⁵¹ of a tie k + ½. Why that suffices: the decimal d differs from x by at most half an ulp
 * (≤ |x|·2⁻⁵³) and the product x × 100 is rounded once more (≤ |100x|·2⁻⁵³), so |fl(100x) − 100d| ≤ |100x|·2⁻⁵²;
 * away from a tie by more than that, 100d and fl(100x) round to the same integer. (y − Math.round(y) is exact.)
 */
export function seratusanTerbit(x: number): number {
  const y = x * 100;
  if (!(y < SERATUSAN_MAKS && y > -SERATUSAN_MAKS)) return Number.NaN;
  const bulat = Math.round(y);
  const jarakKeTengah = Math.abs(Math.abs(y - bulat) - 0.5);
  if (jarakKeTengah <= Math.abs(y) * 2 ** -51) return Number.NaN;
  return bulat;
}

/**
 * round_half_up(n / d) for integers 0 ≤ n < 2⁵², 0 < d < 2⁵². The float quotient is within 1 of the true one,
 * so one correction step makes the remainder exact (q × d < n + d < 2⁵³).
 */
function bagiSetengahNaik(n: number, d: number): number {
  let q = Math.floor(n / d);
  let sisa = n - q * d;
  if (sisa < 0) {
    q -= 1;
    sisa += d;
  } else if (sisa >= d) {
    q += 1;
    sisa -= d;
  }
  return 2 * sisa >= d ? q + 1 : q;
}

/** A cap in hundredths: a capaian C (hundredths) exceeds it when C > lantai; it is then counted as terbit. */
interface BatasSeratusan {
  /** floor(batas × 100): for an integer C, C > batas × 100 exactly when C > lantai. */
  readonly lantai: number;
  /** The published cap, terbitkan(batas) × 100. */
  readonly terbit: number;
}

const BATAS_SERATUSAN_BAWAAN: BatasSeratusan = Object.freeze({ lantai: 10_000, terbit: 10_000 });
const batasSeratusanTersimpan = new WeakMap<Desimal, BatasSeratusan>();

/** The cap in hundredths, worked out once per cap value (a WeakMap on the Desimal); null: no cap. */
function batasSeratusan(batas: Desimal | null): BatasSeratusan | null {
  if (batas === null) return null;
  if (batas === BATAS_BAWAAN) return BATAS_SERATUSAN_BAWAAN;
  let hasil = batasSeratusanTersimpan.get(batas);
  if (!hasil) {
    // Above 2⁵² the cap is never reached on the fast path (C < 2⁵²), and a float compare says so.
    hasil = { lantai: batas.times(100).floor().toNumber(), terbit: terbitkan(batas).times(100).toNumber() };
    batasSeratusanTersimpan.set(batas, hasil);
  }
  return hasil;
}
