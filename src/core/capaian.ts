/**
 * Capaian (achievement) of one indicator, in percentage points (88,64 means 88,64 %).
 *
 * - positif:  realisasi / target × 100                       (the document's "Realisasi/Rencana × 100%")
 * - negatif:  (2 × target − realisasi) / target × 100, ≥ 0   (PermenPANRB 8/2021, "kondisi khusus")
 * - range target "80–90": inside → 100; above → the upper bound is the target; below → the lower bound
 * - cap (batas): default 100 ("melebihi target tetap dihitung 100%"), any number, or none
 * - target NA: by policy tercapai (100) / dikecualikan / galat
 * - no realisasi: "tidak diukur", left out of the average
 *
 * Chaining rule: target and realisasi are first rounded to their published two decimals
 * (a realisasi of 1,0787 is published, and used, as 1,08), and the capaian is published rounded.
 */
import { bacaAngka, formatTerbit, type NilaiMasukan } from './angka';
import { Desimal, NOL, SERATUS, persenDari, terbitkan } from './desimal';
import { GalatLkip } from './galat';
import { BATAS_BAKU, type BatasCapaian, type KebijakanTargetNA, type Polaritas } from './opsi';

export interface OpsiCapaian {
  readonly polaritas?: Polaritas;
  /** Cap in percentage points; null = no cap. Default 100. */
  readonly batas?: BatasCapaian;
  readonly kebijakanNA?: KebijakanTargetNA;
}

export type Target =
  | { readonly jenis: 'tunggal'; readonly nilai: Desimal }
  | { readonly jenis: 'rentang'; readonly bawah: Desimal; readonly atas: Desimal }
  | { readonly jenis: 'NA' }
  | { readonly jenis: 'kosong' };

export type HasilCapaian =
  | {
      readonly status: 'diukur';
      /** Published capaian (after cap and floor), 2 decimals. */
      readonly nilai: Desimal;
      /** Published capaian before cap and floor: 179,40 for a capaian counted as 100. */
      readonly nilaiSebelumBatas: Desimal;
      readonly dibatasi: boolean;
      readonly targetNA: boolean;
      /** The target and realisasi as used (published), for display. */
      readonly realisasi: Desimal;
      readonly derivasi: string;
    }
  | { readonly status: 'tidak_diukur' | 'dikecualikan'; readonly alasan: string; readonly derivasi: string };

const POLA_RENTANG = /^\s*(\d[\d.,]*)\s*(?:–|—|-|s\.?\s?d\.?|s\/d|sampai)\s*(\d[\d.,]*)\s*%?\s*$/i;

/** Read a target: a number, a range ("80–90", "80-90", "80 s.d. 90", or a pair), NA or empty. */
export function bacaTarget(masukan: NilaiMasukan | readonly [NilaiMasukan, NilaiMasukan], argumen = 'target'): Target {
  if (Array.isArray(masukan)) {
    const [a, b] = masukan as readonly [NilaiMasukan, NilaiMasukan];
    return rentang(batasRentang(a, `${argumen} (batas 1)`), batasRentang(b, `${argumen} (batas 2)`), argumen, masukan);
  }
  if (typeof masukan === 'string') {
    const cocok = POLA_RENTANG.exec(masukan);
    if (cocok)
      return rentang(
        batasRentang(cocok[1], `${argumen} (batas bawah)`),
        batasRentang(cocok[2], `${argumen} (batas atas)`),
        argumen,
        masukan,
      );
  }
  const terbaca = bacaAngka(masukan, argumen);
  if (terbaca.jenis === 'NA') return { jenis: 'NA' };
  if (terbaca.jenis === 'kosong' || terbaca.jenis === 'strip') return { jenis: 'kosong' };
  if (terbaca.nilai.isNegative()) {
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'target negatif tidak dapat dipakai dalam rumus capaian.');
  }
  return { jenis: 'tunggal', nilai: terbitkan(terbaca.nilai) };
}

function batasRentang(masukan: unknown, argumen: string): Desimal {
  const terbaca = bacaAngka(masukan, argumen);
  if (terbaca.jenis !== 'angka') throw new GalatLkip('BUKAN_ANGKA', argumen, masukan, 'batas rentang target harus angka.');
  if (terbaca.nilai.isNegative())
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'batas rentang target tidak boleh negatif.');
  return terbitkan(terbaca.nilai);
}

function rentang(a: Desimal, b: Desimal, argumen: string, asli: unknown): Target {
  if (a.eq(b)) return { jenis: 'tunggal', nilai: a };
  if (a.gt(b))
    throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, tampilPasangan(asli), 'batas bawah rentang lebih besar dari batas atas.');
  return { jenis: 'rentang', bawah: a, atas: b };
}

function tampilPasangan(asli: unknown): unknown {
  return Array.isArray(asli) ? asli.map(String).join(' – ') : asli;
}

/** Capaian of one indicator. Throws GalatLkip for bad input; never returns NaN or Infinity. */
export function hitungCapaian(
  targetMasukan: NilaiMasukan | readonly [NilaiMasukan, NilaiMasukan] | Target,
  realisasiMasukan: NilaiMasukan,
  opsi: OpsiCapaian = {},
): HasilCapaian {
  const polaritas = opsi.polaritas ?? 'positif';
  const batas = opsi.batas === undefined ? BATAS_BAKU : opsi.batas;
  const target = adalahTarget(targetMasukan) ? targetMasukan : bacaTarget(targetMasukan);
  const realisasiTerbaca = bacaAngka(realisasiMasukan, 'realisasi');

  if (realisasiTerbaca.jenis !== 'angka') {
    const alasan = realisasiTerbaca.jenis === 'NA' ? 'realisasi NA' : 'realisasi belum diisi';
    return { status: 'tidak_diukur', alasan, derivasi: `${alasan} → tidak diukur` };
  }
  const realisasi = terbitkan(realisasiTerbaca.nilai);

  switch (target.jenis) {
    case 'kosong':
      return { status: 'tidak_diukur', alasan: 'target belum diisi', derivasi: 'target belum diisi → tidak diukur' };
    case 'NA': {
      const kebijakan = opsi.kebijakanNA ?? 'tercapai';
      if (kebijakan === 'galat') {
        throw new GalatLkip('TARGET_NA', 'target', 'NA', 'target NA tidak diterima (kebijakan target NA = galat).');
      }
      if (kebijakan === 'dikecualikan') {
        return { status: 'dikecualikan', alasan: 'target NA', derivasi: 'target NA → dikecualikan dari rata-rata' };
      }
      return {
        status: 'diukur',
        nilai: SERATUS,
        nilaiSebelumBatas: SERATUS,
        dibatasi: false,
        targetNA: true,
        realisasi,
        derivasi: 'target NA → dianggap tercapai 100%',
      };
    }
    case 'tunggal':
      return selesaikan(rumusTunggal(target.nilai, realisasi, polaritas), realisasi, batas);
    case 'rentang':
      return selesaikan(rumusRentang(target, realisasi, polaritas), realisasi, batas);
  }
}

function adalahTarget(x: unknown): x is Target {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Desimal) && 'jenis' in x;
}

interface Mentah {
  readonly nilai: Desimal;
  readonly rumus: string;
}

function rumusTunggal(target: Desimal, realisasi: Desimal, polaritas: Polaritas): Mentah {
  const t = formatTerbit(target);
  const r = formatTerbit(realisasi);
  if (polaritas === 'positif') {
    if (target.isZero()) {
      throw new GalatLkip(
        'PEMBAGI_NOL',
        'target',
        0,
        'target 0 dengan polaritas positif tidak dapat dibagi; periksa target atau gunakan polaritas negatif.',
      );
    }
    return { nilai: persenDari(realisasi, target), rumus: `${r} / ${t} × 100%` };
  }
  if (target.isZero()) {
    // Lower is better and the target is zero: met exactly when nothing happened.
    const nilai = realisasi.lte(NOL) ? SERATUS : NOL;
    return { nilai, rumus: `target 0 (semakin rendah semakin baik), realisasi ${r}` };
  }
  return { nilai: persenDari(target.times(2).minus(realisasi), target), rumus: `(2 × ${t} − ${r}) / ${t} × 100%` };
}

function rumusRentang(target: { bawah: Desimal; atas: Desimal }, realisasi: Desimal, polaritas: Polaritas): Mentah {
  const teksRentang = `${formatTerbit(target.bawah)}–${formatTerbit(target.atas)}`;
  if (realisasi.gte(target.bawah) && realisasi.lte(target.atas)) {
    return { nilai: SERATUS, rumus: `realisasi ${formatTerbit(realisasi)} dalam rentang target ${teksRentang}` };
  }
  const diAtas = realisasi.gt(target.atas);
  const dipakai = diAtas ? target.atas : target.bawah;
  const dasar = rumusTunggal(dipakai, realisasi, polaritas);
  const keterangan = diAtas ? 'di atas rentang, dipakai batas atas' : 'di bawah rentang, dipakai batas bawah';
  return { nilai: dasar.nilai, rumus: `target ${teksRentang} (${keterangan}): ${dasar.rumus}` };
}

function selesaikan(mentah: Mentah, realisasi: Desimal, batas: BatasCapaian): HasilCapaian {
  const sebelumBatas = terbitkan(mentah.nilai);
  let nilai = sebelumBatas;
  let derivasi = `${mentah.rumus} = ${formatTerbit(sebelumBatas)}%`;
  let dibatasi = false;
  if (nilai.isNegative()) {
    nilai = NOL;
    dibatasi = true;
    derivasi += ' → dihitung 0% (capaian tidak negatif)';
  } else if (batas !== null && nilai.gt(batas)) {
    nilai = terbitkan(batas);
    dibatasi = true;
    derivasi += ` → dihitung ${formatTerbit(nilai)}% (melebihi target)`;
  }
  return { status: 'diukur', nilai, nilaiSebelumBatas: sebelumBatas, dibatasi, targetNA: false, realisasi, derivasi };
}
