import { jalankanLaporan } from '../../src/report/jalankan';
import type { NamaTidakTerbaca, RentangBernama } from '../../src/report/port';
import { PortMemori } from '../report/portMemori';
import { GRUP, barisHarian, rentangBernama } from './bukuProvinsi';
class P extends PortMemori {
  constructor(private readonly r: readonly RentangBernama[]) { super(); }
  override async bacaNamaLkip(): Promise<{ readonly rentang: readonly RentangBernama[]; readonly tidakTerbaca: readonly NamaTidakTerbaca[] }> {
    return { rentang: this.r.map((x) => ({ ...x })), tidakTerbaca: [] };
  }
}
async function main() {
  const rentang = rentangBernama(GRUP.map((_, g) => barisHarian(g)));
  for (let i = 0; i < 10; i++) { (globalThis as any).gc(); const t = performance.now(); await jalankanLaporan(new P(rentang)); console.log((performance.now() - t).toFixed(0)); }
}
main();
