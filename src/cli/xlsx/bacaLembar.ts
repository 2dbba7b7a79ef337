/**
 * One pass over a worksheet part, streamed (SAX over the inflating zip entry): the cells of the requested
 * rectangles are kept, everything else is only counted (the used area). Nothing else of the sheet is held:
 * no cell objects, no sheet text; per requested row one small array of values (the engine's own shape), and
 * formula rows only where a formula is (other rows share one empty row).
 *
 * Values as Office.js reports them (and as the ExcelJS adapter did): shared and inline strings as text (rich
 * text joined), numbers as numbers (dates are numbers in the file already: their serials), booleans, error
 * values as their text ("#N/A"), empty text as empty. A formula cell gives its cached result and its formula
 * ("=" + text; a shared formula moved to the cell); without a cached result, plain arithmetic is computed
 * here, anything else is reported. Cells covered by a merged range (not its top-left) read as empty.
 */
import type { NilaiSel, Rentang } from '../../report/lembar';
import { hitungRumusSederhana } from '../hitungRumus';
import { BARIS_MAKS, KOLOM_MAKS } from '../rujukan';
import { geserRumus } from './geserRumus';
import { dekodeTeksOoxml, parserKetat } from './xmlRingan';

/** A rectangle to read (zero-based). Whole columns or rows run to the used area of the sheet. */
export interface PermintaanRentang extends Rentang {
  readonly seluruhKolom: boolean;
  readonly seluruhBaris: boolean;
}

export interface HasilRentang {
  readonly nilai: NilaiSel[][];
  readonly rumus: (string | null)[][];
  /** The first formula cell (row-major) without a cached result that could not be computed here. */
  readonly tanpaHasil: { readonly baris: number; readonly kolom: number; readonly rumus: string } | null;
  /** Set (and nilai, rumus left empty) when the rectangle has more than BATAS_SEL_RENTANG cells. */
  readonly terlaluBesar?: { readonly jumlahBaris: number; readonly jumlahKolom: number };
}

/**
 * Most cells one rectangle is read into (every cell a slot, filled or not): 20 000 000, four times a
 * province's daily-price sheet (964 921 × 5). A name over the whole sheet, or a whole-sheet read of a sheet
 * with one stray value in XFD1048576, is refused instead of filling 17 billion slots.
 */
export const BATAS_SEL_RENTANG = 20_000_000;

export interface HasilBacaLembar {
  readonly rentang: readonly HasilRentang[];
  /** Used area: rows and columns from A1 up to the last row element or cell. */
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
}

export interface KonteksBaca {
  readonly stringBersama: readonly string[];
  readonly date1904: boolean;
}

/** Strings up to this length are interned (one string object per distinct text: names, units, kab/kota). */
const PANJANG_INTERN = 64;
const BATAS_INTERN = 100_000;

/** The cell being read (one object, reused for every cell). */
interface SelKini {
  baris: number;
  kolom: number;
  tipe: string;
  /** Requests the cell lies in: the first `jumlahDalam` entries of `dalam`. */
  readonly dalam: number[];
  jumlahDalam: number;
  v: string | null;
  f: string | null;
  fBersama: { si: string; induk: boolean } | null;
  teksInline: string | null;
}

class PengumpulRentang {
  readonly nilai: NilaiSel[][] = [];
  readonly rumus: (string | null)[][] = [];
  tanpaHasil: HasilRentang['tanpaHasil'] = null;
  /** Right and bottom edges (exclusive); grown by whole rows/columns. */
  kananTerpakai: number;
  bawahTerpakai: number;

  constructor(readonly p: PermintaanRentang) {
    this.kananTerpakai = p.seluruhBaris ? 0 : p.kolom + p.jumlahKolom;
    this.bawahTerpakai = p.seluruhKolom ? 0 : p.baris + p.jumlahBaris;
  }

  memuat(baris: number, kolom: number): boolean {
    const p = this.p;
    return baris >= p.baris && baris < p.baris + p.jumlahBaris && kolom >= p.kolom && kolom < p.kolom + p.jumlahKolom;
  }

  baris(r: number): NilaiSel[] {
    const i = r - this.p.baris;
    let b = this.nilai[i];
    if (b === undefined) {
      b = this.p.seluruhBaris ? [] : new Array<NilaiSel>(this.p.jumlahKolom).fill(null);
      this.nilai[i] = b;
    }
    return b;
  }

  simpan(sel: SelKini, nilai: NilaiSel, rumus: string | null): void {
    const k = sel.kolom - this.p.kolom;
    this.baris(sel.baris)[k] = nilai;
    if (rumus !== null) {
      const i = sel.baris - this.p.baris;
      const b = (this.rumus[i] ??= []);
      b[k] = rumus;
    }
  }

  /** The rectangle, every row as wide as the first; rows without formulas share one empty row. */
  selesai(jumlahBarisLembar: number, jumlahKolomLembar: number): HasilRentang {
    const p = this.p;
    const tinggi = p.seluruhKolom ? Math.max(0, jumlahBarisLembar - p.baris) : p.jumlahBaris;
    const lebar = p.seluruhBaris ? Math.max(0, jumlahKolomLembar - p.kolom) : p.jumlahKolom;
    if (tinggi * lebar > BATAS_SEL_RENTANG) {
      return { nilai: [], rumus: [], tanpaHasil: null, terlaluBesar: { jumlahBaris: tinggi, jumlahKolom: lebar } };
    }
    const nilai = this.nilai;
    nilai.length = tinggi;
    for (let i = 0; i < tinggi; i++) {
      const b = nilai[i];
      if (b === undefined) nilai[i] = new Array<NilaiSel>(lebar).fill(null);
      else if (p.seluruhBaris) {
        // grown cell by cell: holes and a length of its own
        b.length = lebar;
        for (let k = 0; k < lebar; k++) if (b[k] === undefined) b[k] = null;
      }
    }
    const kosong: (string | null)[] = Object.freeze(new Array<string | null>(lebar).fill(null)) as (string | null)[];
    const rumus: (string | null)[][] = new Array<(string | null)[]>(tinggi);
    for (let i = 0; i < tinggi; i++) {
      const r = this.rumus[i];
      if (r === undefined) rumus[i] = kosong;
      else {
        const penuh = new Array<string | null>(lebar).fill(null);
        r.forEach((x, k) => {
          if (k < lebar && x !== undefined) penuh[k] = x;
        });
        rumus[i] = penuh;
      }
    }
    return { nilai, rumus, tanpaHasil: this.tanpaHasil };
  }
}

/** "B12" → column 1, row 11 (zero-based) into `keluar`; false when it is not an A1 address. */
function uraiAlamat(r: string, keluar: { baris: number; kolom: number }): boolean {
  let kolom = 0;
  let i = 0;
  for (; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c >= 65 && c <= 90) kolom = kolom * 26 + (c - 64);
    else if (c >= 97 && c <= 122) kolom = kolom * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === r.length) return false;
  let baris = 0;
  for (; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    baris = baris * 10 + (c - 48);
  }
  keluar.kolom = kolom - 1;
  keluar.baris = baris - 1;
  return true;
}

/** Serial number of an ISO 8601 date (t="d" cells), or null. */
export function serialIso(teks: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z)?$/.exec(teks.trim());
  if (!m) return null;
  const ms =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  if (!Number.isFinite(ms)) return null;
  return 25569 + ms / 86_400_000 - (date1904 ? 1462 : 0);
}

/** Merged ranges ("A1:C1") of the sheet, top-left excluded, blank out the cells of a result. */
function kosongkanGabungan(hasil: HasilRentang, p: PermintaanRentang, gabungan: readonly Rentang[]): void {
  const tinggi = hasil.nilai.length;
  const lebar = hasil.nilai[0]?.length ?? 0;
  for (const g of gabungan) {
    const b0 = Math.max(g.baris, p.baris);
    const b1 = Math.min(g.baris + g.jumlahBaris, p.baris + tinggi);
    const k0 = Math.max(g.kolom, p.kolom);
    const k1 = Math.min(g.kolom + g.jumlahKolom, p.kolom + lebar);
    for (let b = b0; b < b1; b++) {
      for (let k = k0; k < k1; k++) {
        if (b === g.baris && k === g.kolom) continue;
        hasil.nilai[b - p.baris]![k - p.kolom] = null;
        const r = hasil.rumus[b - p.baris]!;
        if (r[k - p.kolom] !== null) r[k - p.kolom] = null;
      }
    }
  }
}

function uraiRentangGabungan(ref: string): Rentang | null {
  const [a, b] = ref.split(':');
  const awal = { baris: 0, kolom: 0 };
  const akhir = { baris: 0, kolom: 0 };
  if (!a || !uraiAlamat(a, awal)) return null;
  if (!uraiAlamat(b ?? a, akhir)) return null;
  return {
    baris: Math.min(awal.baris, akhir.baris),
    kolom: Math.min(awal.kolom, akhir.kolom),
    jumlahBaris: Math.abs(akhir.baris - awal.baris) + 1,
    jumlahKolom: Math.abs(akhir.kolom - awal.kolom) + 1,
  };
}

/**
 * Read the requested rectangles of one worksheet from its XML text pieces. Errors in the XML end the read
 * with a GalatXml; cells outside every request cost one address parse.
 */
export async function bacaLembar(
  potongan: AsyncIterable<string> | Iterable<string>,
  permintaan: readonly PermintaanRentang[],
  konteks: KonteksBaca,
): Promise<HasilBacaLembar> {
  const pengumpul = permintaan.map((p) => new PengumpulRentang(p));
  const p = parserKetat(false);
  const intern = new Map<string, string>();
  const internkan = (s: string): string => {
    if (s.length > PANJANG_INTERN) return s;
    const ada = intern.get(s);
    if (ada !== undefined) return ada;
    if (intern.size < BATAS_INTERN) intern.set(s, s);
    return s;
  };
  const induk = new Map<string, { teks: string; baris: number; kolom: number }>();
  const gabungan: Rentang[] = [];
  let awalan = '';
  let akarTerlihat = false;
  let barisKini = -1;
  let kolomKini = -1;
  let jumlahBaris = 0;
  let jumlahKolom = 0;
  const selKini: SelKini = {
    baris: 0,
    kolom: 0,
    tipe: 'n',
    dalam: [],
    jumlahDalam: 0,
    v: null,
    f: null,
    fBersama: null,
    teksInline: null,
  };
  let sel: SelKini | null = null;
  /** Where text goes: 'v', 'f', 't' (inline string run) or nothing. */
  let tujuanTeks: 'v' | 'f' | 't' | null = null;
  let dalamIs = false;
  let kedalamanFonetik = 0;
  let teks = '';
  const alamat = { baris: 0, kolom: 0 };

  const nilaiSel = (s: SelKini): NilaiSel => {
    const v = s.v;
    switch (s.tipe) {
      case 's': {
        if (v === null) return null;
        const t = konteks.stringBersama[Number(v)];
        return t === undefined || t === '' ? null : t;
      }
      case 'inlineStr': {
        const t = s.teksInline ?? v;
        return t === null || t === '' ? null : internkan(dekodeTeksOoxml(t));
      }
      case 'str':
        return v === null || v === '' ? null : internkan(v);
      case 'b':
        return v === null || v.trim() === '' ? null : Number(v) !== 0 && v.trim() !== 'false';
      case 'e':
        return v === null || v === '' ? null : internkan(v.trim());
      case 'd': {
        if (v === null || v === '') return null;
        return serialIso(v, konteks.date1904) ?? internkan(v);
      }
      default: {
        if (v === null) return null;
        const t = v.trim();
        if (t === '') return null;
        const n = Number(t);
        return Number.isFinite(n) ? n : '#NUM!';
      }
    }
  };

  const selesaiSel = (s: SelKini): void => {
    if (s.jumlahDalam === 0) return;
    let teksRumus = s.f;
    if (s.fBersama !== null) {
      const m = induk.get(s.fBersama.si);
      if (s.fBersama.induk || teksRumus) {
        // the master: its own text
      } else if (m) teksRumus = geserRumus(m.teks, s.baris - m.baris, s.kolom - m.kolom);
    }
    const rumus = teksRumus ? `=${teksRumus}` : null;
    let nilai: NilaiSel;
    let tanpaHasil = false;
    if (rumus !== null && (s.v === null || (s.v === '' && s.tipe !== 'str')) && s.teksInline === null) {
      const h = hitungRumusSederhana(rumus);
      nilai = h.jenis === 'tidak_didukung' ? null : h.nilai;
      tanpaHasil = h.jenis === 'tidak_didukung';
    } else nilai = nilaiSel(s);
    for (let j = 0; j < s.jumlahDalam; j++) {
      const g = pengumpul[s.dalam[j]!]!;
      g.simpan(s, nilai, rumus);
      if (tanpaHasil && g.tanpaHasil === null) g.tanpaHasil = { baris: s.baris, kolom: s.kolom, rumus: rumus! };
    }
  };

  p.on('opentag', (t) => {
    const nama = t.name;
    if (!akarTerlihat) {
      akarTerlihat = true;
      const i = nama.indexOf(':');
      awalan = i < 0 ? '' : nama.slice(0, i + 1);
      return;
    }
    const n = awalan === '' ? nama : nama.startsWith(awalan) ? nama.slice(awalan.length) : '';
    const a = t.attributes as Record<string, string>;
    switch (n) {
      case 'row': {
        const r = a.r;
        barisKini = r !== undefined ? Number(r) - 1 : barisKini + 1;
        if (!(barisKini >= 0 && barisKini < BARIS_MAKS)) throw new Error(`nomor baris tidak sah (${r ?? ''})`);
        kolomKini = -1;
        if (barisKini + 1 > jumlahBaris) jumlahBaris = barisKini + 1;
        return;
      }
      case 'c': {
        const r = a.r;
        if (r !== undefined && uraiAlamat(r, alamat)) {
          if (barisKini < 0) barisKini = alamat.baris;
          kolomKini = alamat.kolom;
          if (alamat.baris !== barisKini) barisKini = alamat.baris;
        } else kolomKini++;
        if (!(kolomKini >= 0 && kolomKini < KOLOM_MAKS && barisKini >= 0 && barisKini < BARIS_MAKS)) {
          throw new Error(`alamat sel tidak sah (${r ?? ''})`);
        }
        if (barisKini + 1 > jumlahBaris) jumlahBaris = barisKini + 1;
        if (kolomKini + 1 > jumlahKolom) jumlahKolom = kolomKini + 1;
        sel = selKini;
        sel.jumlahDalam = 0;
        for (let i = 0; i < pengumpul.length; i++) {
          if (pengumpul[i]!.memuat(barisKini, kolomKini)) sel.dalam[sel.jumlahDalam++] = i;
        }
        sel.baris = barisKini;
        sel.kolom = kolomKini;
        sel.tipe = a.t ?? 'n';
        sel.v = null;
        sel.f = null;
        sel.fBersama = null;
        sel.teksInline = null;
        return;
      }
      case 'v':
        if (sel !== null && sel.jumlahDalam > 0) {
          tujuanTeks = 'v';
          teks = '';
        }
        return;
      case 'f':
        if (sel !== null) {
          tujuanTeks = 'f';
          teks = '';
          if (a.t === 'shared' && a.si !== undefined) sel.fBersama = { si: a.si, induk: a.ref !== undefined };
        }
        return;
      case 'is':
        if (sel !== null && sel.jumlahDalam > 0) {
          dalamIs = true;
          sel.teksInline = '';
        }
        return;
      case 'rPh':
        kedalamanFonetik++;
        return;
      case 't':
        if (dalamIs && kedalamanFonetik === 0) {
          tujuanTeks = 't';
          teks = '';
        }
        return;
      case 'mergeCell': {
        const g = a.ref ? uraiRentangGabungan(a.ref) : null;
        if (g) gabungan.push(g);
        return;
      }
      default:
        return;
    }
  });

  p.on('closetag', (t) => {
    const nama = t.name;
    const n = awalan === '' ? nama : nama.startsWith(awalan) ? nama.slice(awalan.length) : '';
    switch (n) {
      case 'c':
        if (sel !== null) selesaiSel(sel);
        sel = null;
        return;
      case 'v':
        if (sel !== null && tujuanTeks === 'v') sel.v = teks;
        tujuanTeks = null;
        return;
      case 'f':
        if (sel !== null && tujuanTeks === 'f') {
          sel.f = teks;
          if (sel.fBersama?.induk && teks) induk.set(sel.fBersama.si, { teks, baris: sel.baris, kolom: sel.kolom });
        }
        tujuanTeks = null;
        return;
      case 't':
        if (sel !== null && tujuanTeks === 't') sel.teksInline = (sel.teksInline ?? '') + teks;
        tujuanTeks = null;
        return;
      case 'is':
        dalamIs = false;
        return;
      case 'rPh':
        kedalamanFonetik--;
        return;
      default:
        return;
    }
  });

  const terimaTeks = (x: string) => {
    if (tujuanTeks !== null) teks = teks === '' ? x : teks + x;
  };
  p.on('text', terimaTeks);
  p.on('cdata', terimaTeks);

  for await (const bagian of potongan) p.write(bagian);
  p.close();

  const hasil = pengumpul.map((g) => {
    const h = g.selesai(jumlahBaris, jumlahKolom);
    if (gabungan.length > 0 && !h.terlaluBesar) kosongkanGabungan(h, g.p, gabungan);
    return h;
  });
  return { rentang: hasil, jumlahBaris, jumlahKolom };
}
