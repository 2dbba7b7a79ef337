/**
 * What the pane and the runner do with a detection: answer its ambiguities, rename or drop a column or a
 * table, give the year, detect in a selection, check for names that exist, and read a proposal as the contract
 * reads a named range.
 */
import { deteksiTabel, namaBentrok, rentangBernamaDari, rentangDariAlamat, type LembarSumber } from '../../../src/report/deteksi';
import { lembar, petaNama, type Baris } from './bantu';

const _ = null;

/** LKIP Disperindag NTT 2021 Tabel 3.2, first rows. */
const tabel32: Baris[] = [
  ['No', 'Indikator Kinerja', 'Satuan', 'Tahun Dasar 2020', 'Tahun 2021', _, _],
  [_, _, _, _, 'Target', 'Realisasi', 'Capaian'],
  ['1.', 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online', '%', 'NA', 50, 44.32, '88,64 %'],
  ['2.', 'Persentase Kenaikan Harga setiap tahun', '%', 'NA', 10, 19.77, '75 %'],
];
const capaian = lembar('Capaian', tabel32);

describe('OpsiDeteksi.ubah: suntingan di panel', () => {
  test('melepas satu kolom (null): namanya hilang, alasannya "Dilepas oleh pengguna."', () => {
    const h = deteksiTabel([capaian], { ubah: { 'Capaian!A1:D': null } });
    expect(petaNama(h)).toEqual({
      LKIP_Indikator: 'B3:B4',
      LKIP_Satuan: 'C3:C4',
      LKIP_Target: 'E3:E4',
      LKIP_Realisasi: 'F3:F4',
      LKIP_Capaian_Tertulis: 'G3:G4',
    });
    expect(h.tabel[0]!.kolom[3]).toMatchObject({ id: 'Capaian!A1:D', nama: null, alasan: 'Dilepas oleh pengguna.' });
  });

  test('mengganti nama kolom ("Tahun Dasar 2020" → LKIP_Realisasi_2020)', () => {
    const h = deteksiTabel([capaian], { ubah: { 'Capaian!A1:D': 'LKIP_Realisasi_2020' } });
    expect(petaNama(h)).toMatchObject({ LKIP_Realisasi_2020: 'D3:D4' });
    expect(petaNama(h)).not.toHaveProperty('LKIP_Realisasi_Lalu');
  });

  test('nama yang tidak dikenal ditolak dengan pesan, pemetaan tetap', () => {
    const h = deteksiTabel([capaian], { ubah: { 'Capaian!A1:D': 'LKIP_Bukan' } });
    expect(petaNama(h)).toMatchObject({ LKIP_Realisasi_Lalu: 'D3:D4' });
    expect(h.masalahOpsi).toHaveLength(1);
    expect(h.masalahOpsi[0]).toMatch(
      /^Nama "LKIP_Bukan" untuk kolom Capaian!A1:D tidak dikenal; pilih salah satu: LKIP_Indikator, /,
    );
  });

  test('suntingan yang membuat dua kolom bernama sama menjadi ambiguitas, bukan tebakan', () => {
    const h = deteksiTabel([capaian], { ubah: { 'Capaian!A1:D': 'LKIP_Target' } });
    expect(h.ambiguitas.map((a) => [a.id, a.pilihan.map((p) => p.id)])).toEqual([['kolom:Capaian!A1:LKIP_Target', ['D', 'E']]]);
    expect(h.nama).toEqual([]);
  });

  test('suntingan untuk kolom atau tabel yang tidak ada, dan satu nama untuk seluruh tabel kinerja, dilaporkan', () => {
    const h = deteksiTabel([capaian], { ubah: { 'Capaian!A1:Z': 'LKIP_Target', 'Capaian!A1': 'LKIP_Target' } });
    expect(h.masalahOpsi).toEqual([
      'Tabel kinerja Capaian!A1 tidak diberi satu nama: ubah nama per kolom (misalnya Capaian!A1:B).',
      'Suntingan untuk "Capaian!A1:Z" tidak cocok dengan tabel, kolom atau pengaturan mana pun.',
    ]);
    expect(petaNama(h)).toEqual(petaNama(deteksiTabel([capaian])));
  });

  const harga = lembar('Harga', [
    ['Tabel 3.5 Perbandingan Kenaikan/Penurunan Harga Bahan Kebutuhan Pokok'],
    ['No', 'Nama Bahan Pokok', 'Satuan', 'Tahun 2020', 'Tahun 2021'],
    [1, 'Beras', 'kg', 10950, 10143],
  ]);

  test('nama daftar harga diganti (LKIP_Harga_Pokok) atau dilepas; nama yang bukan LKIP_Harga_ ditolak', () => {
    expect(petaNama(deteksiTabel([harga]))).toEqual({ LKIP_Harga_Kebutuhan_Pokok: 'B3:E3' });
    expect(petaNama(deteksiTabel([harga], { ubah: { 'Harga!A2': 'LKIP_Harga_Pokok' } }))).toEqual({ LKIP_Harga_Pokok: 'B3:E3' });
    const dilepas = deteksiTabel([harga], { ubah: { 'Harga!A2': null } });
    expect(dilepas.nama).toEqual([]);
    expect(dilepas.tabel[0]).toMatchObject({ status: 'tidak_dipilih', catatan: ['Dilepas oleh pengguna.'] });
    const salah = deteksiTabel([harga], { ubah: { 'Harga!A2': 'LKIP_Anggaran_X' } });
    expect(petaNama(salah)).toEqual({ LKIP_Harga_Kebutuhan_Pokok: 'B3:E3' });
    expect(salah.masalahOpsi).toEqual(['Nama "LKIP_Anggaran_X" untuk tabel Harga!A2 tidak sah untuk tabel harga.']);
  });
});

describe('tahun laporan dan pengaturan', () => {
  test('OpsiDeteksi.tahun mengalahkan kepala: Tabel 3.2 dibaca untuk 2022 tidak punya target dan realisasi tahun itu', () => {
    const h = deteksiTabel([capaian], { tahun: 2022 });
    const t = h.tabel[0]!;
    expect(t.tahun).toEqual({ tahun: 2022, sumber: 'opsi', keterangan: 'tahun yang diberikan' });
    expect(t.status).toBe('tidak_terpetakan');
    expect(t.alasan).toEqual([
      'Tidak ada kolom untuk LKIP_Target tahun 2022.',
      'Tidak ada kolom untuk LKIP_Realisasi tahun 2022.',
    ]);
  });

  const pengaturan = lembar('Data', [
    ['Instansi', 'Dinas Perindustrian dan Perdagangan Provinsi NTT'],
    ['Tahun', 2021],
    [],
    ['Indikator Kinerja', 'Target', 'Realisasi', 'Realisasi 2020'],
    ['Persentase Kenaikan Harga setiap tahun', 10, 19.77, 'NA'],
  ]);

  test('sel "Tahun | 2021" menjadi LKIP_Tahun dan menempatkan "Realisasi 2020" sebagai tahun lalu; "Instansi | …" menjadi LKIP_Instansi', () => {
    const h = deteksiTabel([pengaturan]);
    expect(petaNama(h)).toEqual({
      LKIP_Indikator: 'A5',
      LKIP_Target: 'B5',
      LKIP_Realisasi: 'C5',
      LKIP_Realisasi_Lalu: 'D5',
      LKIP_Instansi: 'B1',
      LKIP_Tahun: 'B2',
    });
    expect(h.tabel[0]!.tahun).toEqual({ tahun: 2021, sumber: 'pengaturan', keterangan: 'sel Tahun di buku kerja' });
    expect(h.nama.find((u) => u.nama === 'LKIP_Tahun')).toMatchObject({ tabel: null, kepala: ['Tahun'], rujukan: 'Data!$B$2' });
  });

  test('dua sel Tahun di dua lembar: ditanyakan; pilihan memutuskan; pilihan yang tidak cocok dilaporkan', () => {
    const lain = lembar('Ringkasan', [['Tahun Anggaran :', _, 2022]]);
    const h = deteksiTabel([pengaturan, lain]);
    const a = h.ambiguitas.find((x) => x.id === 'pengaturan:LKIP_Tahun')!;
    expect(a.pilihan.map((p) => p.id)).toEqual(['Data!B2', 'Ringkasan!C1']);
    expect(a.pesan).toBe('Ada 2 sel untuk LKIP_Tahun: Data!B2 (2021), Ringkasan!C1 (2022). Pilih satu.');
    expect(petaNama(h)).not.toHaveProperty('LKIP_Tahun');
    expect(petaNama(deteksiTabel([pengaturan, lain], { pilihan: { 'pengaturan:LKIP_Tahun': 'Ringkasan!C1' } }))).toMatchObject({
      LKIP_Tahun: 'C1',
    });
    const salah = deteksiTabel([capaian, lembar('Dua', tabel32)], { pilihan: { 'tabel:kinerja': 'Capaian!Z9' } });
    expect(salah.masalahOpsi).toEqual([
      'Pilihan "Capaian!Z9" untuk tabel:kinerja tidak cocok; pilihan yang ada: Capaian!A1, Dua!A1.',
    ]);
    expect(salah.ambiguitas.map((x) => x.id)).toEqual(['tabel:kinerja']);
  });
});

describe('pilihan sel dan bantuan untuk panel dan runner', () => {
  test('nilai dari pilihan sel mulai D5 (asal): alamat mengikuti letak di lembar', () => {
    const h = deteksiTabel([lembar('Capaian', tabel32, { asal: 'D5' })]);
    expect(petaNama(h)).toEqual({
      LKIP_Indikator: 'E7:E8',
      LKIP_Satuan: 'F7:F8',
      LKIP_Realisasi_Lalu: 'G7:G8',
      LKIP_Target: 'H7:H8',
      LKIP_Realisasi: 'I7:I8',
      LKIP_Capaian_Tertulis: 'J7:J8',
    });
    expect(h.tabel[0]!.id).toBe('Capaian!D5');
  });

  test('gabungan dalam koordinat lembar juga dipakai bila nilai mulai dari D5', () => {
    const kepala: Baris[] = [
      ['No', 'Indikator Kinerja', 'Satuan', 'Tahun 2021', _, _],
      [_, _, _, 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase Kenaikan Harga setiap tahun', '%', 10, 19.77, '75 %'],
    ];
    const h = deteksiTabel([lembar('S', kepala, { asal: 'D5', gabungan: ['D5:D6', 'E5:E6', 'F5:F6', 'G5:I5'] })]);
    expect(h.tabel[0]!.kolom.map((k) => k.kepala)).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Tahun 2021 / Target',
      'Tahun 2021 / Realisasi',
      'Tahun 2021 / Capaian',
    ]);
    expect(petaNama(h)).toMatchObject({ LKIP_Target: 'G7', LKIP_Capaian_Tertulis: 'I7' });
  });

  test('namaBentrok: usulan yang namanya sudah ada di buku kerja (tanpa membedakan huruf besar)', () => {
    const h = deteksiTabel([capaian]);
    expect(namaBentrok(h.nama, ['lkip_target', 'LKIP_Lain']).map((u) => u.nama)).toEqual(['LKIP_Target']);
    expect(namaBentrok(h.nama, [])).toEqual([]);
  });

  test('rentangBernamaDari: nilai dan rumus usulan seperti kontrak membaca rentang bernama, juga dari asal D5', () => {
    const l: LembarSumber = {
      ...lembar('Capaian', tabel32, { asal: 'D5' }),
      rumus: tabel32.map((b, i) => b.map((_v, j) => (i === 2 && j === 5 ? '=39/88*100' : null))),
    };
    const h = deteksiTabel([l]);
    const realisasi = h.nama.find((u) => u.nama === 'LKIP_Realisasi')!;
    expect(rentangBernamaDari(realisasi, l)).toEqual({
      nama: 'LKIP_Realisasi',
      lembar: 'Capaian',
      baris: 6,
      kolom: 8,
      nilai: [[44.32], [19.77]],
      rumus: [['=39/88*100'], [null]],
    });
  });

  test('rentangDariAlamat: alamat gabungan dari Office.js dan ExcelJS', () => {
    expect(rentangDariAlamat('E4:G4')).toEqual({ baris: 3, kolom: 4, jumlahBaris: 1, jumlahKolom: 3 });
    expect(rentangDariAlamat("'PK 2021'!$A$4:$A$5")).toEqual({ baris: 3, kolom: 0, jumlahBaris: 2, jumlahKolom: 1 });
    expect(rentangDariAlamat('AA10')).toEqual({ baris: 9, kolom: 26, jumlahBaris: 1, jumlahKolom: 1 });
    expect(rentangDariAlamat('G5:E4')).toEqual({ baris: 3, kolom: 4, jumlahBaris: 2, jumlahKolom: 3 });
    expect(rentangDariAlamat('A:A')).toBeNull();
    expect(rentangDariAlamat('bukan alamat')).toBeNull();
  });
});
