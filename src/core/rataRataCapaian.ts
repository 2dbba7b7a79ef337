/**
 * Rata-rata capaian: the simple mean of the measured indicators' published capaian
 * (Tabel 3.2: 733 / 9 = 81,44 → Berhasil). Indicators not measured or excluded are listed with the reason.
 */
import { formatTerbit } from './angka';
import type { HasilCapaian } from './capaian';
import { Desimal, jumlahkan, rataRata, terbitkan } from './desimal';

export interface DikecualikanDariRataRata {
  readonly indeks: number;
  readonly nama: string;
  readonly alasan: string;
}

export interface HasilRataRataCapaian {
  /** Published mean; null when no indicator is measured. */
  readonly nilai: Desimal | null;
  readonly jumlahDiukur: number;
  readonly dikecualikan: readonly DikecualikanDariRataRata[];
  readonly derivasi: string;
}

export function rataRataCapaian(
  daftar: readonly { readonly nama: string; readonly hasil: HasilCapaian }[],
): HasilRataRataCapaian {
  const diukur: Desimal[] = [];
  const dikecualikan: DikecualikanDariRataRata[] = [];
  daftar.forEach(({ nama, hasil }, indeks) => {
    if (hasil.status === 'diukur') diukur.push(hasil.nilai);
    else dikecualikan.push({ indeks, nama, alasan: hasil.alasan });
  });
  if (diukur.length === 0) {
    return { nilai: null, jumlahDiukur: 0, dikecualikan, derivasi: 'tidak ada indikator yang diukur' };
  }
  const nilai = terbitkan(rataRata(diukur));
  const keluar = dikecualikan.length > 0 ? ` (${dikecualikan.length} indikator tidak diukur)` : '';
  return {
    nilai,
    jumlahDiukur: diukur.length,
    dikecualikan,
    derivasi: `${formatTerbit(jumlahkan(diukur))} / ${diukur.length} indikator = ${formatTerbit(nilai)}%${keluar}`,
  };
}
