/**
 * Price-rise ("inflasi") indicators from price lists (the document's Tabel 3.5, 3.6, 3.7).
 *
 * - per item: selisih = kini − lalu; persentase = (kini − lalu) / lalu × 100, published to 2 decimals;
 * - a group's mean: the mean of its items' published percentages (Tabel 3.5 → 12,76; Tabel 3.6 → 26,77);
 * - the combined figure: the mean of the groups' published means ((12,76 + 26,77) / 2 = 19,77);
 * - its capaian: the step scale of Tabel 3.7 (≤ 10 → 100; ≤ 30 → 75; ≤ 100 → 50; > 100 → 25).
 */
import { angkaWajib, bacaAngka, formatTerbit, type NilaiMasukan } from './angka';
import { Desimal, persenDari, rataRata, terbitkan, jumlahkan } from './desimal';
import { GalatLkip } from './galat';
import { bacaPilihan, kunciAlfanumerik, type Pilihan } from './opsi';
import type { HasilCapaian } from './capaian';

export interface PerubahanHarga {
  readonly lalu: Desimal;
  readonly kini: Desimal;
  readonly selisih: Desimal;
  /** Published percentage change (2 decimals). */
  readonly persen: Desimal;
  readonly derivasi: string;
}

/** Change of one item's price. Prices must be ≥ 0 and last year's price > 0. */
export function perubahanHarga(lalu: NilaiMasukan, kini: NilaiMasukan, argumen = 'harga'): PerubahanHarga {
  const hLalu = hargaSah(lalu, `${argumen} lalu`);
  const hKini = hargaSah(kini, `${argumen} kini`);
  if (hLalu.isZero()) {
    throw new GalatLkip('PEMBAGI_NOL', `${argumen} lalu`, lalu, 'harga tahun lalu 0: persentase kenaikan tidak dapat dihitung.');
  }
  const selisih = hKini.minus(hLalu);
  const persen = terbitkan(persenDari(selisih, hLalu));
  return {
    lalu: hLalu,
    kini: hKini,
    selisih,
    persen,
    derivasi: `(${formatTerbit(hKini)} − ${formatTerbit(hLalu)}) / ${formatTerbit(hLalu)} × 100% = ${formatTerbit(persen)}%`,
  };
}

function hargaSah(masukan: NilaiMasukan, argumen: string): Desimal {
  const nilai = angkaWajib(masukan, argumen);
  if (nilai.isNegative()) throw new GalatLkip('NILAI_DI_LUAR_BATAS', argumen, masukan, 'harga tidak boleh negatif.');
  return nilai;
}

export interface RataRataTerbit {
  /** Published mean (2 decimals). */
  readonly nilai: Desimal;
  readonly jumlahData: number;
  readonly derivasi: string;
}

/** Mean of published figures, published again: the document's "Rata-rata". Needs at least one value. */
export function rataRataTerbit(nilaiTerbit: readonly Desimal[], argumen = 'daftar nilai'): RataRataTerbit {
  if (nilaiTerbit.length === 0) throw new GalatLkip('KOSONG', argumen, '', 'tidak ada nilai untuk dirata-rata.');
  const nilai = terbitkan(rataRata(nilaiTerbit));
  const rincian =
    nilaiTerbit.length <= 4 ? nilaiTerbit.map(formatTerbit).join(' + ') : `jumlah ${formatTerbit(jumlahkan(nilaiTerbit))}`;
  const pembuka = nilaiTerbit.length <= 4 ? `(${rincian})` : rincian;
  return { nilai, jumlahData: nilaiTerbit.length, derivasi: `${pembuka} / ${nilaiTerbit.length} = ${formatTerbit(nilai)}` };
}

/**
 * A price list's mean change: every row's published percentage, then their mean. Rows where both
 * prices are empty are skipped; any other bad row throws, naming the row.
 */
export function kenaikanHargaDaftar(
  hargaLalu: readonly NilaiMasukan[],
  hargaKini: readonly NilaiMasukan[],
): { readonly baris: readonly (PerubahanHarga | null)[]; readonly rataRata: RataRataTerbit } {
  if (hargaLalu.length !== hargaKini.length) {
    throw new GalatLkip(
      'NILAI_DI_LUAR_BATAS',
      'harga_kini',
      `${hargaKini.length} baris`,
      `jumlah baris harus sama dengan harga_lalu (${hargaLalu.length} baris).`,
    );
  }
  const baris = hargaLalu.map((lalu, i) => {
    const kini = hargaKini[i];
    if (
      bacaAngka(lalu, `harga_lalu baris ${i + 1}`).jenis === 'kosong' &&
      bacaAngka(kini, `harga_kini baris ${i + 1}`).jenis === 'kosong'
    )
      return null;
    return perubahanHarga(lalu, kini, `baris ${i + 1}: harga`);
  });
  const terisi = baris.filter((b): b is PerubahanHarga => b !== null);
  return {
    baris,
    rataRata: rataRataTerbit(
      terisi.map((b) => b.persen),
      'daftar harga',
    ),
  };
}

/** The combined price-rise figure: the mean of the groups' published means ((12,76 + 26,77) / 2 = 19,77). */
export function kenaikanHargaGabungan(rataRataGrup: readonly Desimal[]): RataRataTerbit {
  return rataRataTerbit(
    rataRataGrup.map((r) => terbitkan(r)),
    'rata-rata grup harga',
  );
}

export interface TingkatSkalaInflasi {
  /** Inclusive upper bound of the price rise in %; null = above every bound. */
  readonly ambangAtas: Desimal | null;
  readonly capaian: Desimal;
  readonly label: string;
}

export const SKALA_INFLASI_TABEL_3_7: readonly TingkatSkalaInflasi[] = Object.freeze([
  { ambangAtas: new Desimal(10), capaian: new Desimal(100), label: 'Sangat Berhasil' },
  { ambangAtas: new Desimal(30), capaian: new Desimal(75), label: 'Berhasil' },
  { ambangAtas: new Desimal(100), capaian: new Desimal(50), label: 'Cukup Berhasil' },
  { ambangAtas: null, capaian: new Desimal(25), label: 'Belum Berhasil' },
]);

/**
 * The preset names of the step scale, compared without case, spaces or punctuation ("tabel-3.7", "Tabel 3.7",
 * "bawaan", "baku"); empty → Tabel 3.7. Read in a cell (LKIP.CAPAIAN_INFLASI's skala) and in LKIP_Skala_Inflasi alike.
 */
export const PILIHAN_SKALA_INFLASI: Pilihan<readonly TingkatSkalaInflasi[]> = Object.freeze({
  kamus: Object.freeze({
    tabel37: SKALA_INFLASI_TABEL_3_7,
    baku: SKALA_INFLASI_TABEL_3_7,
    bawaan: SKALA_INFLASI_TABEL_3_7,
    standar: SKALA_INFLASI_TABEL_3_7,
    inflasi: SKALA_INFLASI_TABEL_3_7,
    // Punctuation alone ("-") reads as no choice: the default, as an empty cell.
    '': SKALA_INFLASI_TABEL_3_7,
  }),
  bawaan: SKALA_INFLASI_TABEL_3_7,
  kunci: kunciAlfanumerik,
  saran: 'skala inflasi tidak dikenal; pilih "tabel-3.7" (bawaan) atau rentang 2–3 kolom (batas atas, capaian, label).',
});

/** A step-scale preset by name ("tabel-3.7", "bawaan", "baku"); empty → Tabel 3.7. */
export function presetSkalaInflasi(nama: unknown, argumen = 'skala'): readonly TingkatSkalaInflasi[] {
  return bacaPilihan(nama, argumen, PILIHAN_SKALA_INFLASI);
}

/** Build a custom step scale from rows (batas atas, capaian, [label]); empty bound = "above all". */
export function buatSkalaInflasi(baris: readonly (readonly unknown[])[], argumen = 'skala'): readonly TingkatSkalaInflasi[] {
  const tingkatan: TingkatSkalaInflasi[] = [];
  baris.forEach((b, i) => {
    const lokasi = `${argumen} baris ${i + 1}`;
    const batas = bacaAngka(b[0], `${lokasi} (batas atas)`);
    const capaian = bacaAngka(b[1], `${lokasi} (capaian)`);
    if (batas.jenis === 'kosong' && capaian.jenis === 'kosong') return;
    if (capaian.jenis !== 'angka')
      throw new GalatLkip('SKALA_TIDAK_VALID', `${lokasi} (capaian)`, b[1], 'capaian skala harus angka.');
    if (batas.jenis === 'NA')
      throw new GalatLkip('SKALA_TIDAK_VALID', `${lokasi} (batas atas)`, b[0], 'batas atas harus angka atau kosong.');
    const label = b[2] === null || b[2] === undefined ? '' : String(b[2]).trim();
    tingkatan.push({ ambangAtas: batas.jenis === 'angka' ? batas.nilai : null, capaian: capaian.nilai, label });
  });
  if (tingkatan.length === 0) throw new GalatLkip('SKALA_TIDAK_VALID', argumen, '', 'skala tidak memiliki tingkat apa pun.');
  const terbuka = tingkatan.filter((t) => t.ambangAtas === null);
  if (terbuka.length > 1) throw new GalatLkip('SKALA_TIDAK_VALID', argumen, '', 'hanya satu tingkat boleh tanpa batas atas.');
  const berbatas = tingkatan.filter((t) => t.ambangAtas !== null).sort((a, b) => a.ambangAtas!.comparedTo(b.ambangAtas!));
  for (let i = 1; i < berbatas.length; i++) {
    if (berbatas[i]!.ambangAtas!.eq(berbatas[i - 1]!.ambangAtas!)) {
      throw new GalatLkip(
        'SKALA_TIDAK_VALID',
        argumen,
        berbatas[i]!.ambangAtas!.toString(),
        'batas atas yang sama muncul dua kali.',
      );
    }
  }
  return Object.freeze([...berbatas, ...terbuka]);
}

export interface CapaianInflasi {
  readonly kenaikan: Desimal;
  readonly capaian: Desimal;
  readonly label: string;
  /** "10% < X ≤ 30%" */
  readonly rentang: string;
  /** "skala inflasi 10% < X ≤ 30% → 75%" */
  readonly derivasiSkala: string;
  /** "19,77 → skala inflasi 10% < X ≤ 30% → 75%" */
  readonly derivasi: string;
}

/** The step scale: the published price rise X → capaian (19,77 → 75, "10% < X ≤ 30%"). */
export function capaianInflasi(
  kenaikanMasukan: NilaiMasukan,
  skala: readonly TingkatSkalaInflasi[] = SKALA_INFLASI_TABEL_3_7,
): CapaianInflasi {
  const kenaikan = terbitkan(angkaWajib(kenaikanMasukan, 'kenaikan'));
  let bawah: Desimal | null = null;
  for (const t of skala) {
    if (t.ambangAtas === null || kenaikan.lte(t.ambangAtas)) {
      const rentang = teksRentang(bawah, t.ambangAtas);
      const derivasiSkala = `skala inflasi ${rentang} → ${formatTerbit(t.capaian)}%`;
      return {
        kenaikan,
        capaian: t.capaian,
        label: t.label,
        rentang,
        derivasiSkala,
        derivasi: `${formatTerbit(kenaikan)} → ${derivasiSkala}`,
      };
    }
    bawah = t.ambangAtas;
  }
  throw new GalatLkip(
    'SKALA_TIDAK_VALID',
    'kenaikan',
    kenaikan.toString(),
    'di atas batas tertinggi skala dan skala tidak memiliki tingkat "di atasnya".',
  );
}

/** "10% < X ≤ 30%": a step of the price-rise scale as the document prints it (Tabel 3.7). */
export function teksRentang(bawah: Desimal | null, atas: Desimal | null): string {
  if (bawah === null && atas !== null) return `X ≤ ${formatTerbit(atas)}%`;
  if (bawah !== null && atas === null) return `X > ${formatTerbit(bawah)}%`;
  if (bawah !== null && atas !== null) return `${formatTerbit(bawah)}% < X ≤ ${formatTerbit(atas)}%`;
  return 'semua X';
}

/** The price-rise indicator as an indicator result: its capaian is the scale's step, not a ratio. */
export function hasilCapaianInflasi(
  kenaikan: NilaiMasukan,
  skala: readonly TingkatSkalaInflasi[] = SKALA_INFLASI_TABEL_3_7,
): HasilCapaian {
  const c = capaianInflasi(kenaikan, skala);
  return {
    status: 'diukur',
    nilai: c.capaian,
    nilaiSebelumBatas: c.capaian,
    dibatasi: false,
    targetNA: false,
    realisasi: c.kenaikan,
    derivasi: c.derivasi,
  };
}
