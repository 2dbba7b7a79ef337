/** Reading defined-name references and evaluating cached-result-less arithmetic formulas. */
import { hitungRumusSederhana } from '../../src/cli/hitungRumus';
import { alamatMutlak, bacaRujukan } from '../../src/report/buku/alamat';

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

  test('alamatMutlak', () => {
    expect(alamatMutlak('c5:c15')).toBe('$C$5:$C$15');
    expect(alamatMutlak('$B$2')).toBe('$B$2');
    expect(alamatMutlak('Input!A1')).toBeNull();
  });
});

describe('hitungRumusSederhana', () => {
  test.each([
    ['=39/88*100', 44.31818181818182],
    ['=(7-6)/6*100', 16.666666666666668],
    ['=(1593-1576)/1576*100', 1.0786802030456852],
    ['=157/160*100', 98.125],
    ['=-2^2', 4], // Excel: negation before power
    ['=2^-1', 0.5],
    ['=50%*10', 5],
    ['= 1.5e2 + .5', 150.5],
    ['=2*(3+4)-1', 13],
  ])('%s = %d', (rumus, hasil) => {
    expect(hitungRumusSederhana(rumus)).toEqual({ jenis: 'angka', nilai: hasil });
  });

  test('pembagian dengan nol memberi #DIV/0! seperti Excel', () => {
    expect(hitungRumusSederhana('=1/0')).toEqual({ jenis: 'galat', nilai: '#DIV/0!' });
    expect(hitungRumusSederhana('=(-8)^0.5')).toEqual({ jenis: 'galat', nilai: '#NUM!' });
  });

  test.each(['=A1*2', '=SUM(1,2)', '=1+', '=(1+2', '="a"&"b"', '=1 2', ''])('%s tidak didukung', (rumus) => {
    expect(hitungRumusSederhana(rumus)).toEqual({ jenis: 'tidak_didukung' });
  });
});
