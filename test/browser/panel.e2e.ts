/**
 * The task pane as a user meets it: the production build (functions.js + taskpane.js on taskpane.html),
 * served from 127.0.0.1, opened in Debian's Chromium, with office.js replaced by the fake Excel host of the
 * jest tests (test/excel/host, bundled by bangun.ts) that keeps Excel's load/sync rules. Nothing reaches the network.
 *
 * Golden figures come from the source document (LKIP Disperindag NTT 2021, BAB III): Tabel 3.2 (44,32 / 50 →
 * 88,64; rata-rata 81,44 % "Berhasil"), Tabel 3.5 / 3.6 (12,76; 26,77), the combined price rise 19,77 → 75,
 * Tabel 3.22 (serapan 97,32 %).
 *
 * Every scenario saves a screenshot under test-output/browser/ and fails on any console error, uncaught
 * page error or request that tried to leave 127.0.0.1.
 *
 * Run: npx jest -c test/browser/jest.config.js
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { TEKS_EN, TEKS_ID } from '../../src/taskpane/teks';
import { bangunHostExcel, KELUARAN, siapkanBangunan, type Bangunan } from './bangun';
import { benihContoh, benihKosong, type BenihBukuKerja } from './benih';
import { layani, type Peladen } from './layani';
import { bukaChromium, bukaPanel, periksaAxe, uraiAxe, type DumpHost, type LembarHost, type Panel } from './peramban';

const TOMBOL_HITUNG = 'Hitung Ulang Laporan';
const TOMBOL_CONTOH = 'Buat Contoh';
const LEMBAR_LAPORAN = 'Laporan LKIP';
const LEMBAR_VERIFIKASI = 'Verifikasi';
const LEMBAR_NARASI = 'Narasi LKIP';
const LEMBAR_CONTOH = 'Data LKIP';
const INDIKATOR_1 = 'Cakupan Penerapan Sistem Perijinan Usaha dan Investasi berbasis Online';
/**
 * Requests (context.sync calls) of one "Hitung Ulang Laporan" on an ordinary workbook, from the adapter's
 * documented bounds (src/excel/portExcel.ts): bacaNamaLkip 2 + statusLembar 3 × 2 + bacaNilaiLembar 2 × (2 + 1)
 * (Verifikasi, Narasi LKIP) + tulisLembar 3 × (2 + 1).
 */
const SYNC_MAKS_HITUNG = 23;

let bangunan: Bangunan;
let skripHost: string;
let peladen: Peladen;
let browser: Browser;
const terbuka: Panel[] = [];

beforeAll(async () => {
  bangunan = siapkanBangunan();
  skripHost = bangunHostExcel();
  peladen = await layani(bangunan.folder);
  browser = await bukaChromium();
  fs.mkdirSync(KELUARAN, { recursive: true });
  // Results of this run only: no axe report or screenshot left over from an earlier one.
  for (const b of fs.readdirSync(KELUARAN)) if (/^axe-.*\.json$|\.png$/.test(b)) fs.rmSync(path.join(KELUARAN, b));
}, 300_000);

afterEach(async () => {
  while (terbuka.length > 0) await terbuka.pop()!.tutup();
});

afterAll(async () => {
  await browser?.close();
  await peladen?.tutup();
});

async function buka(benih: BenihBukuKerja, opsi: { lebar?: number } = {}): Promise<Panel> {
  const panel = await bukaPanel(browser, peladen.asal, skripHost, benih, opsi);
  terbuka.push(panel);
  await tungguSiap(panel.page);
  return panel;
}

/** The pane rendered, the workbook checked (required names listed) and the stored options loaded. */
async function tungguSiap(page: Page): Promise<void> {
  const teks = (await page.evaluate(() => document.documentElement.lang)) === 'en' ? TEKS_EN : TEKS_ID;
  const status = page.getByRole('region', { name: teks.judulStatus });
  await status.getByText('LKIP_Indikator', { exact: true }).waitFor();
  await page.waitForFunction((memeriksa) => !document.body.innerText.includes(memeriksa), teks.memeriksa);
  await page.locator('#opsi-skala:not([disabled])').waitFor();
}

function wilayah(page: Page, nama: string): Locator {
  return page.getByRole('region', { name: nama });
}

/** The value shown next to a label in the summary's definition list. */
async function nilaiRingkasan(page: Page, label: string): Promise<string> {
  const dt = wilayah(page, TEKS_ID.judulRingkasan)
    .locator('dt')
    .filter({ hasText: new RegExp(`^${label}$`) });
  return (await dt.locator('xpath=following-sibling::dd[1]').innerText()).trim();
}

async function gambar(page: Page, nama: string): Promise<string> {
  const berkas = path.join(KELUARAN, `${nama}.png`);
  await page.screenshot({ path: berkas, fullPage: true });
  return berkas;
}

/** No console error, no page error, nothing sent off 127.0.0.1, no Excel request failed or left running. */
async function pastikanBersih(panel: Panel, opsi: { gagalDiharapkan?: readonly string[] } = {}): Promise<void> {
  expect(panel.galat).toEqual([]);
  expect(panel.diblokir).toEqual([]);
  const dump = await panel.dump();
  expect(dump.permintaan.filter((p) => p.gagal !== null).map((p) => p.gagal)).toEqual(opsi.gagalDiharapkan ?? []);
  expect(dump.batchBerjalan).toBe(0);
  expect(dump.sisaAntrean).toBe(0);
}

async function pastikanAksesibel(panel: Panel, nama: string): Promise<void> {
  const { pelanggaran, lulus } = await periksaAxe(panel.page);
  expect(lulus).toBeGreaterThan(10);
  if (pelanggaran.length > 0) {
    fs.writeFileSync(path.join(KELUARAN, `axe-${nama}.json`), JSON.stringify(pelanggaran, null, 2));
    console.log(`axe (${nama}):\n${uraiAxe(pelanggaran)}`);
  }
  const berat = pelanggaran.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(uraiAxe(berat)).toBe('');
}

function lembar(dump: DumpHost, nama: string): LembarHost {
  const l = dump.lembar.find((x) => x.nama === nama);
  if (!l) throw new Error(`lembar "${nama}" tidak ada; ada: ${dump.lembar.map((x) => x.nama).join(', ')}`);
  return l;
}

/** The first row with a cell holding exactly this text. */
function baris(l: LembarHost, teks: string): (string | number | boolean | null)[] {
  const b = l.nilai.find((r) => r.some((x) => x === teks));
  if (!b) throw new Error(`baris "${teks}" tidak ada di lembar ${l.nama}`);
  return b;
}

/** The figures of the document in the written report (values, not formulas). */
function periksaLaporan(dump: DumpHost): void {
  const laporan = lembar(dump, LEMBAR_LAPORAN);
  // Tabel 3.2, indicator 1: target 50, realisasi 44,32, capaian 88,64.
  expect(baris(laporan, INDIKATOR_1)).toEqual(expect.arrayContaining([50, 44.32, 88.64]));
  // Tabel 3.2 footer: 81,44 → Berhasil.
  expect(baris(laporan, 'RATA-RATA CAPAIAN')).toEqual(expect.arrayContaining([81.44, 'Berhasil']));
  // Tabel 3.5 / 3.6 group means, the combined rise 19,77 and its scale result 75.
  const rataHarga = laporan.nilai.filter((r) => r[0] === 'Rata-rata').map((r) => r.filter((x) => typeof x === 'number'));
  expect(rataHarga).toEqual([[12.76], [26.77]]);
  expect(laporan.nilai.some((r) => r.includes(19.77))).toBe(true);
  expect(laporan.nilai.some((r) => typeof r[0] === 'string' && r[0].startsWith('Capaian') && r.includes(75))).toBe(true);
  // Tabel 3.22: serapan 97,32 % on the first budget table's total row.
  const jumlah = laporan.nilai.find((r) => r[0] === 'Jumlah');
  expect(jumlah).toEqual(expect.arrayContaining([97.32]));
  // Plain values a reviewer without the add-in sees; formatted, frozen, protected like the engine says.
  expect(laporan.rumus).toEqual({});
  expect(laporan.bekuBaris).toBeGreaterThan(0);
  expect(laporan.gabungan.length).toBeGreaterThan(0);
  expect(laporan.gaya.some((g) => g.jalur === 'fill.color')).toBe(true);
  expect(laporan.gaya.some((g) => g.jalur === 'font.bold' && g.nilai === true)).toBe(true);
  expect(Object.keys(laporan.lebarKolom).length).toBeGreaterThan(0);
  expect(laporan.terproteksi).toBe(true);

  const verifikasi = lembar(dump, LEMBAR_VERIFIKASI);
  expect(verifikasi.rumus).toEqual({});
  expect(baris(verifikasi, 'ID')).toEqual(expect.arrayContaining(['ID', 'Tingkat', 'Pesan']));
  // Locations such as 'Data LKIP'!D93 start with an apostrophe: written with Excel's quote prefix, they keep it.
  expect(verifikasi.nilai.some((r) => r.some((x) => typeof x === 'string' && x.startsWith(`'${LEMBAR_CONTOH}'!`)))).toBe(true);
  // Both sheets carry the add-in's hidden marker name.
  const penanda = dump.nama.filter((n) => n.nama.startsWith('_LKIP_LEMBAR_'));
  for (const nama of [`'${LEMBAR_LAPORAN}'!`, `${LEMBAR_VERIFIKASI}!`]) {
    expect(penanda.filter((n) => n.rujukan.startsWith(nama))).toHaveLength(1);
  }
  expect(penanda.every((n) => !n.terlihat)).toBe(true);
}

/**
 * Wait for the result of an action: the expected text, or the pane's error message, whose text then fails
 * the test at once (instead of a timeout that does not say what went wrong).
 */
async function tungguHasil(page: Page, harapan: Locator): Promise<void> {
  const galat = page.getByText(TEKS_ID.judulGalat).or(page.getByText(TEKS_EN.judulGalat));
  await harapan.or(galat).first().waitFor();
  if (!(await harapan.first().isVisible())) {
    throw new Error(`panel menampilkan galat: ${await page.getByRole('main').innerText()}`);
  }
}

/** The summary card after a run on the document's inputs. */
async function periksaRingkasan(page: Page): Promise<void> {
  await tungguHasil(page, wilayah(page, TEKS_ID.judulRingkasan));
  expect(await nilaiRingkasan(page, TEKS_ID.rataRataCapaian)).toBe('81,44 %');
  expect(await nilaiRingkasan(page, TEKS_ID.kategori)).toBe('Berhasil');
  expect(await nilaiRingkasan(page, TEKS_ID.kenaikanHarga)).toBe('19,77 %');
  expect(await nilaiRingkasan(page, TEKS_ID.capaianKenaikanHarga)).toBe('75 %');
  expect(await nilaiRingkasan(page, TEKS_ID.serapanAnggaran)).toBe('97,32 %');
}

describe('panel tugas di Chromium (host Excel dalam memori): host dan bangunan', () => {
  test('host uji mengikuti aturan Excel: load lalu sync sebelum membaca, galat saat sync, awalan kutip', async () => {
    const panel = await buka(benihContoh());
    const hasil = await panel.page.evaluate(async () => {
      'use strict'; // as webpack's bundles are: a property set on a sealed proxy throws
      type Galat = { code?: string; name?: string };
      const kode = (e: unknown) => (e as Galat).code ?? (e as Galat).name ?? String(e);
      const h: Record<string, unknown> = {};
      await Excel.run(async (context) => {
        const sel = context.workbook.worksheets.getItem('Data LKIP').getRange('F27');
        try {
          // eslint-disable-next-line office-addins/call-sync-before-read -- the mistake the host must refuse
          h.tanpaLoad = sel.values;
        } catch (e) {
          h.tanpaLoad = kode(e);
        }
        sel.load('values,formulas');
        try {
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- refused too
          h.sebelumSync = sel.values;
        } catch (e) {
          h.sebelumSync = kode(e);
        }
        await context.sync();
        h.nilai = sel.values;
        h.rumus = sel.formulas;

        const hilang = context.workbook.worksheets.getItemOrNullObject('Tidak Ada');
        try {
          // eslint-disable-next-line office-addins/call-sync-before-read -- isNullObject is known only after a sync
          h.nullSebelumSync = hilang.isNullObject;
        } catch (e) {
          h.nullSebelumSync = kode(e);
        }
        await context.sync();
        h.nullSesudahSync = hilang.isNullObject;

        context.workbook.worksheets.getItem('Tidak Ada');
        try {
          await context.sync();
          h.getItem = 'tidak gagal';
        } catch (e) {
          h.getItem = kode(e);
        }

        const baru = context.workbook.worksheets.add('Uji Host');
        const a1 = baru.getRange('A1:C1');
        a1.values = [['=2*3', "'=teks", '+abc']];
        a1.load('values,formulas');
        await context.sync();
        h.tulis = { nilai: a1.values, rumus: a1.formulas };

        try {
          (a1 as unknown as Record<string, unknown>).nilaiSalahEja = 1;
          h.salahEja = 'diterima';
        } catch (e) {
          h.salahEja = kode(e);
        }

        baru.protection.protect();
        baru.getRange('A2').values = [[1]];
        try {
          await context.sync();
          h.terproteksi = 'tidak gagal';
        } catch (e) {
          h.terproteksi = kode(e);
        }

        baru.getRange('A1:B1').values = [[1, 2, 3]];
        try {
          await context.sync();
          h.ukuranSalah = 'tidak gagal';
        } catch (e) {
          h.ukuranSalah = kode(e);
        }
      });
      return h;
    });
    expect(hasil.tanpaLoad).toBe('PropertyNotLoaded');
    expect(hasil.sebelumSync).toBe('PropertyNotLoaded');
    expect(hasil.nilai).toEqual([[(39 / 88) * 100]]);
    expect(hasil.rumus).toEqual([['=39/88*100']]);
    expect(hasil.nullSebelumSync).toBe('PropertyNotLoaded');
    expect(hasil.nullSesudahSync).toBe(true);
    expect(hasil.getItem).toBe('ItemNotFound');
    expect(hasil.tulis).toEqual({ nilai: [[6, '=teks', '#NAME?']], rumus: [['=2*3', '=teks', '=+abc']] });
    expect(hasil.salahEja).toBe('TypeError');
    expect(hasil.terproteksi).toBe('AccessDenied');
    expect(hasil.ukuranSalah).toBe('InvalidArgument');
    await pastikanBersih(panel, { gagalDiharapkan: ['ItemNotFound', 'AccessDenied', 'InvalidArgument'] });
  });

  test('bangunan produksi memuat kedua bundel pada satu halaman; fungsi kustom terdaftar', async () => {
    const panel = await buka(benihContoh());
    const dump = await panel.dump();
    const metadata = JSON.parse(fs.readFileSync(path.join(bangunan.folder, 'functions.json'), 'utf8')) as {
      functions: { id: string }[];
    };
    expect(dump.fungsi.sort()).toEqual(metadata.functions.map((f) => f.id.toUpperCase()).sort());
    // Tabel 3.2, indicator 1: 44,32 / 50 × 100 = 88,64, through the registered function as Excel calls it
    // (matrix parameters: one cell is [[x]]; an omitted optional argument is null).
    const capaian = await panel.page.evaluate(() =>
      (window as unknown as { __lkipHost: { panggilFungsi(id: string, ...a: unknown[]): unknown } }).__lkipHost.panggilFungsi(
        'CAPAIAN',
        [[50]],
        [[44.32]],
        null,
        null,
      ),
    );
    expect(capaian).toEqual([[88.64]]);
    expect(dump.aksi).toEqual(['hitungUlangLaporan']);
    expect(peladen.diminta).toEqual(expect.arrayContaining(['/taskpane.html', '/functions.js', '/taskpane.js']));
    await pastikanBersih(panel);
  });
});

describe('panel tugas di Chromium: skenario pengguna', () => {
  test('(1) buku kerja contoh → "Hitung Ulang Laporan" → 81,44 % Berhasil; lembar laporan, verifikasi dan narasi ditulis', async () => {
    const panel = await buka(benihContoh());
    const { page } = panel;
    const sebelum = await panel.dump();
    await gambar(page, '1a-contoh-siap');

    await page.getByRole('button', { name: TOMBOL_HITUNG }).click();
    await periksaRingkasan(page);
    await page.getByText(TEKS_ID.judulDitulis).waitFor();
    await gambar(page, '1b-contoh-dihitung');

    const sesudah = await panel.dump();
    expect(sesudah.lembar.map((l) => l.nama)).toEqual([LEMBAR_CONTOH, LEMBAR_LAPORAN, LEMBAR_VERIFIKASI, LEMBAR_NARASI]);
    periksaLaporan(sesudah);
    // The narratives' chunk loaded in the browser: indicator 1's draft is on "Narasi LKIP".
    expect(JSON.stringify(lembar(sesudah, LEMBAR_NARASI).nilai)).toContain(
      `Capaian indikator ${INDIKATOR_1} pada tahun 2021 sebesar 88,64 % dengan kategori Sangat Berhasil.`,
    );
    // The inputs are the user's: nothing on "Data LKIP" changed, no LKIP_ name was touched.
    expect(lembar(sesudah, LEMBAR_CONTOH)).toEqual(lembar(sebelum, LEMBAR_CONTOH));
    expect(sesudah.log.filter((x) => x.lembar === LEMBAR_CONTOH)).toEqual([]);
    expect(sesudah.nama.filter((n) => n.nama.startsWith('LKIP_'))).toEqual(sebelum.nama);
    // Office.js discipline: a bounded number of requests for the whole run.
    expect(sesudah.permintaan.length - sebelum.permintaan.length).toBeLessThanOrEqual(SYNC_MAKS_HITUNG);

    // The findings listed in the pane are the rows of the Verifikasi sheet.
    const temuan = wilayah(page, TEKS_ID.judulTemuan).getByRole('listitem');
    const barisTemuan = lembar(sesudah, LEMBAR_VERIFIKASI).nilai.filter((r) => /^[A-Z-]+:/.test(String(r[0] ?? '')));
    expect(await temuan.count()).toBe(barisTemuan.length);

    await pastikanAksesibel(panel, '1-contoh-dihitung');
    await pastikanBersih(panel);
  });

  test('(2) tanpa LKIP_Target → daftar masalah menyebutnya, tidak ada yang ditulis', async () => {
    const panel = await buka(benihContoh({ tanpaNama: ['LKIP_Target'] }));
    const { page } = panel;
    const sebelum = await panel.dump();
    const masalah = wilayah(page, TEKS_ID.judulMasalah);
    await expectTeks(masalah, 'LKIP_Target');
    const status = wilayah(page, TEKS_ID.judulStatus).getByRole('listitem').filter({ hasText: 'LKIP_Target' });
    await expectTeks(status, TEKS_ID.tidakDitemukan);

    await page.getByRole('button', { name: TOMBOL_HITUNG }).click();
    await tungguHasil(page, page.getByText(TEKS_ID.judulDitolak));
    await expectTeks(masalah, 'LKIP_Target');
    expect(await wilayah(page, TEKS_ID.judulRingkasan).count()).toBe(0);
    await gambar(page, '2-tanpa-target');

    const sesudah = await panel.dump();
    expect(sesudah.lembar.map((l) => l.nama)).toEqual([LEMBAR_CONTOH]);
    expect(sesudah.nama).toEqual(sebelum.nama);
    expect(sesudah.log).toEqual([]);
    expect(sesudah.lembar).toEqual(sebelum.lembar);

    await pastikanAksesibel(panel, '2-tanpa-target');
    await pastikanBersih(panel);
  });

  test('(3) buku kerja kosong → "Buat Contoh" → hitung ulang → 81,44 %', async () => {
    const panel = await buka(benihKosong());
    const { page } = panel;
    await pastikanAksesibel(panel, '3a-kosong');
    await gambar(page, '3a-kosong');

    await page.getByRole('button', { name: TOMBOL_CONTOH }).click();
    await tungguHasil(page, page.getByText(TEKS_ID.contohDibuat(LEMBAR_CONTOH)));
    const status = wilayah(page, TEKS_ID.judulStatus);
    await status
      .getByRole('listitem')
      .filter({ hasText: 'LKIP_Indikator' })
      .filter({ hasText: TEKS_ID.ditemukan(11) })
      .waitFor();
    expect(peladen.diminta).toContain('/contoh.js');
    const contoh = lembar(await panel.dump(), LEMBAR_CONTOH);
    // Tabel 3.2, indicator 1: realisasi 39 / 88 × 100 kept as a formula in the input sheet.
    expect(contoh.rumus['F27']).toBe('=39/88*100');
    await gambar(page, '3b-contoh-dibuat');

    await page.getByRole('button', { name: TOMBOL_HITUNG }).click();
    await periksaRingkasan(page);
    await gambar(page, '3c-contoh-dihitung');

    const dump = await panel.dump();
    expect(dump.lembar.map((l) => l.nama)).toEqual(['Sheet1', LEMBAR_CONTOH, LEMBAR_LAPORAN, LEMBAR_VERIFIKASI, LEMBAR_NARASI]);
    expect(lembar(dump, 'Sheet1').nilai).toEqual([]);
    expect(dump.log.filter((x) => x.lembar === 'Sheet1')).toEqual([]);
    periksaLaporan(dump);
    expect(dump.nama.filter((n) => n.nama.startsWith('LKIP_')).length).toBe(benihContoh().nama.length);

    await pastikanAksesibel(panel, '3c-contoh-dihitung');
    await pastikanBersih(panel);
  });
});

describe('panel tugas di Chromium: papan ketik, layar sempit, pita, bahasa', () => {
  test('papan ketik saja: Tab ke tombol utama, Enter menghitung, Spasi menghitung ulang dengan hasil yang sama', async () => {
    const panel = await buka(benihContoh());
    const { page } = panel;
    let tab = 0;
    const fokusPadaTombol = () => page.evaluate((nama) => document.activeElement?.textContent?.trim() === nama, TOMBOL_HITUNG);
    while (!(await fokusPadaTombol()) && tab < 40) {
      await page.keyboard.press('Tab');
      tab++;
    }
    expect(await fokusPadaTombol()).toBe(true);
    await gambar(page, '4a-papan-ketik-fokus');

    await page.keyboard.press('Enter');
    await periksaRingkasan(page);
    await page.getByText(TEKS_ID.judulDitulis).waitFor();
    const pertama = await panel.dump();

    await page.waitForFunction((nama) => {
      const b = document.activeElement;
      return b?.textContent?.trim() === nama && b.getAttribute('aria-disabled') !== 'true';
    }, TOMBOL_HITUNG);
    await page.keyboard.press(' ');
    await page.waitForFunction(
      (n) => (window as unknown as { __lkipHost: { dump(): DumpHost } }).__lkipHost.dump().permintaan.length > n,
      pertama.permintaan.length,
    );
    // The run started (the workbook was asked); it is over when the button is no longer busy and the
    // result message is back.
    await page.waitForFunction(
      ([nama, judul]) => {
        const tombol = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === nama);
        return tombol?.getAttribute('aria-disabled') !== 'true' && document.body.innerText.includes(judul!);
      },
      [TOMBOL_HITUNG, TEKS_ID.judulDitulis],
    );
    await periksaRingkasan(page);
    const kedua = await panel.dump();
    expect(kedua.permintaan.length).toBeGreaterThan(pertama.permintaan.length);
    // Same input → the same sheets.
    for (const nama of [LEMBAR_LAPORAN, LEMBAR_VERIFIKASI]) expect(lembar(kedua, nama)).toEqual(lembar(pertama, nama));
    await gambar(page, '4b-papan-ketik-dihitung');
    await pastikanBersih(panel);
  });

  test('lebar 320 px: tanpa gulir mendatar, sebelum dan sesudah menghitung', async () => {
    const panel = await buka(benihContoh(), { lebar: 320 });
    const { page } = panel;
    await pastikanMuat320(page);
    await page.getByRole('button', { name: TOMBOL_HITUNG }).click();
    await periksaRingkasan(page);
    await pastikanMuat320(page);
    await gambar(page, '5-lebar-320');

    const kosong = await buka(benihContoh({ tanpaNama: ['LKIP_Target'] }), { lebar: 320 });
    await pastikanMuat320(kosong.page);
    await gambar(kosong.page, '5-lebar-320-masalah');
    await pastikanBersih(panel);
    await pastikanBersih(kosong);
  });

  test('perintah pita "hitungUlangLaporan" menjalankan perhitungan yang sama dan memanggil completed()', async () => {
    const panel = await buka(benihContoh());
    const { page } = panel;
    const selesai = await page.evaluate(() =>
      (window as unknown as { __lkipHost: { jalankanAksi(id: string): Promise<boolean> } }).__lkipHost.jalankanAksi(
        'hitungUlangLaporan',
      ),
    );
    expect(selesai).toBe(true);
    await periksaRingkasan(page);
    const dump = await panel.dump();
    periksaLaporan(dump);
    expect(dump.tampilPanel).toBe(0);
    await pastikanBersih(panel);
  });

  test('bahasa tampilan Inggris: tombol "Recalculate report", angka tetap cara Indonesia', async () => {
    const panel = await buka(benihContoh({ bahasa: 'en-US' }));
    const { page } = panel;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Recalculate report' }).click();
    const ringkasan = wilayah(page, TEKS_EN.judulRingkasan);
    await tungguHasil(page, ringkasan);
    await expectTeks(ringkasan, '81,44 %');
    await gambar(page, '6-bahasa-inggris');
    await pastikanAksesibel(panel, '6-bahasa-inggris');
    await pastikanBersih(panel);
  });
});

async function expectTeks(lokasi: Locator, teks: string): Promise<void> {
  await lokasi.first().waitFor();
  const isi = await lokasi.first().innerText();
  expect(isi).toContain(teks);
}

/** No horizontal scrolling at 320 px; elements sticking out are named in the failure. */
async function pastikanMuat320(page: Page): Promise<void> {
  const ukuran = await page.evaluate(() => {
    const lebar = window.innerWidth;
    const keluar = [...document.querySelectorAll('body *')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > lebar + 0.5;
      })
      .slice(0, 10)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} → ${Math.round(e.getBoundingClientRect().right)} px`);
    return {
      lebar,
      scrollWidth: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      keluar,
    };
  });
  expect(ukuran.lebar).toBe(320);
  expect(ukuran.keluar).toEqual([]);
  expect(ukuran.scrollWidth).toBeLessThanOrEqual(320);
  expect(ukuran.body).toBeLessThanOrEqual(320);
}
