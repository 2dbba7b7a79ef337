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
import { alamatSel, BARIS_MAKS, KOLOM_MAKS } from '../../report/buku';
import { geserRumus } from './geserRumus';
import { dekodeTeksOoxml, GalatXml, parserKetat, type LetakXml } from './xmlRingan';

/** A rectangle to read (zero-based). Whole columns or rows run to the used area of the sheet. */
export interface PermintaanRentang extends Rentang {
  readonly seluruhKolom: boolean;
  readonly seluruhBaris: boolean;
  /** Most cells this rectangle may have (bawaan BATAS_SEL_RENTANG); above it the result is terlaluBesar. */
  readonly batasSel?: number;
}

export interface HasilRentang {
  readonly nilai: NilaiSel[][];
  readonly rumus: (string | null)[][];
  /** The first formula cell (row-major) without a cached result that could not be computed here. */
  readonly tanpaHasil: { readonly baris: number; readonly kolom: number; readonly rumus: string } | null;
  /** Set (and nilai, rumus left empty) when the rectangle has more than its batasSel (BATAS_SEL_RENTANG) cells. */
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
  /**
   * Used area: from A1 up to the last cell with a value or a formula (a row element, or a cell with a style
   * only, does not count), as Excel's getUsedRange(valuesOnly). Whole columns and rows stop here.
   */
  readonly jumlahBaris: number;
  readonly jumlahKolom: number;
  /** The sheet's merged areas (<mergeCell>), in document order. */
  readonly gabungan: readonly Rentang[];
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

  /**
   * The rectangle, every row as wide as the first. Whole columns (rows) end at the last row (column) of the
   * sheet's values: `jumlahBarisLembar` × `jumlahKolomLembar`. Rows without values share one frozen empty row,
   * and rows without formulas another: a stray value in row 1 048 576 costs no million arrays.
   */
  selesai(jumlahBarisLembar: number, jumlahKolomLembar: number): HasilRentang {
    const p = this.p;
    const tinggi = p.seluruhKolom ? Math.max(0, jumlahBarisLembar - p.baris) : p.jumlahBaris;
    const lebar = p.seluruhBaris ? Math.max(0, jumlahKolomLembar - p.kolom) : p.jumlahKolom;
    if (tinggi * lebar > (p.batasSel ?? BATAS_SEL_RENTANG)) {
      return { nilai: [], rumus: [], tanpaHasil: null, terlaluBesar: { jumlahBaris: tinggi, jumlahKolom: lebar } };
    }
    const nilai = this.nilai;
    nilai.length = tinggi;
    const tanpaNilai: NilaiSel[] = Object.freeze(new Array<NilaiSel>(lebar).fill(null)) as NilaiSel[];
    for (let i = 0; i < tinggi; i++) {
      const b = nilai[i];
      if (b === undefined) nilai[i] = tanpaNilai;
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
        const n = hasil.nilai[b - p.baris]!; // a shared empty row is frozen: write only what changes
        if (n[k - p.kolom] !== null) n[k - p.kolom] = null;
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

/** Interning of short strings (one string object per distinct text), up to BATAS_INTERN of them. */
class Intern {
  private readonly peta = new Map<string, string>();
  ambil(s: string): string {
    if (s.length > PANJANG_INTERN) return s;
    const ada = this.peta.get(s);
    if (ada !== undefined) return ada;
    if (this.peta.size < BATAS_INTERN) this.peta.set(s, s);
    return s;
  }
}

/** A cell's value from its type and text, as Office.js reports it (no formula involved). */
function nilaiDariTeks(s: SelKini, konteks: KonteksBaca, intern: Intern): NilaiSel {
  const v = s.v;
  switch (s.tipe) {
    case 's': {
      if (v === null) return null;
      const t = konteks.stringBersama[Number(v)];
      return t === undefined || t === '' ? null : t;
    }
    case 'inlineStr': {
      const t = s.teksInline ?? v;
      return t === null || t === '' ? null : intern.ambil(dekodeTeksOoxml(t));
    }
    case 'str':
      return v === null || v === '' ? null : intern.ambil(v);
    case 'b':
      return v === null || v.trim() === '' ? null : Number(v) !== 0 && v.trim() !== 'false';
    case 'e':
      return v === null || v === '' ? null : intern.ambil(v.trim());
    case 'd':
      return v === null || v === '' ? null : (serialIso(v, konteks.date1904) ?? intern.ambil(v));
    default: {
      if (v === null) return null;
      const t = v.trim();
      if (t === '') return null;
      const n = Number(t);
      return Number.isFinite(n) ? n : '#NUM!';
    }
  }
}

/** The SAX handlers' state: where in the sheet we are, the cell being read, its text. */
class PembacaSel {
  readonly pengumpul: PengumpulRentang[];
  readonly gabungan: Rentang[] = [];
  jumlahBaris = 0;
  jumlahKolom = 0;
  private readonly intern = new Intern();
  /** Masters of shared formulas by si: their text and cell. */
  private readonly induk = new Map<string, { teks: string; baris: number; kolom: number }>();
  private awalan: string | null = null;
  private barisKini = -1;
  private kolomKini = -1;
  private readonly selKini: SelKini = {
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
  private sel: SelKini | null = null;
  /** Where text goes: 'v', 'f', 't' (an inline string's run) or nowhere. */
  private tujuanTeks: 'v' | 'f' | 't' | null = null;
  private dalamIs = false;
  private kedalamanFonetik = 0;
  private teks = '';
  private readonly alamat = { baris: 0, kolom: 0 };

  constructor(
    permintaan: readonly PermintaanRentang[],
    private readonly konteks: KonteksBaca,
  ) {
    this.pengumpul = permintaan.map((p) => new PengumpulRentang(p));
  }

  /** Where the reader is, for an error's message: the cell it reads, or the last one it read. */
  letak(): LetakXml {
    const b = this.barisKini;
    const k = this.kolomKini;
    if (!(k >= 0 && k < KOLOM_MAKS && b >= 0 && b < BARIS_MAKS)) return {};
    const alamat = alamatSel(b, k);
    return this.sel !== null ? { sel: alamat } : { sesudahSel: alamat };
  }

  /** The element's name without the root's prefix ('' for another namespace's element). */
  private namaLokal(nama: string): string {
    if (this.awalan === null) {
      const i = nama.indexOf(':');
      this.awalan = i < 0 ? '' : nama.slice(0, i + 1);
      return '';
    }
    const a = this.awalan;
    return a === '' ? nama : nama.startsWith(a) ? nama.slice(a.length) : '';
  }

  private bukaBaris(r: string | undefined): void {
    this.barisKini = r !== undefined ? Number(r) - 1 : this.barisKini + 1;
    if (!(this.barisKini >= 0 && this.barisKini < BARIS_MAKS))
      throw new GalatXml(`nomor baris tidak sah (${r ?? ''}; lembar Excel berbaris 1 sampai ${BARIS_MAKS})`);
    this.kolomKini = -1;
  }

  private bukaSel(r: string | undefined, tipe: string | undefined): void {
    if (r !== undefined && uraiAlamat(r, this.alamat)) {
      this.barisKini = this.alamat.baris;
      this.kolomKini = this.alamat.kolom;
    } else this.kolomKini++;
    const b = this.barisKini;
    const k = this.kolomKini;
    if (!(k >= 0 && k < KOLOM_MAKS && b >= 0 && b < BARIS_MAKS))
      throw new GalatXml(`alamat sel tidak sah (${r ?? ''}; di luar A1:XFD${BARIS_MAKS})`);
    const sel = this.selKini;
    sel.jumlahDalam = 0;
    for (let i = 0; i < this.pengumpul.length; i++) if (this.pengumpul[i]!.memuat(b, k)) sel.dalam[sel.jumlahDalam++] = i;
    sel.baris = b;
    sel.kolom = k;
    sel.tipe = tipe ?? 'n';
    sel.v = null;
    sel.f = null;
    sel.fBersama = null;
    sel.teksInline = null;
    this.sel = sel;
  }

  buka(nama: string, a: Record<string, string>): void {
    const sel = this.sel;
    switch (this.namaLokal(nama)) {
      case 'row':
        return this.bukaBaris(a.r);
      case 'c':
        return this.bukaSel(a.r, a.t);
      case 'v':
        this.adaNilai();
        if (sel !== null && sel.jumlahDalam > 0) this.mulaiTeks('v');
        return;
      case 'f':
        this.adaNilai();
        if (sel !== null) {
          this.mulaiTeks('f');
          if (a.t === 'shared' && a.si !== undefined) sel.fBersama = { si: a.si, induk: a.ref !== undefined };
        }
        return;
      case 'is':
        this.adaNilai();
        if (sel !== null && sel.jumlahDalam > 0) {
          this.dalamIs = true;
          sel.teksInline = '';
        }
        return;
      case 'rPh':
        this.kedalamanFonetik++;
        return;
      case 't':
        if (this.dalamIs && this.kedalamanFonetik === 0) this.mulaiTeks('t');
        return;
      case 'mergeCell': {
        const g = a.ref ? uraiRentangGabungan(a.ref) : null;
        if (g) this.gabungan.push(g);
        return;
      }
      default:
        return;
    }
  }

  /** The cell being read has a value, a formula or an inline string: the used area of values reaches it. */
  private adaNilai(): void {
    if (this.sel === null) return;
    if (this.sel.baris >= this.jumlahBaris) this.jumlahBaris = this.sel.baris + 1;
    if (this.sel.kolom >= this.jumlahKolom) this.jumlahKolom = this.sel.kolom + 1;
  }

  private mulaiTeks(tujuan: 'v' | 'f' | 't'): void {
    this.tujuanTeks = tujuan;
    this.teks = '';
  }

  tutup(nama: string): void {
    const sel = this.sel;
    const tujuan = this.tujuanTeks;
    switch (this.namaLokal(nama)) {
      case 'c':
        if (sel !== null) this.selesaiSel(sel);
        this.sel = null;
        return;
      case 'v':
        if (sel !== null && tujuan === 'v') sel.v = this.teks;
        this.tujuanTeks = null;
        return;
      case 'f':
        if (sel !== null && tujuan === 'f') {
          sel.f = this.teks;
          if (sel.fBersama?.induk && this.teks)
            this.induk.set(sel.fBersama.si, { teks: this.teks, baris: sel.baris, kolom: sel.kolom });
        }
        this.tujuanTeks = null;
        return;
      case 't':
        if (sel !== null && tujuan === 't') sel.teksInline = (sel.teksInline ?? '') + this.teks;
        this.tujuanTeks = null;
        return;
      case 'is':
        this.dalamIs = false;
        return;
      case 'rPh':
        this.kedalamanFonetik--;
        return;
      default:
        return;
    }
  }

  terimaTeks(x: string): void {
    if (this.tujuanTeks !== null) this.teks = this.teks === '' ? x : this.teks + x;
  }

  /** The cell's value and formula into every rectangle it lies in. */
  private selesaiSel(s: SelKini): void {
    if (s.jumlahDalam === 0) return;
    let teksRumus = s.f;
    if (s.fBersama !== null && !s.fBersama.induk && !teksRumus) {
      const m = this.induk.get(s.fBersama.si);
      if (m) teksRumus = geserRumus(m.teks, s.baris - m.baris, s.kolom - m.kolom);
    }
    const rumus = teksRumus ? `=${teksRumus}` : null;
    let nilai: NilaiSel;
    let tanpaHasil = false;
    if (rumus !== null && (s.v === null || (s.v === '' && s.tipe !== 'str')) && s.teksInline === null) {
      const h = hitungRumusSederhana(rumus);
      nilai = h.jenis === 'tidak_didukung' ? null : h.nilai;
      tanpaHasil = h.jenis === 'tidak_didukung';
    } else nilai = nilaiDariTeks(s, this.konteks, this.intern);
    for (let j = 0; j < s.jumlahDalam; j++) {
      const g = this.pengumpul[s.dalam[j]!]!;
      g.simpan(s, nilai, rumus);
      if (tanpaHasil && g.tanpaHasil === null) g.tanpaHasil = { baris: s.baris, kolom: s.kolom, rumus: rumus! };
    }
  }
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
  const pembaca = new PembacaSel(permintaan, konteks);
  const p = parserKetat(false);
  p.on('opentag', (t) => pembaca.buka(t.name, t.attributes as Record<string, string>));
  p.on('closetag', (t) => pembaca.tutup(t.name));
  p.on('text', (x) => pembaca.terimaTeks(x));
  p.on('cdata', (x) => pembaca.terimaTeks(x));
  try {
    for await (const bagian of potongan) p.write(bagian);
    p.close();
  } catch (e) {
    // The streamed parser tracks no line and column: the cell being read says where.
    throw e instanceof GalatXml ? e.di(pembaca.letak()) : e;
  }
  const { jumlahBaris, jumlahKolom, gabungan } = pembaca;
  const rentang = pembaca.pengumpul.map((g) => {
    const h = g.selesai(jumlahBaris, jumlahKolom);
    if (gabungan.length > 0 && !h.terlaluBesar) kosongkanGabungan(h, g.p, gabungan);
    return h;
  });
  return { rentang, jumlahBaris, jumlahKolom, gabungan };
}
