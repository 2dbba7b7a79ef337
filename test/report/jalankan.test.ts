/**
 * jalankanLaporan / periksaMasukan over the in-memory port: what is read, what is written, when
 * nothing is written (rejected input, a user's sheet of the same name), and determinism.
 */
import {
  NAMA_LEMBAR_LAPORAN,
  NAMA_LEMBAR_NARASI,
  NAMA_LEMBAR_VERIFIKASI,
  jalankanLaporan,
  periksaMasukan,
  type RentangBernama,
} from '../../src/report';
import { pelanggaranModelLaporan } from '../../src/report/buku';
import { bukuKerjaKecil, cariBaris } from './bantu';
import { bukuKerjaDokumen } from './contohDokumen';
import { PortMemori } from './portMemori';

describe('a run on the document workbook', () => {
  test('writes "Laporan LKIP", "Verifikasi" then "Narasi LKIP", with a bounded number of port calls', async () => {
    const port = bukuKerjaDokumen();
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditulis');
    expect(hasil.lembarDitulis).toEqual([NAMA_LEMBAR_LAPORAN, NAMA_LEMBAR_VERIFIKASI, NAMA_LEMBAR_NARASI]);
    expect(port.panggilan).toEqual([
      'bacaNamaLkip',
      `statusLembar:${NAMA_LEMBAR_LAPORAN}`,
      `statusLembar:${NAMA_LEMBAR_VERIFIKASI}`,
      `statusLembar:${NAMA_LEMBAR_NARASI}`,
      `tulisLembar:${NAMA_LEMBAR_LAPORAN}`,
      `tulisLembar:${NAMA_LEMBAR_VERIFIKASI}`,
      `tulisLembar:${NAMA_LEMBAR_NARASI}`,
    ]);
    expect(hasil.ringkasan).toMatchObject({ rataRataCapaian: '81,44 %', kategori: 'Berhasil', serapanAnggaran: '97,32 %' });
    expect(hasil.json!.rata_rata_capaian).toBe(81.44);
    expect(hasil.temuan).toHaveLength(9);
    expect(hasil.masalah).toEqual([]);
    expect(port.tulisan.map(pelanggaranModelLaporan)).toEqual([[], [], []]);
  });

  test('the input sheets are never written', async () => {
    const port = bukuKerjaDokumen();
    const sebelum = ['Input', 'Harga', 'Anggaran'].map((l) => port.salinNilai(l));
    await jalankanLaporan(port);
    await jalankanLaporan(port);
    expect(['Input', 'Harga', 'Anggaran'].map((l) => port.salinNilai(l))).toEqual(sebelum);
    expect(port.tulisan.map((m) => m.nama)).toEqual([
      NAMA_LEMBAR_LAPORAN,
      NAMA_LEMBAR_VERIFIKASI,
      NAMA_LEMBAR_NARASI,
      NAMA_LEMBAR_LAPORAN,
      NAMA_LEMBAR_VERIFIKASI,
      NAMA_LEMBAR_NARASI,
    ]);
  });

  test('second run reads the old Verifikasi and Narasi LKIP sheets (reviewer notes, edited narratives) before writing', async () => {
    const port = bukuKerjaDokumen();
    await jalankanLaporan(port);
    port.panggilan.length = 0;
    await jalankanLaporan(port);
    expect(port.panggilan).toEqual([
      'bacaNamaLkip',
      `statusLembar:${NAMA_LEMBAR_LAPORAN}`,
      `statusLembar:${NAMA_LEMBAR_VERIFIKASI}`,
      `statusLembar:${NAMA_LEMBAR_NARASI}`,
      `bacaNilaiLembar:${NAMA_LEMBAR_VERIFIKASI}`,
      `bacaNilaiLembar:${NAMA_LEMBAR_NARASI}`,
      `tulisLembar:${NAMA_LEMBAR_LAPORAN}`,
      `tulisLembar:${NAMA_LEMBAR_VERIFIKASI}`,
      `tulisLembar:${NAMA_LEMBAR_NARASI}`,
    ]);
  });

  test('same input → identical models, also when the port lists the names in another order', async () => {
    const a = bukuKerjaDokumen();
    await jalankanLaporan(a);
    await jalankanLaporan(a);
    expect(a.tulisan[3]).toEqual(a.tulisan[0]);
    expect(a.tulisan[4]).toEqual(a.tulisan[1]);
    expect(a.tulisan[5]).toEqual(a.tulisan[2]);

    const b = bukuKerjaDokumen();
    const asli = b.bacaNamaLkip.bind(b);
    b.bacaNamaLkip = async () => {
      const r = await asli();
      return { rentang: [...r.rentang].reverse() as RentangBernama[], tidakTerbaca: r.tidakTerbaca };
    };
    await jalankanLaporan(b);
    expect(b.tulisan[0]).toEqual(a.tulisan[0]);
    expect(b.tulisan[1]).toEqual(a.tulisan[1]);
    expect(b.tulisan[2]).toEqual(a.tulisan[2]);
  });

  test('sheets are protected without password, Verifikasi leaves Status and Catatan reviewer editable', async () => {
    const port = bukuKerjaDokumen();
    await jalankanLaporan(port);
    expect(port.modelTerakhir(NAMA_LEMBAR_LAPORAN)!.proteksi).toEqual({ dapatDiedit: [] });
    const v = port.modelTerakhir(NAMA_LEMBAR_VERIFIKASI)!;
    const kepala = cariBaris(v, 'ID', 0);
    expect(v.proteksi!.dapatDiedit).toEqual([{ baris: kepala + 1, kolom: 4, jumlahBaris: 9 + 200, jumlahKolom: 2 }]);
    expect(v.nilai[kepala]!.slice(4, 6)).toEqual(['Status', 'Catatan reviewer']);

    const tanpa = bukuKerjaDokumen();
    await jalankanLaporan(tanpa, { lindungiLembar: false });
    expect(tanpa.tulisan.every((m) => m.proteksi === undefined)).toBe(true);
  });
});

describe('a sheet of the same name that the add-in did not create', () => {
  test('"Laporan LKIP" of the user → perlu_konfirmasi, nothing written; confirmed → written', async () => {
    const port = bukuKerjaDokumen().buatLembarPengguna(NAMA_LEMBAR_LAPORAN, [['catatan saya']]);
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('perlu_konfirmasi');
    expect(hasil.lembarBentrok).toEqual([NAMA_LEMBAR_LAPORAN]);
    expect(hasil.lembarDitulis).toEqual([]);
    expect(port.tulisan).toEqual([]);
    expect(port.salinNilai(NAMA_LEMBAR_LAPORAN)).toEqual([['catatan saya']]);
    expect(hasil.ringkasan!.rataRataCapaian).toBe('81,44 %');

    const lagi = await jalankanLaporan(port, { timpaLembarPengguna: true });
    expect(lagi.status).toBe('ditulis');
    expect(port.salinNilai(NAMA_LEMBAR_LAPORAN)![0]![0]).toBe('LAPORAN KINERJA INSTANSI PEMERINTAH (LKIP)');
    expect((await port.statusLembar(NAMA_LEMBAR_LAPORAN)) === 'milik_lkip').toBe(true);
  });

  test('a user\'s "Verifikasi" sheet blocks too', async () => {
    const port = bukuKerjaDokumen().buatLembarPengguna(NAMA_LEMBAR_VERIFIKASI);
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('perlu_konfirmasi');
    expect(hasil.lembarBentrok).toEqual([NAMA_LEMBAR_VERIFIKASI]);
    expect(port.tulisan).toEqual([]);
  });
});

describe('rejected input: nothing is written', () => {
  test('missing LKIP_Target → ditolak, the problem names it in Indonesian', async () => {
    const port = bukuKerjaDokumen({ tanpaNama: ['LKIP_Target'] });
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditolak');
    expect(port.tulisan).toEqual([]);
    expect(port.panggilan).toEqual(['bacaNamaLkip']);
    expect(hasil.ringkasan).toBeNull();
    expect(hasil.json).toBeNull();
    expect(hasil.masalah).toEqual([
      {
        tingkat: 'galat',
        nama: 'LKIP_Target',
        pesan:
          'Nama LKIP_Target tidak ditemukan di buku kerja. Buat rentang bernama LKIP_Target (satu kolom, satu baris per indikator); tanpa nama ini laporan tidak ditulis.',
      },
    ]);
    expect(hasil.statusNama.find((s) => s.nama === 'LKIP_Target')).toEqual({ nama: 'LKIP_Target', wajib: true, ada: false });
  });

  test('lengths that differ → ditolak, with the name, sheet and range address', async () => {
    const port = bukuKerjaDokumen().namai('LKIP_Realisasi', 'Input', 'E5:E14');
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditolak');
    expect(port.tulisan).toEqual([]);
    expect(hasil.masalah).toEqual([
      {
        tingkat: 'galat',
        nama: 'LKIP_Realisasi',
        lembar: 'Input',
        alamat: 'E5:E14',
        pesan:
          'LKIP_Realisasi berisi 10 baris, sedangkan LKIP_Indikator berisi 11 baris: semua rentang indikator harus sama panjang (baris ke-i = indikator ke-i).',
      },
    ]);
  });

  test('an optional n×1 name of another length is rejected too', async () => {
    const port = bukuKerjaDokumen().namai('LKIP_Satuan', 'Input', 'C5:C20');
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditolak');
    expect(hasil.masalah.map((m) => m.nama)).toEqual(['LKIP_Satuan']);
  });

  test('a 2-column indicator range → ditolak', async () => {
    const port = bukuKerjaDokumen().namai('LKIP_Indikator', 'Input', 'B5:C15');
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditolak');
    expect(port.tulisan).toEqual([]);
    expect(hasil.masalah[0]).toMatchObject({ tingkat: 'galat', nama: 'LKIP_Indikator', lembar: 'Input', alamat: 'B5:C15' });
    expect(hasil.masalah[0]!.pesan).toContain('harus satu kolom (n×1');
  });

  test('a required name that cannot be read (#REF!) → ditolak with the reason', async () => {
    const port = bukuKerjaDokumen({ tanpaNama: ['LKIP_Realisasi'] });
    port.namaRusak.push({ nama: 'LKIP_Realisasi', rujukan: '#REF!', alasan: 'rujukan rusak (#REF!)' });
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditolak');
    expect(hasil.masalah).toEqual([
      {
        tingkat: 'galat',
        nama: 'LKIP_Realisasi',
        pesan: 'Nama LKIP_Realisasi (#REF!) tidak dapat dibaca sebagai rentang: rujukan rusak (#REF!).',
      },
    ]);
  });

  test('a bad setting (LKIP_Batas = "banyak") → ditolak with the cell', async () => {
    const port = bukuKerjaDokumen();
    port.isi('Input', 'D1', [['banyak']]).namai('LKIP_Batas', 'Input', 'D1');
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditolak');
    expect(hasil.masalah[0]).toMatchObject({ tingkat: 'galat', nama: 'LKIP_Batas', lembar: 'Input', alamat: 'D1' });
    expect(hasil.masalah[0]!.pesan).toContain('"banyak"');
  });
});

test('an input range on a sheet the report rewrites → ditolak, even when replacing is confirmed', async () => {
  const port = bukuKerjaDokumen();
  port
    .buatLembarPengguna(NAMA_LEMBAR_VERIFIKASI, [['Lembar Verifikasi'], [2021]])
    .namai('LKIP_Tahun', NAMA_LEMBAR_VERIFIKASI, 'A2');
  const hasil = await jalankanLaporan(port, { timpaLembarPengguna: true });
  expect(hasil.status).toBe('ditolak');
  expect(port.tulisan).toEqual([]);
  expect(hasil.masalah[0]).toMatchObject({ tingkat: 'galat', nama: 'LKIP_Tahun', lembar: NAMA_LEMBAR_VERIFIKASI, alamat: 'A2' });
  expect(hasil.masalah[0]!.pesan).toContain('ditulis ulang oleh laporan');
});

describe('periksaMasukan (task pane status list)', () => {
  test('one read, nothing written, every contract name with its row count', async () => {
    const port = bukuKerjaDokumen();
    const { statusNama, masalah } = await periksaMasukan(port);
    expect(port.panggilan).toEqual(['bacaNamaLkip']);
    expect(masalah).toEqual([]);
    expect(statusNama.slice(0, 3)).toEqual([
      { nama: 'LKIP_Indikator', wajib: true, ada: true, jumlahBaris: 11, rujukan: 'Input!$B$5:$B$15' },
      { nama: 'LKIP_Target', wajib: true, ada: true, jumlahBaris: 11, rujukan: 'Input!$D$5:$D$15' },
      { nama: 'LKIP_Realisasi', wajib: true, ada: true, jumlahBaris: 11, rujukan: 'Input!$E$5:$E$15' },
    ]);
    const ada = Object.fromEntries(statusNama.map((s) => [s.nama, s.ada]));
    expect(ada).toMatchObject({
      LKIP_Satuan: true,
      LKIP_Realisasi_Lalu: false,
      LKIP_Target_Akhir: false,
      LKIP_Harga_Kebutuhan_Pokok: true,
      LKIP_Harga_Barang_Penting: true,
      LKIP_Anggaran: true,
      LKIP_Anggaran_APBN: true,
      LKIP_Skala: false,
      LKIP_Instansi: true,
    });
    expect(statusNama.find((s) => s.nama === 'LKIP_Harga_Kebutuhan_Pokok')).toMatchObject({
      jumlahBaris: 24,
      rujukan: 'Harga!$A$1:$E$24',
    });
  });

  test('an unknown LKIP_ name is a warning, not a block', async () => {
    const port = bukuKerjaDokumen().namai('LKIP_Targte', 'Input', 'D5:D15');
    const { masalah } = await periksaMasukan(port);
    expect(masalah).toHaveLength(1);
    expect(masalah[0]).toMatchObject({ tingkat: 'peringatan', nama: 'LKIP_Targte' });
    expect((await jalankanLaporan(port)).status).toBe('ditulis');
  });
});

describe('text that looks like a formula stays a plain string in the model', () => {
  test('=, +, - and @ at the start', async () => {
    const nama = ['=SUM(A1:A9)', '+62 pelaku usaha', '-persen turun', '@pengguna'];
    const port = bukuKerjaKecil(nama.map((n, i) => ({ nama: n, target: 10, realisasi: 5 + i })));
    const hasil = await jalankanLaporan(port);
    expect(hasil.status).toBe('ditulis');
    const model = port.modelTerakhir(NAMA_LEMBAR_LAPORAN)!;
    for (const n of nama) {
      const b = cariBaris(model, n, 1);
      expect(model.nilai[b]![1]).toBe(n);
      expect(model.formatAngka[b]![1]).toBe('@');
    }
    expect(model.rumus).toBeUndefined();
    expect(port.modelTerakhir(NAMA_LEMBAR_VERIFIKASI)!.rumus).toBeUndefined();
  });
});

describe('options', () => {
  test('LKIP_Batas "tanpa": capaian not capped; LKIP_Target_NA "dikecualikan": NA left out', async () => {
    const port = bukuKerjaDokumen();
    port
      .isi('Input', 'D1', [['tanpa'], ['dikecualikan']])
      .namai('LKIP_Batas', 'Input', 'D1')
      .namai('LKIP_Target_NA', 'Input', 'D2');
    const hasil = await jalankanLaporan(port);
    const capaian = hasil.json!.indikator.map((i) => i.capaian);
    // 98,13 / 54,70 = 179,40 and 32,31 / 10 = 323,10 (Tabel 3.2's uncapped figures); indicator 6 excluded
    expect(capaian).toEqual([88.64, null, 75, 100, 179.4, null, 50, null, 96.43, 22.86, 323.1]);
    // (88,64 + 75 + 100 + 179,40 + 50 + 96,43 + 22,86 + 323,10) / 8 = 935,43 / 8 = 116,93
    expect(hasil.json!.rata_rata_capaian).toBe(116.93);
    expect(hasil.temuan.some((m) => m.id!.startsWith('DIBATASI'))).toBe(false);
    expect(hasil.temuan.find((m) => m.id!.startsWith('TARGET-NA'))!.pesan).toContain('dikecualikan dari rata-rata');
  });

  test('defaults from the task pane apply when the workbook has no setting', async () => {
    const port = bukuKerjaDokumen();
    const hasil = await jalankanLaporan(port, { pengaturan: { batas: 120, kebijakanNA: 'dikecualikan', skala: 'lima-tingkat' } });
    expect(hasil.json!.indikator[4]!.capaian).toBe(120);
    expect(hasil.json!.indikator[5]!.capaian).toBeNull();
    // (88,64 + 75 + 100 + 120 + 50 + 96,43 + 22,86 + 120) / 8 = 672,93 / 8 = 84,12 → "Tinggi" on the five-level scale
    expect(hasil.json!.rata_rata_capaian).toBe(84.12);
    expect(hasil.json!.kategori).toBe('Tinggi');
  });

  test('LKIP_Skala as a 2-column range with a header row', async () => {
    const port = bukuKerjaDokumen();
    port
      .isi('Input', 'J1', [
        ['Batas bawah', 'Kategori'],
        [90, 'Istimewa'],
        [80, 'Baik'],
        [null, 'Kurang'],
      ])
      .namai('LKIP_Skala', 'Input', 'J1:K4');
    const hasil = await jalankanLaporan(port);
    expect(hasil.json!.kategori).toBe('Baik');
    expect(hasil.json!.indikator.map((i) => i.kategori)).toEqual([
      'Baik',
      null,
      'Kurang',
      'Istimewa',
      'Istimewa',
      'Istimewa',
      'Kurang',
      null,
      'Istimewa',
      'Kurang',
      'Istimewa',
    ]);
  });
});

describe('comparison columns: last year and the Renstra end target', () => {
  test('extra columns appear with their figures', async () => {
    const port = bukuKerjaKecil(
      [
        { nama: 'Indikator A', target: 50, realisasi: 44.32 },
        { nama: 'Indikator B', target: 40, realisasi: 20 },
      ],
      (p, akhir) => {
        p.isi('Data', 'F1', [
          ['Realisasi lalu', 'Target akhir'],
          [40, 60],
          ['NA', 50],
        ]);
        p.namai('LKIP_Realisasi_Lalu', 'Data', `F2:F${akhir}`).namai('LKIP_Target_Akhir', 'Data', `G2:G${akhir}`);
        p.isi('Data', 'J1', [[2021]]).namai('LKIP_Tahun', 'Data', 'J1');
      },
    );
    await jalankanLaporan(port);
    const model = port.modelTerakhir(NAMA_LEMBAR_LAPORAN)!;
    const kepala = cariBaris(model, 'Indikator Kinerja', 1);
    expect(model.nilai[kepala]).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Realisasi',
      'Capaian',
      'Kategori',
      'Realisasi Tahun 2020',
      'Selisih thd Tahun 2020',
      'Target Akhir Renstra',
      'Capaian thd Target Akhir',
      'Sisa menuju Target Akhir',
      'Keterangan',
    ]);
    const a = cariBaris(model, 'Indikator A', 1);
    // 44,32 − 40 = 4,32; 44,32 / 60 × 100% = 73,87%; still to close: 60 − 44,32 = 15,68
    expect(model.nilai[a]!.slice(7, 12)).toEqual([40, 4.32, 60, 73.87, 15.68]);
    expect(model.nilai[a]![12]).toBe(
      '44,32 / 50 × 100% = 88,64%; thd tahun lalu: 44,32 − 40 = 4,32; thd target akhir: 44,32 / 60 × 100% = 73,87%; sisa menuju target akhir: 60 − 44,32 = 15,68',
    );
    const b = cariBaris(model, 'Indikator B', 1);
    expect(model.nilai[b]!.slice(7, 12)).toEqual(['NA', null, 50, 40, 30]);
    // narrower tables keep Keterangan in the last column by merging up to it
    expect(model.lebarKolom).toHaveLength(13);
    expect(pelanggaranModelLaporan(model)).toEqual([]);
  });
});

test('an empty workbook: every required name reported', async () => {
  const hasil = await jalankanLaporan(new PortMemori());
  expect(hasil.status).toBe('ditolak');
  expect(hasil.masalah.map((m) => m.nama)).toEqual(['LKIP_Indikator', 'LKIP_Target', 'LKIP_Realisasi']);
});

test('an input range on "Narasi LKIP" (rewritten by every run too) → ditolak', async () => {
  const port = bukuKerjaDokumen();
  port.buatLembarPengguna(NAMA_LEMBAR_NARASI, [['Tahun'], [2021]]).namai('LKIP_Tahun', NAMA_LEMBAR_NARASI, 'A2');
  const hasil = await jalankanLaporan(port, { timpaLembarPengguna: true });
  expect(hasil.status).toBe('ditolak');
  expect(port.tulisan).toEqual([]);
  expect(hasil.masalah[0]).toMatchObject({ tingkat: 'galat', nama: 'LKIP_Tahun', lembar: NAMA_LEMBAR_NARASI, alamat: 'A2' });
});
