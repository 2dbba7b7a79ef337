/**
 * Small tools shared by the benchmark's parts: the machine, timing, the hand-over of results from a part
 * (a child process) to the runner, number formatting.
 */
import fs from 'fs';
import os from 'os';

/** The line a part prints last: its measurements as JSON. */
export const AWALAN_HASIL = 'HASIL-BENCH ';

export function kirimHasil(hasil: unknown): void {
  process.stdout.write(`\n${AWALAN_HASIL}${JSON.stringify(hasil)}\n`);
}

/** CPU model (from /proc/cpuinfo where there is one), logical cores, Node version, OS, memory. */
export function mesin(): { cpu: string; inti: number; node: string; os: string; memoriGB: number } {
  let cpu = os.cpus()[0]?.model ?? 'tidak diketahui';
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    const m = /^model name\s*:\s*(.+)$/m.exec(info);
    if (m) cpu = m[1]!.trim();
  } catch {
    // not Linux: os.cpus() has it
  }
  return {
    cpu,
    inti: os.cpus().length,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memoriGB: Math.round(os.totalmem() / 2 ** 30),
  };
}

/** Milliseconds of one synchronous or asynchronous run. */
export async function ukurWaktu(fungsi: () => unknown): Promise<number> {
  const awal = process.hrtime.bigint();
  await fungsi();
  return Number(process.hrtime.bigint() - awal) / 1e6;
}

export function median(xs: readonly number[]): number {
  const urut = [...xs].sort((a, b) => a - b);
  const tengah = Math.floor(urut.length / 2);
  return urut.length % 2 === 1 ? urut[tengah]! : (urut[tengah - 1]! + urut[tengah]!) / 2;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** 1234567 → "1 234 567" (thin groups, as the issue writes numbers). */
export function ribuan(n: number, desimal = 0): string {
  const [bulat, pecahan] = n.toFixed(desimal).split('.') as [string, string | undefined];
  const berkelompok = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return pecahan ? `${berkelompok}.${pecahan}` : berkelompok;
}

export function detik(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export function perDetik(jumlah: number, ms: number): string {
  const n = (jumlah / ms) * 1000;
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M/s` : `${(n / 1e3).toFixed(0)} k/s`;
}

export function mb(bita: number): string {
  return `${(bita / 1e6).toFixed(bita >= 1e8 ? 0 : 1)} MB`;
}

export function kb(bita: number): string {
  return `${(bita / 1024).toFixed(1)} KB`;
}
