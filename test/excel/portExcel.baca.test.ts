/**
 * PortExcel reading: bacaNamaLkip (one batched read, chunked for large ranges), bacaNilaiLembar.
 * Runs on the fake Excel host (test/excel/host): an unloaded property throws there, so every read the
 * adapter makes is proven loaded-and-synced first.
 * Figures are the source document's (LKIP NTT 2021, Tabel 3.2: indicator 1 target 50, realisasi
 * 39/88×100 = 44,32; indicator 3 target 10, realisasi 19,77).
 */
import { PortExcel } from '../../src/excel/portExcel';
import { KUOTA_BITA, KUOTA_SEL } from '../../src/excel/kuota';
import { periksaMasukan } from '../../src/report/jalankan';
import { AWALAN_HARGA_HARIAN } from '../../src/report/kontrak';
import { BukuPalsu, HostExcel, type KuotaHost } from './host';

const INDIKATOR_1 = 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online';
const INDIKATOR_3 = 'Persentase Kenaikan Harga setiap tahun';

/** An input sheet laid out from A1 (header in row 1), data in B2:E4. */
function bukuMasukan(jumlahBaris = 3): BukuPalsu {
  const buku = new BukuPalsu();
  const isi: (string | number | null | { v: number; f: string } | { v: string; kutip: boolean })[][] = [
    ['No', 'Indikator', 'Target', 'Realisasi', 'Satuan'],
  ];
  for (let i = 0; i < jumlahBaris; i++) {
    if (i === 0) isi.push([1, INDIKATOR_1, 50, { v: (39 / 88) * 100, f: '=39/88*100' }, '%']);
    else if (i === 1) isi.push([2, INDIKATOR_3, 10, 19.77, null]);
    else if (i === 2) isi.push([3, { v: '=bukan rumus', kutip: true }, 'NA', null, '%']);
    else isi.push([i + 1, `Indikator ${i + 1}`, 100, 90 + (i % 10), '%']);
  }
  buku.tambahLembar('Input', isi);
  const akhir = jumlahBaris + 1;
  buku.tambahNama('LKIP_Indikator', `Input!$B$2:$B$${akhir}`);
  buku.tambahNama('LKIP_Target', `Input!$C$2:$C$${akhir}`);
  buku.tambahNama('LKIP_Realisasi', `Input!$D$2:$D$${akhir}`);
  buku.tambahNama('lkip_satuan', `Input!$E$2:$E$${akhir}`); // any case counts
  buku.tambahNama('LKIP_Instansi', 'Dinas Perindustrian dan Perdagangan', 'String');
  buku.tambahNama('LKIP_Skala', '#REF!', 'Error');
  buku.tambahNama('Bukan_LKIP', 'Input!$A$1'); // not ours: never read
  return buku;
}

function siapkan(buku: BukuPalsu, kuota: Partial<KuotaHost> = {}): { host: HostExcel; port: PortExcel } {
  const host = new HostExcel(buku, kuota);
  return { host, port: new PortExcel(host.jalankan) };
}

describe('bacaNamaLkip', () => {
  test('reads every LKIP_ range once: values with "" → null, formulas only where the cell holds one', async () => {
    const { port, host } = siapkan(bukuMasukan());
    const { rentang, tidakTerbaca } = await port.bacaNamaLkip();

    expect(rentang.map((r) => r.nama)).toEqual(['LKIP_Indikator', 'LKIP_Realisasi', 'lkip_satuan', 'LKIP_Target']);
    const indikator = rentang[0]!;
    expect(indikator).toMatchObject({ lembar: 'Input', baris: 1, kolom: 1 });
    // The quote-prefixed text "=bukan rumus" is a value, not a formula.
    expect(indikator.nilai).toEqual([[INDIKATOR_1], [INDIKATOR_3], ['=bukan rumus']]);
    expect(indikator.rumus).toBeUndefined();

    const realisasi = rentang[1]!;
    expect(realisasi.nilai).toEqual([[(39 / 88) * 100], [19.77], [null]]);
    expect(realisasi.rumus).toEqual([['=39/88*100'], [null], [null]]);
    expect(rentang[2]!.nilai).toEqual([['%'], [null], ['%']]);
    expect(rentang[3]!.nilai).toEqual([[50], [10], ['NA']]);

    // Names of the wrong type are reported with an Indonesian reason, never read as ranges.
    expect(tidakTerbaca).toEqual([
      { nama: 'LKIP_Instansi', rujukan: 'Dinas Perindustrian dan Perdagangan', alasan: expect.stringContaining('konstanta') },
      { nama: 'LKIP_Skala', rujukan: '#REF!', alasan: expect.stringContaining('rujukan yang rusak') },
    ]);
    // The names, then positions, values and formulas of every range together: two round trips.
    expect(host.jumlahSync).toBe(2);
    expect(host.sisaAntrean).toBe(0);
  });

  test('the number of syncs does not grow with the rows (10 vs 10 000 rows)', async () => {
    const kecil = siapkan(bukuMasukan(10));
    const besar = siapkan(bukuMasukan(10_000));
    const a = await kecil.port.bacaNamaLkip();
    const b = await besar.port.bacaNamaLkip();
    expect(a.rentang[3]!.nilai).toHaveLength(10);
    expect(b.rentang[3]!.nilai).toHaveLength(10_000);
    expect(b.rentang[3]!.nilai[9_999]).toEqual([100]);
    expect(kecil.host.jumlahSync).toBe(2);
    expect(besar.host.jumlahSync).toBe(2);
  });

  test('a workbook without LKIP_ ranges costs one sync', async () => {
    const buku = new BukuPalsu();
    buku.tambahLembar('Sheet1', [[1]]);
    buku.tambahNama('LKIP_Tahun', '2021', 'Integer');
    const { port, host } = siapkan(buku);
    const hasil = await port.bacaNamaLkip();
    expect(hasil.rentang).toEqual([]);
    expect(hasil.tidakTerbaca).toEqual([{ nama: 'LKIP_Tahun', rujukan: '2021', alasan: expect.stringContaining('konstanta') }]);
    expect(host.jumlahSync).toBe(1);
  });

  test('a name on a deleted sheet turns #REF! and is reported, the others are still read', async () => {
    const buku = bukuMasukan();
    buku.tambahLembar('Lama', [[1], [2]]);
    buku.tambahNama('LKIP_Realisasi_Lalu', 'Lama!$A$1:$A$2');
    buku.hapusLembar('Lama');
    const { port } = siapkan(buku);
    const { rentang, tidakTerbaca } = await port.bacaNamaLkip();
    expect(rentang).toHaveLength(4);
    expect(tidakTerbaca.map((t) => t.nama)).toEqual(['LKIP_Instansi', 'LKIP_Realisasi_Lalu', 'LKIP_Skala']);
    expect(tidakTerbaca[1]!.alasan).toContain('#REF!');
  });

  test('reading leaves the input sheet untouched', async () => {
    const buku = bukuMasukan();
    const sebelum = JSON.stringify(buku.cariLembar('Input')!.grid());
    await siapkan(buku).port.bacaNamaLkip();
    expect(buku.cariLembar('Input')!.log).toEqual([]);
    expect(JSON.stringify(buku.cariLembar('Input')!.grid())).toBe(sebelum);
  });

  test('a name over whole columns is read only down to the last used row (one extra sync)', async () => {
    const buku = bukuMasukan();
    buku.tambahNama('LKIP_Target_Akhir', 'Input!$C:$C');
    const { port, host } = siapkan(buku);
    const { rentang } = await port.bacaNamaLkip();
    const akhir = rentang.find((r) => r.nama === 'LKIP_Target_Akhir')!;
    expect(akhir.baris).toBe(0);
    expect(akhir.nilai).toEqual([['Target'], [50], [10], ['NA']]);
    expect(host.jumlahSync).toBe(4);
  });
});

describe('bacaNamaLkip on large inputs: blocks, budgets and the ranges read without formulas', () => {
  test('a large range (300 000 rows × 5 columns) is read in blocks each under 4 MB and 1 000 000 cells', async () => {
    const buku = new BukuPalsu();
    const harian = buku.tambahLembar('Harian');
    const baris = 300_000;
    harian.virtual = {
      baris,
      kolom: 5,
      nilai: (r, c) => [44197 + (r % 730), 'Beras Medium', 'kg', `Kab ${r % 22}`, 11_000 + (r % 500)][c]!,
    };
    buku.tambahNama('LKIP_HargaHarian_Pokok', `Harian!$A$1:$E$${baris}`);
    const { host, port } = siapkan(buku);
    const kemajuan: [string, number, number][] = [];
    const { rentang } = await port.bacaNamaLkip({ kemajuan: (tahap, selesai, total) => kemajuan.push([tahap, selesai, total]) });

    const nilai = rentang[0]!.nilai;
    expect(nilai).toHaveLength(baris);
    expect(nilai[0]).toEqual([44197, 'Beras Medium', 'kg', 'Kab 0', 11_000]);
    expect(nilai[baris - 1]).toEqual([
      44197 + ((baris - 1) % 730),
      'Beras Medium',
      'kg',
      `Kab ${(baris - 1) % 22}`,
      11_000 + ((baris - 1) % 500),
    ]);

    const blok = host.permintaan.slice(2); // after names and dimensions
    expect(blok.length).toBeGreaterThan(1);
    for (const p of host.permintaan) {
      expect(p.bitaTerima).toBeLessThan(KUOTA_BITA);
      expect(p.bitaKirim).toBeLessThan(KUOTA_BITA);
      expect(p.selBaca).toBeLessThanOrEqual(KUOTA_SEL);
    }
    // The bound: 2 + one sync per block.
    expect(host.jumlahSync).toBe(2 + blok.length);
    // Progress: one report per block, ending at (n, n).
    expect(kemajuan.map(([, s]) => s)).toEqual(blok.map((_, i) => i + 1));
    expect(kemajuan.every(([t]) => t === 'membaca')).toBe(true);
    expect(kemajuan.at(-1)).toEqual(['membaca', blok.length, blok.length]);
  });

  /** A sheet of daily price rows named `nama`; the bytes received reading it with `baca`. */
  async function bitaTerima(nama: string, baris: number, baca: (port: PortExcel) => Promise<unknown>): Promise<number> {
    const buku = new BukuPalsu();
    const harian = buku.tambahLembar('Harian');
    harian.virtual = { baris, kolom: 5, nilai: (r, c) => [44197 + (r % 730), 'Beras', 'kg', `Kab ${r % 22}`, 11_000 + r][c]! };
    buku.tambahNama(nama, `Harian!$A$1:$E$${baris}`);
    const { host, port } = siapkan(buku);
    await baca(port);
    return host.permintaan.reduce((n, p) => n + p.bitaTerima, 0);
  }

  test('names the engine reads without formulas (awalanTanpaRumus) cost about half the bytes of the same cells with formulas', async () => {
    const baca = async (port: PortExcel): Promise<void> => {
      const { rentang } = await port.bacaNamaLkip({ awalanTanpaRumus: ['lkip_hargaharian_'] }); // any case
      expect(rentang[0]!.nilai).toHaveLength(200_000);
      expect(rentang[0]!.rumus).toBeUndefined();
    };
    const harian = await bitaTerima('LKIP_HargaHarian_Pokok', 200_000, baca);
    const biasa = await bitaTerima('LKIP_Data_Lain', 200_000, baca);
    expect(harian).toBeLessThan(biasa * 0.6);
  });

  test('the engine tells the port to read the daily price ranges without formulas, also when they fit one block', async () => {
    // 20 000 rows × 5 = 100 000 cells: read together with the positions, in the second sync.
    const periksa = (port: PortExcel) => periksaMasukan(port);
    const harian = await bitaTerima(`${AWALAN_HARGA_HARIAN}Pokok`, 20_000, periksa);
    const biasa = await bitaTerima('LKIP_Data_Lain', 20_000, periksa);
    expect(harian).toBeLessThan(biasa * 0.6);
  });

  test('a block Excel refuses as too large is read again in smaller blocks', async () => {
    const buku = new BukuPalsu();
    const harga = buku.tambahLembar('Harga');
    // Long item names: ~120 bytes per cell with formulas, three times the first estimate of 40.
    harga.virtual = { baris: 20_000, kolom: 2, nilai: (r, c) => (c === 0 ? `Komoditas ${r} `.padEnd(50, '.') : 15_000 + r) };
    buku.tambahNama('LKIP_Harga_Pokok', 'Harga!$A$1:$B$20000');
    const { host, port } = siapkan(buku, { respons: 1_000_000 });
    const { rentang } = await port.bacaNamaLkip();
    const ditolak = host.permintaan.filter((p) => p.gagal === 'ResponsePayloadSizeLimitExceeded').length;
    // ~4.8 MB in one go is refused; so are 40 000, 20 000 and 10 000-cell blocks; 5 000 cells pass and stay the
    // ceiling. Each refusal halves the block, so the retries are few.
    expect(ditolak).toBeGreaterThan(0);
    expect(ditolak).toBeLessThanOrEqual(5);
    const nilai = rentang[0]!.nilai;
    expect(nilai).toHaveLength(20_000);
    expect(nilai[19_999]).toEqual([`Komoditas 19999 `.padEnd(50, '.'), 34_999]);
    expect(host.permintaan.every((p) => p.bitaTerima <= 1_000_000)).toBe(true);
  });
});

describe('bacaNilaiLembar', () => {
  test('values from A1 to the last used cell, "" → null; null for a missing sheet', async () => {
    const buku = new BukuPalsu();
    buku.tambahLembar('Verifikasi', [
      [null, null, null],
      [null, 'ID', 'Status'],
      [null, 'T-01', 'OK'],
    ]);
    const { port, host } = siapkan(buku);
    expect(await port.bacaNilaiLembar('Verifikasi')).toEqual([
      [null, null, null],
      [null, 'ID', 'Status'],
      [null, 'T-01', 'OK'],
    ]);
    expect(host.jumlahSync).toBe(3);
    expect(await port.bacaNilaiLembar('Tidak Ada')).toBeNull();
    expect(host.jumlahSync).toBe(4);
  });

  test('an empty sheet gives an empty grid', async () => {
    const buku = new BukuPalsu();
    buku.tambahLembar('Kosong');
    expect(await siapkan(buku).port.bacaNilaiLembar('Kosong')).toEqual([]);
  });
});
