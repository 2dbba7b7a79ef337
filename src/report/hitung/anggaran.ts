/**
 * A budget table (LKIP_Anggaran, LKIP_Anggaran_<Sumber>): each row's serapan (core serapanDari) from the two
 * amounts read as Rupiah, the table's total Σ realisasi / Σ pagu over the readable rows (core serapanTotal),
 * and the checks against the printed percentages and totals.
 */
import { NOL, bacaAngka, pesanGalat, rupiahDari, serapanDari, serapanTotal, type Desimal } from '../../core';
import type { BarisAnggaran, TabelAnggaran } from '../kontrak';
import type { PemeriksaLaporan } from '../periksa';
import type { HasilBarisAnggaran, HasilTabelAnggaran } from './jenis';
import { argumenSel, bacaSelTertulis } from './sel';

/** One amount cell of a budget row: the core's Rupiah reading; TEKS-ANGKA for a text amount; a finding when unreadable. */
function rupiahSel(
  t: TabelAnggaran,
  b: BarisAnggaran,
  kolom: 'pagu' | 'realisasi',
  periksa: PemeriksaLaporan,
): { nilai: Desimal | null; galat: string | null } {
  const s = b.sel[kolom];
  try {
    const argumen = argumenSel(s);
    const terbaca = bacaAngka(s.nilai, argumen);
    const nilai = rupiahDari(terbaca, s.nilai, argumen);
    if (terbaca.jenis === 'angka' && terbaca.dariTeks) periksa.teksAngka(s, `${b.kunci}:${kolom}`);
    return { nilai, galat: null };
  } catch (e) {
    const galat = pesanGalat(e);
    periksa.anggaranTidakTerbaca(t, b, kolom, s, e, galat);
    return { nilai: null, galat };
  }
}

function hitungBarisAnggaran(t: TabelAnggaran, b: BarisAnggaran, no: number, periksa: PemeriksaLaporan): HasilBarisAnggaran {
  const pagu = rupiahSel(t, b, 'pagu', periksa);
  const realisasi = rupiahSel(t, b, 'realisasi', periksa);
  const serapan = pagu.nilai !== null && realisasi.nilai !== null ? serapanDari(pagu.nilai, realisasi.nilai) : null;
  if (serapan) periksa.barisAnggaran(t, b, serapan, bacaSelTertulis(b.sel.persenTertulis, `${b.kunci}:persen`, periksa));
  return {
    no,
    kunci: b.kunci,
    program: b.program,
    pagu: pagu.nilai,
    realisasi: realisasi.nilai,
    serapan,
    galat: realisasi.galat ?? pagu.galat,
  };
}

/** Every row, the total over the readable ones, and the printed total rows checked against it. */
export function hitungTabelAnggaran(t: TabelAnggaran, periksa: PemeriksaLaporan): HasilTabelAnggaran {
  const baris = t.baris.map((b, i) => hitungBarisAnggaran(t, b, i + 1, periksa));
  const terbaca = baris.filter((b) => b.pagu !== null && b.realisasi !== null) as (HasilBarisAnggaran & {
    pagu: Desimal;
    realisasi: Desimal;
  })[];
  const total = serapanTotal(terbaca.length > 0 ? terbaca : [{ pagu: NOL, realisasi: NOL }]);
  for (const tt of t.totalTertulis) {
    periksa.totalAnggaran(t, tt, total, bacaSelTertulis(tt.sel.persenTertulis, `${tt.kunci}:persen`, periksa));
  }
  return { nama: t.nama, label: t.label, kunci: t.kunci, utama: t.utama, baris, total };
}
