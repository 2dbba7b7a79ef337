/**
 * An output file that already exists. The runner's default output (<name>-laporan.xlsx in the working folder)
 * is where a reviewer writes notes: running the runner again on the original input must never overwrite that
 * work without a word.
 *
 * The rule (docs/runner.md, "Berkas hasil yang sudah ada"):
 * - the existing file holds exactly the bytes this run would write → written again (nothing changes);
 * - it differs (notes in Verifikasi, an edited narrative, another sheet, or just an older report) → refused,
 *   exit code KODE_KELUAR.keluaranAda, with a message naming the file and, when there are any, how many reviewer
 *   notes it holds; the way to keep them is to run the runner on that annotated file itself (its notes are
 *   carried over by ID, as the Verifikasi rules say), or to choose another --out; --timpa overwrites;
 * - it is not a regular file (a folder, a symlink, a pipe) → refused, whatever the options.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { bacaCatatanReviewer, NAMA_LEMBAR_VERIFIKASI } from '../report/susunVerifikasi';
import { PortPaketXlsx } from './xlsx/portPaket';

export type PutusanKeluaran =
  | { readonly jenis: 'bebas' }
  | { readonly jenis: 'sama' }
  | { readonly jenis: 'ditimpa' }
  | { readonly jenis: 'tolak'; readonly pesan: string };

/** Reviewer notes (Status or Catatan reviewer filled) in the Verifikasi sheet of a workbook file; 0 if unreadable. */
export async function hitungCatatanReviewer(jalur: string): Promise<number> {
  let port: PortPaketXlsx | null = null;
  try {
    port = await PortPaketXlsx.dariBerkas(jalur);
    return bacaCatatanReviewer(await port.bacaNilaiLembar(NAMA_LEMBAR_VERIFIKASI)).length;
  } catch {
    return 0;
  } finally {
    port?.tutup();
  }
}

/** What to do with `keluaran` given the bytes this run would write there. */
export async function putuskanKeluaran(keluaran: string, data: Uint8Array, timpa: boolean): Promise<PutusanKeluaran> {
  const nama = path.basename(keluaran);
  let info: import('node:fs').Stats;
  try {
    info = await fs.lstat(keluaran);
  } catch {
    return { jenis: 'bebas' };
  }
  if (!info.isFile()) {
    return {
      jenis: 'tolak',
      pesan: `berkas hasil ${nama} sudah ada dan bukan berkas biasa (folder, tautan simbolik, pipa, atau perangkat); laporan tidak ditulis. Pilih --out yang lain.`,
    };
  }
  if (info.size === data.length && Buffer.from(data).equals(await fs.readFile(keluaran))) return { jenis: 'sama' };
  if (timpa) return { jenis: 'ditimpa' };
  const catatan = await hitungCatatanReviewer(keluaran);
  const isi =
    catatan > 0
      ? `berisi ${catatan} catatan reviewer di lembar "${NAMA_LEMBAR_VERIFIKASI}"`
      : 'berbeda dari laporan yang akan ditulis (mungkin sudah diberi catatan atau diubah)';
  return {
    jenis: 'tolak',
    pesan:
      `berkas hasil ${keluaran} sudah ada dan ${isi}; berkas itu tidak ditimpa dan laporan tidak ditulis. ` +
      `Untuk mempertahankan catatan, jalankan runner pada berkas itu sendiri (catatan dibawa menurut ID), ` +
      `atau pilih --out yang lain; --timpa menimpanya.`,
  };
}
