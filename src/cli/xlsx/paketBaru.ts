/**
 * A new, empty workbook package for the package adapter to patch (the sample generator, `npm run contoh`,
 * and tests that start from nothing): the smallest set of parts Open Packaging Conventions and SpreadsheetML
 * ask for — content types, the package's relationships, a workbook without sheets and its (empty)
 * relationships, and the document properties with a creator and fixed dates. The adapter adds the sheets,
 * the style sheet and the names when it writes, as it does for any input.
 *
 * A workbook needs at least one sheet: a new package is only worth saving after a tulisLembar.
 * Deterministic: the same creator and date give the same bytes.
 */
import { escTeks } from './xmlRingan';
import { PenulisZip, TANGGAL_ZIP_BAWAAN } from './zipTulis';

export interface OpsiPaketBaru {
  /** dc:creator and cp:lastModifiedBy of docProps/core.xml. Default "LKIP Kinerja". */
  readonly pembuat?: string;
  /** dcterms:created and dcterms:modified. Default 2022-01-01T00:00:00Z (the zip entries' date). */
  readonly tanggal?: Date;
}

const DEKLARASI = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_RELASI_PAKET = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_RELASI_DOKUMEN = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const JENIS_KONTEN =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const RELASI_PAKET =
  `<Relationships xmlns="${NS_RELASI_PAKET}">` +
  `<Relationship Id="rId1" Type="${NS_RELASI_DOKUMEN}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${NS_RELASI_PAKET}/metadata/core-properties" Target="docProps/core.xml"/>` +
  '</Relationships>';

const BUKU =
  `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_RELASI_DOKUMEN}">` +
  '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>';

const RELASI_BUKU = `<Relationships xmlns="${NS_RELASI_PAKET}"></Relationships>`;

function propertiInti(pembuat: string, tanggal: Date): string {
  const w3c = tanggal.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escTeks(pembuat)}</dc:creator><cp:lastModifiedBy>${escTeks(pembuat)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3c}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3c}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The bytes of a new workbook package without sheets. */
export async function dataPaketBaru(opsi: OpsiPaketBaru = {}): Promise<Buffer> {
  const potongan: Buffer[] = [];
  const zip = new PenulisZip(async (b) => {
    potongan.push(b);
  });
  const bagian: readonly (readonly [string, string])[] = [
    ['[Content_Types].xml', JENIS_KONTEN],
    ['_rels/.rels', RELASI_PAKET],
    ['docProps/core.xml', propertiInti(opsi.pembuat ?? 'LKIP Kinerja', opsi.tanggal ?? TANGGAL_ZIP_BAWAAN)],
    ['xl/workbook.xml', BUKU],
    ['xl/_rels/workbook.xml.rels', RELASI_BUKU],
  ];
  for (const [nama, isi] of bagian) await zip.tambahData(nama, DEKLARASI + isi);
  await zip.selesai();
  return Buffer.concat(potongan);
}
