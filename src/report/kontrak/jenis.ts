/**
 * What the contract reader hands the computation (MasukanLaporan) and its parts: indicator rows, price
 * lists, daily price groups, budget tables. Every cell keeps its location (SelMasukan) so each later
 * problem can name it. The indicator columns are not listed here by hand: BarisIndikator.sel has one key
 * per column of the contract's table (KOLOM_INDIKATOR in ./daftar).
 */
import type { Desimal, JenisSimpangan, MetodeRataRata } from '../../core';
import type { Temuan, OpsiJalankan, StatusNama } from '../hasil';
import type { RentangBernama } from '../port';
import type { KOLOM_INDIKATOR, NilaiPengaturan } from './daftar';
import type { SelMasukan } from './rentang';

/** The key of an indicator column in BarisIndikator.sel ("target", "satuan", …): one per row of KOLOM_INDIKATOR. */
export type KunciKolom = keyof typeof KOLOM_INDIKATOR;
/** The columns every indicator row has (their names are required). */
export type KunciKolomWajib = 'indikator' | 'target' | 'realisasi';

export interface BarisIndikator {
  /** Unique slug of the indicator's name (namesakes get ~2, ~3): the stable part of finding IDs. */
  readonly kunci: string;
  /** Display name; "(indikator tanpa nama)" when the cell is blank. */
  readonly nama: string;
  /** The row's cell of each indicator column; an optional column the workbook lacks is absent. */
  readonly sel: { readonly [K in KunciKolom]?: SelMasukan } & { readonly [K in KunciKolomWajib]: SelMasukan };
  /** The row's cell of each past-year column (LKIP_Realisasi_<tahun>), years ascending; empty when none. */
  readonly riwayat: readonly { readonly tahun: number; readonly sel: SelMasukan }[];
}

export interface BarisHarga {
  readonly kunci: string;
  readonly nama: string;
  readonly satuan: string | null;
  readonly sel: {
    readonly nama: SelMasukan;
    readonly satuan: SelMasukan;
    readonly lalu: SelMasukan;
    readonly kini: SelMasukan;
    readonly tertulis?: SelMasukan;
  };
}

export interface GrupHarga {
  /** The defined name, e.g. "LKIP_Harga_Pokok". */
  readonly nama: string;
  /** Caption part: the name after LKIP_Harga_, underscores as spaces ("Kebutuhan Pokok"). */
  readonly label: string;
  readonly kunci: string;
  readonly adaKolomTertulis: boolean;
  readonly baris: readonly BarisHarga[];
}

export interface GrupHargaHarian {
  /** The defined name, e.g. "LKIP_HargaHarian_Pokok". */
  readonly nama: string;
  /** Caption part: the name after LKIP_HargaHarian_, underscores as spaces ("Kebutuhan Pokok"). */
  readonly label: string;
  readonly kunci: string;
  /** The range as read: its rows go to the core's collector in chunks, never cell by cell here. */
  readonly rentang: RentangBernama;
}

/** How daily prices are averaged and how their stability is measured (LKIP_Metode_RataHarga, LKIP_Simpangan_KV, LKIP_Batas_KV). */
export interface OpsiHargaHarianLaporan {
  readonly metode: MetodeRataRata;
  readonly simpangan: JenisSimpangan;
  /** KV threshold in percentage points. */
  readonly ambangKV: Desimal;
}

/** A group given both as a typed list and as daily prices: the daily prices are used. */
export interface GrupHargaGanda {
  readonly label: string;
  /** The typed list left out (LKIP_Harga_<Grup>) and the daily range used instead. */
  readonly diabaikan: RentangBernama;
  readonly dipakai: string;
}

export interface BarisAnggaran {
  readonly kunci: string;
  readonly program: string;
  readonly sel: {
    readonly program: SelMasukan;
    readonly pagu: SelMasukan;
    readonly realisasi: SelMasukan;
    readonly persenTertulis?: SelMasukan;
  };
}

export interface TabelAnggaran {
  readonly nama: string;
  /** "" for LKIP_Anggaran, "APBN" for LKIP_Anggaran_APBN. */
  readonly label: string;
  readonly kunci: string;
  /** LKIP_Anggaran itself: the table of the summary and the JSON. */
  readonly utama: boolean;
  readonly adaKolomPersen: boolean;
  readonly baris: readonly BarisAnggaran[];
  /** Rows whose Program starts with "Jumlah"/"Total": the printed total, checked against the rows. */
  readonly totalTertulis: readonly BarisAnggaran[];
}

/**
 * The settings as read: one field per row of PENGATURAN (./daftar), typed by its reader, so a new setting row
 * appears here by itself. The three settings of daily prices are grouped in MasukanLaporan.opsiHargaHarian.
 */
export type PengaturanLaporan = Omit<NilaiPengaturan, 'metodeRataHarga' | 'simpanganKV' | 'ambangKV'>;

export interface MasukanLaporan extends PengaturanLaporan {
  readonly indikator: readonly BarisIndikator[];
  readonly adaRealisasiLalu: boolean;
  readonly adaTargetAkhir: boolean;
  /** Which analysis columns the workbook has (issue 14): each adds its table or columns to the report. */
  readonly adaSasaran: boolean;
  readonly adaStandarNasional: boolean;
  /** LKIP_Pagu or LKIP_Realisasi_Anggaran: the efficiency table. */
  readonly adaAnggaranIndikator: boolean;
  /** The years of the past-year columns used (LKIP_Realisasi_<tahun>), ascending; empty when none. */
  readonly tahunRiwayat: readonly number[];
  readonly grupHarga: readonly GrupHarga[];
  /** Daily price groups (LKIP_HargaHarian_<Grup>); empty when none. */
  readonly grupHargaHarian: readonly GrupHargaHarian[];
  readonly opsiHargaHarian: OpsiHargaHarianLaporan;
  /** Typed lists replaced by daily groups of the same name. */
  readonly grupHargaGanda: readonly GrupHargaGanda[];
  /**
   * Order of every price group (typed and daily) in the report, by the position of its range (sheet, row,
   * column, name): the defined names, e.g. ["LKIP_Harga_Pokok", "LKIP_HargaHarian_Penting"].
   */
  readonly urutanGrupHarga: readonly string[];
  readonly anggaran: readonly TabelAnggaran[];
}

export interface HasilBacaKontrak {
  /** null when a galat blocks the run (missing required name, wrong shape, different lengths, bad setting). */
  readonly masukan: MasukanLaporan | null;
  readonly statusNama: StatusNama[];
  readonly masalah: Temuan[];
}

/** Defaults for settings the workbook lacks (the task pane's stored options). */
export type PengaturanBawaan = OpsiJalankan['pengaturan'];
