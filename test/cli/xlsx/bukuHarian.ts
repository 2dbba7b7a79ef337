/**
 * A daily-price workbook as a province's trade office keeps it, written as an .xlsx package the way Excel
 * writes one (shared strings, a date style on the Tanggal column, one <row> per row), streamed: the sheet
 * XML is generated row by row and deflated as it goes, so a million rows never exist as one string.
 * Deterministic (no random source, fixed dates): the same options give the same bytes.
 *
 * Sheets: Pengaturan (LKIP_Instansi, LKIP_Tahun), Indikator (3 indicators: LKIP_Indikator, _Target,
 * _Realisasi), and one or two daily-price sheets "Harga Harian <Grup>" (LKIP_HargaHarian_<Grup>): columns
 * Tanggal, Nama, Satuan, Kab/Kota, Harga, day by day, per kab/kota, per commodity. The default size is the
 * province of issue 17: 60 commodities × 22 kab/kota × 731 days (2023-01-01 … 2024-12-31) = 964 920 rows.
 * Prices are whole Rupiah (multiples of 50) with a seasonal swing, a trend, a kab/kota level and noise; one row
 * in 100 003 has the price 0 (a finding for the Verifikasi sheet).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PenulisZip, type TulisBita } from '../../../src/cli/xlsx/zipTulis';

export interface OpsiBukuHarian {
  readonly grup?: number;
  readonly komoditas?: number;
  readonly kabKota?: number;
  readonly hari?: number;
}

export const TAHUN_HARIAN = 2024;
/** Excel serial of 1 January 2023 (the first day of the year before the report year). */
export const SERIAL_AWAL_HARIAN = 44_927;
const GRUP = ['Pokok', 'Penting', 'Lain'] as const;
const SATUAN = ['kg', 'liter', 'kg', 'kg', 'buah', 'kg'] as const;
export const INDIKATOR_HARIAN = [
  ['Persentase kenaikan harga barang kebutuhan pokok', 5, 4.2],
  ['Cakupan pengawasan pasar', 80, 76.5],
  ['Jumlah pasar yang dipantau', 22, 22],
] as const;

export interface UkuranBukuHarian {
  readonly grup: number;
  readonly komoditas: number;
  readonly kabKota: number;
  readonly hari: number;
  /** Daily rows per sheet, header excluded. */
  readonly baris: number;
}

export function ukuranBukuHarian(opsi: OpsiBukuHarian = {}): UkuranBukuHarian {
  const grup = opsi.grup ?? 1;
  const komoditas = opsi.komoditas ?? 60;
  const kabKota = opsi.kabKota ?? 22;
  const hari = opsi.hari ?? 731;
  return { grup, komoditas, kabKota, hari, baris: komoditas * kabKota * hari };
}

function acak(a: number, b: number, c: number): number {
  let h = (a * 73_856_093) ^ (b * 19_349_663) ^ (c * 83_492_791);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return ((h ^ (h >>> 16)) >>> 0) / 4_294_967_296;
}

export const namaKomoditas = (g: number, c: number): string => `${GRUP[g]} ${String(c + 1).padStart(2, '0')}`;
export const namaKabKota = (k: number): string =>
  k < 2 ? `Kota ${k === 0 ? 'Kupang' : 'Atambua'}` : `Kab. ${String(k - 1).padStart(2, '0')}`;

/** Price of daily row i (zero-based, header excluded) of group g. */
export function hargaHarian(u: UkuranBukuHarian, g: number, i: number): number {
  if ((i + 1) % 100_003 === 0) return 0;
  const c = i % u.komoditas;
  const k = Math.floor(i / u.komoditas) % u.kabKota;
  const d = Math.floor(i / (u.komoditas * u.kabKota));
  const dasar = 2_000 + ((c * 7_919 + g * 104_729) % 150) * 1_000;
  const musim = 1 + 0.04 * Math.sin((2 * Math.PI * d) / 365 + c);
  const tren = 1 + (0.05 * d) / u.hari;
  const kab = 1 + (((k * 37) % 11) - 5) / 100;
  const derau = 1 + (acak(g * 1_000 + c, k, d) - 0.5) / 50;
  return Math.round((dasar * musim * tren * kab * derau) / 50) * 50;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Shared strings of the workbook: index by text. */
class TabelString {
  readonly daftar: string[] = [];
  private readonly indeks = new Map<string, number>();
  i(s: string): number {
    let n = this.indeks.get(s);
    if (n === undefined) {
      n = this.daftar.length;
      this.daftar.push(s);
      this.indeks.set(s, n);
    }
    return n;
  }
  xml(jumlahPakai: number): string {
    const si = this.daftar.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</t></si>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${jumlahPakai}" uniqueCount="${this.daftar.length}">${si.join('')}</sst>`;
  }
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function lembarKecil(baris: readonly (readonly (string | number)[])[], sst: TabelString): string {
  const huruf = 'ABCDEFGH';
  const isi = baris
    .map(
      (b, r) =>
        `<row r="${r + 1}">${b
          .map((v, c) =>
            typeof v === 'number'
              ? `<c r="${huruf[c]}${r + 1}"><v>${v}</v></c>`
              : `<c r="${huruf[c]}${r + 1}" t="s"><v>${sst.i(v)}</v></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${isi}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** The daily sheet's XML, in pieces of 2 000 rows. */
function* lembarHarian(u: UkuranBukuHarian, g: number, sst: TabelString): Generator<string> {
  const nama = Array.from({ length: u.komoditas }, (_, c) => sst.i(namaKomoditas(g, c)));
  const satuan = Array.from({ length: u.komoditas }, (_, c) => sst.i(SATUAN[c % SATUAN.length]!));
  const kab = Array.from({ length: u.kabKota }, (_, k) => sst.i(namaKabKota(k)));
  const judul = ['Tanggal', 'Nama', 'Satuan', 'Kab/Kota', 'Harga'].map((j) => sst.i(j));
  let bagian = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS}><dimension ref="A1:E${u.baris + 1}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="11" customWidth="1"/><col min="2" max="4" width="16" customWidth="1"/></cols><sheetData>`;
  bagian += `<row r="1" spans="1:5">${judul.map((j, c) => `<c r="${'ABCDE'[c]}1" t="s"><v>${j}</v></c>`).join('')}</row>`;
  for (let i = 0; i < u.baris; i++) {
    const r = i + 2;
    const c = i % u.komoditas;
    const k = Math.floor(i / u.komoditas) % u.kabKota;
    const d = Math.floor(i / (u.komoditas * u.kabKota));
    bagian += `<row r="${r}" spans="1:5"><c r="A${r}" s="1"><v>${SERIAL_AWAL_HARIAN + d}</v></c><c r="B${r}" t="s"><v>${nama[c]}</v></c><c r="C${r}" t="s"><v>${satuan[c]}</v></c><c r="D${r}" t="s"><v>${kab[k]}</v></c><c r="E${r}" s="2"><v>${hargaHarian(u, g, i)}</v></c></row>`;
    if (i % 2_000 === 1_999) {
      yield bagian;
      bagian = '';
    }
  }
  yield `${bagian}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

const GAYA = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Write the workbook to a byte sink. */
export async function tulisBukuHarian(tulis: TulisBita, opsi: OpsiBukuHarian = {}): Promise<UkuranBukuHarian> {
  const u = ukuranBukuHarian(opsi);
  const zip = new PenulisZip(tulis);
  const sst = new TabelString();
  const lembar = ['Pengaturan', 'Indikator', ...Array.from({ length: u.grup }, (_, g) => `Harga Harian ${GRUP[g]}`)];
  const jenis = lembar
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  await zip.tambahData(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${jenis}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  await zip.tambahData(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  await zip.tambahData(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Dinas (sintetis)</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-15T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-15T00:00:00Z</dcterms:modified></cp:coreProperties>`,
  );
  const rels = lembar
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const n = lembar.length;
  await zip.tambahData(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  const nama = [
    `<definedName name="LKIP_Indikator">Indikator!$A$2:$A$${INDIKATOR_HARIAN.length + 1}</definedName>`,
    `<definedName name="LKIP_Instansi">Pengaturan!$B$1</definedName>`,
    `<definedName name="LKIP_Realisasi">Indikator!$C$2:$C$${INDIKATOR_HARIAN.length + 1}</definedName>`,
    `<definedName name="LKIP_Tahun">Pengaturan!$B$2</definedName>`,
    `<definedName name="LKIP_Target">Indikator!$B$2:$B$${INDIKATOR_HARIAN.length + 1}</definedName>`,
    ...Array.from(
      { length: u.grup },
      (_, g) => `<definedName name="LKIP_HargaHarian_${GRUP[g]}">'${lembar[g + 2]}'!$A$1:$E$${u.baris + 1}</definedName>`,
    ),
  ].join('');
  const sheets = lembar.map((l, i) => `<sheet name="${esc(l)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  await zip.tambahData(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${NS}><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>${sheets}</sheets><definedNames>${nama}</definedNames><calcPr calcId="191029"/></workbook>`,
  );
  await zip.tambahData('xl/styles.xml', GAYA);
  await zip.tambahData(
    'xl/worksheets/sheet1.xml',
    lembarKecil(
      [
        ['Instansi', 'Dinas Perindustrian dan Perdagangan Provinsi (sintetis)'],
        ['Tahun', TAHUN_HARIAN],
      ],
      sst,
    ),
  );
  await zip.tambahData(
    'xl/worksheets/sheet2.xml',
    lembarKecil([['Indikator', 'Target', 'Realisasi'], ...INDIKATOR_HARIAN.map((b) => [...b])], sst),
  );
  for (let g = 0; g < u.grup; g++) await zip.tambahAliran(`xl/worksheets/sheet${g + 3}.xml`, lembarHarian(u, g, sst));
  await zip.tambahData('xl/sharedStrings.xml', sst.xml(sst.daftar.length));
  await zip.selesai();
  return u;
}

/** The workbook in memory (small sizes, for tests). */
export async function bukuHarianData(opsi: OpsiBukuHarian = {}): Promise<Buffer> {
  const potongan: Buffer[] = [];
  await tulisBukuHarian(async (b) => {
    potongan.push(Buffer.from(b));
  }, opsi);
  return Buffer.concat(potongan);
}

/** Write the workbook to a file (through a 1 MB buffer). */
export async function tulisBukuHarianKeBerkas(jalur: string, opsi: OpsiBukuHarian = {}): Promise<UkuranBukuHarian> {
  const fh = await fs.open(jalur, 'w');
  try {
    let tampung: Buffer[] = [];
    let panjang = 0;
    const siram = async () => {
      if (panjang > 0) await fh.write(Buffer.concat(tampung, panjang));
      tampung = [];
      panjang = 0;
    };
    const u = await tulisBukuHarian(async (b) => {
      tampung.push(Buffer.from(b));
      panjang += b.length;
      if (panjang >= 1 << 20) await siram();
    }, opsi);
    await siram();
    return u;
  } finally {
    await fh.close();
  }
}

/** The workbook cached under `folder` (written once per size), its path. */
export async function bukuHarianTersimpan(folder: string, opsi: OpsiBukuHarian = {}): Promise<string> {
  const u = ukuranBukuHarian(opsi);
  const jalur = path.join(folder, `harian-v1-${u.grup}x${u.komoditas}x${u.kabKota}x${u.hari}.xlsx`);
  try {
    await fs.access(jalur);
    return jalur;
  } catch {
    // not cached yet
  }
  await fs.mkdir(folder, { recursive: true });
  const sementara = `${jalur}.${process.pid}.tmp`;
  await tulisBukuHarianKeBerkas(sementara, opsi);
  await fs.rename(sementara, jalur);
  return jalur;
}
