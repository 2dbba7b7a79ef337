/**
 * What one run of the report ("Hitung Ulang Laporan", or the command-line runner) returns.
 * Shared by the task pane, the runner and the tests; the engine (jalankan.ts) fills it.
 */
import type { HasilLaporan } from './hitung/jenis';
import type { LaporKemajuan } from './kemajuan';
import type { NarasiIndikator } from './susunNarasi';

export type Tingkat = 'galat' | 'peringatan' | 'info';

/** A problem found while reading the workbook, or a finding of the Verifikasi checks. */
export interface Temuan {
  readonly tingkat: Tingkat;
  /** Stable ID (Verifikasi findings): derived from the check and the indicator/item, never the row number. */
  readonly id?: string;
  /** Named range concerned, e.g. "LKIP_Target". */
  readonly nama?: string;
  /** 1-based row within the named range. */
  readonly baris?: number;
  /** Sheet and A1 address of the cell, for "select that cell". */
  readonly lembar?: string;
  readonly alamat?: string;
  readonly pesan: string;
}

/** One entry of the workbook contract: found or missing, with its row count. */
export interface StatusNama {
  readonly nama: string;
  readonly wajib: boolean;
  readonly ada: boolean;
  readonly jumlahBaris?: number;
  /** "Input!$C$5:$C$15" when found. */
  readonly rujukan?: string;
}

/** Summary for the task pane and the terminal: formatted the Indonesian way ("81,44 %"). */
export interface Ringkasan {
  readonly instansi: string | null;
  readonly tahun: number | null;
  readonly jumlahIndikator: number;
  readonly jumlahDiukur: number;
  /** "81,44 %" or null when nothing is measured. */
  readonly rataRataCapaian: string | null;
  readonly kategori: string | null;
  /** "19,77 %" (combined price rise) and its scale result "75 %", or null without price lists. */
  readonly kenaikanHarga: string | null;
  readonly capaianKenaikanHarga: string | null;
  /** "97,32 %" budget absorption over all budget rows, or null without LKIP_Anggaran. */
  readonly serapanAnggaran: string | null;
  /** Capaian per sasaran strategis (LKIP_Sasaran): "78,41 %" and its kategori; empty without the name. */
  readonly sasaran: readonly {
    readonly nama: string;
    readonly jumlahDiukur: number;
    readonly rataRataCapaian: string | null;
    readonly kategori: string | null;
  }[];
  /**
   * The efficiency table (LKIP_Pagu, LKIP_Realisasi_Anggaran) counted: indicators computed, per kategori in the
   * scale's order ("Efisien" 5, "Tidak Efisien" 4), and those not computed; null without those names.
   */
  readonly efisiensi: {
    readonly dihitung: number;
    readonly tidakDihitung: number;
    readonly perKategori: readonly { readonly kategori: string; readonly jumlah: number }[];
  } | null;
  readonly temuan: { readonly galat: number; readonly peringatan: number; readonly info: number };
}

/** The runner's --json document (numbers as published, 2 decimals; null where not measured). */
export interface LaporanJson {
  readonly instansi: string | null;
  readonly tahun: number | null;
  readonly indikator: readonly {
    readonly no: number;
    readonly nama: string;
    readonly satuan: string | null;
    readonly target: number | string | null;
    readonly realisasi: number | null;
    readonly capaian: number | null;
    readonly kategori: string | null;
    readonly keterangan: string;
    /** capaian ÷ serapan of the indicator's programme (LKIP_Pagu, LKIP_Realisasi_Anggaran); null when not computed. */
    readonly efisiensi: {
      readonly serapan: number;
      readonly persen: number;
      readonly indeks: number;
      readonly kategori: string;
    } | null;
    readonly standar_nasional: number | string | null;
    readonly banding_standar: 'lebih baik' | 'lebih buruk' | 'sama' | null;
    /** Realisasi by year, ascending: past years, last year (LKIP_Realisasi_Lalu), this year; only years known. */
    readonly riwayat: readonly { readonly tahun: number; readonly realisasi: number | string | null }[];
  }[];
  /** Capaian per sasaran strategis (LKIP_Sasaran), in order of first appearance; empty without the name. */
  readonly sasaran: readonly {
    readonly nama: string;
    readonly no_indikator: readonly number[];
    readonly jumlah_diukur: number;
    readonly rata_rata_capaian: number | null;
    readonly kategori: string | null;
  }[];
  readonly rata_rata_capaian: number | null;
  readonly kategori: string | null;
  readonly harga: readonly {
    readonly grup: string;
    readonly rata_rata: number | null;
    /** Daily price groups only: the Stabilitas Harga table's figures for the report year. */
    readonly stabilitas?: {
      readonly rata_rata_kv: number | null;
      readonly batas_kv: number;
      /** Commodities whose KV is above batas_kv. */
      readonly di_atas_batas: readonly string[];
    };
  }[];
  readonly kenaikan_harga_gabungan: number | null;
  readonly anggaran: { readonly pagu: number; readonly realisasi: number; readonly serapan: number | null } | null;
  readonly verifikasi: readonly Temuan[];
}

/** Options of a run that do not come from the workbook. Names in the workbook (LKIP_Skala, ...) win over these. */
export interface OpsiJalankan {
  /** Replace a sheet named like ours that the add-in did not create (after the user confirmed). */
  readonly timpaLembarPengguna?: boolean;
  /** Defaults for settings absent from the workbook, e.g. from the task pane's stored options. */
  readonly pengaturan?: {
    readonly skala?: string;
    readonly batas?: string | number;
    readonly kebijakanNA?: string;
  };
  readonly kemajuan?: LaporKemajuan;
  /**
   * Protect the written sheets against accidental edits (no password; on "Verifikasi" the reviewer
   * columns stay editable). Default true; false writes them unprotected.
   */
  readonly lindungiLembar?: boolean;
}

export interface HasilJalankan {
  /**
   * ditulis: sheets written; ditolak: required input missing or invalid, nothing written;
   * perlu_konfirmasi: a sheet of that name exists that the add-in did not create, nothing written.
   */
  readonly status: 'ditulis' | 'ditolak' | 'perlu_konfirmasi';
  readonly statusNama: readonly StatusNama[];
  /** Problems found while reading (galat blocks the write). */
  readonly masalah: readonly Temuan[];
  /** Verifikasi findings (also written to the "Verifikasi" sheet). */
  readonly temuan: readonly Temuan[];
  readonly ringkasan: Ringkasan | null;
  readonly json: LaporanJson | null;
  readonly lembarDitulis: readonly string[];
  /** Sheets that exist but are not ours (status perlu_konfirmasi). */
  readonly lembarBentrok: readonly string[];
  /**
   * Status ditulis: what a BAB III document is made of (the runner's --docx): the computed report (its findings
   * include the narratives') and each indicator's narrative with the author's edited text, as written.
   */
  readonly bab3?: { readonly hasil: HasilLaporan; readonly narasi: readonly NarasiIndikator[] };
}
