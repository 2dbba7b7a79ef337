/**
 * The detector's input and output: plain data, the same for the task pane (Hubungkan Tabel) and the
 * command-line runner (--deteksi). Coordinates are zero-based sheet coordinates, as in ../lembar.
 */
import type { NilaiSel, Rentang } from '../lembar';
import type { Peran } from './kosakata';

/** One sheet (or a selection on it) as read by an adapter. */
export interface LembarSumber {
  /** Sheet name, e.g. "PK 2021". */
  readonly nama: string;
  /** Values from `asal` (A1 when absent): numbers, text, booleans, null for empty. Rows may differ in length. */
  readonly nilai: readonly (readonly NilaiSel[])[];
  /** Sheet position of nilai[0][0]; default { baris: 0, kolom: 0 } (A1). */
  readonly asal?: { readonly baris: number; readonly kolom: number };
  /** Merged areas in sheet coordinates (those outside nilai are ignored). Without them, merges are inferred from the layout. */
  readonly gabungan?: readonly Rentang[];
  /** Formulas, same shape as nilai (optional): only carried over by rentangBernamaDari, never read by the detector. */
  readonly rumus?: readonly (readonly (string | null)[])[];
}

export type JenisTabel = 'kinerja' | 'harga' | 'anggaran';

/**
 * siap: its names are in HasilDeteksi.nama; perlu_pilihan: an ambiguity involving it is open;
 * tidak_dipilih: another table of the same kind was chosen; tidak_terpetakan: found, but it cannot get its
 * names (see alasan).
 */
export type StatusTabel = 'siap' | 'perlu_pilihan' | 'tidak_dipilih' | 'tidak_terpetakan';

export interface KolomTerdeteksi {
  /** Stable key: "<tabel id>:<column letter>", e.g. "PK 2021!A4:E" (the key of OpsiDeteksi.ubah). */
  readonly id: string;
  /** Zero-based sheet column and its letters. */
  readonly kolom: number;
  readonly huruf: string;
  /** The header as read: "Target" or, under a merged parent, "Tahun 2021 / Target"; "" for a blank header. */
  readonly kepala: string;
  readonly peran: Peran | null;
  readonly tahun: number | null;
  /**
   * Performance table: the n×1 name this column gets. Price list and budget: the table's name when the column
   * is inside its range. Null when the column gets none (see alasan).
   */
  readonly nama: string | null;
  /** Price list and budget: the column's part of the range ("Nama", "Satuan", "Harga 2020", "Pagu" …). */
  readonly bagian: string | null;
  /** Another column of the table claims the same name: an ambiguity decides. */
  readonly ambigu: boolean;
  /** Why the column gets no name (a blank or unknown header, a numbering column, a year the report does not read …). */
  readonly alasan: string | null;
}

/** Where and why the data rows ended. */
export interface AkhirData {
  readonly sebab: 'baris_kosong' | 'baris_penutup' | 'tabel_berikut' | 'akhir_lembar';
  /** Sheet row of the row that ended the table (the empty row, "Sumber: …", the next header); -1 at the end of the values. */
  readonly baris: number;
  /** Text of a closing line ("Sumber: Bagian Perencanaan", "RATA-RATA CAPAIAN"). */
  readonly teks: string | null;
}

/** The report year a performance table was read with, and where it came from. */
export interface TahunLaporan {
  readonly tahun: number;
  readonly sumber: 'opsi' | 'kepala' | 'pengaturan' | 'judul' | 'perkiraan';
  /** In words, for the pane and the runner: "kolom Target 2021 dan Realisasi 2021". */
  readonly keterangan: string;
}

/** One workbook-scoped name to create. */
export interface UsulanNama {
  /** "LKIP_Target", "LKIP_Harga_Kebutuhan_Pokok", "LKIP_Anggaran_APBN". */
  readonly nama: string;
  readonly lembar: string;
  readonly rentang: Rentang;
  /** "C6:C14" */
  readonly alamat: string;
  /** "$C$6:$C$14": what PortBukuKerja.tetapkanNama(nama, lembar, alamatA1) takes. */
  readonly alamatMutlak: string;
  /** "'PK 2021'!$C$6:$C$14" */
  readonly rujukan: string;
  /** Headers of the columns it covers, left to right (settings: the label cell's text). */
  readonly kepala: readonly string[];
  /** Id of the table it belongs to; null for a setting. */
  readonly tabel: string | null;
}

export interface PilihanAmbiguitas {
  /** What to put in OpsiDeteksi.pilihan[ambiguitas.id]: a table id, a column letter, a cell address. */
  readonly id: string;
  /** "tabel kinerja 'PK 2021'!A4:H12 (6 indikator)", "kolom D 'Target PK'". */
  readonly label: string;
  readonly rujukan: string;
}

/** A choice the detector will not make: the pane asks, the runner refuses naming every candidate. */
export interface Ambiguitas {
  /** Stable key, e.g. "tabel:kinerja", "tabel:anggaran", "kolom:PK 2021!A4:LKIP_Target", "pengaturan:LKIP_Tahun". */
  readonly id: string;
  readonly jenis: 'tabel_kinerja' | 'tabel_anggaran' | 'kolom' | 'pengaturan';
  /** The name at stake. */
  readonly nama: string;
  /** Indonesian, naming every candidate and how to decide. */
  readonly pesan: string;
  readonly pilihan: readonly PilihanAmbiguitas[];
}

export interface TabelTerdeteksi {
  /** Stable key: "<sheet>!<top-left cell of the header>", e.g. "PK 2021!A4". */
  readonly id: string;
  readonly jenis: JenisTabel;
  readonly lembar: string;
  /** Header rows across the table's columns. */
  readonly kepala: Rentang;
  /** Data rows across the table's columns (jumlahBaris 0 when none). */
  readonly data: Rentang;
  /** Header and data: "A4:H12", and with the sheet: "'PK 2021'!A4:H12". */
  readonly alamat: string;
  readonly rujukan: string;
  readonly jumlahBaris: number;
  /** Performance tables: the report year used to read the years in the headers (null when no header has one). */
  readonly tahun: TahunLaporan | null;
  readonly akhir: AkhirData;
  readonly kolom: readonly KolomTerdeteksi[];
  readonly status: StatusTabel;
  /** The names this table gets (proposed; applied when status is siap). */
  readonly nama: readonly UsulanNama[];
  /** Why the table cannot get its names (status tidak_terpetakan). */
  readonly alasan: readonly string[];
  /** What a user should know: columns left out, years assumed, rows that look like group headings. */
  readonly catatan: readonly string[];
}

export interface OpsiDeteksi {
  /** The report year; otherwise read from the headers (see the module comment). */
  readonly tahun?: number;
  /** Decisions of ambiguities: ambiguitas.id → pilihan.id. */
  readonly pilihan?: Readonly<Record<string, string>>;
  /**
   * The pane's edits: a column id (performance table) → the name it gets instead, or null to drop it;
   * a table id (price list, budget) → the name of its range, or null to drop the table.
   */
  readonly ubah?: Readonly<Record<string, string | null>>;
}

export interface HasilDeteksi {
  /** Every table found, sheet by sheet, top to bottom. */
  readonly tabel: readonly TabelTerdeteksi[];
  /** The names to create: those of the tables that are siap, and the settings found (LKIP_Tahun, LKIP_Instansi). */
  readonly nama: readonly UsulanNama[];
  /** Open choices; empty when the names can be created as they are. */
  readonly ambiguitas: readonly Ambiguitas[];
  /** Problems with OpsiDeteksi (an unknown name in ubah, a pilihan that fits no candidate). */
  readonly masalahOpsi: readonly string[];
}
