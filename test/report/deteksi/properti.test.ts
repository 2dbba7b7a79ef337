/**
 * Properties of the detector (fast-check): names follow their columns in any order; a sheet without a table
 * gets no names; title rows above a table and unrelated rows below it change nothing but the row numbers.
 */
import fc from 'fast-check';
import type { NilaiSel } from '../../../src/report/lembar';
import { deteksiTabel } from '../../../src/report/deteksi';
import { lembar, petaNama, type Baris } from './bantu';

interface SpesKolom {
  readonly kepala: string;
  /** The name it must get (written by hand), or null. */
  readonly nama: string | null;
  readonly nilai: fc.Arbitrary<NilaiSel>;
}

const angka = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }),
);
const indikator = fc.constantFrom(
  'Persentase APM SD/MI',
  'Indeks Kepuasan Masyarakat',
  'Rata-rata Lama Sekolah',
  'Angka Kematian Bayi per 1.000 KH',
  'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online',
);

const WAJIB: readonly SpesKolom[] = [
  { kepala: 'Indikator Kinerja', nama: 'LKIP_Indikator', nilai: indikator },
  { kepala: 'Target 2021', nama: 'LKIP_Target', nilai: angka },
  { kepala: 'Realisasi 2021', nama: 'LKIP_Realisasi', nilai: angka },
];
const PILIHAN: readonly SpesKolom[] = [
  { kepala: 'No', nama: null, nilai: fc.integer({ min: 1, max: 99 }) },
  { kepala: 'Sasaran Strategis', nama: 'LKIP_Sasaran', nilai: fc.constantFrom('Meningkatnya mutu layanan', null) },
  { kepala: 'Satuan', nama: 'LKIP_Satuan', nilai: fc.constantFrom('%', 'indeks', 'tahun') },
  { kepala: 'Realisasi 2020', nama: 'LKIP_Realisasi_Lalu', nilai: angka },
  { kepala: 'Realisasi 2019', nama: 'LKIP_Realisasi_2019', nilai: angka },
  { kepala: 'Capaian (%)', nama: 'LKIP_Capaian_Tertulis', nilai: angka },
  { kepala: 'Polaritas', nama: 'LKIP_Polaritas', nilai: fc.constantFrom('positif', 'negatif') },
  { kepala: 'Target Akhir Renstra', nama: 'LKIP_Target_Akhir', nilai: angka },
  { kepala: 'Standar Nasional', nama: 'LKIP_Standar_Nasional', nilai: angka },
  { kepala: 'Pagu Anggaran', nama: 'LKIP_Pagu', nilai: angka },
  { kepala: 'Realisasi Anggaran', nama: 'LKIP_Realisasi_Anggaran', nilai: angka },
  { kepala: 'Keterangan', nama: null, nilai: fc.constantFrom('BPS', null, 'data sementara') },
];

/** A performance table: the header row then 1–6 data rows, its columns in a random order. */
const tabelKinerja = fc
  .tuple(fc.subarray([...PILIHAN]), fc.integer({ min: 1, max: 6 }))
  .chain(([pilihan, n]) =>
    fc.tuple(fc.shuffledSubarray([...WAJIB, ...pilihan], { minLength: WAJIB.length + pilihan.length }), fc.constant(n)),
  )
  .chain(([kolom, n]) =>
    fc.tuple(
      fc.constant(kolom),
      // every data row keeps an indicator, a target and a realisasi, as a data row does
      fc.array(fc.tuple(...kolom.map((k) => (WAJIB.includes(k) ? k.nilai.filter((v) => v !== null) : k.nilai))), {
        minLength: n,
        maxLength: n,
      }),
    ),
  )
  .map(([kolom, data]) => ({ kolom, baris: [kolom.map((k) => k.kepala), ...data] as Baris[] }));

const huruf = (k: number) => String.fromCharCode(65 + k);

/** Words no header uses, to fill sheets with something that is not a table. */
const kataAcak = fc.stringMatching(/^x[a-z]{3,10}$/);
const selDerau: fc.Arbitrary<NilaiSel> = fc.oneof(
  angka,
  fc.boolean(),
  fc.constant(null),
  kataAcak,
  fc.constantFrom('Kupang', 'Beras', 'Januari', 'Dinas Kesehatan', 'Laporan Kinerja', 'Bidang Perdagangan', 'Kepala Dinas'),
);
const barisDerau = fc.array(selDerau, { minLength: 1, maxLength: 8 });

describe('properti detektor', () => {
  test('mengacak urutan kolom: setiap nama mengikuti kolomnya (nama yang diharapkan ditulis per kepala)', () => {
    fc.assert(
      fc.property(tabelKinerja, ({ kolom, baris }) => {
        const h = deteksiTabel([lembar('Acak', baris)]);
        const n = baris.length - 1;
        const diharapkan: Record<string, string> = {};
        kolom.forEach((k, i) => {
          if (k.nama) diharapkan[k.nama] = n === 1 ? `${huruf(i)}2` : `${huruf(i)}2:${huruf(i)}${n + 1}`;
        });
        expect(h.ambiguitas).toEqual([]);
        expect(petaNama(h)).toEqual(diharapkan);
      }),
    );
  });

  test('tanpa tabel, tanpa nama: lembar berisi angka, teks dan sel kosong sembarang', () => {
    fc.assert(
      fc.property(fc.array(barisDerau, { maxLength: 25 }), (baris) => {
        const h = deteksiTabel([lembar('Derau', baris)]);
        expect(h.tabel).toEqual([]);
        expect(h.nama).toEqual([]);
        expect(h.ambiguitas).toEqual([]);
      }),
    );
  });

  test('baris judul di atas dan baris derau di bawah (sesudah baris kosong atau "Sumber:") tidak mengubah pemetaan selain nomor barisnya', () => {
    const judul = fc.array(
      fc.oneof(
        fc.constant([] as NilaiSel[]),
        fc
          .constantFrom('PENGUKURAN KINERJA TAHUN 2021', 'Tabel 3.1 Capaian Kinerja', 'Dinas Pendidikan Kabupaten Contoh')
          .map((t) => [t]),
      ),
      { maxLength: 5 },
    );
    const penutup = fc.constantFrom<NilaiSel[]>([], ['Sumber: Bagian Perencanaan'], [null, null]);
    fc.assert(
      fc.property(tabelKinerja, judul, penutup, fc.array(barisDerau, { maxLength: 6 }), ({ baris }, atas, tutup, bawah) => {
        const dasar = deteksiTabel([lembar('L', baris)]);
        const h = deteksiTabel([lembar('L', [...atas, ...baris, tutup, ...bawah])]);
        const geser = (x: typeof dasar) =>
          x.nama.map((u) => ({
            nama: u.nama,
            kolom: u.rentang.kolom,
            jumlahBaris: u.rentang.jumlahBaris,
            baris: u.rentang.baris,
          }));
        expect(geser(h)).toEqual(geser(dasar).map((u) => ({ ...u, baris: u.baris + atas.length })));
        expect(h.tabel).toHaveLength(1);
      }),
    );
  });
});
