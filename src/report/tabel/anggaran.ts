/**
 * "Alokasi dan Realisasi Anggaran [<sumber>]", one table per budget table: No | Program | Pagu (Rp) | Realisasi
 * (Rp) | % | Keterangan, and the footer Jumlah with the total serapan.
 */
import type { HasilLaporan, HasilTabelAnggaran } from '../hitung';
import { FORMAT_BULAT, FORMAT_RUPIAH, rentang } from '../penyusun';
import { angka, persen, type LembarLaporan } from './lembarLaporan';

function tabelSatuAnggaran(l: LembarLaporan, t: HasilTabelAnggaran): void {
  l.perlebar([6, 40, 18, 18, 10]);
  l.judulTabel(`Alokasi dan Realisasi Anggaran${t.label ? ` ${t.label}` : ''}`);
  l.kepala(['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%', 'Keterangan']);
  const awal = l.p.barisBerikut;
  for (const b of t.baris) {
    const s = b.serapan;
    l.barisData(
      [
        { nilai: b.no, format: FORMAT_BULAT },
        b.program,
        angka(b.pagu, FORMAT_RUPIAH),
        angka(b.realisasi, FORMAT_RUPIAH),
        s && s.status === 'ada_pagu' ? persen(s.nilai) : null,
      ],
      s ? s.derivasi : `tidak dihitung: ${b.galat ?? ''}`,
      5,
    );
  }
  l.badanTabel(awal, l.p.barisBerikut - 1);
  const tot = t.total;
  const bJumlah = l.barisData(
    [
      'Jumlah',
      null,
      angka(tot.pagu, FORMAT_RUPIAH),
      angka(tot.realisasi, FORMAT_RUPIAH),
      tot.status === 'ada_pagu' ? persen(tot.nilai) : null,
    ],
    tot.derivasi,
    5,
  );
  l.p.gabung(rentang(bJumlah, 0, 1, 2));
  l.kaki(bJumlah);
  l.jarak();
}

/** Every budget table: LKIP_Anggaran first, then each LKIP_Anggaran_<Sumber>. */
export function tabelAnggaran(l: LembarLaporan, hasil: HasilLaporan): void {
  for (const t of hasil.anggaran) tabelSatuAnggaran(l, t);
}
