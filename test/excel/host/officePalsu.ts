/**
 * The Office globals around the fake Excel host, for the browser test (the jest tests inject the
 * requirement check and the document settings into PortExcel instead): Office (onReady, context with the
 * display language, document settings, requirement sets; actions.associate, addin), CustomFunctions
 * (associate, Error, ErrorCode: functions.js registers its functions while it loads) and OfficeExtension.
 */
import { GalatPalsu } from './bukuPalsu';
import type { HostExcel } from './hostExcel';

/** Requirement sets the fake host supports, with their highest version. */
const SET_DIDUKUNG: Readonly<Record<string, string>> = {
  excelapi: '1.18',
  sharedruntime: '1.1',
  customfunctionsruntime: '1.4',
  ribbonapi: '1.1',
  dialogapi: '1.2',
};

function versiTidakLebih(versi: string | undefined, maks: string): boolean {
  const a = String(versi ?? '1.1')
    .split('.')
    .map(Number);
  const b = maks.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return true;
}

/** An error value a custom function returns (CustomFunctions.Error). */
export class GalatFungsiPalsu extends Error {
  constructor(
    readonly code: string,
    pesan?: string,
  ) {
    super(pesan || code);
  }
}

const salinJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The globals of one task pane page over one host, and what the add-in registered with them. */
export class OfficePalsu {
  /** Office.context.document.settings, as stored (and as last saved). */
  readonly pengaturan: Record<string, unknown> = {};
  pengaturanTersimpan: Record<string, unknown> = {};
  /** Ribbon commands (Office.actions.associate) and custom functions (CustomFunctions.associate, upper-cased id). */
  readonly aksi: Record<string, (event: { completed(): void; source: { id: string } }) => void> = {};
  readonly fungsi: Record<string, (...argumen: unknown[]) => unknown> = {};
  /** Office.addin.showAsTaskpane() calls. */
  tampilPanel = 0;
  private siap: Promise<{ host: string; platform: string }> | null = null;

  constructor(
    readonly host: HostExcel,
    readonly bahasa = 'id-ID',
  ) {}

  /** The global `Office`. */
  office(): unknown {
    const settings = {
      get: (nama: string) => (nama in this.pengaturan ? salinJson(this.pengaturan[nama]) : null),
      set: (nama: string, nilai: unknown) => {
        this.pengaturan[nama] = salinJson(nilai);
      },
      remove: (nama: string) => {
        delete this.pengaturan[nama];
      },
      saveAsync: (opsi?: unknown, callback?: (hasil: unknown) => void) => {
        const cb = typeof opsi === 'function' ? (opsi as (hasil: unknown) => void) : callback;
        this.pengaturanTersimpan = salinJson(this.pengaturan);
        setTimeout(() => cb?.({ status: 'succeeded', value: undefined, error: undefined }), 0);
      },
    };
    return {
      HostType: {
        Word: 'Word',
        Excel: 'Excel',
        PowerPoint: 'PowerPoint',
        Outlook: 'Outlook',
        OneNote: 'OneNote',
        Project: 'Project',
        Access: 'Access',
      },
      PlatformType: {
        PC: 'PC',
        OfficeOnline: 'OfficeOnline',
        Mac: 'Mac',
        iOS: 'iOS',
        Android: 'Android',
        Universal: 'Universal',
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        host: 'Excel',
        platform: 'OfficeOnline',
        displayLanguage: this.bahasa,
        contentLanguage: this.bahasa,
        document: { settings, url: 'https://contoso.invalid/Buku1.xlsx', mode: 'ReadWrite' },
        requirements: {
          isSetSupported: (nama: string, versi?: string) => {
            const maks = SET_DIDUKUNG[String(nama).toLowerCase()];
            return maks !== undefined && versiTidakLebih(versi, maks);
          },
        },
      },
      onReady: (callback?: (info: { host: string; platform: string }) => void) => {
        this.siap ??= new Promise((selesai) => {
          const lanjut = () => setTimeout(() => selesai({ host: 'Excel', platform: 'OfficeOnline' }), 0);
          if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', lanjut, { once: true });
          else lanjut();
        });
        return callback ? this.siap.then((info) => (callback(info), info)) : this.siap;
      },
      actions: {
        associate: (id: string, fungsi: OfficePalsu['aksi'][string]) => {
          this.aksi[id] = fungsi;
        },
      },
      addin: {
        showAsTaskpane: () => {
          this.tampilPanel++;
          return Promise.resolve();
        },
        hide: () => Promise.resolve(),
      },
    };
  }

  /** The global `CustomFunctions`. */
  customFunctions(): unknown {
    return {
      associate: (id: string, fungsi: unknown) => {
        if (typeof fungsi !== 'function') throw new Error(`CustomFunctions.associate(${id}): not a function`);
        this.fungsi[String(id).toUpperCase()] = fungsi as (...argumen: unknown[]) => unknown;
      },
      Error: GalatFungsiPalsu,
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
  }

  /** The global `Excel`. */
  excel(): unknown {
    return { run: this.host.run };
  }

  /** The global `OfficeExtension`. */
  officeExtension(): unknown {
    return { Error: GalatPalsu, ErrorCodes: { propertyNotLoaded: 'PropertyNotLoaded', itemNotFound: 'ItemNotFound' } };
  }

  /** Run a ribbon command as Excel does; resolves when the command called event.completed(). */
  jalankanAksi(id: string): Promise<boolean> {
    const fungsi = this.aksi[id];
    if (!fungsi) return Promise.reject(new Error(`no action ${id}`));
    return new Promise((selesai) => fungsi({ completed: () => selesai(true), source: { id } }));
  }

  /** Call a registered custom function as Excel would (optional arguments as null); an error value as { galat, pesan }. */
  panggilFungsi(id: string, ...argumen: unknown[]): unknown {
    const fungsi = this.fungsi[String(id).toUpperCase()];
    if (!fungsi) throw new Error(`no custom function ${id}`);
    const hasil = fungsi(...argumen);
    return hasil instanceof GalatFungsiPalsu ? { galat: hasil.code, pesan: hasil.message } : hasil;
  }
}
