/**
 * Issue 6 through the Office.js adapter: reviewer Status and Catatan on the "Verifikasi" sheet survive
 * recalculation, rows inserted above them, and a finding that disappears. The workbook is the fake Excel host
 * (test/excel/host: Excel's load/sync rules), seeded with the bundled sample; the engine runs unchanged.
 */
import { PortExcel } from '../../src/excel/portExcel';
import { jalankanLaporan } from '../../src/report';
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

function port(buku: BukuPalsu): PortExcel {
  return new PortExcel(new HostExcel(buku).jalankan, { didukung: () => true });
}

interface BarisTemuan {
  r: number;
  status: unknown;
  catatan: unknown;
  pesan: string;
}

/** The Verifikasi rows by ID, found by the header titles (not by position). */
function temuan(l: LembarData): { kolom: { status: number; catatan: number }; baris: Map<string, BarisTemuan> } {
  const grid = l.grid().map((b) => b.map((s) => s.v));
  const kepala = grid.findIndex((b) => b.includes('ID') && b.includes('Status') && b.includes('Catatan reviewer'));
  expect(kepala).toBeGreaterThanOrEqual(0);
  const h = grid[kepala]!;
  const kolom = {
    id: h.indexOf('ID'),
    pesan: h.indexOf('Pesan'),
    status: h.indexOf('Status'),
    catatan: h.indexOf('Catatan reviewer'),
  };
  const baris = new Map<string, BarisTemuan>();
  for (let r = kepala + 1; r < grid.length; r++) {
    const id = grid[r]![kolom.id];
    if (typeof id === 'string' && id !== '') {
      baris.set(id, {
        r,
        status: grid[r]![kolom.status],
        catatan: grid[r]![kolom.catatan],
        pesan: String(grid[r]![kolom.pesan]),
      });
    }
  }
  return { kolom, baris };
}

function idDiawali(baris: Map<string, BarisTemuan>, awalan: string): string[] {
  return [...baris.keys()].filter((id) => id.startsWith(awalan));
}

/** What a reviewer does in Excel: type into the two editable cells of a finding's row. */
function tulisCatatanReviewer(l: LembarData, id: string, status: string, catatan: string): void {
  const { kolom, baris } = temuan(l);
  const b = baris.get(id)!;
  l.ubah(b.r, kolom.status).v = status;
  l.ubah(b.r, kolom.catatan).v = catatan;
}

/** Insert n empty rows above row r (everything at or below moves down), as Excel's "Insert rows" does. */
function sisipkanBaris(l: LembarData, r: number, n: number): void {
  const lama = [...l.sel.entries()].sort(([a], [b]) => b - a);
  for (const [baris, isi] of lama) {
    if (baris < r) continue;
    l.sel.delete(baris);
    l.sel.set(baris + n, isi);
  }
}

describe('reviewer notes on "Verifikasi" through PortExcel', () => {
  test('kept across recalculation, rows inserted above, and a finding that no longer occurs', async () => {
    const buku = bukuContoh();
    expect((await jalankanLaporan(port(buku))).status).toBe('ditulis');
    const verifikasi = () => buku.cariLembar('Verifikasi')!;

    const tidakDiukur = idDiawali(temuan(verifikasi()).baris, 'TIDAK-DIUKUR:');
    const dibatasi = idDiawali(temuan(verifikasi()).baris, 'DIBATASI:');
    expect(tidakDiukur).toHaveLength(2); // the two indicators of the agreement that Tabel 3.2 does not measure
    expect(dibatasi).toHaveLength(2); // 179,40 and 323,10 → 100
    const [pk2, pk8] = tidakDiukur as [string, string];
    tulisCatatanReviewer(verifikasi(), pk2, 'Perlu perbaikan', 'Mohon isi realisasi distribusi barang.');
    tulisCatatanReviewer(verifikasi(), pk8, 'OK', 'Kegiatan direfocusing; cukup dijelaskan di BAB III.');
    tulisCatatanReviewer(verifikasi(), dibatasi[0]!, 'OK', 'Sesuai dokumen: tetap dihitung 100%.');

    // 1. Recalculation keeps every note.
    expect((await jalankanLaporan(port(buku))).status).toBe('ditulis');
    let t = temuan(verifikasi()).baris;
    expect([t.get(pk2)!.status, t.get(pk2)!.catatan]).toEqual(['Perlu perbaikan', 'Mohon isi realisasi distribusi barang.']);
    expect([t.get(pk8)!.status, t.get(pk8)!.catatan]).toEqual(['OK', 'Kegiatan direfocusing; cukup dijelaskan di BAB III.']);
    expect(t.get(dibatasi[0]!)!.catatan).toBe('Sesuai dokumen: tetap dihitung 100%.');

    // 2. A reviewer inserts rows above the findings: notes are matched by ID, not by row number.
    sisipkanBaris(verifikasi(), t.get(pk2)!.r, 3);
    expect((await jalankanLaporan(port(buku))).status).toBe('ditulis');
    t = temuan(verifikasi()).baris;
    expect([t.get(pk2)!.status, t.get(pk2)!.catatan]).toEqual(['Perlu perbaikan', 'Mohon isi realisasi distribusi barang.']);
    expect(t.get(dibatasi[0]!)!.status).toBe('OK');

    // 3. The office fills in indicator 2's realisasi: that finding disappears, its note stays, marked.
    const masukan = buku.cariLembar('Data LKIP')!;
    const realisasi = buku.cariNama('LKIP_Realisasi')!.rujukan!.rentang;
    const sel = masukan.ubah(realisasi.baris + 1, realisasi.kolom);
    expect(sel.v ?? '').toBe(''); // indicator 2 had no realisasi
    sel.v = 20;
    expect((await jalankanLaporan(port(buku))).status).toBe('ditulis');
    t = temuan(verifikasi()).baris;
    expect(t.get(pk2)).toBeDefined();
    expect([t.get(pk2)!.status, t.get(pk2)!.catatan]).toEqual(['Perlu perbaikan', 'Mohon isi realisasi distribusi barang.']);
    expect(t.get(pk2)!.pesan.toLowerCase()).toContain('tidak muncul');
    expect(t.get(pk8)!.pesan.toLowerCase()).not.toContain('sudah tidak muncul');
    expect(t.get(pk8)!.catatan).toBe('Kegiatan direfocusing; cukup dijelaskan di BAB III.');
  });
});
