/**
 * The PNG rasteriser of the BAB III chart: a valid PNG (signature, IHDR, chunk CRCs checked against node:zlib's own
 * crc32, an independent implementation), pixels where they were drawn, and the same report → the same bytes.
 */
import { crc32 as crc32Zlib, inflateSync } from 'node:zlib';
import { Kanvas, crc32, warnaHex } from '../../../src/cli/docx/png';
import { grafikCapaian } from '../../../src/cli/docx/grafikCapaian';
import { bacaKontrak, hitungLaporan } from '../../../src/report';
import { rentangDokumen } from '../../report/contohDokumen';

/** The chunks of a PNG: type, data, and whether the stored CRC is right (by zlib's crc32). */
function potongan(png: Buffer): { jenis: string; data: Buffer; crcBenar: boolean }[] {
  const hasil = [];
  for (let i = 8; i < png.length;) {
    const n = png.readUInt32BE(i);
    const jenis = png.subarray(i + 4, i + 8).toString('ascii');
    const data = png.subarray(i + 8, i + 8 + n);
    hasil.push({ jenis, data, crcBenar: png.readUInt32BE(i + 8 + n) === crc32Zlib(png.subarray(i + 4, i + 8 + n)) });
    i += 12 + n;
  }
  return hasil;
}

test('crc32 agrees with node:zlib', () => {
  for (const teks of ['', 'IEND', 'LKIP Kinerja 81,44 %']) expect(crc32(Buffer.from(teks))).toBe(crc32Zlib(Buffer.from(teks)));
});

test('a 4 × 3 canvas: IHDR, IDAT, IEND with right CRCs; a drawn pixel is where it was drawn', () => {
  const k = new Kanvas(4, 3);
  k.kotak(2, 1, 1, 1, warnaHex('C00000'));
  const png = k.png();
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const p = potongan(png);
  expect(p.map((x) => [x.jenis, x.crcBenar])).toEqual([
    ['IHDR', true],
    ['IDAT', true],
    ['IEND', true],
  ]);
  expect([p[0]!.data.readUInt32BE(0), p[0]!.data.readUInt32BE(4), ...p[0]!.data.subarray(8)]).toEqual([4, 3, 8, 2, 0, 0, 0]);
  const mentah = inflateSync(p[1]!.data);
  expect(mentah).toHaveLength(3 * (1 + 4 * 3));
  const piksel = (x: number, y: number) => [...mentah.subarray(y * 13 + 1 + x * 3, y * 13 + 1 + x * 3 + 3)];
  expect(piksel(2, 1)).toEqual([0xc0, 0, 0]);
  expect(piksel(1, 1)).toEqual([255, 255, 255]);
});

test('the chart of the document: one bar row per indicator, same report → same bytes', async () => {
  const hasil = hitungLaporan(bacaKontrak(await rentangDokumen({ realisasiInflasiKosong: true })).masukan!);
  const a = grafikCapaian(hasil);
  expect([a.lebar, a.tinggi]).toEqual([1100, 20 + hasil.indikator.length * 46 + 50]);
  expect(potongan(a.png).every((x) => x.crcBenar)).toBe(true);
  expect(grafikCapaian(hasil).png.equals(a.png)).toBe(true);
});
