/** The report engine: pure, no I/O. Inputs (named ranges through the port) → sheet models + summary + JSON. */
export * from './lembar';
export * from './port';
export * from './kemajuan';
export * from './buku';
export * from './hasil';
export * from './kontrak';
export * from './hitung';
export * from './hargaHarian';
export * from './periksa';
export * from './rumusRealisasi';
export * from './idTemuan';
export * from './penyusun';
export * from './susunLaporan';
export * from './susunVerifikasi';
export * from './ringkasan';
export * from './jalankan';
