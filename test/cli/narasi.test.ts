/**
 * Issue 15 through the runner on .xlsx files: an author's text typed into "Narasi penulis" (edited inside the
 * package, as a spreadsheet application saves it) survives the next run; rows inserted above it by another tool
 * (ExcelJS, which drops the marker names: --timpa) keep it too; a changed input figure under it is flagged in
 * Verifikasi and the text stays.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { barisTeks, bacaBuku, folderSementara, jalankanCli } from './bantu';
import { isiSel, jalurLembar } from './selPaket';

const TEKS = 'Teks penulis: 39 dari 88 pelaku usaha telah terintegrasi OSS sehingga capaian 88,64 % (Sangat Berhasil).';

/** Rows of the Narasi LKIP sheet of a workbook: header index, columns, and the first indicator's row. */
async function narasi(jalur: string) {
  const baris = barisTeks((await bacaBuku(jalur)).getWorksheet('Narasi LKIP')!);
  const kepala = baris.findIndex((b) => b.includes('ID') && b.includes('Narasi penulis'));
  const k = (t: string) => baris[kepala]!.indexOf(t);
  const kol = { id: k('ID'), penulis: k('Narasi penulis'), keadaan: k('Keadaan'), draf: k('Draf narasi') };
  const r = baris.findIndex((b) => typeof b[kol.id] === 'string' && (b[kol.id] as string).startsWith('NARASI:cakupan-'));
  return { kepala, kol, r, baris: baris[r]!, id: baris[r]![kol.id] as string };
}

const huruf = (kolom: number) => String.fromCharCode(65 + kolom);

describe('teks penulis di lembar Narasi LKIP (runner, .xlsx)', () => {
  test('dipertahankan saat dihitung ulang, juga setelah baris disisipkan; angka yang berubah ditandai di Verifikasi', async () => {
    const folder = await folderSementara('lkip-narasi-');
    expect((await jalankanCli(['--out', 'pertama.xlsx'], folder)).kode).toBe(0);
    const pertama = await narasi(path.join(folder, 'pertama.xlsx'));
    expect(String(pertama.baris[pertama.kol.draf])).toContain('pada tahun 2021 sebesar 88,64 % dengan kategori Sangat Berhasil');
    // the efficiency of the sample's budget (Tabel 3.22): 88,64 / 95,94 × 100 = 92,39 %
    expect(String(pertama.baris[pertama.kol.draf])).toContain(
      'Capaian 88,64 % dengan serapan anggaran 95,94 % memberikan efisiensi sebesar 92,39 % (kategori Tidak Efisien).',
    );
    const alamat = `${huruf(pertama.kol.penulis)}${pertama.r + 1}`;
    await isiSel(path.join(folder, 'pertama.xlsx'), path.join(folder, 'disunting.xlsx'), 'Narasi LKIP', alamat, TEKS);

    // 1. The next run keeps the text by ID.
    expect((await jalankanCli(['disunting.xlsx', '--out', 'kedua.xlsx'], folder)).kode).toBe(0);
    const kedua = await narasi(path.join(folder, 'kedua.xlsx'));
    expect([kedua.id, kedua.baris[kedua.kol.penulis], kedua.baris[kedua.kol.keadaan]]).toEqual([pertama.id, TEKS, 'disunting']);

    // 2. Rows inserted above by a tool that rewrites the workbook (its markers are gone: --timpa).
    const wb = await bacaBuku(path.join(folder, 'kedua.xlsx'));
    wb.getWorksheet('Narasi LKIP')!.spliceRows(kedua.kepala + 1, 0, ['Disunting oleh Perencana'], ['']);
    await wb.xlsx.writeFile(path.join(folder, 'disisip.xlsx'));
    expect((await jalankanCli(['disisip.xlsx', '--out', 'ketiga.xlsx', '--timpa'], folder)).kode).toBe(0);
    const ketiga = await narasi(path.join(folder, 'ketiga.xlsx'));
    expect(ketiga.baris[ketiga.kol.penulis]).toBe(TEKS);

    // 3. Indicator 1's realisasi (=39/88*100 in the sample) becomes 40: flagged, the text stays.
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(folder, 'ketiga.xlsx')));
    const jalurData = await jalurLembar(zip, 'Data LKIP');
    const xml = await zip.file(jalurData)!.async('string');
    const pola = /<c r="([A-Z]+\d+)"([^>]*)><f>39\/88\*100<\/f>(?:<v>[^<]*<\/v>)?<\/c>/;
    expect(xml).toMatch(pola);
    zip.file(jalurData, xml.replace(pola, '<c r="$1"$2><v>40</v></c>'));
    await fs.writeFile(
      path.join(folder, 'berubah.xlsx'),
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    const { kode, keluaran } = await jalankanCli(['berubah.xlsx', '--out', 'keempat.xlsx', '--json'], folder);
    expect(kode).toBe(0);
    const idTemuan = `NARASI-ANGKA-BERUBAH:${pertama.id.slice('NARASI:'.length)}`;
    expect((JSON.parse(keluaran) as { verifikasi: { id: string }[] }).verifikasi.map((t) => t.id)).toContain(idTemuan);
    const keempat = await narasi(path.join(folder, 'keempat.xlsx'));
    expect([keempat.baris[keempat.kol.penulis], keempat.baris[keempat.kol.keadaan]]).toEqual([
      TEKS,
      'angka berubah: periksa teks',
    ]);
    const verifikasi = barisTeks((await bacaBuku(path.join(folder, 'keempat.xlsx'))).getWorksheet('Verifikasi')!);
    expect(verifikasi.some((b) => b[0] === idTemuan)).toBe(true);
  }, 120_000);
});
