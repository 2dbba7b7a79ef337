/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { HasilJalankan, Temuan, OpsiJalankan } from '../../src/report/hasil';
import { Aplikasi } from '../../src/taskpane/Aplikasi';
import { TEKS_EN } from '../../src/taskpane/teks';
import type { Teks } from '../../src/taskpane/teks';
import {
  HASIL_BENTROK,
  HASIL_DITOLAK,
  STATUS_KOSONG,
  STATUS_TANPA_TARGET,
  buatLayananPalsu,
  TEMUAN_NTT_2021,
  hasilJalankan,
  tunda,
} from './palsu';
import type { LayananPalsu } from './palsu';

let galatKonsol: jest.SpyInstance;

beforeEach(() => {
  galatKonsol = jest.spyOn(console, 'error');
});

afterEach(() => {
  // React's act() warnings and Fluent's dev warnings land here: the pane must produce none.
  expect(galatKonsol).not.toHaveBeenCalled();
  galatKonsol.mockRestore();
});

async function tampilkan(layanan: LayananPalsu, teks?: Teks) {
  const hasil = render(<Aplikasi layanan={layanan} teks={teks} />);
  // Opened: the contract was checked and the stored options loaded.
  await screen.findByText('LKIP_Indikator');
  const skala = () => screen.getByRole('combobox', { name: teks?.labelSkala ?? 'Skala kategori' }) as HTMLSelectElement;
  await waitFor(() => expect(skala().disabled).toBe(false));
  return hasil;
}

const tombolHitung = () => screen.getByRole('button', { name: 'Hitung Ulang Laporan' });
const bagian = (judul: string) => screen.getByRole('region', { name: judul });

describe('status list of the workbook contract', () => {
  test('every name with found/missing, row count and the required mark', async () => {
    const layanan = buatLayananPalsu({ jawabanPeriksa: { statusNama: STATUS_TANPA_TARGET, masalah: [] } });
    await tampilkan(layanan);
    const daftar = within(bagian('Status buku kerja'));
    const butir = daftar.getAllByRole('listitem').map((li) => li.textContent);
    expect(butir).toEqual([
      'LKIP_Indikator(wajib)ada, 11 baris',
      'LKIP_Target(wajib)tidak ditemukan',
      'LKIP_Realisasi(wajib)ada, 11 baris',
      'LKIP_Satuanada, 11 baris',
      'LKIP_Harga_Pokokada, 12 baris',
      'LKIP_Anggaranada, 7 baris',
    ]);
    // Missing optional names share one line (narrow pane).
    expect(daftar.getByText('Nama opsional yang belum ada: LKIP_Realisasi_Lalu.')).toBeTruthy();
    expect(daftar.getByText('1 nama wajib belum ada. Laporan tidak dapat ditulis sebelum nama itu dibuat.')).toBeTruthy();
    expect(layanan.panggilan.periksa).toBe(1);
  });

  test('"Periksa ulang" reads the workbook again and shows the new status', async () => {
    const layanan = buatLayananPalsu({ jawabanPeriksa: { statusNama: STATUS_TANPA_TARGET, masalah: [] } });
    await tampilkan(layanan);
    layanan.jawabanPeriksa = { statusNama: STATUS_KOSONG, masalah: [] };
    fireEvent.click(screen.getByRole('button', { name: 'Periksa ulang' }));
    const daftar = within(bagian('Status buku kerja'));
    await waitFor(() =>
      expect(daftar.getByText('3 nama wajib belum ada. Laporan tidak dapat ditulis sebelum nama itu dibuat.')).toBeTruthy(),
    );
    expect(layanan.panggilan.periksa).toBe(2);
  });

  test('the status is refreshed from the run result', async () => {
    const layanan = buatLayananPalsu({ jawabanPeriksa: { statusNama: STATUS_KOSONG, masalah: [] } });
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    await screen.findByText('Laporan selesai ditulis');
    expect(within(bagian('Status buku kerja')).queryByText(/nama wajib belum ada/)).toBeNull();
    expect(within(bagian('Status buku kerja')).getAllByText('ada, 11 baris')).toHaveLength(4);
  });
});

describe('Hitung Ulang Laporan: idle, busy, disabled', () => {
  test('idle → busy with spinner and progress → success message with the sheets written', async () => {
    const jalan = tunda<HasilJalankan>();
    let laporKemajuan: OpsiJalankan['kemajuan'];
    const layanan = buatLayananPalsu({
      jawabanHitung: [
        (opsi) => {
          laporKemajuan = opsi.kemajuan;
          return jalan.janji;
        },
      ],
    });
    await tampilkan(layanan);

    expect(tombolHitung().getAttribute('aria-disabled')).not.toBe('true');
    expect(tombolHitung().getAttribute('aria-busy')).toBeNull();

    fireEvent.click(tombolHitung());
    await waitFor(() => expect(tombolHitung().getAttribute('aria-disabled')).toBe('true'));
    expect(tombolHitung().getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Menghitung…')).toBeTruthy();

    act(() => laporKemajuan?.('menulis', 3, 8));
    expect(screen.getByText('Menulis: 3 dari 8 bagian')).toBeTruthy();
    const kemajuan = screen.getByRole('progressbar', { name: 'Menulis: 3 dari 8 bagian' }) as HTMLProgressElement;
    expect(kemajuan.value).toBe(3);
    expect(kemajuan.max).toBe(8);

    // Busy: stays focusable for keyboard users, but a second click starts nothing.
    tombolHitung().focus();
    expect(document.activeElement).toBe(tombolHitung());
    fireEvent.click(tombolHitung());
    expect(layanan.panggilan.hitungUlang).toHaveLength(1);
    // Buat Contoh is disabled while the report runs.
    expect(screen.getByRole('button', { name: 'Buat Contoh' }).getAttribute('aria-disabled')).toBe('true');

    await act(async () => jalan.selesai(hasilJalankan()));
    expect(screen.getByText('Laporan selesai ditulis')).toBeTruthy();
    expect(screen.getByText("Lembar yang ditulis: 'Laporan LKIP', 'Verifikasi'.")).toBeTruthy();
    expect(tombolHitung().getAttribute('aria-disabled')).not.toBe('true');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText('Menulis: 3 dari 8 bagian')).toBeNull();
  });

  test('disabled while the example is being created', async () => {
    const contoh = tunda<void>();
    const layanan = buatLayananPalsu({ jawabanPeriksa: { statusNama: STATUS_KOSONG, masalah: [] } });
    const asli = layanan.buatContoh;
    layanan.buatContoh = async () => {
      await contoh.janji;
      return asli();
    };
    await tampilkan(layanan);
    fireEvent.click(screen.getByRole('button', { name: 'Buat Contoh' }));
    await waitFor(() => expect(tombolHitung().getAttribute('aria-disabled')).toBe('true'));
    expect(tombolHitung().getAttribute('aria-busy')).toBeNull();
    fireEvent.click(tombolHitung());
    expect(layanan.panggilan.hitungUlang).toHaveLength(0);
    await act(async () => contoh.selesai());
    await screen.findByText(`Lembar contoh 'Data LKIP' dibuat. Klik "Hitung Ulang Laporan" untuk mencobanya.`);
    expect(tombolHitung().getAttribute('aria-disabled')).not.toBe('true');
  });

  test('a failing service shows its message and the button is usable again', async () => {
    const layanan = buatLayananPalsu({
      jawabanHitung: [() => Promise.reject(new Error('Excel tidak menanggapi permintaan.'))],
    });
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    await screen.findByText('Terjadi kesalahan');
    expect(screen.getByText('Excel tidak menanggapi permintaan.')).toBeTruthy();
    expect(tombolHitung().getAttribute('aria-disabled')).not.toBe('true');
  });

  test('ditolak: explains that nothing was written and lists the missing name', async () => {
    const layanan = buatLayananPalsu({ jawabanHitung: [HASIL_DITOLAK] });
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    await screen.findByText('Tidak ada yang ditulis');
    expect(screen.getByText('Masukan wajib hilang atau tidak valid. Perbaiki masalah di bawah, lalu hitung ulang.')).toBeTruthy();
    const masalah = within(bagian('Masalah pada masukan'));
    expect(masalah.getByText('Nama wajib LKIP_Target tidak ditemukan di buku kerja.')).toBeTruthy();
    expect(masalah.getByText('LKIP_Target')).toBeTruthy();
    // No cell to select for a missing name.
    expect(masalah.queryByRole('button', { name: /Pilih sel/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ringkasan' })).toBeNull();
  });
});

describe('perlu_konfirmasi: the sheet exists and is not ours', () => {
  test('asks "Ganti?"; Ganti reruns with timpaLembarPengguna: true', async () => {
    const layanan = buatLayananPalsu({ jawabanHitung: [HASIL_BENTROK, hasilJalankan()] });
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    await screen.findByText("Lembar 'Laporan LKIP' sudah ada dan bukan buatan LKIP Kinerja. Ganti?");
    expect(layanan.panggilan.hitungUlang[0]?.timpaLembarPengguna).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Ganti' }));
    await screen.findByText('Laporan selesai ditulis');
    expect(layanan.panggilan.hitungUlang).toHaveLength(2);
    expect(layanan.panggilan.hitungUlang[1]?.timpaLembarPengguna).toBe(true);
    expect(screen.queryByRole('button', { name: 'Ganti' })).toBeNull();
  });

  test('Batal writes nothing and says so', async () => {
    const layanan = buatLayananPalsu({ jawabanHitung: [HASIL_BENTROK] });
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    fireEvent.click(await screen.findByRole('button', { name: 'Batal' }));
    expect(screen.getByText('Dibatalkan. Tidak ada yang ditulis.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ganti' })).toBeNull();
    expect(layanan.panggilan.hitungUlang).toHaveLength(1);
  });
});

describe('summary and findings after a run', () => {
  test('shows the document figures: 81,44 % Berhasil, 19,77 % → 75 %, 97,32 %, findings by level', async () => {
    const layanan = buatLayananPalsu();
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    const ringkasan = within(await screen.findByRole('region', { name: 'Ringkasan' }));
    const pasangan = (label: string) => ringkasan.getByText(label).nextElementSibling?.textContent;
    expect(pasangan('Rata-rata capaian')).toBe('81,44 %');
    expect(pasangan('Kategori')).toBe('Berhasil');
    expect(pasangan('Kenaikan harga')).toBe('19,77 %');
    expect(pasangan('Capaian indikator kenaikan harga')).toBe('75 %');
    expect(pasangan('Serapan anggaran')).toBe('97,32 %');
    expect(pasangan('Temuan verifikasi')).toBe('Galat 1 · Peringatan 2 · Info 6');
    expect(ringkasan.getByText('9 dari 11 indikator diukur')).toBeTruthy();
    expect(ringkasan.getByText('Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur · 2021')).toBeTruthy();
  });

  test('issue 14: the mean capaian per sasaran (Tabel 2.7) and the efficiency count (Bahasa Indonesia)', async () => {
    const layanan = buatLayananPalsu();
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    const ringkasan = within(await screen.findByRole('region', { name: 'Ringkasan' }));
    const pasangan = (label: string) => ringkasan.getByText(label).nextElementSibling?.textContent;
    expect(pasangan('Sasaran: Meningkatnya perlindungan konsumen dan pengamanan perdagangan')).toBe(
      '100,00 % · Sangat Berhasil (2 indikator diukur)',
    );
    expect(
      pasangan('Sasaran: Menguatnya peran IKM dalam rantai nilai dan rantai pasok yang terintegrasi dengan industri besar'),
    ).toBe('73,10 % · Cukup Berhasil (3 indikator diukur)');
    expect(pasangan('Efisiensi penggunaan anggaran')).toBe('Efisien 5 · Tidak Efisien 4 · tidak dihitung 2');
  });

  test('issue 14 in English: per strategic objective and the efficiency count', async () => {
    const layanan = buatLayananPalsu();
    await tampilkan(layanan, TEKS_EN);
    fireEvent.click(screen.getByRole('button', { name: 'Recalculate report' }));
    const ringkasan = within(await screen.findByRole('region', { name: 'Summary' }));
    expect(ringkasan.getByText('Efficiency of budget use').nextElementSibling?.textContent).toBe(
      'Efisien 5 · Tidak Efisien 4 · not computed 2',
    );
    expect(
      ringkasan.getByText('Objective: Meningkatnya perlindungan konsumen dan pengamanan perdagangan').nextElementSibling
        ?.textContent,
    ).toBe('100,00 % · Sangat Berhasil (2 measured)');
  });

  test('findings are listed galat first, with name, row and cell; "Pilih sel" selects that cell', async () => {
    // The engine's nine findings on the sample, plus one without a cell (a setting-level finding).
    const tanpaSel: Temuan = { tingkat: 'info', id: 'UJI:tanpa-sel', pesan: 'Temuan tanpa sel.' };
    const layanan = buatLayananPalsu({ jawabanHitung: [hasilJalankan({ temuan: [...TEMUAN_NTT_2021, tanpaSel] })] });
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    const temuan = within(await screen.findByRole('region', { name: 'Temuan verifikasi' }));
    expect(temuan.getByText('Galat 1 · Peringatan 2 · Info 7')).toBeTruthy();
    const butir = temuan.getAllByRole('listitem');
    const teks = butir.map((li) => li.querySelector('p')?.textContent ?? '');
    expect(teks.map((t) => t.slice(0, t.indexOf(':')))).toEqual([
      'Galat',
      'Peringatan',
      'Peringatan',
      ...Array<string>(7).fill('Info'),
    ]);
    expect(teks[0]).toMatch(/^Galat: LKIP_Anggaran: jumlah realisasi tertulis "13\.157\.342\.97,-" tidak dapat dibaca/);
    expect(teks[1]).toMatch(/^Peringatan: Indikator "Persentase peningkatan cakupan distribusi barang/);
    expect(within(butir[1] as HTMLElement).getByText("LKIP_Realisasi · baris 2 · 'Data LKIP'!F28")).toBeTruthy();
    // A finding without a cell has no button.
    expect(within(butir[9] as HTMLElement).queryByRole('button')).toBeNull();
    expect(teks[9]).toBe('Info: Temuan tanpa sel.');

    fireEvent.click(temuan.getByRole('button', { name: "Pilih sel 'Data LKIP'!F28" }));
    fireEvent.click(temuan.getByRole('button', { name: "Pilih sel 'Data LKIP'!D93" }));
    await waitFor(() =>
      expect(layanan.panggilan.pilihSel).toEqual([
        ['Data LKIP', 'F28'],
        ['Data LKIP', 'D93'],
      ]),
    );
  });

  test('problems found on open are listed before any run, with "Pilih sel"', async () => {
    const layanan = buatLayananPalsu({
      jawabanPeriksa: {
        statusNama: STATUS_TANPA_TARGET,
        masalah: [
          {
            tingkat: 'galat',
            nama: 'LKIP_Realisasi',
            baris: 4,
            lembar: 'Input',
            alamat: 'E21',
            pesan: 'Realisasi "x" bukan angka.',
          },
        ],
      },
    });
    await tampilkan(layanan);
    const masalah = within(bagian('Masalah pada masukan'));
    expect(masalah.getByText('LKIP_Realisasi · baris 4 · Input!E21')).toBeTruthy();
    fireEvent.click(masalah.getByRole('button', { name: 'Pilih sel Input!E21' }));
    await waitFor(() => expect(layanan.panggilan.pilihSel).toEqual([['Input', 'E21']]));
  });
});

describe('options', () => {
  test('stored options are shown, a change is saved and passed to the next run as pengaturan', async () => {
    const layanan = buatLayananPalsu({ opsiTersimpan: { skala: 'lima-tingkat', batas: '110', kebijakanNA: 'tercapai' } });
    await tampilkan(layanan);
    const skala = screen.getByRole('combobox', { name: 'Skala kategori' }) as HTMLSelectElement;
    const batas = screen.getByRole('combobox', { name: 'Batas capaian' }) as HTMLSelectElement;
    const na = screen.getByRole('combobox', { name: 'Target NA' }) as HTMLSelectElement;
    expect(skala.value).toBe('lima-tingkat');
    expect(batas.value).toBe('110');
    expect(na.value).toBe('tercapai');
    expect([...batas.options].map((o) => o.textContent)).toEqual(['100 %', '110 %', '120 %', 'Tanpa batas']);
    expect(screen.getByText(/LKIP_Skala, LKIP_Batas atau LKIP_Target_NA, nilai di nama itulah yang dipakai/)).toBeTruthy();

    fireEvent.change(batas, { target: { value: 'tanpa' } });
    await screen.findByText('Opsi tersimpan di buku kerja.');
    fireEvent.change(na, { target: { value: 'dikecualikan' } });
    await waitFor(() => expect(layanan.panggilan.simpanOpsi).toHaveLength(2));
    expect(layanan.panggilan.simpanOpsi).toEqual([
      { skala: 'lima-tingkat', batas: 'tanpa', kebijakanNA: 'tercapai' },
      { skala: 'lima-tingkat', batas: 'tanpa', kebijakanNA: 'dikecualikan' },
    ]);

    fireEvent.click(tombolHitung());
    await screen.findByText('Laporan selesai ditulis');
    expect(layanan.panggilan.hitungUlang[0]?.pengaturan).toEqual({
      skala: 'lima-tingkat',
      batas: 'tanpa',
      kebijakanNA: 'dikecualikan',
    });
  });

  test('a numeric cap is passed as a number', async () => {
    const layanan = buatLayananPalsu({ opsiTersimpan: { skala: 'tabel-3.1', batas: '120', kebijakanNA: 'tercapai' } });
    await tampilkan(layanan);
    fireEvent.click(tombolHitung());
    await screen.findByText('Laporan selesai ditulis');
    expect(layanan.panggilan.hitungUlang[0]?.pengaturan).toEqual({ skala: 'tabel-3.1', batas: 120, kebijakanNA: 'tercapai' });
  });

  test('a failed save is reported', async () => {
    const layanan = buatLayananPalsu();
    layanan.simpanOpsi = () => Promise.reject(new Error('Pengaturan dokumen tidak dapat disimpan.'));
    await tampilkan(layanan);
    fireEvent.change(screen.getByRole('combobox', { name: 'Skala kategori' }), { target: { value: 'lima-tingkat' } });
    await screen.findByText('Opsi gagal disimpan: Pengaturan dokumen tidak dapat disimpan.');
  });
});

describe('Buat Contoh', () => {
  test('not offered when the workbook already has LKIP_ names', async () => {
    const layanan = buatLayananPalsu();
    await tampilkan(layanan);
    const tombol = screen.getByRole('button', { name: 'Buat Contoh' });
    expect(tombol.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(/sudah memiliki nama LKIP_\. Contoh tidak dibuat/)).toBeTruthy();
    fireEvent.click(tombol);
    expect(layanan.panggilan.buatContoh).toBe(0);
  });

  test('in an empty workbook: creates the sheet, says so, and refreshes the status', async () => {
    const layanan = buatLayananPalsu({ jawabanPeriksa: { statusNama: STATUS_KOSONG, masalah: [] } });
    await tampilkan(layanan);
    // Empty workbook: the example comes right after the main action, before the problem list.
    const sebelum = (a: string, b: string) =>
      Boolean(bagian(a).compareDocumentPosition(bagian(b)) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(sebelum('Contoh', 'Masalah pada masukan')).toBe(true);
    layanan.jawabanPeriksa = { statusNama: STATUS_TANPA_TARGET.map((s) => ({ ...s, ada: true, jumlahBaris: 11 })), masalah: [] };
    const tombol = screen.getByRole('button', { name: 'Buat Contoh' });
    tombol.focus();
    fireEvent.click(tombol);
    await screen.findByText(`Lembar contoh 'Data LKIP' dibuat. Klik "Hitung Ulang Laporan" untuk mencobanya.`);
    await waitFor(() => expect(layanan.panggilan.periksa).toBe(2));
    await waitFor(() => expect(screen.queryByText(/nama wajib belum ada/)).toBeNull());
    expect(layanan.panggilan.buatContoh).toBe(1);
    expect(screen.getByRole('button', { name: 'Buat Contoh' }).getAttribute('aria-disabled')).toBe('true');
    // The section moved to the end; the focus went to the next step instead of falling to the page.
    expect(sebelum('Opsi perhitungan', 'Contoh')).toBe(true);
    expect(document.activeElement).toBe(tombolHitung());
  });

  test('a refusal from the service is shown', async () => {
    const layanan = buatLayananPalsu({
      jawabanPeriksa: { statusNama: STATUS_KOSONG, masalah: [] },
      jawabanContoh: { status: 'lembar_sudah_ada', lembar: 'Data LKIP' },
    });
    await tampilkan(layanan);
    fireEvent.click(screen.getByRole('button', { name: 'Buat Contoh' }));
    await screen.findByText("Contoh tidak dibuat: lembar 'Data LKIP' sudah ada. Ganti nama atau hapus lembar itu dulu.");
  });
});

describe('language and accessibility', () => {
  test('English display language: "Recalculate report"', async () => {
    const layanan = buatLayananPalsu();
    await tampilkan(layanan, TEKS_EN);
    expect(screen.getByRole('button', { name: 'Recalculate report' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Workbook status' })).toBeTruthy();
    expect(within(bagian('Workbook status')).getAllByText('found, 11 rows')).toHaveLength(4);
  });

  test('axe-core: no serious or critical violations before and after a run (colour contrast is left to the browser test)', async () => {
    const layanan = buatLayananPalsu({ jawabanHitung: [HASIL_BENTROK, hasilJalankan()] });
    const { container } = await tampilkan(layanan);
    const periksaAxe = async () => {
      const hasil = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      return hasil.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    };
    expect(await periksaAxe()).toEqual([]);
    fireEvent.click(tombolHitung());
    await screen.findByRole('button', { name: 'Ganti' });
    expect(await periksaAxe()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Ganti' }));
    await screen.findByRole('region', { name: 'Ringkasan' });
    expect(await periksaAxe()).toEqual([]);
  });

  test('every control is labelled and the main button is the first focusable control after the header', async () => {
    const layanan = buatLayananPalsu();
    const { container } = await tampilkan(layanan);
    const kontrol = [...container.querySelectorAll<HTMLElement>('button, select, input, a[href]')];
    expect(kontrol[0]).toBe(tombolHitung());
    for (const k of kontrol) expect(k.getAttribute('tabindex')).not.toBe('-1');
    expect(screen.getByRole('heading', { level: 1, name: 'LKIP Kinerja' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
  });
});
