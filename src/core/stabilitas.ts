/**
 * Price stability: the coefficient of variation ("koefisien variasi", KV) of a commodity's prices,
 * KV = S / p̄ × 100 %, as the source document writes it (Tabel 2.1, "KV_pt = S_n / p × 100%"), and the
 * group's mean KV. Published figures have 2 decimals (half-up); commodities whose published KV is
 * above a threshold (default 9 %) are marked.
 *
 * Which standard deviation S — an option, {@link JenisSimpangan}:
 * - `sampel` (default): S = √( Σ(x − p̄)² / (n − 1) ), the sample standard deviation. A year of
 *   observed prices is a sample of the market's prices; the Latin S conventionally names the sample
 *   standard deviation; the trade ministry's KV formula is taken to use it (issue 8); and it is what
 *   Excel's STDEV / STDEV.S returns, the function offices use when they compute the KV in their own
 *   sheets, so their figures and the add-in's agree.
 * - `populasi`: S = √( Σ(x − p̄)² / n ) (Excel's STDEVP / STDEV.P).
 * The source document writes "S_n" and does not define it (some textbooks write S_n for the
 * n-divisor form), so the choice is kept an option and shown in every derivation.
 * Example: prices 10, 12, 14 → p̄ = 12; sample S = 2 → KV 16,67; population S = 1,633 → KV 13,61.
 *
 * Exactness: the KV, S and p̄ are computed from exact integer moments (n, Σy, Σy² in BigInt, where
 * y = price × 10^d for the smallest d that makes every price an integer — d = 0 for Rupiah prices), so
 * the published figures are the exact half-up roundings of the true values: square roots are rounded
 * with an integer square root, never through binary floats or a truncated decimal. The KV is computed
 * from the exact S and p̄ (not from their published 2-decimal forms: 1,63 / 12 would give 13,58,
 * not 13,61); S and p̄ are published for display.
 */
import { bacaAngka, formatAngka, formatBulat, formatTerbit, type NilaiMasukan } from './angka';
import { Desimal, NOL } from './desimal';
import { GalatLkip } from './galat';
import { bacaPilihan, type Pilihan } from './opsi';
import { rataRataTerbit, type RataRataTerbit } from './harga';
import type { DataHargaHarian, KomoditasHarian } from './hargaHarian';

// ---------------------------------------------------------------------------------------------
// Exact moments

/**
 * Exact moments of a list of values x₁…xₙ, held as integers yᵢ = xᵢ × skala
 * (skala = 10^d for decimal data, or any positive integer): n, Σy and Σy².
 */
export interface Momen {
  readonly n: number;
  readonly skala: bigint;
  readonly jumlah: bigint;
  readonly jumlahKuadrat: bigint;
}

export const MOMEN_KOSONG: Momen = Object.freeze({ n: 0, skala: 1n, jumlah: 0n, jumlahKuadrat: 0n });

/** Moments of the union of two lists (rescaled to the larger scale when both are decimal). */
export function gabungMomen(a: Momen, b: Momen): Momen {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  if (a.skala === b.skala) {
    return { n: a.n + b.n, skala: a.skala, jumlah: a.jumlah + b.jumlah, jumlahKuadrat: a.jumlahKuadrat + b.jumlahKuadrat };
  }
  const skala = kpk(a.skala, b.skala);
  const fa = skala / a.skala;
  const fb = skala / b.skala;
  return {
    n: a.n + b.n,
    skala,
    jumlah: a.jumlah * fa + b.jumlah * fb,
    jumlahKuadrat: a.jumlahKuadrat * fa * fa + b.jumlahKuadrat * fb * fb,
  };
}

const DUA_31 = 2147483648;
/** The float sums of the fast path stay exact for up to 2²⁰ days (Σl² < 2²⁰ · 2³² < 2⁵³). */
const HARI_MAKS_CEPAT = 1 << 20;

/**
 * Moments of the observations kept in a day-indexed price array, days [dari, sampai). A day counts
 * when `baris[i] > 0`.
 *
 * Fast path (all Rupiah prices are integers below 2³¹): one float pass, exact because every partial
 * sum stays below 2⁵³: each price x is split as x = h·2¹⁶ + l and Σx, Σh², Σhl, Σl² are summed in
 * doubles (a year has 366 days at most: Σl² < 366·2³² < 2⁴¹; the fast path is used up to 2²⁰ days),
 * then Σx² = Σh²·2³² + Σhl·2¹⁷ + Σl² in BigInt.
 * Otherwise (a decimal price such as 10.950,5, or a price ≥ 2³¹) the exact path: each value is read as
 * the decimal it displays (the shortest decimal that round-trips the double, i.e. the number Excel
 * shows), the scale 10^d is taken from the values, and the moments are summed in BigInt.
 */
export function momenHarian(harga: Float64Array, baris: Int32Array, dari: number, sampai: number): Momen {
  if (sampai - dari > HARI_MAKS_CEPAT) return momenHarianTepat(harga, baris, dari, sampai);
  let n = 0;
  let s = 0;
  let hh = 0;
  let hl = 0;
  let ll = 0;
  for (let i = dari; i < sampai; i++) {
    if (baris[i] === 0) continue;
    const x = harga[i]!;
    // Stored prices are > 0: x | 0 equals x exactly for the integers below 2³¹.
    if ((x | 0) !== x) return momenHarianTepat(harga, baris, dari, sampai);
    const h = x >>> 16;
    const l = x & 0xffff;
    n++;
    s += x;
    hh += h * h;
    hl += h * l;
    ll += l * l;
  }
  if (n === 0) return MOMEN_KOSONG;
  return { n, skala: 1n, jumlah: BigInt(s), jumlahKuadrat: (BigInt(hh) << 32n) + (BigInt(hl) << 17n) + BigInt(ll) };
}

function momenHarianTepat(harga: Float64Array, baris: Int32Array, dari: number, sampai: number): Momen {
  const nilai: Desimal[] = [];
  for (let i = dari; i < sampai; i++) if (baris[i] !== 0) nilai.push(new Desimal(harga[i]!));
  return momenDariDesimal(nilai);
}

/** Exact moments of decimal values: scaled by 10^d, d = the most decimals any value has. */
export function momenDariDesimal(nilai: readonly Desimal[]): Momen {
  if (nilai.length === 0) return MOMEN_KOSONG;
  let d = 0;
  for (const v of nilai) d = Math.max(d, v.decimalPlaces());
  const faktor = new Desimal(10).pow(d);
  let jumlah = 0n;
  let jumlahKuadrat = 0n;
  for (const v of nilai) {
    const y = BigInt(v.times(faktor).toFixed(0));
    jumlah += y;
    jumlahKuadrat += y * y;
  }
  return { n: nilai.length, skala: 10n ** BigInt(d), jumlah, jumlahKuadrat };
}

/** Moments of integers given directly as BigInt (already scaled by `skala`). */
export function momenDariBulat(nilai: readonly bigint[], skala: bigint): Momen {
  let jumlah = 0n;
  let jumlahKuadrat = 0n;
  for (const y of nilai) {
    jumlah += y;
    jumlahKuadrat += y * y;
  }
  return { n: nilai.length, skala, jumlah, jumlahKuadrat };
}

// ---------------------------------------------------------------------------------------------
// Exact rounding of rationals and square roots

export function fpb(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function kpk(a: bigint, b: bigint): bigint {
  return (a / fpb(a, b)) * b;
}

/** ⌊√n⌋ for n ≥ 0 (Newton's method from above, exact for any size). */
export function akarBulat(n: bigint): bigint {
  if (n < 0n) throw new RangeError('akar bilangan negatif');
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const SERATUS_BULAT = 100n;

/** p / q rounded half-up (away from zero on a tie, as decimal.js ROUND_HALF_UP) to 2 decimals, exactly. */
export function terbitkanPecahan(p: bigint, q: bigint): Desimal {
  if (q === 0n) throw new RangeError('pembagi nol');
  const negatif = p < 0n !== q < 0n;
  const ap = p < 0n ? -p : p;
  const aq = q < 0n ? -q : q;
  const m = (2n * ap * SERATUS_BULAT + aq) / (2n * aq);
  return new Desimal((negatif && m !== 0n ? -m : m).toString()).div(100);
}

/**
 * √(p / q) rounded half-up to 2 decimals, exactly (p ≥ 0, q > 0). With y = 200·√(p/q), the published
 * value is ⌊(y + 1) / 2⌋ / 100 and ⌊y⌋ = ⌊√⌊40 000·p / q⌋⌋, an integer square root.
 */
export function akarPecahanTerbit(p: bigint, q: bigint): Desimal {
  const y = akarBulat((40000n * p) / q);
  return new Desimal(((y + 1n) / 2n).toString()).div(100);
}

function desimalDari(p: bigint, q: bigint): Desimal {
  return new Desimal(p.toString()).div(new Desimal(q.toString()));
}

const SKALA_AKAR = 10n ** 30n;

/** √(p / q) truncated to 30 decimals (for display and derivations; the published value is {@link akarPecahanTerbit}). */
export function akarPecahan(p: bigint, q: bigint): Desimal {
  return new Desimal(akarBulat((p * SKALA_AKAR * SKALA_AKAR) / q).toString()).div(SKALA_AKAR.toString());
}

// ---------------------------------------------------------------------------------------------
// Mean, standard deviation and KV of moments

/** sampel: divisor n − 1 (default); populasi: divisor n. See the module comment for why. */
export type JenisSimpangan = 'sampel' | 'populasi';

export const AMBANG_KV_BAWAAN = new Desimal(9);

export interface StatistikHarga {
  readonly jumlahData: number;
  /** Published mean p̄ (2 decimals) and its unrounded value (40 significant digits). S and KV likewise; their unrounded values are truncated at 30 decimals. */
  readonly rataRata: Desimal;
  readonly rataRataPenuh: Desimal;
  /** Published S and its unrounded value. */
  readonly simpanganBaku: Desimal;
  readonly simpanganBakuPenuh: Desimal;
  /** Published KV in percentage points and its unrounded value. */
  readonly kv: Desimal;
  readonly kvPenuh: Desimal;
  readonly jenis: JenisSimpangan;
  /** "KV = S / p̄ × 100% = 2 / 12 × 100% = 16,67% (simpangan baku sampel, n − 1; n = 3)" */
  readonly derivasi: string;
}

/**
 * Mean, standard deviation and KV of exact moments. Needs n ≥ 2 and a positive mean (callers
 * check and raise their own typed error; this throws GalatLkip too, naming `argumen`).
 */
export function statistikMomen(m: Momen, jenis: JenisSimpangan = 'sampel', argumen = 'harga'): StatistikHarga {
  if (m.n < 2) {
    throw new GalatLkip('KOSONG', argumen, `${m.n} nilai`, 'koefisien variasi memerlukan minimal 2 nilai harga.');
  }
  if (m.jumlah <= 0n) {
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, 'rata-rata ≤ 0', 'rata-rata harga harus lebih besar dari 0.');
  }
  const n = BigInt(m.n);
  // D = nΣy² − (Σy)² = n² × (population variance of y); never negative.
  const d = n * m.jumlahKuadrat - m.jumlah * m.jumlah;
  // Variance of x = D / (n · pembagi · skala²), pembagi = n − 1 (sampel) or n (populasi).
  const pembagi = jenis === 'sampel' ? n - 1n : n;
  const penyebutVarians = n * pembagi * m.skala * m.skala;
  // KV² = 10⁴ · var / p̄² = 10⁴ · D · n / (pembagi · (Σy)²).
  const pembilangKV2 = 10000n * d * n;
  const penyebutKV2 = pembagi * m.jumlah * m.jumlah;
  const rataRata = terbitkanPecahan(m.jumlah, n * m.skala);
  const rataRataPenuh = desimalDari(m.jumlah, n * m.skala);
  const simpanganBaku = akarPecahanTerbit(d, penyebutVarians);
  const simpanganBakuPenuh = akarPecahan(d, penyebutVarians);
  const kv = akarPecahanTerbit(pembilangKV2, penyebutKV2);
  const kvPenuh = akarPecahan(pembilangKV2, penyebutKV2);
  const teksJenis = jenis === 'sampel' ? 'simpangan baku sampel, n − 1' : 'simpangan baku populasi, n';
  return {
    jumlahData: m.n,
    rataRata,
    rataRataPenuh,
    simpanganBaku,
    simpanganBakuPenuh,
    kv,
    kvPenuh,
    jenis,
    derivasi: `KV = S / p̄ × 100% = ${formatRinci(simpanganBakuPenuh)} / ${formatRinci(rataRataPenuh)} × 100% = ${formatTerbit(kv)}% (${teksJenis}; n = ${formatBulat(m.n)})`,
  };
}

/** Up to 4 decimals, trailing zeros dropped: "1,633", "12", "10.136,9863". For derivations only. */
function formatRinci(nilai: Desimal): string {
  const r = nilai.toDecimalPlaces(4, Desimal.ROUND_HALF_UP);
  return formatAngka(r, r.decimalPlaces());
}

// ---------------------------------------------------------------------------------------------
// LKIP.KV(harga): the KV of a list of values

export interface OpsiKoefisienVariasi {
  readonly simpangan?: JenisSimpangan;
  /** Name of the argument in messages (default "harga"). */
  readonly argumen?: string;
}

export interface HasilKoefisienVariasi extends StatistikHarga {
  /** Published KV (2 decimals), percentage points: 16,67 means 16,67 %. */
  readonly nilai: Desimal;
}

/**
 * KV of a list of prices (the future cell function `LKIP.KV(harga)`): blanks, "-" and "NA" are
 * skipped (no observation); every other value must be a number > 0 (Indonesian text such as
 * "10.950" is read with {@link bacaAngka}); fewer than 2 values → GalatLkip (KOSONG). Exact.
 */
export function koefisienVariasi(nilai: readonly NilaiMasukan[], opsi: OpsiKoefisienVariasi = {}): HasilKoefisienVariasi {
  const argumen = opsi.argumen ?? 'harga';
  const terbaca: Desimal[] = [];
  nilai.forEach((v, i) => {
    const hasil = bacaAngka(v, `${argumen}[${i + 1}]`);
    if (hasil.jenis !== 'angka') return;
    if (hasil.nilai.lte(NOL)) {
      throw new GalatLkip('NILAI_DI_LUAR_BATAS', `${argumen}[${i + 1}]`, v, 'harga harus lebih besar dari 0.');
    }
    terbaca.push(hasil.nilai);
  });
  if (terbaca.length < 2) {
    throw new GalatLkip(
      'KOSONG',
      argumen,
      `${terbaca.length} nilai`,
      'koefisien variasi memerlukan minimal 2 nilai harga (sel kosong, "-" dan "NA" dilewati).',
    );
  }
  const statistik = statistikMomen(momenDariDesimal(terbaca), opsi.simpangan ?? 'sampel', argumen);
  return { ...statistik, nilai: statistik.kv };
}

// ---------------------------------------------------------------------------------------------
// Option readers

/** "sampel" (default; also "n-1", "STDEV.S") or "populasi" ("n", "STDEV.P"); empty → sampel. */
export const PILIHAN_SIMPANGAN: Pilihan<JenisSimpangan> = Object.freeze({
  kamus: Object.freeze({
    sampel: 'sampel',
    sample: 'sampel',
    s: 'sampel',
    'n-1': 'sampel',
    'n−1': 'sampel',
    stdev: 'sampel',
    'stdev.s': 'sampel',
    populasi: 'populasi',
    population: 'populasi',
    p: 'populasi',
    n: 'populasi',
    stdevp: 'populasi',
    'stdev.p': 'populasi',
  }),
  bawaan: 'sampel',
  kunci: (t: string) => t.trim().toLowerCase().replace(/\s+/g, ''),
  saran: 'pilih "sampel" (n − 1, baku) atau "populasi" (n) untuk simpangan baku.',
});

export function bacaJenisSimpangan(masukan: unknown, argumen = 'simpangan'): JenisSimpangan {
  return bacaPilihan(masukan, argumen, PILIHAN_SIMPANGAN);
}

/** The KV threshold in percentage points (> 0); empty → 9. */
export function bacaAmbangKV(masukan: unknown, argumen = 'batas KV'): Desimal {
  const terbaca = bacaAngka(masukan, argumen);
  if (terbaca.jenis === 'kosong') return AMBANG_KV_BAWAAN;
  if (terbaca.jenis !== 'angka') throw new GalatLkip('BUKAN_ANGKA', argumen, masukan, 'isi angka batas KV (misalnya 9).');
  if (terbaca.nilai.lte(NOL)) throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'batas KV harus lebih besar dari 0.');
  return terbaca.nilai;
}

// ---------------------------------------------------------------------------------------------
// Stabilitas Harga of a daily price group

/**
 * What one value of the KV is:
 * - `pengamatan` (default): every valid observation of the report year, every day and every kab/kota,
 *   is one value; p̄ is then the annual average of method "semua". Equals LKIP.KV over the price column.
 * - `harian`: first each day's mean over the kab/kota observed that day, then the KV of those daily
 *   means: stability over time only ("antarwaktu"), without the price differences between kab/kota.
 * With one series per commodity (Kab/Kota empty) both are the same.
 */
export type DasarKV = 'pengamatan' | 'harian';

export interface OpsiStabilitas {
  readonly simpangan?: JenisSimpangan;
  /** Threshold in percentage points; a commodity whose published KV is above it (strictly) is marked. Default 9. */
  readonly ambang?: Desimal | number;
  readonly dasar?: DasarKV;
}

export interface KVKomoditas extends StatistikHarga {
  readonly nama: string;
  readonly satuan: string;
  /** Published KV > ambang. */
  readonly diAtasAmbang: boolean;
}

export interface HasilStabilitas {
  readonly tahun: number;
  readonly simpangan: JenisSimpangan;
  readonly dasar: DasarKV;
  readonly ambang: Desimal;
  /** Commodities with a KV, in the order of the data. */
  readonly komoditas: readonly KVKomoditas[];
  /** Commodities without a KV (fewer than 2 values in the report year), with the reason. */
  readonly tidakDihitung: readonly { readonly nama: string; readonly satuan: string; readonly alasan: string }[];
  /** Mean of the published KVs, published (core's rataRataTerbit); null when no commodity has a KV. */
  readonly rataRataKV: RataRataTerbit | null;
  readonly jumlahDiAtasAmbang: number;
}

/** KV per commodity for the report year, the group's mean KV, the commodities above the threshold. */
export function stabilitasHarga(data: DataHargaHarian, opsi: OpsiStabilitas = {}): HasilStabilitas {
  const simpangan = opsi.simpangan ?? 'sampel';
  const dasar = opsi.dasar ?? 'pengamatan';
  const ambang = opsi.ambang === undefined ? AMBANG_KV_BAWAAN : new Desimal(opsi.ambang);
  if (!ambang.isFinite() || ambang.lte(NOL)) {
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', 'batas KV', ambang.toString(), 'batas KV harus lebih besar dari 0.');
  }
  const dari = data.jumlahHariLalu;
  const sampai = data.jumlahHari;
  const komoditas: KVKomoditas[] = [];
  const tidakDihitung: { nama: string; satuan: string; alasan: string }[] = [];
  for (const k of data.komoditas) {
    const m = dasar === 'harian' ? momenRataRataHarian(k, dari, sampai) : momenKomoditas(k, 1);
    if (m.n < 2) {
      const satuanData = dasar === 'harian' ? 'hari' : 'pengamatan';
      tidakDihitung.push({
        nama: k.nama,
        satuan: k.satuan,
        alasan: `hanya ${m.n} ${satuanData} yang sah pada tahun ${data.tahun}; KV memerlukan minimal 2.`,
      });
      continue;
    }
    const statistik = statistikMomen(m, simpangan, `${k.nama} ${data.tahun}`);
    komoditas.push({ ...statistik, nama: k.nama, satuan: k.satuan, diAtasAmbang: statistik.kv.gt(ambang) });
  }
  return {
    tahun: data.tahun,
    simpangan,
    dasar,
    ambang,
    komoditas,
    tidakDihitung,
    rataRataKV:
      komoditas.length === 0
        ? null
        : rataRataTerbit(
            komoditas.map((k) => k.kv),
            'KV komoditas',
          ),
    jumlahDiAtasAmbang: komoditas.filter((k) => k.diAtasAmbang).length,
  };
}

/** Every kept observation of the commodity in a year (0 = the year before, 1 = the report year), all kab/kota. */
export function momenKomoditas(k: KomoditasHarian, indeksTahun: 0 | 1): Momen {
  let m = MOMEN_KOSONG;
  for (const seri of k.seri) m = gabungMomen(m, seri.momenTahun[indeksTahun]);
  return m;
}

/**
 * The daily means over kab/kota as exact moments. Day d's mean is s_d / c_d (sum and count of that
 * day's observations); all means are brought to one integer scale L = lcm(c_d) (and 10^k for decimal
 * prices), which leaves the KV unchanged and keeps everything exact.
 */
function momenRataRataHarian(k: KomoditasHarian, dari: number, sampai: number): Momen {
  const panjang = sampai - dari;
  const hitung = new Int32Array(panjang);
  let bulat = true;
  const jumlahFloat = new Float64Array(panjang);
  for (const seri of k.seri) {
    for (let i = 0; i < panjang; i++) {
      if (seri.baris[dari + i] === 0) continue;
      const x = seri.harga[dari + i]!;
      hitung[i]!++;
      jumlahFloat[i]! += x;
      if (!(x < DUA_31) || x !== Math.floor(x)) bulat = false;
    }
  }
  // Decimal or very large prices: exact sums per day in BigInt at a common scale 10^d.
  let skala = 1n;
  let jumlahHari: bigint[];
  if (bulat) {
    // Each day's sum of at most a few hundred integers below 2³¹ is exact in a double.
    jumlahHari = Array.from(jumlahFloat, (s) => BigInt(s));
  } else {
    let d = 0;
    for (const seri of k.seri)
      for (let i = dari; i < sampai; i++) if (seri.baris[i] !== 0) d = Math.max(d, new Desimal(seri.harga[i]!).decimalPlaces());
    const faktor = new Desimal(10).pow(d);
    skala = 10n ** BigInt(d);
    jumlahHari = new Array<bigint>(panjang).fill(0n);
    for (const seri of k.seri)
      for (let i = 0; i < panjang; i++)
        if (seri.baris[dari + i] !== 0) jumlahHari[i]! += BigInt(new Desimal(seri.harga[dari + i]!).times(faktor).toFixed(0));
  }
  let l = 1n;
  for (let i = 0; i < panjang; i++) if (hitung[i]! > 1) l = kpk(l, BigInt(hitung[i]!));
  const nilai: bigint[] = [];
  for (let i = 0; i < panjang; i++) {
    const c = hitung[i]!;
    if (c > 0) nilai.push(jumlahHari[i]! * (l / BigInt(c)));
  }
  return momenDariBulat(nilai, skala * l);
}
