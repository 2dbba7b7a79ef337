/** @jest-environment jsdom */
/**
 * Long work in the pane: the run over a workbook with daily prices reports "Membaca harga harian: k dari n
 * bagian" through the pane's state, and the pane shows it in its progress element while the run goes.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { HasilJalankan, OpsiJalankan } from '../../src/report/hasil';
import { Aplikasi } from '../../src/taskpane/Aplikasi';
import { PusatPanel } from '../../src/taskpane/keadaan';
import { buatLayananExcel } from '../../src/taskpane/layananExcel';
import { TEKS_ID } from '../../src/taskpane/teks';
import { bukuKerjaKecil } from '../report/bantu';
import { KEPALA_HARIAN, barisHargaKonstan } from '../report/hargaHarianUji';
import type { PortMemori } from '../report/portMemori';
import { buatLayananPalsu, hasilJalankan, tunda } from './palsu';

type Pengaturan = NonNullable<OpsiJalankan['pengaturan']>;

let galatKonsol: jest.SpyInstance;
beforeEach(() => {
  galatKonsol = jest.spyOn(console, 'error');
});
afterEach(() => {
  expect(galatKonsol).not.toHaveBeenCalled();
  galatKonsol.mockRestore();
});

/** A small workbook with one daily price group (2 commodities × 2 kab/kota × 731 days) and the pane's extras. */
function portDenganHargaHarian() {
  const port = bukuKerjaKecil([{ nama: 'Kenaikan Harga', target: 10, realisasi: null }], (p) => {
    p.isi('Data', 'G1', [['Tahun', 2021]]).namai('LKIP_Tahun', 'Data', 'H1');
    p.isi('Data', 'F2', [['inflasi']]).namai('LKIP_Metode', 'Data', 'F2');
    const baris = barisHargaKonstan(
      [
        { nama: 'Beras', satuan: 'kg', lalu: 10000, kini: 11000 },
        { nama: 'Gula', satuan: 'kg', lalu: 15000, kini: 15000 },
      ],
      ['Kupang', 'Ende'],
      2021,
    );
    p.isi('Harian', 'A1', [KEPALA_HARIAN, ...baris]).namai('LKIP_HargaHarian_Pokok', 'Harian', `A1:E${baris.length + 1}`);
  });
  return Object.assign(port as PortMemori, {
    async pilihSel(): Promise<void> {},
    async bacaOpsiTersimpan(): Promise<Pengaturan> {
      return {};
    },
    async simpanOpsi(): Promise<void> {},
    denganIzinTimpa(): PortMemori {
      return port;
    },
  });
}

test('a run with daily prices goes through "Membaca harga harian" in the pane state, then the result', async () => {
  const pusat = new PusatPanel(buatLayananExcel(portDenganHargaHarian()));
  const teks: string[] = [];
  pusat.ikuti(() => {
    const k = pusat.keadaan().kemajuan;
    if (k) teks.push(TEKS_ID.kemajuan(k.tahap, k.selesai, k.total));
  });
  const hasil = await pusat.hitungUlang();
  expect(hasil?.status).toBe('ditulis');
  expect(teks).toContain('Membaca harga harian: 1 dari 1 bagian');
  expect(teks).toContain('Menghitung: 2 dari 2 bagian');
  expect(teks.indexOf('Membaca harga harian: 1 dari 1 bagian')).toBeLessThan(teks.indexOf('Menghitung: 1 dari 2 bagian'));
  // Beras (11.000 − 10.000) / 10.000 = 10 %, Gula 0 %: mean 5 → ≤ 10 → 100.
  expect(hasil?.json?.harga).toEqual([
    { grup: 'Pokok', rata_rata: 5, stabilitas: { rata_rata_kv: 0, batas_kv: 9, di_atas_batas: [] } },
  ]);
  expect(pusat.keadaan().kemajuan).toBeNull();
});

test('the pane shows the reading progress in its progress element', async () => {
  const jalan = tunda<HasilJalankan>();
  let lapor: OpsiJalankan['kemajuan'];
  const layanan = buatLayananPalsu({
    jawabanHitung: [
      (opsi) => {
        lapor = opsi.kemajuan;
        return jalan.janji;
      },
    ],
  });
  render(<Aplikasi layanan={layanan} />);
  await screen.findByText('LKIP_Indikator');
  const tombol = () => screen.getByRole('button', { name: 'Hitung Ulang Laporan' });
  await waitFor(() => expect(tombol().getAttribute('aria-disabled')).not.toBe('true'));
  fireEvent.click(tombol());
  await waitFor(() => expect(tombol().getAttribute('aria-busy')).toBe('true'));

  act(() => lapor?.('membaca harga harian', 12, 40));
  expect(screen.getByRole('status').textContent).toBe('Membaca harga harian: 12 dari 40 bagian');
  const batang = screen.getByRole('progressbar', { name: 'Membaca harga harian: 12 dari 40 bagian' }) as HTMLProgressElement;
  expect([batang.value, batang.max]).toEqual([12, 40]);

  act(() => lapor?.('menghitung', 1, 2));
  expect(screen.getByRole('status').textContent).toBe('Menghitung: 1 dari 2 bagian');

  await act(async () => jalan.selesai(hasilJalankan()));
  expect(screen.queryByRole('progressbar')).toBeNull();
});
