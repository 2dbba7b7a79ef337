/**
 * The zip layer: what PenulisZip writes reads back through yauzl and unzip (independent readers), raw copies
 * keep the stored bytes, Zip64 records are right (forced on small data by lowering the thresholds), the same
 * entries give the same bytes; and saving never follows a planted symlink nor leaves a half-written file.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { simpanAtomik } from '../../../src/cli/xlsx/simpanAman';
import { ArsipZip } from '../../../src/cli/xlsx/zipBaca';
import { crc32, PenulisZip, type BatasZip } from '../../../src/cli/xlsx/zipTulis';

async function tulisZip(isi: (z: PenulisZip) => Promise<void>, batas?: BatasZip): Promise<Buffer> {
  const potongan: Buffer[] = [];
  const z = new PenulisZip(async (b) => {
    potongan.push(b);
  }, batas);
  await isi(z);
  await z.selesai();
  return Buffer.concat(potongan);
}

async function bacaSemua(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(data, { lazyEntries: true });
  const hasil = new Map<string, Buffer>();
  for await (const e of zip.eachEntry()) {
    const p: Buffer[] = [];
    for await (const b of await zip.openReadStreamPromise(e)) p.push(b as Buffer);
    hasil.set(e.fileName, Buffer.concat(p));
  }
  zip.close();
  return hasil;
}

const TEKS = 'Persentase kenaikan harga — Rp 10.950 / kg\n'.repeat(500);
const BINER = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));

describe('PenulisZip', () => {
  test('entri baru, aliran dan data, terbaca kembali oleh yauzl dan unzip -t; nilai periksa CRC-32', async () => {
    const data = await tulisZip(async (z) => {
      await z.tambahData('a.txt', TEKS);
      await z.tambahData('folder/ü-nama.bin', BINER);
      await z.tambahAliran('b.xml', ['<a>', 'b'.repeat(100_000), '</a>']);
    });
    const isi = await bacaSemua(data);
    expect([...isi.keys()]).toEqual(['a.txt', 'folder/ü-nama.bin', 'b.xml']);
    expect(isi.get('a.txt')!.toString('utf8')).toBe(TEKS);
    expect(isi.get('folder/ü-nama.bin')!.equals(BINER)).toBe(true);
    expect(isi.get('b.xml')!.length).toBe(100_007);
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lkip-zip-'));
    await fs.writeFile(path.join(folder, 'a.zip'), data);
    expect(execFileSync('unzip', ['-t', path.join(folder, 'a.zip')], { encoding: 'utf8' })).toContain('No errors detected');
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926); // the check value of CRC-32
  });

  test('salinan mentah: bita tersimpan sama persis, tanggal entri asal dipertahankan', async () => {
    const asal = await tulisZip(async (z) => {
      await z.tambahData('a.txt', TEKS, new Date(Date.UTC(2020, 5, 15, 10, 30, 4)));
      await z.tambahData('b.bin', BINER);
    });
    const arsip = await ArsipZip.dariData(asal);
    const salinan = await tulisZip(async (z) => {
      for (const e of arsip.entri) await z.salinMentah(e, await arsip.aliranMentah(e.nama));
    });
    expect(salinan.equals(asal)).toBe(true);
    const lagi = await ArsipZip.dariData(salinan);
    expect(lagi.cari('A.TXT')).toMatchObject({ nama: 'a.txt', ukuranAsli: Buffer.byteLength(TEKS) });
    expect((await lagi.bita('a.txt', 1 << 20)).toString('utf8')).toBe(TEKS);
  });

  test('Zip64 (ambang diturunkan): ukuran, offset dan jumlah entri lewat kolom 64-bit; yauzl dan unzip membacanya', async () => {
    const batas: BatasZip = { bita: 100, entri: 3 };
    const data = await tulisZip(async (z) => {
      await z.tambahData('a.txt', TEKS);
      await z.tambahData('b.bin', BINER);
      await z.tambahData('c.txt', 'kecil');
      await z.tambahAliran('d.xml', ['<a/>']);
    }, batas);
    expect(data.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true); // Zip64 end of central directory
    expect(data.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBe(true); // and its locator
    const isi = await bacaSemua(data);
    expect([...isi.keys()]).toEqual(['a.txt', 'b.bin', 'c.txt', 'd.xml']);
    expect(isi.get('a.txt')!.toString('utf8')).toBe(TEKS);
    expect(isi.get('b.bin')!.equals(BINER)).toBe(true);
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lkip-zip64-'));
    await fs.writeFile(path.join(folder, 'a.zip'), data);
    expect(execFileSync('unzip', ['-t', path.join(folder, 'a.zip')], { encoding: 'utf8' })).toContain('No errors detected');
  });

  test('nama bagian ganda ditolak, saat menulis dan saat membaca', async () => {
    await expect(
      tulisZip(async (z) => {
        await z.tambahData('a.xml', 'x');
        await z.tambahData('A.xml', 'y');
      }),
    ).rejects.toThrow(/ditulis dua kali/);
    const data = await tulisZip(async (z) => {
      await z.tambahData('a.xml', 'x');
      await z.tambahData('B.xml', 'y');
    });
    let i: number;
    while ((i = data.indexOf('B.xml')) >= 0) data.write('A.xml', i, 'latin1');
    await expect(ArsipZip.dariData(data)).rejects.toThrow(/dua bagian bernama "A\.xml"/);
  });
});

describe('simpanAtomik', () => {
  test('tujuan yang berupa symlink diganti berkas biasa; berkas yang ditunjuknya tidak tersentuh', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lkip-simpan-'));
    const korban = path.join(folder, 'penting.txt');
    await fs.writeFile(korban, 'jangan ditimpa');
    const tujuan = path.join(folder, 'hasil.xlsx');
    await fs.symlink(korban, tujuan);
    await simpanAtomik(tujuan, async (tulis) => {
      await tulis(Buffer.from('isi baru'));
    });
    expect(await fs.readFile(korban, 'utf8')).toBe('jangan ditimpa');
    expect((await fs.lstat(tujuan)).isSymbolicLink()).toBe(false);
    expect(await fs.readFile(tujuan, 'utf8')).toBe('isi baru');
    expect((await fs.readdir(folder)).sort()).toEqual(['hasil.xlsx', 'penting.txt']);
  });

  test('gagal di tengah: tujuan lama utuh, berkas sementara dihapus', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lkip-simpan-'));
    const tujuan = path.join(folder, 'hasil.xlsx');
    await fs.writeFile(tujuan, 'lama');
    await expect(
      simpanAtomik(tujuan, async (tulis) => {
        await tulis(Buffer.alloc(3 << 20, 1)); // past the buffer: part of it is on disk already
        throw new Error('putus');
      }),
    ).rejects.toThrow('putus');
    expect(await fs.readFile(tujuan, 'utf8')).toBe('lama');
    expect(await fs.readdir(folder)).toEqual(['hasil.xlsx']);
  });

  test('berkas sementara dibuat eksklusif: nama yang sudah ada (symlink tertanam) tidak diikuti', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lkip-simpan-'));
    const korban = path.join(folder, 'penting.txt');
    await fs.writeFile(korban, 'jangan ditimpa');
    // The temporary name is random; a planted link under any predictable name is never opened.
    const dapatDitebak = path.join(folder, `.hasil.xlsx.${process.pid}.tmp`);
    await fs.symlink(korban, dapatDitebak);
    await simpanAtomik(path.join(folder, 'hasil.xlsx'), async (tulis) => {
      await tulis(Buffer.from('isi'));
    });
    expect(await fs.readFile(korban, 'utf8')).toBe('jangan ditimpa');
    // and the flags refuse an existing name outright (O_EXCL | O_NOFOLLOW), as opening the planted link shows
    const { constants: c } = await import('node:fs');
    await expect(fs.open(dapatDitebak, c.O_WRONLY | c.O_CREAT | c.O_EXCL | c.O_NOFOLLOW)).rejects.toMatchObject({
      code: 'EEXIST',
    });
  });
});
