/**
 * The charts of BAB III as pictures, one horizontal bar per row (its number on the left, its value at the bar's
 * end, "-" when there is none), gridlines at round steps, and a dashed red reference line:
 *
 *   grafikCapaian   capaian per indicator against the 100 % target; bars in the colour of their category's rank
 *   grafikHarga     price change per item of one price group (Tabel 3.5, 3.6): rises red, falls green, the group's
 *                   mean as the reference line; the axis spans the negative values too
 */
import { formatTerbit, type Desimal } from '../../core';
import type { HasilGrupHarga, HasilLaporan } from '../../report';
import { Kanvas, warnaHex, type Warna } from './png';

/** Stronger versions of the sheet's category fills (WARNA.kategori), readable as bars on white and in print. */
const WARNA_BATANG = ['2E7D32', 'C9A227', 'E07B24', 'C62828'].map(warnaHex);
const ABU = warnaHex('D9D9D9');
const TEKS = warnaHex('262626');
const MERAH = warnaHex('C00000');
const PUTIH = warnaHex('FFFFFF');
const NAIK = warnaHex('C0504D');
const TURUN = warnaHex('4F8A3C');

const SKALA_HURUF = 3;
const TINGGI_BARIS = 46;
const KIRI = 70;
const KANAN = 150;
const ATAS = 20;
const BAWAH = 50;
const LEBAR = 1100;

export interface GambarPng {
  readonly png: Buffer;
  readonly lebar: number;
  readonly tinggi: number;
}

interface BatangGrafik {
  readonly label: string;
  readonly nilai: Desimal | null;
  readonly warna: Warna;
}

/** A step for the gridlines that gives at most about 8 lines over the span. */
function langkahGaris(rentang: number): number {
  for (const l of [5, 10, 25, 50, 100, 250, 500, 1000]) if (rentang / l <= 8) return l;
  return Math.ceil(rentang / 8);
}

/** Horizontal bars from 0 (left for negative values), gridlines, and a reference line at `acuan`. */
function grafikBatang(batang: readonly BatangGrafik[], acuan: number, minimal: number, maksimal: number): GambarPng {
  const tinggi = ATAS + batang.length * TINGGI_BARIS + BAWAH;
  const k = new Kanvas(LEBAR, tinggi);
  const angka = batang.map((b) => (b.nilai === null ? null : b.nilai.toNumber()));
  const langkah = langkahGaris(Math.max(maksimal, ...angka.map((v) => v ?? 0)) - Math.min(minimal, ...angka.map((v) => v ?? 0)));
  const maks = Math.ceil(Math.max(maksimal, ...angka.map((v) => v ?? 0)) / langkah) * langkah;
  const min = Math.floor(Math.min(minimal, ...angka.map((v) => v ?? 0)) / langkah) * langkah;
  const lebarPlot = LEBAR - KIRI - KANAN;
  const x = (v: number) => KIRI + ((v - min) / (maks - min)) * lebarPlot;
  const bawahPlot = ATAS + batang.length * TINGGI_BARIS;
  const tengahBaris = (TINGGI_BARIS - 7 * SKALA_HURUF) / 2;

  for (let v = min; v <= maks; v += langkah) {
    k.kotak(x(v), ATAS, 2, bawahPlot - ATAS, ABU);
    const label = `${v}%`;
    k.teks(x(v) - Kanvas.lebarTeks(label, SKALA_HURUF) / 2, bawahPlot + 12, label, SKALA_HURUF, TEKS);
  }
  // The reference line under the bars and values: a bar reaching it hides it, a value is written over it on white.
  for (let y = ATAS - 8; y < bawahPlot + 4; y += 14) k.kotak(x(acuan) - 2, y, 4, 9, MERAH);
  batang.forEach((b, n) => {
    const y = ATAS + n * TINGGI_BARIS;
    k.teks(KIRI - 14 - Kanvas.lebarTeks(b.label, SKALA_HURUF), y + tengahBaris, b.label, SKALA_HURUF, TEKS);
    const v = angka[n] ?? null;
    if (v === null) {
      k.teks(x(0) + 10, y + tengahBaris, '-', SKALA_HURUF, TEKS);
      return;
    }
    const [kiri, kanan] = v < 0 ? [x(v), x(0)] : [x(0), x(v)];
    k.kotak(kiri, y + 8, Math.max(2, kanan - kiri), TINGGI_BARIS - 16, b.warna);
    // A negative bar's value goes right of the zero axis, clear of the row numbers on the left.
    const teks = formatTerbit(b.nilai!);
    const xTeks = v < 0 ? x(0) + 10 : kanan + 10;
    k.kotak(xTeks - 4, y + tengahBaris - 4, Kanvas.lebarTeks(teks, SKALA_HURUF) + 8, 7 * SKALA_HURUF + 8, PUTIH);
    k.teks(xTeks, y + tengahBaris, teks, SKALA_HURUF, TEKS);
  });
  k.kotak(x(0) - 1, ATAS, 3, bawahPlot - ATAS, TEKS); // the zero axis
  k.kotak(KIRI, bawahPlot, lebarPlot + 2, 2, TEKS);
  return { png: k.png(), lebar: LEBAR, tinggi };
}

function warnaPeringkat(peringkat: number | null, jumlahTingkat: number): Warna {
  if (peringkat === null) return ABU;
  const i = jumlahTingkat <= 1 ? 0 : Math.round((peringkat * (WARNA_BATANG.length - 1)) / (jumlahTingkat - 1));
  return WARNA_BATANG[Math.min(Math.max(i, 0), WARNA_BATANG.length - 1)]!;
}

/** Every indicator's capaian against 100 %. Same report → same bytes. */
export function grafikCapaian(hasil: HasilLaporan): GambarPng {
  const batang = hasil.indikator.map((i) => ({
    label: String(i.no),
    nilai: i.hasil.status === 'diukur' ? i.hasil.nilai : null,
    warna: warnaPeringkat(i.peringkat, hasil.skala.length),
  }));
  return grafikBatang(batang, 100, 0, 100);
}

/** One price group's change per item (numbers as in its table), with the group's mean as the reference line. */
export function grafikHarga(g: HasilGrupHarga): GambarPng {
  const batang = g.baris.map((b) => ({
    label: String(b.no),
    nilai: b.perubahan?.persen ?? null,
    warna: b.perubahan && b.perubahan.persen.isNegative() ? TURUN : NAIK,
  }));
  return grafikBatang(batang, g.rataRata?.nilai.toNumber() ?? 0, 0, 0);
}
