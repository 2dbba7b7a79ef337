/**
 * manifest.xml checked offline (office-addin-manifest validate needs the network): well-formed, elements in
 * the order of Microsoft's add-in only manifest schema, every resid defined in the right resource list, one
 * shared runtime for the task pane, the ribbon and the custom functions, URLs that match what webpack emits,
 * icons that exist with the size their name promises, and only the ReadWriteDocument permission.
 */
import fs from 'fs';
import path from 'path';
import { anak, bacaXml, GalatXml, jalur, satuAnak, semuaElemen, type ElemenXml } from './xml';

const AKAR = path.resolve(__dirname, '../..');
const sumber = fs.readFileSync(path.join(AKAR, 'manifest.xml'), 'utf8');
const URL_DEV = 'https://localhost:3000/';

interface KonfigurasiWebpack {
  entry: Record<string, string | { import: string; dependOn?: string }>;
  output: { filename: string };
  plugins: {
    constructor: { name: string };
    userOptions?: { filename?: string; chunks?: string[] };
    options?: { output?: string };
  }[];
}
type FungsiKonfigurasi = ((
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => KonfigurasiWebpack | Promise<KonfigurasiWebpack>) & {
  urlDev: string;
  urlProd: string;
};

const webpackConfig = require('../../webpack.config.js') as FungsiKonfigurasi;

const nama = (e: ElemenXml) => e.nama;

/** Asserts that the names appear in `urutan`'s order (each at most once), and that `wajib` are all there. */
function harapUrutan(elemen: ElemenXml, urutan: readonly string[], wajib: readonly string[] = urutan): void {
  const ditemukan = elemen.anak.map(nama);
  for (const n of ditemukan) expect(urutan).toContain(n);
  const indeks = ditemukan.map((n) => urutan.indexOf(n));
  expect(indeks).toEqual([...indeks].sort((a, b) => a - b));
  expect(new Set(ditemukan).size).toBe(ditemukan.length);
  for (const w of wajib) expect(ditemukan).toContain(w);
}

describe('the XML reader used here', () => {
  test.each([
    ['<a><b></a>', /tidak cocok/],
    ['<a>', /tidak ditutup/],
    ['<a/><b/>', /akar kedua/],
    ['<a x="1" x="2"/>', /dua kali/],
    ['<a x=1/>', /atribut tidak sah/],
    ['<a>Tom & Jerry</a>', /"&"/],
    ['<a><!-- a -- b --></a>', /komentar/],
    ['teks<a/>', /di luar elemen akar/],
    ['<1a/>', /nama elemen tidak sah/],
  ])('refuses %s', (xml, pesan) => {
    expect(() => bacaXml(xml)).toThrow(GalatXml);
    expect(() => bacaXml(xml)).toThrow(pesan);
  });

  test('reads names, attributes, entities and text', () => {
    const e = bacaXml('<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a p:q=\'1 &amp; 2\'><b>x &lt; y</b><c/></a>');
    expect(e.nama).toBe('a');
    expect(e.atribut['p:q']).toBe('1 & 2');
    expect(e.anak.map((x) => [x.nama, x.teks])).toEqual([
      ['b', 'x < y'],
      ['c', ''],
    ]);
  });
});

describe('manifest.xml', () => {
  const akar = bacaXml(sumber);
  const semua = semuaElemen(akar);
  const vo = satuAnak(akar, 'VersionOverrides');
  const host = jalur(vo, 'Hosts', 'Host');
  const sumberDaya = satuAnak(vo, 'Resources');
  const daftar = (bagian: string, elemen: string) =>
    new Map(anak(satuAnak(sumberDaya, bagian), elemen).map((e) => [e.atribut.id!, e.atribut.DefaultValue!]));
  const gambar = daftar('bt:Images', 'bt:Image');
  const url = daftar('bt:Urls', 'bt:Url');
  const teksPendek = daftar('bt:ShortStrings', 'bt:String');
  const teksPanjang = daftar('bt:LongStrings', 'bt:String');
  const fungsiKustom = jalur(host, 'AllFormFactors', 'ExtensionPoint');
  const desktop = satuAnak(host, 'DesktopFormFactor');
  const grup = jalur(desktop, 'ExtensionPoint', 'OfficeTab', 'Group');
  const tombol = anak(grup, 'Control');

  test('is an add-in only manifest for a task pane add-in (schema 1.1)', () => {
    expect(akar.nama).toBe('OfficeApp');
    expect(akar.atribut.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(akar.atribut['xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
    expect(akar.atribut['xmlns:bt']).toBe('http://schemas.microsoft.com/office/officeappbasictypes/1.0');
    expect(akar.atribut['xsi:type']).toBe('TaskPaneApp');
    expect(vo.atribut.xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expect(vo.atribut['xsi:type']).toBe('VersionOverridesV1_0');
  });

  test('top-level elements in schema order', () => {
    harapUrutan(
      akar,
      [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'Dictionary',
        'VersionOverrides',
      ],
      [
        'Id',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'VersionOverrides',
      ],
    );
    expect(satuAnak(akar, 'Id').teks).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(satuAnak(akar, 'Version').teks).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(satuAnak(akar, 'DisplayName').atribut.DefaultValue).toBe('LKIP Kinerja');
    expect(satuAnak(akar, 'Description').atribut.DefaultValue!.length).toBeLessThanOrEqual(250);
  });

  test('Excel workbooks only, with the shared runtime and custom functions requirement sets', () => {
    expect(anak(satuAnak(akar, 'Hosts'), 'Host').map((h) => h.atribut.Name)).toEqual(['Workbook']);
    const set = new Map(anak(jalur(akar, 'Requirements', 'Sets'), 'Set').map((s) => [s.atribut.Name, s.atribut.MinVersion]));
    expect(set.get('SharedRuntime')).toBe('1.1');
    // CustomFunctions.Error, which every error result uses, is in CustomFunctionsRuntime 1.2.
    expect(set.get('CustomFunctionsRuntime')).toBe('1.2');
  });

  test('asks only for ReadWriteDocument', () => {
    expect(anak(akar, 'Permissions').map((p) => p.teks)).toEqual(['ReadWriteDocument']);
  });

  test('VersionOverrides, Host, CustomFunctions and controls keep the schema order', () => {
    harapUrutan(vo, ['Description', 'Requirements', 'Hosts', 'Resources'], ['Hosts', 'Resources']);
    expect(host.atribut['xsi:type']).toBe('Workbook');
    harapUrutan(
      host,
      ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'],
      ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
    );
    expect(fungsiKustom.atribut['xsi:type']).toBe('CustomFunctions');
    expect(fungsiKustom.anak.map(nama)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    harapUrutan(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['FunctionFile', 'ExtensionPoint']);
    harapUrutan(sumberDaya, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    expect(grup.anak.map(nama)).toEqual(['Label', 'Icon', 'Control', 'Control']);
    for (const t of tombol) expect(t.anak.map(nama)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
  });

  test('one long-lived runtime: Runtime resid = CustomFunctions Page = FunctionFile = task pane', () => {
    const runtime = jalur(host, 'Runtimes', 'Runtime');
    expect(runtime.atribut.lifetime).toBe('long');
    const resid = runtime.atribut.resid;
    expect(jalur(fungsiKustom, 'Page', 'SourceLocation').atribut.resid).toBe(resid);
    expect(satuAnak(desktop, 'FunctionFile').atribut.resid).toBe(resid);
    const panel = tombol.find((t) => satuAnak(t, 'Action').atribut['xsi:type'] === 'ShowTaskpane')!;
    expect(jalur(panel, 'Action', 'SourceLocation').atribut.resid).toBe(resid);
    expect(url.get(resid!)).toBe(satuAnak(satuAnak(akar, 'DefaultSettings'), 'SourceLocation').atribut.DefaultValue);
  });

  test('namespace LKIP', () => {
    expect(teksPendek.get(satuAnak(fungsiKustom, 'Namespace').atribut.resid!)).toBe('LKIP');
  });

  test('the Home tab group: "Panel LKIP" opens the pane, "Hitung Ulang Laporan" runs hitungUlangLaporan', () => {
    expect(jalur(desktop, 'ExtensionPoint').atribut['xsi:type']).toBe('PrimaryCommandSurface');
    expect(jalur(desktop, 'ExtensionPoint', 'OfficeTab').atribut.id).toBe('TabHome');
    const label = (t: ElemenXml) => teksPendek.get(satuAnak(t, 'Label').atribut.resid!);
    expect(tombol.map((t) => [t.atribut['xsi:type'], label(t), satuAnak(t, 'Action').atribut['xsi:type']])).toEqual([
      ['Button', 'Panel LKIP', 'ShowTaskpane'],
      ['Button', 'Hitung Ulang Laporan', 'ExecuteFunction'],
    ]);
    expect(jalur(tombol[1]!, 'Action', 'FunctionName').teks).toBe('hitungUlangLaporan');
    expect(jalur(tombol[0]!, 'Action', 'TaskpaneId').teks).not.toBe('');
    const ids = semua.filter((e) => e.nama === 'Control' || e.nama === 'Group').map((e) => e.atribut.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every resid is defined in the list its element needs, and every resource is used', () => {
    const dipakai = new Set<string>();
    for (const e of semua) {
      const resid = e.atribut.resid;
      if (resid === undefined) continue;
      dipakai.add(resid);
      expect(resid.length).toBeLessThanOrEqual(32);
      if (e.nama === 'bt:Image') expect(gambar.has(resid)).toBe(true);
      else if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(e.nama)) expect(url.has(resid)).toBe(true);
      else if (['Label', 'Title', 'Namespace'].includes(e.nama)) expect(teksPendek.has(resid)).toBe(true);
      else if (e.nama === 'Description') expect(teksPanjang.has(resid)).toBe(true);
      else throw new Error(`resid pada <${e.nama}> (baris ${e.baris}) tidak diperiksa`);
    }
    const didefinisikan = [...gambar.keys(), ...url.keys(), ...teksPendek.keys(), ...teksPanjang.keys()];
    expect(new Set(didefinisikan).size).toBe(didefinisikan.length);
    expect(didefinisikan.filter((id) => !dipakai.has(id))).toEqual([]);
    for (const t of teksPendek.values()) expect(t.length).toBeLessThanOrEqual(125);
    for (const t of teksPanjang.values()) expect(t.length).toBeLessThanOrEqual(250);
  });

  test('every URL is https on the development server (the production build rewrites them)', () => {
    const semuaUrl = semua.flatMap((e) => Object.values(e.atribut).filter((v) => /^https?:/.test(v)));
    const bukanNamespace = semuaUrl.filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org/'));
    expect(bukanNamespace.length).toBeGreaterThan(0);
    for (const u of bukanNamespace) expect(u.startsWith(URL_DEV)).toBe(true);
    expect(webpackConfig.urlDev).toBe(URL_DEV);
  });

  test('the functions, metadata and task pane URLs are the files webpack emits', async () => {
    const konfigurasi = await webpackConfig({ WEBPACK_BUILD: true }, { mode: 'production' });
    const berkas = (resid: string) => url.get(resid)!.slice(URL_DEV.length);
    const keluaran = (entri: string) => konfigurasi.output.filename.replace('[name]', entri);
    const plugin = (namaKelas: string) => konfigurasi.plugins.find((p) => p.constructor.name === namaKelas)!;

    expect(konfigurasi.entry).toEqual({
      functions: './src/functions/functions.ts',
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
    });
    expect(berkas(jalur(fungsiKustom, 'Script', 'SourceLocation').atribut.resid!)).toBe(keluaran('functions'));
    expect(berkas(jalur(fungsiKustom, 'Metadata', 'SourceLocation').atribut.resid!)).toBe(
      plugin('CustomFunctionsMetadataPlugin').options!.output,
    );
    const html = plugin('HtmlWebpackPlugin').userOptions!;
    expect(berkas(jalur(fungsiKustom, 'Page', 'SourceLocation').atribut.resid!)).toBe(html.filename);
    // The one page of the shared runtime loads both bundles.
    expect(html.chunks).toEqual(['functions', 'taskpane']);
    expect(['functions.js', 'functions.json', 'taskpane.html'].sort()).toEqual(
      [keluaran('functions'), plugin('CustomFunctionsMetadataPlugin').options!.output!, html.filename!].sort(),
    );
  });

  test('icons exist in assets/ as PNGs of the size the manifest says', () => {
    const ukuranPng = (berkas: string) => {
      const data = fs.readFileSync(berkas);
      expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
      return [data.readUInt32BE(16), data.readUInt32BE(20)];
    };
    const berkasAset = (u: string) => {
      expect(u.startsWith(`${URL_DEV}assets/`)).toBe(true);
      return path.join(AKAR, u.slice(URL_DEV.length));
    };
    for (const e of semua.filter((x) => x.nama === 'bt:Image' && x.atribut.size)) {
      const n = Number(e.atribut.size);
      expect([16, 32, 80]).toContain(n);
      expect(ukuranPng(berkasAset(gambar.get(e.atribut.resid!)!))).toEqual([n, n]);
    }
    expect(ukuranPng(berkasAset(satuAnak(akar, 'IconUrl').atribut.DefaultValue!))).toEqual([32, 32]);
    expect(ukuranPng(berkasAset(satuAnak(akar, 'HighResolutionIconUrl').atribut.DefaultValue!))).toEqual([64, 64]);
    for (const n of [16, 32, 64, 80]) expect(ukuranPng(path.join(AKAR, 'assets', `icon-${n}.png`))).toEqual([n, n]);
  });
});
