/**
 * Reading a table's header: one row, or two rows where a merged parent ("Tahun 2021") sits above its children
 * ("Target | Realisasi | Capaian"), and what each column's header means (its role and its year).
 */
import { cariEntri, uraikanKepala, type Peran } from './kosakata';
import { Kisi, teksNilai } from './kisi';
import type { JenisTabel } from './jenis';

export interface KolomKepala {
  /** Local column. */
  readonly kolom: number;
  /** "Target", or "Tahun 2021 / Target" under a parent; "" when blank. */
  readonly teks: string;
  readonly peran: Peran | null;
  readonly tahun: number | null;
  /** The header's meaning needs a year it does not have ("Tahun Dasar" alone). */
  readonly tanpaTahunWajib: boolean;
}

export interface Kepala {
  /** Local row of the first header row. */
  readonly baris: number;
  readonly tinggi: 1 | 2;
  readonly kolomAwal: number;
  readonly kolomAkhir: number;
  readonly kolom: readonly KolomKepala[];
  readonly jenis: JenisTabel;
}

interface ArtiSel {
  readonly peran: Peran | null;
  readonly tahun: number | null;
  readonly wajibTahun: boolean;
  /** Words beyond years and units: a child of only "Rp." or "2020" has none and takes its parent's role. */
  readonly adaKata: boolean;
  readonly kata: readonly string[];
  readonly rupiah: boolean;
  readonly persen: boolean;
}

const KOSONG: ArtiSel = { peran: null, tahun: null, wajibTahun: false, adaKata: false, kata: [], rupiah: false, persen: false };
/** Words of a parent that make its child "Realisasi" the budget's realisasi ("Anggaran" over "Pagu | Realisasi"). */
const KATA_KONTEKS_ANGGARAN = new Set(['anggaran', 'keuangan', 'dana', 'belanja']);
const POLA_PENANDA_DATA = /^(na|n\/a|n\.a\.?|-|–|—|tidak ada|nihil)$/i;
const POLA_TAHUN = /^(19|20|21)\d\d$/;
const PANJANG_KEPALA_MAKS = 120;

/** Per grid: the meaning of each distinct text, so a long sheet of repeated values is cheap to scan. */
const ingatanArti = new WeakMap<Kisi, Map<string, ArtiSel>>();

function artiTeks(kisi: Kisi, teks: string | null): ArtiSel {
  if (teks === null || teks.length > PANJANG_KEPALA_MAKS || !/[A-Za-z%]/.test(teks)) {
    if (teks !== null && POLA_TAHUN.test(teks)) return { ...KOSONG, tahun: Number(teks) };
    return KOSONG;
  }
  let ingatan = ingatanArti.get(kisi);
  if (!ingatan) {
    ingatan = new Map();
    ingatanArti.set(kisi, ingatan);
  }
  const ada = ingatan.get(teks);
  if (ada) return ada;
  const u = uraikanKepala(teks);
  const entri = cariEntri(u.kata);
  const arti: ArtiSel = {
    peran: entri?.peran ?? null,
    tahun: u.tahun.length > 0 ? u.tahun[u.tahun.length - 1]! : null,
    wajibTahun: entri?.wajibTahun === true,
    adaKata: u.kata.length > 0,
    kata: u.kata,
    rupiah: u.rupiah,
    persen: u.persen,
  };
  ingatan.set(teks, arti);
  return arti;
}

/** Cells of a row that name a known column (a cheap test before reading a header). */
export function jumlahSelBerperan(kisi: Kisi, b: number): number {
  let n = 0;
  for (let k = 0; k < kisi.lebar; k++) {
    const v = kisi.nilai(b, k);
    if (typeof v !== 'string') continue;
    if (artiTeks(kisi, teksNilai(v)).peran !== null) n++;
  }
  return n;
}

/** Read a header starting at local row b, or null when the row does not start a table the detector knows. */
export function bacaKepala(kisi: Kisi, b: number): Kepala | null {
  if (jumlahSelBerperan(kisi, b) < 2) return null;
  if (barisKeduaKepala(kisi, b)) {
    const dua = susunKepala(kisi, b, 2);
    if (dua) return dua;
  }
  return susunKepala(kisi, b, 1);
}

/**
 * Row b+1 continues the header when the header groups columns (a merged parent, or a top cell left empty
 * above a filled one, the way a parent reads without its merge) and row b+1 holds only header-like cells:
 * words, years and units, no numbers and no data marks ("NA", "-").
 */
function barisKeduaKepala(kisi: Kisi, b: number): boolean {
  const bawah = b + 1;
  if (bawah >= kisi.tinggi) return false;
  let adaIsi = false;
  let adaBermakna = false;
  let kelompok = kisi.gabunganMendatar(b).length > 0;
  for (let k = 0; k < kisi.lebar; k++) {
    const gAtas = kisi.gabunganDi(b, k);
    if (gAtas && gAtas.baris === b && gAtas.jumlahBaris >= 2) kelompok = true;
    const v = kisi.nilai(bawah, k);
    if (teksNilai(v) === null) continue;
    if (gAtas && gAtas.baris + gAtas.jumlahBaris > bawah) continue; // the parent's own merged cell
    adaIsi = true;
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || !POLA_TAHUN.test(String(v))) return false;
      adaBermakna = true;
    } else if (typeof v === 'boolean') {
      return false;
    } else {
      const t = teksNilai(v)!;
      if (POLA_PENANDA_DATA.test(t)) return false;
      if (POLA_TAHUN.test(t)) adaBermakna = true;
      else if (!/[A-Za-z%]/.test(t))
        return false; // a number written as text ("44,32")
      else {
        const a = artiTeks(kisi, t);
        if (a.peran !== null || a.tahun !== null || (!a.adaKata && (a.rupiah || a.persen))) adaBermakna = true;
      }
    }
    if (kisi.kosong(b, k) && !kisi.gabunganDi(b, k)) kelompok = true;
  }
  return adaIsi && adaBermakna && kelompok && !barisPenomoran(kisi, bawah);
}

/** A row that numbers the columns under the header: "1 | 2 | 3 …" or "(1) | (2) …", at least three, increasing. */
export function barisPenomoran(kisi: Kisi, b: number): boolean {
  const angka: number[] = [];
  for (let k = 0; k < kisi.lebar; k++) {
    const t = teksNilai(kisi.nilai(b, k));
    if (t === null) continue;
    const m = /^\(?(\d{1,2})[)}]?$/.exec(t);
    if (!m) return false;
    angka.push(Number(m[1]));
  }
  return angka.length >= 3 && angka.every((n, i) => i === 0 || n > angka[i - 1]!);
}

/** The header's texts per column: the parent above (filled across its merge, or inherited), and the column's own. */
function teksKolom(kisi: Kisi, b: number, tinggi: 1 | 2): { atas: (string | null)[]; bawah: (string | null)[] } {
  const atas: (string | null)[] = [];
  const bawah: (string | null)[] = [];
  for (let k = 0; k < kisi.lebar; k++) {
    atas.push(kisi.teks(b, k));
    if (tinggi === 1) {
      bawah.push(null);
      continue;
    }
    const g = kisi.gabunganDi(b + 1, k);
    const samaDenganAtas = g !== null && g.baris <= b; // a vertical merge: one header over both rows
    bawah.push(samaDenganAtas ? null : kisi.teks(b + 1, k));
  }
  if (tinggi === 2) {
    // Without merge information a parent reads as one cell followed by empty ones above its children.
    for (let k = 1; k < kisi.lebar; k++) {
      if (atas[k] === null && bawah[k] !== null && atas[k - 1] !== null && bawah[k - 1] !== null && !kisi.gabunganDi(b, k)) {
        atas[k] = atas[k - 1]!;
      }
    }
  }
  return { atas, bawah };
}

function klasifikasi(kisi: Kisi, k: number, atas: string | null, bawah: string | null): KolomKepala {
  const sendiri = bawah ?? atas;
  const induk = bawah !== null ? atas : null;
  const a = artiTeks(kisi, sendiri);
  const i = induk !== null && induk !== sendiri ? artiTeks(kisi, induk) : KOSONG;
  // The child's own role; else its parent's: a child of only "Rp." or "2020", or an unknown one ("Triwulan II" under "Target").
  let peran: Peran | null = a.peran ?? i.peran;
  // A bare "%" ("Realisasi | %"): a printed percentage of the figures beside it.
  if (a.peran === null && !a.adaKata && a.persen && !a.rupiah && a.tahun === null) peran = 'capaian';
  const wajibTahun = a.peran !== null ? a.wajibTahun : i.wajibTahun;
  const tahun = a.tahun ?? i.tahun;
  const rupiah = a.rupiah || i.rupiah;
  const persen = a.persen || i.persen;
  if (peran === 'realisasi' && i.kata.some((w) => KATA_KONTEKS_ANGGARAN.has(w))) peran = 'realisasiAnggaran';
  if (peran === 'persenAnggaran' && rupiah && !persen) peran = 'realisasiAnggaran';
  if (peran === 'realisasiAnggaran' && persen && !rupiah) peran = 'persenAnggaran';
  const teks = induk !== null && sendiri !== null && induk !== sendiri ? `${induk} / ${sendiri}` : (sendiri ?? induk ?? '');
  return { kolom: k, teks, peran, tahun, tanpaTahunWajib: wajibTahun && tahun === null };
}

/** Columns of the header with at most one empty column between them; the group with the most known columns. */
function rentangKolom(kolom: readonly KolomKepala[]): { awal: number; akhir: number } | null {
  let terbaik: { awal: number; akhir: number; skor: number } | null = null;
  let awal = -1;
  let akhir = -1;
  let skor = 0;
  let kosongBeruntun = 0;
  const tutup = () => {
    if (awal >= 0 && (!terbaik || skor > terbaik.skor)) terbaik = { awal, akhir, skor };
  };
  for (const c of kolom) {
    if (c.teks === '') {
      kosongBeruntun++;
      if (kosongBeruntun >= 2 && awal >= 0) {
        tutup();
        awal = -1;
        skor = 0;
      }
      continue;
    }
    kosongBeruntun = 0;
    if (awal < 0) awal = c.kolom;
    akhir = c.kolom;
    if (c.peran !== null) skor++;
  }
  tutup();
  const t = terbaik as { awal: number; akhir: number; skor: number } | null;
  return t ? { awal: t.awal, akhir: t.akhir } : null;
}

function susunKepala(kisi: Kisi, b: number, tinggi: 1 | 2): Kepala | null {
  const { atas, bawah } = teksKolom(kisi, b, tinggi);
  const semua = atas.map((t, k) => klasifikasi(kisi, k, t, bawah[k] ?? null));
  const r = rentangKolom(semua);
  if (!r) return null;
  const kolom = semua.slice(r.awal, r.akhir + 1);
  const jenis = jenisDariPeran(kolom);
  if (!jenis) return null;
  return { baris: b, tinggi, kolomAwal: r.awal, kolomAkhir: r.akhir, kolom, jenis };
}

/** The kind of table a set of columns makes, or null: performance first, then price list, then budget. */
export function jenisDariPeran(kolom: readonly KolomKepala[]): JenisTabel | null {
  const ada = (...p: Peran[]) => kolom.some((c) => c.peran !== null && p.includes(c.peran));
  const jumlah = (...p: Peran[]) => kolom.filter((c) => c.peran !== null && p.includes(c.peran)).length;
  if (ada('indikator', 'uraian') && ada('target') && ada('realisasi')) return 'kinerja';
  if (ada('indikator')) return null;
  if (ada('namaBarang', 'uraian') && jumlah('harga', 'tahun', 'hargaLalu', 'hargaKini') >= 2) return 'harga';
  if (ada('program', 'uraian') && ada('pagu') && ada('realisasi', 'realisasiAnggaran')) return 'anggaran';
  return null;
}
