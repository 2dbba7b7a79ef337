/**
 * LibreOffice as an independent reader of the runner's outputs: `soffice --headless --convert-to`, always with a
 * private profile (-env:UserInstallation) in the run's own folder, so runs never share or lock a profile.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Convert `berkas` with a filter ("pdf", "csv:…") into `folderKeluaran`; throws with LibreOffice's output on failure. */
export function konversiLibreOffice(berkas: string, filter: string, folderKeluaran: string): void {
  const profil = `file://${path.join(folderKeluaran, 'profil-lo')}`;
  const r = spawnSync(
    'soffice',
    ['--headless', `-env:UserInstallation=${profil}`, '--convert-to', filter, '--outdir', folderKeluaran, berkas],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.error) throw new Error(`LibreOffice (soffice) tidak dapat dijalankan: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`soffice gagal (${String(r.status)}): ${r.stderr}`);
}
