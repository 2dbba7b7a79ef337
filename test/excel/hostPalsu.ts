/**
 * A small hand-made Excel host for the adapter's tests, because office-addin-mock cannot model
 * collections (workbook.names.items), null objects, getRangeByIndexes or request sizes.
 *
 * What it enforces, like Excel:
 * - Load/sync: reading a scalar property of a proxy that was not loaded, or was loaded but not yet
 *   synced, throws "PropertyNotLoaded". isNullObject is readable only after a sync.
 * - Writes apply in call order (what Excel does at sync time), so loads see earlier writes.
 * - Text written through values/formulas is parsed as typed: a leading apostrophe is the quote prefix
 *   (stored as text, apostrophe dropped); otherwise text starting with = + - @ becomes a formula (the fake
 *   is stricter than Excel here: also in a cell formatted "@"), and number-looking text in a cell not
 *   formatted "@" becomes a number.
 * - A protected sheet refuses writes; protect() on a protected sheet fails.
 * - Every sync closes one request: actions, bytes sent (JSON of the arguments + 100 per action),
 *   bytes received (JSON of the loaded values) and cells written / read are recorded in `permintaan`.
 * Format properties are write-only here (recorded in `LembarData.format`); the adapter never reads them.
 */
import { alamatRentang, hurufKolom, kutipLembar } from '../../src/report/lembar';

export const BARIS_MAKS = 1_048_576;
export const KOLOM_MAKS = 16_384;
const BIAYA_AKSI_PALSU = 100;

type Nilai = string | number | boolean;

export interface SelPalsu {
  v?: Nilai;
  f?: string;
  nf?: string;
  /** Stored with the quote prefix (typed as 'text). */
  kutip?: boolean;
}

export interface Kotak {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface Permintaan {
  aksi: number;
  baitKirim: number;
  baitTerima: number;
  selTulis: number;
  selBaca: number;
}

export class LembarData {
  readonly sel = new Map<number, Map<number, SelPalsu>>();
  /** Every mutation: op name and address (for "nothing was written here"). */
  readonly log: { op: string; alamat: string }[] = [];
  /** Format property writes: address, path below format, value. */
  format: { alamat: string; jalur: string; nilai: unknown }[] = [];
  gabungan: string[] = [];
  catatan = new Map<string, string>();
  terproteksi = false;
  opsiProteksi: unknown = null;
  bekuBaris = 0;
  /** Read-only virtual content (large read tests): rows × columns, value per cell. */
  virtual?: { baris: number; kolom: number; nilai: (r: number, c: number) => Nilai };

  constructor(
    readonly id: string,
    public nama: string,
  ) {}

  ambil(r: number, c: number): SelPalsu | undefined {
    if (this.virtual) return r < this.virtual.baris && c < this.virtual.kolom ? { v: this.virtual.nilai(r, c) } : undefined;
    return this.sel.get(r)?.get(c);
  }

  ubah(r: number, c: number): SelPalsu {
    if (this.virtual) throw new Error('virtual sheet is read-only');
    let baris = this.sel.get(r);
    if (!baris) this.sel.set(r, (baris = new Map()));
    let s = baris.get(c);
    if (!s) baris.set(c, (s = {}));
    return s;
  }

  /** Values from A1 as a grid (undefined → ""), for snapshots in tests. */
  grid(): { v: unknown; f?: string; nf?: string }[][] {
    let r1 = -1;
    let c1 = -1;
    for (const [r, baris] of this.sel) {
      for (const c of baris.keys()) {
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
    }
    const hasil: { v: unknown; f?: string; nf?: string }[][] = [];
    for (let r = 0; r <= r1; r++) {
      const baris: { v: unknown; f?: string; nf?: string }[] = [];
      for (let c = 0; c <= c1; c++) {
        const s = this.ambil(r, c);
        baris.push({ v: s?.v ?? '', ...(s?.f ? { f: s.f } : {}), ...(s?.nf ? { nf: s.nf } : {}) });
      }
      hasil.push(baris);
    }
    return hasil;
  }
}

export interface NamaData {
  nama: string;
  jenis: 'Range' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'Array';
  /** For non-range names: what NamedItem.value returns. */
  nilai?: unknown;
  terlihat: boolean;
  komentar?: string;
  rujukan?: { lembarId: string; kotak: Kotak };
}

/** "C5", "$C$5:$D$9", "C:C", "3:5", "'My sheet'!A1" (sheet part ignored) → zero-based inclusive box. */
export function uraiAlamat(alamat: string): Kotak {
  const bagian = alamat
    .slice(alamat.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .toUpperCase();
  const [a, b = a] = bagian.split(':') as [string, string?];
  const titik = (t: string, akhir: boolean): { r: number; c: number } => {
    const m = /^([A-Z]*)(\d*)$/.exec(t);
    if (!m || (m[1] === '' && m[2] === '')) throw new Error(`InvalidArgument: address ${alamat}`);
    const c = m[1] === '' ? (akhir ? KOLOM_MAKS - 1 : 0) : [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r = m[2] === '' ? (akhir ? BARIS_MAKS - 1 : 0) : Number(m[2]) - 1;
    return { r, c };
  };
  const p = titik(a, false);
  const q = titik(b!, true);
  return { r0: p.r, c0: p.c, r1: q.r, c1: q.c };
}

function alamatKotak(k: Kotak): string {
  // Whole columns and whole rows read as Excel writes them: "A:C", "5:7".
  const semuaBaris = k.r0 === 0 && k.r1 === BARIS_MAKS - 1;
  const semuaKolom = k.c0 === 0 && k.c1 === KOLOM_MAKS - 1;
  if (semuaBaris && !semuaKolom) return `${hurufKolom(k.c0)}:${hurufKolom(k.c1)}`;
  if (semuaKolom && !semuaBaris) return `${k.r0 + 1}:${k.r1 + 1}`;
  return alamatRentang({ baris: k.r0, kolom: k.c0, jumlahBaris: k.r1 - k.r0 + 1, jumlahKolom: k.c1 - k.c0 + 1 });
}

function alamatMutlak(k: Kotak): string {
  const sel = (r: number, c: number): string => `$${hurufKolom(c)}$${r + 1}`;
  return k.r0 === k.r1 && k.c0 === k.c1 ? sel(k.r0, k.c0) : `${sel(k.r0, k.c0)}:${sel(k.r1, k.c1)}`;
}

export class BukuPalsu {
  readonly lembar: LembarData[] = [];
  readonly nama: NamaData[] = [];
  aktif: string | null = null;
  pilihan: { lembar: string; alamat: string } | null = null;
  private idBerikut = 1;

  tambahLembar(nama: string, isi: (Nilai | null | { v?: Nilai; f?: string; kutip?: boolean })[][] = []): LembarData {
    if (this.cariLembar(nama)) throw new Error(`ItemAlreadyExists: sheet ${nama}`);
    const l = new LembarData(`{lembar-${this.idBerikut++}}`, nama);
    isi.forEach((baris, r) =>
      baris.forEach((x, c) => {
        if (x === null || x === '') return;
        Object.assign(l.ubah(r, c), typeof x === 'object' ? x : { v: x });
      }),
    );
    this.lembar.push(l);
    return l;
  }

  /** A workbook-scoped name for "Sheet!A1:B2" (range), or a constant / error name. */
  tambahNama(nama: string, rujukan: string, jenis: NamaData['jenis'] = 'Range', terlihat = true): void {
    if (jenis !== 'Range') {
      this.nama.push({ nama, jenis, nilai: rujukan, terlihat });
      return;
    }
    const seru = rujukan.lastIndexOf('!');
    const namaLembar = rujukan
      .slice(0, seru)
      .replace(/^=/, '')
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const l = this.cariLembar(namaLembar);
    if (!l) throw new Error(`no sheet ${namaLembar}`);
    this.nama.push({ nama, jenis, terlihat, rujukan: { lembarId: l.id, kotak: uraiAlamat(rujukan) } });
  }

  cariLembar(nama: string): LembarData | undefined {
    return this.lembar.find((l) => l.nama.toUpperCase() === nama.toUpperCase());
  }

  cariNama(nama: string): NamaData | undefined {
    return this.nama.find((n) => n.nama.toUpperCase() === nama.toUpperCase());
  }

  hapusLembar(nama: string): void {
    const l = this.cariLembar(nama);
    if (!l) return;
    this.lembar.splice(this.lembar.indexOf(l), 1);
    // Names that referred to it become #REF!, as in Excel.
    for (const n of this.nama) {
      if (n.rujukan?.lembarId === l.id) {
        delete n.rujukan;
        n.jenis = 'Error';
        n.nilai = '#REF!';
      }
    }
  }
}

/** Thrown like OfficeExtension.Error: a code and a message. */
export class GalatPalsu extends Error {
  constructor(
    readonly code: string,
    pesan: string,
  ) {
    super(`${code}: ${pesan}`);
  }
}

function uraiMuat(arg?: string | string[]): string[] {
  const daftar = arg === undefined ? ['*'] : Array.isArray(arg) ? arg : arg.split(',');
  return daftar.map((x) => x.trim()).filter((x) => x !== '');
}

/** Bytes of a loaded value in the response; collections of proxies count only their own scalars. */
function ukuranJson(nilai: unknown): number {
  if (Array.isArray(nilai) && nilai.some((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) return 2;
  return JSON.stringify(nilai ?? null).length;
}

abstract class ObjekPalsu {
  protected readonly dimuat = new Map<string, unknown>();
  private tersinkron = false;

  constructor(
    protected readonly ctx: KonteksPalsu,
    protected readonly nol = false,
  ) {
    ctx.daftar(this);
  }

  get isNullObject(): boolean {
    if (!this.tersinkron) throw new Error('PropertyNotLoaded: isNullObject (call context.sync() first)');
    return this.nol;
  }

  tandaiSinkron(): void {
    this.tersinkron = true;
  }

  terimaMuatan(prop: string, nilai: unknown): void {
    this.dimuat.set(prop, nilai);
  }

  /** load('a,b'), load(['a','b']), load('nav/prop'), load('items/prop') on collections. */
  load(arg?: string | string[]): this {
    for (const jalur of uraiMuat(arg)) {
      const garis = jalur.indexOf('/');
      if (garis >= 0) {
        this.anak(jalur.slice(0, garis)).load(jalur.slice(garis + 1));
      } else {
        this.ctx.antreMuat(this, jalur, this.nol ? null : this.potret(jalur));
      }
    }
    return this;
  }

  protected baca<T>(prop: string): T {
    if (!this.dimuat.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
    return this.dimuat.get(prop) as T;
  }

  protected pastikanAda(): void {
    if (this.nol) throw new GalatPalsu('InvalidOperation', 'method called on a null object');
  }

  protected anak(nama: string): ObjekPalsu {
    throw new Error(`no navigation property ${nama} on ${this.constructor.name}`);
  }

  protected abstract potret(prop: string): unknown;
}

export class KonteksPalsu {
  readonly workbook: WorkbookPalsu;
  readonly permintaan: Permintaan[] = [];
  private kini: Permintaan = KonteksPalsu.kosong();
  private muatan: { obj: ObjekPalsu; prop: string; nilai: unknown }[] = [];
  private baru: ObjekPalsu[] = [];

  constructor(readonly buku: BukuPalsu) {
    this.workbook = new WorkbookPalsu(this);
  }

  private static kosong(): Permintaan {
    return { aksi: 0, baitKirim: 0, baitTerima: 0, selTulis: 0, selBaca: 0 };
  }

  daftar(obj: ObjekPalsu): void {
    this.baru.push(obj);
  }

  catat(argumen: unknown, selTulis = 0): void {
    this.kini.aksi++;
    this.kini.baitKirim += BIAYA_AKSI_PALSU + (argumen === undefined ? 0 : JSON.stringify(argumen).length);
    this.kini.selTulis += selTulis;
  }

  antreMuat(obj: ObjekPalsu, prop: string, nilai: unknown): void {
    this.catat(prop);
    this.muatan.push({ obj, prop, nilai });
  }

  /** Like Excel on the web: a response larger than this fails the whole request (ResponsePayloadSizeLimitExceeded). */
  batasRespons = Infinity;
  /** Requests refused for their size. */
  ditolak = 0;

  async sync(): Promise<void> {
    const respons = this.muatan.reduce((n, m) => n + ukuranJson(m.nilai), 0);
    if (respons > this.batasRespons) {
      this.ditolak++;
      this.kini = KonteksPalsu.kosong();
      this.muatan = [];
      this.baru = [];
      throw new GalatPalsu('ResponsePayloadSizeLimitExceeded', `response of ${respons} bytes`);
    }
    for (const m of this.muatan) {
      m.obj.terimaMuatan(m.prop, m.nilai);
      this.kini.baitTerima += ukuranJson(m.nilai);
      if (m.prop === 'values' && Array.isArray(m.nilai)) {
        this.kini.selBaca += (m.nilai as unknown[][]).reduce((n, b) => n + b.length, 0);
      }
    }
    for (const o of this.baru) o.tandaiSinkron();
    this.permintaan.push(this.kini);
    this.kini = KonteksPalsu.kosong();
    this.muatan = [];
    this.baru = [];
  }
}

class WorkbookPalsu {
  readonly names: KoleksiNamaPalsu;
  readonly worksheets: KoleksiLembarPalsu;
  constructor(ctx: KonteksPalsu) {
    this.names = new KoleksiNamaPalsu(ctx);
    this.worksheets = new KoleksiLembarPalsu(ctx);
  }
}

class KoleksiLembarPalsu {
  constructor(private readonly ctx: KonteksPalsu) {}

  getItemOrNullObject(nama: string): LembarPalsu {
    this.ctx.catat(nama);
    const l = this.ctx.buku.cariLembar(nama);
    return new LembarPalsu(this.ctx, l?.id ?? null);
  }

  getItem(nama: string): LembarPalsu {
    this.ctx.catat(nama);
    const l = this.ctx.buku.cariLembar(nama);
    if (!l) throw new GalatPalsu('ItemNotFound', `sheet ${nama}`);
    return new LembarPalsu(this.ctx, l.id);
  }

  add(nama: string): LembarPalsu {
    this.ctx.catat(nama);
    const l = this.ctx.buku.tambahLembar(nama);
    return new LembarPalsu(this.ctx, l.id);
  }
}

export class LembarPalsu extends ObjekPalsu {
  readonly protection: ProteksiPalsu;
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  readonly notes: KoleksiCatatanPalsu;

  constructor(
    ctx: KonteksPalsu,
    readonly lembarId: string | null,
  ) {
    super(ctx, lembarId === null);
    this.protection = new ProteksiPalsu(ctx, this);
    this.freezePanes = {
      freezeRows: (n) => {
        this.tulis('freezeRows', String(n));
        this.data().bekuBaris = n;
      },
      unfreeze: () => {
        this.tulis('unfreeze', '');
        this.data().bekuBaris = 0;
      },
    };
    this.notes = new KoleksiCatatanPalsu(ctx, this);
  }

  data(): LembarData {
    this.pastikanAda();
    const l = this.ctx.buku.lembar.find((x) => x.id === this.lembarId);
    if (!l) throw new GalatPalsu('ItemNotFound', 'sheet was deleted');
    return l;
  }

  /** Record a mutation; refuse it on a protected sheet (Excel does, for locked cells). */
  tulis(op: string, alamat: string, bebasProteksi = false): void {
    const l = this.data();
    if (l.terproteksi && !bebasProteksi) throw new GalatPalsu('AccessDenied', `sheet ${l.nama} is protected (${op} ${alamat})`);
    l.log.push({ op, alamat });
  }

  get id(): string {
    return this.baca('id');
  }
  get name(): string {
    return this.baca('name');
  }

  protected potret(prop: string): unknown {
    const l = this.data();
    if (prop === 'id') return l.id;
    if (prop === 'name') return l.nama;
    throw new Error(`fake: worksheet.${prop} not modelled`);
  }

  getRange(alamat?: string): RentangPalsu {
    this.ctx.catat(alamat);
    this.pastikanAda();
    return new RentangPalsu(
      this.ctx,
      this,
      alamat === undefined ? { r0: 0, c0: 0, r1: BARIS_MAKS - 1, c1: KOLOM_MAKS - 1 } : uraiAlamat(alamat),
    );
  }

  getRangeByIndexes(r: number, c: number, nr: number, nc: number): RentangPalsu {
    this.ctx.catat([r, c, nr, nc]);
    this.pastikanAda();
    if (nr < 1 || nc < 1) throw new GalatPalsu('InvalidArgument', 'empty range');
    return new RentangPalsu(this.ctx, this, { r0: r, c0: c, r1: r + nr - 1, c1: c + nc - 1 });
  }

  getUsedRangeOrNullObject(hanyaNilai?: boolean): RentangPalsu {
    this.ctx.catat(hanyaNilai);
    const l = this.data();
    if (l.virtual) return new RentangPalsu(this.ctx, this, { r0: 0, c0: 0, r1: l.virtual.baris - 1, c1: l.virtual.kolom - 1 });
    let k: Kotak | null = null;
    for (const [r, baris] of l.sel) {
      for (const [c, s] of baris) {
        if (hanyaNilai && s.v === undefined && s.f === undefined) continue;
        k = k
          ? { r0: Math.min(k.r0, r), c0: Math.min(k.c0, c), r1: Math.max(k.r1, r), c1: Math.max(k.c1, c) }
          : { r0: r, c0: c, r1: r, c1: c };
      }
    }
    return k ? new RentangPalsu(this.ctx, this, k) : new RentangPalsu(this.ctx, this, null);
  }

  activate(): void {
    this.ctx.catat(undefined);
    this.ctx.buku.aktif = this.data().nama;
  }
}

class ProteksiPalsu extends ObjekPalsu {
  constructor(
    ctx: KonteksPalsu,
    private readonly lembar: LembarPalsu,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.baca('protected');
  }
  protected potret(prop: string): unknown {
    if (prop === 'protected') return this.lembar.data().terproteksi;
    throw new Error(`fake: protection.${prop} not modelled`);
  }
  protect(opsi?: unknown, sandi?: string): void {
    this.ctx.catat([opsi, sandi]);
    const l = this.lembar.data();
    if (l.terproteksi) throw new GalatPalsu('InvalidOperation', 'sheet already protected');
    l.terproteksi = true;
    l.opsiProteksi = opsi ?? null;
    l.log.push({ op: 'protect', alamat: '' });
  }
  unprotect(): void {
    this.ctx.catat(undefined);
    const l = this.lembar.data();
    l.terproteksi = false;
    l.log.push({ op: 'unprotect', alamat: '' });
  }
}

class KoleksiCatatanPalsu extends ObjekPalsu {
  constructor(
    ctx: KonteksPalsu,
    private readonly lembar: LembarPalsu,
  ) {
    super(ctx);
  }
  get items(): CatatanPalsu[] {
    return this.baca('items');
  }
  protected potret(prop: string): unknown {
    if (prop !== 'items') throw new Error(`fake: notes.${prop} not modelled`);
    return [...this.lembar.data().catatan.keys()].map((alamat) => new CatatanPalsu(this.ctx, this.lembar, alamat));
  }
  /** load('items/x'): the items themselves (the adapter reads none of their scalars). */
  override load(): this {
    this.ctx.antreMuat(this, 'items', this.potret('items'));
    return this;
  }

  add(alamat: string, teks: string): void {
    this.ctx.catat([alamat, teks]);
    this.lembar.tulis('notes.add', alamat);
    this.lembar.data().catatan.set(alamatKotak(uraiAlamat(alamat)), teks);
  }
}

class CatatanPalsu {
  constructor(
    private readonly ctx: KonteksPalsu,
    private readonly lembar: LembarPalsu,
    private readonly alamat: string,
  ) {}
  delete(): void {
    this.ctx.catat(this.alamat);
    this.lembar.tulis('note.delete', this.alamat);
    this.lembar.data().catatan.delete(this.alamat);
  }
}

function tumpang(a: Kotak, b: Kotak): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** Write-only format subtree: every property set is recorded as { alamat, jalur, nilai } on the sheet. */
function formatPerekam(ctx: KonteksPalsu, lembar: LembarPalsu, kotak: Kotak, jalur: string): unknown {
  const alamat = alamatKotak(kotak);
  const metode: Record<string, (...a: unknown[]) => unknown> = {
    getItem: (nama: unknown) => formatPerekam(ctx, lembar, kotak, `${jalur}.${String(nama)}`),
    autofitRows: () => {
      ctx.catat(undefined);
      lembar.tulis(`${jalur}.autofitRows`, alamat);
      return undefined;
    },
  };
  return new Proxy(
    {},
    {
      get: (_t, prop) => {
        if (typeof prop !== 'string') return undefined;
        if (prop in metode) return metode[prop];
        return formatPerekam(ctx, lembar, kotak, jalur === '' ? prop : `${jalur}.${prop}`);
      },
      set: (_t, prop, nilai) => {
        const jalan = `${jalur === '' ? '' : jalur + '.'}${String(prop)}`;
        ctx.catat(nilai);
        // Excel refuses row heights outside 0-409 points.
        if (jalan === 'rowHeight' && !(typeof nilai === 'number' && nilai >= 0 && nilai <= 409))
          throw new GalatPalsu('InvalidArgument', `rowHeight ${String(nilai)} at ${alamat}`);
        // Excel lets unlocking cells and column widths through... not on a protected sheet: the fake refuses all.
        lembar.tulis(`format.${jalan}`, alamat);
        const l = lembar.data();
        if (jalan === 'useStandardWidth' || jalan === 'useStandardHeight') {
          // A reset, not a format of its own: the widths (heights) of these columns (rows) go back to standard.
          const jenis = jalan === 'useStandardWidth' ? 'columnWidth' : 'rowHeight';
          l.format = l.format.filter((f) => f.jalur !== jenis || !tumpang(uraiAlamat(f.alamat), kotak));
        } else {
          l.format.push({ alamat, jalur: jalan, nilai });
        }
        return true;
      },
    },
  );
}

export class RentangPalsu extends ObjekPalsu {
  private lembarNav?: LembarPalsu;

  constructor(
    ctx: KonteksPalsu,
    private readonly lembar: LembarPalsu,
    private readonly kotak: Kotak | null,
  ) {
    super(ctx, kotak === null);
  }

  private get k(): Kotak {
    this.pastikanAda();
    return this.kotak!;
  }

  get format(): unknown {
    return formatPerekam(this.ctx, this.lembar, this.k, '');
  }

  get worksheet(): LembarPalsu {
    if (!this.lembarNav)
      this.lembarNav = this.nol ? new LembarPalsu(this.ctx, null) : new LembarPalsu(this.ctx, this.lembar.lembarId);
    return this.lembarNav;
  }

  protected override anak(nama: string): ObjekPalsu {
    if (nama === 'worksheet') return this.worksheet;
    return super.anak(nama);
  }

  get address(): string {
    return this.baca('address');
  }
  get rowIndex(): number {
    return this.baca('rowIndex');
  }
  get columnIndex(): number {
    return this.baca('columnIndex');
  }
  get rowCount(): number {
    return this.baca('rowCount');
  }
  get columnCount(): number {
    return this.baca('columnCount');
  }
  get values(): unknown[][] {
    return this.baca('values');
  }
  get formulas(): unknown[][] {
    return this.baca('formulas');
  }

  protected potret(prop: string): unknown {
    const k = this.k;
    const l = this.lembar.data();
    switch (prop) {
      case 'address':
        return `${kutipLembar(l.nama)}!${alamatKotak(k)}`;
      case 'rowIndex':
        return k.r0;
      case 'columnIndex':
        return k.c0;
      case 'rowCount':
        return k.r1 - k.r0 + 1;
      case 'columnCount':
        return k.c1 - k.c0 + 1;
      case 'values':
      case 'formulas': {
        const hasil: unknown[][] = [];
        for (let r = k.r0; r <= k.r1; r++) {
          const baris: unknown[] = [];
          for (let c = k.c0; c <= k.c1; c++) {
            const s = l.ambil(r, c);
            baris.push(prop === 'formulas' && s?.f !== undefined ? s.f : (s?.v ?? ''));
          }
          hasil.push(baris);
        }
        return hasil;
      }
      default:
        throw new Error(`fake: range.${prop} not modelled`);
    }
  }

  private periksaBentuk(grid: unknown[][]): void {
    const k = this.k;
    if (grid.length !== k.r1 - k.r0 + 1 || grid.some((b) => b.length !== k.c1 - k.c0 + 1)) {
      throw new GalatPalsu('InvalidArgument', `grid ${grid.length}×${grid[0]?.length} does not fit ${alamatKotak(k)}`);
    }
  }

  private tulisSel(grid: unknown[][], rumus: boolean): void {
    this.periksaBentuk(grid);
    const k = this.k;
    this.ctx.catat(grid, (k.r1 - k.r0 + 1) * (k.c1 - k.c0 + 1));
    this.lembar.tulis(rumus ? 'formulas' : 'values', alamatKotak(k));
    const l = this.lembar.data();
    grid.forEach((baris, i) =>
      baris.forEach((x, j) => {
        if (x === null) return; // null: leave the cell unchanged
        const s = l.ubah(k.r0 + i, k.c0 + j);
        delete s.f;
        delete s.kutip;
        if (x === '') {
          delete s.v;
        } else if (typeof x !== 'string') {
          s.v = x as Nilai;
        } else if (x.startsWith("'")) {
          s.v = x.slice(1);
          s.kutip = true;
        } else if (/^[=+\-@]/.test(x) && !/^[+-]?\d+(\.\d+)?$/.test(x)) {
          s.f = x;
          s.v = '#FORMULA';
        } else if (s.nf !== '@' && /^[+-]?\d+(\.\d+)?$/.test(x)) {
          s.v = Number(x);
        } else {
          s.v = x;
        }
      }),
    );
  }

  set values(grid: unknown[][]) {
    this.tulisSel(grid, false);
  }
  set formulas(grid: unknown[][]) {
    this.tulisSel(grid, true);
  }
  set numberFormat(grid: unknown[][]) {
    this.periksaBentuk(grid);
    this.ctx.catat(grid);
    const k = this.k;
    this.lembar.tulis('numberFormat', alamatKotak(k));
    const l = this.lembar.data();
    grid.forEach((baris, i) =>
      baris.forEach((x, j) => {
        if (typeof x === 'string') l.ubah(k.r0 + i, k.c0 + j).nf = x;
      }),
    );
  }

  clear(apa?: string): void {
    this.ctx.catat(apa);
    const k = this.k;
    this.lembar.tulis(`clear:${apa ?? 'All'}`, alamatKotak(k));
    const l = this.lembar.data();
    for (const [r, baris] of l.sel) {
      if (r < k.r0 || r > k.r1) continue;
      for (const c of [...baris.keys()]) if (c >= k.c0 && c <= k.c1) baris.delete(c);
    }
    if (k.r0 === 0 && k.c0 === 0 && k.r1 === BARIS_MAKS - 1 && k.c1 === KOLOM_MAKS - 1) l.format = [];
  }

  merge(): void {
    this.ctx.catat(undefined);
    this.lembar.tulis('merge', alamatKotak(this.k));
    this.lembar.data().gabungan.push(alamatKotak(this.k));
  }

  unmerge(): void {
    this.ctx.catat(undefined);
    this.lembar.tulis('unmerge', alamatKotak(this.k));
    const k = this.k;
    const l = this.lembar.data();
    l.gabungan = l.gabungan.filter((a) => {
      const g = uraiAlamat(a);
      return !(g.r0 >= k.r0 && g.r1 <= k.r1 && g.c0 >= k.c0 && g.c1 <= k.c1);
    });
  }

  select(): void {
    this.ctx.catat(undefined);
    this.ctx.buku.pilihan = { lembar: this.lembar.data().nama, alamat: alamatKotak(this.k) };
  }

  /** Where this range lies, for names.add(name, range). */
  rujukanPalsu(): { lembarId: string; kotak: Kotak } {
    if (this.lembar.lembarId === null) throw new GalatPalsu('InvalidArgument', 'null range');
    return { lembarId: this.lembar.lembarId, kotak: this.k };
  }
}

class KoleksiNamaPalsu extends ObjekPalsu {
  constructor(ctx: KonteksPalsu) {
    super(ctx);
  }

  get items(): NamaPalsu[] {
    return this.baca('items');
  }

  protected potret(prop: string): unknown {
    if (prop !== 'items') throw new Error(`fake: names.${prop} not modelled`);
    return this.ctx.buku.nama.map((n) => new NamaPalsu(this.ctx, n));
  }

  /** load('items/name,items/type') or load('name,type'): one snapshot of the items, each loading the scalars. */
  override load(arg?: string | string[]): this {
    const items = this.ctx.buku.nama.map((n) => new NamaPalsu(this.ctx, n));
    this.ctx.antreMuat(this, 'items', items);
    for (const prop of uraiMuat(arg)) if (prop !== 'items') for (const item of items) item.load(prop.replace(/^items\//, ''));
    return this;
  }

  getItemOrNullObject(nama: string): NamaPalsu {
    this.ctx.catat(nama);
    const n = this.ctx.buku.cariNama(nama);
    return new NamaPalsu(this.ctx, n ?? null);
  }

  add(nama: string, rujukan: RentangPalsu | string, komentar?: string): NamaPalsu {
    this.ctx.catat([nama, typeof rujukan === 'string' ? rujukan : 'range', komentar]);
    if (this.ctx.buku.cariNama(nama)) throw new GalatPalsu('ItemAlreadyExists', `name ${nama}`);
    let data: NamaData;
    if (typeof rujukan === 'string') {
      this.ctx.buku.tambahNama(nama, rujukan);
      data = this.ctx.buku.cariNama(nama)!;
    } else {
      const { lembarId, kotak } = rujukan.rujukanPalsu();
      data = { nama, jenis: 'Range', terlihat: true, rujukan: { lembarId, kotak } };
      this.ctx.buku.nama.push(data);
    }
    if (komentar !== undefined) data.komentar = komentar;
    return new NamaPalsu(this.ctx, data);
  }
}

class NamaPalsu extends ObjekPalsu {
  constructor(
    ctx: KonteksPalsu,
    private readonly data: NamaData | null,
  ) {
    super(ctx, data === null);
  }

  get name(): string {
    return this.baca('name');
  }
  get type(): string {
    return this.baca('type');
  }
  get value(): unknown {
    return this.baca('value');
  }
  get visible(): boolean {
    return this.baca('visible');
  }
  set visible(v: boolean) {
    this.ctx.catat(v);
    this.pastikanAda();
    this.data!.terlihat = v;
  }

  protected potret(prop: string): unknown {
    const n = this.data!;
    switch (prop) {
      case 'name':
        return n.nama;
      case 'type':
        return n.jenis;
      case 'visible':
        return n.terlihat;
      case 'value': {
        if (n.jenis !== 'Range') return n.nilai;
        const l = this.ctx.buku.lembar.find((x) => x.id === n.rujukan!.lembarId)!;
        return `${kutipLembar(l.nama)}!${alamatMutlak(n.rujukan!.kotak)}`;
      }
      default:
        throw new Error(`fake: namedItem.${prop} not modelled`);
    }
  }

  getRangeOrNullObject(): RentangPalsu {
    this.ctx.catat(undefined);
    const n = this.data;
    const ada = n !== null && n.jenis === 'Range' && n.rujukan && this.ctx.buku.lembar.some((l) => l.id === n.rujukan!.lembarId);
    if (!ada) return new RentangPalsu(this.ctx, new LembarPalsu(this.ctx, null), null);
    return new RentangPalsu(this.ctx, new LembarPalsu(this.ctx, n.rujukan!.lembarId), n.rujukan!.kotak);
  }

  delete(): void {
    this.ctx.catat(undefined);
    this.pastikanAda();
    const daftar = this.ctx.buku.nama;
    daftar.splice(daftar.indexOf(this.data!), 1);
  }
}

/** A context for one workbook; pass `(batch) => batch(ctx as unknown as Excel.RequestContext)` to PortExcel. */
export function buatKonteks(buku: BukuPalsu): KonteksPalsu {
  return new KonteksPalsu(buku);
}

/** The `jalankan` of PortExcel running every batch on the given fake context. */
export function jalankanPada(ctx: KonteksPalsu): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return (batch) => batch(ctx as unknown as Excel.RequestContext);
}
