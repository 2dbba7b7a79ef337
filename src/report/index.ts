/**
 * The report engine: pure, no I/O. Inputs (named ranges through the port) → sheet models + summary + JSON.
 *
 *   kontrak.ts   named ranges → MasukanLaporan; the contract is a table (kontrak/daftar.ts, docs/kontrak.md)
 *   hitung.ts    MasukanLaporan → HasilLaporan (hitungLaporan; parts under hitung/), checks in periksa.ts
 *   susunLaporan.ts, susunVerifikasi.ts   HasilLaporan → the two sheets (one function per table, tabel/)
 *   ringkasan.ts the summary and the --json document
 *   jalankan.ts  one run over a PortBukuKerja (port.ts): read, compute, write, with progress
 */
export * from './lembar';
export * from './port';
export * from './kemajuan';
export * from './buku';
export * from './hasil';
export * from './kontrak';
export * from './hitung';
export * from './hitung/grupHarian';
export * from './periksa';
export * from './rumusRealisasi';
export * from './idTemuan';
export * from './penyusun';
export * from './susunLaporan';
export * from './susunVerifikasi';
export * from './ringkasan';
export * from './jalankan';
export * from './barisBerId';
export * from './narasi/draf';
export * from './susunNarasi';
