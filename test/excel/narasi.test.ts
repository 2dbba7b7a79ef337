/**
 * Issue 15 through the Office.js adapter: an author's text in "Narasi penulis" on the "Narasi LKIP" sheet survives
 * recalculation and rows inserted above it; a changed figure under it is a Verifikasi finding and the text stays.
 * The workbook is the fake Excel host (test/excel/host), seeded with the bundled sample; the engine runs unchanged.
 */
import { PortExcel } from '../../src/excel/portExcel';
import { KEADAAN_NARASI, KODE_NARASI_BERUBAH, jalankanLaporan } from '../../src/report';
import { kutipLembar } from '../../src/report/buku/alamat';
import { susunContoh } from '../../src/sample';
import { BukuPalsu, HostExcel, type LembarData } from './host';

function bukuContoh(): BukuPalsu {
  const buku = new BukuPalsu();
  const { lembar, nama } = susunContoh();
  buku.tambahLembar(
    lembar.nama,
    lembar.nilai.map((baris, r) =>
      baris.map((v, c) => {
        const f = lembar.rumus?.[r]?.[c];
        return f ? { v: v ?? '', f } : v;
      }),
    ),
  );
  for (const n of nama) buku.tambahNama(n.nama, `${kutipLembar(n.lembar)}!${n.alamat}`);
  return buku;
}

const port = (buku: BukuPalsu) => new PortExcel(new HostExcel(buku).jalankan, { didukung: () => true });

/** Rows of the Narasi LKIP sheet by ID, found by the header titles. */
function narasi(l: LembarData) {
  const grid = l.grid().map((b) => b.map((s) => s.v));
  const kepala = grid.findIndex((b) => b.includes('ID') && b.includes('Narasi penulis'));
  expect(kepala).toBeGreaterThanOrEqual(0);
  const h = grid[kepala]!;
  const kol = {
    id: h.indexOf('ID'),
    penulis: h.indexOf('Narasi penulis'),
    keadaan: h.indexOf('Keadaan'),
    draf: h.indexOf('Draf narasi'),
  };
  const baris = new Map<string, { r: number; penulis: unknown; keadaan: unknown; draf: unknown }>();
  for (let r = kepala + 1; r < grid.length; r++) {
    const id = grid[r]![kol.id];
    if (typeof id === 'string' && id !== '') {
      baris.set(id, { r, penulis: grid[r]![kol.penulis], keadaan: grid[r]![kol.keadaan], draf: grid[r]![kol.draf] });
    }
  }
  return { kol, baris };
}

/** Insert n empty rows above row r, as Excel's "Insert rows" does. */
function sisipkanBaris(l: LembarData, r: number, n: number): void {
  for (const [baris, isi] of [...l.sel.entries()].sort(([a], [b]) => b - a)) {
    if (baris < r) continue;
    l.sel.delete(baris);
    l.sel.set(baris + n, isi);
  }
}

const TEKS = 'Teks penulis: 39 dari 88 pelaku usaha sudah terintegrasi OSS, capaian 88,64 % (Sangat Berhasil).';

describe('edited narratives on "Narasi LKIP" through PortExcel', () => {
  test('kept across recalculation and inserted rows; a changed figure is flagged, the text kept', async () => {
    const buku = bukuContoh();
    expect((await jalankanLaporan(port(buku))).status).toBe('ditulis');
    const lembar = () => buku.cariLembar('Narasi LKIP')!;
    const { kol, baris } = narasi(lembar());
    const [id, b1] = [...baris.entries()][0]!;
    expect(String(b1.draf)).toContain('pada tahun 2021 sebesar 88,64 % dengan kategori Sangat Berhasil');
    lembar().ubah(b1.r, kol.penulis).v = TEKS;

    let h = await jalankanLaporan(port(buku));
    expect(narasi(lembar()).baris.get(id)).toMatchObject({ penulis: TEKS, keadaan: KEADAAN_NARASI.disunting });
    expect(h.bab3!.narasi[0]!.teksPenulis).toBe(TEKS);

    sisipkanBaris(lembar(), narasi(lembar()).baris.get(id)!.r, 3);
    h = await jalankanLaporan(port(buku));
    expect(narasi(lembar()).baris.get(id)!.penulis).toBe(TEKS);
    expect(h.temuan.some((t) => t.id!.startsWith(KODE_NARASI_BERUBAH))).toBe(false);

    // Indicator 1's realisasi formula =39/88*100 becomes 40: the figures under the edited text change.
    const realisasi = buku.cariNama('LKIP_Realisasi')!.rujukan!.rentang;
    const sel = buku.cariLembar('Data LKIP')!.ubah(realisasi.baris, realisasi.kolom);
    sel.v = 40;
    delete sel.f;
    h = await jalankanLaporan(port(buku));
    const t = h.temuan.find((x) => x.id === `${KODE_NARASI_BERUBAH}:${id.slice('NARASI:'.length)}`);
    expect(t).toMatchObject({ tingkat: 'peringatan', lembar: 'Narasi LKIP' });
    expect(narasi(lembar()).baris.get(id)).toMatchObject({ penulis: TEKS, keadaan: KEADAAN_NARASI.berubah });
    const verifikasi = buku
      .cariLembar('Verifikasi')!
      .grid()
      .map((b) => b.map((s) => s.v));
    expect(verifikasi.some((b) => b[0] === t!.id)).toBe(true);
  });
});
