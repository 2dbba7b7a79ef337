/**
 * Bench part 3: the Office.js adapter (src/excel/portExcel.ts) running the whole report on the synthetic
 * province workbook in the fake Excel host (test/excel/host), which records every request:
 * one per context.sync(), with the bytes sent (JSON of the queued arguments + 100 per action), the bytes
 * received (JSON of the loaded values) and the cells written and read.
 *
 * jalankanLaporan(new PortExcel(host)) reads every LKIP_ name (the 1 927 200 daily price rows in blocks),
 * computes, and writes "Laporan LKIP" and "Verifikasi". Reported: the number of syncs, how many of them
 * carried a read block or a write block, the rest (the constant part of the bound), and the largest request in
 * bytes (sent or received) and in cells (written or read), against 4 MB and 1 000 000 cells.
 *
 * Usage (the runner does this): node --import tsx test/bench/bagianExcel.ts
 */
import { KUOTA_BITA, KUOTA_SEL } from '../../src/excel/kuota';
import { PortExcel } from '../../src/excel/portExcel';
import { jalankanLaporan } from '../../src/report/jalankan';
import { HostExcel } from '../excel/host';
import { kirimHasil, ukurWaktu } from './alat';
import { BARIS_HARIAN, GRUP, bukuPalsuProvinsi } from './bukuProvinsi';

async function main(): Promise<void> {
  const buku = bukuPalsuProvinsi();
  const host = new HostExcel(buku);
  const port = new PortExcel(host.jalankan);
  let status = '';
  const ms = await ukurWaktu(async () => {
    status = (await jalankanLaporan(port)).status;
  });
  if (status !== 'ditulis') throw new Error(`jalankanLaporan lewat PortExcel: ${status}`);
  const p = host.permintaan;
  const sync = host.jumlahSync;
  const blokBaca = p.filter((x) => x.selBaca > 0).length;
  const blokTulis = p.filter((x) => x.selTulis > 0).length;
  const laporan = buku.cariLembar('Laporan LKIP');
  const verifikasi = buku.cariLembar('Verifikasi');
  if (!laporan || !verifikasi) throw new Error('lembar laporan tidak ditulis');
  const ukuran = (l: typeof laporan) => {
    let baris = 0;
    let kolom = 0;
    for (const [r, b] of l.sel) {
      baris = Math.max(baris, r + 1);
      for (const c of b.keys()) kolom = Math.max(kolom, c + 1);
    }
    return { baris, kolom };
  };
  kirimHasil({
    ms,
    barisHarga: BARIS_HARIAN * GRUP.length,
    sync,
    permintaan: p.length,
    ditolak: p.filter((x) => x.gagal !== null).length,
    blokBaca,
    blokTulis,
    konstanta: sync - blokBaca - blokTulis,
    maksBitaKirim: Math.max(...p.map((x) => x.bitaKirim)),
    maksBitaTerima: Math.max(...p.map((x) => x.bitaTerima)),
    maksSelTulis: Math.max(...p.map((x) => x.selTulis)),
    maksSelBaca: Math.max(...p.map((x) => x.selBaca)),
    kuotaBita: KUOTA_BITA,
    kuotaSel: KUOTA_SEL,
    laporan: ukuran(laporan),
    verifikasi: ukuran(verifikasi),
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
