/**
 * The contract as data (src/report/kontrak/daftar.ts): how a name finds its row, and that bacaKontrak's loops
 * treat every row alike (status, shape, default). The readers' details (headers, totals, settings' words) are
 * tested in bagian.test.ts and pilihan.test.ts.
 */
import {
  DAFTAR_NAMA,
  KOLOM_INDIKATOR,
  KOLOM_RIWAYAT,
  PENGATURAN,
  TABEL_MASUKAN,
  bacaKontrak,
  jenisDari,
  type JenisNama,
  type KunciKolom,
  type RentangBernama,
} from '../../src/report';

const rentang = (nama: string, nilai: unknown[][], kolom = 1): RentangBernama => ({
  nama,
  lembar: 'Data',
  baris: 1,
  kolom,
  nilai: nilai as RentangBernama['nilai'],
});
const WAJIB = [rentang('LKIP_Indikator', [['A']], 1), rentang('LKIP_Target', [[50]], 2), rentang('LKIP_Realisasi', [[44.32]], 3)];

describe('jenisDari: which row a defined name belongs to', () => {
  test.each([
    ['LKIP_Target', KOLOM_INDIKATOR.target],
    ['lkip_TARGET', KOLOM_INDIKATOR.target],
    ['LKIP_Realisasi_Lalu', KOLOM_INDIKATOR.realisasiLalu],
    ['LKIP_Anggaran', TABEL_MASUKAN.anggaran],
    ['LKIP_Anggaran_APBN', TABEL_MASUKAN.anggaranLain],
    ['LKIP_Harga_Kebutuhan_Pokok', TABEL_MASUKAN.harga],
    ['LKIP_HargaHarian_Pokok', TABEL_MASUKAN.hargaHarian],
    ['LKIP_Skala_Inflasi', PENGATURAN.skalaInflasi],
    ['LKIP_Skala_Efisiensi', PENGATURAN.skalaEfisiensi],
    // issue 14: LKIP_Realisasi_<tahun> takes four digits only; the exact names beside it win
    ['LKIP_Realisasi_2019', KOLOM_RIWAYAT],
    ['lkip_realisasi_2020', KOLOM_RIWAYAT],
    ['LKIP_Realisasi_Anggaran', KOLOM_INDIKATOR.realisasiAnggaran],
    ['LKIP_Realisasi', KOLOM_INDIKATOR.realisasi],
    ['LKIP_Pagu', KOLOM_INDIKATOR.pagu],
    ['LKIP_Sasaran', KOLOM_INDIKATOR.sasaran],
    ['LKIP_Standar_Nasional', KOLOM_INDIKATOR.standarNasional],
  ])('%s → its row (an exact name before a prefix)', (nama, jenis) => {
    expect(jenisDari(nama)).toBe(jenis);
  });

  test.each([
    ['LKIP_Targte'],
    ['LKIP_'],
    ['Target'],
    ['LKIP_Skala_Efisiensi_2'],
    // not a four-digit year after LKIP_Realisasi_: an unknown name, not a past year
    ['LKIP_Realisasi_Lalau'],
    ['LKIP_Realisasi_19'],
    ['LKIP_Realisasi_20201'],
    ['LKIP_Realisasi_'],
    ['LKIP_Realisasi_Anggaran_APBD'],
  ])('%s → no row', (nama) => {
    expect(jenisDari(nama)).toBeUndefined();
  });
});

describe("bacaKontrak's loops over the rows", () => {
  test('status: the names in the order of the contract, each present range with its reference', () => {
    const semua = DAFTAR_NAMA.filter((j) => j.akhiran === undefined && j.jenis !== 'kolom').map((j, i) =>
      rentang(j.nama, [[null]], 10 + i),
    );
    const k = bacaKontrak([...WAJIB, ...semua]);
    const urutan = DAFTAR_NAMA.filter((j) => j.akhiran === undefined && (j.jenis !== 'kolom' || j.wajib)).map((j) => j.nama);
    expect(k.statusNama.filter((s) => s.ada).map((s) => s.nama)).toEqual(urutan);
    expect(k.statusNama.find((s) => s.nama === 'LKIP_Batas')).toEqual({
      nama: 'LKIP_Batas',
      wajib: false,
      ada: true,
      jumlahBaris: 1,
      rujukan: 'Data!$Q$2', // the seventh such row: column 10 + 6 = Q
    });
  });

  test("every setting left out, or blank: its row's default", () => {
    for (const tambahan of [[], Object.values(PENGATURAN).map((j, i) => rentang(j.nama, [[null]], 10 + i))]) {
      const m = bacaKontrak([...WAJIB, ...tambahan]).masukan!;
      expect([m.instansi, m.tahun, m.skala, m.skalaInflasi, m.batas, m.kebijakanNA]).toEqual([
        PENGATURAN.instansi.bawaan,
        PENGATURAN.tahun.bawaan,
        PENGATURAN.skala.bawaan,
        PENGATURAN.skalaInflasi.bawaan,
        PENGATURAN.batas.bawaan,
        PENGATURAN.kebijakanNA.bawaan,
      ]);
      expect(m.opsiHargaHarian).toEqual({
        metode: PENGATURAN.metodeRataHarga.bawaan,
        simpangan: PENGATURAN.simpanganKV.bawaan,
        ambangKV: PENGATURAN.ambangKV.bawaan,
      });
    }
  });

  test('a table of two columns breaks the shape of every table row: one galat each, named, nothing read', () => {
    const tabel = ['LKIP_Harga_Penting', 'LKIP_HargaHarian_Pokok', 'LKIP_Anggaran', 'LKIP_Anggaran_APBN'];
    const k = bacaKontrak([
      ...WAJIB,
      rentang('LKIP_Tahun', [[2021]], 9),
      ...tabel.map((n, i) => rentang(n, [['a', 1]], 10 + 3 * i)),
    ]);
    expect(k.masukan).toBeNull();
    expect(k.masalah.map((m) => [m.tingkat, m.nama, /harus .* tetapi berisi 2 kolom\.$/.test(m.pesan)])).toEqual(
      tabel.map((n) => ['galat', n, true]),
    );
  });

  test('an indicator column of two columns: a galat naming its cells, as for every n×1 row', () => {
    for (const j of Object.values(KOLOM_INDIKATOR)) {
      const k = bacaKontrak([...WAJIB.filter((r) => r.nama !== j.nama), rentang(j.nama, [[1, 2]], 20)]);
      expect(k.masalah).toContainEqual(
        expect.objectContaining({ tingkat: 'galat', nama: j.nama, alamat: 'U2:V2', pesan: expect.stringContaining('n×1') }),
      );
    }
  });

  test('each indicator column lands in the row under its key (BarisIndikator.sel)', () => {
    const kolom = (Object.entries(KOLOM_INDIKATOR) as [KunciKolom, JenisNama][]).map(
      ([kunci, j], i) => [kunci, rentang(j.nama, [[`${kunci}!`]], i)] as const,
    );
    const baris = bacaKontrak(kolom.map(([, r]) => r)).masukan!.indikator[0]!;
    for (const [kunci, r] of kolom) {
      expect(baris.sel[kunci]).toEqual(expect.objectContaining({ nama: r.nama, nilai: `${kunci}!`, baris: 1 }));
    }
  });
});
