/** LKIP Kinerja's formula core: pure, decimal, no Office.js, DOM or Node imports. */
export * from './desimal';
export * from './galat';
export * from './angka';
export * from './opsi';
export * from './capaian';
export * from './kategori';
export * from './harga';
export * from './rasio';
export * from './serapan';
export * from './efisiensi';
export * from './rataRataCapaian';
export * from './tanggal';
export * from './stabilitas';
export * from './hargaHarian';
export * from './tertulis';
export * from './narasi';
