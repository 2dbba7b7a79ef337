/**
 * The narrative draft of one indicator, from its figures, in the document's register (sentences: core/narasi.ts).
 *
 * A draft is the pieces of BAGIAN_NARASI, in order; each piece looks at the indicator and the report and gives its
 * sentences and the figures they rest on, or nothing. The figures of all pieces, joined, are the draft's "angka":
 * what the Narasi sheet remembers under an author's edited text, so a changed figure is flagged, never overwritten.
 *
 * The analyses of BAB III (issue 14: past years, national standard, efficiency) are pieces too, each reading the
 * figures the computation already published on the indicator (riwayat/perkembangan, standarNasional/bandingStandar,
 * efisiensi): a further analysis is one more function of this shape and one line in BAGIAN_NARASI.
 */
import {
  formatTerbit,
  kalimatBandingLalu,
  kalimatCapaian,
  kalimatEfisiensi,
  kalimatKenaikanHarga,
  kalimatMelebihiTarget,
  kalimatRealisasiKeCapaian,
  kalimatRiwayat,
  kalimatRumusRealisasi,
  kalimatStandarNasional,
  kalimatTargetAkhir,
  kalimatTargetNA,
  kalimatTargetRealisasi,
  kalimatTidakDiukur,
  nilaiDenganSatuan,
  type Desimal,
} from '../../core';
import type { HasilIndikator, HasilLaporan } from '../hitung';
import { idBaris } from '../idTemuan';

/** What every piece may read besides its indicator. */
export interface KonteksNarasi {
  readonly hasil: HasilLaporan;
  /** "tahun 2021" (or "tahun ini" without LKIP_Tahun). */
  readonly tahunIni: string;
  readonly tahunLalu: string;
}

/** A piece's sentences and the figures they rest on ("target 50 %", "capaian 88,64 %"). */
export interface BagianNarasi {
  readonly kalimat: readonly string[];
  readonly angka: readonly string[];
}

export type SusunBagianNarasi = (ind: HasilIndikator, k: KonteksNarasi) => BagianNarasi | null;

export interface DrafNarasi {
  /** Stable ID of the indicator's narrative: "NARASI:<kunci>", the rule of the Verifikasi IDs (idTemuan). */
  readonly id: string;
  /** The indicator's key (slug of its name, kunciUnik). */
  readonly kunci: string;
  readonly no: number;
  readonly nama: string;
  /** The figures under the draft, one line: "target 50 % · realisasi 44,32 % · capaian 88,64 % · Sangat Berhasil". */
  readonly angka: string;
  readonly teks: string;
}

/** Code of a narrative's ID: NARASI:<kunci of the indicator>. */
export const KODE_NARASI = 'NARASI';

const dgnSatuan = (ind: HasilIndikator, v: Desimal | number | string) => nilaiDenganSatuan(v, ind.satuan);

/** The headline: capaian and kategori, or why the indicator is not measured. */
const bagianCapaian: SusunBagianNarasi = (ind, k) => {
  const h = ind.hasil;
  if (h.status !== 'diukur') {
    return { kalimat: [kalimatTidakDiukur(ind.nama, k.tahunIni, ind.galat ?? h.alasan)], angka: [h.alasan] };
  }
  return {
    kalimat: [kalimatCapaian(ind.nama, k.tahunIni, h.nilai, ind.kategori)],
    angka: [`capaian ${formatTerbit(h.nilai)} %`, ...(ind.kategori ? [ind.kategori] : [])],
  };
};

/** Target and realisasi of the year. */
const bagianTargetRealisasi: SusunBagianNarasi = (ind, k) => {
  if (ind.hasil.status !== 'diukur' || ind.realisasi === null || ind.target === null || ind.hasil.targetNA) return null;
  const target = dgnSatuan(ind, ind.target);
  const realisasi = dgnSatuan(ind, ind.realisasi);
  return {
    kalimat: [kalimatTargetRealisasi(k.tahunIni, target, realisasi)],
    angka: [`target ${target}`, `realisasi ${realisasi}`],
  };
};

/** The realisasi's formula ("39 / 88 × 100% = 44,32%"), when its cell holds one the report recognises. */
const bagianRumusRealisasi: SusunBagianNarasi = (ind) =>
  ind.derivasiRealisasi === null
    ? null
    : { kalimat: [kalimatRumusRealisasi(ind.derivasiRealisasi)], angka: [ind.derivasiRealisasi] };

/** From realisasi to capaian: the ratio, the step scale of the price rise, or the target NA rule. */
const bagianDerivasiCapaian: SusunBagianNarasi = (ind, k) => {
  const h = ind.hasil;
  if (h.status !== 'diukur' || ind.realisasi === null) return null;
  const realisasi = dgnSatuan(ind, ind.realisasi);
  if (h.targetNA) return { kalimat: [kalimatTargetNA(k.tahunIni, realisasi)], angka: [`realisasi ${realisasi}`, 'target NA'] };
  const gb = k.hasil.gabungan;
  if (ind.metode === 'inflasi' && gb && h.realisasi.eq(gb.rataRata.nilai)) {
    return {
      kalimat: [kalimatKenaikanHarga(k.tahunIni, gb.rataRata.derivasi, gb.skala.derivasiSkala)],
      angka: [gb.rataRata.derivasi],
    };
  }
  const rumus = h.derivasi.replace(/ → .*$/, ''); // "44,32 / 50 × 100% = 88,64%" without the cap's note
  const kalimat = [kalimatRealisasiKeCapaian(k.tahunIni, realisasi, rumus)];
  if (h.dibatasi && h.nilaiSebelumBatas.gt(h.nilai)) kalimat.push(kalimatMelebihiTarget(h.nilaiSebelumBatas, h.nilai));
  return { kalimat, angka: [rumus] };
};

/** Against last year (LKIP_Realisasi_Lalu). */
const bagianTahunLalu: SusunBagianNarasi = (ind, k) => {
  if (ind.realisasiLalu === null || ind.selisihLalu === null) return null;
  const lalu = dgnSatuan(ind, ind.realisasiLalu);
  return {
    kalimat: [kalimatBandingLalu(k.tahunLalu, k.tahunIni, lalu, ind.selisihLalu)],
    angka: [`realisasi ${k.tahunLalu} ${lalu}`],
  };
};

/** Against the Renstra end target (LKIP_Target_Akhir). */
const bagianTargetAkhir: SusunBagianNarasi = (ind, k) => {
  const ca = ind.capaianAkhir;
  if (ind.targetAkhir === null || !ca || ca.status !== 'diukur') return null;
  const target = dgnSatuan(ind, ind.targetAkhir);
  return { kalimat: [kalimatTargetAkhir(target, k.tahunIni, ca.derivasi)], angka: [`target akhir ${target}`] };
};

/** Past years (LKIP_Realisasi_<tahun>): their realisasi and the multi-year table's membaik / memburuk / tetap. */
const bagianRiwayat: SusunBagianNarasi = (ind, k) => {
  if (ind.perkembangan === null || ind.realisasi === null) return null;
  const lalu = ind.riwayat.flatMap((r) => (r.realisasi === null ? [] : [[r.tahun, dgnSatuan(ind, r.realisasi)] as const]));
  if (lalu.length === 0) return null;
  const realisasi = dgnSatuan(ind, ind.realisasi);
  return {
    kalimat: [kalimatRiwayat(lalu, k.tahunIni, realisasi, ind.perkembangan)],
    angka: [...lalu.map(([t, v]) => `realisasi tahun ${t} ${v}`), `realisasi ${realisasi}`, `perkembangan ${ind.perkembangan}`],
  };
};

/** Against the national standard (LKIP_Standar_Nasional): lebih baik / lebih buruk / sama, as in the capaian table. */
const bagianStandarNasional: SusunBagianNarasi = (ind, k) => {
  if (ind.bandingStandar === null || typeof ind.standarNasional !== 'number' || ind.realisasi === null) return null;
  const standar = dgnSatuan(ind, ind.standarNasional);
  const realisasi = dgnSatuan(ind, ind.realisasi);
  return {
    kalimat: [kalimatStandarNasional(standar, k.tahunIni, realisasi, ind.bandingStandar)],
    angka: [`standar nasional ${standar}`, `realisasi ${realisasi}`, `thd standar nasional ${ind.bandingStandar}`],
  };
};

/** Efficiency of the budget behind the indicator (LKIP_Pagu, LKIP_Realisasi_Anggaran); nothing when "tidak dihitung". */
const bagianEfisiensi: SusunBagianNarasi = (ind) => {
  const ef = ind.efisiensi;
  if (!ef || ef.hasil.status !== 'dihitung' || ef.serapan === null || ind.hasil.status !== 'diukur') return null;
  const persen = ef.hasil.persen;
  return {
    kalimat: [kalimatEfisiensi(ind.hasil.nilai, ef.serapan, persen, ef.kategori)],
    angka: [
      `capaian ${formatTerbit(ind.hasil.nilai)} %`,
      `serapan ${formatTerbit(ef.serapan)} %`,
      `efisiensi ${formatTerbit(persen)} %`,
      ...(ef.kategori ? [ef.kategori] : []),
    ],
  };
};

/** The pieces of a draft, in reading order. Further analyses are one line each. */
export const BAGIAN_NARASI: readonly SusunBagianNarasi[] = Object.freeze([
  bagianCapaian,
  bagianTargetRealisasi,
  bagianRumusRealisasi,
  bagianDerivasiCapaian,
  bagianTahunLalu,
  bagianTargetAkhir,
  bagianRiwayat,
  bagianStandarNasional,
  bagianEfisiensi,
]);

export function konteksNarasi(hasil: HasilLaporan): KonteksNarasi {
  return {
    hasil,
    tahunIni: hasil.tahun === null ? 'tahun ini' : `tahun ${hasil.tahun}`,
    tahunLalu: hasil.tahun === null ? 'tahun lalu' : `tahun ${hasil.tahun - 1}`,
  };
}

/** The draft of one indicator from the given pieces (BAGIAN_NARASI by default). Pure. */
export function drafNarasi(
  ind: HasilIndikator,
  k: KonteksNarasi,
  bagian: readonly SusunBagianNarasi[] = BAGIAN_NARASI,
): DrafNarasi {
  const kalimat: string[] = [];
  const angka: string[] = [];
  for (const susun of bagian) {
    const b = susun(ind, k);
    if (!b) continue;
    kalimat.push(...b.kalimat);
    for (const a of b.angka) if (!angka.includes(a)) angka.push(a);
  }
  return {
    id: idBaris(KODE_NARASI, ind.kunci),
    kunci: ind.kunci,
    no: ind.no,
    nama: ind.nama,
    angka: angka.join(' · '),
    teks: kalimat.join(' '),
  };
}

/** Every indicator's draft, in the report's order. */
export function drafSemuaNarasi(hasil: HasilLaporan): DrafNarasi[] {
  const k = konteksNarasi(hasil);
  return hasil.indikator.map((ind) => drafNarasi(ind, k));
}
