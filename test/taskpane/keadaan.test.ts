/** @jest-environment jsdom */
import type { HasilJalankan } from '../../src/report/hasil';
import { TAHAP, URUTAN_TAHAP } from '../../src/report/kemajuan';
import { PusatPanel } from '../../src/taskpane/keadaan';
import type { HasilPeriksa, OpsiPanel } from '../../src/taskpane/layanan';
import { OPSI_BAWAAN, opsiKePengaturan, rapikanOpsi } from '../../src/taskpane/layanan';
import { buatPerintahHitung } from '../../src/taskpane/perintah';
import { TEKS_EN, TEKS_ID, pilihTeks } from '../../src/taskpane/teks';
import { HASIL_BENTROK, HASIL_DITOLAK, STATUS_KOSONG, STATUS_LENGKAP, buatLayananPalsu, hasilJalankan, tunda } from './palsu';

function acaraPalsu() {
  const acara = { selesai: 0, completed: () => (acara.selesai += 1) };
  return acara;
}

describe('ribbon command hitungUlangLaporan', () => {
  test('runs the same recalculation, completes the event, does not open the pane after a successful write', async () => {
    const layanan = buatLayananPalsu();
    const pusat = new PusatPanel(layanan);
    let panelDibuka = 0;
    const acara = acaraPalsu();
    await buatPerintahHitung(pusat, () => void (panelDibuka += 1))(acara);
    expect(acara.selesai).toBe(1);
    expect(layanan.panggilan.hitungUlang).toHaveLength(1);
    expect(panelDibuka).toBe(0);
    expect(pusat.keadaan().pesan).toEqual({ jenis: 'ditulis', lembar: ['Laporan LKIP', 'Verifikasi'] });
    expect(pusat.keadaan().hasil?.ringkasan?.rataRataCapaian).toBe('81,44 %');
  });

  test.each([
    ['perlu_konfirmasi', HASIL_BENTROK],
    ['ditolak', HASIL_DITOLAK],
  ])('%s: shows the pane so the user sees why (and can answer "Ganti?")', async (_, hasil) => {
    const layanan = buatLayananPalsu({ jawabanHitung: [hasil] });
    const pusat = new PusatPanel(layanan);
    let panelDibuka = 0;
    const acara = acaraPalsu();
    await buatPerintahHitung(pusat, () => void (panelDibuka += 1))(acara);
    expect(acara.selesai).toBe(1);
    expect(panelDibuka).toBe(1);
    expect(pusat.keadaan().pesan?.jenis).toBe(hasil.status);
  });

  test('a failing service or a failing showAsTaskpane still completes the event, the message stays in the pane', async () => {
    const layanan = buatLayananPalsu({ jawabanHitung: [() => Promise.reject(new Error('Sambungan ke Excel terputus.'))] });
    const pusat = new PusatPanel(layanan);
    const acara = acaraPalsu();
    await buatPerintahHitung(pusat, () => Promise.reject(new Error('tidak didukung')))(acara);
    expect(acara.selesai).toBe(1);
    expect(pusat.keadaan().pesan).toEqual({ jenis: 'galat', pesan: 'Sambungan ke Excel terputus.' });
    expect(pusat.keadaan().sibuk).toBeNull();
  });

  test('works without an event object', async () => {
    const pusat = new PusatPanel(buatLayananPalsu());
    await expect(buatPerintahHitung(pusat, () => undefined)()).resolves.toBeUndefined();
  });
});

describe('PusatPanel', () => {
  test('a second request while a run is going joins it instead of starting another', async () => {
    const jalan = tunda<HasilJalankan>();
    const layanan = buatLayananPalsu({ jawabanHitung: [() => jalan.janji] });
    const pusat = new PusatPanel(layanan);
    const pertama = pusat.hitungUlang();
    const kedua = pusat.hitungUlang();
    expect(pusat.keadaan().sibuk).toBe('hitung');
    const hasil = hasilJalankan();
    jalan.selesai(hasil);
    expect(await pertama).toBe(hasil);
    expect(await kedua).toBe(hasil);
    expect(layanan.panggilan.hitungUlang).toHaveLength(1);
  });

  test('a run started before the stored options arrived waits for them', async () => {
    const opsi = tunda<OpsiPanel>();
    const layanan = buatLayananPalsu();
    layanan.bacaOpsi = () => opsi.janji;
    const pusat = new PusatPanel(layanan);
    void pusat.mulai();
    const jalan = pusat.hitungUlang();
    opsi.selesai({ skala: 'lima-tingkat', batas: 'tanpa', kebijakanNA: 'dikecualikan' });
    await jalan;
    expect(layanan.panggilan.hitungUlang[0]?.pengaturan).toEqual({
      skala: 'lima-tingkat',
      batas: 'tanpa',
      kebijakanNA: 'dikecualikan',
    });
  });

  test('an older, slower check never overwrites the status of a newer run', async () => {
    const periksa = tunda<HasilPeriksa>();
    const layanan = buatLayananPalsu({ jawabanPeriksa: () => periksa.janji });
    const pusat = new PusatPanel(layanan);
    const mulai = pusat.mulai();
    await pusat.hitungUlang();
    expect(pusat.keadaan().statusNama).toBe(STATUS_LENGKAP);
    periksa.selesai({ statusNama: STATUS_KOSONG, masalah: [] });
    await mulai;
    expect(pusat.keadaan().statusNama).toBe(STATUS_LENGKAP);
  });

  test('mulai is idempotent (React StrictMode mounts twice)', async () => {
    const layanan = buatLayananPalsu();
    const pusat = new PusatPanel(layanan);
    await Promise.all([pusat.mulai(), pusat.mulai()]);
    expect(layanan.panggilan.periksa).toBe(1);
    expect(layanan.panggilan.bacaOpsi).toBe(1);
  });

  test('options chosen while the stored ones load are kept; saves run in order and the last choice wins', async () => {
    const opsi = tunda<OpsiPanel>();
    const layanan = buatLayananPalsu();
    layanan.bacaOpsi = () => opsi.janji;
    const pusat = new PusatPanel(layanan);
    void pusat.mulai();
    const a: OpsiPanel = { ...OPSI_BAWAAN, batas: '110' };
    const b: OpsiPanel = { ...OPSI_BAWAAN, batas: '120' };
    const simpanA = pusat.ubahOpsi(a);
    const simpanB = pusat.ubahOpsi(b);
    opsi.selesai({ ...OPSI_BAWAAN, skala: 'lima-tingkat' });
    await Promise.all([simpanA, simpanB]);
    expect(layanan.panggilan.simpanOpsi).toEqual([a, b]);
    expect(pusat.keadaan().opsi).toBe(b);
    expect(pusat.keadaan().statusOpsi).toBe('tersimpan');
  });

  test('subscribers are told of every change and can unsubscribe', async () => {
    const pusat = new PusatPanel(buatLayananPalsu());
    const terlihat: (string | null)[] = [];
    const berhenti = pusat.ikuti(() => terlihat.push(pusat.keadaan().sibuk));
    await pusat.hitungUlang();
    berhenti();
    await pusat.hitungUlang();
    expect(terlihat[0]).toBe('hitung');
    expect(terlihat[terlihat.length - 1]).toBeNull();
    const jumlah = terlihat.length;
    await pusat.periksaUlang();
    expect(terlihat).toHaveLength(jumlah);
  });
});

describe('options: stored values and what the engine receives', () => {
  test('whatever was stored becomes valid options; unknown values fall back to the document defaults', () => {
    expect(rapikanOpsi(null)).toEqual({ skala: 'tabel-3.1', batas: '100', kebijakanNA: 'tercapai' });
    expect(rapikanOpsi('{"skala":"lima-tingkat"}')).toEqual(OPSI_BAWAAN);
    expect(rapikanOpsi({ skala: 'Lima-Tingkat', batas: 120, kebijakanNA: ' dikecualikan ' })).toEqual({
      skala: 'lima-tingkat',
      batas: '120',
      kebijakanNA: 'dikecualikan',
    });
    expect(rapikanOpsi({ skala: 'tujuh', batas: 95, kebijakanNA: 'galat' })).toEqual(OPSI_BAWAAN);
    expect(rapikanOpsi({ batas: 'TANPA' })).toEqual({ ...OPSI_BAWAAN, batas: 'tanpa' });
  });

  test('the cap goes to the engine as a number, or "tanpa"', () => {
    expect(opsiKePengaturan(OPSI_BAWAAN)).toEqual({ skala: 'tabel-3.1', batas: 100, kebijakanNA: 'tercapai' });
    expect(opsiKePengaturan({ skala: 'lima-tingkat', batas: 'tanpa', kebijakanNA: 'dikecualikan' })).toEqual({
      skala: 'lima-tingkat',
      batas: 'tanpa',
      kebijakanNA: 'dikecualikan',
    });
  });
});

describe('texts', () => {
  test("Office's display language picks the texts; anything but English is Indonesian", () => {
    expect(pilihTeks('en-US')).toBe(TEKS_EN);
    expect(pilihTeks('EN-gb')).toBe(TEKS_EN);
    expect(pilihTeks('id-ID')).toBe(TEKS_ID);
    expect(pilihTeks('fr-FR')).toBe(TEKS_ID);
    expect(pilihTeks(undefined)).toBe(TEKS_ID);
    expect(TEKS_EN.tombolHitung).toBe('Recalculate report');
    expect(TEKS_ID.tombolHitung).toBe('Hitung Ulang Laporan');
  });

  test('progress: chunks done of total, per stage', () => {
    expect(TEKS_ID.kemajuan('menulis', 3, 8)).toBe('Menulis: 3 dari 8 bagian');
    expect(TEKS_ID.kemajuan('membaca', 1, 4)).toBe('Membaca: 1 dari 4 bagian');
    expect(TEKS_EN.kemajuan('menulis', 3, 8)).toBe('Writing: 3 of 8 parts');
  });

  test('progress: every stage the engine and the ports report has a label (TAHAP)', () => {
    expect(TEKS_ID.kemajuan(TAHAP.bacaHargaHarian, 12, 40)).toBe('Membaca harga harian: 12 dari 40 bagian');
    expect(TEKS_EN.kemajuan(TAHAP.bacaHargaHarian, 12, 40)).toBe('Reading daily prices: 12 of 40 parts');
    expect(TEKS_ID.kemajuan(TAHAP.menghitung, 1, 3)).toBe('Menghitung: 1 dari 3 bagian');
    expect(TEKS_ID.kemajuan(TAHAP.menyusun, 2, 2)).toBe('Menyusun laporan: 2 dari 2 bagian');
    expect(TEKS_EN.kemajuan(TAHAP.menyusun, 2, 2)).toBe('Building the report: 2 of 2 parts');
    expect(URUTAN_TAHAP.map((t) => TEKS_ID.kemajuan(t, 5, 20))).toEqual([
      'Membaca: 5 dari 20 bagian',
      'Membaca harga harian: 5 dari 20 bagian',
      'Menghitung: 5 dari 20 bagian',
      'Menyusun laporan: 5 dari 20 bagian',
      'Menulis: 5 dari 20 bagian',
    ]);
    expect(URUTAN_TAHAP.map((t) => TEKS_EN.kemajuan(t, 5, 20))).toEqual([
      'Reading: 5 of 20 parts',
      'Reading daily prices: 5 of 20 parts',
      'Computing: 5 of 20 parts',
      'Building the report: 5 of 20 parts',
      'Writing: 5 of 20 parts',
    ]);
  });

  test('the confirmation question names every sheet', () => {
    expect(TEKS_ID.tanyaGanti(['Laporan LKIP'])).toBe("Lembar 'Laporan LKIP' sudah ada dan bukan buatan LKIP Kinerja. Ganti?");
    expect(TEKS_ID.tanyaGanti(['Laporan LKIP', 'Verifikasi'])).toBe(
      "Lembar 'Laporan LKIP', 'Verifikasi' sudah ada dan bukan buatan LKIP Kinerja. Ganti?",
    );
  });
});
