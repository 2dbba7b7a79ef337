/**
 * The dependency tree installs on a fresh machine with `npm ci` alone (issue 12): no package in
 * package-lock.json may run an install script, except the few whose scripts fetch nothing and compile nothing.
 * A failure names the offender and the chain of dependencies that brought it in, so the fix is obvious.
 */
import * as fs from 'fs';
import * as path from 'path';

interface PaketKunci {
  version?: string;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const akar = path.join(__dirname, '..', '..');
const kunci = JSON.parse(fs.readFileSync(path.join(akar, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, PaketKunci>;
};
const paket = kunci.packages;

/**
 * Install scripts we accept, and why each is harmless: the binary arrives as an ordinary npm package.
 * - esbuild: `install.js` only checks the platform package (@esbuild/linux-x64 …) it already has.
 * - @parcel/watcher: builds from source only when `npm_config_build_from_source=true`; the prebuilt
 *   binary is the optional package @parcel/watcher-<platform>.
 * - core-js-pure: its postinstall prints a banner.
 */
const SKRIP_DIIZINKAN = new Set(['esbuild', '@parcel/watcher', 'core-js-pure']);

/** The package name of a lockfile key: `node_modules/a/node_modules/@s/b` → `@s/b`. */
function namaPaket(kunciPaket: string): string {
  const i = kunciPaket.lastIndexOf('node_modules/');
  return kunciPaket.slice(i + 'node_modules/'.length);
}

/** Node's resolution over the lockfile: `nama` as required from the package at `dari`. */
function temukan(dari: string, nama: string): string | undefined {
  let dasar = dari;
  for (;;) {
    const calon = dasar === '' ? `node_modules/${nama}` : `${dasar}/node_modules/${nama}`;
    if (paket[calon]) return calon;
    if (dasar === '') return undefined;
    const i = dasar.lastIndexOf('/node_modules/');
    dasar = i < 0 ? '' : dasar.slice(0, i);
  }
}

/** The shortest chain from the project to each installed package (breadth-first over the lockfile). */
function rantaiDariAkar(): Map<string, string[]> {
  const rantai = new Map<string, string[]>([['', []]]);
  const antrean = [''];
  while (antrean.length > 0) {
    const kini = antrean.shift() as string;
    const p = paket[kini] as PaketKunci;
    const nama = {
      ...p.dependencies,
      ...p.optionalDependencies,
      ...p.peerDependencies,
      ...(kini === '' ? p.devDependencies : {}),
    };
    for (const n of Object.keys(nama)) {
      const tujuan = temukan(kini, n);
      if (tujuan === undefined || rantai.has(tujuan)) continue;
      rantai.set(tujuan, [...(rantai.get(kini) as string[]), `${n}@${paket[tujuan]?.version}`]);
      antrean.push(tujuan);
    }
  }
  return rantai;
}

test('no package in the lockfile runs an install script, but the allow-listed ones (offender and chain named)', () => {
  const rantai = rantaiDariAkar();
  const pelanggar = Object.keys(paket)
    .filter((k) => k !== '' && paket[k]?.hasInstallScript && !SKRIP_DIIZINKAN.has(namaPaket(k)))
    .map((k) => `${namaPaket(k)}: ${(rantai.get(k) ?? [k]).join(' → ')}`);
  expect(pelanggar).toEqual([]);
});

test('the allow-listed install scripts are still there (the list stays honest, not a blanket pass)', () => {
  const berskrip = new Set(
    Object.keys(paket)
      .filter((k) => paket[k]?.hasInstallScript)
      .map(namaPaket),
  );
  expect([...SKRIP_DIIZINKAN].filter((n) => !berskrip.has(n))).toEqual([]);
});

test('the Microsoft 365 toolkit chain that compiles keytar is not in the lockfile', () => {
  const nama = new Set(Object.keys(paket).map(namaPaket));
  for (const n of ['keytar', '@azure/msal-node-extensions', '@microsoft/m365agentstoolkit-cli']) {
    expect([n, nama.has(n)]).toEqual([n, false]);
  }
});

test('the chain finder names how a package came in (checked on a known dependency)', () => {
  // office-addin-debugging is ours; office-addin-dev-settings comes in through it.
  const r = rantaiDariAkar().get(temukan('node_modules/office-addin-debugging', 'office-addin-dev-settings') as string);
  expect(r?.map((s) => s.replace(/@[^@]+$/, ''))).toEqual(['office-addin-debugging', 'office-addin-dev-settings']);
});

test('.npmrc turns off automatic peer installs (the root of the toolkit chain) and pins no registry', () => {
  const npmrc = fs.readFileSync(path.join(akar, '.npmrc'), 'utf8');
  expect(npmrc).toMatch(/^legacy-peer-deps=true$/m);
  expect(npmrc).not.toMatch(/registry/);
});

test('node_modules after install stays within the 1000 MB budget', () => {
  const mb = ukuranFolder(path.join(akar, 'node_modules')) / (1024 * 1024);
  expect(mb).toBeGreaterThan(10);
  expect(mb).toBeLessThanOrEqual(1000);
});

/** Bytes on disk of a folder, as `du` counts them (allocated blocks), symlinks not followed. */
function ukuranFolder(folder: string): number {
  let jumlah = 0;
  const tumpukan = [folder];
  while (tumpukan.length > 0) {
    const f = tumpukan.pop() as string;
    for (const e of fs.readdirSync(f, { withFileTypes: true })) {
      const p = path.join(f, e.name);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) tumpukan.push(p);
      else jumlah += fs.lstatSync(p).blocks * 512;
    }
  }
  return jumlah;
}
