/** @jest-environment jsdom */
/**
 * The "Hubungkan Tabel" section and its proposal editor (lazy chunks) with a fake service: ambiguity is asked,
 * never guessed (no name can be created before the choice), a dropped column is not named, an existing name is
 * listed and passed on as "keep" unless the user ticks "replace". The sheets are the source document's PK table
 * (test/excel/lembarKinerja.ts: LKIP Disperindag NTT 2021, 11 indicators).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { BacaanDeteksi, HasilBuatNama, LembarSumber, UsulanNama } from '../../src/report/deteksi';
import { rentangDariAlamat } from '../../src/report/deteksi';
import BagianHubungkan from '../../src/taskpane/komponen/BagianHubungkan';
import type { LayananHubungkan } from '../../src/taskpane/layanan';
import { TEKS_HUBUNGKAN_ID as T } from '../../src/taskpane/teksHubungkan';
import { LEMBAR_PK, lembarKinerja } from '../excel/lembarKinerja';

function lembarPk(nama: string): LembarSumber {
  const { baris, gabungan } = lembarKinerja();
  return { nama, nilai: baris, gabungan: gabungan.map((g) => rentangDariAlamat(g)!) };
}

function layananPalsu(bacaan: BacaanDeteksi): LayananHubungkan & { dibuat: { usulan: readonly UsulanNama[]; timpa: boolean }[] } {
  const dibuat: { usulan: readonly UsulanNama[]; timpa: boolean }[] = [];
  return {
    dibuat,
    bacaUntukDeteksi: async () => bacaan,
    buatNamaDeteksi: async (usulan, timpa): Promise<HasilBuatNama> => {
      dibuat.push({ usulan, timpa });
      const ada = new Set(bacaan.namaAda.map((n) => n.toLowerCase()));
      const sudah = usulan.filter((u) => ada.has(u.nama.toLowerCase())).map((u) => u.nama);
      return {
        dibuat: usulan.filter((u) => !ada.has(u.nama.toLowerCase())).map((u) => u.nama),
        dilewati: timpa ? [] : sudah,
        diganti: timpa ? sudah : [],
      };
    },
  };
}

function pasang(layanan: LayananHubungkan, onNamaDibuat = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <BagianHubungkan bahasa="id" layanan={layanan} adaNamaLkip={false} nonaktif={false} onNamaDibuat={onNamaDibuat} />
    </FluentProvider>,
  );
  return onNamaDibuat;
}

const bacaanDasar = (lembar: LembarSumber[], namaAda: string[] = []): BacaanDeteksi => ({
  lembar,
  dilewati: [],
  namaAda,
  adaNamaLkip: namaAda.length > 0,
  tanpaGabungan: false,
  pilihan: null,
});

async function pilihOpsi(combobox: HTMLElement, teks: string): Promise<void> {
  fireEvent.click(combobox);
  fireEvent.click(await screen.findByRole('option', { name: teks }));
  await waitFor(() => expect(combobox.textContent).toBe(teks));
}

test('two performance tables: the pane asks; no name before the choice; then the chosen sheet gets the names', async () => {
  const layanan = layananPalsu(bacaanDasar([lembarPk(LEMBAR_PK), lembarPk('PK Perubahan')]));
  const onNamaDibuat = pasang(layanan);
  fireEvent.click(screen.getByRole('button', { name: T.tombolHubungkan }));
  // The editor is a lazy chunk: the first load compiles it under ts-jest.
  const tanya = await screen.findByText(/Ada 2 tabel kinerja/, {}, { timeout: 15_000 });
  const tombolBuat = () => screen.getByRole('button', { name: /^Buat \d+ Nama$/ });
  expect(tombolBuat().getAttribute('aria-disabled')).toBe('true');
  expect(screen.getByText(T.masihPerluPilihan)).toBeTruthy();
  fireEvent.click(tombolBuat());
  expect(layanan.dibuat).toEqual([]);

  const { akhir } = lembarKinerja();
  await pilihOpsi(
    screen.getByRole('combobox', { name: tanya.textContent! }),
    `tabel kinerja di 'PK Perubahan'!A5:I${akhir} (11 indikator)`,
  );
  // Both sheets also have an Instansi and a Tahun cell: asked too, told apart by their cell.
  await pilihOpsi(
    screen.getByRole('combobox', { name: /2 sel untuk LKIP_Instansi/ }),
    'Instansi: Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur (PK Perubahan!B2)',
  );
  await pilihOpsi(screen.getByRole('combobox', { name: /2 sel untuk LKIP_Tahun/ }), 'Tahun: 2021 (PK Perubahan!B3)');
  await waitFor(() => expect(tombolBuat().getAttribute('aria-disabled')).toBeNull());
  fireEvent.click(tombolBuat());
  await waitFor(() => expect(onNamaDibuat).toHaveBeenCalled());
  const usulan = layanan.dibuat[0]!.usulan;
  expect(usulan.find((u) => u.nama === 'LKIP_Target')?.rujukan).toBe(`'PK Perubahan'!$E$7:$E$${akhir}`);
  expect(usulan.find((u) => u.nama === 'LKIP_Tahun')?.rujukan).toBe(`'PK Perubahan'!$B$3`);
  expect(await screen.findByText(/nama dibuat: LKIP_Sasaran/)).toBeTruthy();
});

test('a column dropped in its Dropdown gets no name; an existing name is listed and kept unless replaced', async () => {
  const layanan = layananPalsu(bacaanDasar([lembarPk(LEMBAR_PK)], ['lkip_target']));
  pasang(layanan);
  fireEvent.click(screen.getByRole('button', { name: T.tombolHubungkan }));
  const kartu = await screen.findByRole('region', { name: /Tabel kinerja di 'PK 2021'/ }, { timeout: 15_000 });
  expect(screen.getByText(T.namaSudahAda(['LKIP_Target']))).toBeTruthy();
  // 9 names (7 columns, LKIP_Instansi, LKIP_Tahun) less the existing one: 8; after dropping Sasaran, 7.
  expect(screen.getByRole('button', { name: T.tombolBuatNama(8) })).toBeTruthy();
  await pilihOpsi(within(kartu).getByRole('combobox', { name: T.kolomKepala('B', 'Sasaran Strategis') }), T.tanpaNama);
  const tombol = await screen.findByRole('button', { name: T.tombolBuatNama(7) });
  fireEvent.click(tombol);
  await waitFor(() => expect(layanan.dibuat).toHaveLength(1));
  const { usulan, timpa } = layanan.dibuat[0]!;
  expect(timpa).toBe(false);
  expect(usulan.map((u) => u.nama)).not.toContain('LKIP_Sasaran');
  expect(usulan.map((u) => u.nama)).toContain('LKIP_Target');
  expect(await screen.findByText(/Dilewati karena sudah ada: LKIP_Target/)).toBeTruthy();
});
