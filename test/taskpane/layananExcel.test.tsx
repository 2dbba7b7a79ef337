/** @jest-environment jsdom */
/**
 * The real service (buatLayananExcel) over an in-memory workbook port: the sample, the engine and the
 * pane wired together. Golden figures from the source document (LKIP NTT 2021): rata-rata capaian 81,44
 * "Berhasil" (Tabel 3.2), kenaikan harga 19,77 → 75 (Tabel 3.5-3.7), serapan APBD 97,32 (Tabel 3.22).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { OpsiJalankan } from '../../src/report/hasil';
import { kutipLembar } from '../../src/report/buku/alamat';
import { Aplikasi } from '../../src/taskpane/Aplikasi';
import { buatLayananExcel } from '../../src/taskpane/layananExcel';
import { PortMemori } from '../report/portMemori';

type Pengaturan = NonNullable<OpsiJalankan['pengaturan']>;

let galatKonsol: jest.SpyInstance;
beforeEach(() => {
  galatKonsol = jest.spyOn(console, 'error');
});
afterEach(() => {
  expect(galatKonsol).not.toHaveBeenCalled();
  galatKonsol.mockRestore();
});

/** PortMemori plus what the pane needs of the Office.js adapter: select a cell, document settings. */
class PortPanelMemori extends PortMemori {
  readonly dipilih: [string, string][] = [];
  tersimpan: Pengaturan = {};
  async pilihSel(lembar: string, alamat: string): Promise<void> {
    this.dipilih.push([lembar, alamat]);
  }
  async bacaOpsiTersimpan(): Promise<Pengaturan> {
    return this.tersimpan;
  }
  async simpanOpsi(opsi: Pengaturan): Promise<void> {
    this.tersimpan = opsi;
  }
  izinTimpaDiminta = 0;
  denganIzinTimpa(): PortMemori {
    this.izinTimpaDiminta++;
    return this;
  }
}

describe('buatLayananExcel over an in-memory workbook', () => {
  test('only a confirmed run ("Ganti") asks the adapter for permission to replace a user sheet', async () => {
    const port = new PortPanelMemori();
    const layanan = buatLayananExcel(port);
    await layanan.hitungUlang({});
    expect(port.izinTimpaDiminta).toBe(0);
    await layanan.hitungUlang({ timpaLembarPengguna: true });
    expect(port.izinTimpaDiminta).toBe(1);
  });

  test('Buat Contoh in an empty workbook writes the sample sheet and every contract name; the run gives the document figures', async () => {
    const port = new PortPanelMemori();
    const layanan = buatLayananExcel(port);
    expect((await layanan.periksa()).statusNama.filter((s) => s.wajib).every((s) => !s.ada)).toBe(true);

    expect(await layanan.buatContoh()).toEqual({ status: 'dibuat', lembar: 'Data LKIP' });
    const periksa = await layanan.periksa();
    for (const nama of ['LKIP_Indikator', 'LKIP_Target', 'LKIP_Realisasi']) {
      expect(periksa.statusNama.find((s) => s.nama === nama)).toMatchObject({ ada: true, jumlahBaris: 11 });
    }

    const hasil = await layanan.hitungUlang({});
    expect(hasil.status).toBe('ditulis');
    expect(hasil.ringkasan).toMatchObject({
      rataRataCapaian: '81,44 %',
      kategori: 'Berhasil',
      kenaikanHarga: '19,77 %',
      capaianKenaikanHarga: '75 %',
      serapanAnggaran: '97,32 %',
      jumlahIndikator: 11,
      jumlahDiukur: 9,
    });
  });

  test('Buat Contoh never redefines an existing name nor replaces an existing sheet', async () => {
    const denganNama = new PortPanelMemori();
    denganNama.isi('Input', 'A1', [['x']]).namai('LKIP_Target', 'Input', 'A1');
    expect(await buatLayananExcel(denganNama).buatContoh()).toEqual({ status: 'nama_sudah_ada', nama: ['LKIP_Target'] });
    expect(denganNama.panggilan.filter((p) => p.startsWith('tulisLembar') || p.startsWith('tetapkanNama'))).toEqual([]);

    const denganLembar = new PortPanelMemori();
    denganLembar.buatLembarPengguna('Data LKIP');
    expect(await buatLayananExcel(denganLembar).buatContoh()).toEqual({ status: 'lembar_sudah_ada', lembar: 'Data LKIP' });
    expect(denganLembar.salinNilai('Data LKIP')).toEqual([['milik pengguna']]);
    expect(denganLembar.panggilan.filter((p) => p.startsWith('tulisLembar') || p.startsWith('tetapkanNama'))).toEqual([]);
  });

  test('options are stored in the engine shape and read back; unknown stored values fall back to the defaults', async () => {
    const port = new PortPanelMemori();
    const layanan = buatLayananExcel(port);
    expect(await layanan.bacaOpsi()).toEqual({ skala: 'tabel-3.1', batas: '100', kebijakanNA: 'tercapai' });
    await layanan.simpanOpsi({ skala: 'lima-tingkat', batas: '110', kebijakanNA: 'dikecualikan' });
    expect(port.tersimpan).toEqual({ skala: 'lima-tingkat', batas: 110, kebijakanNA: 'dikecualikan' });
    expect(await layanan.bacaOpsi()).toEqual({ skala: 'lima-tingkat', batas: '110', kebijakanNA: 'dikecualikan' });
    port.tersimpan = { skala: 'tujuh', batas: 'tanpa' };
    expect(await layanan.bacaOpsi()).toEqual({ skala: 'tabel-3.1', batas: 'tanpa', kebijakanNA: 'tercapai' });
  });

  test('the pane end to end: Buat Contoh → Hitung Ulang Laporan → 81,44 % Berhasil; "Pilih sel" selects a finding\'s cell', async () => {
    const port = new PortPanelMemori();
    render(<Aplikasi layanan={buatLayananExcel(port)} />);
    await screen.findByText('3 nama wajib belum ada. Laporan tidak dapat ditulis sebelum nama itu dibuat.');
    const contoh = screen.getByRole('button', { name: 'Buat Contoh' });
    await waitFor(() => expect(contoh.getAttribute('aria-disabled')).not.toBe('true'));
    fireEvent.click(contoh);
    await screen.findByText(`Lembar contoh 'Data LKIP' dibuat. Klik "Hitung Ulang Laporan" untuk mencobanya.`);
    await waitFor(() => expect(screen.queryByText(/nama wajib belum ada/)).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Hitung Ulang Laporan' }));
    const ringkasan = within(await screen.findByRole('region', { name: 'Ringkasan' }));
    expect(ringkasan.getByText('Rata-rata capaian').nextElementSibling?.textContent).toBe('81,44 %');
    expect(ringkasan.getByText('Kategori').nextElementSibling?.textContent).toBe('Berhasil');
    expect(port.panggilan.filter((p) => p.startsWith('tulisLembar:'))).toEqual([
      'tulisLembar:Data LKIP',
      'tulisLembar:Laporan LKIP',
      'tulisLembar:Verifikasi',
      'tulisLembar:Narasi LKIP',
    ]);

    const temuan = within(screen.getByRole('region', { name: 'Temuan verifikasi' }));
    const tombol = temuan.getAllByRole('button', { name: /^Pilih sel / });
    expect(tombol.length).toBeGreaterThan(0);
    const label = tombol[0]?.getAttribute('aria-label') ?? '';
    fireEvent.click(tombol[0] as HTMLElement);
    await waitFor(() => expect(port.dipilih).toHaveLength(1));
    const [lembar, alamat] = port.dipilih[0] ?? ['', ''];
    expect(label).toBe(`Pilih sel ${kutipLembar(lembar)}!${alamat}`);
  });
});
