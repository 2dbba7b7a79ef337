/**
 * Bench part 2: the report engine on the synthetic province workbook (bukuProvinsi.ts: 1 000 indicators, 5 000
 * budget rows, 2 daily price groups of 60 commodities × 22 kab/kota × 730 days = 1 927 200 price rows), beside
 * the floor for this work.
 *
 * Engine: jalankanLaporan(port) from src/report — contract, daily prices read chunk by chunk by the core's
 * collector (dates, duplicates, missing days, exact integer moments), annual averages, price changes, KV per
 * commodity, capaian, budget, both sheet models, written to the in-memory port (test/report/portMemori.ts)
 * whose bacaNamaLkip hands over the workbook's RentangBernama as built here (the time of Excel's own reading
 * is part 3's business). Wall time: median of 5 runs without a progress callback, taking turns with the floor,
 * each after a full collection; the first run (cold JIT, what one click in Excel meets) is reported as well.
 * Peak memory: one more run with a progress callback that samples process.memoryUsage() at every chunk
 * (the engine reports after every 50 000 rows); reported as the peak heap above the heap before the run (the
 * loaded workbook itself excluded), and the process's peak RSS (getrusage maxRSS, everything included).
 *
 * Floor: one plain-JavaScript pass over the same price rows with float arithmetic — per row the year from the
 * serial date, the commodity by name from a Map, Σ price, Σ price², n per commodity and year in Float64Arrays —
 * then per commodity the two annual means, the change, the KV, and the group's mean change. No checks, no
 * findings, no exactness: the least any code can do with these rows. Median of 5.
 *
 * The runner bundles this part with esbuild first (one scope, like the webpack bundle that ships) and runs the
 * bundle: node --expose-gc <bundle>. Under tsx every imported binding is a getter call, which the shipped code
 * does not pay. By hand: node --expose-gc --import tsx test/bench/bagianLaporan.ts (slower for that reason).
 */
import { jalankanLaporan } from '../../src/report/jalankan';
import type { NilaiSel } from '../../src/report/lembar';
import type { NamaTidakTerbaca, RentangBernama } from '../../src/report/port';
import { PortMemori } from '../report/portMemori';
import { gc, kirimHasil, median, ukurWaktu } from './alat';
import { BARIS_HARIAN, GRUP, HARI, SERIAL_AWAL, TAHUN, barisHarian, rentangBernama } from './bukuProvinsi';

/** Runs of the floor and of the engine (wall time: the median; the engine's first run, cold JIT, is reported too). */
const KALI = 5;

/** The in-memory port, its names already read: bacaNamaLkip returns the workbook's RentangBernama (new objects each time). */
class PortMemoriSiap extends PortMemori {
  constructor(private readonly rentang: readonly RentangBernama[]) {
    super();
  }

  override async bacaNamaLkip(): Promise<{
    readonly rentang: readonly RentangBernama[];
    readonly tidakTerbaca: readonly NamaTidakTerbaca[];
  }> {
    this.panggilan.push('bacaNamaLkip');
    // Fresh range objects (the same cell arrays), as every real read hands over: nothing the engine caches per
    // range object carries over from one run to the next.
    return { rentang: this.rentang.map((r) => ({ ...r })), tidakTerbaca: [] };
  }
}

/** The float floor over the price rows of every group: [mean change %, mean KV %] per group (kept, so nothing is optimised away). */
function lantaiFloat(grup: readonly (readonly (readonly NilaiSel[])[])[]): [number, number][] {
  // Locals, not the imported bindings: under tsx an import is a getter call, which has no place in a floor.
  const awal = SERIAL_AWAL;
  const awalTahunLaporan = awal + 365; // 1 January 2022
  const akhir = awal + HARI;
  return grup.map((baris) => {
    const indeks = new Map<string, number>();
    const MAKS = 1_024;
    const jumlah = new Float64Array(2 * MAKS);
    const kuadrat = new Float64Array(2 * MAKS);
    const n = new Float64Array(2 * MAKS);
    for (let r = 1; r < baris.length; r++) {
      const b = baris[r]!;
      const serial = b[0];
      const harga = b[4];
      if (typeof serial !== 'number' || typeof harga !== 'number' || !(harga > 0) || serial < awal || serial >= akhir) {
        continue;
      }
      const nama = b[1] as string;
      let k = indeks.get(nama);
      if (k === undefined) {
        k = indeks.size;
        indeks.set(nama, k);
      }
      const j = 2 * k + (serial >= awalTahunLaporan ? 1 : 0);
      jumlah[j]! += harga;
      kuadrat[j]! += harga * harga;
      n[j]! += 1;
    }
    let totalPerubahan = 0;
    let kv = 0;
    for (let k = 0; k < indeks.size; k++) {
      const lalu = jumlah[2 * k]! / n[2 * k]!;
      const kini = jumlah[2 * k + 1]! / n[2 * k + 1]!;
      totalPerubahan += ((kini - lalu) / lalu) * 100;
      const m = n[2 * k + 1]!;
      kv += (Math.sqrt((kuadrat[2 * k + 1]! - (jumlah[2 * k + 1]! * jumlah[2 * k + 1]!) / m) / (m - 1)) / kini) * 100;
    }
    return [totalPerubahan / indeks.size, kv / indeks.size];
  });
}

async function main(): Promise<void> {
  const harian = GRUP.map((_, g) => barisHarian(g));
  const rentang = rentangBernama(harian);
  gc();

  // Floor and engine, turn about (floor, engine, floor, engine …), each after a full collection: drift of the
  // machine or of the heap touches both alike.
  const lantaiMs: number[] = [];
  const mesinMs: number[] = [];
  let rataRataLantai: [number, number][] = [];
  let port = new PortMemoriSiap(rentang);
  for (let k = 0; k < KALI; k++) {
    lantaiMs.push(await ukurWaktu(() => (rataRataLantai = lantaiFloat(harian))));
    gc();
    port = new PortMemoriSiap(rentang);
    const p = port;
    let status = '';
    mesinMs.push(
      await ukurWaktu(async () => {
        status = (await jalankanLaporan(p)).status;
      }),
    );
    if (status !== 'ditulis') throw new Error(`jalankanLaporan: ${status}`);
    gc();
  }
  const laporan = port.modelTerakhir('Laporan LKIP');
  const verifikasi = port.modelTerakhir('Verifikasi');
  if (!laporan || !verifikasi) throw new Error('lembar laporan tidak ditulis');
  const teks = laporan.nilai.flat().filter((x): x is string => typeof x === 'string');
  const tabelStabilitas = teks.filter((t) => t.startsWith('Stabilitas Harga')).length;
  if (tabelStabilitas !== GRUP.length) {
    throw new Error(`mesin laporan belum mengolah harga harian (tabel Stabilitas Harga: ${tabelStabilitas})`);
  }

  // Engine: peak memory, sampled at every progress report.
  gc();
  const sebelum = process.memoryUsage();
  let puncakHeap = sebelum.heapUsed;
  let puncakRss = sebelum.rss;
  let laporanKemajuan = 0;
  const sampel = () => {
    const m = process.memoryUsage();
    if (m.heapUsed > puncakHeap) puncakHeap = m.heapUsed;
    if (m.rss > puncakRss) puncakRss = m.rss;
  };
  const portMemori = new PortMemoriSiap(rentang);
  const hasil = await jalankanLaporan(portMemori, {
    kemajuan: () => {
      laporanKemajuan++;
      sampel();
    },
  });
  sampel();

  kirimHasil({
    tahun: TAHUN,
    barisHarga: BARIS_HARIAN * GRUP.length,
    mesinMs,
    mesinMedian: median(mesinMs),
    mesinPertama: mesinMs[0],
    lantaiMs,
    lantaiMedian: median(lantaiMs),
    rataRataLantai,
    memori: {
      heapSebelum: sebelum.heapUsed,
      puncakHeapDiAtas: puncakHeap - sebelum.heapUsed,
      puncakRssSampel: puncakRss,
      maxRss: process.resourceUsage().maxRSS * 1024,
      sampel: laporanKemajuan,
    },
    laporan: { baris: laporan.nilai.length, kolom: laporan.nilai[0]?.length ?? 0, tabelStabilitas },
    verifikasi: { baris: verifikasi.nilai.length },
    temuan: hasil.temuan.length,
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
