/**
 * The streaming sheet reader on hand-written worksheet XML: what Excel, LibreOffice and other writers put in a
 * sheet (prefixed names, rows and cells without addresses, inline and shared strings, ISO dates, shared formulas,
 * merges), read as Office.js reports values.
 */
import { bacaLembar, serialIso, type PermintaanRentang } from '../../../src/cli/xlsx/bacaLembar';
import { geserRumus } from '../../../src/cli/xlsx/geserRumus';
import { bacaStringBersama } from '../../../src/cli/xlsx/stringBersama';

const rentang = (
  a: Partial<PermintaanRentang> & Pick<PermintaanRentang, 'baris' | 'kolom' | 'jumlahBaris' | 'jumlahKolom'>,
): PermintaanRentang => ({
  seluruhKolom: false,
  seluruhBaris: false,
  ...a,
});

async function baca(xml: string, permintaan: PermintaanRentang[], stringBersama: string[] = [], date1904 = false) {
  // fed in small pieces, so tags and texts are split across writes as they are when streaming
  const potongan = (function* () {
    for (let i = 0; i < xml.length; i += 7) yield xml.slice(i, i + 7);
  })();
  return bacaLembar(potongan, permintaan, { stringBersama, date1904 });
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('bacaLembar', () => {
  test('jenis sel: angka, string bersama, string sebaris (teks kaya, fonetik diabaikan, _xHHHH_), boolean, galat, tanggal ISO', async () => {
    const xml =
      `<worksheet ${NS}><sheetData><row r="1">` +
      '<c r="A1"><v>12.5</v></c><c r="B1" t="s"><v>1</v></c>' +
      '<c r="C1" t="inlineStr"><is><r><t>Ca</t></r><r><rPr><b/></rPr><t xml:space="preserve">kupan_x000D_ </t></r><rPh><t>x</t></rPh></is></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="d"><v>2021-12-31T12:00:00</v></c>' +
      '<c r="G1" t="s"><v>0</v></c><c r="H1"><v>1e400</v></c><c r="I1" t="str"><v>teks &amp; &lt;rumus&gt;</v></c>' +
      '</row></sheetData></worksheet>';
    const h = await baca(xml, [rentang({ baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 9 })], ['', 'Ekspor']);
    expect(h.rentang[0]!.nilai).toEqual([
      [12.5, 'Ekspor', 'Cakupan\r ', true, '#DIV/0!', 44561.5, null, '#NUM!', 'teks & <rumus>'],
    ]);
    expect(
      await baca(
        xml.replace('t="d"><v>2021', 't="d"><v>2025'),
        [rentang({ baris: 0, kolom: 5, jumlahBaris: 1, jumlahKolom: 1 })],
        [],
        true,
      ),
    ).toMatchObject({
      rentang: [{ nilai: [[44561 + 4 * 365 + 1 + 0.5 - 1462]] }], // 2025-12-31 noon in the 1904 system
    });
    expect(serialIso('1900-03-01', false)).toBe(61);
  });

  test('awalan namespace (x:c), baris dan sel tanpa alamat, beberapa rentang dalam satu lintasan', async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
      '<x:row><x:c r="B2"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>' +
      '<x:row r="5"><x:c r="A5"><x:v>5</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const h = await baca(xml, [
      rentang({ baris: 0, kolom: 0, jumlahBaris: 2, jumlahKolom: 3 }),
      rentang({ baris: 0, kolom: 1, jumlahBaris: 1, jumlahKolom: 1 }),
      rentang({ baris: 1, kolom: 0, jumlahBaris: 1_048_575, jumlahKolom: 16_384, seluruhKolom: true, seluruhBaris: true }),
    ]);
    expect(h.rentang[0]!.nilai).toEqual([
      [1, 2, null],
      [null, 3, 4],
    ]);
    expect(h.rentang[1]!.nilai).toEqual([[2]]);
    expect(h.rentang[2]!.nilai).toEqual([
      [null, 3, 4],
      [null, null, null],
      [null, null, null],
      [5, null, null],
    ]);
    expect([h.jumlahBaris, h.jumlahKolom]).toEqual([5, 3]);
  });

  test('rumus: hasil tersimpan, rumus bersama digeser per sel, tanpa hasil dihitung bila aritmetika, selain itu dilaporkan', async () => {
    const xml =
      `<worksheet ${NS}><sheetData>` +
      '<row r="1"><c r="A1"><v>10</v></c><c r="B1"><f t="shared" ref="B1:C2" si="4">A1*$A$1+B$9</f><v>100</v></c><c r="C1"><f t="shared" si="4"/><v>7</v></c></row>' +
      '<row r="2"><c r="A2"><v>20</v></c><c r="B2"><f t="shared" si="4"/><v>200</v></c><c r="C2"><f>(7-6)/6*100</f></c></row>' +
      '<row r="3"><c r="A3"><f>SUM(A1:A2)</f></c><c r="B3" t="str"><f>A1&amp;""</f><v></v></c></row>' +
      '</sheetData></worksheet>';
    const h = await baca(xml, [rentang({ baris: 0, kolom: 0, jumlahBaris: 3, jumlahKolom: 3 })]);
    const r = h.rentang[0]!;
    expect(r.rumus).toEqual([
      [null, '=A1*$A$1+B$9', '=B1*$A$1+C$9'],
      [null, '=A2*$A$1+B$9', '=(7-6)/6*100'],
      ['=SUM(A1:A2)', '=A1&""', null],
    ]);
    expect(r.nilai[0]).toEqual([10, 100, 7]);
    expect(r.nilai[1]![2]).toBeCloseTo(16.6666666667, 9);
    expect(r.nilai[2]).toEqual([null, null, null]);
    expect(r.tanpaHasil).toEqual({ baris: 2, kolom: 0, rumus: '=SUM(A1:A2)' });
  });

  test('sel gabungan (bukan kiri-atas) kosong, juga bila berkas menyimpan nilai di sana', async () => {
    const xml =
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>` +
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
    const h = await baca(xml, [rentang({ baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 3 })]);
    expect(h.rentang[0]!.nilai).toEqual([[1, null, 3]]);
  });

  test('XML rusak dan alamat di luar lembar menjadi galat, bukan nilai yang keliru', async () => {
    await expect(baca(`<worksheet ${NS}><sheetData><row><c r="A1"><v>1</v></row>`, [])).rejects.toThrow();
    await expect(baca(`<worksheet ${NS}><sheetData><row r="1048577"/></sheetData></worksheet>`, [])).rejects.toThrow(
      /nomor baris/,
    );
    await expect(baca(`<worksheet ${NS}><!DOCTYPE x><sheetData/></worksheet>`, [])).rejects.toThrow();
  });

  test('string bersama: run digabung, fonetik diabaikan, _xHHHH_ didekode', async () => {
    const xml =
      `<sst ${NS}><si><t>Beras</t></si><si><r><t>Gula </t></r><r><t>pasir</t></r><rPh sb="0" eb="1"><t>ガ</t></rPh></si>` +
      '<si><t>a_x000A_b</t></si><si><t/></si></sst>';
    expect(await bacaStringBersama([xml])).toEqual(['Beras', 'Gula pasir', 'a\nb', '']);
  });
});

describe('geserRumus (rumus bersama)', () => {
  test.each([
    ['A1/2', 1, 0, 'A2/2'],
    ['$A$1+B$2+$C3', 1, 1, '$A$1+C$2+$C4'],
    ['SUM(A1:A3)*2', 2, 0, 'SUM(A3:A5)*2'],
    ["'Data LKIP'!B2+Sheet1!C3", 1, 1, "'Data LKIP'!C3+Sheet1!D4"],
    ['"A1"&B1', 1, 0, '"A1"&B2'],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['SUM(A:B)+SUM(1:2)', 1, 1, 'SUM(B:C)+SUM(2:3)'],
    ['Tabel1[@Harga]*A1', 1, 0, 'Tabel1[@Harga]*A2'],
    ['A1-1', -1, 0, '#REF!-1'],
    ['XFD1+1', 0, 1, '#REF!+1'],
  ])('%s digeser (%i baris, %i kolom) → %s', (rumus, b, k, hasil) => {
    expect(geserRumus(rumus, b, k)).toBe(hasil);
  });
});
