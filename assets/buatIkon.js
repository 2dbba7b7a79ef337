/* global require, __dirname, Buffer, console */
/**
 * Draws the add-in icons (assets/icon-16.png … icon-80.png): a green-to-blue rounded square with a white
 * check mark, anti-aliased, written as plain RGBA PNGs with Node's zlib. Run `node assets/buatIkon.js`
 * after changing the drawing; the PNGs are committed, the build only copies them.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const UKURAN = [16, 32, 64, 80];
const SAMPEL = 4; // sub-pixels per side for anti-aliasing

const HIJAU = [46, 158, 79];
const BIRU = [31, 111, 178];
const PUTIH = [255, 255, 255];

/** Check mark as a polyline in unit coordinates, and its stroke width. */
const CENTANG = [
  [0.25, 0.53],
  [0.43, 0.7],
  [0.76, 0.33],
];
const TEBAL_CENTANG = 0.12;
const JARI_SUDUT = 0.2;

function dalamPersegiMembulat(x, y) {
  const r = JARI_SUDUT;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
}

function jarakKeRuas(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function padaCentang(x, y) {
  for (let i = 1; i < CENTANG.length; i++) {
    if (jarakKeRuas(x, y, CENTANG[i - 1], CENTANG[i]) <= TEBAL_CENTANG / 2) return true;
  }
  return false;
}

function gambar(n) {
  const piksel = Buffer.alloc(n * n * 4);
  for (let py = 0; py < n; py++) {
    for (let px = 0; px < n; px++) {
      let latar = 0;
      let centang = 0;
      for (let sy = 0; sy < SAMPEL; sy++) {
        for (let sx = 0; sx < SAMPEL; sx++) {
          const x = (px + (sx + 0.5) / SAMPEL) / n;
          const y = (py + (sy + 0.5) / SAMPEL) / n;
          if (!dalamPersegiMembulat(x, y)) continue;
          latar++;
          if (padaCentang(x, y)) centang++;
        }
      }
      const total = SAMPEL * SAMPEL;
      const t = (px + (n - 1 - py)) / (2 * (n - 1)); // bottom-left green → top-right blue
      const dasar = HIJAU.map((h, i) => h + (BIRU[i] - h) * t);
      const porsiCentang = latar === 0 ? 0 : centang / latar;
      const warna = dasar.map((d, i) => Math.round(d + (PUTIH[i] - d) * porsiCentang));
      const o = (py * n + px) * 4;
      piksel[o] = warna[0];
      piksel[o + 1] = warna[1];
      piksel[o + 2] = warna[2];
      piksel[o + 3] = Math.round((255 * latar) / total);
    }
  }
  return piksel;
}

const TABEL_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = TABEL_CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function potongan(jenis, data) {
  const panjang = Buffer.alloc(4);
  panjang.writeUInt32BE(data.length);
  const isi = Buffer.concat([Buffer.from(jenis, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(isi));
  return Buffer.concat([panjang, isi, crc]);
}

function png(n, piksel) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const baris = [];
  for (let y = 0; y < n; y++) baris.push(Buffer.from([0]), piksel.subarray(y * n * 4, (y + 1) * n * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    potongan('IHDR', ihdr),
    potongan('IDAT', zlib.deflateSync(Buffer.concat(baris), { level: 9 })),
    potongan('IEND', Buffer.alloc(0)),
  ]);
}

for (const n of UKURAN) {
  const berkas = path.join(__dirname, `icon-${n}.png`);
  fs.writeFileSync(berkas, png(n, gambar(n)));
  console.log(`${berkas} (${n}×${n})`);
}
