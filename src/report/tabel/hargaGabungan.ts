/**
 * "Kenaikan Harga Gabungan" (the document's Tabel 3.7 step): the mean of the price groups' means, its capaian on
 * the step scale, and its kategori, each with its derivation. Absent without any price group mean.
 */
import { formatTerbit } from '../../core';
import type { HasilLaporan } from '../hitung';
import { rentang, warnaKategori } from '../penyusun';
import { persen, type LembarLaporan } from './lembarLaporan';

export function tabelHargaGabungan(l: LembarLaporan, hasil: HasilLaporan): void {
  const gb = hasil.gabungan;
  if (!gb) return;
  l.judulTabel('Kenaikan Harga Gabungan');
  l.kepala(['Uraian', null, null, null, null, null, 'Nilai', 'Keterangan']);
  l.p.gabung(rentang(l.p.barisBerikut - 1, 0, 1, 6));
  const awal = l.p.barisBerikut;
  const label = hasil.grupHarga.filter((g) => g.rataRata !== null).map((g) => g.label);
  const baris = (uraian: string, nilai: ReturnType<typeof persen> | string, keterangan: string) =>
    l.barisData([uraian, null, null, null, null, null, nilai], keterangan, 7);
  const b1 = baris(`Rata-rata kenaikan harga (${label.join(', ')})`, persen(gb.rataRata.nilai), gb.rataRata.derivasi);
  const b2 = baris(`Capaian menurut skala inflasi (${gb.skala.rentang})`, persen(gb.skala.capaian), gb.derivasi);
  const b3 = baris('Kategori', gb.kategori, `capaian ${formatTerbit(gb.skala.capaian)}% → ${gb.kategori}`);
  for (const b of [b1, b2, b3]) l.p.gabung(rentang(b, 0, 1, 6));
  l.p.gaya(rentang(awal, 0, 3, l.lebarTabel), { garis: true, rataVertikal: 'atas' });
  l.p.gaya(rentang(awal, l.K, 3, 1), { bungkus: true });
  l.p.gaya(rentang(b2, 6, 2, 1), { isi: warnaKategori(gb.peringkat, hasil.skala.length), tebal: true });
  l.jarak();
}
