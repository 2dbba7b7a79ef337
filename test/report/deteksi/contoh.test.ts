/**
 * The bundled sample sheet ("Data LKIP", src/sample) has hand-made names. The detector, given only its values,
 * must find the same ranges (the price lists and budgets without their header row, which the contract skips
 * anyway), and the contract must read the same indicators, prices and budget rows through either set of names.
 */
import { alamatRentang, bacaKontrak, type MasukanLaporan, type RentangBernama } from '../../../src/report';
import { deteksiTabel, rentangBernamaDari, rentangDariAlamat, type LembarSumber } from '../../../src/report/deteksi';
import { susunContoh } from '../../../src/sample';

const { lembar: model, nama: namaContoh } = susunContoh();
const lembarContoh: LembarSumber = { nama: model.nama, nilai: model.nilai, rumus: model.rumus!, gabungan: model.gabungan };
/** The sample's two budgets: the one the sample names LKIP_Anggaran (APBD, Tabel 3.22; its range starts at its header row). */
const PILIHAN = {
  'tabel:anggaran': `${model.nama}!A${rentangDariAlamat(namaContoh.find((n) => n.nama === 'LKIP_Anggaran')!.alamat)!.baris + 1}`,
};

/** A sample name as the port would read it: the values of its range. */
function rentangContoh(nama: string): RentangBernama {
  const n = namaContoh.find((x) => x.nama === nama)!;
  const r = rentangDariAlamat(n.alamat)!;
  return rentangBernamaDari(
    {
      nama,
      lembar: n.lembar,
      rentang: r,
      alamat: '',
      alamatMutlak: n.alamat,
      rujukan: '',
      kepala: [],
      tabel: null,
    },
    lembarContoh,
  );
}

describe('lembar contoh "Data LKIP" tanpa nama buatan tangan', () => {
  test('tanpa pilihan: dua tabel anggaran (APBD, APBN) ditanyakan; yang lain sudah terpetakan', () => {
    const h = deteksiTabel([lembarContoh]);
    expect(h.ambiguitas.map((a) => a.id)).toEqual(['tabel:anggaran']);
    expect(h.tabel.map((t) => [t.jenis, t.status])).toEqual([
      ['kinerja', 'siap'],
      ['harga', 'siap'],
      ['harga', 'siap'],
      ['anggaran', 'perlu_pilihan'],
      ['anggaran', 'perlu_pilihan'],
    ]);
  });

  test('nama yang ditemukan = nama contoh (indikator dan pengaturan persis; harga dan anggaran tanpa baris kepalanya)', () => {
    const h = deteksiTabel([lembarContoh], { pilihan: PILIHAN });
    expect(h.ambiguitas).toEqual([]);
    const ditemukan = Object.fromEntries(h.nama.map((u) => [u.nama, `${u.lembar}!${u.alamatMutlak}`]));
    const diharapkan: Record<string, string> = {};
    for (const n of namaContoh) {
      if (['LKIP_Batas', 'LKIP_Target_NA', 'LKIP_Skala', 'LKIP_Skala_Inflasi'].includes(n.nama)) continue; // the add-in's own settings
      const r = rentangDariAlamat(n.alamat)!;
      const tanpaKepala = n.nama.startsWith('LKIP_Harga_') || n.nama.startsWith('LKIP_Anggaran');
      const data = tanpaKepala ? { ...r, baris: r.baris + 1, jumlahBaris: r.jumlahBaris - 1 } : r;
      diharapkan[n.nama] = `${n.lembar}!${alamatRentang(data).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
    }
    expect(ditemukan).toEqual(diharapkan);
  });

  test('kontrak membaca indikator, harga dan anggaran yang sama lewat nama hasil deteksi', () => {
    const h = deteksiTabel([lembarContoh], { pilihan: PILIHAN });
    const dariDeteksi = bacaKontrak(h.nama.map((u) => rentangBernamaDari(u, lembarContoh)));
    const dariContoh = bacaKontrak(namaContoh.map((n) => rentangContoh(n.nama)));
    expect(dariDeteksi.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
    const ringkas = (m: MasukanLaporan | null) => ({
      instansi: m?.instansi,
      tahun: m?.tahun,
      indikator: m?.indikator.map((i) => ({
        nama: i.nama,
        nilai: Object.fromEntries(Object.entries(i.sel).map(([k, s]) => [k, [s.nilai, s.rumus, s.alamat]])),
      })),
      adaRealisasiLalu: m?.adaRealisasiLalu,
      adaTargetAkhir: m?.adaTargetAkhir,
      harga: m?.grupHarga.map((g) => ({
        nama: g.nama,
        label: g.label,
        tertulis: g.adaKolomTertulis,
        baris: g.baris.map((b) => [b.nama, b.satuan, b.sel.lalu.nilai, b.sel.kini.nilai, b.sel.tertulis?.nilai]),
      })),
      anggaran: m?.anggaran.map((a) => ({
        nama: a.nama,
        utama: a.utama,
        persen: a.adaKolomPersen,
        baris: a.baris.map((b) => [b.program, b.sel.pagu.nilai, b.sel.realisasi.nilai, b.sel.persenTertulis?.nilai]),
        total: a.totalTertulis.map((b) => [b.program, b.sel.pagu.nilai, b.sel.realisasi.nilai]),
      })),
    });
    const a = ringkas(dariDeteksi.masukan);
    expect(a.indikator).toHaveLength(11);
    expect(a.harga?.map((g) => [g.nama, g.baris.length])).toEqual([
      ['LKIP_Harga_Kebutuhan_Pokok', 23],
      ['LKIP_Harga_Barang_Penting', 9],
    ]);
    expect(a).toEqual(ringkas(dariContoh.masukan));
  });
});
