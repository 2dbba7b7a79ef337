/** Names of the sheets the report writes (the add-in's own; never an input sheet). */
export const NAMA_LEMBAR_LAPORAN = 'Laporan LKIP';
export const NAMA_LEMBAR_VERIFIKASI = 'Verifikasi';
export const NAMA_LEMBAR_NARASI = 'Narasi LKIP';
