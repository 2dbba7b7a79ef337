/**
 * LibreOffice for the tests: one conversion (`soffice --headless --convert-to …`) with a private profile per
 * run (-env:UserInstallation under the run's own folder, so parallel runs and a user's LibreOffice never
 * meet), and the PDF tools of poppler. `.ci/run` installs libreoffice-calc-nogui, libreoffice-writer-nogui and
 * poppler-utils.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Convert `berkas` with LibreOffice's `filter` ("pdf", "csv:…") into `folderKeluar`; throws when it fails. */
export function konversiSoffice(berkas: string, filter: string, folderKeluar: string): { stderr: string } {
  const profil = `file://${path.join(path.dirname(folderKeluar), `profil-lo-${path.basename(folderKeluar)}`)}`;
  const r = spawnSync(
    'soffice',
    ['--headless', `-env:UserInstallation=${profil}`, '--convert-to', filter, '--outdir', folderKeluar, berkas],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.error) throw new Error(`LibreOffice (soffice) tidak dapat dijalankan: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`LibreOffice gagal (kode ${r.status}): ${r.stderr}`);
  return { stderr: r.stderr };
}

/** The text of every page of a PDF (pdftotext -layout), one string per page. */
export function teksHalamanPdf(pdf: string): string[] {
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error(`pdftotext gagal: ${r.error?.message ?? r.stderr}`);
  const halaman = r.stdout.split('\f');
  if (halaman[halaman.length - 1]!.trim() === '') halaman.pop();
  return halaman;
}

/** Page `n` (1-based) of a PDF as a PNG at `dpi`, written to `png` (without its extension: pdftoppm adds .png). */
export function halamanKePng(pdf: string, n: number, png: string, dpi = 80): void {
  const r = spawnSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', pdf, png], {
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0) throw new Error(`pdftoppm gagal: ${r.error?.message ?? r.stderr}`);
}
