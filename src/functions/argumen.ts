/**
 * Cell arguments the LKIP functions read whole (a category scale, a price-rise scale) and core results
 * turned into what a cell shows. No formula here: every figure comes from src/core.
 */
import {
  bacaAngka,
  bacaBatas,
  bacaPolaritas,
  buatSkala,
  buatSkalaInflasi,
  kategori,
  presetSkala,
  presetSkalaInflasi,
  terbitkan,
  type CapaianTanpaNilai,
  type Desimal,
  type BentukEfisiensi,
  type HasilCapaian,
  type HasilEfisiensi,
  type HasilSerapan,
  type NilaiMasukan,
  type OpsiCapaian,
  type Skala,
  type TingkatSkalaInflasi,
} from '../core';
import { GalatSel, barisRentang, bentukArgumen, teksBentuk } from './lapisan';

/** `skala` of KATEGORI: a preset name (core's presetSkala: empty → Tabel 3.1) or a 2-column range (batas bawah, label). */
export function bacaSkalaKategori(argumen: unknown): Skala {
  const bentuk = bentukArgumen(argumen);
  const baris = barisRentang('skala', argumen);
  if (bentuk.baris === 1 && bentuk.kolom === 1) return presetSkala(baris[0]?.[0], 'skala');
  if (bentuk.kolom === 2) return buatSkala(baris as [NilaiMasukan, NilaiMasukan][], 'skala');
  throw new GalatSel(
    'invalidValue',
    `skala ${teksBentuk(bentuk)}: pakai nama preset ("tabel-3.1", "lima-tingkat") atau rentang 2 kolom (batas bawah, label).`,
  );
}

/** `skala` of CAPAIAN_INFLASI: a preset name (core's presetSkalaInflasi: empty or "tabel-3.7" → Tabel 3.7) or a range of 2–3 columns (batas atas, capaian, [label]). */
export function bacaSkalaInflasi(argumen: unknown): readonly TingkatSkalaInflasi[] {
  const bentuk = bentukArgumen(argumen);
  const baris = barisRentang('skala', argumen);
  if (bentuk.baris === 1 && bentuk.kolom === 1) return presetSkalaInflasi(baris[0]?.[0], 'skala');
  if (bentuk.kolom === 2 || bentuk.kolom === 3) return buatSkalaInflasi(baris, 'skala');
  throw new GalatSel(
    'invalidValue',
    `skala ${teksBentuk(bentuk)}: pakai "tabel-3.7" atau rentang 2–3 kolom (batas atas, capaian, label).`,
  );
}

/** The capaian a cell shows (core's nilaiCapaian); an indicator that is not measured (or excluded) is #N/A with the reason. */
export function angkaCapaianSel(hasil: number | CapaianTanpaNilai): number {
  if (typeof hasil === 'number') return hasil;
  throw new GalatSel('notAvailable', hasil.derivasi);
}

/**
 * CAPAIAN's options of one cell (polaritas, batas) read with core's readers. The reader remembers the last pair
 * it read, so an option given once for a whole range (a 1×1 broadcast, or an omitted one) is read once per call,
 * not once per cell; a bad option still fails in every cell it reaches, naming the option.
 */
export function pembacaOpsiCapaian(): (polaritas: NilaiMasukan, batas: NilaiMasukan) => OpsiCapaian {
  let polaritasTerakhir: NilaiMasukan = null;
  let batasTerakhir: NilaiMasukan = null;
  let opsiTerakhir: OpsiCapaian | undefined;
  return (polaritas, batas) => {
    if (opsiTerakhir === undefined || polaritas !== polaritasTerakhir || batas !== batasTerakhir) {
      opsiTerakhir = { polaritas: bacaPolaritas(polaritas), batas: bacaBatas(batas) };
      polaritasTerakhir = polaritas;
      batasTerakhir = batas;
    }
    return opsiTerakhir;
  };
}

/** An option given as one cell (or omitted: null); a range of several cells is refused, naming the option. */
export function pilihanTunggal(nama: string, argumen: unknown): NilaiMasukan {
  const bentuk = bentukArgumen(argumen);
  if (bentuk.baris !== 1 || bentuk.kolom !== 1) {
    throw new GalatSel('invalidValue', `${nama} ${teksBentuk(bentuk)}: isi satu sel saja, bukan rentang.`);
  }
  return barisRentang(nama, argumen)[0]?.[0] ?? null;
}

/** The absorption a cell shows; no budget (pagu 0) is #N/A "tidak ada pagu" (the document prints 0 or "-"). */
export function nilaiSerapan(hasil: HasilSerapan): Desimal {
  if (hasil.status === 'ada_pagu') return hasil.nilai;
  throw new GalatSel('notAvailable', `${hasil.derivasi}: serapan tidak dihitung (pakai IFNA(…; 0) bila ingin 0).`);
}

/**
 * The efficiency a cell shows: "persen" as the published 2-decimal figure (106,30), "indeks" as the 3-decimal ratio
 * (1,063, a number so that the 2-decimal rounding of percentages leaves it alone); not computed → #N/A with the reason.
 */
export function nilaiEfisiensi(hasil: HasilEfisiensi, bentuk: BentukEfisiensi): Desimal | number {
  if (hasil.status === 'tidak_dihitung') throw new GalatSel('notAvailable', `${hasil.alasan} → efisiensi tidak dihitung.`);
  return bentuk === 'indeks' ? hasil.indeks.toNumber() : hasil.persen;
}

/** The category of a capaian cell: the published capaian (2 decimals) on the scale; NA or "-" has no category. */
export function kategoriSel(capaian: NilaiMasukan, skala: Skala): string {
  const terbaca = bacaAngka(capaian, 'capaian');
  if (terbaca.jenis === 'angka') return kategori(terbitkan(terbaca.nilai), skala);
  throw new GalatSel('notAvailable', `capaian ${terbaca.jenis === 'NA' ? 'NA' : 'kosong'}: tidak diukur, tanpa kategori.`);
}

/**
 * A capaian cell as the core's indicator result, for the mean: a number is measured (its published value);
 * empty, "NA" and "-" are not measured and are left out of the mean.
 */
export function hasilDariSelCapaian(capaian: NilaiMasukan, lokasi: string): HasilCapaian {
  const terbaca = bacaAngka(capaian, lokasi);
  if (terbaca.jenis !== 'angka') {
    const alasan = terbaca.jenis === 'NA' ? 'NA' : terbaca.jenis === 'strip' ? '"-"' : 'kosong';
    return { status: 'tidak_diukur', alasan, derivasi: `${lokasi} ${alasan} → tidak diukur` };
  }
  const nilai = terbitkan(terbaca.nilai);
  return {
    status: 'diukur',
    nilai,
    nilaiSebelumBatas: nilai,
    dibatasi: false,
    targetNA: false,
    realisasi: nilai, // a capaian cell carries no realisasi; the field only serves display in the core's result
    derivasi: `${lokasi} = ${nilai.toFixed(2)}`,
  };
}

/** The mean of a list of indicator results; none measured → #N/A. */
export function nilaiRataRata(rataRata: { readonly nilai: Desimal | null }): Desimal {
  if (rataRata.nilai !== null) return rataRata.nilai;
  throw new GalatSel('notAvailable', 'tidak ada capaian yang diukur (semua kosong atau NA).');
}
