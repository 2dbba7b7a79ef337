/**
 * Stable IDs of Verifikasi findings: the check's code plus the slug of the indicator / item / table
 * name, never a row number, so a reviewer's note follows its finding when rows move.
 *
 *   TIDAK-DIUKUR:persentase-peningkatan-transaksi-produk-lokal-d-3f9a1c
 *   HARGA-TERTULIS:pokok:minyak-goreng
 */
import type { Tingkat } from './hasil';

/**
 * Every Verifikasi check: its code and the levels its findings may have. An ID is built only from a code of this
 * list (idTemuan takes a KodeTemuan); docs/pemeriksaan.md documents exactly these codes and levels
 * (test/report/pemeriksaanDokumen.test.ts), so a new check is one line here and one row there.
 */
export const KODE_TEMUAN = {
  // indicators (LKIP_Indikator, LKIP_Target, LKIP_Realisasi, …)
  'TIDAK-DIUKUR': ['peringatan'],
  'TARGET-KOSONG': ['peringatan'],
  'TARGET-NA': ['info'],
  DIBATASI: ['info'],
  'CAPAIAN-TERTULIS': ['info', 'peringatan', 'galat'],
  'INFLASI-BEDA': ['peringatan'],
  'NAMA-KOSONG': ['peringatan'],
  'NAMA-GANDA': ['peringatan'],
  'PILIHAN-TIDAK-DIKENAL': ['galat'],
  'CAPAIAN-GALAT': ['galat'],
  // any input cell
  'TEKS-ANGKA': ['peringatan'],
  'NILAI-TIDAK-TERBACA': ['galat'],
  // price lists (LKIP_Harga_<Grup>)
  'HARGA-TERTULIS': ['info', 'galat'],
  'HARGA-NEGATIF': ['galat'],
  'HARGA-LALU-NOL': ['galat'],
  'HARGA-KOSONG': ['galat'],
  // budget (LKIP_Anggaran, LKIP_Anggaran_<Sumber>)
  'ANGGARAN-PERSEN-TERTULIS': ['info', 'galat'],
  'ANGGARAN-TOTAL': ['galat'],
  'ANGGARAN-MELEBIHI-PAGU': ['peringatan'],
  'ANGGARAN-PAGU-NOL': ['peringatan'],
  'ANGGARAN-NEGATIF': ['galat'],
  // daily prices (LKIP_HargaHarian_<Grup>)
  'TANGGAL-TIDAK-TERBACA': ['galat'],
  'HARGA-TIDAK-TERBACA': ['galat'],
  'HARGA-TIDAK-POSITIF': ['galat'],
  'KOMODITAS-KOSONG': ['galat'],
  'BARIS-GANDA': ['peringatan'],
  'HARI-TANPA-DATA': ['peringatan'],
  'HARGA-HARIAN-KOSONG': ['peringatan'],
  'SATUAN-BERBEDA': ['peringatan'],
  'DATA-TAHUN-TIDAK-ADA': ['peringatan'],
  'HARGA-HARIAN-TANPA-PENGAMATAN': ['peringatan'],
  'GRUP-HARGA-GANDA': ['peringatan'],
  'DI-LUAR-PERIODE': ['info'],
  'KV-TIDAK-DIHITUNG': ['info'],
  'TEMUAN-DIPANGKAS': ['info'],
  // workbook names (a name defined twice, not in the contract, or left out)
  'NAMA-RENTANG': ['peringatan'],
  // the written report: narratives (Narasi LKIP) and what this Excel cannot do
  'NARASI-ANGKA-BERUBAH': ['peringatan'],
  'TEKS-DIPOTONG': ['peringatan'],
  'CETAK-TIDAK-DIDUKUNG': ['info'],
  'GRAFIK-TIDAK-DIDUKUNG': ['info'],
} as const satisfies Readonly<Record<string, readonly Tingkat[]>>;

export type KodeTemuan = keyof typeof KODE_TEMUAN;

/** Longest slug kept readable; longer names are cut and get a short hash of the full name. */
const PANJANG_SLUG = 40;
const ASCII = /^[ -~]*$/; // printable ASCII (other text goes the long way, which is always right)
/** A letter or digit outside ASCII, left after accents are taken off. */
const HURUF_LAIN = /[^ -~](?<=[\p{L}\p{N}])/u;

/** "Minyak Goreng (ltr)" → "minyak-goreng-ltr"; long names → first 40 characters + "-" + 6 hex of a hash. */
export function slug(teks: string): string {
  // ASCII text is its own NFKD form: the (costly) normalisation only for text with other characters.
  const ascii = ASCII.test(teks);
  const tanpaTanda = ascii ? teks : teks.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const dasar = rangkaiTanda(tanpaTanda.toLowerCase());
  if (!ascii && HURUF_LAIN.test(tanpaTanda)) {
    // Letters or digits of another script (Arab, Jawa, 中文) the slug cannot spell: a hash of the name as read
    // (NFKC, case and spaces folded) keeps two such names apart and the same name stable.
    const kunci = teks.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
    return `${dasar === '' ? 'u' : dasar.slice(0, PANJANG_SLUG).replace(/-+$/, '')}-${hashPendek(kunci)}`;
  }
  if (dasar === '') return 'tanpa-nama';
  if (dasar.length <= PANJANG_SLUG) return dasar;
  const potong = dasar.slice(0, PANJANG_SLUG).replace(/-+$/, '');
  return `${potong}-${hashPendek(dasar)}`;
}

/** Runs of characters other than a–z and 0–9 become one "-"; none at either end. */
function rangkaiTanda(teks: string): string {
  let hasil = '';
  let awal = -1; // start of the current run of kept characters
  for (let i = 0; i <= teks.length; i++) {
    const c = i < teks.length ? teks.charCodeAt(i) : -1;
    const dipakai = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (dipakai && awal < 0) awal = i;
    if (!dipakai && awal >= 0) {
      hasil += (hasil === '' ? '' : '-') + teks.slice(awal, i);
      awal = -1;
    }
  }
  return hasil;
}

/** FNV-1a 32-bit, 6 hex digits: deterministic, no dependency. */
function hashPendek(teks: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < teks.length; i++) {
    h ^= teks.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/** "KODE:kunci1:kunci2" from keys that are already slugs (see kunciUnik). */
export function idTemuan(kode: KodeTemuan, ...kunci: readonly string[]): string {
  return idBaris(kode, ...kunci);
}

/** The same ID rule for rows that are not findings (a narrative row: "NARASI:<indikator>"). */
export function idBaris(awalan: string, ...kunci: readonly string[]): string {
  return [awalan, ...kunci].join(':');
}

/**
 * Keys for items that share a name: the first keeps its slug, the next get "~2", "~3" (their order
 * among the namesakes, which does not change when unrelated rows are inserted).
 */
export function kunciUnik(nama: readonly string[]): string[] {
  const terlihat = new Map<string, number>();
  return nama.map((n) => {
    const s = slug(n);
    const ke = (terlihat.get(s) ?? 0) + 1;
    terlihat.set(s, ke);
    return ke === 1 ? s : `${s}~${ke}`;
  });
}
