/**
 * Nothing a reviewer writes is lost: Status and Catatan reviewer are matched to findings by their
 * stable ID across recalculations, rows inserted above, findings moving, and findings disappearing.
 */
import {
  AWALAN_TIDAK_MUNCUL,
  ID_TANPA_TEMUAN,
  NAMA_LEMBAR_VERIFIKASI,
  bacaCatatanReviewer,
  jalankanLaporan,
  susunLembarVerifikasi,
  type Temuan,
  type ModelLembar,
} from '../../src/report';
import { alamatSel } from '../../src/report/buku/alamat';
import { pelanggaranModelLaporan } from '../../src/report/buku';
import { bukuKerjaKecil } from './bantu';
import { bukuKerjaDokumen } from './contohDokumen';
import type { PortMemori } from './portMemori';

/** Current rows of the Verifikasi sheet in the workbook: ID → [Tingkat, Pesan, Status, Catatan]. */
function barisVerifikasi(port: PortMemori): Map<string, { tingkat: unknown; pesan: unknown; status: unknown; catatan: unknown }> {
  const nilai = port.salinNilai(NAMA_LEMBAR_VERIFIKASI)!;
  const kepala = nilai.findIndex((b) => b[0] === 'ID');
  const hasil = new Map<string, { tingkat: unknown; pesan: unknown; status: unknown; catatan: unknown }>();
  for (const b of nilai.slice(kepala + 1)) {
    if (typeof b[0] === 'string') hasil.set(b[0], { tingkat: b[1], pesan: b[3], status: b[4], catatan: b[5] });
  }
  return hasil;
}

/** The reviewer types into the Verifikasi sheet, on the row of a finding ID. */
function tulisReviewer(port: PortMemori, id: string, status: string, catatan: string): void {
  const nilai = port.salinNilai(NAMA_LEMBAR_VERIFIKASI)!;
  const baris = nilai.findIndex((b) => b[0] === id);
  if (baris < 0) throw new Error(`ID ${id} tidak ada`);
  port.setelSel(NAMA_LEMBAR_VERIFIKASI, alamatSel(baris, 4), status);
  port.setelSel(NAMA_LEMBAR_VERIFIKASI, alamatSel(baris, 5), catatan);
}

const idTidakDiukurPk2 = async (port: PortMemori) => {
  const h = await jalankanLaporan(port);
  return h.temuan.find((m) => m.id!.startsWith('TIDAK-DIUKUR') && m.alamat === 'E6')!.id!;
};

describe('reviewer notes on the Verifikasi sheet', () => {
  test('survive a recalculation', async () => {
    const port = bukuKerjaDokumen();
    const id = await idTidakDiukurPk2(port);
    tulisReviewer(port, id, 'Perlu perbaikan', 'Cek lagi dengan Perjanjian Kinerja');
    tulisReviewer(port, 'ANGGARAN-TOTAL:lkip-anggaran:total:realisasi', 'OK', 'Salah ketik di dokumen, sudah dibetulkan');
    await jalankanLaporan(port);
    const baris = barisVerifikasi(port);
    expect(baris.get(id)).toMatchObject({ status: 'Perlu perbaikan', catatan: 'Cek lagi dengan Perjanjian Kinerja' });
    expect(baris.get('ANGGARAN-TOTAL:lkip-anggaran:total:realisasi')).toMatchObject({ status: 'OK', tingkat: 'galat' });
    expect(baris.size).toBe(9);
  });

  test('survive rows inserted above them (and the findings keep their own rows)', async () => {
    const port = bukuKerjaDokumen();
    const id = await idTidakDiukurPk2(port);
    tulisReviewer(port, id, 'OK', 'diperiksa Sekretaris');
    port.sisipkanBaris(NAMA_LEMBAR_VERIFIKASI, 0, 3);
    port.setelSel(NAMA_LEMBAR_VERIFIKASI, 'A1', 'Lembar Verifikasi: Perencana, Sekretaris, Kepala Dinas');
    port.sisipkanBaris(NAMA_LEMBAR_VERIFIKASI, 10, 2); // rows inserted between findings too
    await jalankanLaporan(port);
    expect(barisVerifikasi(port).get(id)).toMatchObject({ status: 'OK', catatan: 'diperiksa Sekretaris' });
  });

  test('follow their finding when it moves to another row', async () => {
    const port = bukuKerjaDokumen();
    const id = await idTidakDiukurPk2(port);
    tulisReviewer(port, id, 'OK', 'catatan A');
    const barisSebelum = port.salinNilai(NAMA_LEMBAR_VERIFIKASI)!.findIndex((b) => b[0] === id);
    // a new galat appears (a price written as "-5"): it is listed first, moving every other row down
    port.setelSel('Harga', 'C2', -5);
    const h = await jalankanLaporan(port);
    expect(h.temuan[0]!.id).toBe('HARGA-NEGATIF:lkip-harga-kebutuhan-pokok:beras');
    const barisSesudah = port.salinNilai(NAMA_LEMBAR_VERIFIKASI)!.findIndex((b) => b[0] === id);
    expect(barisSesudah).toBe(barisSebelum + 1);
    expect(barisVerifikasi(port).get(id)).toMatchObject({ status: 'OK', catatan: 'catatan A' });
  });

  test('a finding that no longer occurs keeps its text, marked "sudah tidak muncul"; it comes back when the finding does', async () => {
    const port = bukuKerjaDokumen();
    const id = await idTidakDiukurPk2(port);
    tulisReviewer(port, id, 'Perlu perbaikan', 'Realisasi belum dilaporkan bidang');
    const pesanAwal = barisVerifikasi(port).get(id)!.pesan as string;

    port.setelSel('Input', 'E6', 30); // the realisasi is filled in: the finding disappears
    const h = await jalankanLaporan(port);
    expect(h.temuan.some((m) => m.id === id)).toBe(false);
    const tidakMuncul = barisVerifikasi(port).get(id)!;
    expect(tidakMuncul).toMatchObject({ status: 'Perlu perbaikan', catatan: 'Realisasi belum dilaporkan bidang' });
    expect(tidakMuncul.pesan).toBe(`${AWALAN_TIDAK_MUNCUL}${pesanAwal}`);
    const ringkas = port.salinNilai(NAMA_LEMBAR_VERIFIKASI)!.find((b) => String(b[0]).startsWith('Galat:'))![0];
    expect(ringkas).toContain('Sudah tidak muncul: 1');
    expect(pelanggaranModelLaporan(port.modelTerakhir(NAMA_LEMBAR_VERIFIKASI)!)).toEqual([]);

    await jalankanLaporan(port); // still kept, not prefixed twice
    expect(barisVerifikasi(port).get(id)!.pesan).toBe(`${AWALAN_TIDAK_MUNCUL}${pesanAwal}`);

    port.setelSel('Input', 'E6', null); // the finding is back
    await jalankanLaporan(port);
    expect(barisVerifikasi(port).get(id)).toMatchObject({
      pesan: pesanAwal,
      status: 'Perlu perbaikan',
      catatan: 'Realisasi belum dilaporkan bidang',
    });
  });

  test('a finding without reviewer text that disappears is simply gone', async () => {
    const port = bukuKerjaDokumen();
    const id = await idTidakDiukurPk2(port);
    port.setelSel('Input', 'E6', 30);
    await jalankanLaporan(port);
    expect(barisVerifikasi(port).has(id)).toBe(false);
  });

  test('reviewer text on a row without an ID is kept, and a note on "Tidak ada temuan." too', async () => {
    const port = bukuKerjaKecil([{ nama: 'Indikator A', target: 50, realisasi: 40 }]);
    await jalankanLaporan(port);
    const nilai = port.salinNilai(NAMA_LEMBAR_VERIFIKASI)!;
    const baris = nilai.findIndex((b) => b[0] === ID_TANPA_TEMUAN);
    expect(nilai[baris]![3]).toBe('Tidak ada temuan.');
    port.setelSel(NAMA_LEMBAR_VERIFIKASI, alamatSel(baris, 5), 'Sudah diperiksa Inspektorat');
    port.setelSel(NAMA_LEMBAR_VERIFIKASI, alamatSel(baris + 3, 5), 'Catatan bebas di bawah tabel');

    port.setelSel('Data', 'D2', null); // now there is a finding
    await jalankanLaporan(port);
    const sesudah = port.salinNilai(NAMA_LEMBAR_VERIFIKASI)!;
    const kepala = sesudah.findIndex((b) => b[0] === 'ID');
    const data = sesudah.slice(kepala + 1);
    expect(data.map((b) => [b[0], b[5]])).toEqual([
      ['TIDAK-DIUKUR:indikator-a', null],
      [ID_TANPA_TEMUAN, 'Sudah diperiksa Inspektorat'],
      [null, 'Catatan bebas di bawah tabel'],
    ]);
  });
});

describe('bacaCatatanReviewer / susunLembarVerifikasi (pure)', () => {
  const temuan: Temuan[] = [
    { tingkat: 'galat', id: 'A:satu', nama: 'LKIP_Target', baris: 2, lembar: 'Input', alamat: 'D6', pesan: 'pesan satu' },
    { tingkat: 'info', id: 'B:dua', pesan: 'pesan dua' },
  ];

  test('columns are found by their titles, wherever they are', () => {
    const lama = [
      ['judul'],
      [],
      ['Catatan reviewer', 'x', 'ID', 'Status'],
      ['catatan satu', null, 'A:satu', 'OK'],
      [null, null, 'B:dua', null],
      ['catatan tiga', null, 'C:tiga', 'Perlu perbaikan'],
    ];
    expect(bacaCatatanReviewer(lama)).toEqual([
      { id: 'A:satu', tingkat: null, lokasi: null, pesan: null, status: 'OK', catatan: 'catatan satu' },
      { id: 'C:tiga', tingkat: null, lokasi: null, pesan: null, status: 'Perlu perbaikan', catatan: 'catatan tiga' },
    ]);
  });

  test('the same ID twice (a copied row): both texts kept', () => {
    const lama = [
      ['ID', 'Status', 'Catatan reviewer'],
      ['A:satu', 'OK', 'dari Perencana'],
      ['A:satu', 'Perlu perbaikan', 'dari Sekretaris'],
    ];
    const m = susunLembarVerifikasi(temuan, lama, { lindungi: false });
    const baris = m.nilai.find((b) => b[0] === 'A:satu')!;
    expect(baris.slice(4)).toEqual(['OK | Perlu perbaikan', 'dari Perencana | dari Sekretaris']);
  });

  test('layout: header, levels, locations; same input → same model', () => {
    const a: ModelLembar = susunLembarVerifikasi(temuan, null, { subjudul: 'Dinas X · Tahun 2021' });
    const b = susunLembarVerifikasi(temuan, null, { subjudul: 'Dinas X · Tahun 2021' });
    expect(a).toEqual(b);
    const kepala = a.nilai.findIndex((r) => r[0] === 'ID');
    expect(a.nilai[kepala]).toEqual(['ID', 'Tingkat', 'Lokasi', 'Pesan', 'Status', 'Catatan reviewer']);
    expect(a.nilai[kepala + 1]).toEqual(['A:satu', 'galat', 'Input!D6 (LKIP_Target baris 2)', 'pesan satu', null, null]);
    expect(a.nilai[kepala + 2]).toEqual(['B:dua', 'info', '', 'pesan dua', null, null]);
    expect(a.bekukanBaris).toBe(kepala + 1);
    expect(a.nilai[1]![0]).toBe('Dinas X · Tahun 2021');
    expect(a.nilai[2]![0]).toBe('Galat: 1 · Peringatan: 0 · Info: 1 · Sudah tidak muncul: 0');
  });
});
