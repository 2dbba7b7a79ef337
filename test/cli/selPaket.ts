/**
 * Editing an output package as a spreadsheet application saves it, for the tests of typed text (reviewer notes,
 * edited narratives): find a sheet's part by its name, type a text into an empty cell the runner wrote.
 */
import { promises as fs } from 'node:fs';
import JSZip from 'jszip';

/** The package path of a sheet by its name ("xl/worksheets/sheet4.xml"). */
export async function jalurLembar(zip: JSZip, nama: string): Promise<string> {
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${nama}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1]!;
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const t = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return `xl/${(t[1] ?? t[2])!.replace(/^\/?xl\//, '')}`;
}

/** Type a text into one empty (styled) cell of a sheet inside the package; written to `keluaran`. */
export async function isiSel(masukan: string, keluaran: string, lembar: string, alamat: string, teks: string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(masukan));
  const jalur = await jalurLembar(zip, lembar);
  let xml = await zip.file(jalur)!.async('string');
  const pola = new RegExp(`<c r="${alamat}"([^>]*?)/>`);
  if (!pola.test(xml)) throw new Error(`sel kosong ${alamat} tidak ada di ${lembar}`);
  xml = xml.replace(pola, (_, attr: string) => `<c r="${alamat}"${attr} t="inlineStr"><is><t>${teks}</t></is></c>`);
  zip.file(jalur, xml);
  await fs.writeFile(keluaran, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
