/**
 * The task pane's only way to the workbook: an injected service. The real one (layananExcel.ts)
 * wires the Office.js adapter, the report engine and the sample; tests inject fakes.
 */
import { bacaBatas, bacaKebijakanTargetNA, namaPresetSkala, presetSkala } from '../core';
import type { BacaanDeteksi, HasilBuatNama } from '../report/deteksi/bacaan';
import type { UsulanNama } from '../report/deteksi/jenis';
import type { HasilJalankan, Temuan, OpsiJalankan, StatusNama } from '../report/hasil';

export type PresetSkalaPanel = 'tabel-3.1' | 'lima-tingkat';
export type BatasPanel = '100' | '110' | '120' | 'tanpa';
export type KebijakanNAPanel = 'tercapai' | 'dikecualikan';

/** The options the pane offers, stored in the workbook's document settings. */
export interface OpsiPanel {
  readonly skala: PresetSkalaPanel;
  readonly batas: BatasPanel;
  readonly kebijakanNA: KebijakanNAPanel;
}

export const PILIHAN_SKALA: readonly PresetSkalaPanel[] = ['tabel-3.1', 'lima-tingkat'];
export const PILIHAN_BATAS: readonly BatasPanel[] = ['100', '110', '120', 'tanpa'];
export const PILIHAN_NA: readonly KebijakanNAPanel[] = ['tercapai', 'dikecualikan'];

/** The document's own choices: Tabel 3.1, capped at 100, target NA counted as achieved. */
export const OPSI_BAWAAN: OpsiPanel = Object.freeze({ skala: 'tabel-3.1', batas: '100', kebijakanNA: 'tercapai' });

/** What the pane needs before a run: the contract status and the problems found while reading. */
export interface HasilPeriksa {
  readonly statusNama: readonly StatusNama[];
  readonly masalah: readonly Temuan[];
}

/** "Buat Contoh": created, or refused because it would overwrite the user's names or sheet. */
export type HasilContoh =
  | { readonly status: 'dibuat'; readonly lembar: string }
  | { readonly status: 'nama_sudah_ada'; readonly nama: readonly string[] }
  | { readonly status: 'lembar_sudah_ada'; readonly lembar: string };

/** "Hubungkan Tabel" (docs/deteksi.md): read the sheets for the detector; create the names the user confirmed. */
export interface LayananHubungkan {
  /** The used sheets (or only the selection), their merged areas, the names that exist. Writes nothing. */
  bacaUntukDeteksi(hanyaPilihan: boolean): Promise<BacaanDeteksi>;
  /** Workbook-scoped names; an existing one is replaced only with `timpa`, otherwise skipped and reported. */
  buatNamaDeteksi(usulan: readonly UsulanNama[], timpa: boolean): Promise<HasilBuatNama>;
}

export interface LayananPanel {
  /** Table detection; absent where the workbook cannot be scanned (the pane then hides Hubungkan Tabel). */
  readonly hubungkan?: LayananHubungkan;
  /** Read the contract names (status and problems) without writing anything. */
  periksa(): Promise<HasilPeriksa>;
  /** "Hitung Ulang Laporan": read, compute, write (unless refused or a confirmation is needed). */
  hitungUlang(opsi: OpsiJalankan): Promise<HasilJalankan>;
  /** Add the sample input sheet and its names; never overwrites existing names or sheets. */
  buatContoh(): Promise<HasilContoh>;
  /** Select a cell ("Input", "C7") so the user sees the problem. */
  pilihSel(lembar: string, alamat: string): Promise<void>;
  /** Stored options, or the defaults when nothing is stored. */
  bacaOpsi(): Promise<OpsiPanel>;
  simpanOpsi(opsi: OpsiPanel): Promise<void>;
}

/**
 * A stored option as the pane shows it: read by the core's reader of that option (the same reader a cell or a
 * named range uses, so "lima" or "kecualikan" mean here what they mean there), then kept only if the pane offers
 * that choice; anything else falls back to the default.
 */
function pilihanPanel<T extends string>(baca: () => string | null, pilihan: readonly T[], bawaan: T): T {
  try {
    const nilai = baca();
    return (pilihan as readonly string[]).includes(nilai ?? '') ? (nilai as T) : bawaan;
  } catch {
    return bawaan;
  }
}

/** Whatever was stored (an older version, a hand-edited setting) → valid options; unknown values fall back to the defaults. */
export function rapikanOpsi(tersimpan: unknown): OpsiPanel {
  const o = typeof tersimpan === 'object' && tersimpan !== null ? (tersimpan as Record<string, unknown>) : {};
  const batas = () => bacaBatas(o['batas'])?.toString() ?? 'tanpa';
  return {
    skala: pilihanPanel(() => namaPresetSkala(presetSkala(o['skala'])), PILIHAN_SKALA, OPSI_BAWAAN.skala),
    batas: pilihanPanel(batas, PILIHAN_BATAS, OPSI_BAWAAN.batas),
    kebijakanNA: pilihanPanel(() => bacaKebijakanTargetNA(o['kebijakanNA']), PILIHAN_NA, OPSI_BAWAAN.kebijakanNA),
  };
}

/** The pane's options as the engine's defaults (the workbook's LKIP_Skala / LKIP_Batas / LKIP_Target_NA win over them). */
export function opsiKePengaturan(opsi: OpsiPanel): NonNullable<OpsiJalankan['pengaturan']> {
  return {
    skala: opsi.skala,
    batas: opsi.batas === 'tanpa' ? 'tanpa' : Number(opsi.batas),
    kebijakanNA: opsi.kebijakanNA,
  };
}
