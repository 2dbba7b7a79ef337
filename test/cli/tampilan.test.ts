/** Terminal text: wrapping that never exceeds the width and keeps words whole. */
import { bungkus, lokasiMasalah, teksMasalah } from '../../src/cli/tampilan';

describe('bungkus', () => {
  test('memotong di spasi, baris lanjutan diberi indentasi', () => {
    const baris = bungkus('Persentase Pelaku usaha yang melakukan pengujian dan sertifikasi mutu produk', 30, '6.  ', '    ');
    expect(baris).toEqual([
      '6.  Persentase Pelaku usaha',
      '    yang melakukan pengujian',
      '    dan sertifikasi mutu',
      '    produk',
    ]);
    for (const b of baris) expect(b.length).toBeLessThanOrEqual(30);
  });

  test('kata yang lebih panjang dari baris dipotong, tidak melewati lebar', () => {
    const baris = bungkus(`awal ${'x'.repeat(50)} akhir`, 20);
    for (const b of baris) expect(b.length).toBeLessThanOrEqual(20);
    expect(baris.join('')).toContain('x'.repeat(20));
    expect(baris[baris.length - 1]).toContain('akhir');
  });

  test('teks kosong memberi satu baris (indentasi saja)', () => {
    expect(bungkus('', 60, 'Label: ')).toEqual(['Label:']);
  });
});

describe('lokasi masalah', () => {
  test('nama, baris, lembar dan sel', () => {
    const m = {
      tingkat: 'galat' as const,
      nama: 'LKIP_Target',
      baris: 3,
      lembar: 'Data LKIP',
      alamat: 'E29',
      pesan: 'bukan angka.',
    };
    expect(lokasiMasalah(m)).toBe("LKIP_Target baris 3, sel 'Data LKIP'!E29");
    expect(teksMasalah('kantor.xlsx', m, 200)).toEqual([
      "kantor.xlsx: galat — LKIP_Target baris 3, sel 'Data LKIP'!E29: bukan angka.",
    ]);
  });
});
