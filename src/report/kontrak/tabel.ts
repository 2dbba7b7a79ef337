/**
 * Readers of the contract's tables (one function per kind of table): a price list (LKIP_Harga_<Grup>), a daily
 * price group (LKIP_HargaHarian_<Grup>) and a budget table (LKIP_Anggaran, LKIP_Anggaran_<Sumber>). Each takes
 * one range whose shape the contract already checked, skips its header rows and blank rows, and gives the rows
 * with their cells; numbers are read later, by the computation, so every bad cell becomes a Verifikasi finding.
 */
import { selKosong } from '../../core';
import type { Temuan } from '../hasil';
import { kunciUnik, slug } from '../idTemuan';
import type { RentangBernama } from '../port';
import type { BarisAnggaran, BarisHarga, GrupHarga, GrupHargaHarian, TabelAnggaran } from './jenis';
import {
  jumlahBarisKepala,
  labelGrup,
  tampakKepala,
  temuanRentang,
  selDari,
  teksBukanAngka,
  teksSel,
  ukuranRentang,
} from './rentang';

const POLA_TOTAL = /^\s*(jumlah|total)\b/i;
const KEPALA_SATUAN = /^satuan\b/i;
const KEPALA_PROGRAM = /^(program|kegiatan|program\s*\/\s*kegiatan|uraian|nama program)\s*$/i;

/** A price list: Nama, Satuan, Harga lalu, Harga kini [, persentase tertulis]; a header row has text where prices are. */
export function bacaGrupHarga(r: RentangBernama, masalah: Temuan[], awalan: string): GrupHarga {
  const adaKolomTertulis = ukuranRentang(r).jumlahKolom >= 5;
  const awal = jumlahBarisKepala(
    r,
    (b) =>
      (teksBukanAngka(b[2] ?? null) || teksBukanAngka(b[3] ?? null) || KEPALA_SATUAN.test(teksSel(b[1] ?? null) ?? '')) &&
      tampakKepala(b, [2, 3]),
  );
  const mentah: { nama: string; satuan: string | null; sel: BarisHarga['sel'] }[] = [];
  for (let i = awal; i < r.nilai.length; i++) {
    const sel = {
      nama: selDari(r, i, 0),
      satuan: selDari(r, i, 1),
      lalu: selDari(r, i, 2),
      kini: selDari(r, i, 3),
      ...(adaKolomTertulis ? { tertulis: selDari(r, i, 4) } : {}),
    };
    if (selKosong(sel.nama.nilai) && selKosong(sel.lalu.nilai) && selKosong(sel.kini.nilai)) continue;
    mentah.push({ nama: teksSel(sel.nama.nilai) ?? '(tanpa nama)', satuan: teksSel(sel.satuan.nilai), sel });
  }
  if (mentah.length === 0) masalah.push(temuanRentang('peringatan', r, `${r.nama} tidak berisi baris harga.`));
  const kunci = kunciUnik(mentah.map((m) => m.nama));
  return {
    nama: r.nama,
    label: labelGrup(r.nama, awalan),
    kunci: slug(r.nama),
    adaKolomTertulis,
    baris: mentah.map((m, i) => ({ kunci: kunci[i]!, ...m })),
  };
}

/** A daily price group: the range itself, untouched; the core's collector reads its rows in chunks (../hitung/grupHarian). */
export function bacaGrupHarian(r: RentangBernama, _masalah: Temuan[], awalan: string): GrupHargaHarian {
  return { nama: r.nama, label: labelGrup(r.nama, awalan), kunci: slug(r.nama), rentang: r };
}

/**
 * A budget table: Program, Pagu, Realisasi [, % tertulis]. Rows whose Program starts with "Jumlah"/"Total" are
 * the printed total (checked against the rows, never summed). `utama`: LKIP_Anggaran itself (no label).
 */
function bacaTabelAnggaran(r: RentangBernama, masalah: Temuan[], awalan: string, utama: boolean): TabelAnggaran {
  const adaKolomPersen = ukuranRentang(r).jumlahKolom >= 4;
  const awal = jumlahBarisKepala(
    r,
    (b) =>
      (teksBukanAngka(b[1] ?? null) ||
        teksBukanAngka(b[2] ?? null) ||
        (KEPALA_PROGRAM.test(teksSel(b[0] ?? null) ?? '') && !POLA_TOTAL.test(teksSel(b[0] ?? null) ?? ''))) &&
      tampakKepala(b, [1, 2]),
  );
  const baris: { program: string; sel: BarisAnggaran['sel']; total: boolean }[] = [];
  for (let i = awal; i < r.nilai.length; i++) {
    const sel = {
      program: selDari(r, i, 0),
      pagu: selDari(r, i, 1),
      realisasi: selDari(r, i, 2),
      ...(adaKolomPersen ? { persenTertulis: selDari(r, i, 3) } : {}),
    };
    if (selKosong(sel.program.nilai) && selKosong(sel.pagu.nilai) && selKosong(sel.realisasi.nilai)) continue;
    const program = teksSel(sel.program.nilai) ?? '(tanpa nama program)';
    baris.push({ program, sel, total: POLA_TOTAL.test(program) });
  }
  const program = baris.filter((b) => !b.total);
  const total = baris.filter((b) => b.total);
  if (program.length === 0) masalah.push(temuanRentang('peringatan', r, `${r.nama} tidak berisi baris program.`));
  const kunciProgram = kunciUnik(program.map((b) => b.program));
  const kunciTotal = kunciUnik(total.map((b) => b.program));
  return {
    nama: r.nama,
    label: utama ? '' : r.nama.slice(awalan.length).replace(/_+/g, ' ').trim(),
    kunci: slug(r.nama),
    utama,
    adaKolomPersen,
    baris: program.map((b, i) => ({ kunci: kunciProgram[i]!, program: b.program, sel: b.sel })),
    totalTertulis: total.map((b, i) => ({ kunci: kunciTotal[i]!, program: b.program, sel: b.sel })),
  };
}

/** LKIP_Anggaran: the main budget table (the summary's serapan and the JSON). */
export const bacaAnggaranUtama = (r: RentangBernama, masalah: Temuan[], awalan: string): TabelAnggaran =>
  bacaTabelAnggaran(r, masalah, awalan, true);

/** LKIP_Anggaran_<Sumber>: a further budget table, shown on its own (LKIP_Anggaran_APBN → "… Anggaran APBN"). */
export const bacaAnggaranLain = (r: RentangBernama, masalah: Temuan[], awalan: string): TabelAnggaran =>
  bacaTabelAnggaran(r, masalah, awalan, false);
