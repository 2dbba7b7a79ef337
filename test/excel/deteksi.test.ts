/**
 * "Hubungkan Tabel" through Office.js (src/excel/deteksi.ts) on the fake Excel host: the used sheets (or the
 * selection) read for the detector in a bounded number of syncs, merged areas where ExcelApi 1.13 is supported
 * (layout inference otherwise), sheets the add-in wrote and sheets over the cell bound left out, and the
 * confirmed names created without ever replacing an existing one unless asked. Figures: LKIP Disperindag NTT
 * 2021 (test/fixtures/lkip-ntt-2021.json); the hand-made names are written from the layout, not by the detector.
 */
import { PortExcel, uraiAlamatArea } from '../../src/excel';
import { deteksiTabel } from '../../src/report/deteksi';
import { jalankanLaporan } from '../../src/report/jalankan';
import { BukuPalsu, HostExcel } from './host';
import { LEMBAR_PK, lembarKinerja, namaKinerjaBuatanTangan } from './lembarKinerja';

function bukuKinerja(): { buku: BukuPalsu; akhir: number } {
  const buku = new BukuPalsu();
  const { baris, gabungan, akhir } = lembarKinerja();
  const l = buku.tambahLembar(LEMBAR_PK, baris);
  l.gabungan.push(...gabungan);
  return { buku, akhir };
}

/** A port on a host that supports every requirement set the adapter asks about (ExcelApi 1.18). */
function portLengkap(host: HostExcel): PortExcel {
  return new PortExcel(host.jalankan, { didukung: () => true });
}

function petaUsulan(h: ReturnType<typeof deteksiTabel>): Record<string, string> {
  return Object.fromEntries(h.nama.map((u) => [u.nama, u.alamatMutlak]));
}

describe('PortExcel.bacaUntukDeteksi', () => {
  test('used sheets, values and merged areas in 3 syncs; the detector finds the hand-made ranges', async () => {
    const { buku, akhir } = bukuKinerja();
    const host = new HostExcel(buku);
    const bacaan = await portLengkap(host).bacaUntukDeteksi(false);
    expect(host.jumlahSync).toBe(3);
    expect(bacaan.tanpaGabungan).toBe(false);
    expect(bacaan.adaNamaLkip).toBe(false);
    expect(bacaan.lembar).toHaveLength(1);
    const l = bacaan.lembar[0]!;
    expect(l.asal).toEqual({ baris: 0, kolom: 0 });
    expect(l.gabungan).toHaveLength(7);
    const h = deteksiTabel(bacaan.lembar);
    expect(h.ambiguitas).toEqual([]);
    expect(petaUsulan(h)).toEqual(namaKinerjaBuatanTangan(akhir));
  });

  test('without ExcelApi 1.13 no merged areas are asked for; the header is inferred from its layout', async () => {
    const { buku, akhir } = bukuKinerja();
    const host = new HostExcel(buku);
    const port = new PortExcel(host.jalankan, { didukung: (set, versi) => !(set === 'ExcelApi' && versi === '1.13') });
    const bacaan = await port.bacaUntukDeteksi(false);
    expect(bacaan.tanpaGabungan).toBe(true);
    expect(bacaan.lembar[0]!.gabungan).toBeUndefined();
    expect(petaUsulan(deteksiTabel(bacaan.lembar))).toEqual(namaKinerjaBuatanTangan(akhir));
  });

  test("the add-in's own sheets and sheets over BATAS_SEL_DETEKSI are not read; syncs do not grow with rows", async () => {
    const { buku } = bukuKinerja();
    buku.tambahLembar('Laporan LKIP', [['Laporan']]);
    buku.tambahNama('_LKIP_LEMBAR_1', "'Laporan LKIP'!$1:$1048576", 'Range', false);
    const besar = buku.tambahLembar('Harga Harian', [['Tanggal', 'Komoditas', 'Harga']]);
    Object.assign(besar.ubah(400_000, 2), { v: 12500 }); // 400 001 rows × 3 columns > 1 000 000 cells
    const host = new HostExcel(buku);
    const bacaan = await portLengkap(host).bacaUntukDeteksi(false);
    expect(bacaan.lembar.map((l) => l.nama)).toEqual([LEMBAR_PK]);
    expect(bacaan.dilewati).toEqual([{ nama: 'Harga Harian', jumlahBaris: 400_001, jumlahKolom: 3 }]);
    expect(host.jumlahSync).toBe(3);
    expect(Math.max(...host.permintaan.map((p) => p.selBaca))).toBeLessThan(1000);
  });

  test('the selection only: its values with their position', async () => {
    const { buku, akhir } = bukuKinerja();
    buku.tambahLembar('Lain', [
      ['Indikator', 'Target', 'Realisasi'],
      ['X', 1, 1],
    ]);
    buku.pilihan = { lembar: LEMBAR_PK, alamat: `A5:H${akhir}` };
    const host = new HostExcel(buku);
    const bacaan = await portLengkap(host).bacaUntukDeteksi(true);
    expect(bacaan.pilihan).toBe(`'${LEMBAR_PK}'!A5:H${akhir}`);
    expect(bacaan.lembar.map((l) => [l.nama, l.asal])).toEqual([[LEMBAR_PK, { baris: 4, kolom: 0 }]]);
    const h = deteksiTabel(bacaan.lembar);
    const tanpaPengaturan = { ...namaKinerjaBuatanTangan(akhir) };
    delete tanpaPengaturan.LKIP_Instansi;
    delete tanpaPengaturan.LKIP_Tahun;
    expect(petaUsulan(h)).toEqual(tanpaPengaturan);
  });

  test('uraiAlamatArea: quoted sheet names with commas stay whole', () => {
    expect(uraiAlamatArea("'PK, 2021'!A5:A6,'PK, 2021'!E5:G5")).toEqual([
      { baris: 4, kolom: 0, jumlahBaris: 2, jumlahKolom: 1 },
      { baris: 4, kolom: 4, jumlahBaris: 1, jumlahKolom: 3 },
    ]);
  });
});

describe('PortExcel.buatNamaDeteksi', () => {
  test('creates the confirmed names (2 syncs); the report then reads them: indicator 1 44,32 / 50 → 88,64', async () => {
    const { buku, akhir } = bukuKinerja();
    const host = new HostExcel(buku);
    const port = portLengkap(host);
    const h = deteksiTabel((await port.bacaUntukDeteksi(false)).lembar);
    const awal = host.jumlahSync;
    const hasil = await port.buatNamaDeteksi(h.nama, false);
    expect(host.jumlahSync - awal).toBe(2);
    expect(hasil.dibuat).toEqual(h.nama.map((u) => u.nama));
    expect(hasil.dilewati).toEqual([]);
    expect(Object.fromEntries(buku.nama.map((n) => [n.nama, buku.nilaiNama(n)]))).toEqual(
      Object.fromEntries(Object.entries(namaKinerjaBuatanTangan(akhir)).map(([n, a]) => [n, `'${LEMBAR_PK}'!${a}`])),
    );
    const laporan = await jalankanLaporan(port);
    expect(laporan.status).toBe('ditulis');
    expect(laporan.json!.indikator[0]).toMatchObject({ target: 50, realisasi: 44.32, capaian: 88.64 });
    expect(laporan.json!.tahun).toBe(2021);
    // Tabel 3.2 of the document: rata-rata capaian 81,44 % over 9 measured indicators, "Berhasil".
    expect(laporan.ringkasan).toMatchObject({ rataRataCapaian: '81,44 %', kategori: 'Berhasil', jumlahDiukur: 9 });
  });

  test('an existing name is skipped and reported unless timpa; with timpa it is replaced', async () => {
    const { buku, akhir } = bukuKinerja();
    buku.tambahNama('lkip_target', `'${LEMBAR_PK}'!$H$7`);
    const host = new HostExcel(buku);
    const port = portLengkap(host);
    const h = deteksiTabel((await port.bacaUntukDeteksi(false)).lembar);
    const tanpa = await port.buatNamaDeteksi(h.nama, false);
    expect(tanpa.dilewati).toEqual(['LKIP_Target']);
    expect(buku.nilaiNama(buku.cariNama('LKIP_Target')!)).toBe(`'${LEMBAR_PK}'!$H$7`);
    const dengan = await port.buatNamaDeteksi(
      h.nama.filter((u) => u.nama === 'LKIP_Target'),
      true,
    );
    expect(dengan).toEqual({ dibuat: [], dilewati: [], diganti: ['LKIP_Target'] });
    expect(buku.nilaiNama(buku.cariNama('LKIP_Target')!)).toBe(`'${LEMBAR_PK}'!$E$7:$E$${akhir}`);
  });
});
