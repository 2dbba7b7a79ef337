/** Evaluating the arithmetic formulas a workbook may carry without a cached result (files written by libraries). */
import { hitungRumusSederhana } from '../../src/cli/hitungRumus';

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
