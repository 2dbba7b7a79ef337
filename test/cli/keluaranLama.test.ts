/**
 * Issue 17: running the runner again on the original input never silently overwrites an annotated
 * <name>-laporan.xlsx in the working folder (src/cli/keluaranLama.ts, docs/runner.md).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KODE_KELUAR } from '../../src/cli/laporan';
import { bacaBuku, barisTeks, CONTOH, folderSementara, isiFolder, jalankanCli, sidik } from './bantu';

const CATATAN = 'Realisasi indikator 3 belum sesuai dokumen sumber.';

async function beriCatatan(jalur: string): Promise<void> {
  const wb = await bacaBuku(jalur);
  const ver = wb.getWorksheet('Verifikasi')!;
  const baris = barisTeks(ver);
  const kepala = baris.findIndex((b) => b[0] === 'ID');
  ver.getCell(kepala + 2, baris[kepala]!.indexOf('Catatan reviewer') + 1).value = CATATAN;
  await wb.xlsx.writeFile(jalur);
}

describe('berkas hasil yang sudah ada', () => {
  test('dijalankan lagi tanpa perubahan: ditulis ulang dengan isi yang sama (kode 0)', async () => {
    const folder = await folderSementara();
    await fs.copyFile(CONTOH, path.join(folder, 'kantor.xlsx'));
    expect((await jalankanCli(['kantor.xlsx'], folder)).kode).toBe(0);
    const pertama = await sidik(path.join(folder, 'kantor-laporan.xlsx'));
    expect((await jalankanCli(['kantor.xlsx'], folder)).kode).toBe(0);
    expect(await sidik(path.join(folder, 'kantor-laporan.xlsx'))).toBe(pertama);
    expect(await isiFolder(folder)).toEqual(['kantor-laporan.xlsx', 'kantor.xlsx']);
  });

  test('berisi catatan reviewer: ditolak (kode 5), pesan menyebut berkas, jumlah catatan, dan --timpa; berkas utuh', async () => {
    const folder = await folderSementara();
    await fs.copyFile(CONTOH, path.join(folder, 'kantor.xlsx'));
    expect((await jalankanCli(['kantor.xlsx'], folder)).kode).toBe(0);
    const hasil = path.join(folder, 'kantor-laporan.xlsx');
    await beriCatatan(hasil);
    const sidikCatatan = await sidik(hasil);

    const r = await jalankanCli(['kantor.xlsx'], folder);
    expect(r.kode).toBe(KODE_KELUAR.keluaranAda);
    const pesan = r.galat.replace(/\n\s*/g, ' ');
    expect(pesan).toContain(`kantor.xlsx: berkas hasil ${hasil} sudah ada dan berisi 1 catatan reviewer di lembar "Verifikasi"`);
    expect(pesan).toContain('--timpa');
    expect(await sidik(hasil)).toBe(sidikCatatan);
    expect(await isiFolder(folder)).toEqual(['kantor-laporan.xlsx', 'kantor.xlsx']);

    // The way to keep them: run on the annotated file itself; the notes are carried over by ID.
    const lagi = await jalankanCli(['kantor-laporan.xlsx'], folder);
    expect(lagi.kode).toBe(0);
    const ver = barisTeks((await bacaBuku(path.join(folder, 'kantor-laporan-laporan.xlsx'))).getWorksheet('Verifikasi')!);
    expect(ver.some((b) => b.includes(CATATAN))).toBe(true);

    // --timpa overwrites, as documented.
    expect((await jalankanCli(['kantor.xlsx', '--timpa'], folder)).kode).toBe(0);
    expect(await sidik(hasil)).not.toBe(sidikCatatan);
  });

  test('berbeda tanpa catatan (laporan lama dari masukan lain) juga ditolak; bukan berkas biasa ditolak juga dengan --timpa', async () => {
    const folder = await folderSementara();
    await fs.copyFile(CONTOH, path.join(folder, 'kantor.xlsx'));
    await fs.writeFile(path.join(folder, 'kantor-laporan.xlsx'), 'laporan lama');
    const r = await jalankanCli(['kantor.xlsx'], folder);
    expect(r.kode).toBe(KODE_KELUAR.keluaranAda);
    expect(r.galat.replace(/\n\s*/g, ' ')).toContain('berbeda dari laporan yang akan ditulis');
    expect(await fs.readFile(path.join(folder, 'kantor-laporan.xlsx'), 'utf8')).toBe('laporan lama');

    await fs.rm(path.join(folder, 'kantor-laporan.xlsx'));
    await fs.writeFile(path.join(folder, 'lain.txt'), 'berkas orang lain');
    await fs.symlink(path.join(folder, 'lain.txt'), path.join(folder, 'kantor-laporan.xlsx'));
    const tautan = await jalankanCli(['kantor.xlsx', '--timpa'], folder);
    expect(tautan.kode).toBe(KODE_KELUAR.keluaranAda);
    expect(tautan.galat.replace(/\n\s*/g, ' ')).toContain('bukan berkas biasa');
    expect(await fs.readFile(path.join(folder, 'lain.txt'), 'utf8')).toBe('berkas orang lain');
  });
});
