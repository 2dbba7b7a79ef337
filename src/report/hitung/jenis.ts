/**
 * What the computation gives (HasilLaporan) and its parts: one result per indicator, per price list row and
 * group, the combined price rise, per budget row and table, and the Verifikasi findings. Every figure is the
 * core's, published (2 decimals, half-up), with its derivation text; the sheet builders (../tabel) and the
 * summary (../ringkasan) only lay them out.
 */
import type {
  CapaianInflasi,
  Desimal,
  HasilCapaian,
  HasilEfisiensi,
  HasilRataRataCapaian,
  HasilSerapan,
  HasilStabilitas,
  MetodeCapaian,
  MetodeRataRata,
  PerubahanHarga,
  Polaritas,
  RataRataTerbit,
  Skala,
  TingkatSkalaInflasi,
} from '../../core';
import type { Temuan } from '../hasil';

export interface HasilIndikator {
  /** 1-based number in the report (every listed indicator, measured or not). */
  readonly no: number;
  readonly kunci: string;
  readonly nama: string;
  readonly satuan: string | null;
  readonly metode: MetodeCapaian;
  /** As shown: a number (published), "NA", a range "80–90", or null. */
  readonly target: number | string | null;
  /** Published realisasi as used; null when not measured. */
  readonly realisasi: Desimal | null;
  /** The core's result; an input error shows as tidak_diukur with the error as alasan. */
  readonly hasil: HasilCapaian;
  /** Message when the indicator could not be computed (bad number, target 0, unknown option). */
  readonly galat: string | null;
  readonly kategori: string | null;
  /** 0 = best level of the scale (for the fill colour); null when not measured. */
  readonly peringkat: number | null;
  /** Derivation in the document's notation. */
  readonly keterangan: string;
  /** The realisasi's own step when its cell holds a formula ("realisasi 39 / 88 × 100% = 44,32%"), else null. */
  readonly derivasiRealisasi: string | null;
  readonly realisasiLalu: Desimal | null;
  /** As shown in the "Realisasi <n−1>" column: the published number, "NA", or null. */
  readonly realisasiLaluTampil: number | string | null;
  readonly selisihLalu: Desimal | null;
  readonly targetAkhir: number | string | null;
  readonly capaianAkhir: HasilCapaian | null;
  /** Price groups under the price-rise indicator ("a. Barang Kebutuhan Pokok 12,76"). */
  readonly subBaris: readonly { readonly label: string; readonly realisasi: Desimal; readonly derivasi: string }[];
  /** As read from LKIP_Polaritas (positif by default): "better" in the comparisons. */
  readonly polaritas: Polaritas;
  // ---- issue 14: the analyses of BAB III (null / empty when the workbook lacks their names) ----
  /** LKIP_Sasaran: the indicator's sasaran strategis (a blank cell takes the one above: merged cells). */
  readonly sasaran: string | null;
  /** Remaining gap to the Renstra end target (0 = reached); null without a numeric end target or realisasi. */
  readonly sisaAkhir: Desimal | null;
  /** LKIP_Standar_Nasional as shown (number, "NA", or null) and the comparison of the realisasi with it. */
  readonly standarNasional: number | string | null;
  readonly bandingStandar: BandingStandar | null;
  /** Past years of the multi-year table (HasilLaporan.tahunRiwayat), ascending, with this indicator's realisasi. */
  readonly riwayat: readonly TahunRealisasi[];
  /** This year's realisasi against the latest past year that has one, given the polarity; null: nothing to compare. */
  readonly perkembangan: Perkembangan | null;
  readonly derivasiPerkembangan: string;
  /** Efficiency of the budget behind the indicator (LKIP_Pagu, LKIP_Realisasi_Anggaran); null without those names. */
  readonly efisiensi: EfisiensiIndikator | null;
}

export type BandingStandar = 'lebih baik' | 'lebih buruk' | 'sama';
export type Perkembangan = 'membaik' | 'memburuk' | 'tetap';

export interface TahunRealisasi {
  readonly tahun: number;
  /** Published realisasi of that year; null when blank, NA or unreadable. */
  readonly realisasi: Desimal | null;
  /** As shown: the number, "NA", or null. */
  readonly tampil: number | string | null;
}

export interface EfisiensiIndikator {
  /** Pagu and realisasi anggaran as read (Rupiah); null when blank or unreadable. */
  readonly pagu: Desimal | null;
  readonly realisasi: Desimal | null;
  /** Published serapan (realisasi / pagu × 100); null when there is no pagu. */
  readonly serapan: Desimal | null;
  /** The core's hitungEfisiensi; "tidak_dihitung" with the reason (not measured, no pagu, serapan 0). */
  readonly hasil: HasilEfisiensi;
  readonly kategori: string | null;
  readonly derivasi: string;
}

/** One sasaran strategis: its indicators and their mean capaian (the core's rataRataCapaian). */
export interface HasilSasaran {
  readonly nama: string;
  /** Numbers (HasilIndikator.no) of its indicators, in order. */
  readonly noIndikator: readonly number[];
  readonly rataRata: HasilRataRataCapaian;
  readonly kategori: string | null;
  readonly peringkat: number | null;
}

export interface HasilBarisHarga {
  readonly no: number;
  readonly kunci: string;
  readonly nama: string;
  readonly satuan: string | null;
  /** Prices as read (numbers), null when unreadable. */
  readonly lalu: Desimal | null;
  readonly kini: Desimal | null;
  readonly perubahan: PerubahanHarga | null;
  readonly galat: string | null;
  /** Daily groups: how the two annual averages were formed ("2020: Σ harga … = …; 2021: …"); null for typed lists. */
  readonly derivasiHarga?: string | null;
}

/** What a daily price group adds to its price list: where the averages came from, and the stability table. */
export interface HasilHarian {
  /** "Harian!$A$1:$E$963601" */
  readonly rujukan: string;
  readonly metode: MetodeRataRata;
  readonly jumlahBaris: number;
  readonly jumlahPengamatan: number;
  readonly jumlahKabKota: number;
  /** The core's stabilitasHarga for the report year. */
  readonly stabilitas: HasilStabilitas;
}

export interface HasilGrupHarga {
  readonly nama: string;
  readonly label: string;
  readonly kunci: string;
  readonly baris: readonly HasilBarisHarga[];
  /** null when no row could be computed. */
  readonly rataRata: RataRataTerbit | null;
  /** Set for a daily price group (LKIP_HargaHarian_<Grup>), null for a typed list. */
  readonly harian: HasilHarian | null;
}

export interface HasilHargaGabungan {
  readonly rataRata: RataRataTerbit;
  readonly skala: CapaianInflasi;
  /** "(12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%" */
  readonly derivasi: string;
  readonly kategori: string;
  readonly peringkat: number;
}

export interface HasilBarisAnggaran {
  readonly no: number;
  readonly kunci: string;
  readonly program: string;
  readonly pagu: Desimal | null;
  readonly realisasi: Desimal | null;
  readonly serapan: HasilSerapan | null;
  readonly galat: string | null;
}

export interface HasilTabelAnggaran {
  readonly nama: string;
  readonly label: string;
  readonly kunci: string;
  readonly utama: boolean;
  readonly baris: readonly HasilBarisAnggaran[];
  /** Σ realisasi / Σ pagu over the readable rows. */
  readonly total: HasilSerapan;
}

export interface HasilLaporan {
  readonly instansi: string | null;
  readonly tahun: number | null;
  readonly skala: Skala;
  /** The price-rise step scale used (Tabel 3.7), for documents that print it. */
  readonly skalaInflasi: readonly TingkatSkalaInflasi[];
  readonly indikator: readonly HasilIndikator[];
  readonly rataRata: HasilRataRataCapaian;
  readonly kategoriRataRata: string | null;
  readonly peringkatRataRata: number | null;
  readonly adaRealisasiLalu: boolean;
  readonly adaTargetAkhir: boolean;
  // ---- issue 14 ----
  /** Per sasaran strategis, in order of first appearance; empty without LKIP_Sasaran. */
  readonly sasaran: readonly HasilSasaran[];
  readonly adaStandarNasional: boolean;
  /** The efficiency table is drawn (LKIP_Pagu or LKIP_Realisasi_Anggaran given). */
  readonly adaEfisiensi: boolean;
  /** LKIP_Skala_Efisiensi, or the core's SKALA_EFISIENSI; empty when the report has no analysis names. */
  readonly skalaEfisiensi: Skala;
  /**
   * Past years of the multi-year table, ascending (LKIP_Realisasi_<tahun>, and LKIP_Realisasi_Lalu as n−1); empty
   * unless at least one LKIP_Realisasi_<tahun> is given (LKIP_Realisasi_Lalu alone keeps today's two columns).
   */
  readonly tahunRiwayat: readonly number[];
  readonly grupHarga: readonly HasilGrupHarga[];
  readonly gabungan: HasilHargaGabungan | null;
  readonly anggaran: readonly HasilTabelAnggaran[];
  /** Verifikasi findings, galat first, then peringatan, then info; IDs are stable. */
  readonly temuan: readonly Temuan[];
}

/** A number cell as read: a number, a marker (NA, blank, "-"), or the message of an unreadable cell (already a finding). */
export type AngkaSel =
  { jenis: 'angka'; nilai: Desimal } | { jenis: 'NA' | 'kosong' | 'strip' } | { jenis: 'galat'; pesan: string };
