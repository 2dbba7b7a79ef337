/**
 * One indicator of the capaian table, step by step, each step a small function:
 *
 *   options (polaritas, metode) → target → realisasi (the cell, a recognised formula, or for the price-rise
 *   indicator the combined figure of the price lists) → capaian (core hitungCapaian, or the step scale) →
 *   derivation text → comparisons asked by PermenPANRB 53/2014 (last year's realisasi, the Renstra end target).
 *
 * A cell that cannot be read is a Verifikasi finding (through PemeriksaLaporan) and makes the indicator "tidak
 * dapat dihitung" with that message; the last such message of the steps above is the one shown.
 */
import {
  Desimal,
  bacaMetodeCapaian,
  bacaPolaritas,
  bacaTarget,
  formatTerbit,
  hasilCapaianInflasi,
  hitungCapaian,
  pesanGalat,
  selKosong,
  terbitkan,
  type HasilCapaian,
  type MetodeCapaian,
  type Polaritas,
  type Target,
} from '../../core';
import { teksSel, type BarisIndikator, type MasukanLaporan, type SelMasukan } from '../kontrak';
import type { PemeriksaLaporan } from '../periksa';
import { hitungRumusDikenali, kenaliRumus } from '../rumusRealisasi';
import type { HasilGrupHarga, HasilHargaGabungan, HasilIndikator } from './jenis';
import { argumenSel, bacaSelAngka, kategoriDanPeringkat, tampilTarget } from './sel';
import { sisaTargetAkhir } from './sisa';

/** What every indicator is computed against: the input, the checks, and the price groups' figures. */
export interface KonteksIndikator {
  readonly masukan: MasukanLaporan;
  readonly periksa: PemeriksaLaporan;
  readonly gabungan: HasilHargaGabungan | null;
  /** The price groups with a mean (the sub-rows of the price-rise indicator). */
  readonly rataGrup: readonly HasilGrupHarga[];
}

/** A value read from a cell, or the default with the message why not. */
interface Bacaan<T> {
  readonly nilai: T;
  readonly galat: string | null;
}

/** An option column (polaritas, metode): the core's reader; an unknown word is PILIHAN-TIDAK-DIKENAL. */
function bacaOpsi<T>(
  sel: SelMasukan | undefined,
  baca: (nilai: unknown, argumen: string) => T,
  bawaan: T,
  ind: BarisIndikator,
  periksa: PemeriksaLaporan,
): Bacaan<T> {
  if (!sel) return { nilai: bawaan, galat: null };
  try {
    return { nilai: baca(sel.nilai, argumenSel(sel)), galat: null };
  } catch (e) {
    const galat = pesanGalat(e);
    periksa.pilihanTidakDikenal(sel, ind.kunci, galat);
    return { nilai: bawaan, galat };
  }
}

/** A target (single, range "80–90", NA, blank); a number written as text raises TEKS-ANGKA. */
function bacaTargetSel(sel: SelMasukan, ind: BarisIndikator, periksa: PemeriksaLaporan): Bacaan<Target> {
  try {
    const target = bacaTarget(sel.nilai, argumenSel(sel));
    if (typeof sel.nilai === 'string' && target.jenis === 'tunggal') bacaSelAngka(sel, ind.kunci, periksa);
    return { nilai: target, galat: null };
  } catch (e) {
    const galat = pesanGalat(e);
    periksa.tidakTerbaca(sel, ind.kunci, galat);
    return { nilai: { jenis: 'kosong' }, galat };
  }
}

/** The realisasi as input to the capaian, and the first steps of the derivation. */
interface Realisasi extends Bacaan<Desimal | 'NA' | null> {
  /** Taken from the price lists' combined figure (the price-rise indicator with a blank realisasi). */
  readonly dariHarga: boolean;
  readonly langkah: readonly string[];
}

/** The steps a realisasi formula shows: a recognised one computed again ("39 / 88 × 100% = 44,32%"), another as written. */
function langkahRumus(rumus: string | null): string[] {
  const dikenali = kenaliRumus(rumus);
  if (dikenali) {
    try {
      return [`realisasi ${hitungRumusDikenali(dikenali).derivasi}`];
    } catch {
      return []; // a formula the core cannot evaluate (division by zero): the cell's value stands alone
    }
  }
  return rumus ? [`realisasi dari rumus ${rumus.replace(/^=/, '')}`] : [];
}

/** The realisasi cell, or for the price-rise indicator with a blank one the combined price figure. */
function bacaRealisasi(ind: BarisIndikator, metode: MetodeCapaian, k: KonteksIndikator): Realisasi {
  const sel = ind.sel.realisasi;
  const terbaca = bacaSelAngka(sel, ind.kunci, k.periksa);
  const galat = terbaca.jenis === 'galat' ? terbaca.pesan : null;
  if (metode === 'inflasi' && terbaca.jenis === 'kosong' && k.gabungan) {
    return { nilai: k.gabungan.rataRata.nilai, galat, dariHarga: true, langkah: [] };
  }
  const nilai = terbaca.jenis === 'angka' ? terbaca.nilai : terbaca.jenis === 'NA' ? 'NA' : null;
  return { nilai, galat, dariHarga: false, langkah: terbaca.jenis === 'angka' ? langkahRumus(sel.rumus) : [] };
}

const tidakDapatDihitung = (galat: string): HasilCapaian => ({
  status: 'tidak_diukur',
  alasan: 'tidak dapat dihitung',
  derivasi: `tidak dapat dihitung: ${galat}`,
});

/** The capaian: the core's ratio (with polaritas, cap, NA policy) or the step scale; a core refusal is CAPAIAN-GALAT. */
function hitungCapaianIndikator(
  ind: BarisIndikator,
  metode: MetodeCapaian,
  polaritas: Polaritas,
  target: Target,
  realisasi: Desimal | 'NA' | null,
  k: KonteksIndikator,
): Bacaan<HasilCapaian> {
  const { masukan } = k;
  try {
    if (metode === 'inflasi') {
      const hasil =
        realisasi === null || realisasi === 'NA'
          ? hitungCapaian(target, realisasi) // the core's own "tidak diukur"
          : hasilCapaianInflasi(realisasi, masukan.skalaInflasi);
      return { nilai: hasil, galat: null };
    }
    const opsi = { batas: masukan.batas, kebijakanNA: masukan.kebijakanNA, polaritas };
    return { nilai: hitungCapaian(target, realisasi, opsi), galat: null };
  } catch (e) {
    const galat = pesanGalat(e);
    k.periksa.capaianGalat(ind, galat);
    return { nilai: tidakDapatDihitung(galat), galat };
  }
}

/** The capaian's step of the derivation: the price figure on the step scale, or the core's derivation. */
function langkahCapaian(hasil: HasilCapaian, metode: MetodeCapaian, r: Realisasi, k: KonteksIndikator): string {
  const { gabungan } = k;
  if (metode === 'inflasi' && hasil.status === 'diukur' && gabungan && hasil.realisasi.eq(gabungan.rataRata.nilai)) {
    const asal = r.dariHarga ? 'realisasi dari daftar harga: ' : '';
    return `${asal}${gabungan.rataRata.derivasi} → ${gabungan.skala.derivasiSkala}`;
  }
  const labelCapaian = r.langkah.length > 0 && hasil.status === 'diukur' && !hasil.targetNA;
  return labelCapaian ? `capaian ${hasil.derivasi}` : hasil.derivasi;
}

/** A comparison's columns of the capaian table, and its step of the derivation (null: none). */
type Banding<K extends keyof HasilIndikator> = Pick<HasilIndikator, K> & { readonly langkah: string | null };

/** Against last year (LKIP_Realisasi_Lalu): the value shown and the difference. */
function bandingTahunLalu(
  ind: BarisIndikator,
  realisasi: Desimal | null,
  periksa: PemeriksaLaporan,
): Banding<'realisasiLalu' | 'realisasiLaluTampil' | 'selisihLalu'> {
  const kosong = { realisasiLalu: null, realisasiLaluTampil: null, selisihLalu: null, langkah: null };
  if (!ind.sel.realisasiLalu) return kosong;
  const lalu = bacaSelAngka(ind.sel.realisasiLalu, ind.kunci, periksa);
  if (lalu.jenis === 'NA') return { ...kosong, realisasiLaluTampil: 'NA' };
  if (lalu.jenis !== 'angka') return kosong;
  const realisasiLalu = terbitkan(lalu.nilai);
  const tampil = { ...kosong, realisasiLalu, realisasiLaluTampil: realisasiLalu.toNumber() };
  if (!realisasi) return tampil;
  const selisihLalu = realisasi.minus(realisasiLalu);
  const langkah = `thd tahun lalu: ${formatTerbit(realisasi)} − ${formatTerbit(realisasiLalu)} = ${formatTerbit(selisihLalu)}`;
  return { ...tampil, selisihLalu, langkah };
}

/** Against the Renstra end target (LKIP_Target_Akhir): the target shown and the capaian against it. */
function bandingTargetAkhir(
  ind: BarisIndikator,
  realisasi: Desimal | null,
  polaritas: Polaritas,
  k: KonteksIndikator,
): Banding<'targetAkhir' | 'capaianAkhir' | 'sisaAkhir'> {
  let targetAkhir: number | string | null = null;
  const kosong = { capaianAkhir: null, sisaAkhir: null, langkah: null };
  const sel = ind.sel.targetAkhir;
  if (!sel) return { targetAkhir, ...kosong };
  try {
    const t = bacaTarget(sel.nilai, argumenSel(sel));
    if (typeof sel.nilai === 'string' && t.jenis === 'tunggal') bacaSelAngka(sel, ind.kunci, k.periksa);
    targetAkhir = tampilTarget(t);
    if (t.jenis === 'kosong' || !realisasi) return { targetAkhir, ...kosong };
    const opsi = { batas: k.masukan.batas, kebijakanNA: k.masukan.kebijakanNA, polaritas };
    const capaianAkhir = hitungCapaian(t, realisasi, opsi);
    const sisa = sisaTargetAkhir(t, realisasi, polaritas);
    const langkah = [`thd target akhir: ${capaianAkhir.derivasi}`, ...(sisa.langkah ? [sisa.langkah] : [])].join('; ');
    return { targetAkhir, capaianAkhir, sisaAkhir: sisa.sisa, langkah };
  } catch (e) {
    k.periksa.tidakTerbaca(sel, ind.kunci, pesanGalat(e));
    return { targetAkhir, ...kosong };
  }
}

/** One indicator: options, target, realisasi, capaian, derivation, comparisons. */
export function hitungIndikator(ind: BarisIndikator, no: number, k: KonteksIndikator): HasilIndikator {
  const { sel } = ind;
  if (selKosong(sel.indikator.nilai)) k.periksa.namaKosong(ind);
  const polaritas = bacaOpsi(sel.polaritas, bacaPolaritas, 'positif', ind, k.periksa);
  const metode = bacaOpsi(sel.metode, bacaMetodeCapaian, 'rasio', ind, k.periksa);
  const target = bacaTargetSel(sel.target, ind, k.periksa);
  const r = bacaRealisasi(ind, metode.nilai, k);
  // The last message of the steps above is the one shown.
  const galatMasukan = r.galat ?? target.galat ?? metode.galat ?? polaritas.galat;
  const capaian =
    galatMasukan === null
      ? hitungCapaianIndikator(ind, metode.nilai, polaritas.nilai, target.nilai, r.nilai, k)
      : { nilai: tidakDapatDihitung(galatMasukan), galat: galatMasukan };
  const hasil = capaian.nilai;
  const realisasi = hasil.status === 'diukur' ? hasil.realisasi : r.nilai instanceof Desimal ? terbitkan(r.nilai) : null;
  const lalu = bandingTahunLalu(ind, realisasi, k.periksa);
  const akhir = bandingTargetAkhir(ind, realisasi, polaritas.nilai, k);
  const kp = hasil.status === 'diukur' ? kategoriDanPeringkat(hasil.nilai, k.masukan.skala) : null;
  const langkah = [...r.langkah, langkahCapaian(hasil, metode.nilai, r, k), lalu.langkah, akhir.langkah];
  return {
    no,
    kunci: ind.kunci,
    nama: ind.nama,
    satuan: sel.satuan ? teksSel(sel.satuan.nilai) : null,
    metode: metode.nilai,
    target: tampilTarget(target.nilai),
    realisasi,
    hasil,
    galat: capaian.galat,
    kategori: kp?.label ?? null,
    peringkat: kp?.peringkat ?? null,
    keterangan: langkah.filter((l): l is string => l !== null).join('; '),
    derivasiRealisasi: r.langkah.length > 0 ? r.langkah.join('; ') : null,
    realisasiLalu: lalu.realisasiLalu,
    realisasiLaluTampil: lalu.realisasiLaluTampil,
    selisihLalu: lalu.selisihLalu,
    targetAkhir: akhir.targetAkhir,
    capaianAkhir: akhir.capaianAkhir,
    subBaris:
      metode.nilai === 'inflasi'
        ? k.rataGrup.map((g) => ({ label: g.label, realisasi: g.rataRata!.nilai, derivasi: g.rataRata!.derivasi }))
        : [],
    polaritas: polaritas.nilai,
    sisaAkhir: akhir.sisaAkhir,
    // the analyses of issue 14, filled by ../analisis (loaded only for a workbook with their names)
    sasaran: null,
    standarNasional: null,
    bandingStandar: null,
    riwayat: [],
    perkembangan: null,
    derivasiPerkembangan: '',
    efisiensi: null,
  };
}
