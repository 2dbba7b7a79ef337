/**
 * Writing a zip archive entry by entry to any byte sink, deterministically: the same entries in the same order
 * give the same bytes (fixed dates for new entries; copied entries keep the date they had).
 *
 * - {@link PenulisZip.salinMentah} copies a part of another archive as stored (its compressed bytes, CRC and
 *   sizes), without inflating it: the user's parts reach the output byte for byte and cost no compression time.
 * - {@link PenulisZip.tambahData} / {@link PenulisZip.tambahAliran} deflate new content (level 6).
 * - Sizes and offsets past 4 GiB, or more than 65 535 entries, get Zip64 records (APPNOTE 4.5.3, 4.3.14).
 * Local headers always carry the sizes (no data descriptors), so the archive reads front to back as well.
 */
import zlib from 'node:zlib';
import type { EntriZip } from './zipBaca';

/** Zip entries written here carry this date (new or changed parts), so the same workbook gives the same bytes. */
export const TANGGAL_ZIP_BAWAAN = new Date(Date.UTC(2022, 0, 1, 0, 0, 0));

const BATAS_32 = 0xffffffff;
const BATAS_16 = 0xffff;
const BENDERA_UTF8 = 0x0800;
/** Bits 1–2 (deflate speed option) are kept when copying; bit 3 (sizes after the data) never applies here. */
const BENDERA_DISALIN = 0x0006;

export type TulisBita = (bita: Buffer) => Promise<void>;

/** Thresholds past which Zip64 records are written; lowered only by tests, to exercise that path on small data. */
export interface BatasZip {
  readonly bita: number;
  readonly entri: number;
}

interface EntriTertulis {
  readonly nama: Buffer;
  readonly bendera: number;
  readonly metode: number;
  readonly waktuDos: number;
  readonly tanggalDos: number;
  readonly crc32: number;
  readonly ukuranTerkompres: number;
  readonly ukuranAsli: number;
  readonly offset: number;
}

const tabelCrc = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of the zip format, continued from `awal` (zlib.crc32 where Node has it, ≥ 20.15). */
export function crc32(data: Uint8Array, awal = 0): number {
  const asli = (zlib as unknown as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (asli) return asli(data, awal);
  let c = ~awal;
  for (let i = 0; i < data.length; i++) c = tabelCrc[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** MS-DOS date and time words of a moment (its UTC fields; two-second resolution). */
export function waktuDos(d: Date): { tanggal: number; waktu: number } {
  return {
    tanggal: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    waktu: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

/** Content deflated ahead of writing: the compressed bytes with the CRC and sizes a local header needs. */
export interface DataTerkompres {
  readonly crc32: number;
  readonly ukuranAsli: number;
  readonly ukuranTerkompres: number;
  readonly potongan: readonly Buffer[];
}

/**
 * Deflate (level 6) a stream of pieces (text as UTF-8) as they come: only the compressed bytes are held, the
 * uncompressed content never is whole.
 */
export async function kompres(potongan: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<DataTerkompres> {
  const deflate = zlib.createDeflateRaw({ level: 6 });
  const keluar: Buffer[] = [];
  let ukuranTerkompres = 0;
  deflate.on('data', (b: Buffer) => {
    keluar.push(b);
    ukuranTerkompres += b.length;
  });
  const selesai = new Promise<void>((ok, gagal) => {
    deflate.on('end', ok);
    deflate.on('error', gagal);
  });
  let crc = 0;
  let ukuranAsli = 0;
  for await (const p of potongan) {
    const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    crc = crc32(b, crc);
    ukuranAsli += b.length;
    if (!deflate.write(b)) await new Promise((ok) => deflate.once('drain', ok));
  }
  deflate.end();
  await selesai;
  return { crc32: crc >>> 0, ukuranAsli, ukuranTerkompres, potongan: keluar };
}

export class PenulisZip {
  private posisi = 0;
  private readonly tertulis: EntriTertulis[] = [];
  private readonly nama = new Set<string>();

  constructor(
    private readonly tulis: TulisBita,
    private readonly batas: BatasZip = { bita: BATAS_32, entri: BATAS_16 },
  ) {}

  /** Copy an entry of another archive as stored: `mentah` yields exactly its compressed bytes. */
  async salinMentah(info: EntriZip, mentah: AsyncIterable<Uint8Array>): Promise<void> {
    const nama = this.namaBaru(info.nama);
    const entri: EntriTertulis = {
      nama,
      bendera: (info.bendera & BENDERA_DISALIN) | benderaNama(nama, info.nama),
      metode: info.metode,
      waktuDos: info.waktuDos,
      tanggalDos: info.tanggalDos,
      crc32: info.crc32,
      ukuranTerkompres: info.ukuranTerkompres,
      ukuranAsli: info.ukuranAsli,
      offset: this.posisi,
    };
    await this.keluarkan(this.kepalaLokal(entri));
    let jumlah = 0;
    for await (const p of mentah) {
      jumlah += p.length;
      await this.keluarkan(Buffer.isBuffer(p) ? p : Buffer.from(p));
    }
    if (jumlah !== info.ukuranTerkompres) {
      throw new Error(`${info.nama}: ${jumlah} bita tersalin, seharusnya ${info.ukuranTerkompres}`);
    }
    this.tertulis.push(entri);
  }

  /** A new entry from bytes or text (UTF-8), deflated. */
  async tambahData(nama: string, data: Buffer | string, tanggal: Date = TANGGAL_ZIP_BAWAAN): Promise<void> {
    const asli = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const mampat = zlib.deflateRawSync(asli, { level: 6 });
    await this.tulisEntri(nama, tanggal, crc32(asli), asli.length, [mampat], mampat.length);
  }

  /** A new entry from a stream of pieces (text as UTF-8), deflated as it comes (see {@link kompres}). */
  async tambahAliran(
    nama: string,
    potongan: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
    tanggal = TANGGAL_ZIP_BAWAAN,
  ): Promise<void> {
    await this.tambahTerkompres(nama, await kompres(potongan), tanggal);
  }

  /** A new entry already deflated by {@link kompres}. */
  async tambahTerkompres(nama: string, data: DataTerkompres, tanggal = TANGGAL_ZIP_BAWAAN): Promise<void> {
    await this.tulisEntri(nama, tanggal, data.crc32, data.ukuranAsli, data.potongan, data.ukuranTerkompres);
  }

  /** The central directory and its end records; nothing may be added afterwards. */
  async selesai(): Promise<void> {
    const awal = this.posisi;
    for (const e of this.tertulis) await this.keluarkan(this.kepalaPusat(e));
    const ukuran = this.posisi - awal;
    const jumlah = this.tertulis.length;
    const zip64 = jumlah >= this.batas.entri || ukuran >= this.batas.bita || awal >= this.batas.bita;
    if (zip64) {
      const posisiAkhir64 = this.posisi;
      const akhir64 = Buffer.alloc(56);
      akhir64.writeUInt32LE(0x06064b50, 0);
      akhir64.writeBigUInt64LE(44n, 4);
      akhir64.writeUInt16LE(45, 12);
      akhir64.writeUInt16LE(45, 14);
      akhir64.writeBigUInt64LE(BigInt(jumlah), 24);
      akhir64.writeBigUInt64LE(BigInt(jumlah), 32);
      akhir64.writeBigUInt64LE(BigInt(ukuran), 40);
      akhir64.writeBigUInt64LE(BigInt(awal), 48);
      const penunjuk = Buffer.alloc(20);
      penunjuk.writeUInt32LE(0x07064b50, 0);
      penunjuk.writeBigUInt64LE(BigInt(posisiAkhir64), 8);
      penunjuk.writeUInt32LE(1, 16);
      await this.keluarkan(Buffer.concat([akhir64, penunjuk]));
    }
    const akhir = Buffer.alloc(22);
    akhir.writeUInt32LE(0x06054b50, 0);
    akhir.writeUInt16LE(zip64 ? BATAS_16 : jumlah, 8);
    akhir.writeUInt16LE(zip64 ? BATAS_16 : jumlah, 10);
    akhir.writeUInt32LE(zip64 ? BATAS_32 : ukuran, 12);
    akhir.writeUInt32LE(zip64 ? BATAS_32 : awal, 16);
    await this.keluarkan(akhir);
  }

  private async tulisEntri(
    namaTeks: string,
    tanggal: Date,
    crc: number,
    ukuranAsli: number,
    data: readonly Buffer[],
    ukuranTerkompres: number,
  ): Promise<void> {
    const nama = this.namaBaru(namaTeks);
    const { tanggal: tanggalDos, waktu } = waktuDos(tanggal);
    const entri: EntriTertulis = {
      nama,
      bendera: benderaNama(nama, namaTeks),
      metode: 8,
      waktuDos: waktu,
      tanggalDos,
      crc32: crc >>> 0,
      ukuranTerkompres,
      ukuranAsli,
      offset: this.posisi,
    };
    await this.keluarkan(this.kepalaLokal(entri));
    for (const b of data) await this.keluarkan(b);
    this.tertulis.push(entri);
  }

  private namaBaru(nama: string): Buffer {
    const kunci = nama.toLowerCase();
    if (this.nama.has(kunci)) throw new Error(`Arsip: bagian ${nama} ditulis dua kali`);
    this.nama.add(kunci);
    return Buffer.from(nama, 'utf8');
  }

  private async keluarkan(b: Buffer): Promise<void> {
    this.posisi += b.length;
    await this.tulis(b);
  }

  private besar(n: number): boolean {
    return n >= this.batas.bita;
  }

  private kepalaLokal(e: EntriTertulis): Buffer {
    const zip64 = this.besar(e.ukuranAsli) || this.besar(e.ukuranTerkompres);
    const ekstra = Buffer.alloc(zip64 ? 20 : 0);
    if (zip64) {
      ekstra.writeUInt16LE(0x0001, 0);
      ekstra.writeUInt16LE(16, 2);
      ekstra.writeBigUInt64LE(BigInt(e.ukuranAsli), 4);
      ekstra.writeBigUInt64LE(BigInt(e.ukuranTerkompres), 12);
    }
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(zip64 ? 45 : 20, 4);
    h.writeUInt16LE(e.bendera, 6);
    h.writeUInt16LE(e.metode, 8);
    h.writeUInt16LE(e.waktuDos, 10);
    h.writeUInt16LE(e.tanggalDos, 12);
    h.writeUInt32LE(e.crc32, 14);
    h.writeUInt32LE(zip64 ? BATAS_32 : e.ukuranTerkompres, 18);
    h.writeUInt32LE(zip64 ? BATAS_32 : e.ukuranAsli, 22);
    h.writeUInt16LE(e.nama.length, 26);
    h.writeUInt16LE(ekstra.length, 28);
    return Buffer.concat([h, e.nama, ekstra]);
  }

  private kepalaPusat(e: EntriTertulis): Buffer {
    // Zip64 extra field: only the values that do not fit, in this order (APPNOTE 4.5.3).
    const nilai64: number[] = [];
    if (this.besar(e.ukuranAsli)) nilai64.push(e.ukuranAsli);
    if (this.besar(e.ukuranTerkompres)) nilai64.push(e.ukuranTerkompres);
    if (this.besar(e.offset)) nilai64.push(e.offset);
    const ekstra = Buffer.alloc(nilai64.length > 0 ? 4 + 8 * nilai64.length : 0);
    if (nilai64.length > 0) {
      ekstra.writeUInt16LE(0x0001, 0);
      ekstra.writeUInt16LE(8 * nilai64.length, 2);
      nilai64.forEach((n, i) => ekstra.writeBigUInt64LE(BigInt(n), 4 + 8 * i));
    }
    const versi = nilai64.length > 0 ? 45 : 20;
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(versi, 4); // made by: MS-DOS host, this version
    h.writeUInt16LE(versi, 6);
    h.writeUInt16LE(e.bendera, 8);
    h.writeUInt16LE(e.metode, 10);
    h.writeUInt16LE(e.waktuDos, 12);
    h.writeUInt16LE(e.tanggalDos, 14);
    h.writeUInt32LE(e.crc32, 16);
    h.writeUInt32LE(this.besar(e.ukuranTerkompres) ? BATAS_32 : e.ukuranTerkompres, 20);
    h.writeUInt32LE(this.besar(e.ukuranAsli) ? BATAS_32 : e.ukuranAsli, 24);
    h.writeUInt16LE(e.nama.length, 28);
    h.writeUInt16LE(ekstra.length, 30);
    h.writeUInt32LE(this.besar(e.offset) ? BATAS_32 : e.offset, 42);
    return Buffer.concat([h, e.nama, ekstra]);
  }
}

/** Bit 11 (UTF-8 name) when the name is not plain ASCII. */
function benderaNama(nama: Buffer, teks: string): number {
  return nama.length !== teks.length ? BENDERA_UTF8 : 0;
}
