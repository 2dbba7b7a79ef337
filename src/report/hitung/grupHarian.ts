/**
 * The report's daily price groups, read and computed (the daily-price formulas themselves are the core's,
 * core/hargaHarian). The range of each LKIP_HargaHarian_<Grup> is handed to the core's collector
 * (PengumpulHargaHarian) in chunks of BARIS_PER_POTONGAN rows, as the rows were read, so long work can report
 * its progress and yield between chunks. Nothing here looks at a single price row: dates, prices, duplicates
 * and missing days are the core's business, and so are the annual averages, the per-item change, the group
 * mean (hargaDariData) and the stability (stabilitasHarga).
 *
 * Two ways in: hitungSemuaGrupHarian at once (hitungLaporan), or langkahBacaHargaHarian step by step then
 * hitungSemuaGrupHarian (jalankanLaporan, which loads this file only for workbooks with daily prices).
 *
 * Cost per row in this layer: none (a chunk is a slice of the row array, no object per row).
 */
import { PengumpulHargaHarian, hargaDariData, type DataHargaHarian, type HasilHargaHarian } from '../../core/hargaHarian';
import { stabilitasHarga, type HasilStabilitas } from '../../core/stabilitas';
import type { TingkatSkalaInflasi } from '../../core/harga';
import type { GrupHargaHarian, MasukanLaporan, OpsiHargaHarianLaporan } from '../kontrak';

/** Rows handed to the core per call: small enough to report progress often, large enough to cost nothing. */
export const BARIS_PER_POTONGAN = 50_000;

/** A daily group after reading: the core's data (findings included). */
export interface BacaanHargaHarian {
  readonly grup: GrupHargaHarian;
  readonly data: DataHargaHarian;
}

/** Chunks the daily groups of an input take to read (the total of the reading progress). */
export function jumlahPotonganHarian(grup: readonly GrupHargaHarian[], barisPerPotongan = BARIS_PER_POTONGAN): number {
  return grup.reduce((n, g) => n + Math.max(1, Math.ceil(g.rentang.nilai.length / barisPerPotongan)), 0);
}

/**
 * Reading as steps: yields [chunks done, total] after every chunk and returns the data of every group.
 * Drive it with {@link bacaHargaHarianSinkron} (tests, pure use) or step by step (jalankanLaporan, which
 * reports progress and lets the host breathe between chunks).
 */
export function* langkahBacaHargaHarian(
  masukan: Pick<MasukanLaporan, 'grupHargaHarian' | 'tahun'>,
  barisPerPotongan = BARIS_PER_POTONGAN,
): Generator<readonly [selesai: number, total: number], BacaanHargaHarian[], void> {
  const grup = masukan.grupHargaHarian;
  if (grup.length === 0) return [];
  if (masukan.tahun === null) throw new Error('bacaHargaHarian: LKIP_Tahun wajib ada (kontrak memeriksanya)');
  const total = jumlahPotonganHarian(grup, barisPerPotongan);
  const hasil: BacaanHargaHarian[] = [];
  let selesai = 0;
  for (const g of grup) {
    const pengumpul = new PengumpulHargaHarian({ tahun: masukan.tahun, namaRentang: g.nama });
    const baris = g.rentang.nilai;
    if (baris.length === 0) {
      selesai++;
      yield [selesai, total];
    }
    for (let awal = 0; awal < baris.length; awal += barisPerPotongan) {
      pengumpul.tambah(baris, awal, awal + barisPerPotongan);
      selesai++;
      yield [selesai, total];
    }
    hasil.push({ grup: g, data: pengumpul.selesai() });
  }
  return hasil;
}

/** Read every daily group at once (no progress). */
export function bacaHargaHarianSinkron(masukan: Pick<MasukanLaporan, 'grupHargaHarian' | 'tahun'>): BacaanHargaHarian[] {
  const langkah = langkahBacaHargaHarian(masukan);
  for (;;) {
    const r = langkah.next();
    if (r.done) return r.value;
  }
}

/** The computed group: the core's price list and stability. */
export interface HitunganHargaHarian {
  readonly grup: GrupHargaHarian;
  readonly data: DataHargaHarian;
  readonly harga: HasilHargaHarian;
  readonly stabilitas: HasilStabilitas;
}

/** Averages, change, group mean (the core's hargaDariData) and KV (the core's stabilitasHarga) of one group. */
export function hitungGrupHarian(
  bacaan: BacaanHargaHarian,
  opsi: OpsiHargaHarianLaporan,
  skalaInflasi: readonly TingkatSkalaInflasi[],
): HitunganHargaHarian {
  return {
    grup: bacaan.grup,
    data: bacaan.data,
    harga: hargaDariData(bacaan.data, opsi.metode, skalaInflasi),
    stabilitas: stabilitasHarga(bacaan.data, { simpangan: opsi.simpangan, ambang: opsi.ambangKV }),
  };
}

/** Every daily group of an input, read at once and computed. */
export function hitungSemuaGrupHarian(masukan: MasukanLaporan, bacaan = bacaHargaHarianSinkron(masukan)): HitunganHargaHarian[] {
  return bacaan.map((b) => hitungGrupHarian(b, masukan.opsiHargaHarian, masukan.skalaInflasi));
}
