/**
 * The summary (task pane, terminal) and the runner's --json document, from a computed report.
 * Numbers in the JSON are the published figures (2 decimals) as JSON numbers; null where not measured.
 */
import { Desimal, formatPersen, formatTerbit } from '../core';
import type { LaporanJson, Ringkasan } from './hasil';
import type { ModulAnalisis } from './analisis';
import type { HasilIndikator, HasilLaporan, HasilTabelAnggaran } from './hitung';
import { adaTabelAnalisis } from './perluAnalisis';

export const angkaTerbit = (d: Desimal | null): number | null =>
  d === null ? null : Number(d.toFixed(2, Desimal.ROUND_HALF_UP));

function anggaranUtama(hasil: HasilLaporan): HasilTabelAnggaran | null {
  return hasil.anggaran.find((t) => t.utama) ?? null;
}

/** The years of an indicator's realisasi that the JSON lists: past years, last year, this year (known years only). */
function riwayatJson(hasil: HasilLaporan, ind: HasilIndikator): LaporanJson['indikator'][number]['riwayat'] {
  const tahun = hasil.tahun;
  const lalu =
    ind.riwayat.length > 0 || !hasil.adaRealisasiLalu || tahun === null
      ? ind.riwayat.map((r) => ({ tahun: r.tahun, realisasi: r.tampil }))
      : [{ tahun: tahun - 1, realisasi: ind.realisasiLaluTampil }];
  return tahun === null ? lalu : [...lalu, { tahun, realisasi: angkaTerbit(ind.realisasi) }];
}

/** The analysis module when the report has analysis tables (it must then be given), else null. */
function modulUntuk(hasil: HasilLaporan, analisis: ModulAnalisis | undefined): ModulAnalisis | null {
  if (analisis) return analisis;
  if (adaTabelAnalisis(hasil)) throw new Error('ringkasan: laporan ini berisi tabel analisis; berikan modul ./analisis');
  return null;
}

/** The summary; `analisis` (./analisis, loaded on demand) is required when the report has analysis tables. */
export function buatRingkasan(hasil: HasilLaporan, analisis?: ModulAnalisis): Ringkasan {
  const a = modulUntuk(hasil, analisis);
  const gb = hasil.gabungan;
  const ang = anggaranUtama(hasil);
  const hitung = (t: 'galat' | 'peringatan' | 'info') => hasil.temuan.filter((m) => m.tingkat === t).length;
  return {
    instansi: hasil.instansi,
    tahun: hasil.tahun,
    jumlahIndikator: hasil.indikator.length,
    jumlahDiukur: hasil.rataRata.jumlahDiukur,
    rataRataCapaian: hasil.rataRata.nilai === null ? null : formatPersen(hasil.rataRata.nilai),
    kategori: hasil.kategoriRataRata,
    kenaikanHarga: gb ? formatPersen(gb.rataRata.nilai) : null,
    capaianKenaikanHarga: gb ? `${formatTerbit(gb.skala.capaian)} %` : null,
    serapanAnggaran: ang && ang.total.status === 'ada_pagu' ? formatPersen(ang.total.nilai) : null,
    sasaran: a ? a.ringkasSasaran(hasil) : [],
    efisiensi: a ? a.hitungJumlahEfisiensi(hasil) : null,
    temuan: { galat: hitung('galat'), peringatan: hitung('peringatan'), info: hitung('info') },
  };
}

/** The runner's JSON; `analisis` as for buatRingkasan. */
export function buatJson(hasil: HasilLaporan, analisis?: ModulAnalisis): LaporanJson {
  const a = modulUntuk(hasil, analisis);
  const ang = anggaranUtama(hasil);
  return {
    instansi: hasil.instansi,
    tahun: hasil.tahun,
    indikator: hasil.indikator.map((ind) => ({
      no: ind.no,
      nama: ind.nama,
      satuan: ind.satuan,
      target: ind.target,
      realisasi: angkaTerbit(ind.realisasi),
      capaian: ind.hasil.status === 'diukur' ? angkaTerbit(ind.hasil.nilai) : null,
      kategori: ind.kategori,
      keterangan: ind.keterangan,
      efisiensi: a ? a.efisiensiJson(ind) : null,
      standar_nasional: ind.standarNasional,
      banding_standar: ind.bandingStandar,
      riwayat: riwayatJson(hasil, ind),
    })),
    sasaran: a ? a.sasaranJson(hasil) : [],
    rata_rata_capaian: angkaTerbit(hasil.rataRata.nilai),
    kategori: hasil.kategoriRataRata,
    harga: hasil.grupHarga.map((g) => ({
      grup: g.label,
      rata_rata: angkaTerbit(g.rataRata?.nilai ?? null),
      ...(g.harian
        ? {
            stabilitas: {
              rata_rata_kv: angkaTerbit(g.harian.stabilitas.rataRataKV?.nilai ?? null),
              batas_kv: g.harian.stabilitas.ambang.toNumber(),
              di_atas_batas: g.harian.stabilitas.komoditas.filter((k) => k.diAtasAmbang).map((k) => k.nama),
            },
          }
        : {}),
    })),
    kenaikan_harga_gabungan: angkaTerbit(hasil.gabungan?.rataRata.nilai ?? null),
    anggaran: ang
      ? {
          pagu: angkaTerbit(ang.total.pagu)!,
          realisasi: angkaTerbit(ang.total.realisasi)!,
          serapan: ang.total.status === 'ada_pagu' ? angkaTerbit(ang.total.nilai) : null,
        }
      : null,
    verifikasi: hasil.temuan,
  };
}
