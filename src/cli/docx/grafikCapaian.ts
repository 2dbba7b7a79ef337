/**
 * "Capaian per indikator" as a picture for BAB III: one horizontal bar per indicator (its number on the left, its
 * capaian at the bar's end, "-" when not measured), gridlines every 25 %, and the 100 % target line in red. Bars
 * take the colour of their category's rank in the scale (green → red), as the capaian table's fills do.
 */
import { formatTerbit } from '../../core';
import type { HasilLaporan } from '../../report';
import { Kanvas, warnaHex, type Warna } from './png';

/** Stronger versions of the sheet's category fills (WARNA.kategori), readable as bars on white and in print. */
const WARNA_BATANG = ['2E7D32', 'C9A227', 'E07B24', 'C62828'].map(warnaHex);
const ABU = warnaHex('D9D9D9');
const TEKS = warnaHex('262626');
const MERAH = warnaHex('C00000');

const SKALA_HURUF = 3;
const TINGGI_BARIS = 46;
const KIRI = 70;
const KANAN = 130;
const ATAS = 20;
const BAWAH = 50;
const LEBAR = 1100;

export interface GambarPng {
  readonly png: Buffer;
  readonly lebar: number;
  readonly tinggi: number;
}

function warnaBatang(peringkat: number | null, jumlahTingkat: number): Warna {
  if (peringkat === null) return ABU;
  const i = jumlahTingkat <= 1 ? 0 : Math.round((peringkat * (WARNA_BATANG.length - 1)) / (jumlahTingkat - 1));
  return WARNA_BATANG[Math.min(Math.max(i, 0), WARNA_BATANG.length - 1)]!;
}

/** The chart of every indicator's capaian against 100 %. Same report → same bytes. */
export function grafikCapaian(hasil: HasilLaporan): GambarPng {
  const ind = hasil.indikator;
  const tinggi = ATAS + ind.length * TINGGI_BARIS + BAWAH;
  const k = new Kanvas(LEBAR, tinggi);
  const nilai = ind.map((i) => (i.hasil.status === 'diukur' ? i.hasil.nilai.toNumber() : null));
  const maks = Math.max(100, Math.ceil(Math.max(0, ...nilai.map((v) => v ?? 0)) / 25) * 25);
  const lebarPlot = LEBAR - KIRI - KANAN;
  const x = (v: number) => KIRI + (v / maks) * lebarPlot;
  const bawahPlot = ATAS + ind.length * TINGGI_BARIS;
  const hurufT = 7 * SKALA_HURUF;

  for (let v = 0; v <= maks; v += 25) {
    k.kotak(x(v), ATAS, 2, bawahPlot - ATAS, ABU);
    const label = `${v}%`;
    k.teks(x(v) - Kanvas.lebarTeks(label, SKALA_HURUF) / 2, bawahPlot + 12, label, SKALA_HURUF, TEKS);
  }
  ind.forEach((i, n) => {
    const y = ATAS + n * TINGGI_BARIS;
    const no = String(i.no);
    k.teks(KIRI - 14 - Kanvas.lebarTeks(no, SKALA_HURUF), y + (TINGGI_BARIS - hurufT) / 2, no, SKALA_HURUF, TEKS);
    const v = nilai[n] ?? null;
    const ujung = v === null ? x(0) : x(v);
    if (v !== null)
      k.kotak(x(0), y + 8, Math.max(2, ujung - x(0)), TINGGI_BARIS - 16, warnaBatang(i.peringkat, hasil.skala.length));
    const teks = v === null || i.hasil.status !== 'diukur' ? '-' : formatTerbit(i.hasil.nilai);
    k.teks(ujung + 10, y + (TINGGI_BARIS - hurufT) / 2, teks, SKALA_HURUF, TEKS);
  });
  // The 100 % line over the bars: dashed, red.
  for (let y = ATAS - 8; y < bawahPlot + 4; y += 14) k.kotak(x(100) - 2, y, 4, 9, MERAH);
  k.kotak(KIRI, bawahPlot, lebarPlot + 2, 2, TEKS);
  return { png: k.png(), lebar: LEBAR, tinggi };
}
