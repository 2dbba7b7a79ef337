/**
 * The task pane's options (scale preset, cap, NA policy) stored in the workbook's document settings
 * (Office.context.document.settings), so whoever opens the workbook next gets the same result.
 * Names in the workbook (LKIP_Skala, LKIP_Batas, LKIP_Target_NA) still win over these (see OpsiJalankan).
 */
import type { OpsiJalankan } from '../report/hasil';
import { GalatPort } from '../report/buku';

/** The stored options: the same fields as OpsiJalankan.pengaturan. */
export type OpsiTersimpan = NonNullable<OpsiJalankan['pengaturan']>;

/** Key of the options in the document settings. */
export const KUNCI_OPSI = 'LKIP_Kinerja.opsi';

/** The part of Office.Settings used here (injectable for tests). */
export interface PengaturanDokumen {
  get(nama: string): unknown;
  set(nama: string, nilai: unknown): void;
  saveAsync(callback?: (hasil: HasilSimpan) => void): void;
}

/** The part of Office.AsyncResult read here. */
export interface HasilSimpan {
  readonly status: unknown;
  readonly error?: { readonly message?: string } | null;
}

/** Read the stored options; anything malformed (edited by hand, older versions) is ignored field by field. */
export function bacaOpsiDariPengaturan(pengaturan: PengaturanDokumen): OpsiTersimpan {
  const mentah = pengaturan.get(KUNCI_OPSI);
  if (typeof mentah !== 'object' || mentah === null) return {};
  const data = mentah as Record<string, unknown>;
  const opsi: { skala?: string; batas?: string | number; kebijakanNA?: string } = {};
  if (typeof data.skala === 'string' && data.skala.trim() !== '') opsi.skala = data.skala;
  if (
    (typeof data.batas === 'number' && Number.isFinite(data.batas)) ||
    (typeof data.batas === 'string' && data.batas.trim() !== '')
  )
    opsi.batas = data.batas;
  if (typeof data.kebijakanNA === 'string' && data.kebijakanNA.trim() !== '') opsi.kebijakanNA = data.kebijakanNA;
  return opsi;
}

/** Store the options (only the fields that are set) and save the settings with the document. */
export function simpanOpsiKePengaturan(pengaturan: PengaturanDokumen, opsi: OpsiTersimpan): Promise<void> {
  const data: Record<string, string | number> = {};
  if (opsi.skala !== undefined) data.skala = opsi.skala;
  if (opsi.batas !== undefined) data.batas = opsi.batas;
  if (opsi.kebijakanNA !== undefined) data.kebijakanNA = opsi.kebijakanNA;
  pengaturan.set(KUNCI_OPSI, data);
  return new Promise<void>((selesai, gagal) => {
    pengaturan.saveAsync((hasil) => {
      const galat = hasil.error;
      if (String(hasil.status).toLowerCase() === 'failed' || (galat !== undefined && galat !== null)) {
        gagal(
          new GalatPort(
            'PENGATURAN_GAGAL',
            `Opsi tidak dapat disimpan ke buku kerja: ${galat?.message ?? 'alasan tidak diketahui'}.`,
          ),
        );
      } else {
        selesai();
      }
    });
  });
}
