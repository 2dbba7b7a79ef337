/**
 * The workbook's style sheet (xl/styles.xml) with the add-in's cell formats added: each distinct look of a
 * cell (number format, font, fill, border, alignment, locked or not, text kept as text) becomes one cell
 * format (xf), reusing an identical font, fill, border or xf that is already there (so running the report
 * again on its own output adds nothing). Everything that was in the style sheet stays as it was, in place:
 * the user's cells keep their indices.
 */
import type { GayaSel } from '../../report/lembar';
import {
  anakElemen,
  cariAnak,
  elemenBaru,
  sisipkanMenurutUrutan,
  tulisElemen,
  uraiXml,
  type DokumenXml,
  type Elemen,
} from './xmlRingan';

/** Everything that decides a cell's format index. */
export interface FormatSel {
  readonly gaya: GayaSel;
  /** Excel number format, or null for General. */
  readonly format: string | null;
  /** Editable when the sheet is protected. */
  readonly terbuka: boolean;
  /** Text that Excel must keep as text when it is edited (it starts like a formula): quotePrefix. */
  readonly kutip: boolean;
}

/** CT_Stylesheet's sequence. */
const URUTAN_STYLESHEET = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;

/** Built-in number formats (ECMA-376 18.8.30) that need no <numFmt>, by their code. */
const FORMAT_BAWAAN: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

const RATA_HORIZONTAL = { kiri: 'left', tengah: 'center', kanan: 'right' } as const;
const RATA_VERTIKAL = { atas: 'top', tengah: 'center', bawah: 'bottom' } as const;

export const STYLESHEET_BAWAAN =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function argb(hex: string): string {
  const bersih = hex.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(bersih)) throw new Error(`Warna "${hex}" bukan heksadesimal 6 digit.`);
  return `FF${bersih}`;
}

/** One list of the style sheet (fonts, fills, …): its elements by their XML, for reuse. */
class DaftarGaya {
  private readonly indeks = new Map<string, number>();
  private jumlah: number;

  constructor(readonly wadah: Elemen) {
    const isi = anakElemen(wadah);
    isi.forEach((el, i) => {
      const kunci = tulisElemen(el);
      if (!this.indeks.has(kunci)) this.indeks.set(kunci, i);
    });
    this.jumlah = isi.length;
  }

  /** Index of an element equal to `el`, appending it when there is none. */
  pakai(el: Elemen): number {
    const kunci = tulisElemen(el);
    const ada = this.indeks.get(kunci);
    if (ada !== undefined) return ada;
    this.wadah.anak.push(el);
    this.indeks.set(kunci, this.jumlah);
    return this.jumlah++;
  }

  perbaruiJumlah(): void {
    if (this.wadah.atribut.count !== undefined || this.jumlah > 0) this.wadah.atribut.count = String(this.jumlah);
  }
}

export class RegistriGaya {
  private readonly numFmts: Elemen;
  private readonly fonts: DaftarGaya;
  private readonly fills: DaftarGaya;
  private readonly borders: DaftarGaya;
  private readonly xfs: DaftarGaya;
  private readonly perFormat = new Map<string, number>();
  private readonly idFormat = new Map<string, number>();
  private idFormatBerikut: number;
  private numFmtsBaru = false;

  /** `dok`: the workbook's styles.xml (changed in place), or null to start from a minimal one. */
  constructor(readonly dok: DokumenXml = uraiXml(STYLESHEET_BAWAAN)) {
    const akar = dok.akar;
    const wadah = (nama: (typeof URUTAN_STYLESHEET)[number]): Elemen => {
      let el = cariAnak(akar, nama);
      if (!el) {
        el = elemenBaru(akar, nama, { count: '0' });
        sisipkanMenurutUrutan(akar, el, URUTAN_STYLESHEET);
      }
      return el;
    };
    this.numFmts = cariAnak(akar, 'numFmts') ?? elemenBaru(akar, 'numFmts', { count: '0' });
    this.fonts = new DaftarGaya(wadah('fonts'));
    this.fills = new DaftarGaya(wadah('fills'));
    this.borders = new DaftarGaya(wadah('borders'));
    const gayaSel = wadah('cellStyleXfs');
    if (anakElemen(gayaSel).length === 0) {
      gayaSel.anak.push(elemenBaru(gayaSel, 'xf', { numFmtId: '0', fontId: '0', fillId: '0', borderId: '0' }));
      gayaSel.atribut.count = '1';
    }
    this.xfs = new DaftarGaya(wadah('cellXfs'));
    let maks = 163;
    for (const el of anakElemen(this.numFmts)) {
      const id = Number(el.atribut.numFmtId);
      const kode = el.atribut.formatCode;
      if (Number.isInteger(id)) maks = Math.max(maks, id);
      if (kode !== undefined && Number.isInteger(id) && !this.idFormat.has(kode)) this.idFormat.set(kode, id);
    }
    this.idFormatBerikut = maks + 1;
  }

  private idNumFmt(kode: string | null): number {
    if (kode === null) return 0;
    const bawaan = FORMAT_BAWAAN[kode];
    if (bawaan !== undefined) return bawaan;
    const ada = this.idFormat.get(kode);
    if (ada !== undefined) return ada;
    const id = this.idFormatBerikut++;
    this.numFmts.anak.push(elemenBaru(this.numFmts, 'numFmt', { numFmtId: String(id), formatCode: kode }));
    this.idFormat.set(kode, id);
    this.numFmtsBaru = true;
    return id;
  }

  private idFont(g: GayaSel): number {
    if (g.tebal === undefined && g.miring === undefined && g.warnaTeks === undefined && g.ukuranHuruf === undefined) return 0;
    const w = this.fonts.wadah;
    const anak: Elemen[] = [];
    if (g.tebal) anak.push(elemenBaru(w, 'b'));
    if (g.miring) anak.push(elemenBaru(w, 'i'));
    anak.push(elemenBaru(w, 'sz', { val: String(g.ukuranHuruf ?? 11) }));
    if (g.warnaTeks !== undefined) anak.push(elemenBaru(w, 'color', { rgb: argb(g.warnaTeks) }));
    anak.push(elemenBaru(w, 'name', { val: 'Calibri' }), elemenBaru(w, 'family', { val: '2' }));
    return this.fonts.pakai(elemenBaru(w, 'font', {}, anak));
  }

  private idFill(g: GayaSel): number {
    if (g.isi === undefined) return 0;
    const w = this.fills.wadah;
    const pola = elemenBaru(w, 'patternFill', { patternType: 'solid' }, [
      elemenBaru(w, 'fgColor', { rgb: argb(g.isi) }),
      elemenBaru(w, 'bgColor', { indexed: '64' }),
    ]);
    return this.fills.pakai(elemenBaru(w, 'fill', {}, [pola]));
  }

  private idBorder(g: GayaSel): number {
    if (!g.garis) return 0;
    const w = this.borders.wadah;
    const sisi = ['left', 'right', 'top', 'bottom'].map((s) => elemenBaru(w, s, { style: 'thin' }));
    return this.borders.pakai(elemenBaru(w, 'border', {}, [...sisi, elemenBaru(w, 'diagonal')]));
  }

  /** The cell format index (s="…") of a look; 0 (the workbook's default) for a cell with none. */
  indeks(f: FormatSel): number {
    const kunci = JSON.stringify([f.gaya, f.format, f.terbuka, f.kutip]);
    const ada = this.perFormat.get(kunci);
    if (ada !== undefined) return ada;
    const g = f.gaya;
    const w = this.xfs.wadah;
    const numFmtId = this.idNumFmt(f.format);
    const fontId = this.idFont(g);
    const fillId = this.idFill(g);
    const borderId = this.idBorder(g);
    const rata = g.bungkus !== undefined || g.rata !== undefined || g.rataVertikal !== undefined;
    const atribut: Record<string, string> = {
      numFmtId: String(numFmtId),
      fontId: String(fontId),
      fillId: String(fillId),
      borderId: String(borderId),
      xfId: '0',
    };
    if (f.kutip) atribut.quotePrefix = '1';
    if (numFmtId !== 0) atribut.applyNumberFormat = '1';
    if (fontId !== 0) atribut.applyFont = '1';
    if (fillId !== 0) atribut.applyFill = '1';
    if (borderId !== 0) atribut.applyBorder = '1';
    if (rata) atribut.applyAlignment = '1';
    if (f.terbuka) atribut.applyProtection = '1';
    const anak: Elemen[] = [];
    if (rata) {
      const a: Record<string, string> = {};
      if (g.rata !== undefined) a.horizontal = RATA_HORIZONTAL[g.rata];
      if (g.rataVertikal !== undefined) a.vertical = RATA_VERTIKAL[g.rataVertikal];
      if (g.bungkus) a.wrapText = '1';
      anak.push(elemenBaru(w, 'alignment', a));
    }
    if (f.terbuka) anak.push(elemenBaru(w, 'protection', { locked: '0' }));
    const polos = Object.keys(atribut).length === 5 && anak.length === 0 && numFmtId === 0;
    const i = polos ? 0 : this.xfs.pakai(elemenBaru(w, 'xf', atribut, anak));
    this.perFormat.set(kunci, i);
    return i;
  }

  /** The style sheet with its counts brought up to date (the same document, changed in place). */
  selesai(): DokumenXml {
    if (this.numFmtsBaru && !cariAnak(this.dok.akar, 'numFmts')) {
      sisipkanMenurutUrutan(this.dok.akar, this.numFmts, URUTAN_STYLESHEET);
    }
    const jumlahNumFmt = anakElemen(this.numFmts).length;
    if (this.numFmtsBaru || this.numFmts.atribut.count !== undefined) this.numFmts.atribut.count = String(jumlahNumFmt);
    for (const d of [this.fonts, this.fills, this.borders, this.xfs]) d.perbaruiJumlah();
    return this.dok;
  }
}
