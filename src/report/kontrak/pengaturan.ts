/**
 * Readers of the contract's settings (one small function per setting). A setting is one cell, or for the two
 * scales a small table; the words it accepts are the core's option readers (core/opsi, core/kategori,
 * core/harga, core/stabilitas), the same the cell functions and the task pane use. A reader throws on a bad
 * value; the contract's loop turns that into a galat naming the range and keeps the default.
 */
import {
  bacaAngka,
  bacaBatas,
  bacaAmbangKV,
  bacaJenisSimpangan,
  bacaKebijakanTargetNA,
  bacaMetodeRataRata,
  buatSkala,
  buatSkalaInflasi,
  presetSkala,
  presetSkalaInflasi,
  selKosong,
  type BatasCapaian,
  type Desimal,
  type JenisSimpangan,
  type KebijakanTargetNA,
  type MetodeRataRata,
  type Skala,
  type TingkatSkalaInflasi,
} from '../../core';
import type { NilaiSel } from '../lembar';
import type { RentangBernama } from '../port';
import { jumlahBarisKepala, nilaiTunggal, teksBukanAngka, teksSel, ukuranRentang } from './rentang';

/** Where a setting's value comes from: the workbook's range, else the task pane's stored option (if the setting has one). */
export interface SumberPengaturan {
  /** The defined name ("LKIP_Batas"): the argument named in messages. */
  readonly nama: string;
  readonly rentang: RentangBernama | undefined;
  readonly panel: string | number | undefined;
}

/** The setting's one value: the range's first non-blank cell, or the pane's option when the workbook has no such name. */
function nilaiAtauPanel(s: SumberPengaturan): NilaiSel {
  return s.rentang ? nilaiTunggal(s.rentang) : (s.panel ?? null);
}

/** LKIP_Instansi: the office's name as written. */
export const bacaPengaturanInstansi = (s: SumberPengaturan): string | null => teksSel(nilaiTunggal(s.rentang));

/** LKIP_Tahun: a whole year 1900–2200; blank → none. */
export function bacaPengaturanTahun(s: SumberPengaturan): number | null {
  const nilai = nilaiTunggal(s.rentang);
  if (selKosong(nilai)) return null;
  const t = bacaAngka(nilai, s.nama);
  const n = t.jenis === 'angka' ? t.nilai.toNumber() : NaN;
  if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new Error(`"${String(nilai)}" bukan tahun (isi misalnya 2021).`);
  return n;
}

/** A k×2 scale range (batas bawah, label; header rows skipped), or null when the range has fewer columns. */
function skalaDariRentang(r: RentangBernama | undefined, nama: string): Skala | null {
  if (!r || ukuranRentang(r).jumlahKolom < 2) return null;
  const awal = jumlahBarisKepala(r, (b) => teksBukanAngka(b[0] ?? null));
  return buatSkala(
    r.nilai.slice(awal).map((b) => [b[0] ?? null, b[1] ?? null] as const),
    nama,
  );
}

/**
 * LKIP_Skala: 2 columns or more (batas bawah, label; headers skipped), or one cell with a preset name
 * ("tabel-3.1", "lima-tingkat"); without the name, the pane's stored preset; else Tabel 3.1.
 */
export function bacaPengaturanSkala(s: SumberPengaturan): Skala {
  const r = s.rentang;
  const tabel = skalaDariRentang(r, s.nama);
  if (tabel) return tabel;
  if (r) return presetSkala(nilaiTunggal(r), s.nama);
  return presetSkala(s.panel ?? null, 'skala (pengaturan)');
}

/**
 * LKIP_Skala_Efisiensi: 2 columns (batas bawah efisiensi in %, label; headers skipped), like LKIP_Skala but without
 * presets; blank → null: the core's SKALA_EFISIENSI (Efisien ≥ 100, Tidak Efisien below), applied where the
 * efficiency is computed (so the task pane's first download does not carry the efficiency code).
 */
export function bacaPengaturanSkalaEfisiensi(s: SumberPengaturan): Skala | null {
  const tabel = skalaDariRentang(s.rentang, s.nama);
  if (tabel) return tabel;
  const nilai = nilaiTunggal(s.rentang);
  if (selKosong(nilai)) return null;
  throw new Error(`"${String(nilai)}" bukan skala: isi dua kolom, batas bawah (%) dan kategori.`);
}

/**
 * LKIP_Skala_Inflasi: 2–3 columns (batas atas, capaian, [label]; headers skipped), or one cell with a preset name
 * ("tabel-3.7", as in LKIP.CAPAIAN_INFLASI); else Tabel 3.7.
 */
export function bacaPengaturanSkalaInflasi(s: SumberPengaturan): readonly TingkatSkalaInflasi[] {
  const r = s.rentang;
  if (r && ukuranRentang(r).jumlahKolom >= 2) {
    const awal = jumlahBarisKepala(r, (b) => teksBukanAngka(b[1] ?? null));
    return buatSkalaInflasi(r.nilai.slice(awal), s.nama);
  }
  return presetSkalaInflasi(nilaiTunggal(r), s.nama);
}

/** LKIP_Batas (or the pane's cap): a number, or "tanpa"; blank → 100. */
export const bacaPengaturanBatas = (s: SumberPengaturan): BatasCapaian => bacaBatas(nilaiAtauPanel(s), s.nama);

/** LKIP_Target_NA (or the pane's policy): "tercapai", "dikecualikan", "galat"; blank → tercapai. */
export const bacaPengaturanTargetNA = (s: SumberPengaturan): KebijakanTargetNA =>
  bacaKebijakanTargetNA(nilaiAtauPanel(s), s.nama);

/** LKIP_Metode_RataHarga: "semua" or "per_kabkota"; blank → semua. */
export const bacaPengaturanMetodeRataHarga = (s: SumberPengaturan): MetodeRataRata =>
  bacaMetodeRataRata(nilaiTunggal(s.rentang), s.nama);

/** LKIP_Simpangan_KV: "sampel" or "populasi"; blank → sampel. */
export const bacaPengaturanSimpanganKV = (s: SumberPengaturan): JenisSimpangan =>
  bacaJenisSimpangan(nilaiTunggal(s.rentang), s.nama);

/** LKIP_Batas_KV: a number > 0; blank → 9. */
export const bacaPengaturanAmbangKV = (s: SumberPengaturan): Desimal => bacaAmbangKV(nilaiTunggal(s.rentang), s.nama);
