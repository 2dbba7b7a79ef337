/**
 * A part's bytes as text pieces for a streaming parser: decoded as they arrive (UTF-8, or UTF-16 when the part
 * starts with that byte order mark), pieces of about 256 KB so the parser is called rarely, never the whole text.
 */

/** Characters gathered before a piece is handed on. */
const UKURAN_POTONGAN = 256 * 1024;

export async function* aliranTeks(
  bita: AsyncIterable<Uint8Array>,
  kemajuan?: (bitaTerbaca: number) => void,
): AsyncGenerator<string, void, void> {
  let dekoder: TextDecoder | null = null;
  let terbaca = 0;
  let tampung: string[] = [];
  let panjang = 0;
  for await (const b of bita) {
    if (dekoder === null) {
      const label = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
      dekoder = new TextDecoder(label);
    }
    terbaca += b.length;
    const teks = dekoder.decode(b, { stream: true });
    tampung.push(teks);
    panjang += teks.length;
    if (panjang >= UKURAN_POTONGAN) {
      yield tampung.join('');
      tampung = [];
      panjang = 0;
      kemajuan?.(terbaca);
    }
  }
  if (dekoder !== null) tampung.push(dekoder.decode());
  if (tampung.length > 0) yield tampung.join('');
  kemajuan?.(terbaca);
}
