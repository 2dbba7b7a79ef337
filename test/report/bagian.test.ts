/** Building blocks: formula recognition, stable IDs, the contract reader's edge cases, the sheet builder. */
import fc from 'fast-check';
import {
  bacaKontrak,
  hitungRumusDikenali,
  idTemuan,
  kenaliRumus,
  kunciUnik,
  slug,
  susunLembarLaporan,
  hitungLaporan,
  hurufKolom,
  indeksKolom,
  warnaKategori,
  type RentangBernama,
} from '../../src/report';

describe('column letters', () => {
  test("A = 0, Z = 25, AA = 26, XFD = 16 383 (Excel's last column); lower case too", () => {
    expect(['A', 'Z', 'AA', 'az', 'XFD'].map(indeksKolom)).toEqual([0, 25, 26, 51, 16_383]);
  });
  test('property: indeksKolom undoes hurufKolom over every column Excel has', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16_383 }), (k) => expect(indeksKolom(hurufKolom(k))).toBe(k)));
  });
});

describe('kenaliRumus: the realisasi formulas the document uses', () => {
  test.each([
    ['=39/88*100', '39 / 88 × 100% = 44,32%'],
    ['= 39 / 88 * 100', '39 / 88 × 100% = 44,32%'],
    ['=(39/88)*100', '39 / 88 × 100% = 44,32%'],
    ['=100*39/88', '39 / 88 × 100% = 44,32%'],
    ['=(157/160*100)', '157 / 160 × 100% = 98,13%'],
    ['=(1593-1576)/1576*100', '(1.593 − 1.576) / 1.576 × 100% = 1,08%'],
    ['=((7-6)/6)*100', '(7 − 6) / 6 × 100% = 16,67%'],
    ['=100*(7-6)/6', '(7 − 6) / 6 × 100% = 16,67%'],
    ['=2.5/10*100', '2,50 / 10 × 100% = 25%'],
  ])('%s → %s', (rumus, derivasi) => {
    const r = kenaliRumus(rumus);
    expect(r).not.toBeNull();
    expect(hitungRumusDikenali(r!).derivasi).toBe(derivasi);
  });

  test.each([['=B5/C5*100'], ['=SUM(A1:A3)'], ['=(7-6)/5*100'], ['39/88*100'], ['=39/88'], [null], ['=(39/88)*(100)']])(
    '%s is not recognised',
    (rumus) => {
      expect(kenaliRumus(rumus)).toBeNull();
    },
  );
});

describe('stable IDs', () => {
  test('slug: lower case, dashes, diacritics dropped; long names cut with a hash of the whole', () => {
    expect(slug('Minyak Goreng')).toBe('minyak-goreng');
    expect(slug('  Ikan Segar : Tongkol/Tuna/Cakalang ')).toBe('ikan-segar-tongkol-tuna-cakalang');
    expect(slug('Kopi Arabika Flores Bajawa (Café)')).toBe('kopi-arabika-flores-bajawa-cafe');
    expect(slug('')).toBe('tanpa-nama');
    const panjang = slug('Persentase Pelaku usaha yang melakukan pengujian dan sertifikasi mutu produk');
    expect(panjang).toMatch(/^persentase-pelaku-usaha-yang-melakukan-p-[0-9a-f]{6}$/);
    expect(slug('Persentase Pelaku usaha yang melakukan pengujian dan sertifikasi mutu barang')).not.toBe(panjang);
    expect(slug('Persentase Pelaku usaha yang melakukan pengujian dan sertifikasi mutu produk')).toBe(panjang);
  });

  test('property: slug is the rule as written (NFKD, marks dropped, lower case, runs of other characters → "-"; other scripts + a hash)', () => {
    // Reviewers' notes are kept by ID: the slug of a name must never change between versions.
    const fnv1a = (teks: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < teks.length; i++) h = Math.imul(h ^ teks.charCodeAt(i), 0x01000193) >>> 0;
      return h.toString(16).padStart(8, '0').slice(0, 6);
    };
    const aturan = (teks: string) => {
      const tanpaTanda = teks.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      const dasar = tanpaTanda
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      // Issue 17: letters or digits of another script are kept apart by a hash of the name (NFKC, case, spaces folded).
      if ([...tanpaTanda].some((c) => c > '~' && /[\p{L}\p{N}]/u.test(c))) {
        const kunci = teks.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
        return `${dasar === '' ? 'u' : dasar.slice(0, 40).replace(/-+$/, '')}-${fnv1a(kunci)}`;
      }
      if (dasar === '') return 'tanpa-nama';
      return dasar.length <= 40 ? dasar : `${dasar.slice(0, 40).replace(/-+$/, '')}-${fnv1a(dasar)}`;
    };
    const nama = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZ09 -_/().,:é\u00c9\u0301ßİ\u00a0\t'.split('')), maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    fc.assert(
      fc.property(nama, (teks) => {
        expect(slug(teks)).toBe(aturan(teks));
      }),
      { numRuns: 3000 },
    );
  });

  test('namesakes get ~2, ~3 in their order; IDs join code and keys', () => {
    expect(kunciUnik(['A', 'B', 'a', 'A '])).toEqual(['a', 'b', 'a~2', 'a~3']);
    expect(idTemuan('HARGA-TERTULIS', 'lkip-harga-pokok', 'minyak-goreng')).toBe('HARGA-TERTULIS:lkip-harga-pokok:minyak-goreng');
  });
});

const r = (nama: string, lembar: string, baris: number, kolom: number, nilai: RentangBernama['nilai']): RentangBernama => ({
  nama,
  lembar,
  baris,
  kolom,
  nilai,
});

describe('bacaKontrak', () => {
  const dasar = [
    r('LKIP_Indikator', 'S', 1, 1, [['A'], ['B'], [null]]),
    r('LKIP_Target', 'S', 1, 2, [[50], ['NA'], [null]]),
    r('LKIP_Realisasi', 'S', 1, 3, [[44.32], [8.82], [null]]),
  ];

  test('names are case-insensitive; blank rows are skipped; no settings → Tabel 3.1, batas 100, NA tercapai', () => {
    const k = bacaKontrak([r('lkip_indikator', 'S', 1, 1, [['A'], ['B'], [null]]), ...dasar.slice(1)]);
    expect(k.masalah).toEqual([]);
    expect(k.masukan!.indikator.map((i) => i.nama)).toEqual(['A', 'B']);
    expect(k.masukan!.batas!.toString()).toBe('100');
    expect(k.masukan!.kebijakanNA).toBe('tercapai');
    expect(k.masukan!.skala.map((t) => t.label)).toEqual(['Sangat Berhasil', 'Berhasil', 'Cukup Berhasil', 'Belum Berhasil']);
    expect(k.masukan!.indikator[1]!.sel.target).toEqual({
      nilai: 'NA',
      rumus: null,
      nama: 'LKIP_Target',
      lembar: 'S',
      alamat: 'C3',
      baris: 2,
    });
  });

  test('ranges not aligned with LKIP_Indikator → peringatan (pairing is by order)', () => {
    const k = bacaKontrak([...dasar.slice(0, 2), r('LKIP_Realisasi', 'Lain', 5, 3, [[44.32], [8.82], [null]])]);
    expect(k.masalah).toHaveLength(1);
    expect(k.masalah[0]).toMatchObject({ tingkat: 'peringatan', nama: 'LKIP_Realisasi', lembar: 'Lain', alamat: 'D6:D8' });
    expect(k.masukan).not.toBeNull();
  });

  test('a price list of 3 columns, a budget of 2 columns, LKIP_Tahun that is not a year → galat each', () => {
    const k = bacaKontrak([
      ...dasar,
      r('LKIP_Harga_Pokok', 'H', 0, 0, [['Beras', 10000, 11000]]),
      r('LKIP_Anggaran', 'A', 0, 0, [['Program', 100]]),
      r('LKIP_Tahun', 'S', 0, 9, [['dua ribu']]),
    ]);
    expect(k.masukan).toBeNull();
    expect(k.masalah.map((m) => [m.tingkat, m.nama])).toEqual([
      ['galat', 'LKIP_Tahun'],
      ['galat', 'LKIP_Harga_Pokok'],
      ['galat', 'LKIP_Anggaran'],
    ]);
  });

  test('LKIP_Skala as one cell with a preset name; LKIP_Instansi from a merged (1×n) title', () => {
    const k = bacaKontrak([
      ...dasar,
      r('LKIP_Skala', 'S', 0, 5, [['lima-tingkat']]),
      r('LKIP_Instansi', 'S', 0, 0, [['  Dinas X  ', null, null]]),
    ]);
    expect(k.masukan!.skala).toHaveLength(5);
    expect(k.masukan!.instansi).toBe('Dinas X');
  });

  test('no indicator at all → galat', () => {
    const k = bacaKontrak([
      r('LKIP_Indikator', 'S', 0, 0, [[null]]),
      r('LKIP_Target', 'S', 0, 1, [[null]]),
      r('LKIP_Realisasi', 'S', 0, 2, [[null]]),
    ]);
    expect(k.masukan).toBeNull();
    expect(k.masalah[0]!.pesan).toContain('tidak berisi satu indikator pun');
  });

  test('without year or instansi the report still has its captions', () => {
    const k = bacaKontrak(dasar);
    const model = susunLembarLaporan(hitungLaporan(k.masukan!));
    expect(model.nilai.map((b) => b[0])).toContain('Capaian Kinerja Tahun Ini');
    expect(model.nilai[1]![0]).toBe('Nama instansi belum diisi (LKIP_Instansi)');
  });
});

test('category fills spread over green, yellow, orange, red', () => {
  expect([0, 1, 2, 3].map((i) => warnaKategori(i, 4))).toEqual(['C6EFCE', 'FFEB9C', 'FCD5B4', 'FFC7CE']);
  expect([0, 1, 2, 3, 4].map((i) => warnaKategori(i, 5))).toEqual(['C6EFCE', 'FFEB9C', 'FCD5B4', 'FCD5B4', 'FFC7CE']);
});
