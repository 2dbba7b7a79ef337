/**
 * "Perbandingan Kenaikan/Penurunan Harga <grup>", one table per price group, typed or daily (the document's
 * Tabel 3.5 and 3.6): No | Nama | Satuan | Tahun <n−1> | Tahun <n> | Selisih Harga | Persentase | Keterangan, the
 * footer Rata-rata, and for a daily group a note how its two annual averages were formed; under it, a chart of
 * each item's change (its bars drawn from the table's Nama and Persentase cells).
 */
import { formatBulat } from '../../core';
import type { HasilGrupHarga, HasilHarian, HasilLaporan } from '../hitung';
import { FORMAT_ANGKA, FORMAT_BULAT, FORMAT_RUPIAH, WARNA, rentang } from '../penyusun';
import { angka, persen, type LembarLaporan } from './lembarLaporan';

/** How an annual average of daily prices is formed, by method (also under the stability table). */
export const METODE_RATA_RATA = {
  semua: 'semua pengamatan setahun (Σ harga / jumlah pengamatan; kab/kota yang lebih sering diamati berbobot lebih besar)',
  per_kabkota: 'rata-rata tiap kab/kota dahulu, lalu rata-rata sederhana antar-kab/kota (setiap kab/kota berbobot sama)',
} as const;

/** Under a daily group's price table: where the two prices come from and how they were averaged. */
function catatanRataRataHarian(g: HasilGrupHarga, h: HasilHarian, tahun: number | null): string {
  const tahunTeks = tahun === null ? 'tahun laporan dan tahun sebelumnya' : `${tahun - 1} dan ${tahun}`;
  return (
    `Harga ${tahunTeks} adalah rata-rata tahunan harga harian ${g.nama} (${h.rujukan}): ${METODE_RATA_RATA[h.metode]}. ` +
    `${formatBulat(h.jumlahBaris)} baris dibaca, ${formatBulat(h.jumlahPengamatan)} pengamatan dipakai, ${formatBulat(h.jumlahKabKota)} kab/kota; ` +
    'baris yang salah, ganda atau di luar kedua tahun tidak dipakai (lihat lembar "Verifikasi").'
  );
}

/** One price group's table. */
function tabelSatuDaftarHarga(l: LembarLaporan, hasil: HasilLaporan, g: HasilGrupHarga): void {
  l.perlebar([6, 40, 10, 14, 14, 14, 12]);
  l.judulTabel(`Perbandingan Kenaikan/Penurunan Harga ${g.label}`);
  l.kepala(['No', 'Nama', 'Satuan', l.tahunLalu, l.tahunIni, 'Selisih Harga', 'Persentase', 'Keterangan']);
  const awal = l.p.barisBerikut;
  // Annual averages of daily prices carry decimals (14.000,50); typed lists show whole Rupiah.
  const formatHarga = g.harian ? FORMAT_ANGKA : FORMAT_RUPIAH;
  for (const b of g.baris) {
    const ch = b.perubahan;
    const langkah = [b.derivasiHarga ?? null, ch ? ch.derivasi : `tidak dihitung: ${b.galat ?? ''}`].filter((x) => x !== null);
    const sel = [
      { nilai: b.no, format: FORMAT_BULAT },
      b.nama,
      b.satuan,
      angka(b.lalu, formatHarga),
      angka(b.kini, formatHarga),
      angka(ch ? ch.selisih : null, formatHarga),
      ch ? persen(ch.persen) : 'tidak dihitung',
    ];
    l.barisData(sel, langkah.join('; '), 7);
  }
  l.badanTabel(awal, l.p.barisBerikut - 1);
  const bRata = l.barisData(
    ['Rata-rata', null, null, null, null, null, persen(g.rataRata?.nilai ?? null)],
    g.rataRata?.derivasi ?? 'tidak ada baris yang dapat dihitung',
    7,
  );
  l.p.gabung(rentang(bRata, 0, 1, 6));
  l.kaki(bRata);
  if (g.harian) l.catatan(catatanRataRataHarian(g, g.harian, hasil.tahun));
  l.jarak();
  grafikHarga(l, g, awal);
}

/** The group's change per item as horizontal bars, drawn from the table's own Nama and Persentase cells. */
function grafikHarga(l: LembarLaporan, g: HasilGrupHarga, awal: number): void {
  const n = g.baris.length;
  if (n === 0) return;
  l.grafikBatang(`Grafik Kenaikan/Penurunan Harga ${g.label}`, n, () => ({
    label: rentang(awal, 1, n, 1),
    seri: [{ nama: 'Kenaikan/penurunan harga', nilai: rentang(awal, 6, n, 1), gaya: 'isi', warna: WARNA.grafik }],
    tumpangTindih: false,
  }));
  l.jarak();
}

/** Every price group's table, in the workbook's order. */
export function tabelDaftarHarga(l: LembarLaporan, hasil: HasilLaporan): void {
  for (const g of hasil.grupHarga) tabelSatuDaftarHarga(l, hasil, g);
}
