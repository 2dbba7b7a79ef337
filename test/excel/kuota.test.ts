/**
 * The adapter's pure parts: cell conversions (src/excel/sel.ts) and the request planners
 * (src/excel/batas.ts). Expected values are worked out by hand in the comments.
 */
import {
  ambilPotonganBaca,
  KUOTA_BITA,
  KUOTA_SEL,
  BIAYA_AKSI,
  kapasitasBaca,
  kemasPermintaan,
  potongBarisTulis,
  susunGrid,
  type Operasi,
} from '../../src/excel/kuota';
import { dariNilaiExcel, formatExcel, keNilaiExcel, lebarKeTitik, rumusDariExcel } from '../../src/excel/sel';
import type { ModelLembar } from '../../src/report/lembar';

describe('cell conversions', () => {
  test('text Excel would read as a formula gets the quote prefix; a leading quote is doubled', () => {
    expect(keNilaiExcel('=SUM(A1:A3)')).toBe("'=SUM(A1:A3)");
    expect(keNilaiExcel('+62 812')).toBe("'+62 812");
    expect(keNilaiExcel('-')).toBe("'-");
    expect(keNilaiExcel('@admin')).toBe("'@admin");
    expect(keNilaiExcel("'kutip")).toBe("''kutip");
    expect(keNilaiExcel('Berhasil')).toBe('Berhasil');
    expect(keNilaiExcel('81,44 %')).toBe('81,44 %');
    expect(keNilaiExcel(null)).toBe('');
    expect(keNilaiExcel(-12.5)).toBe(-12.5);
    expect(keNilaiExcel(true)).toBe(true);
  });

  test('text cells are formatted "@" unless the model says otherwise; formula-like text always', () => {
    expect(formatExcel('Berhasil', null)).toBe('@');
    expect(formatExcel('001', null)).toBe('@');
    expect(formatExcel('=x', '#,##0.00')).toBe('@');
    expect(formatExcel('Judul', 'General')).toBe('General');
    expect(formatExcel(81.44, '#,##0.00" %"')).toBe('#,##0.00" %"');
    expect(formatExcel(null, null)).toBeNull();
  });

  test('reading: "" is an empty cell; a formula only where it differs from the value', () => {
    expect(dariNilaiExcel('')).toBeNull();
    expect(dariNilaiExcel(0)).toBe(0);
    expect(dariNilaiExcel('#REF!')).toBe('#REF!');
    expect(rumusDariExcel('=39/88*100', 44.31818181818182)).toBe('=39/88*100');
    expect(rumusDariExcel(50, 50)).toBeNull();
    expect(rumusDariExcel('=teks', '=teks')).toBeNull(); // quote-prefixed text
    expect(rumusDariExcel('', '')).toBeNull();
  });

  test('column widths: characters × 7 px, × 0.75 pt per px', () => {
    expect(lebarKeTitik(8.43)).toBe(44.25); // 59 px
    expect(lebarKeTitik(10)).toBe(52.5); // 70 px
    expect(lebarKeTitik(0)).toBe(0);
  });
});

function modelAngka(baris: number, kolom: number): ModelLembar {
  const nilai = Array.from({ length: baris }, (_, r) => Array.from({ length: kolom }, (_, c) => r * kolom + c));
  return {
    nama: 'Uji',
    nilai,
    formatAngka: nilai.map((b) => b.map(() => null)),
    gaya: [],
    gabungan: [],
    lebarKolom: [],
    bekukanBaris: 0,
    catatan: [],
  };
}

describe('write blocks', () => {
  test('a small grid is one block whose bytes are the JSON of its values and formats', () => {
    const grid = susunGrid(modelAngka(2, 2)); // [[0,1],[2,3]], formats all null
    // rows: "[0,1]" 5 + "[null,null]" 11 + 2 = 18 bytes each; 3 actions of overhead.
    expect(potongBarisTulis(grid)).toEqual([{ barisAwal: 0, jumlahBaris: 2, bita: 3 * BIAYA_AKSI + 36, sel: 4 }]);
  });

  test('blocks respect the byte and cell limits and cover every row once, in order', () => {
    const grid = susunGrid(modelAngka(10, 3));
    // Row r: "[a,b,c]" + "[null,null,null]" (16) + 2: rows 0-2 are 25 bytes, row 3 "[9,10,11]" 27, the
    // rest 28. With 90 bytes over the 3×256 overhead: 75 | 27+28+28 = 83 | 84 | 28.
    const potongan = potongBarisTulis(grid, 3 * BIAYA_AKSI + 90, 1_000);
    expect(potongan.map((p) => [p.barisAwal, p.jumlahBaris])).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ]);
    const olehSel = potongBarisTulis(grid, KUOTA_BITA, 7);
    expect(olehSel.map((p) => p.jumlahBaris)).toEqual([2, 2, 2, 2, 2]);
    expect(olehSel.every((p) => p.sel <= 7)).toBe(true);
  });

  test('an empty model has no block', () => {
    expect(potongBarisTulis(susunGrid(modelAngka(0, 0)))).toEqual([]);
  });

  test('operations are packed in order, a new request when the next one would not fit', () => {
    const op = (bita: number, sel = 0): Operasi<null> => ({ bita, sel, terapkan: () => undefined });
    const kemasan = kemasPermintaan([op(3), op(3), op(5), op(1), op(1, 9)], 6, 10);
    expect(kemasan.map((k) => k.map((o) => o.bita))).toEqual([[3, 3], [5, 1], [1]]);
  });
});

describe('read blocks', () => {
  test('capacity: 4 MB over the bytes per cell, at most 1 000 000 cells', () => {
    expect(kapasitasBaca(40)).toBe(100_000);
    expect(kapasitasBaca(2)).toBe(KUOTA_SEL);
    expect(kapasitasBaca(1e9)).toBe(1);
  });

  test('whole rows in range order, several ranges in one request when they fit', () => {
    const ukuran = [
      { jumlahBaris: 3, jumlahKolom: 1 },
      { jumlahBaris: 0, jumlahKolom: 4 },
      { jumlahBaris: 5, jumlahKolom: 2 },
    ];
    const posisi = { indeks: 0, baris: 0 };
    expect(ambilPotonganBaca(ukuran, posisi, 7)).toEqual([
      { indeks: 0, barisAwal: 0, jumlahBaris: 3, jumlahKolom: 1 },
      { indeks: 2, barisAwal: 0, jumlahBaris: 2, jumlahKolom: 2 },
    ]);
    expect(ambilPotonganBaca(ukuran, posisi, 7)).toEqual([{ indeks: 2, barisAwal: 2, jumlahBaris: 3, jumlahKolom: 2 }]);
    expect(ambilPotonganBaca(ukuran, posisi, 7)).toEqual([]);
  });

  test('a row wider than the capacity is still read (alone)', () => {
    const posisi = { indeks: 0, baris: 0 };
    expect(ambilPotonganBaca([{ jumlahBaris: 2, jumlahKolom: 10 }], posisi, 4)).toEqual([
      { indeks: 0, barisAwal: 0, jumlahBaris: 1, jumlahKolom: 10 },
    ]);
  });
});
