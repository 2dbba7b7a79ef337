/**
 * "Stabilitas Harga <grup> Tahun <n>", one table per daily price group: No | Komoditas | Satuan | Rata-rata harga
 * | Simpangan baku | KV (%) | Keterangan; a KV above the threshold is filled; commodities with fewer than two
 * prices are listed as not computed; the footer Rata-rata KV; the method in a note below.
 */
import { formatTerbit } from '../../core';
import type { HasilGrupHarga, HasilHarian, HasilLaporan } from '../hitung';
import { FORMAT_ANGKA, FORMAT_BULAT, WARNA, rentang } from '../penyusun';
import { METODE_RATA_RATA } from './daftarHarga';
import { angka, persen, type LembarLaporan } from './lembarLaporan';

/** Under a stability table: the formula, which standard deviation, what one value is, the threshold. */
function catatanStabilitas(h: HasilHarian): string {
  const st = h.stabilitas;
  const simpangan =
    st.simpangan === 'sampel'
      ? 'simpangan baku sampel (pembagi n − 1, sama dengan STDEV.S di Excel)'
      : 'simpangan baku populasi (pembagi n, sama dengan STDEV.P di Excel)';
  const dasar =
    st.dasar === 'harian'
      ? `rata-rata harian antar-kab/kota tahun ${st.tahun} (stabilitas antarwaktu)`
      : `setiap pengamatan harga tahun ${st.tahun} (semua hari, semua kab/kota)`;
  return (
    `Metode: KV = S / p̄ × 100%, S = ${simpangan}; nilai yang diukur: ${dasar}; p̄ = rata-rata nilai-nilai itu. ` +
    `Komoditas dengan KV di atas ${formatTerbit(st.ambang)}% ditandai. Rata-rata harga tahunan pada tabel perbandingan: ${METODE_RATA_RATA[h.metode]}.`
  );
}

/** The commodities with a KV (filled when above the threshold), then those without one. */
function barisKomoditas(l: LembarLaporan, h: HasilHarian): void {
  const st = h.stabilitas;
  const batas = `${formatTerbit(st.ambang)}%`;
  st.komoditas.forEach((k, i) => {
    const b = l.barisData(
      [
        { nilai: i + 1, format: FORMAT_BULAT },
        k.nama,
        k.satuan === '' ? null : k.satuan,
        angka(k.rataRata, FORMAT_ANGKA),
        angka(k.simpanganBaku, FORMAT_ANGKA),
        persen(k.kv),
      ],
      k.diAtasAmbang ? `di atas batas ${batas}; ${k.derivasi}` : k.derivasi,
      6,
    );
    if (k.diAtasAmbang) l.p.gaya(rentang(b, 5, 1, l.K - 5 + 1), { isi: WARNA.diAtasAmbang });
  });
  st.tidakDihitung.forEach((k, i) => {
    const no = { nilai: st.komoditas.length + i + 1, format: FORMAT_BULAT };
    const b = l.barisData(
      [no, k.nama, k.satuan === '' ? null : k.satuan, null, null, 'tidak dihitung'],
      `tidak dihitung: ${k.alasan}`,
      6,
    );
    l.p.gaya(rentang(b, 0, 1, l.lebarTabel), { isi: WARNA.tidakDiukur, miring: true });
  });
}

/** One daily group's stability table. */
function tabelSatuStabilitas(l: LembarLaporan, g: HasilGrupHarga, h: HasilHarian): void {
  const st = h.stabilitas;
  l.perlebar([6, 40, 10, 16, 16, 12]);
  l.judulTabel(`Stabilitas Harga ${g.label} Tahun ${st.tahun}`);
  l.kepala(['No', 'Komoditas', 'Satuan', 'Rata-rata harga', 'Simpangan baku', 'KV (%)', 'Keterangan']);
  const awal = l.p.barisBerikut;
  barisKomoditas(l, h);
  l.badanTabel(awal, l.p.barisBerikut - 1);
  const batas = `${formatTerbit(st.ambang)}%`;
  const jumlahDiAtas =
    st.jumlahDiAtasAmbang === 0
      ? `tidak ada komoditas dengan KV di atas ${batas}`
      : `${st.jumlahDiAtasAmbang} komoditas dengan KV di atas ${batas}`;
  const bRata = l.barisData(
    ['Rata-rata KV', null, null, null, null, persen(st.rataRataKV?.nilai ?? null)],
    st.rataRataKV ? `${st.rataRataKV.derivasi}; ${jumlahDiAtas}` : 'tidak ada komoditas dengan KV',
    6,
  );
  l.p.gabung(rentang(bRata, 0, 1, 5));
  l.kaki(bRata);
  l.catatan(catatanStabilitas(h));
  l.jarak();
}

/** Every daily price group's stability table, in the workbook's order. */
export function tabelStabilitas(l: LembarLaporan, hasil: HasilLaporan): void {
  for (const g of hasil.grupHarga) if (g.harian) tabelSatuStabilitas(l, g, g.harian);
}
