/**
 * A sheet's charts (ModelLembar.grafik) as native DrawingML chart parts, written by the streaming writer like
 * the notes are: one drawing part (xl/drawings/drawingN.xml) with a two-cell anchor per chart, each anchor
 * pointing at its chart part (xl/charts/chartN.xml). Each series refers to the report's own cells
 * ('Laporan LKIP'!$D$40:$D$48) and carries a cache of the values the model wrote there, so an application
 * that does not recalculate charts on opening still draws them. See docs/cetak.md.
 */
import { alamatMutlak, alamatRentang, kutipLembar } from '../../report/buku';
import type { GrafikLembar, ModelLembar, Rentang, SeriGrafik } from '../../report/lembar';
import type { BagianTurunan, RelasiBagian } from './bagianPaket';
import { JENIS_KONTEN, TIPE } from './paket';
import { DEKLARASI_XML, escAtribut, escTeks } from './xmlRingan';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Relationship Id of the drawing in the sheet's relationships (the notes take rId1 and rId2). */
export const ID_GAMBAR_GRAFIK = 'rId3';

/** "'Laporan LKIP'!$B$40:$B$48". */
export function rujukanRentang(namaLembar: string, r: Rentang): string {
  return `${kutipLembar(namaLembar)}!${alamatMutlak(alamatRentang(r))}`;
}

/** The cells of a one-column range as the model holds them. */
function nilaiKolom(model: ModelLembar, r: Rentang): (string | number | boolean | null)[] {
  return Array.from({ length: r.jumlahBaris }, (_, i) => model.nilai[r.baris + i]?.[r.kolom] ?? null);
}

function cacheTeks(nilai: readonly unknown[]): string {
  const pt = nilai.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escTeks(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${nilai.length}"/>${pt}</c:strCache>`;
}

function cacheAngka(nilai: readonly unknown[]): string {
  const pt = nilai.map((v, i) => (typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${nilai.length}"/>${pt}</c:numCache>`;
}

const isiWarna = (warna: string) => `<a:solidFill><a:srgbClr val="${warna}"/></a:solidFill>`;

/** A series: its look, value labels on filled bars, categories and values by reference with their caches. */
function xmlSeri(model: ModelLembar, g: GrafikLembar, s: SeriGrafik, i: number): string {
  const rupa =
    s.gaya === 'isi'
      ? `<c:spPr>${isiWarna(s.warna)}</c:spPr>`
      : `<c:spPr><a:noFill/><a:ln w="19050">${isiWarna(s.warna)}</a:ln></c:spPr>`;
  const label =
    s.gaya === 'isi'
      ? '<c:dLbls><c:numFmt formatCode="#,##0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
        '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
        '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
      : '';
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escTeks(s.nama)}</c:v></c:tx>${rupa}` +
    `<c:invertIfNegative val="0"/>${label}` +
    `<c:cat><c:strRef><c:f>${escTeks(rujukanRentang(model.nama, g.label))}</c:f>${cacheTeks(nilaiKolom(model, g.label))}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escTeks(rujukanRentang(model.nama, s.nilai))}</c:f>${cacheAngka(nilaiKolom(model, s.nilai))}</c:numRef></c:val>` +
    '</c:ser>'
  );
}

/** The chart part: a horizontal clustered bar chart, categories top to bottom, the value axis below. */
export function xmlGrafik(model: ModelLembar, g: GrafikLembar): string {
  const judul =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="1200" b="1"/>` +
    `<a:t>${escTeks(g.judul)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const batang =
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    g.seri.map((s, i) => xmlSeri(model, g, s, i)).join('') +
    `<c:gapWidth val="60"/><c:overlap val="${g.tumpangTindih ? 100 : 0}"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
  const sumbuKategori =
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const sumbuNilai =
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${escAtribut(g.formatSumbu)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    '<c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>';
  const legenda = g.seri.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '';
  return (
    `${DEKLARASI_XML}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${judul}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${batang}${sumbuKategori}${sumbuNilai}</c:plotArea>` +
    `${legenda}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part: one two-cell anchor per chart over its cells, each pointing at chart rId<n>. */
export function xmlGambarGrafik(grafik: readonly GrafikLembar[]): string {
  const jangkar = grafik.map((g, i) => {
    const { baris, kolom, jumlahBaris, jumlahKolom } = g.letak;
    const titik = (b: number, k: number) =>
      `<xdr:col>${k}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${b}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${titik(baris, kolom)}</xdr:from><xdr:to>${titik(baris + jumlahBaris, kolom + jumlahKolom)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escAtribut(g.nama)}" descr="${escAtribut(g.judul)}"/>` +
      '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${DEKLARASI_XML}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${jangkar.join('')}</xdr:wsDr>`;
}

/** The sheet's drawing with its charts, as parts the package writer names and links; none without charts. */
export function bagianGrafik(model: ModelLembar): RelasiBagian[] {
  const grafik = model.grafik ?? [];
  if (grafik.length === 0) return [];
  const gambar: BagianTurunan = {
    tipe: TIPE.gambar,
    jenisKonten: JENIS_KONTEN.gambar,
    folder: 'xl/drawings/',
    awalan: 'drawing',
    ekstensi: '.xml',
    isi: () => xmlGambarGrafik(grafik),
    relasi: grafik.map((g, i) => ({
      id: `rId${i + 1}`,
      bagian: {
        tipe: TIPE.grafik,
        jenisKonten: JENIS_KONTEN.grafik,
        folder: 'xl/charts/',
        awalan: 'chart',
        ekstensi: '.xml',
        isi: () => xmlGrafik(model, g),
      },
    })),
  };
  return [{ id: ID_GAMBAR_GRAFIK, bagian: gambar }];
}
