/** Helpers for the package tests: a package's entries read with yauzl itself, and an .xlsm with a chart and macros. */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import yauzl from 'yauzl';
import { CONTOH } from '../bantu';

export interface Entri {
  readonly mentah: Buffer;
  readonly isi: Buffer;
}

/** Every entry of a package: its stored (compressed) bytes and its content, through yauzl itself. */
export async function entri(data: Buffer): Promise<Map<string, Entri>> {
  const zip = await yauzl.fromBufferPromise(data, { lazyEntries: true });
  const hasil = new Map<string, Entri>();
  const baca = async (s: NodeJS.ReadableStream) => {
    const p: Buffer[] = [];
    for await (const b of s) p.push(b as Buffer);
    return Buffer.concat(p);
  };
  for await (const e of zip.eachEntry()) {
    const mentah = await baca(await zip.openReadStreamPromise(e, { decodeFileData: false }));
    const isi = await baca(await zip.openReadStreamPromise(e));
    hasil.set(e.fileName, { mentah, isi });
  }
  zip.close();
  return hasil;
}

export const JENIS_XLSM = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
/** A VBA project's bytes as Excel stores them (an OLE container; content irrelevant here, only its survival). */
const VBA = Buffer.from(
  Array.from({ length: 3000 }, (_, i) => (i < 8 ? [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][i]! : (i * 31) % 251)),
);

const GRAFIK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Data LKIP'!$F$27:$F$37</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
const GAMBAR = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const REL = (isi: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${isi}</Relationships>`;

/**
 * The bundled sample as another tool saves it (here ExcelJS: shared strings, app properties), made an .xlsm with a chart on its data sheet and a VBA project.
 */
export async function bukuXlsm(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(CONTOH)) as unknown as ExcelJS.Buffer);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  let jenis = await zip.file('[Content_Types].xml')!.async('string');
  jenis = jenis
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', JENIS_XLSM)
    .replace(
      '</Types>',
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    );
  zip.file('[Content_Types].xml', jenis);
  const relBuku = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    relBuku.replace(
      '</Relationships>',
      '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  zip.file('xl/vbaProject.bin', VBA);
  zip.file('xl/charts/chart1.xml', GRAFIK);
  zip.file('xl/drawings/drawing1.xml', GAMBAR);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    REL(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>',
    ),
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    REL(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
    ),
  );
  const lembar = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', lembar.replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
