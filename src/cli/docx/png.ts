/**
 * A tiny raster canvas and PNG encoder in plain TypeScript (node:zlib for the deflate step): enough for the BAB III
 * bar chart, with no native dependency. RGB, 8 bits per channel, filter 0 per scanline; CRC-32 as the PNG spec.
 *
 * Text is drawn with a built-in 5 × 7 pixel font of the characters a figure needs (digits, "," "." "%" "-" and a
 * space), scaled by whole pixels; words belong in the document's caption, not in the picture.
 */
import { deflateSync } from 'node:zlib';

export type Warna = readonly [number, number, number];

/** "C6EFCE" → [198, 239, 206]. */
export function warnaHex(hex: string): Warna {
  const n = parseInt(hex.replace(/^#/, ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** 5 × 7 glyphs, one string per row, "#" = ink. */
const HURUF: Readonly<Record<string, readonly string[]>> = {
  '0': [' ### ', '#   #', '#  ##', '# # #', '##  #', '#   #', ' ### '],
  '1': ['  #  ', ' ##  ', '  #  ', '  #  ', '  #  ', '  #  ', ' ### '],
  '2': [' ### ', '#   #', '    #', '   # ', '  #  ', ' #   ', '#####'],
  '3': ['#####', '   # ', '  #  ', '   # ', '    #', '#   #', ' ### '],
  '4': ['   # ', '  ## ', ' # # ', '#  # ', '#####', '   # ', '   # '],
  '5': ['#####', '#    ', '#### ', '    #', '    #', '#   #', ' ### '],
  '6': ['  ## ', ' #   ', '#    ', '#### ', '#   #', '#   #', ' ### '],
  '7': ['#####', '    #', '   # ', '  #  ', ' #   ', ' #   ', ' #   '],
  '8': [' ### ', '#   #', '#   #', ' ### ', '#   #', '#   #', ' ### '],
  '9': [' ### ', '#   #', '#   #', ' ####', '    #', '   # ', ' ##  '],
  ',': ['     ', '     ', '     ', '     ', ' ##  ', '  #  ', ' #   '],
  '.': ['     ', '     ', '     ', '     ', '     ', ' ##  ', ' ##  '],
  '%': ['##   ', '##  #', '   # ', '  #  ', ' #   ', '#  ##', '   ##'],
  '-': ['     ', '     ', '     ', '#####', '     ', '     ', '     '],
  ' ': ['     ', '     ', '     ', '     ', '     ', '     ', '     '],
};

export class Kanvas {
  private readonly piksel: Uint8Array;

  constructor(
    readonly lebar: number,
    readonly tinggi: number,
    latar: Warna = [255, 255, 255],
  ) {
    this.piksel = new Uint8Array(lebar * tinggi * 3);
    this.kotak(0, 0, lebar, tinggi, latar);
  }

  /** A filled rectangle (clipped to the canvas). */
  kotak(x: number, y: number, l: number, t: number, w: Warna): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.lebar, Math.round(x + l));
    const y1 = Math.min(this.tinggi, Math.round(y + t));
    for (let yy = y0; yy < y1; yy++) {
      for (let xx = x0; xx < x1; xx++) {
        const i = (yy * this.lebar + xx) * 3;
        this.piksel[i] = w[0];
        this.piksel[i + 1] = w[1];
        this.piksel[i + 2] = w[2];
      }
    }
  }

  /** Width in pixels of a text at a scale. */
  static lebarTeks(teks: string, skala: number): number {
    return teks.length * 6 * skala - skala;
  }

  /** Text with its top-left at (x, y); characters without a glyph are left blank. */
  teks(x: number, y: number, teks: string, skala: number, w: Warna): void {
    [...teks].forEach((c, n) => {
      const g = HURUF[c] ?? HURUF[' ']!;
      g.forEach((baris, r) => {
        for (let k = 0; k < 5; k++) if (baris[k] === '#') this.kotak(x + (n * 6 + k) * skala, y + r * skala, skala, skala, w);
      });
    });
  }

  /** The canvas as a PNG file. */
  png(): Buffer {
    const baris = this.lebar * 3 + 1;
    const mentah = Buffer.alloc(baris * this.tinggi);
    for (let y = 0; y < this.tinggi; y++) {
      mentah[y * baris] = 0; // filter: none
      mentah.set(this.piksel.subarray(y * this.lebar * 3, (y + 1) * this.lebar * 3), y * baris + 1);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.lebar, 0);
    ihdr.writeUInt32BE(this.tinggi, 4);
    ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, filter 0, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      potongan('IHDR', ihdr),
      potongan('IDAT', deflateSync(mentah, { level: 9 })),
      potongan('IEND', Buffer.alloc(0)),
    ]);
  }
}

const TABEL_CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = TABEL_CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC of type + data. */
function potongan(jenis: string, data: Buffer): Buffer {
  const kepala = Buffer.alloc(8);
  kepala.writeUInt32BE(data.length, 0);
  kepala.write(jenis, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([kepala.subarray(4), data])), 0);
  return Buffer.concat([kepala, data, crc]);
}
