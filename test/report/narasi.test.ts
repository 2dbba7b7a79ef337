/**
 * Narrative drafts (issue 15): the document's register from the figures, and the "Narasi LKIP" sheet where an
 * author's edited text is never lost (matched by ID, the Verifikasi rule) and a figure that changed under it is a
 * Verifikasi finding, not an overwrite. Golden values: the source document's BAB III (Tabel 3.2, 3.3, 3.10, 3.12).
 */
import {
  KODE_NARASI_BERUBAH,
  KEADAAN_NARASI,
  NAMA_LEMBAR_NARASI,
  NAMA_LEMBAR_VERIFIKASI,
  drafNarasi,
  drafSemuaNarasi,
  hitungLaporan,
  bacaKontrak,
  jalankanLaporan,
  konteksNarasi,
  susunLembarNarasi,
  type SusunBagianNarasi,
} from '../../src/report';
import { alamatSel } from '../../src/report/buku/alamat';
import { pelanggaranModelLaporan } from '../../src/report/buku';
import { bukuKerjaKecil } from './bantu';
import { bukuKerjaDokumen, rentangDokumen } from './contohDokumen';
import { bukuKerjaContoh } from './sebelumAnalisis/sidikJari';
import type { PortMemori } from './portMemori';

async function hasilDokumen() {
  const k = bacaKontrak(await rentangDokumen({ realisasiInflasiKosong: true }));
  return hitungLaporan(k.masukan!);
}

const INDIKATOR_1 = 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online';

describe('narrative drafts in the document register', () => {
  test('indicator 1: capaian 88,64 % Sangat Berhasil, target and realisasi, the formula 39 / 88 and the ratio 44,32 / 50', async () => {
    const [d1] = drafSemuaNarasi(await hasilDokumen());
    expect(d1!.id).toMatch(/^NARASI:cakupan-penerapan-sistem-perijinan-usaha/);
    expect(d1!.teks).toContain(
      `Capaian indikator ${INDIKATOR_1} pada tahun 2021 sebesar 88,64 % dengan kategori Sangat Berhasil.`,
    );
    expect(d1!.teks).toContain('Target tahun 2021 ditetapkan sebesar 50 % dan terealisasi sebesar 44,32 %.');
    expect(d1!.teks).toContain('diformulasikan menjadi sebagai berikut: realisasi 39 / 88 × 100% = 44,32%.');
    expect(d1!.teks).toContain(
      'Dengan demikian realisasi indikator kinerja tahun 2021 adalah sebesar 44,32 %, sehingga capaian indikator kinerja terhadap target menjadi 44,32 / 50 × 100% = 88,64%.',
    );
    expect(d1!.angka).toContain('capaian 88,64 %');
  });

  test('above the target (Tabel 3.10: 98,13 / 54,70 = 179,40 → 100), target NA (Tabel 3.12), price rise 19,77 → 75 %', async () => {
    const draf = drafSemuaNarasi(await hasilDokumen());
    const cari = (awal: string) => draf.find((d) => d.nama.startsWith(awal))!.teks;
    expect(cari('Persentase Penurunan Pengaduan')).toContain(
      '98,13 / 54,70 × 100% = 179,40%. Realisasi capaian telah melebihi target (179,40%) sehingga tetap dihitung 100%',
    );
    expect(cari('Persentase Pelaku usaha')).toContain('Target capaian kinerja NA (Not Available)');
    expect(cari('Persentase Pelaku usaha')).toContain('dianggap telah berhasil 100%');
    const harga = cari('Persentase Kenaikan Harga');
    expect(harga).toContain('sebesar 75 % dengan kategori Berhasil');
    expect(harga).toContain('(12,76 + 26,77) / 2 = 19,77');
    expect(harga).toContain('skala inflasi 10% < X ≤ 30% → 75%');
    expect(cari('Persentase peningkatan cakupan distribusi')).toContain('belum dapat diukur (realisasi belum diisi)');
  });

  test('vs last year and the Renstra end target when LKIP_Realisasi_Lalu and LKIP_Target_Akhir exist', async () => {
    const port = bukuKerjaKecil([{ nama: 'Indikator A', target: 50, realisasi: 44.32 }], (p) => {
      p.isi('Data', 'F2', [[41.12, 100]]);
      p.namai('LKIP_Realisasi_Lalu', 'Data', 'F2').namai('LKIP_Target_Akhir', 'Data', 'G2').namai('LKIP_Tahun', 'Data', 'H1');
      p.isi('Data', 'H1', [[2021]]);
    });
    const h = await jalankanLaporan(port);
    const n = h.bab3!.narasi[0]!;
    expect(n.teks).toContain('Dibandingkan realisasi tahun 2020 sebesar 41,12 %, realisasi tahun 2021 naik 3,20 poin.');
    expect(n.teks).toContain(
      'Terhadap target akhir periode Renstra sebesar 100 %, capaian sampai dengan tahun 2021 adalah 44,32 / 100 × 100% = 44,32%.',
    );
    expect(n.angka).toContain('realisasi tahun 2020 41,12 %');
  });

  /**
   * Made-up figures, by hand: A (positif) 65 → 70 → 75 improves, 75 ≥ standard 70 is better; B (negatif) 9,10 → 9,53
   * worsens, 9,53 < 16 is better (lower is better); C 10 → 10 holds, 10 = 10 is the same; D below.
   */
  test('past years (LKIP_Realisasi_<tahun>) and the national standard: membaik / memburuk / tetap, lebih baik / lebih buruk / sama', async () => {
    const indikator = [
      { nama: 'Cakupan layanan', target: 80, realisasi: 75 },
      { nama: 'Angka kematian bayi', target: 9.2, realisasi: 9.53, satuan: 'per 1.000' },
      { nama: 'Tetap', target: 10, realisasi: 10 },
      { nama: 'Di bawah standar', target: 80, realisasi: 75 },
    ];
    const port = bukuKerjaKecil(indikator, (p, akhir) => {
      p.isi('Data', 'F1', [
        ['Polaritas', 'Standar'],
        ['positif', 70],
        ['negatif', 16],
        ['positif', 10],
        ['positif', 76.5],
      ]);
      p.namai('LKIP_Polaritas', 'Data', `F2:F${akhir}`).namai('LKIP_Standar_Nasional', 'Data', `G2:G${akhir}`);
      p.isi('Data', 'J1', [[2021]]).namai('LKIP_Tahun', 'Data', 'J1');
      p.isi('Data', 'K1', [
        [2019, 2020],
        [65, 70],
        [9.4, 9.1],
        [10, 10],
        ['NA', 80],
      ]);
      p.namai('LKIP_Realisasi_2019', 'Data', `K2:K${akhir}`).namai('LKIP_Realisasi_2020', 'Data', `L2:L${akhir}`);
    });
    const [a, b, c, d] = (await jalankanLaporan(port)).bab3!.narasi;
    expect(a!.teks).toContain(
      'Dibandingkan realisasi tahun 2019 (65 %) dan 2020 (70 %), realisasi tahun 2021 sebesar 75 % menunjukkan perkembangan membaik.',
    );
    expect(a!.teks).toContain('Dibandingkan standar nasional sebesar 70 %, realisasi tahun 2021 sebesar 75 % lebih baik.');
    expect(b!.teks).toContain(
      'Dibandingkan realisasi tahun 2019 (9,40 per 1.000) dan 2020 (9,10 per 1.000), realisasi tahun 2021 sebesar 9,53 per 1.000 menunjukkan perkembangan memburuk.',
    );
    expect(b!.teks).toContain(
      'Dibandingkan standar nasional sebesar 16 per 1.000, realisasi tahun 2021 sebesar 9,53 per 1.000 lebih baik.',
    );
    expect(c!.teks).toContain('realisasi tahun 2021 sebesar 10 % menunjukkan perkembangan tetap.');
    expect(c!.teks).toContain('Dibandingkan standar nasional sebesar 10 %, realisasi tahun 2021 sebesar 10 % adalah sama.');
    // D: 2019 NA is not a figure (left out), 80 → 75 worsens; 75 < 76,50 is worse
    expect(d!.teks).toContain(
      'Dibandingkan realisasi tahun 2020 (80 %), realisasi tahun 2021 sebesar 75 % menunjukkan perkembangan memburuk.',
    );
    expect(d!.teks).toContain('Dibandingkan standar nasional sebesar 76,50 %, realisasi tahun 2021 sebesar 75 % lebih buruk.');
    expect(a!.angka).toContain('realisasi tahun 2019 65 % · realisasi tahun 2020 70 %');
    expect(a!.angka).toContain('standar nasional 70 %');
    expect(a!.teks).not.toContain('efisiensi'); // no LKIP_Pagu: no efficiency sentence
  });

  test('no past years and no standard: neither sentence', async () => {
    const d = drafSemuaNarasi(await hasilDokumen());
    expect(d.some((x) => x.teks.includes('menunjukkan perkembangan') || x.teks.includes('standar nasional'))).toBe(false);
  });

  /** Sample workbook (Tabel 3.2 capaian, Tabel 3.22 serapan): indicator 1 88,64 ÷ 95,94 × 100 = 92,391… → 92,39. */
  test('efficiency (LKIP_Pagu, LKIP_Realisasi_Anggaran): 88,64 / 95,94 → 92,39 % Tidak Efisien; nothing when tidak dihitung', async () => {
    const narasi = (await jalankanLaporan(bukuKerjaContoh())).bab3!.narasi;
    expect(narasi[0]!.teks).toContain(
      'Capaian 88,64 % dengan serapan anggaran 95,94 % memberikan efisiensi sebesar 92,39 % (kategori Tidak Efisien).',
    );
    expect(narasi[0]!.angka).toContain('serapan 95,94 % · efisiensi 92,39 % · Tidak Efisien');
    // indicator 4: 100 / 100 → 100 % Efisien; indicator 2 (pagu 0) and 8 (not measured): tidak dihitung, no sentence
    expect(narasi[3]!.teks).toContain(
      'Capaian 100 % dengan serapan anggaran 100 % memberikan efisiensi sebesar 100 % (kategori Efisien).',
    );
    expect(narasi[1]!.teks).not.toContain('efisiensi');
    expect(narasi[7]!.teks).not.toContain('efisiensi');
  });

  test('a further analysis is one more piece: its sentence and its figures join the draft', async () => {
    const hasil = await hasilDokumen();
    const standar: SusunBagianNarasi = (ind) =>
      ind.no === 1 ? { kalimat: ['Standar nasional 60 %.'], angka: ['standar nasional 60 %'] } : null;
    const { BAGIAN_NARASI } = await import('../../src/report/narasi/draf');
    const d = drafNarasi(hasil.indikator[0]!, konteksNarasi(hasil), [...BAGIAN_NARASI, standar]);
    expect(d.teks.endsWith('Standar nasional 60 %.')).toBe(true);
    expect(d.angka.endsWith('standar nasional 60 %')).toBe(true);
  });
});

/** The Narasi LKIP rows in the workbook: ID → its cells, and the header's columns. */
function narasi(port: PortMemori) {
  const nilai = port.salinNilai(NAMA_LEMBAR_NARASI)!;
  const kepala = nilai.findIndex((b) => b.includes('ID') && b.includes('Narasi penulis'));
  const k = (t: string) => nilai[kepala]!.indexOf(t);
  const kol = {
    id: k('ID'),
    draf: k('Draf narasi'),
    penulis: k('Narasi penulis'),
    dasar: k('Angka saat disunting'),
    keadaan: k('Keadaan'),
  };
  const baris = new Map<string, { r: number; draf: unknown; penulis: unknown; dasar: unknown; keadaan: unknown }>();
  nilai.forEach((b, r) => {
    if (r > kepala && typeof b[kol.id] === 'string') {
      baris.set(b[kol.id] as string, {
        r,
        draf: b[kol.draf],
        penulis: b[kol.penulis],
        dasar: b[kol.dasar],
        keadaan: b[kol.keadaan],
      });
    }
  });
  return { kol, baris };
}

/** What an author does: type into the "Narasi penulis" cell of an indicator's row. */
function sunting(port: PortMemori, id: string, teks: string): void {
  const { kol, baris } = narasi(port);
  port.setelSel(NAMA_LEMBAR_NARASI, alamatSel(baris.get(id)!.r, kol.penulis), teks);
}

const TEKS_PENULIS =
  'Capaian indikator Cakupan Penerapan Sistem Perizinan Usaha dan Investasi Berbasis Online tahun 2021 sebesar 88,64 % ' +
  'dengan kategori Sangat Berhasil; 39 pelaku usaha telah terintegrasi OSS.';

describe('the Narasi LKIP sheet keeps what an author wrote', () => {
  test('written with the run, one row per indicator, only the author columns editable; a well-formed model', async () => {
    const port = bukuKerjaDokumen();
    await jalankanLaporan(port);
    const m = port.modelTerakhir(NAMA_LEMBAR_NARASI)!;
    expect(pelanggaranModelLaporan(m)).toEqual([]);
    const { kol, baris } = narasi(port);
    expect(baris.size).toBe(11);
    const pertama = [...baris.values()][0]!;
    expect(m.proteksi!.dapatDiedit).toEqual([{ baris: pertama.r, kolom: kol.penulis, jumlahBaris: 11 + 50, jumlahKolom: 2 }]);
    expect(String(pertama.draf)).toContain('sebesar 88,64 % dengan kategori Sangat Berhasil');
    expect(pertama.keadaan).toBe(KEADAAN_NARASI.draf);
  });

  test('an edit survives recalculation, rows inserted in the sheet and an indicator inserted in the input', async () => {
    const port = bukuKerjaDokumen();
    await jalankanLaporan(port);
    const id = [...narasi(port).baris.keys()][0]!;
    sunting(port, id, TEKS_PENULIS);

    let h = await jalankanLaporan(port);
    expect(narasi(port).baris.get(id)).toMatchObject({ penulis: TEKS_PENULIS, keadaan: KEADAAN_NARASI.disunting });
    expect(h.bab3!.narasi[0]!.teksPenulis).toBe(TEKS_PENULIS);
    expect(h.temuan.some((t) => t.id!.startsWith(KODE_NARASI_BERUBAH))).toBe(false);

    port.sisipkanBaris(NAMA_LEMBAR_NARASI, narasi(port).baris.get(id)!.r, 2);
    await jalankanLaporan(port);
    expect(narasi(port).baris.get(id)!.penulis).toBe(TEKS_PENULIS);

    // A new indicator above indicator 1 in the input: the text follows its indicator's ID, not a row.
    port.sisipkanBaris('Input', 4, 1);
    port.isi('Input', 'A5', [[0, 'Indikator baru', '%', 10, 5]]);
    for (const [nama, kolom] of [
      ['LKIP_Indikator', 'B'],
      ['LKIP_Satuan', 'C'],
      ['LKIP_Target', 'D'],
      ['LKIP_Realisasi', 'E'],
      ['LKIP_Polaritas', 'F'],
      ['LKIP_Metode', 'G'],
      ['LKIP_Capaian_Tertulis', 'H'],
    ] as const) {
      port.namai(nama, 'Input', `${kolom}5:${kolom}16`);
    }
    h = await jalankanLaporan(port);
    expect(h.bab3!.narasi[1]!.id).toBe(id);
    expect(h.bab3!.narasi[1]!.teksPenulis).toBe(TEKS_PENULIS);
    expect(h.bab3!.narasi[0]!.teksPenulis).toBeNull();
    expect(narasi(port).baris.get(id)!.penulis).toBe(TEKS_PENULIS);
  });

  test('a figure changed under an edited text: flagged (Verifikasi finding), the text kept; clearing "Angka saat disunting" accepts it', async () => {
    const port = bukuKerjaDokumen();
    await jalankanLaporan(port);
    const id = [...narasi(port).baris.keys()][0]!;
    sunting(port, id, TEKS_PENULIS);
    await jalankanLaporan(port);
    const angkaAwal = narasi(port).baris.get(id)!.dasar;
    expect(String(angkaAwal)).toContain('capaian 88,64 %');

    port.setelSel('Input', 'E5', 40); // indicator 1's realisasi: 44,32 → 40 (capaian 80 %)
    const h = await jalankanLaporan(port);
    const t = h.temuan.find((x) => x.id!.startsWith(`${KODE_NARASI_BERUBAH}:`))!;
    expect(t).toMatchObject({ tingkat: 'peringatan', lembar: NAMA_LEMBAR_NARASI });
    expect(t.pesan).toContain('capaian 88,64 %');
    expect(t.pesan).toContain('capaian 80 %');
    const b = narasi(port).baris.get(id)!;
    expect(b).toMatchObject({ penulis: TEKS_PENULIS, dasar: angkaAwal, keadaan: KEADAAN_NARASI.berubah });
    expect(String(b.draf)).toContain('sebesar 80 % dengan kategori Berhasil');
    const verifikasi = port.salinNilai(NAMA_LEMBAR_VERIFIKASI)!;
    expect(verifikasi.some((r) => r[0] === t.id)).toBe(true);
    expect(h.ringkasan!.temuan.peringatan).toBe(h.temuan.filter((x) => x.tingkat === 'peringatan').length);

    // Still flagged on the next run (nothing checked yet) …
    expect((await jalankanLaporan(port)).temuan.some((x) => x.id === t.id)).toBe(true);
    // … until the author clears "Angka saat disunting".
    const { kol } = narasi(port);
    port.setelSel(NAMA_LEMBAR_NARASI, alamatSel(narasi(port).baris.get(id)!.r, kol.dasar), null);
    const lagi = await jalankanLaporan(port);
    expect(lagi.temuan.some((x) => x.id === t.id)).toBe(false);
    expect(narasi(port).baris.get(id)).toMatchObject({ penulis: TEKS_PENULIS, keadaan: KEADAAN_NARASI.disunting });
  });

  test('an edited narrative whose indicator is gone stays, marked; text on a row without ID is kept', () => {
    const lama = [
      ['ID', 'No', 'Indikator', 'Angka', 'Draf narasi', 'Narasi penulis', 'Angka saat disunting', 'Keadaan'],
      ['NARASI:lama', 3, 'Indikator lama', 'capaian 50 %', 'draf', 'Teks lama', null, 'disunting'],
      [null, null, null, null, null, 'Catatan bebas', null, null],
    ];
    const { model, narasi: n, temuan } = susunLembarNarasi([], lama);
    expect(n).toEqual([]);
    expect(temuan).toEqual([]);
    const isi = model.nilai.filter((b) => b[5] === 'Teks lama' || b[5] === 'Catatan bebas');
    expect(isi.map((b) => [b[0], b[7]])).toEqual([
      ['NARASI:lama', KEADAAN_NARASI.hilang],
      [null, KEADAAN_NARASI.hilang],
    ]);
  });
});
