/**
 * The summary (task pane, terminal) and the runner's --json document, from a computed report.
 * Numbers in the JSON are the published figures (2 decimals) as JSON numbers; null where not measured.
 */
import { Desimal, formatPersen, formatTerbit } from '../core';
import type { LaporanJson, Ringkasan } from './hasil';
import type { HasilLaporan, HasilTabelAnggaran } from './hitung';

const angkaTerbit = (d: Desimal | null): number | null => (d === null ? null : Number(d.toFixed(2, Desimal.ROUND_HALF_UP)));

function anggaranUtama(hasil: HasilLaporan): HasilTabelAnggaran | null {
  return hasil.anggaran.find((t) => t.utama) ?? null;
}

export function buatRingkasan(hasil: HasilLaporan): Ringkasan {
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
    temuan: { galat: hitung('galat'), peringatan: hitung('peringatan'), info: hitung('info') },
  };
}

export function buatJson(hasil: HasilLaporan): LaporanJson {
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
    })),
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
