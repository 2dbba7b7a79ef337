/**
 * The detector on header layouts written from real LKjIP tables. Each test names its source; the headers,
 * title rows and closing lines are as printed there (typos included: "Tanun 2021", "N0", "Presentase",
 * "Capain"), and the expected mapping is written by hand from the layout.
 *
 * Sources: LKIP Dinas Perindustrian dan Perdagangan Prov. NTT 2021 (the project's source document, Tabel 2.6,
 * 3.2, 3.5, 3.6, 3.22 and the table of its Ikhtisar Eksekutif); LKjIP Inspektorat Daerah Kab. Sampang 2019
 * (Tabel 3.1 Pencapaian Kinerja); LKjIP Kab. Manggarai Timur 2019 (Tabel 3.8, sasaran strategis 5); Laporan
 * Kinerja Interim Triwulan II 2021 PPPOMN (Tabel 14); LAKIP Kec. Blimbing, Kota Malang 2022 (Tabel 3.1 and its
 * source line); RKT/LAKIP Kab. Banjarnegara 2013 (column-numbering row); the example of issue 16; the BAB III
 * columns of PermenPANRB 53/2014 as issue 14 names them.
 */
import { deteksiTabel, uraikanTabel } from '../../../src/report/deteksi';
import { alasanKolom, lembar, namaKolom, petaNama, tanpaGabungan, type Baris } from './bantu';

const _ = null;

describe('tabel kinerja', () => {
  /** Issue 16's example: title, merged two-row header, "Ket." column, source line. */
  const contohIsu16 = lembar(
    'PK 2021',
    [
      ['PENGUKURAN KINERJA TAHUN 2021', _, _, _, _, _, _, _],
      ['Dinas Pendidikan Kabupaten Contoh', _, _, _, _, _, _, _],
      [],
      ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Satuan', 'Tahun 2021', _, _, 'Ket.'],
      [_, _, _, _, 'Target', 'Realisasi', 'Capaian (%)', _],
      [1, 'Meningkatnya akses pendidikan dasar', 'Persentase APM SD/MI', '%', 90.89, 92.22, 101.46, _],
      [2, _, 'Persentase APM SMP/MTs', '%', 80.5, 78.1, 97.02, _],
      [3, 'Meningkatnya mutu pendidikan', 'Rata-rata Lama Sekolah', 'Tahun', 8.2, 8.25, 100.61, 'BPS'],
      ['Sumber: Bagian Perencanaan', _, _, _, _, _, _, _],
    ],
    { gabungan: ['A1:H1', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:G4', 'H4:H5', 'B6:B7'] },
  );
  const namaIsu16 = {
    LKIP_Sasaran: 'B6:B8',
    LKIP_Indikator: 'C6:C8',
    LKIP_Satuan: 'D6:D8',
    LKIP_Target: 'E6:E8',
    LKIP_Realisasi: 'F6:F8',
    LKIP_Capaian_Tertulis: 'G6:G8',
  };

  test('contoh isu 16: judul dilewati, kepala dua baris bergabung, "Rata-rata Lama Sekolah" tetap indikator, berhenti di "Sumber:"', () => {
    const h = deteksiTabel([contohIsu16]);
    expect(petaNama(h)).toEqual(namaIsu16);
    expect(h.ambiguitas).toEqual([]);
    const [t] = h.tabel;
    expect(h.tabel).toHaveLength(1);
    expect(t!.jenis).toBe('kinerja');
    expect(t!.status).toBe('siap');
    expect(t!.rujukan).toBe("'PK 2021'!A4:H8");
    expect(t!.kepala).toEqual({ baris: 3, kolom: 0, jumlahBaris: 2, jumlahKolom: 8 });
    expect(t!.jumlahBaris).toBe(3);
    expect(t!.akhir).toEqual({ sebab: 'baris_penutup', baris: 8, teks: 'Sumber: Bagian Perencanaan' });
    expect(t!.tahun).toEqual({ tahun: 2021, sumber: 'kepala', keterangan: 'kolom target dan realisasi tahun 2021' });
    expect(t!.kolom.map((k) => k.kepala)).toEqual([
      'No',
      'Sasaran Strategis',
      'Indikator Kinerja Utama',
      'Satuan',
      'Tahun 2021 / Target',
      'Tahun 2021 / Realisasi',
      'Tahun 2021 / Capaian (%)',
      'Ket.',
    ]);
    expect(alasanKolom(t!)).toEqual({ A: 'Kolom nomor.', H: '"Ket." tidak dibaca laporan.' });
    expect(t!.catatan).toEqual([
      'LKIP_Sasaran: sel gabungan B6:B7: hanya baris pertama tiap gabungan berisi nilai; baris lainnya dibaca kosong.',
    ]);
    expect(uraikanTabel(t!)).toBe("tabel kinerja di 'PK 2021'!A4:H8 (3 indikator)");
    expect(h.nama.find((u) => u.nama === 'LKIP_Target')).toMatchObject({
      lembar: 'PK 2021',
      alamatMutlak: '$E$6:$E$8',
      rujukan: "'PK 2021'!$E$6:$E$8",
      kepala: ['Tahun 2021 / Target'],
      rentang: { baris: 5, kolom: 4, jumlahBaris: 3, jumlahKolom: 1 },
    });
  });

  test('contoh isu 16 tanpa informasi gabungan (nilai saja): pemetaan sama, induk "Tahun 2021" terbaca dari sel kosong di sebelahnya', () => {
    const h = deteksiTabel([tanpaGabungan(contohIsu16)]);
    expect(petaNama(h)).toEqual(namaIsu16);
    expect(h.tabel[0]!.kolom[5]!.kepala).toBe('Tahun 2021 / Realisasi');
  });

  /** The nine indicators (and two sub-rows) of Tabel 3.2, as printed; the Ikhtisar Eksekutif prints the same rows. */
  const barisTabel32: Baris[] = [
    ['1.', 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online', '%', 'NA', 50, 44.32, '88,64 %'],
    ['2.', 'Persentase Kenaikan Harga setiap tahun', '%', 'NA', 10, 19.77, '75 %'],
    [_, 'a. Barang Kebutuhan Pokok', '%', 'NA', 10, 12.76, _],
    [_, 'b. Barang Penting', '%', 'NA', 10, 26.77, _],
    ['3.', 'Persentase Peningkatan Jumlah Komoditas Ekspor', '%', 'NA', 16.67, 16.67, '100 %'],
    [
      '4.',
      'Persentase Penurunan Pengaduan Konsumen yang menggunakan barang tidak sesuai standar',
      '%',
      'NA',
      54.7,
      98.13,
      '100 %',
    ],
    [
      '5.',
      'Persentase Pelaku usaha yang melakukan pengujian dan sertifikasi mutu produk (Target 2023 = 34 Pelaku Usaha)',
      '%',
      'NA',
      'NA',
      8.82,
      '100 %',
    ],
    ['6.', 'Persentase Peningkatan Transaksi Produk Lokal di dalam wilayah NTT', '%', 'NA', 40, 20, '50 %'],
    ['7.', 'Pertumbuhan industri pengolahan dengan memanfaatkan teknologi industri', '%', 'NA', 1.12, 1.08, '96,43 %'],
    ['8.', 'Persentase Penurunan Pelanggaran Ijin Usaha Industri', '%', 'NA', 50, 11.43, '22,86 %'],
    ['9.', 'Kesesuaian data informasi industri dalam mendukung SIINas', '%', 'NA', 10, 32.31, '100 %'],
  ];
  const tabel32: Baris[] = [
    ['Tabel 3.2'],
    ['Capaian Kinerja Tahun 2021'],
    [],
    ['No', 'Indikator Kinerja', 'Satuan', 'Tahun Dasar 2020', 'Tahun 2021', _, _],
    [_, _, _, _, 'Target', 'Realisasi', 'Capaian'],
    ...barisTabel32,
    ['RATA-RATA CAPAIAN', _, _, _, _, _, '81,44 %'],
  ];

  test('LKIP Disperindag NTT 2021 Tabel 3.2: "Tahun Dasar 2020" → LKIP_Realisasi_Lalu, "Tahun 2021" di atas Target/Realisasi/Capaian, berhenti di "RATA-RATA CAPAIAN"', () => {
    const h = deteksiTabel([lembar('Capaian', tabel32)]);
    expect(petaNama(h)).toEqual({
      LKIP_Indikator: 'B6:B16',
      LKIP_Satuan: 'C6:C16',
      LKIP_Realisasi_Lalu: 'D6:D16',
      LKIP_Target: 'E6:E16',
      LKIP_Realisasi: 'F6:F16',
      LKIP_Capaian_Tertulis: 'G6:G16',
    });
    const t = h.tabel[0]!;
    expect(t.jumlahBaris).toBe(11);
    expect(t.akhir).toEqual({ sebab: 'baris_penutup', baris: 16, teks: 'RATA-RATA CAPAIAN' });
    expect(t.kolom[3]).toMatchObject({ kepala: 'Tahun Dasar 2020', peran: 'realisasi', tahun: 2020 });
  });

  test('LKIP Disperindag NTT 2021 Tabel 3.2 dengan gabungan Excel (A4:A5 … E4:G4): pemetaan sama dengan tanpa gabungan', () => {
    const h = deteksiTabel([lembar('Capaian', tabel32, { gabungan: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:G4'] })]);
    expect(petaNama(h)).toEqual(petaNama(deteksiTabel([lembar('Capaian', tabel32)])));
  });

  const kepalaIkhtisar: Baris[] = [
    ['No', 'Indikator Kinerja', 'Satuan', 'Tahun Dasar 2020', 'Tanun 2021', _, _],
    [_, _, _, _, 'Target', 'Realisasi', 'Capaian'],
  ];
  const ikhtisar = lembar('Ikhtisar', [
    ...kepalaIkhtisar,
    ...barisTabel32.slice(0, 8),
    [],
    ...kepalaIkhtisar,
    ...barisTabel32.slice(8),
    ['RATA-RATA CAPAIAN', _, _, _, _, _, '81,44 %'],
  ]);

  test('Ikhtisar Eksekutif LKIP NTT 2021 ("Tanun 2021", tabel terpotong halaman): tabel kedua di bawahnya adalah tabel kedua, dan dua tabel kinerja ditanyakan, tidak ditebak', () => {
    const h = deteksiTabel([ikhtisar]);
    expect(h.tabel.map((t) => [t.rujukan, t.jenis, t.status, t.jumlahBaris])).toEqual([
      ['Ikhtisar!A1:G10', 'kinerja', 'perlu_pilihan', 8],
      ['Ikhtisar!A12:G16', 'kinerja', 'perlu_pilihan', 3],
    ]);
    expect(h.tabel[0]!.akhir).toEqual({ sebab: 'baris_kosong', baris: 10, teks: null });
    expect(petaNama(h)).toEqual({});
    expect(h.ambiguitas).toHaveLength(1);
    const a = h.ambiguitas[0]!;
    expect(a.id).toBe('tabel:kinerja');
    expect(a.jenis).toBe('tabel_kinerja');
    expect(a.pilihan.map((p) => p.id)).toEqual(['Ikhtisar!A1', 'Ikhtisar!A12']);
    expect(a.pesan).toContain('tabel kinerja di Ikhtisar!A1:G10 (8 indikator)');
    expect(a.pesan).toContain('tabel kinerja di Ikhtisar!A12:G16 (3 indikator)');

    const dipilih = deteksiTabel([ikhtisar], { pilihan: { 'tabel:kinerja': 'Ikhtisar!A1' } });
    expect(dipilih.ambiguitas).toEqual([]);
    expect(petaNama(dipilih)).toEqual({
      LKIP_Indikator: 'B3:B10',
      LKIP_Satuan: 'C3:C10',
      LKIP_Realisasi_Lalu: 'D3:D10',
      LKIP_Target: 'E3:E10',
      LKIP_Realisasi: 'F3:F10',
      LKIP_Capaian_Tertulis: 'G3:G10',
    });
    expect(dipilih.tabel.map((t) => t.status)).toEqual(['siap', 'tidak_dipilih']);
    expect(dipilih.tabel[1]!.catatan).toEqual(['Tabel kinerja lain dipilih (Ikhtisar!A1).']);
  });

  test('LKIP NTT 2021 Tabel 3.3–3.10 ("Tahun 2021" di atas Satuan, Target, Realisasi, Capaian): Satuan di bawah induk tahun tetap LKIP_Satuan', () => {
    const h = deteksiTabel([
      lembar('Sasaran 1', [
        ['No', 'Indikator Kinerja', 'Tahun 2021', _, _, _],
        [_, _, 'Satuan', 'Target', 'Realisasi', 'Capaian'],
        [1, 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online', '%', 50, 44.32, '88,64 %'],
      ]),
    ]);
    expect(petaNama(h)).toEqual({
      LKIP_Indikator: 'B3',
      LKIP_Satuan: 'C3',
      LKIP_Target: 'D3',
      LKIP_Realisasi: 'E3',
      LKIP_Capaian_Tertulis: 'F3',
    });
    expect(h.tabel[0]!.akhir.sebab).toBe('akhir_lembar');
  });

  test('LKjIP Inspektorat Kab. Sampang 2019 Tabel 3.1 ("N0", "Indikator Kinerja Utama", baris "Sasaran Strategis 1." di dalam tabel): nomor dikenali, baris judul kelompok diberi catatan', () => {
    const h = deteksiTabel([
      lembar('Tabel 3.1', [
        ['Tabel 3.1 Pencapaian Kinerja'],
        ['N0', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian'],
        ['Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah', _, _, _, _, _],
        [1, 'Persentase penurunan temuan keuangan yang bersifat materil', '%', '55%', 'n/a', 'n/a'],
      ]),
    ]);
    expect(petaNama(h)).toEqual({
      LKIP_Indikator: 'B3:B4',
      LKIP_Satuan: 'C3:C4',
      LKIP_Target: 'D3:D4',
      LKIP_Realisasi: 'E3:E4',
      LKIP_Capaian_Tertulis: 'F3:F4',
    });
    const t = h.tabel[0]!;
    expect(alasanKolom(t)).toEqual({ A: 'Kolom nomor.' });
    expect(t.tahun).toBeNull();
    expect(t.catatan).toEqual([
      'Baris 3 tanpa target, realisasi dan satuan: tampak sebagai judul kelompok (misalnya sasaran), dan akan dibaca sebagai indikator yang tidak diukur.',
    ]);
  });

  test('LKjIP Kab. Manggarai Timur 2019 Tabel 3.8: capaian tahun-tahun lalu tidak dinamai, "Tahun 2019 / Target, Realisasi", berhenti di "Rata-rata Capain Kinerja"', () => {
    const h = deteksiTabel([
      lembar('Sasaran 5', [
        ['Tabel; 3.8'],
        ['Anlisis Pencapaian Sasaran Strategis 5'],
        ['Menurunnya Kematian Ibu Baru Melahirkan dan Anak Baru Lahir'],
        [
          'NO.',
          'Indikator Sasaran',
          'Capaian Kinerja Tahun 2015',
          'Capaian Kinerja Tahun 2016',
          'Capaian Kinerja Tahun 2017',
          'Capaian Kinerja Tahun 2018',
          'Tahun 2019',
          _,
          'Capaian Kinerja Tahun 2019',
        ],
        [_, _, _, _, _, _, 'Target', 'Realisasi', _],
        ['1.', 'Angka Kematian Ibu per 100.000KH', 0.15, 0.21, 0.19, 0.17, 0.16, 0.19, 87.1],
        ['2.', 'Angka Kematian Bayi per 1.000KH', 8.49, 8.17, 8.17, 8.1, 9.2, 9.53, 96.54],
        ['3.', 'Angka Kematian Balita per 1.000KH', 1.5, 0.55, 2.41, 0.3, 0.64, 0.18, 72.52],
        ['Rata-rata Capain Kinerja', _, 81.93, 83.65, 83.14, 91.02, _, _, 85.38],
      ]),
    ]);
    expect(petaNama(h)).toEqual({
      LKIP_Indikator: 'B6:B8',
      LKIP_Target: 'G6:G8',
      LKIP_Realisasi: 'H6:H8',
      LKIP_Capaian_Tertulis: 'I6:I8',
    });
    const t = h.tabel[0]!;
    expect(t.tahun).toMatchObject({ tahun: 2019, sumber: 'kepala' });
    expect(t.akhir).toEqual({ sebab: 'baris_penutup', baris: 8, teks: 'Rata-rata Capain Kinerja' });
    expect(alasanKolom(t)).toEqual({
      A: 'Kolom nomor.',
      C: 'Capaian tahun 2015 (tahun laporan 2019) tidak dibaca laporan.',
      D: 'Capaian tahun 2016 (tahun laporan 2019) tidak dibaca laporan.',
      E: 'Capaian tahun 2017 (tahun laporan 2019) tidak dibaca laporan.',
      F: 'Capaian tahun 2018 (tahun laporan 2019) tidak dibaca laporan.',
    });
  });

  test('LKIP NTT 2021 Tabel 2.6 Perjanjian Kinerja ("Target/Output" di atas "Realisasi 2020 | Target 2021"): tabel ditemukan tetapi tidak terpetakan, tanpa nama, dengan alasannya', () => {
    const h = deteksiTabel([
      lembar('PK', [
        ['Tabel 2.6'],
        ['Perjanjian Kinerja Tahun 2021'],
        ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target/Output', _, 'Outcome', 'Benefit', 'Impact'],
        [_, _, _, 'Realisasi 2020', 'Target 2021', _, _, _],
        [
          '1.',
          'Menguatnya peran NTT dalam perdagangan regional',
          '1. Cakupan penerapan Sistem Perizinan Usaha dan Investasi berbasis online (%)',
          'NA',
          50,
          'Meningkatnya kinerja industri dan perdagangan dalam perekonomian daerah',
          'Menciptakan kemandirian dan stabilitas perekonomian daerah',
          'Mewujudkan masyarakat sejahtera, mandiri dan adil',
        ],
        [_, _, '2. Persentase peningkatan cakupan distribusi barang di dalam wilayah NTT (%)', 'NA', 25, _, _, _],
        [_, _, '3. Persentase kenaikan harga setiap tahun (%)', 'NA', 10, _, _, _],
      ]),
    ]);
    expect(h.nama).toEqual([]);
    expect(h.ambiguitas).toEqual([]);
    const t = h.tabel[0]!;
    expect(t.jenis).toBe('kinerja');
    expect(t.status).toBe('tidak_terpetakan');
    expect(t.alasan).toEqual(['Tidak ada kolom untuk LKIP_Realisasi tahun 2021.']);
    expect(t.tahun).toEqual({ tahun: 2021, sumber: 'judul', keterangan: 'judul tabel atau nama lembar (2021)' });
    expect(namaKolom(t)).toEqual({
      A: null,
      B: 'LKIP_Sasaran',
      C: 'LKIP_Indikator',
      D: 'LKIP_Realisasi_Lalu',
      E: 'LKIP_Target',
      F: null,
      G: null,
      H: null,
    });
    expect(t.nama).toEqual([]);
  });

  const pppomn = lembar('Tabel 14', [
    ['Tabel 14. Realisasi Anggaran Per Sasaran Strategis'],
    [
      'sasaran strategis',
      'Indikator',
      'target 2021',
      'Target Triwulan (kumulaif)',
      'Realisasi Per Triwulan (kumulatif)',
      _,
      _,
      'Capaian terhadap target',
    ],
    [_, _, _, 'II', 'pembilang', 'penyebut', 'realisasi s/d Triwulan II', 's/d Triwulan II'],
    // illustrative figures under the printed header
    [
      'Terwujudnya pengujian Obat dan Makanan yang mutakhir',
      'Persentase sampel yang diuji sesuai standar',
      92.3,
      45,
      1200,
      1300,
      92.31,
      205.13,
    ],
  ]);

  test('Lapkin Triwulan II 2021 PPPOMN Tabel 14 (dua kolom target: "target 2021" dan "Target Triwulan II"): ambiguitas menyebut kedua kolom, tanpa tebakan', () => {
    const h = deteksiTabel([pppomn]);
    expect(h.nama).toEqual([]);
    expect(h.tabel[0]!.status).toBe('perlu_pilihan');
    expect(h.ambiguitas).toHaveLength(1);
    const a = h.ambiguitas[0]!;
    expect(a).toMatchObject({ id: 'kolom:Tabel 14!A2:LKIP_Target', jenis: 'kolom', nama: 'LKIP_Target' });
    expect(a.pilihan).toEqual([
      { id: 'C', label: 'kolom C "target 2021"', rujukan: "'Tabel 14'!$C$4" },
      { id: 'D', label: 'kolom D "Target Triwulan (kumulaif) / II"', rujukan: "'Tabel 14'!$D$4" },
    ]);
    expect(a.pesan).toBe(
      'Tabel \'Tabel 14\'!A2:H4 punya 2 kolom untuk LKIP_Target: kolom C "target 2021" dan kolom D "Target Triwulan (kumulaif) / II". Pilih satu; yang lain tidak diberi nama.',
    );
    expect(h.tabel[0]!.kolom.filter((k) => k.ambigu).map((k) => k.huruf)).toEqual(['C', 'D']);

    const dipilih = deteksiTabel([pppomn], { pilihan: { 'kolom:Tabel 14!A2:LKIP_Target': 'C' } });
    expect(petaNama(dipilih)).toEqual({
      LKIP_Sasaran: 'A4',
      LKIP_Indikator: 'B4',
      LKIP_Target: 'C4',
      LKIP_Realisasi: 'G4',
      LKIP_Capaian_Tertulis: 'H4',
    });
    expect(alasanKolom(dipilih.tabel[0]!)).toEqual({
      D: 'Tidak dipilih untuk LKIP_Target.',
      E: '"Realisasi Per Triwulan (kumulatif) / pembilang" tidak dibaca laporan.',
      F: '"Realisasi Per Triwulan (kumulatif) / penyebut" tidak dibaca laporan.',
    });
  });

  test('kolom BAB III (PermenPANRB 53/2014, isu 14) dengan kolom kosong: Realisasi 2019 → LKIP_Realisasi_2019, 2020 → Lalu, "Realisasi s.d. Desember" → tahun ini, Renstra, standar nasional, pagu', () => {
    const h = deteksiTabel([
      lembar('Capaian', [
        [
          'No',
          'Sasaran',
          'Indikator Kinerja',
          'Satuan',
          'Sifat',
          'Realisasi 2019',
          'Realisasi 2020',
          'Target 2021',
          'Realisasi s.d. Desember',
          '% Capaian',
          _,
          'Target Akhir Renstra (2026)',
          'Standar Nasional',
          'Pagu',
          'Realisasi Anggaran',
        ],
        // illustrative figures; capaian 99,92 % and serapan 94,00 % as BPOM PRKOM 2021 (issue 14)
        [
          1,
          'Meningkatnya efektivitas pengawasan',
          'Indeks pengawasan',
          'indeks',
          'positif',
          80,
          82.5,
          85,
          84.93,
          99.92,
          _,
          90,
          80,
          1000000000,
          940000000,
        ],
        [
          2,
          _,
          'Angka Kematian Bayi per 1.000 KH',
          'per 1.000 KH',
          'negatif',
          9.1,
          9.0,
          8.5,
          8.4,
          101.18,
          _,
          7,
          16,
          500000000,
          480000000,
        ],
      ]),
    ]);
    expect(petaNama(h)).toEqual({
      LKIP_Sasaran: 'B2:B3',
      LKIP_Indikator: 'C2:C3',
      LKIP_Satuan: 'D2:D3',
      LKIP_Polaritas: 'E2:E3',
      LKIP_Realisasi_2019: 'F2:F3',
      LKIP_Realisasi_Lalu: 'G2:G3',
      LKIP_Target: 'H2:H3',
      LKIP_Realisasi: 'I2:I3',
      LKIP_Capaian_Tertulis: 'J2:J3',
      LKIP_Target_Akhir: 'L2:L3',
      LKIP_Standar_Nasional: 'M2:M3',
      LKIP_Pagu: 'N2:N3',
      LKIP_Realisasi_Anggaran: 'O2:O3',
    });
    const t = h.tabel[0]!;
    expect(alasanKolom(t)).toEqual({ A: 'Kolom nomor.', K: 'Kolom tanpa kepala.' });
    expect(t.tahun).toEqual({
      tahun: 2021,
      sumber: 'perkiraan',
      keterangan: 'kolom Realisasi tanpa tahun sesudah Realisasi 2020',
    });
    expect(t.catatan).toEqual(['Tahun laporan 2021 diperkirakan dari kolom Realisasi tanpa tahun sesudah Realisasi 2020.']);
  });

  test('baris penomoran kolom di bawah kepala ("1 | 2 | 3 …", RKT/LAKIP Kab. Banjarnegara 2013) dilewati', () => {
    const h = deteksiTabel([
      lembar('LAKIP', [
        ['NO.', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', '% CAPAIAN'],
        [1, 2, 3, 4, 5, 6],
        ['1.', 'Meningkatnya ketahanan pangan', 'Pencapaian skor Pola Pangan Harapan (PPH)', '86 %', '84,5 %', 98.26],
        [_, _, 'Ketersediaan energi dan protein per kapita', '70 %', '72 %', 102.86],
      ]),
    ]);
    expect(petaNama(h)).toEqual({
      LKIP_Sasaran: 'B3:B4',
      LKIP_Indikator: 'C3:C4',
      LKIP_Target: 'D3:D4',
      LKIP_Realisasi: 'E3:E4',
      LKIP_Capaian_Tertulis: 'F3:F4',
    });
    expect(h.tabel[0]!.catatan).toEqual(['Baris penomoran kolom di bawah kepala (baris 2) dilewati.']);
  });

  test('LAKIP Kec. Blimbing 2022 Tabel 3.1 dengan baris "Sumber: …" dan tabel status di bawahnya: hanya tabel kinerja yang dipetakan', () => {
    const h = deteksiTabel([
      lembar('BAB III', [
        ['Tabel 3.1'],
        ['Target dan Realisasi Kinerja'],
        ['Tahun 2022'],
        ['No', 'Sasaran', 'Indikator Sasaran', 'Target', 'Realisasi', 'Capaian (%)'],
        [1, 'Meningkatnya kinerja pelayanan perangkat daerah', 'Indeks Kepuasan Masyarakat', 82, 84.1, 102.56],
        [2, 'Meningkatnya pemberdayaan masyarakat dan komunitas', 'Persentase LPMK aktif', 100, 100, 100],
        ['Sumber: Data Kecamatan Blimbing dan Bappeda Kota Malang diolah, 2022', _, _, _, _, _],
        [],
        ['Tabel. 3.2'],
        ['Status Capaian Kinerja Tahun 2022'],
        ['No', 'Indikator Sasaran', 'Capaian (%)', 'Status'],
        [1, 'Indeks Kepuasan Masyarakat', 102.56, 'Tercapai'],
      ]),
    ]);
    expect(h.tabel).toHaveLength(1);
    expect(petaNama(h)).toEqual({
      LKIP_Sasaran: 'B5:B6',
      LKIP_Indikator: 'C5:C6',
      LKIP_Target: 'D5:D6',
      LKIP_Realisasi: 'E5:E6',
      LKIP_Capaian_Tertulis: 'F5:F6',
    });
    expect(h.tabel[0]!.akhir).toEqual({
      sebab: 'baris_penutup',
      baris: 6,
      teks: 'Sumber: Data Kecamatan Blimbing dan Bappeda Kota Malang diolah, 2022',
    });
  });

  test('indikator yang diawali "Jumlah"/"Rata-rata" tetap data selama barisnya bertarget dan berrealisasi; "Jumlah" tanpa angka menutup tabel', () => {
    const h = deteksiTabel([
      lembar('IKU', [
        ['Indikator Kinerja', 'Satuan', 'Target', 'Realisasi'],
        ['Rata-rata Lama Sekolah', 'tahun', 8.2, 8.25],
        ['Jumlah penduduk miskin', 'jiwa', 12000, 11800],
        ['Jumlah', _, _, _],
        ['Indeks Pembangunan Manusia', 'indeks', 70, 71],
      ]),
    ]);
    expect(petaNama(h)).toEqual({ LKIP_Indikator: 'A2:A3', LKIP_Satuan: 'B2:B3', LKIP_Target: 'C2:C3', LKIP_Realisasi: 'D2:D3' });
    expect(h.tabel[0]!.akhir).toEqual({ sebab: 'baris_penutup', baris: 3, teks: 'Jumlah' });
  });
});

describe('daftar harga', () => {
  const tabel35: Baris[] = [
    ['Tabel 3.5 Perbandingan Kenaikan/Penurunan Harga Bahan Kebutuhan Pokok'],
    [],
    ['No', 'Nama Bahan Pokok', 'Satuan', 'Tahun 2020', 'Tahun 2021', 'Selisih Harga', 'Presentase (%)'],
    [1, 'Beras', 'kg', 10950, 10143, -807, '-7,37%'],
    [2, 'Gula Pasir', 'kg', 16261, 14011, -2251, '-13,84%'],
    [3, 'Minyak Goreng', 'ltr', 13521, 14913, 1392, '10,29%'],
    [4, 'Tepung Terigu', 'kg', 8333, 9846, 1513, '18,15%'],
    [5, 'Daging Sapi', 'kg', 82969, 89167, 6198, '7,47%'],
    [6, 'Daging Ayam', 'kg', 55000, 58348, 3348, '6,09%'],
    [7, 'Telur', 'kg', 47000, 45548, -1452, '-3,09%'],
    [8, 'Cabe Merah', 'kg', 39474, 48960, 9486, '24,03%'],
    [9, 'Cabe Rawit', 'kg', 34982, 55809, 20827, '59,54%'],
    [10, 'Bawang Merah', 'kg', 24495, 27228, 2733, '11,16%'],
    [11, 'Bawang Putih', 'kg', 33150, 31560, '-1,590', '-4,80%'],
    [12, 'Susu', 'gr/kl', 28000, 32285, 4285, '15,30%'],
    [13, 'Garam Beryodium', 'kg', 10000, 10000, '-', '0,00%'],
  ];
  const tabel36: Baris[] = [
    ['Tabel 3.6 Perbandingan Kenaikan/Penurunan Harga Barang Penting'],
    ['No.', 'Barang Penting', 'Satuan', 'Tahun', _, 'Selisih Harga', 'Presentase (%)'],
    [_, _, _, 2020, 2021, _, _],
    [1, 'Semen', 'kg', 44650, 42439, -2211, '-4,95%'],
    [2, 'Besi Beton (Sni)', 'Batang', 45756, 69774, 24018, '52,49%'],
    [3, 'Tripleks', 'Lembar', 74625, 66365, -8260, '-11,07%'],
    [4, 'Kayu Balok Gergajian', 'Batang', 64375, 60755, -3620, '-5,62%'],
    [5, 'Kayu Papan', 'Lembar', 85000, 75813, -9188, '-10,81%'],
    [6, 'Paku', 'kg', 12917, 19091, 6175, '47,80%'],
    [7, 'Pupuk Subsidi', 'kg', 1388, 2163, 775, '55,86%'],
    [8, 'Seng', 'Lembar', 51375, 69285, 17910, '34,86%'],
    [9, 'Bajadek', 'Lembar', 146875, 267868, 120993, '82,38%'],
    ['Rata - rata :', _, _, _, _, _, '26,77%'],
  ];

  test('LKIP NTT 2021 Tabel 3.5 ("Nama Bahan Pokok", "Tahun 2020 | Tahun 2021", "Selisih Harga" lalu "Presentase (%)"): 4 kolom, persentase tidak bersebelahan ditinggal dengan catatan', () => {
    const h = deteksiTabel([lembar('Harga', [...tabel35, []])]);
    expect(petaNama(h)).toEqual({ LKIP_Harga_Kebutuhan_Pokok: 'B4:E16' });
    const t = h.tabel[0]!;
    expect(t.jenis).toBe('harga');
    expect(uraikanTabel(t)).toBe('daftar harga di Harga!A3:G16 (13 barang)');
    expect(t.kolom.map((k) => [k.huruf, k.bagian, k.nama])).toEqual([
      ['A', null, null],
      ['B', 'Nama', 'LKIP_Harga_Kebutuhan_Pokok'],
      ['C', 'Satuan', 'LKIP_Harga_Kebutuhan_Pokok'],
      ['D', 'Harga 2020', 'LKIP_Harga_Kebutuhan_Pokok'],
      ['E', 'Harga 2021', 'LKIP_Harga_Kebutuhan_Pokok'],
      ['F', null, null],
      ['G', null, null],
    ]);
    expect(t.catatan).toEqual([
      'Kolom G "Presentase (%)" (Persentase tertulis) tidak bersebelahan dengan kolom Harga 2021 (E): tidak ikut.',
    ]);
  });

  test('LKIP NTT 2021 Tabel 3.6 ("Barang Penting", "Tahun" di atas 2020 | 2021 sebagai angka, "Rata - rata :") dan Tabel 3.5 di atasnya pada lembar yang sama: dua grup harga', () => {
    const h = deteksiTabel([lembar('Harga', [...tabel35, [], ...tabel36])]);
    expect(petaNama(h)).toEqual({ LKIP_Harga_Kebutuhan_Pokok: 'B4:E16', LKIP_Harga_Barang_Penting: 'B21:E29' });
    expect(h.ambiguitas).toEqual([]);
    const t = h.tabel[1]!;
    expect(t.kepala).toEqual({ baris: 18, kolom: 0, jumlahBaris: 2, jumlahKolom: 7 });
    expect(t.kolom[3]).toMatchObject({ kepala: 'Tahun / 2020', peran: 'tahun', tahun: 2020, bagian: 'Harga 2020' });
    expect(t.akhir).toEqual({ sebab: 'baris_penutup', baris: 29, teks: 'Rata - rata :' });
  });

  test('daftar harga dengan kolom tidak berurutan ("Nama Barang / Komoditas | Harga 2020 | Harga 2021 | Satuan"): ditemukan, tidak terpetakan, alasannya menyebut urutan yang ada', () => {
    const h = deteksiTabel([
      lembar('Harga', [
        ['No', 'Nama Barang / Komoditas', 'Harga 2020', 'Harga 2021', 'Satuan'],
        [1, 'Beras', 10950, 10143, 'kg'],
        [2, 'Gula Pasir', 16261, 14011, 'kg'],
      ]),
    ]);
    expect(h.nama).toEqual([]);
    const t = h.tabel[0]!;
    expect(t.status).toBe('tidak_terpetakan');
    expect(t.alasan).toEqual([
      'Kolom Nama, Satuan, Harga 2020, Harga 2021 harus berdampingan dan berurutan seperti itu; di tabel ini: Nama (B), Satuan (E), Harga 2020 (C), Harga 2021 (D). Pindahkan kolomnya, atau buat nama sendiri.',
    ]);
  });
});

describe('daftar harga yang tidak lengkap', () => {
  test('tanpa kolom Satuan: ditemukan, alasannya "Tidak ada kolom “Satuan”."', () => {
    const h = deteksiTabel([
      lembar('Harga', [
        ['Nama Barang', 'Harga 2020', 'Harga 2021'],
        ['Beras', 10950, 10143],
      ]),
    ]);
    expect(h.tabel[0]).toMatchObject({ jenis: 'harga', status: 'tidak_terpetakan', alasan: ['Tidak ada kolom "Satuan".'] });
  });

  test('harga 2019 dan 2021 tanpa 2020: alasannya menyebut tahun yang diperlukan dan yang ada, sekali', () => {
    const h = deteksiTabel([
      lembar('Harga', [
        ['Komoditas', 'Satuan', 'Harga 2019', 'Harga 2021'],
        ['Beras', 'kg', 10950, 10143],
      ]),
    ]);
    expect(h.tabel[0]!.alasan).toEqual(['Perlu kolom harga tahun 2020 dan 2021; yang ada: 2019, 2021.']);
    expect(h.tabel[0]!.kolom[2]!.alasan).toBe('Harga tahun 2019 tidak dibaca (tahun 2020 dan 2021 dipakai).');
  });
});

describe('tabel anggaran', () => {
  const tabel322: Baris[] = [
    ['Tabel 3.22'],
    ['Alokasi dan Realisasi Anggaran Program/Kegiatan APBD TA 2021'],
    ['No', 'Program', 'Pagu (Rp)', 'Realisasi', _, _],
    [_, _, _, 'Rp.', 'Fisik %', 'Keu%'],
    ['1.', 'Penunjang Urusan Pemerintah Daerah Provinsi', '11.897.548.816,-', '11.636.085.122,-', 100, 97.8],
    ['2.', 'Perizinan dan Pendaftaran Perusahaan', '28.435.450,-', '27.279.750,-', 100, 95.94],
    ['3.', 'Peningkatan Sarana Distribusi Perdagangan', '0,-', '0,-', 0, 0],
    ['4.', 'Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting', '195.800.740,-', '195.416.500,-', 100, 99.8],
    ['5.', 'Pengembangan Ekspor', '19.987.900,-', '19.987.900,-', 100, 100],
    ['6.', 'Standardisasi dan Perlindungan Konsumen', '540.626.670,-', '530.140.600,-', 100, 98.06],
    ['7.', 'Penggunaan dan Pemasaran Produk Dalam Negeri', '40.428.360,-', '36.249.900,-', 100, 89.66],
    ['8.', 'Perencanaan dan Pembangunan Industri', '728.775.660,-', '644.688.200,-', 100, 88.46],
    ['9.', 'Pengendalian Izin Usaha Industri', '8.769.180,-', '8.444.000,-', 100, 96.29],
    ['10', 'Pengelolaan Sistem Informasi Industri Nasional', '59.277.740,-', '59.051.000,-', 100, 99.62],
    [_, 'Total :', '13.519.650.516,-', '13.157.342.97,-', 100, 97.32],
  ];

  test('LKIP NTT 2021 Tabel 3.22 ("Realisasi" di atas "Rp. | Fisik % | Keu%", baris "Total :"): LKIP_Anggaran 3 kolom dengan baris total; Keu% tidak bersebelahan', () => {
    const h = deteksiTabel([lembar('Anggaran', tabel322)]);
    expect(petaNama(h)).toEqual({ LKIP_Anggaran: 'B5:D15' });
    const t = h.tabel[0]!;
    expect(t.jenis).toBe('anggaran');
    expect(uraikanTabel(t)).toBe('tabel anggaran di Anggaran!A3:F15 (10 program)');
    expect(t.kolom.map((k) => [k.huruf, k.kepala, k.bagian])).toEqual([
      ['A', 'No', null],
      ['B', 'Program', 'Program'],
      ['C', 'Pagu (Rp)', 'Pagu'],
      ['D', 'Realisasi / Rp.', 'Realisasi'],
      ['E', 'Realisasi / Fisik %', null],
      ['F', 'Realisasi / Keu%', null],
    ]);
    expect(t.akhir).toEqual({ sebab: 'baris_penutup', baris: 14, teks: 'Total :' });
    expect(t.catatan).toEqual([
      'Kolom F "Realisasi / Keu%" (Persen tertulis) tidak bersebelahan dengan kolom Realisasi (D): tidak ikut.',
      'Baris total tertulis ("Total :") ikut, untuk diperiksa terhadap jumlah barisnya.',
    ]);
  });

  test('dua tabel anggaran (APBD dan APBN, LKIP NTT 2021 Tabel 3.22 dan 3.24): yang utama ditanyakan; sesudah dipilih, yang lain LKIP_Anggaran_APBN dari judulnya', () => {
    const apbn: Baris[] = [
      [],
      ['Tabel 3.24'],
      ['Alokasi dan Realisasi Anggaran Program/Kegiatan APBN TA 2021 (Dana Dekonsentrasi)'],
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Keu (%)'],
      ['1.', 'Program Peningkatan Sarana Distribusi Perdagangan', '1.000.000.000,-', '926.700.000,-', 92.67],
      [_, 'Jumlah', '1.000.000.000,-', '926.700.000,-', 92.67],
    ];
    const sheet = lembar('Anggaran', [...tabel322, ...apbn]);
    const h = deteksiTabel([sheet]);
    expect(h.nama).toEqual([]);
    expect(h.ambiguitas.map((a) => [a.id, a.pilihan.map((p) => p.id)])).toEqual([
      ['tabel:anggaran', ['Anggaran!A3', 'Anggaran!A19']],
    ]);
    const dipilih = deteksiTabel([sheet], { pilihan: { 'tabel:anggaran': 'Anggaran!A3' } });
    expect(petaNama(dipilih)).toEqual({ LKIP_Anggaran: 'B5:D15', LKIP_Anggaran_APBN: 'B20:E21' });
  });

  test('tabel anggaran "Uraian | Anggaran | Realisasi | %": Uraian menjadi Program, "%" menjadi persen tertulis (4 kolom)', () => {
    const h = deteksiTabel([
      lembar('Keuangan', [
        ['Uraian', 'Anggaran', 'Realisasi', '%'],
        ['Belanja Pegawai', 1000, 950, 95],
        ['Belanja Barang dan Jasa', 500, 400, 80],
        ['Jumlah', 1500, 1350, 90],
      ]),
    ]);
    expect(petaNama(h)).toEqual({ LKIP_Anggaran: 'A2:D4' });
  });
});

describe('tanpa tabel', () => {
  test('lembar berisi teks dan angka tanpa kepala yang dikenal: tidak ada tabel, tidak ada nama', () => {
    const h = deteksiTabel([
      lembar('Catatan', [
        ['LAPORAN KINERJA INSTANSI PEMERINTAH'],
        ['Kata Pengantar', 'Puji syukur kami panjatkan'],
        ['Kabupaten', 'Penduduk', 'Luas'],
        ['Kupang', 400000, 5898],
      ]),
    ]);
    expect(h).toEqual({ tabel: [], nama: [], ambiguitas: [], masalahOpsi: [] });
  });

  test('Perjanjian Kinerja tanpa kolom realisasi (RKT Kab. Banjarnegara 2013: "NO. | SASARAN STRATEGIS | INDIKATOR KINERJA | TARGET") bukan tabel kinerja', () => {
    const h = deteksiTabel([
      lembar('RKT', [
        ['NO.', 'SASARAN STRATEGIS', 'INDIKATOR KINERJA', 'TARGET'],
        [1, 2, 3, 4],
        ['1.', 'Meningkatnya ketahanan pangan', 'Regulasi ketahanan pangan', 'Ada'],
      ]),
    ]);
    expect(h.tabel).toEqual([]);
    expect(h.nama).toEqual([]);
  });
});
