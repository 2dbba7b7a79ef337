/**
 * The fake Excel host: one workbook (BukuPalsu) and Excel.run over it. The jest tests of the Office.js
 * adapter and the browser test (bundled for Chromium by test/browser/bangun.ts) run the same host, so every
 * Office.js call is modelled once. office-addin-mock cannot model collections, null objects or request
 * sizes; test/excel/officeMock.test.ts still cross-checks the paths it can express against Microsoft's mock.
 *
 *   const buku = new BukuPalsu();  buku.tambahLembar('Input', [['Target'], [50]]);
 *   const host = new HostExcel(buku);
 *   const port = new PortExcel(host.jalankan);
 *   … host.permintaan: one entry per context.sync() (actions, bytes, cells, failure)
 */
import type { JalankanExcel } from '../../../src/excel/portExcel';
import type { BukuPalsu } from './bukuPalsu';
import { KonteksPalsu, type Permintaan } from './konteksPalsu';
import { WorkbookPalsu } from './objekPalsu';

/** Excel on the web refuses requests and responses over 5 MB. */
export const KUOTA_PERMINTAAN_WEB = 5 * 1024 * 1024;

export interface KuotaHost {
  /** Largest request, in bytes (RequestPayloadSizeLimitExceeded above it). */
  permintaan: number;
  /** Largest response, in bytes (ResponsePayloadSizeLimitExceeded above it). */
  respons: number;
}

/** The request context a batch receives: the context with its workbook. */
type KonteksBatch = KonteksPalsu & { readonly workbook: WorkbookPalsu };

export class HostExcel {
  /** Every context.sync() of every batch, in order. */
  readonly permintaan: Permintaan[] = [];
  readonly kuota: KuotaHost;
  /** Excel.run batches still running. */
  batchBerjalan = 0;
  /** Reads or writes a batch queued but never synced itself (Excel.run sent them when the batch ended). */
  sisaAntrean = 0;

  constructor(
    readonly buku: BukuPalsu,
    kuota: Partial<KuotaHost> = {},
  ) {
    this.kuota = { permintaan: KUOTA_PERMINTAAN_WEB, respons: KUOTA_PERMINTAAN_WEB, ...kuota };
  }

  /** Excel.run(batch) or Excel.run(object, batch): a new request context per batch. */
  run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    const batch = (typeof a === 'function' ? a : b) as ((context: KonteksBatch) => Promise<T>) | undefined;
    if (typeof batch !== 'function') throw new Error('Excel.run needs a batch function.');
    const ctx = new KonteksPalsu(this);
    const context = Object.assign(ctx, { workbook: new WorkbookPalsu(ctx) });
    this.batchBerjalan++;
    try {
      const hasil = await batch(context);
      // Actions still queued when the batch returns are sent in one final request, as Office.js does.
      const sisa = ctx.sisaAntrean();
      this.sisaAntrean += sisa;
      if (sisa > 0) await ctx.sync();
      return hasil;
    } finally {
      this.batchBerjalan--;
    }
  };

  /** The `jalankan` of PortExcel: every batch through this host's Excel.run. */
  readonly jalankan: JalankanExcel = (batch) =>
    this.run((context: KonteksBatch) => batch(context as unknown as Excel.RequestContext));

  /** Syncs so far (failed ones included). */
  get jumlahSync(): number {
    return this.permintaan.length;
  }
}
