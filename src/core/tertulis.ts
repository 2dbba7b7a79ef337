/**
 * Which rule explains a printed capaian (LKIP_Capaian_Tertulis) that differs from the recomputation.
 *
 * Offices print capaian by rules other than the workbook's: truncated instead of rounded half-up (139,73 for
 * 90,83 / 65 = 139,738…), rounded to whole numbers, capped at 100 or not capped at all, or with the other
 * negative formula (target / realisasi beside (2 × target − realisasi) / target). This module tries those rules,
 * alone and together, on the same target and realisasi, and names the smallest set of departures from the
 * workbook's own options that reproduces the printed figure exactly; none → null (a real difference).
 *
 * Pure: the Verifikasi finding's wording lives in src/report/periksa.ts.
 */
import { bacaAngka, formatAngka, formatTerbit, type NilaiMasukan } from './angka';
import { adalahTarget, bacaTarget, capaianMentah, type OpsiCapaian, type Target } from './capaian';
import { Desimal, NOL, SERATUS, terbitkan } from './desimal';
import { GalatLkip } from './galat';
import { BATAS_BAWAAN, type BatasCapaian, type Polaritas } from './opsi';

/** How a capaian is rounded to print: half-up to 2 decimals (the rule), truncated to 2 decimals, or to a whole number. */
export type PembulatanCetak = 'setengah_naik' | 'dipotong' | 'bulat';

/** One departure of the print from the workbook's options. */
export type PenyimpanganTertulis =
  | { readonly jenis: 'dipotong' } // truncated to 2 decimals instead of rounded half-up
  | { readonly jenis: 'bulat' } // rounded to a whole number
  | { readonly jenis: 'tanpa_batas' } // not capped, where the workbook caps
  | { readonly jenis: 'dibatasi'; readonly batas: Desimal } // capped (at 100), where the workbook does not (or elsewhere)
  | { readonly jenis: 'polaritas'; readonly polaritas: Polaritas }; // the other negative formula

export interface PenjelasanTertulis {
  /** The departures, in the order rounding, cap, formula; never empty. */
  readonly penyimpangan: readonly PenyimpanganTertulis[];
  /** The capaian under those rules: equal to the printed figure. */
  readonly nilai: Desimal;
  /** How that figure comes about, in the document's notation ("90,83 / 65 × 100% = 139,7384…% → dipotong 139,73%"). */
  readonly derivasi: string;
}

/** The other negative formula; a positive polarity has none (a print is never explained by flipping the direction). */
const POLARITAS_LAIN: Readonly<Record<Polaritas, Polaritas | null>> = {
  positif: null,
  negatif: 'negatif-rasio',
  'negatif-rasio': 'negatif',
};

const PEMBULATAN: readonly PembulatanCetak[] = ['setengah_naik', 'dipotong', 'bulat'];

/** Candidate caps: the workbook's first, then no cap, then 100. */
function batasCalon(batas: BatasCapaian): readonly BatasCapaian[] {
  if (batas === null) return [null, BATAS_BAWAAN];
  return batas.eq(SERATUS) ? [batas, null] : [batas, null, BATAS_BAWAAN];
}

function bulatkan(nilai: Desimal, cara: PembulatanCetak): Desimal {
  if (cara === 'dipotong') return nilai.toDecimalPlaces(2, Desimal.ROUND_DOWN);
  if (cara === 'bulat') return nilai.toDecimalPlaces(0, Desimal.ROUND_HALF_UP);
  return terbitkan(nilai);
}

/** Floor at 0, then the cap (as hitungCapaian does). */
function batasi(nilai: Desimal, batas: BatasCapaian): Desimal {
  if (nilai.isNegative()) return NOL;
  return batas !== null && nilai.gt(batas) ? terbitkan(batas) : nilai;
}

const TEKS_PEMBULATAN: Readonly<Record<PembulatanCetak, string>> = {
  setengah_naik: '',
  dipotong: 'dipotong 2 desimal',
  bulat: 'dibulatkan ke bilangan bulat',
};

/**
 * Which rules reproduce `tertulis` (rounded half-up to 2 decimals first) from this target and realisasi,
 * departing as little as possible from `opsi`; null when none does, when the target is NA, empty or unreadable,
 * or when the realisasi is no number. Ties go to rounding before cap before formula.
 */
export function jelaskanCapaianTertulis(
  tertulis: Desimal,
  targetMasukan: NilaiMasukan | readonly [NilaiMasukan, NilaiMasukan] | Target,
  realisasiMasukan: NilaiMasukan,
  opsi: OpsiCapaian = {},
): PenjelasanTertulis | null {
  let target: Target;
  let realisasi: Desimal;
  try {
    target = adalahTarget(targetMasukan) ? targetMasukan : bacaTarget(targetMasukan);
    const r = bacaAngka(realisasiMasukan, 'realisasi');
    if (r.jenis !== 'angka') return null;
    realisasi = terbitkan(r.nilai);
  } catch (e) {
    if (e instanceof GalatLkip) return null;
    throw e;
  }
  if (target.jenis !== 'tunggal' && target.jenis !== 'rentang') return null;
  const dicari = terbitkan(tertulis);
  const polaritas = opsi.polaritas ?? 'positif';
  const batasSendiri = opsi.batas === undefined ? BATAS_BAWAAN : opsi.batas;
  let terbaik: PenjelasanTertulis | null = null;
  for (const p of [polaritas, POLARITAS_LAIN[polaritas]]) {
    if (p === null) continue;
    let mentah: { readonly nilai: Desimal; readonly rumus: string };
    try {
      mentah = capaianMentah(target, realisasi, p);
    } catch (e) {
      if (e instanceof GalatLkip) continue; // e.g. target / realisasi with realisasi 0
      throw e;
    }
    for (const batas of batasCalon(batasSendiri)) {
      for (const cara of PEMBULATAN) {
        const penyimpangan = daftarPenyimpangan(cara, batas, batasSendiri, p, polaritas);
        if (penyimpangan.length === 0) continue; // the recomputation itself, which differs
        if (terbaik !== null && terbaik.penyimpangan.length <= penyimpangan.length) continue;
        const nilai = batasi(bulatkan(mentah.nilai, cara), batas);
        if (!nilai.eq(dicari)) continue;
        terbaik = { penyimpangan, nilai, derivasi: derivasiCalon(mentah, cara, batas, nilai) };
      }
    }
  }
  return terbaik;
}

function daftarPenyimpangan(
  cara: PembulatanCetak,
  batas: BatasCapaian,
  batasSendiri: BatasCapaian,
  p: Polaritas,
  polaritas: Polaritas,
): PenyimpanganTertulis[] {
  const hasil: PenyimpanganTertulis[] = [];
  if (cara !== 'setengah_naik') hasil.push({ jenis: cara });
  const batasSama = batas === null ? batasSendiri === null : batasSendiri !== null && batas.eq(batasSendiri);
  if (!batasSama) hasil.push(batas === null ? { jenis: 'tanpa_batas' } : { jenis: 'dibatasi', batas });
  if (p !== polaritas) hasil.push({ jenis: 'polaritas', polaritas: p });
  return hasil;
}

function derivasiCalon(
  mentah: { readonly nilai: Desimal; readonly rumus: string },
  cara: PembulatanCetak,
  batas: BatasCapaian,
  nilai: Desimal,
): string {
  const tepat = mentah.nilai.toDecimalPlaces(4, Desimal.ROUND_DOWN);
  const lebih = tepat.eq(mentah.nilai) ? '' : '…';
  const awal = `${mentah.rumus} = ${formatTerbitPanjang(tepat)}${lebih}%`;
  const bulat = bulatkan(mentah.nilai, cara);
  const langkah = cara === 'setengah_naik' ? '' : ` → ${TEKS_PEMBULATAN[cara]} ${formatTerbit(bulat)}%`;
  const tepiBatas = nilai.eq(bulat)
    ? ''
    : ` → dihitung ${formatTerbit(nilai)}%${batas !== null && bulat.gt(batas) ? ` (batas ${formatTerbit(batas)})` : ''}`;
  return awal + langkah + tepiBatas;
}

/** Up to 4 decimals, Indonesian notation, trailing zeros dropped: 139,7384. */
function formatTerbitPanjang(nilai: Desimal): string {
  const teks = formatAngka(nilai, 4);
  return teks.includes(',') ? teks.replace(/0+$/, '').replace(/,$/, '') : teks;
}
