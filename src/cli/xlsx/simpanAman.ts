/**
 * Saving a file so that a failure leaves nothing half-written and a shared folder cannot redirect it: the
 * bytes go to a new temporary file beside the target, created exclusively (O_CREAT | O_EXCL, and O_NOFOLLOW:
 * a name planted in advance — a symlink to another file included — makes the creation fail instead of
 * being followed), flushed to disk, then renamed over the target in one step.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsc, promises as fs } from 'node:fs';
import path from 'node:path';
import type { TulisBita } from './zipTulis';

/** Bytes gathered before one write to the file. */
const UKURAN_TAMPUNG = 1 << 20;

/** Write `isi` to `jalur` through an exclusive temporary file and a rename. */
export async function simpanAtomik(jalur: string, isi: (tulis: TulisBita) => Promise<void>): Promise<void> {
  const folder = path.dirname(jalur);
  const dasar = path.basename(jalur);
  const bendera = fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | (fsc.O_NOFOLLOW ?? 0);
  let sementara = '';
  let berkas: fs.FileHandle | null = null;
  for (let coba = 0; berkas === null; coba++) {
    sementara = path.join(folder, `.${dasar}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      berkas = await fs.open(sementara, bendera, 0o666);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || coba >= 5) throw e;
    }
  }
  try {
    let tampung: Buffer[] = [];
    let panjang = 0;
    const h = berkas;
    const siram = async () => {
      if (panjang === 0) return;
      const data = tampung.length === 1 ? tampung[0]! : Buffer.concat(tampung, panjang);
      tampung = [];
      panjang = 0;
      await h.write(data);
    };
    await isi(async (b) => {
      tampung.push(b);
      panjang += b.length;
      if (panjang >= UKURAN_TAMPUNG) await siram();
    });
    await siram();
    await h.sync();
    await h.close();
    berkas = null;
    await fs.rename(sementara, jalur);
  } catch (e) {
    if (berkas !== null) await berkas.close().catch(() => undefined);
    await fs.rm(sementara, { force: true });
    throw e;
  }
}
