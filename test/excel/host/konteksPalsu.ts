/**
 * The request context of the fake Excel host and the base of its proxies, with Excel's batching rules:
 *
 * - Every call on a proxy only queues an action; context.sync() sends the queue as one request and runs it
 *   in order, then delivers the loaded values. An error (ItemNotFound, InvalidArgument, a protected sheet …)
 *   rejects that sync, as in Excel, and the actions before the failing one stay applied.
 * - A proxy is bound to its target when the action that made it runs; reading a property that was not
 *   loaded and synced throws PropertyNotLoaded (isNullObject too, before the first sync). Proxies are
 *   sealed, so setting a property Office.js does not have throws instead of vanishing.
 * - A request larger than the host's request budget, or a response larger than its response budget, is
 *   refused (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), as Excel on the web does
 *   above 5 MB.
 * - Every sync is one entry of HostExcel.permintaan: actions, bytes sent (JSON of each action's arguments +
 *   100), bytes received (JSON of the loaded values), cells written and read, and the error code if it failed.
 */
import { GalatPalsu } from './bukuPalsu';
import type { HostExcel } from './hostExcel';

/** Bytes of one action in a request besides its arguments (object path, ids). */
export const BIAYA_AKSI_PALSU = 100;

/** One context.sync(): what it sent and received. */
export interface Permintaan {
  aksi: number;
  bitaKirim: number;
  bitaTerima: number;
  selTulis: number;
  selBaca: number;
  /** The error code when the sync failed, else null. */
  gagal: string | null;
}

/** A queued action; it may return a function run once the whole request succeeded (delivering loaded values). */
interface Aksi {
  readonly jalankan: () => (() => void) | void;
  /** Only binds a proxy (getItem, getRange …): no read or write of its own. */
  readonly ikat: boolean;
}

/** What a queued action costs and carries: its arguments, the cells it writes. */
interface Catatan {
  readonly argumen?: unknown;
  readonly selTulis?: number;
  readonly ikat?: boolean;
}

/** The property-not-loaded error, worded as Office.js words it. */
export function belumDimuat(prop: string): GalatPalsu {
  return new GalatPalsu(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the ` +
      'containing object and call "context.sync()" on the associated request context.',
  );
}

/** Bytes of a loaded value in the response; collections of proxies count only their brackets. */
function ukuranJson(nilai: unknown): number {
  if (Array.isArray(nilai) && nilai.some((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) return 2;
  return JSON.stringify(nilai ?? null).length;
}

export class KonteksPalsu {
  private antrean: Aksi[] = [];
  private bitaKirim = 0;
  private selTulis = 0;
  /** Loaded values of the running request: bytes and cells, to check the response budget. */
  private terima = { bita: 0, sel: 0 };

  constructor(readonly host: HostExcel) {}

  /** Queue an action (see Aksi). */
  antre(jalankan: Aksi['jalankan'], catatan: Catatan = {}): void {
    this.antrean.push({ jalankan, ikat: catatan.ikat === true });
    this.bitaKirim += BIAYA_AKSI_PALSU + (catatan.argumen === undefined ? 0 : JSON.stringify(catatan.argumen).length);
    this.selTulis += catatan.selTulis ?? 0;
  }

  /** Called by a load action at sync time: the bytes (and cells, for values) it puts in the response. */
  terimaMuatan(prop: string, nilai: unknown, bita: number = ukuranJson(nilai)): void {
    this.terima.bita += bita;
    if (prop === 'values' && Array.isArray(nilai)) this.terima.sel += (nilai as unknown[][]).reduce((n, b) => n + b.length, 0);
  }

  /** Actions queued that read or write something (not mere bindings). */
  sisaAntrean(): number {
    return this.antrean.filter((a) => !a.ikat).length;
  }

  async sync(): Promise<void> {
    const antrean = this.antrean;
    const catatan: Permintaan = {
      aksi: antrean.length,
      bitaKirim: this.bitaKirim,
      bitaTerima: 0,
      selTulis: this.selTulis,
      selBaca: 0,
      gagal: null,
    };
    this.antrean = [];
    this.bitaKirim = 0;
    this.selTulis = 0;
    this.terima = { bita: 0, sel: 0 };
    await new Promise((selesai) => setTimeout(selesai, 0)); // a round trip: never settled within the caller's microtask
    this.host.permintaan.push(catatan);
    try {
      if (catatan.bitaKirim > this.host.kuota.permintaan) {
        throw new GalatPalsu(
          'RequestPayloadSizeLimitExceeded',
          `The request payload (${catatan.bitaKirim} bytes) exceeds the limit.`,
        );
      }
      const sesudah: (() => void)[] = [];
      for (const aksi of antrean) {
        const s = aksi.jalankan();
        if (typeof s === 'function') sesudah.push(s);
      }
      if (this.terima.bita > this.host.kuota.respons) {
        throw new GalatPalsu('ResponsePayloadSizeLimitExceeded', `The response (${this.terima.bita} bytes) exceeds the limit.`);
      }
      for (const s of sesudah) s();
      catatan.bitaTerima = this.terima.bita;
      catatan.selBaca = this.terima.sel;
    } catch (e) {
      catatan.gagal = e instanceof GalatPalsu ? e.code : String(e);
      throw e;
    }
  }
}

/**
 * Base of every proxy. `T` is its target in the workbook (a sheet, a range on a sheet, a name …), bound when
 * the action that created the proxy runs; null for a null object (…OrNullObject that found nothing). All of
 * a proxy's state lives here: subclasses add getters, setters and methods only, so the proxy can be sealed.
 */
export abstract class ObjekPalsu<T> {
  protected readonly ctx: KonteksPalsu;
  protected ref: T | null | undefined = undefined;
  protected readonly dimuat: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  protected siap = false;
  private readonly anak: Record<string, ObjekPalsu<unknown>> = Object.create(null) as Record<string, ObjekPalsu<unknown>>;

  /** `penentu` finds the target at sync time (null: a null object; it may throw, failing the sync). */
  constructor(ctx: KonteksPalsu, penentu: (() => T | null) | { readonly terikat: T }, argumen?: unknown) {
    this.ctx = ctx;
    if (typeof penentu === 'function') {
      ctx.antre(
        () => {
          this.ref = penentu();
          return () => {
            this.siap = true;
          };
        },
        { argumen, ikat: true },
      );
    } else {
      // Delivered already bound by a load (the items of a collection).
      this.ref = penentu.terikat;
      this.siap = true;
    }
    Object.seal(this);
  }

  get context(): KonteksPalsu {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (!this.siap) throw belumDimuat('isNullObject');
    return this.ref === null;
  }

  /** The scalar properties load() may ask for. */
  protected abstract get dapatDimuat(): readonly string[];

  /** A loaded property's value, read from the target at sync time. */
  protected abstract potret(target: T, prop: string): unknown;

  /** load('a,b'), load(['a','b']), load('nav/prop'), load({ select: 'a,b' }); load() loads every scalar. */
  load(arg?: string | string[] | { select?: string }): this {
    const langsung: string[] = [];
    for (const jalur of daftarMuatan(arg, this.dapatDimuat)) {
      const garis = jalur.indexOf('/');
      if (garis >= 0) {
        const nav = (this as unknown as Record<string, unknown>)[jalur.slice(0, garis)];
        if (!(nav instanceof ObjekPalsu)) throw new Error(`host: ${this.constructor.name} has no navigation property ${jalur}`);
        nav.load(jalur.slice(garis + 1));
      } else if (!this.dapatDimuat.includes(jalur)) {
        throw new Error(`host: ${this.constructor.name}.${jalur} is not modelled`);
      } else {
        langsung.push(jalur);
      }
    }
    if (langsung.length > 0) this.antreMuat(langsung);
    return this;
  }

  /** Queue the read of these scalars: snapshot at sync time, delivered when the request succeeded. */
  protected antreMuat(prop: readonly string[]): void {
    this.ctx.antre(
      () => {
        if (this.ref === null) return undefined;
        const potret: Record<string, unknown> = {};
        for (const p of prop) {
          potret[p] = salin(this.potret(this.sasaran(), p));
          this.ctx.terimaMuatan(p, potret[p]);
        }
        return () => Object.assign(this.dimuat, potret);
      },
      { argumen: prop },
    );
  }

  /** The target at sync time; a method or property set on a null object fails there. */
  protected sasaran(): T {
    if (this.ref === null || this.ref === undefined)
      throw new GalatPalsu('InvalidObjectPath', `${this.constructor.name}: the object does not exist (null object).`);
    return this.ref;
  }

  protected baca<N>(prop: string): N {
    if (!(prop in this.dimuat)) throw belumDimuat(prop);
    return this.dimuat[prop] as N;
  }

  /** Queue an action on the target: a method call, or a property set (with its value as the argument). */
  protected ubah(aksi: (target: T) => void, argumen?: unknown, selTulis = 0): void {
    this.ctx.antre(() => aksi(this.sasaran()), { argumen, selTulis });
  }

  /** A navigation property (range.worksheet, range.format …): one proxy per parent, bound from it. */
  protected nav<A, K extends ObjekPalsu<A>>(
    nama: string,
    Kelas: new (ctx: KonteksPalsu, penentu: () => A | null) => K,
    penentu: (target: T) => A,
  ): K {
    this.anak[nama] ??= new Kelas(this.ctx, () => (this.ref === null ? null : penentu(this.sasaran()))) as ObjekPalsu<unknown>;
    return this.anak[nama] as K;
  }

  toJSON(): Record<string, unknown> {
    return { ...this.dimuat };
  }
}

function daftarMuatan(arg: string | string[] | { select?: string } | undefined, semua: readonly string[]): string[] {
  const daftar =
    arg === undefined
      ? [...semua]
      : Array.isArray(arg)
        ? arg
        : typeof arg === 'object'
          ? String(arg.select ?? '').split(',')
          : arg.split(',');
  return daftar.map((x) => x.trim()).filter((x) => x !== '');
}

function salin(x: unknown): unknown {
  return Array.isArray(x) ? x.map(salin) : x;
}
