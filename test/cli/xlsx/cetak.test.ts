/**
 * Issue 15, the .xlsx writer: the report's page setup and charts as the package holds them. The runner's output
 * for the bundled sample (the document's figures), read back with JSZip as an independent reader: the worksheet
 * XML's print elements in CT_Worksheet's order, the print names in workbook.xml, and the native chart parts with
 * their references into the report's cells and the document's figures in their caches.
 */
import JSZip from 'jszip';
import { PortPaketXlsx } from '../../../src/cli/xlsx/portPaket';
import { jalankanLaporan } from '../../../src/report/jalankan';
import { CONTOH, bacaFixture, type Fixture } from '../bantu';

let zip: JSZip;
let fixture: Fixture;
const teks = (nama: string) => zip.file(nama)!.async('string');

/** The sheet part of a sheet, through workbook.xml and its relationships. */
async function jalurLembar(nama: string): Promise<string> {
  const buku = await teks('xl/workbook.xml');
  const id = new RegExp(`<sheet name="${nama}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(buku)![1];
  const rel = await teks('xl/_rels/workbook.xml.rels');
  return `xl/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rel)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rel)![1]}`;
}

/** Zero-based row of the first cell holding exactly this inline text (at or after the zero-based row `dari`). */
function barisTeks(xml: string, isi: string, dari = 0): number {
  const i = xml.indexOf(`<t>${isi}</t>`, xml.indexOf(`<row r="${dari + 1}"`));
  expect(i).toBeGreaterThan(0);
  const r = [...xml.slice(0, i).matchAll(/<row r="(\d+)"/g)].pop()!;
  return Number(r[1]) - 1;
}

beforeAll(async () => {
  fixture = await bacaFixture();
  const port = await PortPaketXlsx.dariBerkas(CONTOH);
  expect((await jalankanLaporan(port)).status).toBe('ditulis');
  zip = await JSZip.loadAsync(await port.keData());
  port.tutup();
}, 60_000);

describe('tata cetak di XML lembar', () => {
  test('Laporan LKIP: A4 lanskap, muat 1 halaman lebar (tinggi otomatis), kaki halaman dengan instansi, tahun, halaman', async () => {
    const xml = await teks(await jalurLembar('Laporan LKIP'));
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain(
      `<headerFooter><oddFooter>&amp;L${fixture.instansi}&amp;CHalaman &amp;P dari &amp;N&amp;RLKIP Tahun ${fixture.tahun}</oddFooter></headerFooter>`,
    );
  });

  test('elemen cetak dalam urutan CT_Worksheet', async () => {
    const xml = await teks(await jalurLembar('Laporan LKIP'));
    const urutan = [
      'sheetPr',
      'dimension',
      'sheetViews',
      'sheetData',
      'sheetProtection',
      'mergeCells',
      'printOptions',
      'pageMargins',
      'pageSetup',
      'headerFooter',
      'rowBreaks',
      'drawing',
    ];
    const posisi = urutan.map((el) => xml.indexOf(`<${el}`));
    expect(posisi.every((p) => p > 0)).toBe(true);
    expect([...posisi].sort((a, b) => a - b)).toEqual(posisi);
  });

  test('putus halaman: tepat sebelum judul blok (tabel atau grafik), tak pernah di tengah tabel', async () => {
    const xml = await teks(await jalurLembar('Laporan LKIP'));
    const putus = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(putus.length).toBeGreaterThan(0);
    const judul = [
      `Grafik Capaian Kinerja per Indikator Tahun ${fixture.tahun} terhadap Target 100%`,
      'Perbandingan Kenaikan/Penurunan Harga Kebutuhan Pokok',
      'Grafik Kenaikan/Penurunan Harga Kebutuhan Pokok',
      'Perbandingan Kenaikan/Penurunan Harga Barang Penting',
      'Grafik Kenaikan/Penurunan Harga Barang Penting',
      'Kenaikan Harga Gabungan',
      'Alokasi dan Realisasi Anggaran',
      'Alokasi dan Realisasi Anggaran APBN',
    ].map((j) => barisTeks(xml, j));
    for (const b of putus) expect(judul).toContain(b);
    expect(xml).toMatch(new RegExp(`<rowBreaks count="${putus.length}" manualBreakCount="${putus.length}">`));
  });

  test('judul cetak dan area cetak: nama _xlnm bercakupan lembar di workbook.xml', async () => {
    const buku = await teks('xl/workbook.xml');
    const lembar = [...buku.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    const laporan = lembar.indexOf('Laporan LKIP');
    const verifikasi = lembar.indexOf('Verifikasi');
    const xml = await teks(await jalurLembar('Laporan LKIP'));
    const dimensi = /<dimension ref="A1:([A-Z]+)(\d+)"\/>/.exec(xml)!;
    expect(dimensi[1]).toBe('M'); // No … Keterangan: the capaian table's thirteen columns (with issue 14's Sisa menuju Target Akhir)
    expect(buku).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${laporan}">'Laporan LKIP'!$1:$3</definedName>`);
    expect(buku).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="${laporan}">'Laporan LKIP'!$A$1:$M$${dimensi[2]}</definedName>`,
    );
    // Verifikasi: its column header (ID, Tingkat, …) on every page.
    const v = await teks(await jalurLembar('Verifikasi'));
    const kepala = barisTeks(v, 'ID') + 1;
    expect(buku).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${verifikasi}">Verifikasi!$${kepala}:$${kepala}</definedName>`,
    );
  });
});

describe('grafik asli di paket', () => {
  async function grafik(): Promise<string[]> {
    const jalur = await jalurLembar('Laporan LKIP');
    const relLembar = await teks(jalur.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const gambar = /Type="[^"]*\/drawing" Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(relLembar)![1];
    expect(await teks(jalur)).toContain('<drawing r:id="rId3"/>');
    const relGambar = await teks(`xl/drawings/_rels/${gambar}.rels`);
    const bagian = [...relGambar.matchAll(/Type="[^"]*\/chart" Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map(
      (m) => `xl/charts/${m[1]}`,
    );
    const jenis = await teks('[Content_Types].xml');
    expect(jenis).toContain(
      `<Override PartName="/xl/drawings/${gambar}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );
    for (const b of bagian) {
      expect(jenis).toContain(
        `<Override PartName="/${b}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
    return Promise.all(bagian.map(teks));
  }

  test('tiga grafik: capaian per indikator, lalu perubahan harga tiap kelompok', async () => {
    const g = await grafik();
    expect(g).toHaveLength(3);
    expect(g[0]).toContain(`<a:t>Grafik Capaian Kinerja per Indikator Tahun ${fixture.tahun} terhadap Target 100%</a:t>`);
    expect(g[1]).toContain('<a:t>Grafik Kenaikan/Penurunan Harga Kebutuhan Pokok</a:t>');
    expect(g[2]).toContain('<a:t>Grafik Kenaikan/Penurunan Harga Barang Penting</a:t>');
    for (const x of g) expect(x).toContain('<c:barDir val="bar"/>');
  });

  test('grafik capaian: kategori dan nilai merujuk sel laporan; capaian dokumen (88,64; 75; 22,86) dan bingkai 100', async () => {
    const [g] = await grafik();
    const xml = await teks(await jalurLembar('Laporan LKIP'));
    const f = [...g!.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    const judul = barisTeks(xml, `Grafik Capaian Kinerja per Indikator Tahun ${fixture.tahun} terhadap Target 100%`);
    const kepala = barisTeks(xml, 'Target', judul) + 1; // the chart's data table: No | Indikator Kinerja | Capaian | Target
    const diukur = fixture.indikator.filter((i) => i.capaian_tertulis !== null);
    const akhir = kepala + diukur.length;
    expect(f).toEqual([
      `'Laporan LKIP'!$B$${kepala + 1}:$B$${akhir}`,
      `'Laporan LKIP'!$D$${kepala + 1}:$D$${akhir}`,
      `'Laporan LKIP'!$B$${kepala + 1}:$B$${akhir}`,
      `'Laporan LKIP'!$E$${kepala + 1}:$E$${akhir}`,
    ]);
    const angka = [...g!.split('</c:ser>')[0]!.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0]![0];
    const nilai = [...angka.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]));
    expect(nilai).toEqual(diukur.map((i) => i.capaian_tertulis));
    expect(g).toContain(`<c:v>${diukur[0]!.nama}</c:v>`);
    const bingkai = g!.split('</c:ser>')[1]!;
    expect(bingkai).toContain('<c:tx><c:v>Target 100%</c:v></c:tx><c:spPr><a:noFill/>');
    expect([...bingkai.matchAll(/<c:pt idx="\d+"><c:v>100<\/c:v>/g)]).toHaveLength(diukur.length);
    expect(g).toContain('<c:overlap val="100"/>');
  });

  test('grafik harga: nama dan persentase dari tabel harga itu sendiri (Beras −7,37 …)', async () => {
    const [, pokok] = await grafik();
    const xml = await teks(await jalurLembar('Laporan LKIP'));
    const baris = fixture.harga.pokok.baris;
    const tabel = barisTeks(xml, 'Perbandingan Kenaikan/Penurunan Harga Kebutuhan Pokok');
    const awal = barisTeks(xml, baris[0]!.nama, tabel) + 1;
    const akhir = awal + baris.length - 1;
    const f = [...pokok!.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(f).toEqual([`'Laporan LKIP'!$B$${awal}:$B$${akhir}`, `'Laporan LKIP'!$G$${awal}:$G$${akhir}`]);
    const nilai = [.../<c:numCache>.*?<\/c:numCache>/.exec(pokok!)![0].matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]));
    // The document's own percentages; two of them it rounded from rounded prices (10,29 for 10,30: the
    // HARGA-TERTULIS findings), so within 0,01.
    expect(nilai).toHaveLength(baris.length);
    nilai.forEach((n, i) => expect(Math.abs(n - baris[i]!.persen_tertulis)).toBeLessThanOrEqual(0.0100001));
    expect(nilai.slice(0, 2)).toEqual([-7.37, -13.84]);
  });

  test('jangkar gambar: setiap grafik di atas barisnya sendiri, kolom A…G, bernama "LKIP Grafik n"', async () => {
    const jalur = await jalurLembar('Laporan LKIP');
    const relLembar = await teks(jalur.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const gambar = await teks(`xl/drawings/${/Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(relLembar)![1]}`);
    const jangkar = [
      ...gambar.matchAll(
        /<xdr:from><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>.*?<xdr:to><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>.*?name="([^"]+)"/g,
      ),
    ];
    expect(jangkar.map((m) => [m[1], m[3], m[5]])).toEqual([
      ['0', '7', 'LKIP Grafik 1'],
      ['0', '7', 'LKIP Grafik 2'],
      ['0', '7', 'LKIP Grafik 3'],
    ]);
    const xml = await teks(jalur);
    // Each chart lies right under its caption, on blank rows.
    expect(Number(jangkar[0]![2])).toBe(
      barisTeks(xml, `Grafik Capaian Kinerja per Indikator Tahun ${fixture.tahun} terhadap Target 100%`) + 1,
    );
    expect(Number(jangkar[1]![2])).toBe(barisTeks(xml, 'Grafik Kenaikan/Penurunan Harga Kebutuhan Pokok') + 1);
  });
});
