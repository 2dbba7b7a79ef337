/**
 * Row heights of wrapped text (ModelLembar.tinggiBaris): the pure estimate tinggiBarisDariIsi and the
 * heights the report sheets carry, so that wrapped text does not overlap the next rows (LibreOffice,
 * merged cells in Excel). Expectations come from the rule as specified (15 pt per line of 11-pt text,
 * about 1.1 characters per unit of column width, conservative) and from the lengths of the
 * document's indicator names, not from the code's output.
 */
import {
  bacaKontrak,
  hitungLaporan,
  jumlahBarisTeks,
  susunLembarLaporan,
  susunLembarVerifikasi,
  tinggiBarisDariIsi,
  type GayaSel,
  type HasilLaporan,
  type ModelLembar,
  type NilaiSel,
  type Rentang,
} from '../../src/report';
import fc from 'fast-check';
import { cariBaris } from './bantu';
import { dokumen, rentangDokumen } from './contohDokumen';

const r = (baris: number, kolom: number, jumlahBaris = 1, jumlahKolom = 1): Rentang => ({
  baris,
  kolom,
  jumlahBaris,
  jumlahKolom,
});

type Isi = Pick<ModelLembar, 'nilai' | 'gaya' | 'gabungan' | 'lebarKolom'>;

function lembar(
  nilai: NilaiSel[][],
  lebarKolom: number[],
  gaya: { rentang: Rentang; gaya: GayaSel }[],
  gabungan: Rentang[] = [],
): Isi {
  return { nilai, lebarKolom, gaya, gabungan };
}

/** One wrapped cell A1 of the given width: its row height. */
function tinggiSatuSel(teks: string, lebar: number, gaya: GayaSel = {}): number | null {
  return tinggiBarisDariIsi(lembar([[teks]], [lebar], [{ rentang: r(0, 0), gaya: { bungkus: true, ...gaya } }]))[0]!;
}

/** Running text of exactly n characters (words of the report's derivations). */
function teksSepanjang(n: number): string {
  const kalimat = 'realisasi 39 / 88 × 100% = 44,32%; capaian 44,32 / 50 × 100% = 88,64%; ';
  return kalimat.repeat(Math.ceil(n / kalimat.length)).slice(0, n);
}

describe('jumlahBarisTeks: greedy word wrap', () => {
  test.each([
    ['aaaa bbbb cccc', 9, 2], // "aaaa bbbb" fills 9, "cccc" goes to the next line
    ['aaaa bbbb cccc', 14, 1],
    ['aaaa bbbb cccc', 13, 2],
    ['', 10, 1],
    ['satu\ndua\r\ntiga', 40, 3], // line breaks always start a line
    ['a\n\nb', 40, 3], // an empty line still takes a line
    ['x'.repeat(25), 10, 3], // a word longer than the line is broken inside it
    ['ab ' + 'x'.repeat(25), 10, 4],
  ])('%j at %d characters per line → %d line(s)', (teks, kapasitas, baris) => {
    expect(jumlahBarisTeks(teks, kapasitas)).toBe(baris);
  });

  /** The rule written the plain way (paragraphs, then words), to hold the one-scan implementation to. */
  function barisMenurutAturan(teks: string, kapasitas: number): number {
    const kap = Math.max(1, Math.floor(kapasitas));
    let jumlah = 0;
    for (const paragraf of teks.split(/\r\n|\r|\n/)) {
      let baris = 1;
      let isi = 0;
      for (const kata of paragraf.split(' ')) {
        if ((isi === 0 ? kata.length : isi + 1 + kata.length) <= kap) {
          isi = isi === 0 ? kata.length : isi + 1 + kata.length;
          continue;
        }
        if (isi > 0) baris++;
        baris += Math.max(0, Math.ceil(kata.length / kap) - 1);
        isi = kata.length - Math.max(0, Math.ceil(kata.length / kap) - 1) * kap;
      }
      jumlah += baris;
    }
    return jumlah;
  }

  test('any text of words, spaces and line breaks: the same count as the rule written plainly', () => {
    const teks = fc
      .array(fc.constantFrom('a', 'b', 'c', ' ', ' ', '\n', '\r', '\r\n', 'xxxxxxxxxxxx'), { maxLength: 80 })
      .map((bagian) => bagian.join(''));
    fc.assert(
      fc.property(teks, fc.double({ min: 0, max: 30, noNaN: true }), (t, kapasitas) => {
        expect(jumlahBarisTeks(t, kapasitas)).toBe(barisMenurutAturan(t, kapasitas));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tinggiBarisDariIsi', () => {
  test('200 characters in a 40-wide wrapped column: at least 5 lines of 15 pt', () => {
    // 200 / (40 × 1.1) = 4.5 lines of text even without losing anything at the word breaks.
    const tinggi = tinggiSatuSel(teksSepanjang(200), 40)!;
    expect(tinggi).toBeGreaterThanOrEqual(75);
    expect(tinggi % 15).toBe(0); // whole lines of 11-pt text
    expect(tinggiSatuSel('x'.repeat(200), 40)).toBeGreaterThanOrEqual(75);
  });

  test('one line of text needs no height: null (the default)', () => {
    expect(tinggiSatuSel('Beras', 40)).toBeNull();
    expect(tinggiSatuSel(teksSepanjang(40), 40)).toBeNull();
    expect(tinggiSatuSel('', 40)).toBeNull();
  });

  test('only wrapped text cells count: unwrapped text overflows, numbers do not wrap, empty rows stay null', () => {
    const panjang = teksSepanjang(300);
    const isi = lembar(
      [
        [panjang, null],
        [123456789, null],
        [null, null],
        [null, panjang],
      ],
      [40, 40],
      [
        { rentang: r(1, 0, 2, 1), gaya: { bungkus: true } },
        { rentang: r(3, 1), gaya: { tebal: true } }, // styled, but not wrapped
      ],
    );
    expect(tinggiBarisDariIsi(isi)).toEqual([null, null, null, null]);
  });

  test('rectangles apply in order: a later bungkus: false unwraps', () => {
    const isi = lembar(
      [[teksSepanjang(300)]],
      [40],
      [
        { rentang: r(0, 0), gaya: { bungkus: true } },
        { rentang: r(0, 0), gaya: { bungkus: false } },
      ],
    );
    expect(tinggiBarisDariIsi(isi)).toEqual([null]);
  });

  test('line breaks count: three short lines need 3 × 15 pt', () => {
    expect(tinggiSatuSel('satu\ndua\ntiga', 40)).toBe(45);
  });

  test('a merged cell wraps over the merged width: 40 + 40 wraps like one 80-wide column', () => {
    const teks = teksSepanjang(300);
    const gabung = tinggiBarisDariIsi(
      lembar([[teks, null]], [40, 40], [{ rentang: r(0, 0, 1, 2), gaya: { bungkus: true } }], [r(0, 0, 1, 2)]),
    )[0]!;
    const lebar80 = tinggiSatuSel(teks, 80)!;
    const lebar40 = tinggiSatuSel(teks, 40)!;
    expect(gabung).toBe(lebar80);
    expect(gabung).toBeLessThan(lebar40);
    // 300 / (80 × 1.1) = 3.4 lines at least; it cannot be under 4 lines.
    expect(gabung).toBeGreaterThanOrEqual(60);
  });

  test('a merge over several rows divides its height over them', () => {
    const teks = teksSepanjang(300);
    const satuBaris = tinggiSatuSel(teks, 40)!; // 300 / 44 → 7+ lines
    expect(satuBaris).toBeGreaterThanOrEqual(105);
    const tinggi = tinggiBarisDariIsi(
      lembar([[teks], [null], [null]], [40], [{ rentang: r(0, 0, 3, 1), gaya: { bungkus: true } }], [r(0, 0, 3, 1)]),
    );
    expect(tinggi).toEqual([1, 2, 3].map(() => Math.ceil(satuBaris / 3)));
  });

  test('a row takes the tallest of its cells', () => {
    const isi = lembar(
      [[teksSepanjang(100), teksSepanjang(300)]],
      [40, 40],
      [{ rentang: r(0, 0, 1, 2), gaya: { bungkus: true } }],
    );
    expect(tinggiBarisDariIsi(isi)).toEqual([tinggiSatuSel(teksSepanjang(300), 40)]);
  });

  test('bold and larger fonts take more room', () => {
    const teks = teksSepanjang(400);
    const biasa = tinggiSatuSel(teks, 40)!;
    expect(tinggiSatuSel(teks, 40, { tebal: true })!).toBeGreaterThanOrEqual(biasa);
    expect(tinggiSatuSel(teks, 40, { ukuranHuruf: 14 })!).toBeGreaterThan(biasa);
  });

  test('never above Excel’s 409 pt; a hidden (zero-width) column is ignored', () => {
    expect(tinggiSatuSel(teksSepanjang(20_000), 40)).toBe(409);
    expect(tinggiSatuSel(teksSepanjang(300), 0)).toBeNull();
  });
});

describe('the report sheets carry the heights', () => {
  let hasil: HasilLaporan;
  let laporan: ModelLembar;
  beforeAll(async () => {
    const { masukan } = bacaKontrak(await rentangDokumen());
    if (!masukan) throw new Error('kontrak ditolak');
    hasil = hitungLaporan(masukan);
    laporan = susunLembarLaporan(hasil);
  });

  test('Laporan LKIP: every indicator whose name cannot fit one line of its column gets at least two lines', () => {
    const tinggi = laporan.tinggiBaris!;
    expect(tinggi).toHaveLength(laporan.nilai.length);
    const lebarIndikator = laporan.lebarKolom[1]!;
    expect(lebarIndikator).toBe(48);
    // More than 60 characters (48 × 1.25) do not fit one 48-wide line even in Calibri, the narrowest font in play.
    const panjang = dokumen.indikator.filter((i) => i.nama.length > 60);
    expect(panjang.map((i) => i.no_pk)).toEqual([1, 2, 5, 6, 7, 8, 9]);
    for (const ind of panjang) {
      const t = tinggi[cariBaris(laporan, ind.nama, 1)] ?? 0;
      expect({ no: ind.no_pk, duaBaris: t >= 30 }).toEqual({ no: ind.no_pk, duaBaris: true });
    }
    // PK 6 has 108 characters: three lines at the documented 1.1 characters per width unit (52 per line).
    const pk6 = dokumen.indikator.find((i) => i.no_pk === 6)!;
    expect(pk6.nama).toHaveLength(108);
    expect(tinggi[cariBaris(laporan, pk6.nama, 1)]).toBeGreaterThanOrEqual(45);
  });

  test('Laporan LKIP: the RATA-RATA footer with its long derivation is tall; the title rows keep the default', () => {
    const tinggi = laporan.tinggiBaris!;
    const kaki = cariBaris(laporan, 'RATA-RATA CAPAIAN', 0);
    const keterangan = laporan.nilai[kaki]![laporan.nilai[kaki]!.length - 1];
    expect(typeof keterangan).toBe('string');
    // Over 300 characters in the 64-wide Keterangan column: more than 4 lines in any font.
    expect((keterangan as string).length).toBeGreaterThan(300);
    expect(laporan.lebarKolom[laporan.lebarKolom.length - 1]).toBe(64);
    expect(tinggi[kaki]).toBeGreaterThanOrEqual(60);
    expect(tinggi.slice(0, 4)).toEqual([null, null, null, null]);
    expect(tinggi[cariBaris(laporan, 'Capaian Kinerja Tahun 2021', 0)]).toBeNull();
    // Same input → same heights.
    expect(susunLembarLaporan(hasil).tinggiBaris).toEqual(tinggi);
  });

  test('Verifikasi: a long message in the 80-wide Pesan column gets a height, a short one none', () => {
    const pesanPanjang = teksSepanjang(300);
    const m = susunLembarVerifikasi(
      [
        { tingkat: 'galat', id: 'A:panjang', pesan: pesanPanjang },
        { tingkat: 'info', id: 'B:pendek', pesan: 'pesan pendek' },
      ],
      null,
    );
    const tinggi = m.tinggiBaris!;
    expect(m.lebarKolom[3]).toBe(80);
    // 300 characters in 80 units: more than 3 lines even at 1.25 characters per unit.
    expect(tinggi[cariBaris(m, pesanPanjang, 3)]).toBeGreaterThanOrEqual(45);
    expect(tinggi[cariBaris(m, 'pesan pendek', 3)]).toBeNull();
    expect(tinggi[0]).toBeNull();
  });
});
