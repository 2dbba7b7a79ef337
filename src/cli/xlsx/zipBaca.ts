/**
 * Reading an .xlsx package (a zip archive) part by part, without loading it whole: the central directory is
 * read once (yauzl), then each part is opened as a stream — inflated and checked (size, CRC) for the parts we
 * parse, or raw (the compressed bytes as stored) for the parts we copy unchanged into the output.
 *
 * A file is opened without blocking (a named pipe given as input would otherwise wait forever) and refused
 * unless it is a regular file; it stays open until {@link ArsipZip.tutup}, so the parts copied on saving are
 * the ones read (a program that saves by writing a new file and renaming it does not disturb us).
 */
import { close, constants as fsc, fstat, open } from 'node:fs';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { terjemahZip } from '../terjemahGalat';
import { crc32 } from './zipTulis';

/** One part of the package as its central directory describes it. */
export interface EntriZip {
  /** Part name as stored ("xl/workbook.xml"). */
  readonly nama: string;
  /** 0 = stored, 8 = deflate. */
  readonly metode: number;
  readonly crc32: number;
  readonly ukuranTerkompres: number;
  readonly ukuranAsli: number;
  /** General purpose flags (bit 1–2: deflate option, bit 3: data descriptor, bit 11: UTF-8 name). */
  readonly bendera: number;
  /** MS-DOS date and time words as stored. */
  readonly tanggalDos: number;
  readonly waktuDos: number;
  /** A folder entry ("xl/"). */
  readonly folder: boolean;
}

/**
 * Why a package cannot be read, in Indonesian (yauzl's and zlib's English messages are translated by
 * terjemahZip and kept only as the `cause`); the adapter turns it into a message naming the file.
 */
export class GalatArsip extends Error {
  constructor(
    readonly jenis: 'bukan_zip' | 'rusak' | 'tidak_didukung' | 'bukan_berkas',
    pesan: string,
    opsi?: { cause?: unknown },
  ) {
    super(pesan, opsi);
    this.name = 'GalatArsip';
  }
}

/** A failure while a part streams (inflate, sizes, CRC) as a GalatArsip naming the part. */
function galatBagian(nama: string, e: unknown): GalatArsip {
  if (e instanceof GalatArsip) return e;
  return new GalatArsip('rusak', `bagian ${nama}: ${terjemahZip(e)}`, { cause: e });
}

const OPSI_YAUZL: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  decodeStrings: true,
  validateEntrySizes: true,
  strictFileNames: false,
};

export class ArsipZip {
  private readonly perNama = new Map<string, { readonly info: EntriZip; readonly entri: yauzl.Entry }>();
  /** Entries in the order of the central directory. */
  readonly entri: readonly EntriZip[];

  private constructor(
    private readonly zip: yauzl.ZipFile,
    entri: readonly { readonly info: EntriZip; readonly entri: yauzl.Entry }[],
  ) {
    for (const e of entri) {
      const kunci = e.info.nama.toLowerCase();
      // Part names are case-insensitive (OPC); two entries of one name make the package ambiguous.
      if (this.perNama.has(kunci)) {
        zip.close();
        throw new GalatArsip('rusak', `arsip berisi dua bagian bernama "${e.info.nama}"`);
      }
      this.perNama.set(kunci, e);
    }
    this.entri = entri.map((e) => e.info);
  }

  /** Open a file: non-blocking (a pipe or device is refused, never waited on), regular files only. */
  static async dariBerkas(jalur: string): Promise<ArsipZip> {
    const fd = await promisify(open)(jalur, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    let zip: yauzl.ZipFile;
    try {
      if (!(await promisify(fstat)(fd)).isFile()) {
        throw new GalatArsip('bukan_berkas', 'bukan berkas biasa (folder, pipa bernama, atau perangkat)');
      }
      zip = await dariYauzl(() => yauzl.fromFdPromise(fd, OPSI_YAUZL));
    } catch (e) {
      await promisify(close)(fd);
      throw e;
    }
    // From here yauzl owns the descriptor: ZipFile.close() closes it once its streams are done.
    return ArsipZip.dariZip(zip);
  }

  static async dariData(data: Uint8Array): Promise<ArsipZip> {
    const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return ArsipZip.dariZip(await dariYauzl(() => yauzl.fromBufferPromise(buffer, OPSI_YAUZL)));
  }

  private static async dariZip(zip: yauzl.ZipFile): Promise<ArsipZip> {
    const entri: { info: EntriZip; entri: yauzl.Entry }[] = [];
    try {
      for await (const e of zip.eachEntry()) {
        if (e.isEncrypted()) throw new GalatArsip('tidak_didukung', 'arsip terenkripsi (buku kerja berkata sandi)');
        entri.push({ info: infoEntri(e), entri: e });
      }
    } catch (e) {
      zip.close();
      if (e instanceof GalatArsip) throw e;
      throw new GalatArsip('rusak', `arsip ZIP rusak: ${terjemahZip(e)}`, { cause: e });
    }
    return new ArsipZip(zip, entri);
  }

  /** The entry of a part (case-insensitive), or undefined. */
  cari(nama: string): EntriZip | undefined {
    return this.perNama.get(nama.toLowerCase())?.info;
  }

  private ambil(nama: string): yauzl.Entry {
    const e = this.perNama.get(nama.toLowerCase());
    if (!e) throw new GalatArsip('rusak', `bagian ${nama} tidak ada di arsip`);
    return e.entri;
  }

  /**
   * The part's content, inflated and checked as it streams: its size (yauzl) and its CRC-32 (here: yauzl does
   * not check it), so a damaged part is an error naming it, never wrong data. Every failure is a GalatArsip.
   */
  async aliran(nama: string): Promise<AsyncIterable<Buffer>> {
    const e = this.ambil(nama);
    if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
      throw new GalatArsip(
        'tidak_didukung',
        `bagian ${nama} dimampatkan dengan metode ${e.compressionMethod} yang tidak didukung (hanya 0 dan 8, "deflate")`,
      );
    }
    let aliran: Readable;
    try {
      aliran = await this.zip.openReadStreamPromise(e);
    } catch (err) {
      throw galatBagian(nama, err);
    }
    return periksaCrc(aliran, nama, e.crc32);
  }

  /** The part's stored bytes, still compressed: copied as they are into the output. */
  async aliranMentah(nama: string): Promise<AsyncIterable<Buffer>> {
    const e = this.ambil(nama);
    let aliran: Readable;
    try {
      aliran = await this.zip.openReadStreamPromise(e, { decodeFileData: false });
    } catch (err) {
      throw galatBagian(nama, err);
    }
    return bernama(aliran, nama);
  }

  /** A small part whole, as bytes; refused above `batasBita` (declared size; the stream checks it is true). */
  async bita(nama: string, batasBita: number): Promise<Buffer> {
    const info = this.cari(nama);
    if (!info) throw new GalatArsip('rusak', `bagian ${nama} tidak ada di arsip`);
    if (info.ukuranAsli > batasBita) {
      throw new GalatArsip('tidak_didukung', `bagian ${nama} terlalu besar (${info.ukuranAsli} bita; batas ${batasBita})`);
    }
    const potongan: Buffer[] = [];
    for await (const p of await this.aliran(nama)) potongan.push(p);
    return Buffer.concat(potongan);
  }

  tutup(): void {
    if (this.zip.isOpen) this.zip.close();
  }
}

/** The stream's bytes as they are; a failure while they stream names the part. */
async function* bernama(aliran: Readable, nama: string): AsyncGenerator<Buffer, void, void> {
  try {
    for await (const b of aliran) yield b as Buffer;
  } catch (e) {
    throw galatBagian(nama, e);
  } finally {
    aliran.destroy();
  }
}

/** The stream's bytes, with their CRC-32 compared to the archive's at the end; failures name the part. */
async function* periksaCrc(aliran: Readable, nama: string, crcTercatat: number): AsyncGenerator<Buffer, void, void> {
  let crc = 0;
  for await (const b of bernama(aliran, nama)) {
    crc = crc32(b, crc);
    yield b;
  }
  if (crc >>> 0 !== crcTercatat >>> 0) {
    throw new GalatArsip('rusak', `bagian ${nama}: isinya tidak cocok dengan CRC-32 yang tercatat di arsip (berkas rusak)`);
  }
}

async function dariYauzl(buka: () => Promise<yauzl.ZipFile>): Promise<yauzl.ZipFile> {
  try {
    return await buka();
  } catch (e) {
    throw new GalatArsip('bukan_zip', `bukan arsip ZIP: ${terjemahZip(e)}`, { cause: e });
  }
}

function infoEntri(e: yauzl.Entry): EntriZip {
  return {
    nama: e.fileName,
    metode: e.compressionMethod,
    crc32: e.crc32,
    ukuranTerkompres: e.compressedSize,
    ukuranAsli: e.uncompressedSize,
    bendera: e.generalPurposeBitFlag,
    tanggalDos: e.lastModFileDate,
    waktuDos: e.lastModFileTime,
    folder: e.fileName.endsWith('/'),
  };
}
