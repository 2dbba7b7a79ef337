/**
 * LKIP Kinerja custom functions: namespace LKIP, e.g. =LKIP.CAPAIAN(target; realisasi).
 *
 * Each function is one line over src/core: lapisan.ts does the Excel side (ranges, broadcast, coercion,
 * per-cell errors), argumen.ts reads scales and turns core results into cell values.
 *
 * Registration: when webpack builds this file, custom-functions-metadata-plugin writes functions.json from
 * the JSDoc below and appends `CustomFunctions.associate("ID", fungsi)` for each function at the end of this
 * module, so every function is registered while the bundle loads (no DOM, no Office.onReady). Those appended
 * calls resolve to the `CustomFunctions` binding declared here: Excel's runtime, or outside Excel (the task
 * pane page in a plain browser) a stand-in that registers nothing instead of throwing.
 */
import {
  bacaBentukEfisiensi,
  bacaJenisSimpangan,
  capaianInflasi,
  hitungEfisiensi,
  kenaikanHargaDaftar,
  koefisienVariasi,
  nilaiCapaian,
  persentase,
  pertumbuhan,
  perubahanHarga,
  rataRataCapaian,
  serapan,
} from '../core';
import {
  angkaCapaianSel,
  bacaSkalaInflasi,
  bacaSkalaKategori,
  hasilDariSelCapaian,
  kategoriSel,
  nilaiEfisiensi,
  nilaiRataRata,
  nilaiSerapan,
  pembacaOpsiCapaian,
  pilihanTunggal,
} from './argumen';
import { jalankan, nilai, nilaiDalamRentang, pasanganRentang, perSel, pilihan, satuNilai, selRentang } from './lapisan';
import { runtimeUntukRegistrasi } from './runtime';

/** CAPAIAN's options per cell, read once for as long as they stay the same (see pembacaOpsiCapaian). */
const opsiCapaian = pembacaOpsiCapaian();

// Used by the associate calls the metadata plugin appends to this file at build time (see above).
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const CustomFunctions = runtimeUntukRegistrasi();

/**
 * Capaian kinerja (%) = realisasi / target × 100, dibulatkan 2 desimal; melebihi target dihitung 100. Target "NA" = 100.
 * @customfunction CAPAIAN CAPAIAN
 * @param target Target: angka, rentang target "80–90", atau "NA". Boleh satu sel atau rentang sel.
 * @param realisasi Realisasi: angka atau teks Indonesia ("44,32"). Satu sel atau rentang seukuran target.
 * @param [polaritas] "positif" (+, naik; bawaan), "negatif" (-, turun: (2 × target − realisasi) / target) atau "negatif-rasio" (target / realisasi).
 * @param [batas] Batas atas capaian dalam persen: angka (bawaan 100) atau "tanpa" untuk tanpa batas.
 * @returns Capaian dalam persen (88,64 berarti 88,64 %).
 */
export function CAPAIAN(target: unknown[][], realisasi: unknown[][], polaritas?: unknown[][], batas?: unknown[][]): unknown[][] {
  return perSel(
    [nilai('target', target), nilai('realisasi', realisasi), pilihan('polaritas', polaritas), pilihan('batas', batas)],
    (t, r, p, b) => angkaCapaianSel(nilaiCapaian(t, r, opsiCapaian(p, b))),
  );
}

/**
 * Kategori capaian menurut skala: bawaan Tabel 3.1 (≥ 85 Sangat Berhasil, ≥ 75 Berhasil, ≥ 55 Cukup Berhasil, Belum Berhasil).
 * @customfunction KATEGORI KATEGORI
 * @param capaian Capaian dalam persen. Satu sel atau rentang sel.
 * @param [skala] Nama skala ("tabel-3.1" bawaan, "lima-tingkat") atau rentang 2 kolom: batas bawah, label.
 * @returns Label kategori, misalnya "Berhasil".
 */
export function KATEGORI(capaian: unknown[][], skala?: unknown[][]): unknown[][] {
  return jalankan(() => {
    const s = bacaSkalaKategori(skala);
    return perSel([nilai('capaian', capaian)], (c) => kategoriSel(c, s));
  });
}

/**
 * Kenaikan harga satu barang (%) = (harga kini − harga lalu) / harga lalu × 100, dibulatkan 2 desimal.
 * @customfunction KENAIKAN_HARGA KENAIKAN_HARGA
 * @param harga_lalu Harga tahun lalu (lebih dari 0). Satu sel atau rentang sel.
 * @param harga_kini Harga tahun ini. Satu sel atau rentang seukuran harga_lalu.
 * @returns Persentase kenaikan; negatif berarti harga turun.
 */
export function KENAIKAN_HARGA(harga_lalu: unknown[][], harga_kini: unknown[][]): unknown[][] {
  return perSel([nilai('harga_lalu', harga_lalu), nilai('harga_kini', harga_kini)], (l, k) => perubahanHarga(l, k).persen);
}

/**
 * Rata-rata kenaikan harga daftar barang (%): rata-rata persentase kenaikan tiap barang (Tabel 3.5 → 12,76). Baris kosong dilewati.
 * @customfunction INFLASI INFLASI
 * @param harga_lalu Rentang harga tahun lalu, satu baris per barang.
 * @param harga_kini Rentang harga tahun ini, seukuran harga_lalu.
 * @returns Satu angka: rata-rata kenaikan harga dalam persen.
 */
export function INFLASI(harga_lalu: unknown[][], harga_kini: unknown[][]): unknown[][] {
  return satuNilai(
    () => kenaikanHargaDaftar(...pasanganRentang('harga_lalu', harga_lalu, 'harga_kini', harga_kini)).rataRata.nilai,
  );
}

/**
 * Capaian indikator kenaikan harga menurut skala bertingkat Tabel 3.7 (≤ 10 → 100; ≤ 30 → 75; ≤ 100 → 50; > 100 → 25).
 * @customfunction CAPAIAN_INFLASI CAPAIAN_INFLASI
 * @param kenaikan Kenaikan harga dalam persen (misalnya 19,77). Satu sel atau rentang sel.
 * @param [skala] "tabel-3.7" (bawaan) atau rentang 2–3 kolom: batas atas, capaian, label.
 * @returns Capaian dalam persen (19,77 → 75).
 */
export function CAPAIAN_INFLASI(kenaikan: unknown[][], skala?: unknown[][]): unknown[][] {
  return jalankan(() => {
    const s = bacaSkalaInflasi(skala);
    return perSel([nilai('kenaikan', kenaikan)], (k) => capaianInflasi(k, s).capaian);
  });
}

/**
 * Pertumbuhan (%) = (nilai kini − nilai lalu) / nilai lalu × 100, dibulatkan 2 desimal (7 dan 6 → 16,67).
 * @customfunction PERTUMBUHAN PERTUMBUHAN
 * @param nilai_kini Nilai tahun ini (tahun n). Satu sel atau rentang sel.
 * @param nilai_lalu Nilai tahun lalu (tahun n−1), lebih dari 0. Satu sel atau rentang seukuran nilai_kini.
 * @returns Pertumbuhan dalam persen.
 */
export function PERTUMBUHAN(nilai_kini: unknown[][], nilai_lalu: unknown[][]): unknown[][] {
  return perSel([nilai('nilai_kini', nilai_kini), nilai('nilai_lalu', nilai_lalu)], (k, l) => pertumbuhan(k, l).nilai);
}

/**
 * Persentase bagian dari total (%) = bagian / total × 100, dibulatkan 2 desimal (39 dari 88 → 44,32).
 * @customfunction PERSENTASE PERSENTASE
 * @param bagian Jumlah bagian. Satu sel atau rentang sel.
 * @param total Jumlah keseluruhan, lebih dari 0. Satu sel atau rentang seukuran bagian.
 * @returns Persentase dalam persen.
 */
export function PERSENTASE(bagian: unknown[][], total: unknown[][]): unknown[][] {
  return perSel([nilai('bagian', bagian), nilai('total', total)], (b, t) => persentase(b, t).nilai);
}

/**
 * Serapan anggaran (%) = realisasi / pagu × 100, dibulatkan 2 desimal. Pagu 0 → #N/A "tidak ada pagu".
 * @customfunction SERAPAN SERAPAN
 * @param pagu Pagu anggaran (Rupiah; "Rp 1.500.000,-" juga dibaca). Satu sel atau rentang sel.
 * @param realisasi Realisasi anggaran (Rupiah). Satu sel atau rentang seukuran pagu.
 * @returns Serapan dalam persen. Untuk total, pakai SUM pagu dan SUM realisasi.
 */
export function SERAPAN(pagu: unknown[][], realisasi: unknown[][]): unknown[][] {
  return perSel([nilai('pagu', pagu), nilai('realisasi', realisasi)], (p, r) => nilaiSerapan(serapan(p, r)));
}

/**
 * Efisiensi (%) = capaian ÷ serapan anggaran × 100, dibulatkan 2 desimal (99,92 dan 94 → 106,30). Serapan 0 → #N/A.
 * @customfunction EFISIENSI EFISIENSI
 * @param capaian Capaian kinerja dalam persen (misalnya 99,92). Satu sel atau rentang sel.
 * @param serapan Serapan anggaran dalam persen (misalnya 94). Satu sel atau rentang seukuran capaian.
 * @param [bentuk] "persen" (bawaan: 106,30) atau "indeks" (rasio 3 desimal: 1,063).
 * @returns Efisiensi dalam persen (≥ 100 berarti efisien), atau indeksnya.
 */
export function EFISIENSI(capaian: unknown[][], serapan: unknown[][], bentuk?: unknown[][]): unknown[][] {
  return perSel([nilai('capaian', capaian), nilai('serapan', serapan), pilihan('bentuk', bentuk)], (c, s, b) => {
    const bentukSel = bacaBentukEfisiensi(b); // a bad option fails every cell, naming the option, before any figure
    return nilaiEfisiensi(hitungEfisiensi(c, s), bentukSel);
  });
}

/**
 * Rata-rata capaian (%) indikator yang diukur; sel kosong, "NA", "-" dan #N/A tidak dihitung (Tabel 3.2 → 81,44).
 * @customfunction RATA_CAPAIAN RATA_CAPAIAN
 * @param capaian Rentang capaian dalam persen, satu sel per indikator.
 * @returns Satu angka: rata-rata capaian dalam persen.
 */
export function RATA_CAPAIAN(capaian: unknown[][]): unknown[][] {
  return satuNilai(() =>
    nilaiRataRata(
      rataRataCapaian(
        selRentang('capaian', capaian, { galatNASebagaiNA: true }).map((s) => ({
          nama: s.lokasi,
          hasil: hasilDariSelCapaian(s.nilai, s.lokasi),
        })),
      ),
    ),
  );
}

/**
 * Koefisien variasi harga (%) = simpangan baku / rata-rata × 100, dibulatkan 2 desimal (10; 12; 14 → 16,67). Sel kosong, "-", "NA" dan #N/A dilewati.
 * @customfunction KV KV
 * @param harga Rentang harga (lebih dari 0), misalnya harga harian satu komoditas setahun; minimal 2 harga.
 * @param [simpangan] "sampel" (n − 1, bawaan; seperti STDEV.S) atau "populasi" (n; seperti STDEV.P).
 * @returns Koefisien variasi dalam persen (16,67 berarti 16,67 %).
 */
export function KV(harga: unknown[][], simpangan?: unknown[][]): unknown[][] {
  return satuNilai(
    () =>
      koefisienVariasi(nilaiDalamRentang('harga', harga), {
        simpangan: bacaJenisSimpangan(pilihanTunggal('simpangan', simpangan), 'simpangan'),
      }).nilai,
  );
}
