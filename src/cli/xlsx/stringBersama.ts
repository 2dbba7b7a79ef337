/**
 * The shared string table (xl/sharedStrings.xml), streamed: one string per <si>, its runs joined (rich text
 * becomes plain text, as Office.js reports a cell's value), phonetic runs (<rPh>) left out, `_xHHHH_` decoded.
 */
import { dekodeTeksOoxml, lokal, parserKetat } from './xmlRingan';

export async function bacaStringBersama(potongan: AsyncIterable<string> | Iterable<string>): Promise<string[]> {
  const p = parserKetat(false);
  const hasil: string[] = [];
  let dalamSi = false;
  let kedalamanFonetik = 0;
  let dalamT = false;
  let teks: string[] = [];
  p.on('opentag', (t) => {
    const n = lokal(t.name);
    if (n === 'si') {
      dalamSi = true;
      teks = [];
    } else if (n === 'rPh') kedalamanFonetik++;
    else if (n === 't' && dalamSi && kedalamanFonetik === 0) dalamT = true;
  });
  p.on('closetag', (t) => {
    const n = lokal(t.name);
    if (n === 'si') {
      hasil.push(dekodeTeksOoxml(teks.join('')));
      dalamSi = false;
    } else if (n === 'rPh') kedalamanFonetik--;
    else if (n === 't') dalamT = false;
  });
  p.on('text', (t) => {
    if (dalamT) teks.push(t);
  });
  p.on('cdata', (t) => {
    if (dalamT) teks.push(t);
  });
  for await (const bagian of potongan) p.write(bagian);
  p.close();
  return hasil;
}
