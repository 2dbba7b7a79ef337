/**
 * The analyses PermenPANRB 53/2014 asks of BAB III beside target vs realisasi (issue 14), per indicator, filled
 * into the indicators already computed (lengkapiAnalisis). Part of the chunk ../analisis loads on demand: only a
 * workbook with the analysis names needs it, so the task pane's first download stays within its budget.
 *
 *   riwayat      realisasi of several past years (LKIP_Realisasi_<tahun>, and LKIP_Realisasi_Lalu as n−1) and
 *                whether this year's is better than the latest past one, given the polarity (item 2);
 *   standar      realisasi against the national standard (LKIP_Standar_Nasional), given the polarity (item 4);
 *   efisiensi    capaian ÷ serapan of the budget behind the indicator (LKIP_Pagu, LKIP_Realisasi_Anggaran, item 6):
 *                the serapan is the core's serapanDari, the ratio the core's hitungEfisiensi; nothing divides here.
 *
 * "Better" follows the polarity: positif = higher is better; every other polarity (negatif, negatif-rasio) =
 * lower is better. Each result carries its derivation for the Keterangan column.
 */
import {
  DESIMAL_INDEKS_EFISIENSI,
  Desimal,
  SKALA_EFISIENSI,
  derivasiEfisiensi,
  formatAngka,
  formatTerbit,
  hitungEfisiensi,
  kategoriEfisiensi,
  pesanGalat,
  rupiahDari,
  serapanDari,
  terbitkan,
  type HasilCapaian,
  type HasilEfisiensi,
  type Polaritas,
  type Skala,
} from '../../core';
import { teksSel, type BarisIndikator, type MasukanLaporan } from '../kontrak';
import type { PemeriksaLaporan } from '../periksa';
import type { BandingStandar, EfisiensiIndikator, HasilIndikator, Perkembangan, TahunRealisasi } from './jenis';
import { isiSasaran } from './sasaran';
import { argumenSel, bacaSelAngka } from './sel';

/** Higher is better for a positive polarity only. */
const tinggiLebihBaik = (polaritas: Polaritas): boolean => polaritas === 'positif';

const ARAH_POLARITAS = (polaritas: Polaritas): string =>
  tinggiLebihBaik(polaritas) ? 'semakin tinggi semakin baik' : 'semakin rendah semakin baik';

/** -1, 0, 1: whether `a` is worse than, as good as, or better than `b` given the polarity. */
function mutu(a: Desimal, b: Desimal, polaritas: Polaritas): -1 | 0 | 1 {
  const c = a.comparedTo(b);
  if (c === 0) return 0;
  return c > 0 === tinggiLebihBaik(polaritas) ? 1 : -1;
}

// ---- several years ---------------------------------------------------------------------------

/**
 * The past years shown in the multi-year table: every LKIP_Realisasi_<tahun>, and LKIP_Realisasi_Lalu as year n−1
 * when the report year is known and no LKIP_Realisasi_<n−1> is given (the explicit year wins). Ascending.
 */
export function tahunTabelRiwayat(masukan: MasukanLaporan): number[] {
  if (masukan.tahunRiwayat.length === 0) return [];
  const tahun = [...masukan.tahunRiwayat];
  if (masukan.adaRealisasiLalu && masukan.tahun !== null && !tahun.includes(masukan.tahun - 1)) tahun.push(masukan.tahun - 1);
  return tahun.sort((a, b) => a - b);
}

/** Last year's figure as the capaian table already read it from LKIP_Realisasi_Lalu (not read twice). */
interface RealisasiLalu {
  readonly realisasiLalu: Desimal | null;
  readonly realisasiLaluTampil: number | string | null;
}

/** One past year's cell: its published number, "NA", or null (year n−1 without its own column: LKIP_Realisasi_Lalu). */
function realisasiTahun(ind: BarisIndikator, tahun: number, lalu: RealisasiLalu, periksa: PemeriksaLaporan): TahunRealisasi {
  const sel = ind.riwayat.find((r) => r.tahun === tahun)?.sel;
  if (!sel) return { tahun, realisasi: lalu.realisasiLalu, tampil: lalu.realisasiLaluTampil };
  const terbaca = bacaSelAngka(sel, ind.kunci, periksa);
  if (terbaca.jenis === 'angka') {
    const realisasi = terbitkan(terbaca.nilai);
    return { tahun, realisasi, tampil: realisasi.toNumber() };
  }
  return { tahun, realisasi: null, tampil: terbaca.jenis === 'NA' ? 'NA' : null };
}

/** The past years' realisasi of one indicator, and how this year's compares with the latest past figure. */
function riwayatIndikator(
  ind: BarisIndikator,
  realisasi: Desimal | null,
  polaritas: Polaritas,
  lalu: RealisasiLalu,
  k: { readonly masukan: MasukanLaporan; readonly periksa: PemeriksaLaporan; readonly tahunTabel: readonly number[] },
): { riwayat: TahunRealisasi[]; perkembangan: Perkembangan | null; derivasiPerkembangan: string } {
  if (k.tahunTabel.length === 0) return { riwayat: [], perkembangan: null, derivasiPerkembangan: '' };
  const riwayat = k.tahunTabel.map((t) => realisasiTahun(ind, t, lalu, k.periksa));
  const terakhir = [...riwayat].reverse().find((r) => r.realisasi !== null);
  if (!realisasi || !terakhir?.realisasi) {
    const sebab = realisasi ? 'tidak ada realisasi tahun sebelumnya' : 'realisasi tahun ini tidak ada';
    return { riwayat, perkembangan: null, derivasiPerkembangan: `${sebab}: tidak dapat dibandingkan` };
  }
  const selisih = realisasi.minus(terakhir.realisasi);
  const m = mutu(realisasi, terakhir.realisasi, polaritas);
  const perkembangan: Perkembangan = m > 0 ? 'membaik' : m < 0 ? 'memburuk' : 'tetap';
  const ini = k.masukan.tahun === null ? 'tahun ini' : String(k.masukan.tahun);
  const arah = selisih.isZero()
    ? 'sama'
    : selisih.isPositive()
      ? `naik ${formatTerbit(selisih)}`
      : `turun ${formatTerbit(selisih.abs())}`;
  return {
    riwayat,
    perkembangan,
    derivasiPerkembangan: `${ini}: ${formatTerbit(realisasi)} thd ${terakhir.tahun}: ${formatTerbit(terakhir.realisasi)} → ${arah} (${ARAH_POLARITAS(polaritas)}) → ${perkembangan}`,
  };
}

// ---- national standard ---------------------------------------------------------------------

/** Realisasi against LKIP_Standar_Nasional: the standard as shown, and "lebih baik" / "lebih buruk" / "sama". */
function bandingStandar(
  ind: BarisIndikator,
  realisasi: Desimal | null,
  polaritas: Polaritas,
  periksa: PemeriksaLaporan,
): { standarNasional: number | string | null; bandingStandar: BandingStandar | null; langkah: string | null } {
  const terbaca = bacaSelAngka(ind.sel.standarNasional, ind.kunci, periksa);
  if (terbaca.jenis !== 'angka') {
    return { standarNasional: terbaca.jenis === 'NA' ? 'NA' : null, bandingStandar: null, langkah: null };
  }
  const standar = terbitkan(terbaca.nilai);
  if (!realisasi) return { standarNasional: standar.toNumber(), bandingStandar: null, langkah: null };
  const m = mutu(realisasi, standar, polaritas);
  const banding: BandingStandar = m > 0 ? 'lebih baik' : m < 0 ? 'lebih buruk' : 'sama';
  const langkah = `thd standar nasional: ${formatTerbit(realisasi)} thd ${formatTerbit(standar)} (${ARAH_POLARITAS(polaritas)}) → ${banding}`;
  return { standarNasional: standar.toNumber(), bandingStandar: banding, langkah };
}

// ---- efficiency ----------------------------------------------------------------------------

/** Rupiah of a budget cell: the amount, or why there is none (blank, "-"; unreadable or negative: also a finding). */
function rupiahSel(
  ind: BarisIndikator,
  kunci: 'pagu' | 'realisasiAnggaran',
  periksa: PemeriksaLaporan,
): { nilai: Desimal } | { alasan: string } {
  const sel = ind.sel[kunci];
  const label = kunci === 'pagu' ? 'pagu' : 'realisasi anggaran';
  const t = bacaSelAngka(sel, ind.kunci, periksa);
  if (!sel || t.jenis === 'kosong' || t.jenis === 'strip') return { alasan: `${label} tidak diisi` };
  if (t.jenis === 'NA') return { alasan: `${label} NA` };
  const tidakTerbaca = { alasan: `${label} tidak dapat dibaca (${sel.nama} baris ${sel.baris}, lihat Verifikasi)` };
  if (t.jenis !== 'angka') return tidakTerbaca;
  try {
    return { nilai: rupiahDari({ jenis: 'angka', nilai: t.nilai, dariTeks: false }, sel.nilai, argumenSel(sel)) };
  } catch (e) {
    periksa.tidakTerbaca(sel, ind.kunci, pesanGalat(e));
    return tidakTerbaca;
  }
}

/**
 * The efficiency of one indicator: serapan of its programme's budget (core serapanDari: a pagu of 0 is "tidak ada
 * pagu") and capaian ÷ serapan (core hitungEfisiensi: serapan 0 is "tidak dihitung"), category by `skala`.
 */
function efisiensiIndikator(
  ind: BarisIndikator,
  capaian: HasilCapaian,
  skala: Skala,
  periksa: PemeriksaLaporan,
): EfisiensiIndikator {
  const p = rupiahSel(ind, 'pagu', periksa);
  const r = rupiahSel(ind, 'realisasiAnggaran', periksa);
  const pagu = 'nilai' in p ? p.nilai : null;
  const realisasi = 'nilai' in r ? r.nilai : null;
  const tidak = (alasan: string): EfisiensiIndikator => ({
    pagu,
    realisasi,
    serapan: null,
    hasil: { status: 'tidak_dihitung', alasan },
    kategori: null,
    derivasi: `tidak dihitung: ${alasan}`,
  });
  if ('alasan' in p) return tidak(p.alasan);
  if (p.nilai.isZero()) return tidak('pagu 0: tidak ada anggaran');
  if ('alasan' in r) return tidak(r.alasan);
  const serapan = serapanDari(p.nilai, r.nilai);
  if (serapan.status !== 'ada_pagu') return tidak(serapan.derivasi);
  const nilaiCapaian = capaian.status === 'diukur' ? capaian.nilai : null;
  let hasil: HasilEfisiensi;
  try {
    hasil = hitungEfisiensi(nilaiCapaian, serapan.nilai);
  } catch (e) {
    return { ...tidak(pesanGalat(e)), serapan: serapan.nilai }; // the core refuses (a negative figure): never thrown on
  }
  if (hasil.status === 'tidak_dihitung') return { ...tidak(hasil.alasan), serapan: serapan.nilai };
  const indeks = formatAngka(hasil.indeks, DESIMAL_INDEKS_EFISIENSI);
  const derivasi = `serapan ${serapan.derivasi}; efisiensi ${derivasiEfisiensi(nilaiCapaian, serapan.nilai)} (indeks ${indeks})`;
  return { pagu, realisasi, serapan: serapan.nilai, hasil, kategori: kategoriEfisiensi(hasil.persen, skala), derivasi };
}

// ---- the pass over the indicators --------------------------------------------------------------

/**
 * Every indicator with its analyses filled (the sasaran, blanks from the row above; the national standard, its
 * step appended to Keterangan; the past years; the efficiency), and the years of the multi-year table. `indikator[i]`
 * is the result of `masukan.indikator[i]`.
 */
export function lengkapiAnalisis(
  masukan: MasukanLaporan,
  indikator: readonly HasilIndikator[],
  periksa: PemeriksaLaporan,
): { indikator: HasilIndikator[]; tahunRiwayat: number[] } {
  const tahunTabel = tahunTabelRiwayat(masukan);
  const lengkap = indikator.map((h, i): HasilIndikator => {
    const ind = masukan.indikator[i]!;
    const standar = bandingStandar(ind, h.realisasi, h.polaritas, periksa);
    const riwayat = riwayatIndikator(ind, h.realisasi, h.polaritas, h, { masukan, periksa, tahunTabel });
    return {
      ...h,
      keterangan: [h.keterangan, ...(standar.langkah ? [standar.langkah] : [])].join('; '),
      sasaran: ind.sel.sasaran ? teksSel(ind.sel.sasaran.nilai) : null,
      standarNasional: standar.standarNasional,
      bandingStandar: standar.bandingStandar,
      ...riwayat,
      efisiensi: masukan.adaAnggaranIndikator
        ? efisiensiIndikator(ind, h.hasil, masukan.skalaEfisiensi ?? SKALA_EFISIENSI, periksa)
        : null,
    };
  });
  return { indikator: masukan.adaSasaran ? isiSasaran(lengkap) : lengkap, tahunRiwayat: tahunTabel };
}
