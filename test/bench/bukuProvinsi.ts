/**
 * A synthetic province workbook for the benchmark, deterministic (no random source): what a provincial
 * trade office keeps for one LKIP year.
 *
 * - Indikator: 1 000 indicators (LKIP_Indikator, _Target, _Realisasi, _Satuan, _Polaritas), every 10th "negatif",
 *   every 50th target "NA", every 97th realisasi empty; LKIP_Instansi, LKIP_Tahun = 2022.
 * - Anggaran: 5 000 budget rows (Program, Pagu, Realisasi) under a header (LKIP_Anggaran).
 * - Two daily price groups (LKIP_HargaHarian_Pokok, LKIP_HargaHarian_Penting): 60 commodities × 22 kab/kota ×
 *   730 days (1 January 2021 – 31 December 2022, Excel serial dates) = 963 600 rows each under a header
 *   (Tanggal, Komoditas, Satuan, Kab/Kota, Harga), day by day as a price system exports them. Prices are whole
 *   Rupiah (multiples of 50) with a seasonal swing, a trend, a kab/kota level and noise; one row in 100 003
 *   has the price 0 (a finding for the Verifikasi sheet).
 *
 * The same workbook three ways: as RentangBernama (the engine's input, for the in-memory port), as the raw
 * price rows (for the float floor), and as a fake Office.js host (virtual read-only sheets for the price rows).
 */
import type { NilaiSel } from '../../src/report/lembar';
import type { RentangBernama } from '../../src/report/port';
import { BukuPalsu } from '../excel/host';

export const TAHUN = 2022;
export const JUMLAH_INDIKATOR = 1_000;
export const JUMLAH_ANGGARAN = 5_000;
export const KOMODITAS = 60;
export const KAB_KOTA = 22;
export const HARI = 730;
/** Excel serial of 1 January 2021 (the first day of the year before the report year). */
export const SERIAL_AWAL = 44_197;
export const GRUP = ['Pokok', 'Penting'] as const;
export const BARIS_HARIAN = KOMODITAS * KAB_KOTA * HARI;
export const JUDUL_HARIAN = ['Tanggal', 'Komoditas', 'Satuan', 'Kab/Kota', 'Harga'] as const;

const SATUAN = ['kg', 'liter', 'kg', 'kg', 'buah', 'kg'] as const;
const namaKomoditas = (g: number, c: number) => `${GRUP[g]} ${String(c + 1).padStart(2, '0')}`;
const namaKab = (k: number) => (k < 2 ? `Kota ${k === 0 ? 'Kupang' : 'Atambua'}` : `Kab. ${String(k - 1).padStart(2, '0')}`);

/** A small integer hash (xorshift-multiply), deterministic noise without a random source. */
function acak(a: number, b: number, c: number): number {
  let h = (a * 73_856_093) ^ (b * 19_349_663) ^ (c * 83_492_791);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return ((h ^ (h >>> 16)) >>> 0) / 4_294_967_296;
}

/** One daily price row of group g; row 0 is the header. Whole Rupiah. */
export function selHarian(g: number, r: number, kolom: number): NilaiSel {
  if (r === 0) return JUDUL_HARIAN[kolom]!;
  const i = r - 1;
  const c = i % KOMODITAS;
  const k = Math.floor(i / KOMODITAS) % KAB_KOTA;
  const d = Math.floor(i / (KOMODITAS * KAB_KOTA));
  switch (kolom) {
    case 0:
      return SERIAL_AWAL + d;
    case 1:
      return namaKomoditas(g, c);
    case 2:
      return SATUAN[c % SATUAN.length]!;
    case 3:
      return namaKab(k);
    default: {
      if (r % 100_003 === 0) return 0;
      const dasar = 2_000 + ((c * 7_919 + g * 104_729) % 150) * 1_000;
      const musim = 1 + 0.04 * Math.sin((2 * Math.PI * d) / 365 + c);
      const tren = 1 + (0.05 * d) / HARI;
      const kab = 1 + (((k * 37) % 11) - 5) / 100;
      const derau = 1 + (acak(g * 1_000 + c, k, d) - 0.5) / 50;
      return Math.round((dasar * musim * tren * kab * derau) / 50) * 50;
    }
  }
}

/** The rows of a daily group, header first, as the engine receives them. */
export function barisHarian(g: number): NilaiSel[][] {
  const baris: NilaiSel[][] = new Array(BARIS_HARIAN + 1);
  for (let r = 0; r <= BARIS_HARIAN; r++) {
    baris[r] = [selHarian(g, r, 0), selHarian(g, r, 1), selHarian(g, r, 2), selHarian(g, r, 3), selHarian(g, r, 4)];
  }
  return baris;
}

/** Indikator sheet from A1: header, then one indicator per row (A name, B target, C realisasi, D satuan, E polaritas). */
export function lembarIndikator(): NilaiSel[][] {
  const isi: NilaiSel[][] = [['Indikator', 'Target', 'Realisasi', 'Satuan', 'Polaritas']];
  for (let i = 0; i < JUMLAH_INDIKATOR; i++) {
    const target = i % 50 === 7 ? 'NA' : 50 + ((i * 37) % 500) / 10;
    const realisasi = i % 97 === 3 ? null : 20 + ((i * 7_919) % 10_000) / 100;
    isi.push([`Indikator Kinerja ${i + 1}`, target, realisasi, '%', i % 10 === 9 ? 'negatif' : 'positif']);
  }
  return isi;
}

/** Anggaran sheet from A1: header, then Program, Pagu, Realisasi (whole Rupiah). */
export function lembarAnggaran(): NilaiSel[][] {
  const isi: NilaiSel[][] = [['Program', 'Pagu', 'Realisasi']];
  for (let i = 0; i < JUMLAH_ANGGARAN; i++) {
    const pagu = 100_000_000 + ((i * 7_919) % 1_000) * 1_000_000;
    isi.push([`Program ${i + 1}`, pagu, Math.round(pagu * (0.8 + (i % 20) / 100))]);
  }
  return isi;
}

/** Settings sheet from A1: Instansi, Tahun. */
export function lembarPengaturan(): NilaiSel[][] {
  return [
    ['Instansi', 'Dinas Perindustrian dan Perdagangan Provinsi (sintetis)'],
    ['Tahun', TAHUN],
  ];
}

interface NamaRentang {
  readonly nama: string;
  readonly lembar: string;
  /** Zero-based top-left and size. */
  readonly baris: number;
  readonly kolom: number;
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
}

export const LEMBAR_HARIAN = GRUP.map((g) => `Harian ${g}`);

/** Every LKIP_ name of the workbook with where it lies. */
export function daftarNama(): NamaRentang[] {
  const n = JUMLAH_INDIKATOR;
  const kolomIndikator = (nama: string, kolom: number): NamaRentang => ({
    nama,
    lembar: 'Indikator',
    baris: 1,
    kolom,
    jumlahBaris: n,
    jumlahKolom: 1,
  });
  return [
    { nama: 'LKIP_Instansi', lembar: 'Pengaturan', baris: 0, kolom: 1, jumlahBaris: 1, jumlahKolom: 1 },
    { nama: 'LKIP_Tahun', lembar: 'Pengaturan', baris: 1, kolom: 1, jumlahBaris: 1, jumlahKolom: 1 },
    kolomIndikator('LKIP_Indikator', 0),
    kolomIndikator('LKIP_Target', 1),
    kolomIndikator('LKIP_Realisasi', 2),
    kolomIndikator('LKIP_Satuan', 3),
    kolomIndikator('LKIP_Polaritas', 4),
    { nama: 'LKIP_Anggaran', lembar: 'Anggaran', baris: 0, kolom: 0, jumlahBaris: JUMLAH_ANGGARAN + 1, jumlahKolom: 3 },
    ...GRUP.map((g, i): NamaRentang => ({
      nama: `LKIP_HargaHarian_${g}`,
      lembar: LEMBAR_HARIAN[i]!,
      baris: 0,
      kolom: 0,
      jumlahBaris: BARIS_HARIAN + 1,
      jumlahKolom: 5,
    })),
  ];
}

/** The workbook as the engine reads it: every LKIP_ name with its values (the price rows built once). */
export function rentangBernama(hargaHarian: readonly NilaiSel[][][] = GRUP.map((_, g) => barisHarian(g))): RentangBernama[] {
  const lembar = new Map<string, NilaiSel[][]>([
    ['Pengaturan', lembarPengaturan()],
    ['Indikator', lembarIndikator()],
    ['Anggaran', lembarAnggaran()],
  ]);
  return daftarNama().map((n) => {
    const harian = LEMBAR_HARIAN.indexOf(n.lembar);
    const nilai =
      harian >= 0
        ? hargaHarian[harian]!
        : lembar
            .get(n.lembar)!
            .slice(n.baris, n.baris + n.jumlahBaris)
            .map((b) => b.slice(n.kolom, n.kolom + n.jumlahKolom).map((x) => x ?? null));
    return { nama: n.nama, lembar: n.lembar, baris: n.baris, kolom: n.kolom, nilai };
  });
}

const hurufKolom = (k: number) => String.fromCharCode(65 + k);

/** The workbook in the fake Office.js host: ordinary sheets, and the price rows as virtual read-only sheets. */
export function bukuPalsuProvinsi(): BukuPalsu {
  const buku = new BukuPalsu();
  buku.tambahLembar('Pengaturan', lembarPengaturan());
  buku.tambahLembar('Indikator', lembarIndikator());
  buku.tambahLembar('Anggaran', lembarAnggaran());
  GRUP.forEach((_, g) => {
    const l = buku.tambahLembar(LEMBAR_HARIAN[g]!);
    l.virtual = { baris: BARIS_HARIAN + 1, kolom: 5, nilai: (r, c) => selHarian(g, r, c) as string | number };
  });
  for (const n of daftarNama()) {
    const awal = `$${hurufKolom(n.kolom)}$${n.baris + 1}`;
    const akhir = `$${hurufKolom(n.kolom + n.jumlahKolom - 1)}$${n.baris + n.jumlahBaris}`;
    buku.tambahNama(n.nama, `'${n.lembar}'!${awal}:${akhir}`);
  }
  return buku;
}
