/* eslint-disable no-control-regex -- these tests look for control characters */
/**
 * Issue 17: control characters in cells (ESC as _x001B_ in the sheet XML, C1 CSI) never reach the terminal raw;
 * the written workbook keeps the text as typed.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { amanTerminal, jsonAman } from '../../src/cli/tampilan';
import { bacaBuku, barisTeks, CONTOH, folderSementara, jalankanCli } from './bantu';

const JAHAT = '\u001b]0;judul palsu\u0007\u001b[2J\u009b31m';

test('amanTerminal: C0 (selain baris baru dan tab), DEL dan C1 tampak, tidak dijalankan', () => {
  expect(amanTerminal(`a${JAHAT}b\n\tc\u007f`)).toBe('a␛]0;judul palsu␇␛[2J⟨U+009B⟩31mb\n\tc␡');
  expect(JSON.parse(jsonAman({ t: JAHAT }))).toEqual({ t: JAHAT });
  expect(jsonAman({ t: JAHAT })).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
});

test('runner: nama indikator berisi _x001B_… tidak sampai mentah ke terminal (teks dan --json); berkas hasil menyimpan teks apa adanya', async () => {
  const folder = await folderSementara();
  const zip = await JSZip.loadAsync(await fs.readFile(CONTOH));
  const jalur = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  const xml = await zip.file(jalur)!.async('string');
  const sel = /<c r="B27"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/.exec(xml)![0];
  const escXml = '_x001B_]0;judul palsu_x0007__x001B_[2J\u009b31m';
  zip.file(jalur, xml.replace(sel, `<c r="B27" t="inlineStr"><is><t>Indikator ${escXml}</t></is></c>`));
  await fs.writeFile(path.join(folder, 'esc.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

  const teks = await jalankanCli(['esc.xlsx', '--out', 'a.xlsx'], folder);
  const json = await jalankanCli(['esc.xlsx', '--json', '--out', 'b.xlsx'], folder);
  for (const r of [teks, json]) {
    expect(r.kode).toBe(0);
    expect(r.keluaran + r.galat).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }
  expect(teks.keluaran).toContain('Indikator ␛]0;judul');
  const hasil = barisTeks((await bacaBuku(path.join(folder, 'a.xlsx'))).getWorksheet('Laporan LKIP')!);
  // ExcelJS (the independent reader) leaves OOXML's _xHHHH_ escapes undecoded: the cell holds ESC and BEL as typed.
  expect(hasil.flat()).toContain(`Indikator ${escXml}`);
});
