/**
 * Sentences of the narrative drafts, in the register of BAB III of the source document (LKIP Disperindag NTT
 * 2021): domain wording next to the derivation texts, from figures already published (2 decimals, half-up).
 * The report (src/report/narasi) chooses and orders them per indicator; nothing here computes a figure.
 *
 *   "Capaian indikator Cakupan … pada tahun 2021 sebesar 88,64 % dengan kategori Sangat Berhasil."
 *   "Dari data yang ada kemudian diformulasikan menjadi sebagai berikut: realisasi 39 / 88 × 100% = 44,32%."
 *   "Dengan demikian realisasi indikator kinerja tahun 2021 adalah sebesar 44,32 %, sehingga capaian indikator
 *    kinerja terhadap target menjadi 44,32 / 50 × 100% = 88,64%."
 */
import { formatTerbit } from './angka';
import { Desimal } from './desimal';

/** "44,32 %" for the unit "%", "1.593 unit" for another unit, "44,32" without one. */
export function nilaiDenganSatuan(nilai: Desimal | number | string, satuan: string | null): string {
  const teks = typeof nilai === 'string' ? nilai : formatTerbit(new Desimal(nilai));
  if (satuan === null || satuan.trim() === '' || teks === 'NA') return teks;
  return `${teks} ${satuan.trim()}`;
}

/** "Capaian indikator <nama> pada tahun 2021 sebesar 88,64 % dengan kategori Sangat Berhasil." */
export function kalimatCapaian(nama: string, tahun: string, capaian: Desimal, kategori: string | null): string {
  const kat = kategori === null ? '' : ` dengan kategori ${kategori}`;
  return `Capaian indikator ${nama} pada ${tahun} sebesar ${formatTerbit(capaian)} %${kat}.`;
}

/** "Target tahun 2021 ditetapkan sebesar 50 % dan terealisasi sebesar 44,32 %." */
export function kalimatTargetRealisasi(tahun: string, target: string, realisasi: string): string {
  return `Target ${tahun} ditetapkan sebesar ${target} dan terealisasi sebesar ${realisasi}.`;
}

/** "Dari data yang ada kemudian diformulasikan menjadi sebagai berikut: realisasi 39 / 88 × 100% = 44,32%." */
export function kalimatRumusRealisasi(derivasi: string): string {
  return `Dari data yang ada kemudian diformulasikan menjadi sebagai berikut: ${derivasi}.`;
}

/** "Dengan demikian realisasi indikator kinerja tahun 2021 adalah sebesar 44,32 %, sehingga capaian … menjadi 44,32 / 50 × 100% = 88,64%." */
export function kalimatRealisasiKeCapaian(tahun: string, realisasi: string, derivasiCapaian: string): string {
  return (
    `Dengan demikian realisasi indikator kinerja ${tahun} adalah sebesar ${realisasi}, ` +
    `sehingga capaian indikator kinerja terhadap target menjadi ${derivasiCapaian}.`
  );
}

/** The document's sentence for a capaian above the cap ("tetap dihitung 100%"). */
export function kalimatMelebihiTarget(sebelumBatas: Desimal, batas: Desimal): string {
  return (
    `Realisasi capaian telah melebihi target (${formatTerbit(sebelumBatas)}%) ` +
    `sehingga tetap dihitung ${formatTerbit(batas)}% dan berhasil dicapai dengan baik.`
  );
}

/** The document's sentence for a target NA counted as achieved (indicator 5 of Tabel 3.2). */
export function kalimatTargetNA(tahun: string, realisasi: string): string {
  return (
    `Hasil realisasi indikator kinerja ${tahun} adalah sebesar ${realisasi}. Target capaian kinerja NA (Not Available) ` +
    'atau belum dapat ditentukan, sehingga atas realisasi yang telah dicapai capaian indikator kinerja terhadap target ' +
    'dianggap telah berhasil 100%.'
  );
}

/** The price-rise indicator: its realisasi from the price lists and its capaian from the step scale (Tabel 3.7). */
export function kalimatKenaikanHarga(tahun: string, derivasiRata: string, derivasiSkala: string): string {
  return (
    `Realisasi diambil dari persentase rata-rata kenaikan harga ${tahun}: ${derivasiRata}; ` +
    `capaian kinerja diambil dari skala pengukuran: ${derivasiSkala}.`
  );
}

/** "Indikator <nama> tahun 2021 belum dapat diukur (realisasi belum diisi)." */
export function kalimatTidakDiukur(nama: string, tahun: string, alasan: string): string {
  return `Indikator ${nama} ${tahun} belum dapat diukur (${alasan}), sehingga tidak diperhitungkan dalam rata-rata capaian.`;
}

/** Against last year's realisasi: "Dibandingkan realisasi tahun 2020 sebesar 41,12 %, realisasi tahun 2021 naik 3,20 poin." */
export function kalimatBandingLalu(tahunLalu: string, tahunIni: string, lalu: string, selisih: Desimal): string {
  const arah = selisih.isZero()
    ? 'tetap'
    : selisih.isPositive()
      ? `naik ${formatTerbit(selisih.abs())}`
      : `turun ${formatTerbit(selisih.abs())}`;
  return `Dibandingkan realisasi ${tahunLalu} sebesar ${lalu}, realisasi ${tahunIni} ${arah}${selisih.isZero() ? '' : ' poin'}.`;
}

/** Against the Renstra end target: "Terhadap target akhir Renstra sebesar 100 %, capaian sampai dengan tahun 2021 adalah 44,32 / 100 × 100% = 44,32%." */
export function kalimatTargetAkhir(targetAkhir: string, tahun: string, derivasi: string): string {
  return `Terhadap target akhir periode Renstra sebesar ${targetAkhir}, capaian sampai dengan ${tahun} adalah ${derivasi}.`;
}

/** The mean: "Dari rata-rata capaian kinerja di atas, <instansi> mencapai 81,44 % yang artinya masuk dalam kategori Berhasil." */
export function kalimatRataRata(instansi: string | null, rata: Desimal, kategori: string | null): string {
  const siapa = instansi ? `${instansi} ` : '';
  const kat = kategori ? ` yang artinya masuk dalam kategori ${kategori}` : '';
  return `Dari rata-rata capaian kinerja di atas ${siapa}mencapai ${formatTerbit(rata)} %${kat}.`;
}

/**
 * Past years (LKIP_Realisasi_<tahun>): "Dibandingkan realisasi tahun 2019 (65 %) dan 2020 (70 %), realisasi tahun 2021
 * sebesar 75 % menunjukkan perkembangan membaik." `lalu`: [year, realisasi as shown], ascending; `perkembangan` is the
 * multi-year table's membaik / memburuk / tetap.
 */
export function kalimatRiwayat(
  lalu: readonly (readonly [number, string])[],
  tahunIni: string,
  realisasi: string,
  perkembangan: string,
): string {
  const daftar = lalu.map(([t, v]) => `${t} (${v})`);
  const gabung = daftar.length > 1 ? `${daftar.slice(0, -1).join(', ')} dan ${daftar.at(-1)!}` : (daftar[0] ?? '');
  return `Dibandingkan realisasi tahun ${gabung}, realisasi ${tahunIni} sebesar ${realisasi} menunjukkan perkembangan ${perkembangan}.`;
}

/** "Dibandingkan standar nasional sebesar 70 %, realisasi tahun 2021 sebesar 75 % lebih baik." (lebih buruk, adalah sama) */
export function kalimatStandarNasional(standar: string, tahunIni: string, realisasi: string, banding: string): string {
  const hasil = banding === 'sama' ? 'adalah sama' : banding;
  return `Dibandingkan standar nasional sebesar ${standar}, realisasi ${tahunIni} sebesar ${realisasi} ${hasil}.`;
}

/** "Capaian 88,64 % dengan serapan anggaran 95,94 % memberikan efisiensi sebesar 92,39 % (kategori Tidak Efisien)." */
export function kalimatEfisiensi(capaian: Desimal, serapan: Desimal, efisiensi: Desimal, kategori: string | null): string {
  const kat = kategori === null ? '' : ` (kategori ${kategori})`;
  return (
    `Capaian ${formatTerbit(capaian)} % dengan serapan anggaran ${formatTerbit(serapan)} % ` +
    `memberikan efisiensi sebesar ${formatTerbit(efisiensi)} %${kat}.`
  );
}
