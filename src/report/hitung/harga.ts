/**
 * Price groups: a typed price list (LKIP_Harga_<Grup>: each row's change from the core's perubahanHarga, the
 * group's mean of the published percentages), a daily price group as a price group (LKIP_HargaHarian_<Grup>:
 * the core's annual averages, change and mean, computed in ./grupHarian), the groups in the workbook's order,
 * and the combined price rise of all groups on the step scale (Tabel 3.7).
 */
import {
  GalatLkip,
  capaianInflasi,
  kenaikanHargaGabungan,
  pesanGalat,
  perubahanHarga,
  rataRataTerbit,
  type PerubahanHarga,
} from '../../core';
import { kunciUnik } from '../idTemuan';
import { rujukanRentang, type BarisHarga, type GrupHarga, type MasukanLaporan } from '../kontrak';
import type { PemeriksaLaporan } from '../periksa';
import type { HitunganHargaHarian } from './grupHarian';
import type { HasilBarisHarga, HasilGrupHarga, HasilHargaGabungan } from './jenis';
import { bacaSelAngka, bacaSelTertulis, kategoriDanPeringkat } from './sel';

/** One row of a typed list: both prices read, the change (or why not), the printed percentage checked. */
function hitungBarisHarga(g: GrupHarga, b: BarisHarga, no: number, periksa: PemeriksaLaporan): HasilBarisHarga {
  const lalu = bacaSelAngka(b.sel.lalu, `${b.kunci}:lalu`, periksa);
  const kini = bacaSelAngka(b.sel.kini, `${b.kunci}:kini`, periksa);
  let perubahan: PerubahanHarga | null = null;
  let galat: string | null = null;
  if (lalu.jenis === 'galat' || kini.jenis === 'galat') {
    galat = lalu.jenis === 'galat' ? lalu.pesan : (kini as { pesan: string }).pesan;
  } else if (lalu.jenis !== 'angka' || kini.jenis !== 'angka') {
    galat = `harga ${lalu.jenis !== 'angka' ? 'tahun lalu' : 'tahun ini'} belum diisi`;
    periksa.hargaKosong(g, b, lalu.jenis !== 'angka' ? b.sel.lalu : b.sel.kini);
  } else {
    try {
      perubahan = perubahanHarga(lalu.nilai, kini.nilai, `${g.nama} "${b.nama}": harga`);
    } catch (e) {
      galat = pesanGalat(e);
      periksa.hargaTidakDihitung(g, b, e instanceof GalatLkip ? e.kode : null, lalu.nilai, kini.nilai, galat);
    }
  }
  if (perubahan && b.sel.tertulis) {
    periksa.persenHargaTertulis(g, b, perubahan, bacaSelTertulis(b.sel.tertulis, `${b.kunci}:tertulis`, periksa)!);
  }
  return {
    no,
    kunci: b.kunci,
    nama: b.nama,
    satuan: b.satuan,
    lalu: lalu.jenis === 'angka' ? lalu.nilai : null,
    kini: kini.jenis === 'angka' ? kini.nilai : null,
    perubahan,
    galat,
  };
}

/** A typed price list: its rows and the mean of the percentages that could be computed. */
export function hitungDaftarHarga(g: GrupHarga, periksa: PemeriksaLaporan): HasilGrupHarga {
  const baris = g.baris.map((b, i) => hitungBarisHarga(g, b, i + 1, periksa));
  const dihitung = baris.filter((b) => b.perubahan !== null).map((b) => b.perubahan!.persen);
  return {
    nama: g.nama,
    label: g.label,
    kunci: g.kunci,
    baris,
    rataRata: dihitung.length > 0 ? rataRataTerbit(dihitung, g.nama) : null,
    harian: null,
  };
}

/** The row of a commodity of a daily group: its two annual averages ("Tahun n−1", "Tahun n") and their change. */
function barisDariHarian(hitungan: HitunganHargaHarian, kunci: readonly string[]): HasilBarisHarga[] {
  const { data, harga } = hitungan;
  const tidakAdaPerNama = new Map<string, string>();
  for (const t of harga.temuan)
    if (t.kode === 'DATA_TAHUN_TIDAK_ADA' && t.nama !== undefined) tidakAdaPerNama.set(t.nama, t.pesan);
  return harga.komoditas.map((k, i) => {
    const tahunan = [
      k.lalu ? `${data.tahun - 1}: ${k.lalu.derivasi}` : null,
      k.kini ? `${data.tahun}: ${k.kini.derivasi}` : null,
    ].filter((x): x is string => x !== null);
    return {
      no: i + 1,
      kunci: kunci[i]!,
      nama: k.nama,
      satuan: k.satuan === '' ? null : k.satuan,
      lalu: k.lalu?.nilai ?? null,
      kini: k.kini?.nilai ?? null,
      perubahan: k.perubahan,
      galat: k.perubahan ? null : (tidakAdaPerNama.get(k.nama) ?? 'harga salah satu tahun tidak ada'),
      derivasiHarga: tahunan.length > 0 ? `rata-rata harian ${tahunan.join('; ')}` : null,
    };
  });
}

/** A daily price group as a price group: the core's averages, change and mean; its findings; its stability. */
export function grupDariHarian(hitungan: HitunganHargaHarian, periksa: PemeriksaLaporan): HasilGrupHarga {
  const { grup: g, data, harga, stabilitas } = hitungan;
  periksa.temuanHargaHarian(g, harga.temuan);
  periksa.stabilitasTidakDihitung(g, stabilitas);
  if (data.jumlahPengamatan === 0) periksa.hargaHarianKosong(g, data.tahun);
  return {
    nama: g.nama,
    label: g.label,
    kunci: g.kunci,
    baris: barisDariHarian(hitungan, kunciUnik(harga.komoditas.map((k) => k.nama))),
    rataRata: harga.rataRata,
    harian: {
      rujukan: rujukanRentang(g.rentang),
      metode: harga.metode,
      jumlahBaris: data.jumlahBaris,
      jumlahPengamatan: data.jumlahPengamatan,
      jumlahKabKota: data.kabKota.length,
      stabilitas,
    },
  };
}

/** Typed and daily groups together, in the order of their ranges in the workbook. */
export function urutkanGrupHarga(grup: readonly HasilGrupHarga[], urutan: readonly string[]): HasilGrupHarga[] {
  const posisi = new Map(urutan.map((nama, i) => [nama, i]));
  return [...grup].sort((a, b) => (posisi.get(a.nama) ?? Infinity) - (posisi.get(b.nama) ?? Infinity));
}

/** The combined price rise: the mean of the groups' means, its capaian on the step scale and its kategori; null without any mean. */
export function hitungGabungan(grup: readonly HasilGrupHarga[], masukan: MasukanLaporan): HasilHargaGabungan | null {
  const rataGrup = grup.filter((g) => g.rataRata !== null);
  if (rataGrup.length === 0) return null;
  const rataRata = kenaikanHargaGabungan(rataGrup.map((g) => g.rataRata!.nilai));
  const c = capaianInflasi(rataRata.nilai, masukan.skalaInflasi);
  const k = kategoriDanPeringkat(c.capaian, masukan.skala);
  return {
    rataRata,
    skala: c,
    derivasi: `${rataRata.derivasi} → ${c.derivasiSkala}`,
    kategori: k.label,
    peringkat: k.peringkat,
  };
}
