/**
 * LKIP Kinerja, browser test: a small in-memory Excel host, served by the test in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js (Playwright routing). Plain browser JavaScript,
 * no build step. It provides just what the add-in's page uses:
 *
 * - Office: onReady → { host: 'Excel' }, HostType, context.displayLanguage, context.document.settings
 *   (get / set / remove / saveAsync), context.requirements.isSetSupported, actions.associate, addin.showAsTaskpane.
 * - CustomFunctions: associate / Error / ErrorCode (functions.js registers its functions while it loads).
 * - Excel.run over an in-memory workbook, with Excel's batching rules:
 *   - every call on a proxy only queues an action; context.sync() runs the queue in order, then delivers
 *     the loaded values. Errors (ItemNotFound, InvalidArgument, a protected sheet ...) reject that sync, as
 *     in Excel, and the actions before the failing one stay applied;
 *   - reading a property that was not loaded and synced throws PropertyNotLoaded (isNullObject too, before
 *     the first sync); setting a property that does not exist throws (the proxies are sealed);
 *   - a request larger than 5 MB is refused (RequestPayloadSizeLimitExceeded), as Excel on the web does;
 *   - text written through values/formulas is parsed as typed: "'x" is text (the quote prefix), text
 *     starting with = + - @ becomes a formula, number-looking text becomes a number.
 *   Only the APIs the Office.js adapter (src/excel/portExcel.ts) calls are modelled.
 *
 * The workbook is seeded from window.__lkipBenih (set by the test with addInitScript) and can be read back
 * through window.__lkipHost.dump().
 */
(function () {
  'use strict';

  const BARIS_MAKS = 1048576;
  const KOLOM_MAKS = 16384;
  /** Excel on the web refuses requests and responses over 5 MB. */
  const BATAS_PERMINTAAN = 5 * 1024 * 1024;
  const BIAYA_AKSI = 100;

  // ---------------------------------------------------------------- errors

  class GalatOffice extends Error {
    constructor(code, message) {
      super(message);
      this.name = 'RichApi.Error';
      this.code = code;
      this.debugInfo = { code, message };
    }
    toString() {
      return `${this.name}: ${this.message}`;
    }
  }

  function belumDimuat(prop) {
    return new GalatOffice(
      'PropertyNotLoaded',
      `The property '${prop}' is not available. Before reading the property's value, call the load method on the ` +
        'containing object and call "context.sync()" on the associated request context.',
    );
  }

  // ---------------------------------------------------------------- addresses

  function hurufKolom(k) {
    let n = k + 1;
    let s = '';
    while (n > 0) {
      const sisa = (n - 1) % 26;
      s = String.fromCharCode(65 + sisa) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }

  function kutipLembar(nama) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nama) ? nama : `'${nama.replace(/'/g, "''")}'`;
  }

  /** "C5", "$C$5:$D$9", "C:C", "3:5", "'My sheet'!A1" (sheet part ignored) → zero-based inclusive box. */
  function uraiAlamat(alamat) {
    const bagian = String(alamat)
      .slice(String(alamat).lastIndexOf('!') + 1)
      .replace(/\$/g, '')
      .toUpperCase();
    const [a, b = a] = bagian.split(':');
    const titik = (t, akhir) => {
      const m = /^([A-Z]{0,3})(\d*)$/.exec(t);
      if (!m || (m[1] === '' && m[2] === '')) throw new GalatOffice('InvalidArgument', `The address "${alamat}" is not valid.`);
      const c = m[1] === '' ? (akhir ? KOLOM_MAKS - 1 : 0) : [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const r = m[2] === '' ? (akhir ? BARIS_MAKS - 1 : 0) : Number(m[2]) - 1;
      if (r < 0 || r >= BARIS_MAKS || c < 0 || c >= KOLOM_MAKS)
        throw new GalatOffice('InvalidArgument', `The address "${alamat}" is not valid.`);
      return { r, c };
    };
    const p = titik(a, false);
    const q = titik(b, true);
    return { r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) };
  }

  function alamatKotak(k, mutlak) {
    const d = mutlak ? '$' : '';
    const sel = (r, c) => `${d}${hurufKolom(c)}${d}${r + 1}`;
    if (k.r0 === 0 && k.r1 === BARIS_MAKS - 1 && !(k.c0 === 0 && k.c1 === KOLOM_MAKS - 1))
      return `${d}${hurufKolom(k.c0)}:${d}${hurufKolom(k.c1)}`;
    return k.r0 === k.r1 && k.c0 === k.c1 ? sel(k.r0, k.c0) : `${sel(k.r0, k.c0)}:${sel(k.r1, k.c1)}`;
  }

  function tumpang(a, b) {
    return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
  }

  function di(dalam, k) {
    return k.r0 >= dalam.r0 && k.r1 <= dalam.r1 && k.c0 >= dalam.c0 && k.c1 <= dalam.c1;
  }

  // ---------------------------------------------------------------- cell semantics

  const POLA_ANGKA = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i;

  /** Arithmetic formulas only (numbers, + - * / ^, parentheses, %): what the sample's realisations use. */
  function hitungRumus(rumus) {
    const teks = rumus.slice(1).replace(/\s+/g, '');
    let i = 0;
    const gagal = () => {
      throw new Error('#NAME?');
    };
    const angka = () => {
      const m = /^(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/i.exec(teks.slice(i));
      if (!m) gagal();
      i += m[0].length;
      return Number(m[0]);
    };
    const faktor = () => {
      if (teks[i] === '+' || teks[i] === '-') {
        const tanda = teks[i++] === '-' ? -1 : 1;
        return tanda * faktor();
      }
      let v;
      if (teks[i] === '(') {
        i++;
        v = jumlah();
        if (teks[i++] !== ')') gagal();
      } else {
        v = angka();
      }
      while (teks[i] === '%') {
        i++;
        v /= 100;
      }
      if (teks[i] === '^') {
        i++;
        v = Math.pow(v, faktor());
      }
      return v;
    };
    const kali = () => {
      let v = faktor();
      while (teks[i] === '*' || teks[i] === '/') {
        const op = teks[i++];
        const w = faktor();
        if (op === '/' && w === 0) throw new Error('#DIV/0!');
        v = op === '*' ? v * w : v / w;
      }
      return v;
    };
    const jumlah = () => {
      let v = kali();
      while (teks[i] === '+' || teks[i] === '-') {
        const op = teks[i++];
        const w = kali();
        v = op === '+' ? v + w : v - w;
      }
      return v;
    };
    try {
      const v = jumlah();
      if (i !== teks.length || !Number.isFinite(v)) gagal();
      return v;
    } catch (e) {
      return e instanceof Error && /^#/.test(e.message) ? e.message : '#NAME?';
    }
  }

  /** A value or formula as Excel stores it when typed into a cell (en-US parsing). */
  function isiSel(sel, x) {
    delete sel.f;
    delete sel.q;
    if (x === '') {
      delete sel.v;
    } else if (typeof x === 'number') {
      if (!Number.isFinite(x)) throw new GalatOffice('InvalidArgument', `The value ${x} is not valid for a cell.`);
      sel.v = x;
    } else if (typeof x === 'boolean') {
      sel.v = x;
    } else if (typeof x !== 'string') {
      throw new GalatOffice('InvalidArgument', `A cell value must be a string, number or boolean, not ${typeof x}.`);
    } else if (x.startsWith("'")) {
      sel.v = x.slice(1);
      sel.q = true;
    } else if (/^[=+\-@]/.test(x) && !POLA_ANGKA.test(x)) {
      sel.f = x.startsWith('=') ? x : `=${x}`;
      sel.v = hitungRumus(sel.f);
    } else if (sel.nf !== '@' && POLA_ANGKA.test(x)) {
      sel.v = Number(x);
    } else if (sel.nf !== '@' && /^(TRUE|FALSE)$/i.test(x)) {
      sel.v = x.toUpperCase() === 'TRUE';
    } else {
      sel.v = x;
    }
  }

  // ---------------------------------------------------------------- the workbook

  const buku = {
    lembar: [],
    nama: [],
    idBerikut: 1,
    aktif: null,
    pilihan: null,
    pengaturan: {},
    /** One entry per sync: actions, bytes sent, whether it failed. */
    permintaan: [],
    /** Every mutation: sheet, operation, address. */
    log: [],
    aksi: {},
    fungsi: {},
    tampilPanel: 0,
    /** Reads or writes queued but never synced by the add-in (flushed when Excel.run ended). */
    sisaAntrean: 0,
  };

  function lembarBaru(nama) {
    if (!nama || nama.length > 31 || /[:\\/?*[\]]/.test(nama) || nama.startsWith("'") || nama.endsWith("'"))
      throw new GalatOffice('InvalidArgument', `The sheet name "${nama}" is not valid.`);
    if (cariLembar(nama)) throw new GalatOffice('ItemAlreadyExists', `A sheet named "${nama}" already exists.`);
    const l = {
      id: `{0000000${buku.idBerikut++}-LKIP-HOST}`,
      nama,
      sel: new Map(),
      format: [],
      lebarKolom: new Map(),
      gabungan: [],
      bekuBaris: 0,
      terproteksi: false,
      opsiProteksi: null,
      tidakTerkunci: [],
      catatan: new Map(),
    };
    buku.lembar.push(l);
    return l;
  }

  function cariLembar(nama) {
    const besar = String(nama).toUpperCase();
    return buku.lembar.find((l) => l.nama.toUpperCase() === besar) || null;
  }

  function cariNama(nama) {
    const besar = String(nama).toUpperCase();
    return buku.nama.find((n) => n.nama.toUpperCase() === besar) || null;
  }

  function ambilSel(l, r, c) {
    return l.sel.get(`${r},${c}`);
  }

  function ubahSel(l, r, c) {
    const kunci = `${r},${c}`;
    let s = l.sel.get(kunci);
    if (!s) l.sel.set(kunci, (s = {}));
    return s;
  }

  function catat(l, op, kotak) {
    buku.log.push({ lembar: l.nama, op, alamat: kotak ? alamatKotak(kotak) : '' });
  }

  /** Excel refuses changes on a protected sheet, except values in unlocked cells and what the options allow. */
  function pastikanBolehUbah(l, op, kotak, jenis) {
    if (!l.terproteksi) return;
    const o = l.opsiProteksi || {};
    if (jenis === 'nilai' && kotak && l.tidakTerkunci.some((u) => di(u, kotak))) return;
    if (jenis === 'kolom' && o.allowFormatColumns) return;
    if (jenis === 'baris' && o.allowFormatRows) return;
    if (jenis === 'format' && o.allowFormatCells) return;
    throw new GalatOffice('AccessDenied', `The sheet "${l.nama}" is protected (${op} ${kotak ? alamatKotak(kotak) : ''}).`);
  }

  function usedBox(l, hanyaNilai) {
    let k = null;
    for (const [kunci, s] of l.sel) {
      if (s.v === undefined && s.f === undefined && (hanyaNilai || s.nf === undefined)) continue;
      const [r, c] = kunci.split(',').map(Number);
      k = k
        ? { r0: Math.min(k.r0, r), c0: Math.min(k.c0, c), r1: Math.max(k.r1, r), c1: Math.max(k.c1, c) }
        : { r0: r, c0: c, r1: r, c1: c };
    }
    return k;
  }

  // ---------------------------------------------------------------- request context and proxies

  let kontekBerjalan = 0;

  class Konteks {
    constructor() {
      this._antrean = [];
      this._bait = 0;
      this.workbook = new Workbook(this);
      Object.seal(this);
    }

    /**
     * Queue an action: `jalankan` runs at sync time and may return a function run once the sync succeeded.
     * `ikat`: only binds a proxy (getItem, getRange ...), no read or write of its own.
     */
    _antre(jalankan, argumen, ikat) {
      jalankan.ikat = ikat === true;
      this._antrean.push(jalankan);
      this._bait += BIAYA_AKSI + (argumen === undefined ? 0 : JSON.stringify(argumen).length);
    }

    async sync() {
      const antrean = this._antrean;
      const bait = this._bait;
      this._antrean = [];
      this._bait = 0;
      await new Promise((r) => setTimeout(r, 0));
      const catatan = { aksi: antrean.length, baitKirim: bait, gagal: null };
      buku.permintaan.push(catatan);
      if (bait > BATAS_PERMINTAAN) {
        catatan.gagal = 'RequestPayloadSizeLimitExceeded';
        throw new GalatOffice('RequestPayloadSizeLimitExceeded', `The request payload (${bait} bytes) exceeds the 5 MB limit.`);
      }
      const sesudah = [];
      try {
        for (const aksi of antrean) {
          const s = aksi();
          if (typeof s === 'function') sesudah.push(s);
        }
      } catch (e) {
        catatan.gagal = e && e.code ? e.code : String(e);
        throw e;
      }
      for (const s of sesudah) s();
    }
  }

  /** Base of every proxy: bound to its target when its creating action runs at sync time. */
  class Objek {
    constructor(ctx, penentu, argumen) {
      this._ctx = ctx;
      this._ref = undefined;
      this._dimuat = Object.create(null);
      this._siap = false;
      this._anak = Object.create(null);
      // Sealed: a misspelt property set by the add-in throws (webpack's bundles are strict mode code)
      // instead of vanishing silently as it would on a real proxy.
      Object.seal(this);
      ctx._antre(
        () => {
          this._ref = penentu();
          return () => {
            this._siap = true;
          };
        },
        argumen,
        true,
      );
    }

    get context() {
      return this._ctx;
    }

    get isNullObject() {
      if (!this._siap) throw belumDimuat('isNullObject');
      return this._ref === null;
    }

    /** The target, at sync time; a method or property set on a null object fails. */
    _t() {
      if (this._ref === null || this._ref === undefined)
        throw new GalatOffice('InvalidObjectPath', `${this.constructor.name}: the object does not exist (null object).`);
      return this._ref;
    }

    _baca(prop) {
      if (!(prop in this._dimuat)) throw belumDimuat(prop);
      return this._dimuat[prop];
    }

    /** A navigation property (range.worksheet, range.format ...): one proxy per parent, bound from it. */
    _nav(nama, Kelas, penentu) {
      if (!this._anak[nama]) this._anak[nama] = new Kelas(this._ctx, () => (this._ref === null ? null : penentu(this._t())));
      return this._anak[nama];
    }

    /** load('a,b'), load(['a','b']), load('nav/prop'), load({ select }). */
    load(arg) {
      let daftar;
      if (arg === undefined) daftar = this._semuaProp();
      else if (Array.isArray(arg)) daftar = arg;
      else if (typeof arg === 'object' && arg !== null) daftar = String(arg.select || '').split(',');
      else daftar = String(arg).split(',');
      const langsung = [];
      for (const jalur of daftar.map((x) => x.trim()).filter((x) => x !== '')) {
        const garis = jalur.indexOf('/');
        if (garis >= 0) {
          const nav = this[jalur.slice(0, garis)];
          if (!(nav instanceof Objek)) throw new Error(`host: ${this.constructor.name} has no navigation property ${jalur}`);
          nav.load(jalur.slice(garis + 1));
        } else {
          langsung.push(jalur);
        }
      }
      if (langsung.length > 0) {
        for (const p of langsung)
          if (!this._semuaProp().includes(p)) throw new Error(`host: ${this.constructor.name}.${p} is not modelled`);
        this._ctx._antre(() => {
          if (this._ref === null) return undefined;
          const potret = {};
          for (const p of langsung) potret[p] = salin(this._potret(this._t(), p));
          return () => Object.assign(this._dimuat, potret);
        }, langsung);
      }
      return this;
    }

    _semuaProp() {
      return [];
    }

    toJSON() {
      return { ...this._dimuat };
    }
  }

  function salin(x) {
    return Array.isArray(x) ? x.map(salin) : x;
  }

  /** Properties that are loaded (get) and queued when set, with a check of the value at sync time. */
  function properti(Kelas, daftar) {
    for (const [nama, atur] of Object.entries(daftar)) {
      Object.defineProperty(Kelas.prototype, nama, {
        configurable: true,
        get() {
          return this._baca(nama);
        },
        set:
          atur === null
            ? undefined
            : function (nilai) {
                this._ctx._antre(() => {
                  atur.call(this, this._t(), nilai);
                }, nilai);
              },
      });
    }
    const lama = Kelas.prototype._semuaProp;
    const nama = Object.keys(daftar);
    Kelas.prototype._semuaProp = function () {
      return [...lama.call(this), ...nama];
    };
  }

  class Workbook {
    constructor(ctx) {
      this.names = new KoleksiNama(ctx, () => buku);
      this.worksheets = new KoleksiLembar(ctx, () => buku);
      Object.freeze(this);
    }
  }

  class KoleksiLembar extends Objek {
    getItem(nama) {
      return new Lembar(
        this._ctx,
        () => {
          const l = cariLembar(nama);
          if (!l) throw new GalatOffice('ItemNotFound', `The requested resource doesn't exist (worksheet "${nama}").`);
          return l;
        },
        nama,
      );
    }
    getItemOrNullObject(nama) {
      return new Lembar(this._ctx, () => cariLembar(nama), nama);
    }
    add(nama) {
      return new Lembar(
        this._ctx,
        () => {
          const l = lembarBaru(nama);
          catat(l, 'worksheets.add', null);
          return l;
        },
        nama,
      );
    }
  }

  class Lembar extends Objek {
    get protection() {
      return this._nav('protection', ProteksiLembar, (l) => l);
    }
    get freezePanes() {
      return this._nav('freezePanes', PanelBeku, (l) => l);
    }
    get notes() {
      return this._nav('notes', KoleksiCatatan, (l) => l);
    }
    _potret(l, p) {
      if (p === 'id') return l.id;
      if (p === 'name') return l.nama;
      throw new Error(`host: worksheet.${p}`);
    }
    getRange(alamat) {
      const kotak = alamat === undefined ? { r0: 0, c0: 0, r1: BARIS_MAKS - 1, c1: KOLOM_MAKS - 1 } : uraiAlamat(alamat);
      return new Rentang(this._ctx, () => (this._ref === null ? null : { l: this._t(), k: kotak }), alamat);
    }
    getRangeByIndexes(r, c, nr, nc) {
      return new Rentang(
        this._ctx,
        () => {
          const bulat = [r, c, nr, nc].every((x) => Number.isInteger(x));
          if (!bulat || r < 0 || c < 0 || nr < 1 || nc < 1 || r + nr > BARIS_MAKS || c + nc > KOLOM_MAKS)
            throw new GalatOffice('InvalidArgument', `getRangeByIndexes(${r}, ${c}, ${nr}, ${nc}) is not a valid range.`);
          return { l: this._t(), k: { r0: r, c0: c, r1: r + nr - 1, c1: c + nc - 1 } };
        },
        [r, c, nr, nc],
      );
    }
    getUsedRangeOrNullObject(hanyaNilai) {
      return new Rentang(
        this._ctx,
        () => {
          const l = this._t();
          const k = usedBox(l, hanyaNilai === true);
          return k ? { l, k } : null;
        },
        hanyaNilai,
      );
    }
    activate() {
      this._ctx._antre(() => {
        buku.aktif = this._t().nama;
      });
    }
  }
  properti(Lembar, { id: null, name: null });

  class ProteksiLembar extends Objek {
    _potret(l, p) {
      if (p === 'protected') return l.terproteksi;
      throw new Error(`host: protection.${p}`);
    }
    protect(opsi, sandi) {
      this._ctx._antre(() => {
        const l = this._t();
        if (l.terproteksi) throw new GalatOffice('InvalidOperation', `The sheet "${l.nama}" is already protected.`);
        l.terproteksi = true;
        l.opsiProteksi = { ...(opsi || {}) };
        l.sandi = sandi === undefined ? null : sandi;
        catat(l, 'protect', null);
      }, [opsi, sandi]);
    }
    unprotect() {
      this._ctx._antre(() => {
        const l = this._t();
        l.terproteksi = false;
        catat(l, 'unprotect', null);
      });
    }
  }
  properti(ProteksiLembar, { protected: null });

  class PanelBeku extends Objek {
    freezeRows(n) {
      this._ctx._antre(() => {
        const l = this._t();
        if (!Number.isInteger(n) || n < 0) throw new GalatOffice('InvalidArgument', `freezeRows(${n})`);
        l.bekuBaris = n;
        catat(l, 'freezeRows', null);
      }, n);
    }
    unfreeze() {
      this._ctx._antre(() => {
        const l = this._t();
        l.bekuBaris = 0;
        catat(l, 'unfreeze', null);
      });
    }
  }

  class KoleksiCatatan extends Objek {
    get items() {
      return this._baca('items');
    }
    load() {
      this._ctx._antre(() => {
        if (this._ref === null) return undefined;
        const l = this._t();
        const items = [...l.catatan.keys()].map((alamat) => new Catatan(this._ctx, l, alamat));
        return () => {
          this._dimuat.items = items;
        };
      });
      return this;
    }
    add(alamat, teks) {
      this._ctx._antre(() => {
        const l = this._t();
        const k = uraiAlamat(alamat);
        pastikanBolehUbah(l, 'notes.add', k, 'format');
        if (typeof teks !== 'string') throw new GalatOffice('InvalidArgument', 'A note needs text.');
        l.catatan.set(alamatKotak({ r0: k.r0, c0: k.c0, r1: k.r0, c1: k.c0 }), teks);
        catat(l, 'notes.add', k);
      }, [alamat, teks]);
    }
  }

  /** A note delivered by notes.load(): bound already. */
  class Catatan {
    constructor(ctx, l, alamat) {
      this._ctx = ctx;
      this._l = l;
      this._alamat = alamat;
      Object.seal(this);
    }
    get visible() {
      return false;
    }
    delete() {
      this._ctx._antre(() => {
        pastikanBolehUbah(this._l, 'note.delete', uraiAlamat(this._alamat), 'format');
        this._l.catatan.delete(this._alamat);
        catat(this._l, 'note.delete', uraiAlamat(this._alamat));
      });
    }
  }

  class Rentang extends Objek {
    get worksheet() {
      return this._nav('worksheet', Lembar, (t) => t.l);
    }
    get format() {
      return this._nav('format', FormatRentang, (t) => t);
    }
    _potret(t, p) {
      const { l, k } = t;
      switch (p) {
        case 'rowIndex':
          return k.r0;
        case 'columnIndex':
          return k.c0;
        case 'rowCount':
          return k.r1 - k.r0 + 1;
        case 'columnCount':
          return k.c1 - k.c0 + 1;
        case 'values':
        case 'formulas':
        case 'numberFormat': {
          const sel = (k.r1 - k.r0 + 1) * (k.c1 - k.c0 + 1);
          if (sel > 5000000) throw new GalatOffice('ResponsePayloadSizeLimitExceeded', `Reading ${sel} cells at once.`);
          const hasil = [];
          for (let r = k.r0; r <= k.r1; r++) {
            const baris = [];
            for (let c = k.c0; c <= k.c1; c++) {
              const s = ambilSel(l, r, c) || {};
              if (p === 'numberFormat') baris.push(s.nf === undefined ? 'General' : s.nf);
              else if (p === 'formulas' && s.f !== undefined) baris.push(s.f);
              else baris.push(s.v === undefined ? '' : s.v);
            }
            hasil.push(baris);
          }
          return hasil;
        }
        default:
          throw new Error(`host: range.${p}`);
      }
    }

    _tulisGrid(grid, jenis) {
      this._ctx._antre(() => {
        const { l, k } = this._t();
        const nr = k.r1 - k.r0 + 1;
        const nc = k.c1 - k.c0 + 1;
        if (!Array.isArray(grid) || grid.length !== nr || grid.some((b) => !Array.isArray(b) || b.length !== nc)) {
          throw new GalatOffice(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${alamatKotak(k)}).`,
          );
        }
        pastikanBolehUbah(l, jenis, k, jenis === 'numberFormat' ? 'format' : 'nilai');
        grid.forEach((baris, i) =>
          baris.forEach((x, j) => {
            if (x === null || x === undefined) return; // null: leave the cell as it is
            const s = ubahSel(l, k.r0 + i, k.c0 + j);
            if (jenis === 'numberFormat') {
              if (typeof x !== 'string') throw new GalatOffice('InvalidArgument', `A number format must be text: ${x}`);
              s.nf = x;
            } else {
              isiSel(s, x);
            }
          }),
        );
        catat(l, jenis, k);
      }, grid);
    }

    merge(across) {
      this._ctx._antre(() => {
        const { l, k } = this._t();
        pastikanBolehUbah(l, 'merge', k, 'ubah');
        if (l.gabungan.some((g) => tumpang(g, k)))
          throw new GalatOffice('InvalidOperation', `Cannot merge ${alamatKotak(k)}: it overlaps a merged area.`);
        if (across) for (let r = k.r0; r <= k.r1; r++) l.gabungan.push({ r0: r, c0: k.c0, r1: r, c1: k.c1 });
        else l.gabungan.push({ ...k });
        catat(l, 'merge', k);
      }, across);
    }
    unmerge() {
      this._ctx._antre(() => {
        const { l, k } = this._t();
        pastikanBolehUbah(l, 'unmerge', k, 'ubah');
        l.gabungan = l.gabungan.filter((g) => !tumpang(g, k));
        catat(l, 'unmerge', k);
      });
    }
    clear(apa) {
      this._ctx._antre(() => {
        const { l, k } = this._t();
        const jenis = apa === undefined ? 'All' : apa;
        pastikanBolehUbah(l, `clear(${jenis})`, k, 'ubah');
        for (const [kunci, s] of [...l.sel]) {
          const [r, c] = kunci.split(',').map(Number);
          if (r < k.r0 || r > k.r1 || c < k.c0 || c > k.c1) continue;
          if (jenis === 'All' || jenis === 'Contents') {
            delete s.v;
            delete s.f;
            delete s.q;
          }
          if (jenis === 'All' || jenis === 'Formats') delete s.nf;
          if (s.v === undefined && s.f === undefined && s.nf === undefined) l.sel.delete(kunci);
        }
        if (jenis === 'All' || jenis === 'Formats') {
          l.format = l.format.filter((f) => !di(k, f.kotak));
          l.tidakTerkunci = l.tidakTerkunci.filter((u) => !di(k, u));
        }
        catat(l, `clear:${jenis}`, k);
      }, apa);
    }
    select() {
      this._ctx._antre(() => {
        const { l, k } = this._t();
        buku.aktif = l.nama;
        buku.pilihan = { lembar: l.nama, alamat: alamatKotak(k) };
      });
    }
  }
  properti(Rentang, {
    rowIndex: null,
    columnIndex: null,
    rowCount: null,
    columnCount: null,
    values: null,
    formulas: null,
    numberFormat: null,
  });
  // values / formulas / numberFormat: loaded like any property, written as one 2-D action each.
  for (const jenis of ['values', 'formulas', 'numberFormat']) {
    const lama = Object.getOwnPropertyDescriptor(Rentang.prototype, jenis);
    Object.defineProperty(Rentang.prototype, jenis, {
      configurable: true,
      get: lama.get,
      set(grid) {
        this._tulisGrid(grid, jenis);
      },
    });
  }

  // ---------------------------------------------------------------- formats (recorded per rectangle)

  const WARNA = /^#[0-9A-Fa-f]{6}$/;
  const RATA_H = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
  const RATA_V = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

  function aturFormat(jalur, periksa, jenis) {
    return function (t, nilai) {
      const { l, k } = t;
      if (periksa && !periksa(nilai))
        throw new GalatOffice('InvalidArgument', `format.${jalur} = ${JSON.stringify(nilai)} is not valid.`);
      pastikanBolehUbah(l, `format.${jalur}`, k, jenis || 'format');
      if (jalur === 'useStandardWidth' || jalur === 'useStandardHeight') {
        const ganti = jalur === 'useStandardWidth' ? 'columnWidth' : 'rowHeight';
        l.format = l.format.filter((f) => f.jalur !== ganti || !tumpang(f.kotak, k));
        if (ganti === 'columnWidth') for (let c = k.c0; c <= Math.min(k.c1, 1000); c++) l.lebarKolom.delete(c);
      } else {
        l.format.push({ kotak: { ...k }, jalur, nilai });
        if (jalur === 'columnWidth') for (let c = k.c0; c <= Math.min(k.c1, 1000); c++) l.lebarKolom.set(c, nilai);
      }
      if (jalur === 'protection.locked') {
        if (nilai === false) l.tidakTerkunci.push({ ...k });
        else l.tidakTerkunci = l.tidakTerkunci.filter((u) => !di(k, u));
      }
      catat(l, `format.${jalur}`, k);
    };
  }

  const boolean = (x) => typeof x === 'boolean';

  class FormatRentang extends Objek {
    get font() {
      return this._nav('font', FontRentang, (t) => t);
    }
    get fill() {
      return this._nav('fill', IsiRentang, (t) => t);
    }
    get borders() {
      return this._nav('borders', KoleksiGaris, (t) => t);
    }
    get protection() {
      return this._nav('protection', ProteksiFormat, (t) => t);
    }
    autofitRows() {
      this._ctx._antre(() => aturFormat('autofitRows', null, 'baris')(this._t(), true));
    }
  }
  properti(FormatRentang, {
    columnWidth: aturFormat('columnWidth', (x) => typeof x === 'number' && x >= 0 && x <= 1800, 'kolom'),
    rowHeight: aturFormat('rowHeight', (x) => typeof x === 'number' && x >= 0 && x <= 409.5, 'baris'),
    wrapText: aturFormat('wrapText', boolean),
    horizontalAlignment: aturFormat('horizontalAlignment', (x) => RATA_H.includes(x)),
    verticalAlignment: aturFormat('verticalAlignment', (x) => RATA_V.includes(x)),
    useStandardWidth: aturFormat('useStandardWidth', (x) => x === true, 'kolom'),
    useStandardHeight: aturFormat('useStandardHeight', (x) => x === true, 'baris'),
  });

  class FontRentang extends Objek {}
  properti(FontRentang, {
    bold: aturFormat('font.bold', boolean),
    italic: aturFormat('font.italic', boolean),
    color: aturFormat('font.color', (x) => WARNA.test(x)),
    size: aturFormat('font.size', (x) => typeof x === 'number' && x >= 1 && x <= 409),
  });

  class IsiRentang extends Objek {}
  properti(IsiRentang, { color: aturFormat('fill.color', (x) => WARNA.test(x)) });

  class ProteksiFormat extends Objek {}
  properti(ProteksiFormat, {
    locked: aturFormat('protection.locked', boolean),
  });

  const TEPI = [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    'InsideVertical',
    'InsideHorizontal',
    'DiagonalDown',
    'DiagonalUp',
  ];

  class KoleksiGaris extends Objek {
    getItem(tepi) {
      return new Garis(
        this._ctx,
        () => {
          if (!TEPI.includes(tepi)) throw new GalatOffice('InvalidArgument', `Border index "${tepi}" is not valid.`);
          return { ...this._t(), tepi };
        },
        tepi,
      );
    }
  }

  function aturGaris(prop, periksa) {
    return function (t, nilai) {
      aturFormat(`borders.${t.tepi}.${prop}`, periksa)({ l: t.l, k: t.k }, nilai);
    };
  }

  class Garis extends Objek {}
  properti(Garis, {
    style: aturGaris('style', (x) =>
      ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'].includes(x),
    ),
    weight: aturGaris('weight', (x) => ['Hairline', 'Thin', 'Medium', 'Thick'].includes(x)),
    color: aturGaris('color', (x) => WARNA.test(x)),
  });

  // ---------------------------------------------------------------- names

  function nilaiNama(n) {
    if (n.jenis !== 'Range') return n.nilai;
    const l = buku.lembar.find((x) => x.id === n.rujukan.lembarId);
    return `${kutipLembar(l.nama)}!${alamatKotak(n.rujukan.kotak, true)}`;
  }

  class KoleksiNama extends Objek {
    get items() {
      return this._baca('items');
    }
    /** load('items/name,items/type') (or 'name,type'): the items, each with those scalars. */
    load(arg) {
      const daftar = (Array.isArray(arg) ? arg : String(arg === undefined ? 'name,type,value,visible' : arg).split(','))
        .map((x) => x.trim().replace(/^items\//, ''))
        .filter((x) => x !== '' && x !== 'items');
      for (const p of daftar) if (!ItemNama.prototype._semuaProp().includes(p)) throw new Error(`host: namedItem.${p}`);
      this._ctx._antre(() => {
        const items = buku.nama.map((data) => {
          const item = ItemNama.terikat(this._ctx, data);
          for (const p of daftar) item._dimuat[p] = item._potret(data, p);
          return item;
        });
        return () => {
          this._dimuat.items = items;
        };
      }, daftar);
      return this;
    }
    getItemOrNullObject(nama) {
      return new ItemNama(this._ctx, () => cariNama(nama), nama);
    }
    add(nama, rujukan, komentar) {
      const rentang = rujukan instanceof Rentang ? rujukan : null;
      return new ItemNama(
        this._ctx,
        () => {
          if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(nama) || /^[A-Za-z]{1,3}[0-9]+$/.test(nama))
            throw new GalatOffice('InvalidArgument', `The name "${nama}" is not valid.`);
          if (cariNama(nama)) throw new GalatOffice('ItemAlreadyExists', `The name "${nama}" already exists.`);
          let data;
          if (rentang) {
            const { l, k } = rentang._t();
            data = { nama, jenis: 'Range', terlihat: true, rujukan: { lembarId: l.id, kotak: { ...k } } };
          } else {
            const teks = String(rujukan).replace(/^=/, '');
            const seru = teks.lastIndexOf('!');
            const l =
              seru > 0
                ? cariLembar(
                    teks
                      .slice(0, seru)
                      .replace(/^'(.*)'$/, '$1')
                      .replace(/''/g, "'"),
                  )
                : null;
            if (!l) throw new GalatOffice('InvalidArgument', `The reference "${rujukan}" is not valid.`);
            data = { nama, jenis: 'Range', terlihat: true, rujukan: { lembarId: l.id, kotak: uraiAlamat(teks) } };
          }
          if (komentar !== undefined) data.komentar = String(komentar);
          buku.nama.push(data);
          buku.log.push({ lembar: '', op: 'names.add', alamat: nama });
          return data;
        },
        [nama, komentar],
      );
    }
  }

  class ItemNama extends Objek {
    static terikat(ctx, data) {
      const item = Object.create(ItemNama.prototype);
      item._ctx = ctx;
      item._ref = data;
      item._dimuat = Object.create(null);
      item._siap = true;
      item._anak = Object.create(null);
      return Object.seal(item);
    }
    _potret(n, p) {
      switch (p) {
        case 'name':
          return n.nama;
        case 'type':
          return n.jenis;
        case 'visible':
          return n.terlihat;
        case 'value':
          return nilaiNama(n);
        default:
          throw new Error(`host: namedItem.${p}`);
      }
    }
    getRangeOrNullObject() {
      return new Rentang(this._ctx, () => (this._ref === null ? null : this._rentang()));
    }
    _rentang() {
      const n = this._t();
      if (n.jenis !== 'Range') return null;
      const l = buku.lembar.find((x) => x.id === n.rujukan.lembarId);
      return l ? { l, k: { ...n.rujukan.kotak } } : null;
    }
    delete() {
      this._ctx._antre(() => {
        const n = this._t();
        const i = buku.nama.indexOf(n);
        if (i >= 0) buku.nama.splice(i, 1);
        buku.log.push({ lembar: '', op: 'name.delete', alamat: n.nama });
      });
    }
  }
  properti(ItemNama, {
    name: null,
    type: null,
    value: null,
    visible(n, v) {
      if (typeof v !== 'boolean') throw new GalatOffice('InvalidArgument', 'visible must be a boolean.');
      n.terlihat = v;
      buku.log.push({ lembar: '', op: 'name.visible', alamat: n.nama });
    },
  });

  // ---------------------------------------------------------------- Excel.run

  async function run(a, b) {
    const batch = typeof a === 'function' ? a : b;
    if (typeof batch !== 'function') throw new GalatOffice('InvalidArgument', 'Excel.run needs a batch function.');
    const ctx = new Konteks();
    kontekBerjalan++;
    try {
      const hasil = await batch(ctx);
      // Actions still queued when the batch returns are sent in one final request, as Office.js does; the
      // test asserts there are none (sisaAntrean): the add-in syncs what it queues.
      const sisa = ctx._antrean.filter((a) => !a.ikat).length;
      buku.sisaAntrean += sisa;
      if (sisa > 0) await ctx.sync();
      return hasil;
    } finally {
      kontekBerjalan--;
    }
  }

  // ---------------------------------------------------------------- seed

  const benih = window.__lkipBenih || {};
  for (const lb of benih.lembar || [{ nama: 'Sheet1', sel: [] }]) {
    const l = lembarBaru(lb.nama);
    for (const [r, c, isi] of lb.sel || []) {
      const s = ubahSel(l, r, c);
      if (isi.nf !== undefined) s.nf = isi.nf;
      if (isi.v !== undefined) s.v = isi.v;
      if (isi.f !== undefined) s.f = isi.f;
      if (isi.q) s.q = true;
    }
  }
  buku.aktif = buku.lembar[0] ? buku.lembar[0].nama : null;
  for (const n of benih.nama || []) {
    const l = cariLembar(n.lembar);
    if (!l) throw new Error(`host seed: no sheet ${n.lembar} for ${n.nama}`);
    buku.nama.push({ nama: n.nama, jenis: 'Range', terlihat: true, rujukan: { lembarId: l.id, kotak: uraiAlamat(n.alamat) } });
  }
  Object.assign(buku.pengaturan, benih.pengaturan || {});

  // ---------------------------------------------------------------- Office, CustomFunctions

  function versiTidakLebih(versi, maks) {
    const a = String(versi || '1.1')
      .split('.')
      .map(Number);
    const b = maks.split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) < (b[i] || 0);
    }
    return true;
  }

  const SET_DIDUKUNG = {
    excelapi: '1.18',
    sharedruntime: '1.1',
    customfunctionsruntime: '1.4',
    ribbonapi: '1.1',
    dialogapi: '1.2',
  };

  const settings = {
    get(nama) {
      return nama in buku.pengaturan ? JSON.parse(JSON.stringify(buku.pengaturan[nama])) : null;
    },
    set(nama, nilai) {
      buku.pengaturan[nama] = JSON.parse(JSON.stringify(nilai));
    },
    remove(nama) {
      delete buku.pengaturan[nama];
    },
    saveAsync(opsi, callback) {
      const cb = typeof opsi === 'function' ? opsi : callback;
      buku.pengaturanTersimpan = JSON.parse(JSON.stringify(buku.pengaturan));
      setTimeout(() => {
        if (cb) cb({ status: 'succeeded', value: undefined, error: undefined, asyncContext: opsi && opsi.asyncContext });
      }, 0);
    },
  };

  let siap = null;
  const Office = {
    HostType: {
      Word: 'Word',
      Excel: 'Excel',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
      Project: 'Project',
      Access: 'Access',
    },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      displayLanguage: benih.bahasa || 'id-ID',
      contentLanguage: benih.bahasa || 'id-ID',
      document: { settings, url: 'https://contoso.invalid/Buku1.xlsx', mode: 'ReadWrite' },
      requirements: {
        isSetSupported(nama, versi) {
          const maks = SET_DIDUKUNG[String(nama).toLowerCase()];
          return maks !== undefined && versiTidakLebih(versi, maks);
        },
      },
    },
    onReady(callback) {
      if (!siap) {
        siap = new Promise((selesai) => {
          const lanjut = () => setTimeout(() => selesai({ host: 'Excel', platform: 'OfficeOnline' }), 0);
          if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', lanjut, { once: true });
          else lanjut();
        });
      }
      return callback ? siap.then((info) => (callback(info), info)) : siap;
    },
    actions: {
      associate(id, fungsi) {
        buku.aksi[id] = fungsi;
      },
    },
    addin: {
      showAsTaskpane() {
        buku.tampilPanel++;
        return Promise.resolve();
      },
      hide() {
        return Promise.resolve();
      },
    },
  };

  class GalatFungsi extends Error {
    constructor(code, message) {
      super(message || code);
      this.code = code;
      if (message !== undefined) this.message = message;
    }
  }

  const CustomFunctions = {
    associate(id, fungsi) {
      if (typeof fungsi !== 'function') throw new Error(`CustomFunctions.associate(${id}): not a function`);
      buku.fungsi[String(id).toUpperCase()] = fungsi;
    },
    Error: GalatFungsi,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };

  const Excel = { run };

  const OfficeExtension = {
    Error: GalatOffice,
    ErrorCodes: { propertyNotLoaded: 'PropertyNotLoaded', itemNotFound: 'ItemNotFound' },
  };

  // ---------------------------------------------------------------- what the test reads

  function dumpLembar(l) {
    const k = usedBox(l, false);
    const nilai = [];
    const rumus = {};
    const format = {};
    if (k) {
      for (let r = 0; r <= k.r1; r++) {
        const baris = [];
        for (let c = 0; c <= k.c1; c++) {
          const s = ambilSel(l, r, c) || {};
          baris.push(s.v === undefined ? null : s.v);
          const alamat = `${hurufKolom(c)}${r + 1}`;
          if (s.f !== undefined) rumus[alamat] = s.f;
          if (s.nf !== undefined) format[alamat] = s.nf;
        }
        nilai.push(baris);
      }
    }
    return {
      nama: l.nama,
      id: l.id,
      nilai,
      rumus,
      formatAngka: format,
      gaya: l.format.map((f) => ({ alamat: alamatKotak(f.kotak), jalur: f.jalur, nilai: f.nilai })),
      gabungan: l.gabungan.map((g) => alamatKotak(g)),
      lebarKolom: Object.fromEntries([...l.lebarKolom].map(([c, w]) => [hurufKolom(c), w])),
      bekuBaris: l.bekuBaris,
      terproteksi: l.terproteksi,
      opsiProteksi: l.opsiProteksi,
      tidakTerkunci: l.tidakTerkunci.map((u) => alamatKotak(u)),
      catatan: Object.fromEntries(l.catatan),
    };
  }

  window.__lkipHost = {
    dump() {
      return {
        lembar: buku.lembar.map(dumpLembar),
        nama: buku.nama.map((n) => ({
          nama: n.nama,
          jenis: n.jenis,
          rujukan: nilaiNama(n),
          terlihat: n.terlihat,
          komentar: n.komentar || null,
        })),
        aktif: buku.aktif,
        pilihan: buku.pilihan,
        pengaturan: JSON.parse(JSON.stringify(buku.pengaturan)),
        permintaan: buku.permintaan.map((p) => ({ ...p })),
        log: buku.log.map((x) => ({ ...x })),
        aksi: Object.keys(buku.aksi),
        fungsi: Object.keys(buku.fungsi),
        tampilPanel: buku.tampilPanel,
        batchBerjalan: kontekBerjalan,
        sisaAntrean: buku.sisaAntrean,
      };
    },
    /** Run a ribbon command as Excel does; resolves when the command called event.completed(). */
    jalankanAksi(id) {
      const fungsi = buku.aksi[id];
      if (!fungsi) return Promise.reject(new Error(`no action ${id}`));
      return new Promise((selesai) => {
        fungsi({ completed: () => selesai(true), source: { id } });
      });
    },
    /** Call a registered custom function as Excel would (optional arguments as null). */
    panggilFungsi(id, ...argumen) {
      const fungsi = buku.fungsi[String(id).toUpperCase()];
      if (!fungsi) throw new Error(`no custom function ${id}`);
      const hasil = fungsi(...argumen);
      const nilai = hasil instanceof GalatFungsi ? { galat: hasil.code, pesan: hasil.message } : hasil;
      return nilai;
    },
  };

  window.Office = Office;
  window.Excel = Excel;
  window.OfficeExtension = OfficeExtension;
  window.CustomFunctions = CustomFunctions;
})();
