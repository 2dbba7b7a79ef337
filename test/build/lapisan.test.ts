/**
 * The layering is enforced by lint, not only claimed: eslint.config.mjs rejects an import that points outward.
 * Each case is linted as if it were a file at that path (ESLint's lintText with a filePath), in one child
 * process running the project's own ESLint and config (the config is an ES module, which jest's CommonJS
 * runtime cannot import).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const akar = path.join(__dirname, '..', '..');

interface Kasus {
  readonly berkas: string;
  readonly kode: string;
}

/** Rule ids ESLint reports for each case (empty = accepted). */
function lint(kasus: readonly Kasus[]): string[][] {
  const skrip = `
    import { ESLint } from 'eslint';
    const kasus = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const hasil = [];
    for (const k of kasus) {
      const [r] = await eslint.lintText(k.kode, { filePath: k.berkas });
      hasil.push(r.messages.filter((m) => m.ruleId !== 'prettier/prettier').map((m) => m.ruleId ?? m.message));
    }
    console.log(JSON.stringify(hasil));`;
  const keluaran = execFileSync(process.execPath, ['--input-type=module', '-e', skrip, JSON.stringify(kasus)], {
    cwd: akar,
    encoding: 'utf8',
  });
  return JSON.parse(keluaran) as string[][];
}

const IMPOR = 'no-restricted-imports';
const GLOBAL = 'no-restricted-globals';

const KASUS: readonly (Kasus & { readonly harap: readonly string[] })[] = [
  { berkas: 'src/core/x.ts', kode: "import { a } from './angka';\nexport const b = a;\n", harap: [] },
  { berkas: 'src/core/x.ts', kode: "import Decimal from 'decimal.js';\nexport const b = Decimal;\n", harap: [] },
  { berkas: 'src/core/x.ts', kode: "import { a } from '../report';\nexport const b = a;\n", harap: [IMPOR] },
  { berkas: 'src/core/x.ts', kode: "import { a } from '../report/hasil';\nexport const b = a;\n", harap: [IMPOR] },
  { berkas: 'src/core/x.ts', kode: "import * as fs from 'fs';\nexport const b = fs;\n", harap: [IMPOR] },
  { berkas: 'src/core/x.ts', kode: "import * as fs from 'node:fs';\nexport const b = fs;\n", harap: [IMPOR] },
  { berkas: 'src/core/x.ts', kode: 'export const b = () => Office.context;\n', harap: [GLOBAL] },
  { berkas: 'src/core/x.ts', kode: "import React from 'react';\nexport const b = React;\n", harap: [IMPOR] },
  { berkas: 'src/report/x.ts', kode: "import { a } from '../core';\nexport const b = a;\n", harap: [] },
  { berkas: 'src/report/x.ts', kode: "import ExcelJS from 'exceljs';\nexport const b = ExcelJS;\n", harap: [IMPOR] },
  { berkas: 'src/report/x.ts', kode: "import { a } from '../excel/portExcel';\nexport const b = a;\n", harap: [IMPOR] },
  { berkas: 'src/report/x.ts', kode: "import * as path from 'node:path';\nexport const b = path;\n", harap: [IMPOR] },
  { berkas: 'src/report/x.ts', kode: 'export const b = () => Excel.run;\n', harap: [GLOBAL] },
  {
    berkas: 'src/report/x.ts',
    kode: "import { Button } from '@fluentui/react-components';\nexport const b = Button;\n",
    harap: [IMPOR],
  },
  { berkas: 'src/functions/x.ts', kode: "import { a } from '../core';\nexport const b = a;\n", harap: [] },
  { berkas: 'src/functions/x.ts', kode: "import { a } from '../taskpane/layanan';\nexport const b = a;\n", harap: [IMPOR] },
  { berkas: 'src/functions/x.ts', kode: "import { a } from '../excel';\nexport const b = a;\n", harap: [IMPOR] },
  { berkas: 'src/cli/x.ts', kode: "import * as fs from 'node:fs';\nexport const b = fs;\n", harap: [] },
  { berkas: 'src/cli/x.ts', kode: "import { a } from '../excel/portExcel';\nexport const b = a;\n", harap: [IMPOR] },
  { berkas: 'src/cli/x.ts', kode: "import { a } from '../taskpane/teks';\nexport const b = a;\n", harap: [IMPOR] },
];

test('lint rejects every outward import and accepts the inward ones', () => {
  const hasil = lint(KASUS);
  const tampil = (k: Kasus, r: readonly string[]) => `${k.berkas}: ${k.kode.split('\n')[0]} → [${r.join(', ')}]`;
  expect(KASUS.map((k, i) => tampil(k, hasil[i] ?? ['?']))).toEqual(KASUS.map((k) => tampil(k, k.harap)));
});
