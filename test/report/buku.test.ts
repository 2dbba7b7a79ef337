/**
 * The workbook rules both adapters share (src/report/buku): A1 addresses and Excel's grid, references of
 * defined names, sheet and defined-name rules, ownership markers, the checks of a sheet model, GalatPort; and
 * the closed list of progress stages (src/report/kemajuan.ts). Expected values are Excel's (its grid is
 * A1:XFD1048576; its documented limits on names) or worked out by hand in the comments.
 */
import {
  adalahNamaLkip,
  adalahNamaPenanda,
  alamatBaris,
  alamatKolom,
  alamatMutlak,
  alamatRentang,
  alamatSel,
  alamatTanpaLembar,
  bacaAlamat,
  bacaRujukan,
  BARIS_MAKS,
  GalatPort,
  hurufKolom,
  indeksKolom,
  KOLOM_MAKS,
  kutipLembar,
  namaLembarSah,
  namaPenandaBaru,
  namaRentangSah,
  pelanggaranModel,
  pelanggaranModelLaporan,
  periksaModel,
  periksaNamaRentang,
  rujukanPenanda,
  rujukanSeluruhLembar,
  ukuranRujukan,
} from '../../src/report/buku';
import { LABEL_TAHAP, TAHAP, URUTAN_TAHAP } from '../../src/report/kemajuan';
import type { ModelLembar } from '../../src/report/lembar';

describe('A1 addresses and the grid', () => {
  test('column letters both ways, up to XFD, the last of 16 384 columns', () => {
    expect([0, 25, 26, 701, 702, KOLOM_MAKS - 1].map(hurufKolom)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'z', 'AA', 'ZZ', 'aaa', 'XFD'].map(indeksKolom)).toEqual([0, 25, 26, 701, 702, 16_383]);
    expect(BARIS_MAKS).toBe(1_048_576);
  });

  test('cells, rectangles, whole columns and rows', () => {
    expect(alamatSel(4, 2)).toBe('C5');
    expect(alamatRentang({ baris: 4, kolom: 2, jumlahBaris: 11, jumlahKolom: 1 })).toBe('C5:C15');
    expect(alamatRentang({ baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 })).toBe('A1');
    expect(alamatKolom(3, 3)).toBe('D:F');
    expect(alamatKolom(0)).toBe('A:A');
    expect(alamatBaris(3, 3)).toBe('4:6');
  });

  test('sheet names are quoted when Excel needs it', () => {
    expect(kutipLembar('Input')).toBe('Input');
    expect(kutipLembar('Laporan LKIP')).toBe("'Laporan LKIP'");
    expect(kutipLembar("It's")).toBe("'It''s'");
    expect(kutipLembar('2021')).toBe("'2021'");
    expect(rujukanSeluruhLembar('Laporan LKIP')).toBe("'Laporan LKIP'!$1:$1048576");
  });

  test('a new marker refers to one cell (survives tools that drop whole-row names); both forms read as that sheet', () => {
    expect(rujukanPenanda('Laporan LKIP')).toBe("'Laporan LKIP'!$A$1");
    expect(rujukanPenanda("It's")).toBe("'It''s'!$A$1");
    for (const r of [rujukanPenanda("It's"), rujukanSeluruhLembar("It's")]) {
      expect(bacaRujukan(r)).toMatchObject({ jenis: 'rentang', lembar: "It's" });
    }
  });

  test('bacaAlamat reads what the writers write, in any corner order, and nothing off the grid', () => {
    const r = { baris: 4, kolom: 2, jumlahBaris: 11, jumlahKolom: 1 };
    expect(bacaAlamat(alamatRentang(r))).toEqual({ rentang: r, seluruhKolom: false, seluruhBaris: false });
    expect(bacaAlamat('$c$15:C5')!.rentang).toEqual(r);
    expect(bacaAlamat('D:F')).toEqual({
      rentang: { baris: 0, kolom: 3, jumlahBaris: BARIS_MAKS, jumlahKolom: 3 },
      seluruhKolom: true,
      seluruhBaris: false,
    });
    expect(bacaAlamat('$4:$6')).toEqual({
      rentang: { baris: 3, kolom: 0, jumlahBaris: 3, jumlahKolom: KOLOM_MAKS },
      seluruhKolom: false,
      seluruhBaris: true,
    });
    expect(bacaAlamat('XFD1048576')!.rentang).toEqual({
      baris: BARIS_MAKS - 1,
      kolom: KOLOM_MAKS - 1,
      jumlahBaris: 1,
      jumlahKolom: 1,
    });
    for (const salah of ['XFE1', 'A1048577', 'A0', 'Input!A1', 'A1:', 'LKIP_Target', '']) expect(bacaAlamat(salah)).toBeNull();
  });

  test('alamatMutlak anchors an A1 cell or range; alamatTanpaLembar drops the sheet part', () => {
    expect(alamatMutlak('c5:c15')).toBe('$C$5:$C$15');
    expect(alamatMutlak('$B$2')).toBe('$B$2');
    expect(alamatMutlak('Input!A1')).toBeNull();
    expect(alamatTanpaLembar('Input!$C$5')).toBe('$C$5');
    expect(alamatTanpaLembar("'Laporan LKIP'!C5:D9")).toBe('C5:D9');
    expect(alamatTanpaLembar('C5')).toBe('C5');
  });

  test('the size of a name from its reference; null when it cannot be told from the text', () => {
    expect(ukuranRujukan('Input!$C$5:$C$15')).toEqual({ jumlahBaris: 11, jumlahKolom: 1 });
    expect(ukuranRujukan("='Input LKIP'!$B$2:$E$4")).toEqual({ jumlahBaris: 3, jumlahKolom: 4 });
    expect(ukuranRujukan("'Dinas''s data'!A1")).toEqual({ jumlahBaris: 1, jumlahKolom: 1 });
    expect(ukuranRujukan('Input!$C:$C')).toBeNull();
    expect(ukuranRujukan('Input!$A$1:$A$3,Input!$C$1:$C$3')).toBeNull();
    expect(ukuranRujukan('#REF!')).toBeNull();
  });
});

describe('bacaRujukan', () => {
  test.each([
    ["'Data LKIP'!$C$5:$C$15", 'Data LKIP', { baris: 4, kolom: 2, jumlahBaris: 11, jumlahKolom: 1 }],
    ['Input!$B$2', 'Input', { baris: 1, kolom: 1, jumlahBaris: 1, jumlahKolom: 1 }],
    ['Input!B2:D3', 'Input', { baris: 1, kolom: 1, jumlahBaris: 2, jumlahKolom: 3 }],
    ["'It''s'!$AA$10", "It's", { baris: 9, kolom: 26, jumlahBaris: 1, jumlahKolom: 1 }],
    ['=Input!$B$3:$B$2', 'Input', { baris: 1, kolom: 1, jumlahBaris: 2, jumlahKolom: 1 }],
    ['Données!$A$1', 'Données', { baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 }],
  ])('%s', (teks, lembar, rentang) => {
    expect(bacaRujukan(teks)).toEqual({ jenis: 'rentang', lembar, rentang, seluruhKolom: false, seluruhBaris: false });
  });

  test('seluruh kolom dan seluruh baris ditandai untuk dipotong', () => {
    expect(bacaRujukan('Input!$B:$C')).toMatchObject({
      jenis: 'rentang',
      seluruhKolom: true,
      rentang: { kolom: 1, jumlahKolom: 2 },
    });
    expect(bacaRujukan('Input!$3:$4')).toMatchObject({
      jenis: 'rentang',
      seluruhBaris: true,
      rentang: { baris: 2, jumlahBaris: 2 },
    });
  });

  test.each([
    ['#REF!', /#REF!/],
    ["'Data LKIP'!#REF!", /#REF!/],
    ['[1]Lain!$A$1', /buku kerja lain/],
    ['"teks tetap"', /bukan rentang sel/],
    ['100', /bukan rentang sel/],
    ['OFFSET(Input!$A$1,0,0,5,1)', /bukan rentang sel/],
    ['Input!$A$1,Input!$B$1', /lebih dari satu area/],
    ['', /tidak merujuk/],
  ])('%s → tidak terbaca', (teks, alasan) => {
    const r = bacaRujukan(teks);
    expect(r.jenis).toBe('tidak');
    if (r.jenis === 'tidak') expect(r.alasan).toMatch(alasan);
  });

  test('an A1-shaped address off the grid is named as such', () => {
    expect(bacaRujukan('Input!$XFE$1')).toEqual({ jenis: 'tidak', alasan: 'alamat di luar batas lembar Excel' });
    expect(bacaRujukan('Input!$A$1048577')).toEqual({ jenis: 'tidak', alasan: 'alamat di luar batas lembar Excel' });
  });
});

describe('names', () => {
  test('sheet names: 1-31 characters, none of : \\ / ? * [ ], no quote at either end', () => {
    expect(namaLembarSah('Laporan LKIP')).toBe(true);
    expect(namaLembarSah('x'.repeat(31))).toBe(true);
    expect(namaLembarSah("Dinas's data")).toBe(true);
    expect(namaLembarSah('x'.repeat(32))).toBe(false);
    expect(namaLembarSah('')).toBe(false);
    for (const ch of [':', '\\', '/', '?', '*', '[', ']']) expect(namaLembarSah(`Laporan${ch}LKIP`)).toBe(false);
    expect(namaLembarSah("'Laporan")).toBe(false);
    expect(namaLembarSah("Laporan'")).toBe(false);
  });

  test('defined names: letter, _ or \\ first; letters, digits, _ . \\; at most 255; never a cell or R/C', () => {
    for (const sah of ['LKIP_Target', '_LKIP_LEMBAR_1', 'lkip.target', '\\catatan', 'A', 'ABCD1', 'x'.repeat(255)])
      expect([sah, namaRentangSah(sah)]).toEqual([sah, true]);
    for (const salah of ['LKIP Target', '1LKIP', 'C5', 'ab12', 'XFD1048576', 'R', 'c', 'x'.repeat(256), '', 'LKIP-Target'])
      expect([salah, namaRentangSah(salah)]).toEqual([salah, false]);
    expect(() => periksaNamaRentang('C5')).toThrow(expect.objectContaining({ kode: 'NAMA_TIDAK_VALID' }));
    expect(() => periksaNamaRentang('C5')).toThrow(/Nama "C5" tidak sah/);
  });

  test('report inputs are LKIP_ in any case; markers are _LKIP_LEMBAR_ in any case', () => {
    expect(['LKIP_Target', 'lkip_target', 'Lkip_X'].every(adalahNamaLkip)).toBe(true);
    expect(['LKIPTarget', 'X_LKIP_Target', '_LKIP_LEMBAR_1'].some(adalahNamaLkip)).toBe(false);
    expect(['_LKIP_LEMBAR_1', '_lkip_lembar_7'].every(adalahNamaPenanda)).toBe(true);
    expect(adalahNamaPenanda('LKIP_LEMBAR_1')).toBe(false);
  });

  test('a new marker takes the first free number, names compared case-blind', () => {
    expect(namaPenandaBaru([])).toBe('_LKIP_LEMBAR_1');
    expect(namaPenandaBaru(['_lkip_lembar_1', '_LKIP_LEMBAR_3', 'LKIP_Target'])).toBe('_LKIP_LEMBAR_2');
  });
});

/** A small valid model: a merged title, a header and two rows, all text formatted "@". */
function model(ubah: Partial<ModelLembar> = {}): ModelLembar {
  const nilai = [
    ['Capaian Kinerja', null],
    ['Indikator', 'Capaian'],
    ['Cakupan perizinan', 88.64],
  ];
  return {
    nama: 'Laporan LKIP',
    nilai,
    formatAngka: nilai.map((b) => b.map((x) => (typeof x === 'string' ? '@' : '#,##0.00'))),
    gaya: [{ rentang: { baris: 1, kolom: 0, jumlahBaris: 1, jumlahKolom: 2 }, gaya: { tebal: true, isi: 'D9E1F2' } }],
    gabungan: [{ baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 2 }],
    lebarKolom: [40, 12],
    tinggiBaris: [null, 30, null],
    bekukanBaris: 2,
    catatan: [{ baris: 2, kolom: 1, teks: '44,32 / 50 × 100% = 88,64%' }],
    proteksi: { dapatDiedit: [{ baris: 2, kolom: 1, jumlahBaris: 1, jumlahKolom: 1 }] },
    ...ubah,
  };
}

describe('checks of a sheet model', () => {
  test('a tidy model has no violation, for the adapters nor for the report', () => {
    expect(pelanggaranModel(model())).toEqual([]);
    expect(pelanggaranModelLaporan(model())).toEqual([]);
    expect(() => periksaModel(model())).not.toThrow();
  });

  test.each<[string, Partial<ModelLembar>, string]>([
    ['ragged rows', { nilai: [['a', null], ['b'], ['c', 1]] }, 'nilai baris 2 memiliki 1 kolom, seharusnya 2.'],
    ['formats of another shape', { formatAngka: [['@', null]] }, 'formatAngka memiliki 1 baris, nilai 3 baris.'],
    [
      'NaN',
      {
        nilai: [
          ['a', null],
          ['b', 'c'],
          ['d', Number.NaN],
        ],
      },
      'sel B3 berisi NaN, bukan angka terhingga.',
    ],
    [
      'a formula without "="',
      {
        rumus: [
          [null, null],
          [null, null],
          [null, '1+1'],
        ],
      },
      'rumus sel B3 tidak diawali "=": "1+1".',
    ],
    [
      'a rectangle of no cells',
      { gabungan: [{ baris: 0, kolom: 0, jumlahBaris: 0, jumlahKolom: 2 }] },
      'gabungan bukan persegi sel yang sah',
    ],
    [
      'a colour with #',
      { gaya: [{ rentang: { baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { isi: '#D9E1F2' } }] },
      'warna isi "#D9E1F2" bukan heksadesimal 6 digit.',
    ],
    [
      'a font of 410 pt',
      { gaya: [{ rentang: { baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { ukuranHuruf: 410 } }] },
      'ukuran huruf 410 di luar 1-409.',
    ],
    [
      'overlapping merges',
      {
        gabungan: [
          { baris: 0, kolom: 0, jumlahBaris: 1, jumlahKolom: 2 },
          { baris: 0, kolom: 1, jumlahBaris: 2, jumlahKolom: 1 },
        ],
      },
      'gabungan bertumpuk di sel B1.',
    ],
    [
      'a value hidden under a merge',
      { gabungan: [{ baris: 1, kolom: 0, jumlahBaris: 1, jumlahKolom: 2 }] },
      'sel B2 di dalam gabungan berisi nilai',
    ],
    ['a column of 256 characters', { lebarKolom: [40, 256] }, 'lebar kolom B = 256 di luar 0-255 karakter.'],
    ['a row of 410 pt', { tinggiBaris: [null, 410] }, 'tinggi baris 2 = 410 di luar 0-409 poin.'],
    ['more heights than rows', { tinggiBaris: [null, null, null, 20] }, 'tinggiBaris memiliki 4 baris, nilai 3 baris.'],
    ['negative frozen rows', { bekukanBaris: -1 }, 'bekukanBaris = -1 tidak sah.'],
    [
      'a note at a fractional row',
      { catatan: [{ baris: 1.5, kolom: 0, teks: 'x' }] },
      'catatan di baris 1.5, kolom 0 tidak sah.',
    ],
  ])('%s: refused by both adapters before a cell is written', (_apa, ubah, pesan) => {
    const m = model(ubah);
    expect(pelanggaranModel(m)[0]).toContain(pesan);
    expect(() => periksaModel(m)).toThrow(expect.objectContaining({ kode: 'MODEL_TIDAK_VALID' }));
    expect(() => periksaModel(m)).toThrow(`Lembar "Laporan LKIP": ${pesan}`);
  });

  test('a sheet name Excel refuses is NAMA_LEMBAR_TIDAK_VALID, named in the message', () => {
    const m = model({ nama: 'Laporan/LKIP' });
    expect(pelanggaranModel(m)).toEqual(['nama lembar "Laporan/LKIP" tidak sah untuk Excel.']);
    let galat: unknown;
    try {
      periksaModel(m);
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(GalatPort);
    expect(galat).toMatchObject({ kode: 'NAMA_LEMBAR_TIDAK_VALID', message: expect.stringContaining('"Laporan/LKIP"') });
  });
});

describe('checks of a sheet model: the tidy layout of the report', () => {
  test.each<[string, Partial<ModelLembar>, string]>([
    ['a merge outside the grid', { gabungan: [{ baris: 3, kolom: 0, jumlahBaris: 1, jumlahKolom: 2 }] }, 'gabungan di luar kisi'],
    [
      'a style outside the grid',
      { gaya: [{ rentang: { baris: 0, kolom: 2, jumlahBaris: 1, jumlahKolom: 1 }, gaya: { tebal: true } }] },
      'gaya di luar kisi',
    ],
    [
      'an editable range outside the columns',
      { proteksi: { dapatDiedit: [{ baris: 0, kolom: 2, jumlahBaris: 1, jumlahKolom: 1 }] } },
      'proteksi.dapatDiedit di luar kolom kisi',
    ],
    ['more frozen rows than rows', { bekukanBaris: 4 }, 'bekukanBaris 4 melebihi 3 baris.'],
    ['a width missing', { lebarKolom: [40] }, 'lebarKolom memiliki 1 kolom, kisi 2.'],
    [
      'text not formatted as Text',
      {
        formatAngka: [
          ['@', null],
          ['@', '@'],
          [null, '#,##0.00'],
        ],
      },
      'teks di sel A3 tanpa format "@".',
    ],
  ])('%s: writable, but not the tidy layout the report promises', (_apa, ubah, pesan) => {
    const m = model(ubah);
    expect(pelanggaranModel(m)).toEqual([]);
    expect(pelanggaranModelLaporan(m)).toEqual([expect.stringContaining(pesan)]);
  });
});

describe('progress stages', () => {
  test('one closed list, in run order, each with an Indonesian label', () => {
    expect(URUTAN_TAHAP).toEqual(['membaca', 'membaca harga harian', 'menghitung', 'menyusun laporan', 'menulis']);
    expect(new Set(URUTAN_TAHAP)).toEqual(new Set(Object.values(TAHAP)));
    expect(URUTAN_TAHAP.map((t) => LABEL_TAHAP[t])).toEqual([
      'Membaca',
      'Membaca harga harian',
      'Menghitung',
      'Menyusun laporan',
      'Menulis',
    ]);
  });
});
