/**
 * Single-cell settings outside the tables: a label cell ("Tahun", "Instansi", a trailing ":" allowed) and the
 * value just right of it ("Tahun | 2021" → LKIP_Tahun = the cell holding 2021). Only LKIP_Tahun and
 * LKIP_Instansi: the other settings (scales, cap, NA policy) are the add-in's own and have defaults.
 */
import { type NilaiSel } from '../lembar';
import { LABEL_PENGATURAN, NAMA_DETEKSI, normalkan } from './kosakata';
import { Kisi, teksNilai } from './kisi';
import type { TabelMentah } from './tabel';

export interface CalonPengaturan {
  readonly nama: string;
  readonly kisi: Kisi;
  /** Local cell of the value. */
  readonly baris: number;
  readonly kolom: number;
  readonly label: string;
  readonly nilai: NilaiSel;
}

/** How far right of its label a value may be (label, a blank column or two, value). */
const JARAK_NILAI_MAKS = 3;
const POLA_TAHUN = /^(19|20|21)\d\d$/;

function tahunDari(v: NilaiSel): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && POLA_TAHUN.test(String(v)) ? v : null;
  if (typeof v === 'string' && POLA_TAHUN.test(v.trim())) return Number(v.trim());
  return null;
}

export function nilaiTahun(c: CalonPengaturan): number | null {
  return tahunDari(c.nilai);
}

function jenisLabel(teks: string | null): 'tahun' | 'instansi' | null {
  if (teks === null) return null;
  const kunci = normalkan(teks);
  if ((LABEL_PENGATURAN.tahun as readonly string[]).includes(kunci)) return 'tahun';
  if ((LABEL_PENGATURAN.instansi as readonly string[]).includes(kunci)) return 'instansi';
  return null;
}

/** Every label-value pair outside the tables' rows. */
export function cariPengaturan(kisi: Kisi, tabel: readonly TabelMentah[]): CalonPengaturan[] {
  const dalamTabel = (b: number) => tabel.some((t) => b >= t.kepala.baris && b < t.barisAwal + t.jumlahBaris);
  const hasil: CalonPengaturan[] = [];
  for (let b = 0; b < kisi.tinggi; b++) {
    if (dalamTabel(b)) continue;
    for (let k = 0; k < kisi.lebar; k++) {
      const label = teksNilai(kisi.nilai(b, k));
      const jenis = jenisLabel(label);
      if (!jenis) continue;
      for (let kk = k + 1; kk <= Math.min(k + JARAK_NILAI_MAKS, kisi.lebar - 1); kk++) {
        const v = kisi.nilai(b, kk);
        const t = teksNilai(v);
        if (t === null) continue;
        const cocok =
          jenis === 'tahun'
            ? tahunDari(v) !== null
            : typeof v === 'string' && /[A-Za-z]/.test(t) && t.length >= 3 && !jenisLabel(t);
        if (cocok) {
          hasil.push({
            nama: jenis === 'tahun' ? NAMA_DETEKSI.tahun : NAMA_DETEKSI.instansi,
            kisi,
            baris: b,
            kolom: kk,
            label: label!,
            nilai: v,
          });
        }
        break;
      }
    }
  }
  return hasil;
}
