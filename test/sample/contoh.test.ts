/**
 * The sample data and the example input sheet: transcribed faithfully from the document
 * (checked against test/fixtures/lkip-ntt-2021.json), every name of the contract present and pointing
 * at the right cells, derived realisations kept as native formulas, and pure (no Node/Office imports).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Desimal, terbitkan } from '../../src/core';
import { alamatRentang } from '../../src/report/buku/alamat';
import type { ModelLembar, NilaiSel } from '../../src/report/lembar';
import { DATA_NTT_2021, NAMA_LEMBAR_CONTOH, susunContoh } from '../../src/sample';
import { bacaFixture, type Fixture } from '../cli/bantu';

let fx: Fixture;
beforeAll(async () => {
  fx = await bacaFixture();
});

/** Values of a name's range from the model ("$D$27:$D$37" → rows of values). */
function isiNama(lembar: ModelLembar, alamat: string): { nilai: NilaiSel[][]; rumus: (string | null)[][] } {
  const m = /^\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(alamat);
  if (!m) throw new Error(`alamat ${alamat}`);
  const kol = (h: string) => [...h].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [k1, b1] = [kol(m[1]!), Number(m[2]) - 1];
  const [k2, b2] = m[3] ? [kol(m[3]), Number(m[4]) - 1] : [k1, b1];
  const nilai: NilaiSel[][] = [];
  const rumus: (string | null)[][] = [];
  for (let b = b1; b <= b2; b++) {
    nilai.push(lembar.nilai[b]!.slice(k1, k2 + 1));
    rumus.push((lembar.rumus?.[b] ?? []).slice(k1, k2 + 1));
  }
  return { nilai, rumus };
}

describe('DATA_NTT_2021: salinan angka dokumen', () => {
  test('11 indikator Perjanjian Kinerja, 9 diukur, sesuai dokumen', () => {
    expect(DATA_NTT_2021.instansi).toBe(fx.instansi);
    expect(DATA_NTT_2021.tahun).toBe(fx.tahun);
    expect(DATA_NTT_2021.indikator).toHaveLength(11);
    DATA_NTT_2021.indikator.forEach((ind, i) => {
      const f = fx.indikator[i]!;
      expect({ no: ind.noPk, nama: ind.nama, satuan: ind.satuan, target: ind.target, capaian: ind.capaianTertulis }).toEqual({
        no: f.no_pk,
        nama: f.nama,
        satuan: f.satuan,
        target: f.target,
        capaian: f.capaian_tertulis,
      });
    });
    const diukur = DATA_NTT_2021.indikator.filter((i) => i.capaianTertulis !== null);
    expect(diukur).toHaveLength(9);
    const tidakDiukur = DATA_NTT_2021.indikator.filter((i) => i.realisasi === null && i.metode !== 'inflasi').map((i) => i.noPk);
    expect(tidakDiukur).toEqual([2, 8]);
  });

  test('realisasi turunan sama dengan realisasi dokumen setelah dibulatkan', () => {
    DATA_NTT_2021.indikator.forEach((ind, i) => {
      const f = fx.indikator[i]!;
      const r = ind.realisasi;
      if (r === null) return;
      const nilai =
        r.jenis === 'angka'
          ? new Desimal(r.nilai)
          : r.jenis === 'rasio'
            ? new Desimal(r.pembilang).div(r.penyebut).times(100)
            : new Desimal(r.tahunIni).minus(r.tahunLalu).div(r.tahunLalu).times(100);
      expect(terbitkan(nilai).toNumber()).toBe(f.realisasi);
    });
  });

  test('target akhir periode RPJMD-P (Tabel 2.4 dan 2.5 dokumen, kolom "akhir periode")', () => {
    // As printed in the document: Tabel 2.5 (perdagangan, PK no. 1–8) and Tabel 2.4 (perindustrian, PK no. 9–11).
    const tabel25dan24 = [100, 100, 10, 11.11, 56.7, 100, 90, 90, 3.36, 90, 11.85];
    expect(DATA_NTT_2021.indikator.map((i) => i.targetAkhir)).toEqual(tabel25dan24);
  });

  test('indikator kenaikan harga: metode inflasi, polaritas negatif, realisasi dikosongkan (diisi dari daftar harga)', () => {
    const ind = DATA_NTT_2021.indikator.find((i) => i.metode === 'inflasi')!;
    expect(ind).toMatchObject({ noPk: 3, polaritas: 'negatif', realisasi: null, capaianTertulis: 75 });
  });

  test('daftar harga Tabel 3.5 dan 3.6 dengan persentase tertulis', () => {
    const [pokok, penting] = DATA_NTT_2021.harga;
    for (const [data, f] of [
      [pokok!, fx.harga.pokok],
      [penting!, fx.harga.penting],
    ] as const) {
      expect(data.baris.map((b) => [b.nama, b.satuan, b.hargaLalu, b.hargaKini, b.persenTertulis])).toEqual(
        f.baris.map((b) => [b.nama, b.satuan, b.harga_2020, b.harga_2021, b.persen_tertulis]),
      );
      expect(data.rataRataTertulis).toBe(f.rata_rata_tertulis);
    }
    expect(DATA_NTT_2021.kenaikanHargaGabunganTertulis).toBe(fx.harga.gabungan_tertulis);
  });

  test('sasaran strategis dan program APBD pendukung per indikator seperti Tabel 2.7', () => {
    expect(DATA_NTT_2021.sasaran).toEqual(fx.sasaran_dan_program.sasaran);
    expect(DATA_NTT_2021.indikator.map((i) => [i.noPk, i.sasaranNo, i.programApbdNo])).toEqual(
      fx.sasaran_dan_program.indikator.map((i) => [i.no_pk, i.sasaran_no, i.program_apbd_no]),
    );
    // As printed in Tabel 2.7 (p. 25): PK 1 under "Program Perizinan dan Pendaftaran Perusahaan", PK 5 and 6 under
    // "Program Standarisasi dan Perlindungan Konsumen", PK 9 under "Program Perencanaan dan Pembangunan Industri".
    const program = (noPk: number) =>
      DATA_NTT_2021.anggaranApbd.baris[DATA_NTT_2021.indikator[noPk - 1]!.programApbdNo - 1]!.program;
    expect([program(1), program(5), program(6), program(9)]).toEqual([
      'Perizinan dan Pendaftaran Perusahaan',
      'Standardisasi dan Perlindungan Konsumen',
      'Standardisasi dan Perlindungan Konsumen',
      'Perencanaan dan Pembangunan Industri',
    ]);
  });

  test('anggaran APBD (Tabel 3.22) dan APBN (Tabel 3.24), total tertulis seperti tercetak', () => {
    const apbd = DATA_NTT_2021.anggaranApbd;
    expect(apbd.baris.map((b) => [b.program, b.pagu, b.realisasi, b.persenTertulis, b.fisikPersen])).toEqual(
      fx.anggaran.apbd.program.map((p) => [p.program, p.pagu, p.realisasi, p.keu_persen_tertulis, p.fisik_persen]),
    );
    expect(apbd.totalTertulis).toMatchObject({
      pagu: fx.anggaran.apbd.total_pagu_tertulis,
      realisasi: '13.157.342.97,-',
      persen: fx.anggaran.apbd.total_keu_persen_tertulis,
    });
    expect(fx.anggaran.apbd.total_realisasi_tertulis_di_tabel).toBe('13.157.342.97,-');
    const apbn = DATA_NTT_2021.anggaranApbn;
    expect(apbn.baris.map((b) => [b.program, b.pagu, b.realisasi, b.persenTertulis])).toEqual(
      fx.anggaran.apbn.program.map((p) => [p.program, p.pagu, p.realisasi, p.persen_tertulis]),
    );
    expect(apbn.totalTertulis).toEqual({
      pagu: fx.anggaran.apbn.total_pagu_tertulis,
      realisasi: fx.anggaran.apbn.total_realisasi_tertulis,
      persen: fx.anggaran.apbn.total_persen_tertulis,
    });
  });
});

describe('susunContoh: lembar masukan "Data LKIP" dengan semua nama kontrak', () => {
  test('bentuk model: semua kisi sama ukuran, satu lembar bernama "Data LKIP"', () => {
    const { lembar } = susunContoh();
    expect(lembar.nama).toBe(NAMA_LEMBAR_CONTOH);
    const lebar = lembar.nilai[0]!.length;
    for (const kisi of [lembar.nilai, lembar.rumus!, lembar.formatAngka]) {
      expect(kisi).toHaveLength(lembar.nilai.length);
      for (const baris of kisi) expect(baris).toHaveLength(lebar);
    }
    expect(lembar.lebarKolom).toHaveLength(lebar);
  });

  test('nama kontrak lengkap, semua di lembar contoh, alamat mutlak', () => {
    const { nama } = susunContoh();
    expect(nama.map((n) => n.nama).sort()).toEqual(
      [
        'LKIP_Anggaran',
        'LKIP_Anggaran_APBN',
        'LKIP_Batas',
        'LKIP_Capaian_Tertulis',
        'LKIP_Harga_Barang_Penting',
        'LKIP_Harga_Kebutuhan_Pokok',
        'LKIP_Indikator',
        'LKIP_Instansi',
        'LKIP_Metode',
        'LKIP_Pagu',
        'LKIP_Polaritas',
        'LKIP_Realisasi',
        'LKIP_Realisasi_Anggaran',
        'LKIP_Realisasi_Lalu',
        'LKIP_Sasaran',
        'LKIP_Satuan',
        'LKIP_Skala',
        'LKIP_Skala_Inflasi',
        'LKIP_Tahun',
        'LKIP_Target',
        'LKIP_Target_Akhir',
        'LKIP_Target_NA',
      ].sort(),
    );
    for (const n of nama) {
      expect(n.lembar).toBe('Data LKIP');
      expect(n.alamat).toMatch(/^\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
    }
  });

  test('rentang indikator n×1 sejajar dan berisi angka dokumen; realisasi turunan berupa rumus', () => {
    const { lembar, nama } = susunContoh();
    const ambil = (n: string) => isiNama(lembar, nama.find((x) => x.nama === n)!.alamat);
    const kolom = (n: string) => ambil(n).nilai.map((b) => b[0]);
    expect(kolom('LKIP_Indikator')).toEqual(fx.indikator.map((i) => i.nama));
    expect(kolom('LKIP_Target')).toEqual(fx.indikator.map((i) => i.target));
    expect(kolom('LKIP_Capaian_Tertulis')).toEqual(fx.indikator.map((i) => i.capaian_tertulis));
    expect(kolom('LKIP_Metode')[2]).toBe('inflasi');
    expect(kolom('LKIP_Polaritas')[2]).toBe('negatif');
    expect(new Set(kolom('LKIP_Realisasi_Lalu'))).toEqual(new Set(['NA']));
    const realisasi = ambil('LKIP_Realisasi');
    expect(realisasi.rumus.map((b) => b[0])).toEqual([
      '=39/88*100',
      null,
      null,
      '=(7-6)/6*100',
      '=157/160*100',
      '=3/34*100',
      null,
      null,
      '=(1593-1576)/1576*100',
      '=4/35*100',
      '=21/65*100',
    ]);
    // the cached value of each formula is its result; published (2 dp) it is the document's realisasi
    realisasi.nilai.forEach((b, i) => {
      const f = fx.indikator[i]!;
      if (i === 2)
        expect(b[0]).toBeNull(); // filled from the price lists by the report
      else if (f.realisasi === null) expect(b[0]).toBeNull();
      else expect(terbitkan(new Desimal(b[0] as number)).toNumber()).toBe(f.realisasi);
    });
    // all indicator ranges start on the same row
    const baris = ['LKIP_Indikator', 'LKIP_Target', 'LKIP_Realisasi', 'LKIP_Satuan'].map(
      (n) => /\d+/.exec(nama.find((x) => x.nama === n)!.alamat)![0],
    );
    expect(new Set(baris).size).toBe(1);
  });

  test('daftar harga 5 kolom dengan baris kepala; anggaran 4 kolom dengan kepala dan baris Total tertulis', () => {
    const { lembar, nama } = susunContoh();
    const ambil = (n: string) => isiNama(lembar, nama.find((x) => x.nama === n)!.alamat).nilai;
    const pokok = ambil('LKIP_Harga_Kebutuhan_Pokok');
    expect(pokok[0]).toEqual(['Nama Barang', 'Satuan', 'Harga 2020 (Rp)', 'Harga 2021 (Rp)', 'Persentase tertulis (%)']);
    expect(pokok.slice(1)).toEqual(
      fx.harga.pokok.baris.map((b) => [b.nama, b.satuan, b.harga_2020, b.harga_2021, b.persen_tertulis]),
    );
    expect(ambil('LKIP_Harga_Barang_Penting')).toHaveLength(fx.harga.penting.baris.length + 1);
    const apbd = ambil('LKIP_Anggaran');
    expect(apbd[0]).toEqual(['Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Keuangan tertulis (%)']);
    expect(apbd.slice(1, -1)).toEqual(
      fx.anggaran.apbd.program.map((p) => [p.program, p.pagu, p.realisasi, p.keu_persen_tertulis]),
    );
    expect(apbd[apbd.length - 1]).toEqual(['Total', 13519650516, '13.157.342.97,-', 97.32]);
    const apbn = ambil('LKIP_Anggaran_APBN');
    expect(apbn[apbn.length - 1]).toEqual(['Total', 2194960000, 2033972202, 92.67]);
  });

  test('pengaturan: instansi, tahun, batas 100, target NA "tercapai", skala Tabel 3.1 dan 3.7', () => {
    const { lembar, nama } = susunContoh();
    const ambil = (n: string) => isiNama(lembar, nama.find((x) => x.nama === n)!.alamat).nilai;
    expect(ambil('LKIP_Instansi')).toEqual([[fx.instansi]]);
    expect(ambil('LKIP_Tahun')).toEqual([[2021]]);
    expect(ambil('LKIP_Batas')).toEqual([[100]]);
    expect(ambil('LKIP_Target_NA')).toEqual([['tercapai']]);
    expect(ambil('LKIP_Skala').slice(1)).toEqual([
      [85, 'Sangat Berhasil'],
      [75, 'Berhasil'],
      [55, 'Cukup Berhasil'],
      [null, 'Belum Berhasil'],
    ]);
    expect(ambil('LKIP_Skala_Inflasi').slice(1)).toEqual([
      [10, 100, 'Sangat Berhasil'],
      [30, 75, 'Berhasil'],
      [100, 50, 'Cukup Berhasil'],
      [null, 25, 'Belum Berhasil'],
    ]);
  });

  test('sel bernama diberi warna masukan; teks disimpan sebagai teks (format @)', () => {
    const { lembar, nama } = susunContoh();
    const target = nama.find((n) => n.nama === 'LKIP_Target')!;
    const mutlak = (a: string) => a.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    const diwarnai = lembar.gaya.some((g) => g.gaya.isi === 'FFF2CC' && mutlak(alamatRentang(g.rentang)) === target.alamat);
    expect(diwarnai).toBe(true);
    lembar.nilai.forEach((baris, r) =>
      baris.forEach((v, c) => {
        if (typeof v === 'string') expect(lembar.formatAngka[r]![c]).toBe('@');
      }),
    );
  });

  test('modul contoh murni: tidak mengimpor Node, Office.js, ExcelJS atau React', async () => {
    const folder = path.resolve(__dirname, '..', '..', 'src', 'sample');
    for (const berkas of await fs.readdir(folder)) {
      const isi = await fs.readFile(path.join(folder, berkas), 'utf8');
      const impor = [...isi.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const i of impor) expect(i).toMatch(/^(\.\/|\.\.\/core$|\.\.\/report\/lembar$|\.\.\/report\/buku\/alamat$)/);
    }
  });
});
