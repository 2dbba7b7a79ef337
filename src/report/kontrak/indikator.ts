/**
 * The indicator table: every column of KOLOM_INDIKATOR (./daftar) is an n×1 range, row i of each is indicator
 * i. Here: the columns must be as long as LKIP_Indikator (a galat otherwise) and should start on its row (a
 * warning otherwise); then each row becomes a BarisIndikator with the cell of every column the workbook has.
 */
import { selKosong } from '../../core';
import type { Temuan } from '../hasil';
import { kunciUnik } from '../idTemuan';
import type { RentangBernama } from '../port';
import { KOLOM_INDIKATOR, KOLOM_RIWAYAT, tahunRiwayat, type JenisKolom } from './daftar';
import type { BarisIndikator, KunciKolom } from './jenis';
import type { NamaTerpilah } from './nama';
import { temuanRentang, rujukanRentang, selDari, teksSel, type SelMasukan } from './rentang';

/** The indicator columns the workbook has, in the contract's order, with their key. */
function kolomAda(nama: NamaTerpilah): [KunciKolom, RentangBernama][] {
  return (Object.entries(KOLOM_INDIKATOR) as [KunciKolom, JenisKolom][])
    .map(([kunci, j]): [KunciKolom, RentangBernama | undefined] => [kunci, nama.satu(j)])
    .filter((k): k is [KunciKolom, RentangBernama] => k[1] !== undefined);
}

/**
 * The past-year columns (LKIP_Realisasi_<tahun>) the report uses, by year ascending; a year that is not before the
 * report year (LKIP_Tahun) is left out with a warning. Two spellings of one year are one Excel name.
 */
export function kolomRiwayat(nama: NamaTerpilah, tahun: number | null, masalah?: Temuan[]): [number, RentangBernama][] {
  const hasil: [number, RentangBernama][] = [];
  for (const r of nama.dipakai(KOLOM_RIWAYAT)) {
    const t = tahunRiwayat(r.nama);
    if (tahun !== null && t >= tahun) {
      masalah?.push(temuanRentang('peringatan', r, `${r.nama} bukan tahun sebelum tahun laporan ${tahun}: diabaikan.`));
    } else if (!hasil.some(([x]) => x === t)) hasil.push([t, r]);
  }
  return hasil.sort((a, b) => a[0] - b[0]);
}

/** Every column as long as LKIP_Indikator (galat) and on its rows (warning: rows pair by position, not by sheet row). */
export function periksaPanjangKolom(nama: NamaTerpilah): Temuan[] {
  const indikator = nama.satu(KOLOM_INDIKATOR.indikator);
  if (!indikator) return [];
  const n = indikator.nilai.length;
  const masalah: Temuan[] = [];
  for (const r of [...kolomAda(nama).map(([, x]) => x), ...nama.dipakai(KOLOM_RIWAYAT)]) {
    if (r === indikator) continue;
    if (r.nilai.length !== n) {
      masalah.push(
        temuanRentang(
          'galat',
          r,
          `${r.nama} berisi ${r.nilai.length} baris, sedangkan ${KOLOM_INDIKATOR.indikator.nama} berisi ${n} baris: semua rentang indikator harus sama panjang (baris ke-i = indikator ke-i).`,
        ),
      );
    } else if (r.lembar !== indikator.lembar || r.baris !== indikator.baris) {
      masalah.push(
        temuanRentang(
          'peringatan',
          r,
          `${r.nama} (${rujukanRentang(r)}) tidak sejajar dengan ${KOLOM_INDIKATOR.indikator.nama} (${rujukanRentang(indikator)}): baris dipasangkan menurut urutannya di dalam rentang. Pastikan baris ke-i memang indikator ke-i.`,
        ),
      );
    }
  }
  return masalah;
}

/**
 * The indicator rows: a row whose name, target and realisasi are all blank is skipped; names become unique keys
 * (namesakes get ~2, ~3). Call only after the checks passed (the required columns exist, all as long).
 */
export function bacaBarisIndikator(nama: NamaTerpilah, riwayat: readonly [number, RentangBernama][] = []): BarisIndikator[] {
  const kolom = kolomAda(nama);
  const jumlah = nama.satu(KOLOM_INDIKATOR.indikator)?.nilai.length ?? 0;
  const mentah: Omit<BarisIndikator, 'kunci'>[] = [];
  for (let i = 0; i < jumlah; i++) {
    const sel: Partial<Record<KunciKolom, SelMasukan>> = {};
    for (const [kunci, r] of kolom) sel[kunci] = selDari(r, i, 0);
    const { indikator, target, realisasi } = sel as BarisIndikator['sel'];
    if (selKosong(indikator.nilai) && selKosong(target.nilai) && selKosong(realisasi.nilai)) continue; // a blank row
    mentah.push({
      nama: teksSel(indikator.nilai) ?? '(indikator tanpa nama)',
      sel: sel as BarisIndikator['sel'],
      riwayat: riwayat.map(([tahun, r]) => ({ tahun, sel: selDari(r, i, 0) })),
    });
  }
  const kunci = kunciUnik(mentah.map((b) => b.nama));
  return mentah.map((b, i) => ({ kunci: kunci[i]!, ...b }));
}
