/**
 * The computation composed: price groups first (the price-rise indicator may take its realisasi from them),
 * then the indicators and their mean, then the budget tables; the Verifikasi checks run along (PemeriksaLaporan)
 * and their findings close the result. Every figure comes from the core; see the files beside this one for
 * each part.
 *
 * The daily price groups come in already computed (./grupHarian): hitungLaporan (../hitung) computes them at
 * once, jalankanLaporan reads them chunk by chunk with progress and loads that code only for workbooks that have
 * daily prices, so the task pane's first download stays small. That is why this file does not import it.
 */
import { rataRataCapaian } from '../../core';
import type { MasukanLaporan } from '../kontrak';
import { PemeriksaLaporan } from '../periksa';
import { hitungTabelAnggaran } from './anggaran';
import type { HitunganHargaHarian } from './grupHarian';
import { grupDariHarian, hitungDaftarHarga, hitungGabungan, urutkanGrupHarga } from './harga';
import type { ModulAnalisis } from '../analisis';
import { perluAnalisis } from '../perluAnalisis';
import { hitungIndikator, type KonteksIndikator } from './indikator';
import type { HasilIndikator, HasilLaporan } from './jenis';
import { bacaSelTertulis, kategoriDanPeringkat } from './sel';

/** Progress of the computation: steps done of total (one per daily group, one for the rest). */
export type KemajuanHitung = (selesai: number, total: number) => void;

/**
 * The indicators (with their analyses when the module is given), their mean, and the checks that need the whole
 * picture (the mean, the combined price figure).
 */
function hitungSemuaIndikator(
  k: KonteksIndikator,
  analisis: ModulAnalisis | undefined,
): Pick<HasilLaporan, 'indikator' | 'rataRata' | 'tahunRiwayat'> {
  const { masukan, periksa, gabungan } = k;
  periksa.namaGanda(masukan.indikator);
  const dasar: HasilIndikator[] = masukan.indikator.map((ind, i) => hitungIndikator(ind, i + 1, k));
  const lengkap = analisis?.lengkapiAnalisis(masukan, dasar, periksa);
  const indikator = lengkap?.indikator ?? dasar;
  const rataRata = rataRataCapaian(indikator.map((ind) => ({ nama: ind.nama, hasil: ind.hasil })));
  indikator.forEach((ind, i) => {
    const baris = masukan.indikator[i]!;
    const tertulis = bacaSelTertulis(baris.sel.capaianTertulis, baris.kunci, periksa);
    periksa.indikator(baris, ind, rataRata, indikator.length, masukan, gabungan, tertulis);
  });
  return { indikator, rataRata, tahunRiwayat: lengkap?.tahunRiwayat ?? [] };
}

/** The whole report from the contract's input and its daily price groups already computed. Pure. */
export function rakitLaporan(
  masukan: MasukanLaporan,
  grupHarian: readonly HitunganHargaHarian[],
  kemajuan?: KemajuanHitung,
  analisis?: ModulAnalisis,
): HasilLaporan {
  if (grupHarian.length !== masukan.grupHargaHarian.length) {
    throw new Error('rakitLaporan: setiap grup harga harian harus sudah dihitung (pakai hitungLaporan)');
  }
  if (!analisis && perluAnalisis(masukan)) {
    throw new Error('rakitLaporan: buku kerja ini memakai nama analisis; muat ../analisis (pakai hitungLaporan)');
  }
  const periksa = new PemeriksaLaporan();
  const langkahTotal = grupHarian.length + 1;
  let langkah = 0;
  for (const g of masukan.grupHargaGanda) periksa.grupHargaGanda(g);
  const daftar = masukan.grupHarga.map((g) => hitungDaftarHarga(g, periksa));
  const harian = grupHarian.map((h) => {
    const grup = grupDariHarian(h, periksa);
    kemajuan?.(++langkah, langkahTotal);
    return grup;
  });
  const grupHarga = urutkanGrupHarga([...daftar, ...harian], masukan.urutanGrupHarga);
  const gabungan = hitungGabungan(grupHarga, masukan);
  const rataGrup = grupHarga.filter((g) => g.rataRata !== null);
  const semua = hitungSemuaIndikator({ masukan, periksa, gabungan, rataGrup }, analisis);
  const { indikator, rataRata, tahunRiwayat } = semua;
  const kpRata = rataRata.nilai === null ? null : kategoriDanPeringkat(rataRata.nilai, masukan.skala);
  const anggaran = masukan.anggaran.map((t) => hitungTabelAnggaran(t, periksa));
  kemajuan?.(++langkah, langkahTotal);
  return {
    instansi: masukan.instansi,
    tahun: masukan.tahun,
    skala: masukan.skala,
    skalaInflasi: masukan.skalaInflasi,
    indikator,
    rataRata,
    kategoriRataRata: kpRata?.label ?? null,
    peringkatRataRata: kpRata?.peringkat ?? null,
    adaRealisasiLalu: masukan.adaRealisasiLalu,
    adaTargetAkhir: masukan.adaTargetAkhir,
    sasaran: analisis && masukan.adaSasaran ? analisis.hitungSasaran(indikator, masukan.skala) : [],
    adaStandarNasional: masukan.adaStandarNasional,
    adaEfisiensi: masukan.adaAnggaranIndikator,
    skalaEfisiensi: analisis ? analisis.skalaEfisiensi(masukan.skalaEfisiensi) : [],
    tahunRiwayat,
    grupHarga,
    gabungan,
    anggaran,
    temuan: periksa.hasil(),
  };
}
