/**
 * What the runner does for one input, with the streaming adapter (PortPaketXlsx) — open, jalankanLaporan with a
 * progress callback (as the runner passes one), save — timed from inside, and the process's peak memory. Run by
 * bagianPaket.ts in its own process: node --import tsx test/bench/jalankanPaket.ts MASUKAN.xlsx KELUARAN.xlsx
 * (under tsx, as `npm run report` runs the runner). Prints one JSON line.
 */
import { PortPaketXlsx } from '../../src/cli/xlsx/portPaket';
import { jalankanLaporan } from '../../src/report/jalankan';

async function utama(): Promise<void> {
  const [masukan, keluaran] = process.argv.slice(2) as [string, string];
  const awal = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - awal) / 1e6;
  const port = await PortPaketXlsx.dariBerkas(masukan);
  let puncakHeap = 0;
  const hasil = await jalankanLaporan(port, {
    kemajuan: () => {
      puncakHeap = Math.max(puncakHeap, process.memoryUsage().heapUsed);
    },
  });
  const bacaHitung = ms();
  if (hasil.status !== 'ditulis') throw new Error(`laporan tidak ditulis: ${hasil.status}`);
  await port.simpan(keluaran);
  port.tutup();
  process.stdout.write(
    `${JSON.stringify({
      ms: ms(),
      bacaHitungMs: bacaHitung,
      puncakHeap,
      maxRss: process.resourceUsage().maxRSS * 1024,
      temuan: hasil.temuan.length,
      harga: hasil.json?.harga.map((h) => ({ grup: h.grup, rataRata: h.rata_rata, kv: h.stabilitas?.rata_rata_kv ?? null })),
    })}\n`,
  );
}

utama().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
