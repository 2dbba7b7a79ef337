/**
 * The report engine on the source document's inputs (LKIP Disperindag NTT 2021): every figure of
 * Tabel 3.2, 3.5, 3.6, 3.7, 3.22 and 3.24 as printed (the fixture's *_tertulis values), and the
 * Verifikasi findings issue 6 names.
 */
import {
  bacaKontrak,
  buatJson,
  buatRingkasan,
  hitungLaporan,
  susunLembarLaporan,
  type HasilLaporan,
  type MasukanLaporan,
} from '../../src/report';
import { FORMAT_PERSEN, FORMAT_RUPIAH } from '../../src/report/penyusun';
import { cariBaris, cariKolom } from './bantu';
import { dokumen, rentangDokumen } from './contohDokumen';
import { harus } from '../sempit';

const dua = (x: number) => x.toFixed(2);

async function masukanDokumen(opsi = {}): Promise<MasukanLaporan> {
  const { masukan, masalah } = bacaKontrak(await rentangDokumen(opsi));
  expect(masalah).toEqual([]);
  if (!masukan) throw new Error('kontrak ditolak');
  return masukan;
}

let hasil: HasilLaporan;
beforeAll(async () => {
  hasil = hitungLaporan(await masukanDokumen());
});

describe('Tabel 3.2 Capaian Kinerja Tahun 2021', () => {
  test('all 11 indicators of the performance agreement are listed, in order', () => {
    expect(hasil.indikator.map((i) => i.nama)).toEqual(dokumen.indikator.map((i) => i.nama));
  });

  test.each(dokumen.indikator.map((i) => [i.no_pk, i.nama, i] as const))('indikator PK %s: %s', (_no, _nama, ind) => {
    const h = hasil.indikator[ind.no_pk - 1]!;
    if (ind.capaian_tertulis === null) {
      expect(h.hasil.status).toBe('tidak_diukur');
      expect(h.kategori).toBeNull();
      return;
    }
    expect(h.hasil.status).toBe('diukur');
    if (h.hasil.status !== 'diukur') return;
    expect(h.hasil.nilai.toFixed(2)).toBe(dua(ind.capaian_tertulis));
    expect(h.realisasi!.toFixed(2)).toBe(dua(ind.realisasi!));
    if ('capaian_sebelum_batas' in ind && ind.capaian_sebelum_batas) {
      expect(h.hasil.nilaiSebelumBatas.toFixed(2)).toBe(dua(ind.capaian_sebelum_batas));
    }
  });

  test('RATA-RATA CAPAIAN 81,44 → Berhasil, over 9 of 11 indicators', () => {
    expect(hasil.rataRata.nilai!.toFixed(2)).toBe(dua(dokumen.rata_rata_capaian_tertulis));
    expect(hasil.kategoriRataRata).toBe(dokumen.kategori_tertulis);
    expect(hasil.rataRata.jumlahDiukur).toBe(9);
    expect(hasil.indikator).toHaveLength(11);
  });

  test('derivations in the document notation, including the realisasi formula step', () => {
    const ket = (noPk: number) => hasil.indikator[noPk - 1]!.keterangan;
    expect(ket(1)).toBe('realisasi 39 / 88 × 100% = 44,32%; capaian 44,32 / 50 × 100% = 88,64%');
    expect(ket(3)).toBe('(12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%');
    expect(ket(4)).toBe('realisasi (7 − 6) / 6 × 100% = 16,67%; capaian 16,67 / 16,67 × 100% = 100%');
    expect(ket(5)).toBe(
      'realisasi 157 / 160 × 100% = 98,13%; capaian 98,13 / 54,70 × 100% = 179,40% → dihitung 100% (melebihi target)',
    );
    expect(ket(6)).toBe('realisasi 3 / 34 × 100% = 8,82%; target NA → dianggap tercapai 100%');
    expect(ket(7)).toBe('20 / 40 × 100% = 50%');
    expect(ket(9)).toBe('realisasi (1.593 − 1.576) / 1.576 × 100% = 1,08%; capaian 1,08 / 1,12 × 100% = 96,43%');
    expect(ket(2)).toBe('realisasi belum diisi → tidak diukur');
  });

  test('without formulas the derivation starts from the realisasi value', async () => {
    const h = hitungLaporan(await masukanDokumen({ tanpaRumus: true }));
    expect(h.indikator[0]!.keterangan).toBe('44,32 / 50 × 100% = 88,64%');
    expect(h.rataRata.nilai!.toFixed(2)).toBe('81.44');
  });
});

describe('Tabel 3.5, 3.6, 3.7: price lists and the price-rise indicator', () => {
  test('Tabel 3.5 Kebutuhan Pokok: mean 12,76; Tabel 3.6 Barang Penting: mean 26,77', () => {
    const [pokok, penting] = hasil.grupHarga;
    expect(pokok!.label).toBe('Kebutuhan Pokok');
    expect(pokok!.rataRata!.nilai.toFixed(2)).toBe(dua(dokumen.harga.pokok.rata_rata_tertulis));
    expect(penting!.label).toBe('Barang Penting');
    expect(penting!.rataRata!.nilai.toFixed(2)).toBe(dua(dokumen.harga.penting.rata_rata_tertulis));
  });

  test('every row percentage equals the printed one, except the three rounding differences', () => {
    const beda: string[] = [];
    for (const [grup, g] of [
      ['pokok', hasil.grupHarga[0]!],
      ['penting', hasil.grupHarga[1]!],
    ] as const) {
      dokumen.harga[grup].baris.forEach((b, i) => {
        const dihitung = g.baris[i]!.perubahan!.persen.toFixed(2);
        if (dihitung !== dua(b.persen_tertulis)) beda.push(`${b.nama} ${dua(b.persen_tertulis)} vs ${dihitung}`);
      });
    }
    expect(beda).toEqual(['Minyak Goreng 10.29 vs 10.30', 'Tepung Terigu 18.15 vs 18.16', 'Pupuk Subsidi 55.86 vs 55.84']);
  });

  test('(12,76 + 26,77) / 2 = 19,77 → 75 (Berhasil) on the Tabel 3.7 step scale', () => {
    const gb = hasil.gabungan!;
    expect(gb.rataRata.nilai.toFixed(2)).toBe(dua(dokumen.harga.gabungan_tertulis));
    expect(gb.skala.capaian.toFixed(0)).toBe('75');
    expect(gb.kategori).toBe('Berhasil');
    expect(gb.derivasi).toBe('(12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%');
  });

  test('an empty price-rise realisasi is filled from the price lists', async () => {
    const h = hitungLaporan(await masukanDokumen({ realisasiInflasiKosong: true }));
    const ind = h.indikator[2]!;
    expect(ind.realisasi!.toFixed(2)).toBe('19.77');
    expect(harus(ind.hasil, 'status', 'diukur').nilai.toFixed(0)).toBe('75');
    expect(ind.keterangan).toBe('realisasi dari daftar harga: (12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%');
    expect(h.rataRata.nilai!.toFixed(2)).toBe('81.44');
  });
});

describe('Tabel 3.22 and 3.24: budget', () => {
  test('APBD: Σ realisasi / Σ pagu = 97,32; each program as printed', () => {
    const apbd = hasil.anggaran.find((t) => t.utama)!;
    expect(harus(apbd.total, 'status', 'ada_pagu').nilai.toFixed(2)).toBe(dua(dokumen.anggaran.apbd.total_keu_persen_tertulis));
    expect(apbd.total.pagu.toFixed(0)).toBe(String(dokumen.anggaran.apbd.total_pagu_tertulis));
    expect(apbd.total.realisasi.toFixed(0)).toBe(String(dokumen.anggaran.apbd.total_realisasi_tertulis_di_teks));
    dokumen.anggaran.apbd.program.forEach((p, i) => {
      const s = apbd.baris[i]!.serapan!;
      if (p.pagu === 0) expect(s.status).toBe('tidak_ada_pagu');
      else expect(harus(s, 'status', 'ada_pagu').nilai.toFixed(2)).toBe(dua(p.keu_persen_tertulis));
    });
  });

  test('APBN (LKIP_Anggaran_APBN): 92,67', () => {
    const apbn = hasil.anggaran.find((t) => t.label === 'APBN')!;
    expect(harus(apbn.total, 'status', 'ada_pagu').nilai.toFixed(2)).toBe(dua(dokumen.anggaran.apbn.total_persen_tertulis));
  });
});

describe('summary and JSON', () => {
  test('ringkasan in Indonesian format', () => {
    expect(buatRingkasan(hasil)).toEqual({
      instansi: dokumen.instansi,
      tahun: 2021,
      jumlahIndikator: 11,
      jumlahDiukur: 9,
      rataRataCapaian: '81,44 %',
      kategori: 'Berhasil',
      kenaikanHarga: '19,77 %',
      capaianKenaikanHarga: '75 %',
      serapanAnggaran: '97,32 %',
      // this workbook has no LKIP_Sasaran, LKIP_Pagu nor LKIP_Realisasi_Anggaran (issue 14)
      sasaran: [],
      efisiensi: null,
      temuan: { galat: 1, peringatan: 2, info: 6 },
    });
  });

  test('JSON: numbers as published, null where not measured', () => {
    const j = buatJson(hasil);
    expect(j.rata_rata_capaian).toBe(81.44);
    expect(j.kategori).toBe('Berhasil');
    expect(j.kenaikan_harga_gabungan).toBe(19.77);
    expect(j.harga).toEqual([
      { grup: 'Kebutuhan Pokok', rata_rata: 12.76 },
      { grup: 'Barang Penting', rata_rata: 26.77 },
    ]);
    expect(j.anggaran).toEqual({ pagu: 13519650516, realisasi: 13157342972, serapan: 97.32 });
    expect(j.indikator.map((i) => i.capaian)).toEqual(dokumen.indikator.map((i) => i.capaian_tertulis));
    expect(j.indikator[1]).toMatchObject({ no: 2, realisasi: null, capaian: null, kategori: null });
    expect(j.indikator[5]).toMatchObject({ target: 'NA', realisasi: 8.82, capaian: 100 });
    expect(j.verifikasi).toHaveLength(9);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j); // plain JSON, nothing lost
  });
});

describe('the "Laporan LKIP" sheet model', () => {
  let model: ReturnType<typeof susunLembarLaporan>;
  beforeAll(() => {
    model = susunLembarLaporan(hasil);
  });

  test('captions in the document layout', () => {
    for (const judul of [
      'Capaian Kinerja Tahun 2021',
      'Perbandingan Kenaikan/Penurunan Harga Kebutuhan Pokok',
      'Perbandingan Kenaikan/Penurunan Harga Barang Penting',
      'Kenaikan Harga Gabungan',
      'Alokasi dan Realisasi Anggaran',
      'Alokasi dan Realisasi Anggaran APBN',
    ]) {
      expect(cariBaris(model, judul, 0)).toBeGreaterThan(0);
    }
    const kepala = cariBaris(model, 'Indikator Kinerja', 1);
    expect(model.nilai[kepala]).toEqual([
      'No',
      'Indikator Kinerja',
      'Satuan',
      'Target',
      'Realisasi',
      'Capaian',
      'Kategori',
      'Keterangan',
    ]);
  });

  test('capaian cells are numbers with a literal-% format; unmeasured ones say "tidak diukur"', () => {
    const kepala = cariBaris(model, 'Indikator Kinerja', 1);
    const kCapaian = cariKolom(model, kepala, 'Capaian');
    const baris1 = cariBaris(model, dokumen.indikator[0]!.nama, 1);
    expect(model.nilai[baris1]![kCapaian]).toBe(88.64);
    expect(model.formatAngka[baris1]![kCapaian]).toBe(FORMAT_PERSEN);
    expect(FORMAT_PERSEN).toBe('#,##0.00" %"');
    const baris2 = cariBaris(model, dokumen.indikator[1]!.nama, 1);
    expect(model.nilai[baris2]![kCapaian]).toBe('tidak diukur');
    expect(model.formatAngka[baris2]![kCapaian]).toBe('@');
    const kaki = cariBaris(model, 'RATA-RATA CAPAIAN', 0);
    expect(model.nilai[kaki]![kCapaian]).toBe(81.44);
    expect(model.nilai[kaki]![kCapaian + 1]).toBe('Berhasil');
    expect(String(model.nilai[kaki]![7])).toContain('mencakup 9 dari 11 indikator');
  });

  test('price group sub-rows under the price-rise indicator, and the combined figure', () => {
    const sub = cariBaris(model, 'a. Kebutuhan Pokok', 1);
    expect(model.nilai[sub]![4]).toBe(12.76);
    expect(model.nilai[sub + 1]![1]).toBe('b. Barang Penting');
    expect(model.nilai[sub + 1]![4]).toBe(26.77);
    const gab = cariBaris(model, 'Capaian menurut skala inflasi (10% < X ≤ 30%)', 0);
    expect(model.nilai[gab]![6]).toBe(75);
    expect(model.nilai[gab]![7]).toBe('(12,76 + 26,77) / 2 = 19,77 → skala inflasi 10% < X ≤ 30% → 75%');
  });

  test('budget table: Rupiah format, total row 97,32', () => {
    const awal = cariBaris(model, 'Alokasi dan Realisasi Anggaran', 0);
    const jumlah = model.nilai.findIndex((b, i) => i > awal && b[0] === 'Jumlah');
    expect(model.nilai[jumlah]!.slice(2, 5)).toEqual([13519650516, 13157342972, 97.32]);
    expect(model.formatAngka[jumlah]![2]).toBe(FORMAT_RUPIAH);
  });

  test('a fill per category: green for Sangat Berhasil, yellow for Berhasil, red for Belum Berhasil', () => {
    const isiDi = (baris: number, kolom: number) =>
      model.gaya
        .filter(
          (g) =>
            g.gaya.isi &&
            baris >= g.rentang.baris &&
            baris < g.rentang.baris + g.rentang.jumlahBaris &&
            kolom >= g.rentang.kolom &&
            kolom < g.rentang.kolom + g.rentang.jumlahKolom,
        )
        .map((g) => g.gaya.isi)
        .pop();
    expect(isiDi(cariBaris(model, dokumen.indikator[0]!.nama, 1), 6)).toBe('C6EFCE');
    expect(isiDi(cariBaris(model, 'RATA-RATA CAPAIAN', 0), 6)).toBe('FFEB9C');
    expect(isiDi(cariBaris(model, dokumen.indikator[9]!.nama, 1), 6)).toBe('FFC7CE');
  });

  test('a rectangular grid of plain values: no formulas, no NaN', () => {
    const lebar = model.nilai[0]!.length;
    for (const [i, b] of model.nilai.entries()) {
      expect(b).toHaveLength(lebar);
      expect(model.formatAngka[i]).toHaveLength(lebar);
      for (const v of b) {
        if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        if (typeof v === 'string') expect(v.startsWith('=')).toBe(false);
      }
    }
    expect(model.rumus).toBeUndefined();
    expect(model.lebarKolom).toHaveLength(lebar);
    expect(model.bekukanBaris).toBe(3);
  });
});

describe('Verifikasi findings with the document data (issue 6)', () => {
  test('exactly: 2 unmeasured, NA → 100, 2 capped, 3 price roundings, the APBD printed total', () => {
    const slugPk = (noPk: number) => hasil.indikator[noPk - 1]!.kunci;
    expect(hasil.temuan.map((m) => [m.tingkat, m.id])).toEqual([
      ['galat', 'ANGGARAN-TOTAL:lkip-anggaran:total:realisasi'],
      ['peringatan', `TIDAK-DIUKUR:${slugPk(2)}`],
      ['peringatan', `TIDAK-DIUKUR:${slugPk(8)}`],
      ['info', 'HARGA-TERTULIS:lkip-harga-kebutuhan-pokok:minyak-goreng'],
      ['info', 'HARGA-TERTULIS:lkip-harga-kebutuhan-pokok:tepung-terigu'],
      ['info', 'HARGA-TERTULIS:lkip-harga-barang-penting:pupuk-subsidi'],
      ['info', `DIBATASI:${slugPk(5)}`],
      ['info', `TARGET-NA:${slugPk(6)}`],
      ['info', `DIBATASI:${slugPk(11)}`],
    ]);
  });

  test('messages name the figures and the cells', () => {
    const minyak = hasil.temuan.find((m) => m.id!.endsWith('minyak-goreng'))!;
    expect(minyak).toMatchObject({ lembar: 'Harga', alamat: 'E4', nama: 'LKIP_Harga_Kebutuhan_Pokok', baris: 4 });
    expect(minyak.pesan).toContain('tertulis 10,29%, dihitung ulang 10,30%');
    expect(minyak.pesan).toContain('pembulatan');
    expect(hasil.temuan.find((m) => m.id!.endsWith('tepung-terigu'))!.pesan).toContain('tertulis 18,15%, dihitung ulang 18,16%');
    expect(hasil.temuan.find((m) => m.id!.endsWith('pupuk-subsidi'))!.pesan).toContain('tertulis 55,86%, dihitung ulang 55,84%');

    const total = hasil.temuan[0]!;
    expect(total).toMatchObject({ lembar: 'Anggaran', alamat: 'C12', nama: 'LKIP_Anggaran', baris: 12 });
    expect(total.pesan).toContain('"13.157.342.97,-" tidak dapat dibaca sebagai angka');
    expect(total.pesan).toContain('Rp 13.157.342.972');
    expect(total.pesan).toContain('tanpa digit terakhirnya');

    const tidakDiukur = hasil.temuan[1]!;
    expect(tidakDiukur).toMatchObject({ lembar: 'Input', alamat: 'E6', nama: 'LKIP_Realisasi', baris: 2 });
    expect(tidakDiukur.pesan).toContain('mencakup 9 dari 11 indikator');

    const dibatasi = hasil.temuan.find((m) => m.id!.startsWith('DIBATASI') && m.pesan.includes('179,40%'))!;
    expect(dibatasi.pesan).toContain('nilai sebelum batas 179,40%, dihitung 100%');
    expect(hasil.temuan.find((m) => m.id!.startsWith('TARGET-NA'))!.pesan).toContain('dianggap tercapai 100%');
  });

  test('without the printed total row, no budget finding', async () => {
    const h = hitungLaporan(await masukanDokumen({ tanpaTotalTertulis: true }));
    expect(h.temuan.filter((m) => m.id!.startsWith('ANGGARAN'))).toEqual([]);
    expect(h.temuan).toHaveLength(8);
  });
});
