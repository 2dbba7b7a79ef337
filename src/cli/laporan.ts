/**
 * The command-line runner: the same report as "Hitung Ulang Laporan", on .xlsx files, without Excel.
 *
 *   npm run report -- [BERKAS.xlsx ...] [--out JALUR] [--json] [--timpa] [--deteksi]
 *
 * Each input is read through the package adapter (PortPaketXlsx, src/cli/xlsx: the sheets the names point at
 * are streamed, not loaded), the report engine writes "Laporan LKIP" and "Verifikasi", and the output is the
 * input package patched with them, saved as a NEW file (an .xlsm stays an .xlsm, with its macros); every other
 * part of the input is copied as stored, and the input file is never written. Nothing is written for an input
 * that fails.
 *
 * Long work shows its progress on stderr, per file: a progress bar redrawn in place when stderr is a
 * terminal, otherwise (logs, pipes) a plain line at most every SELANG_BARIS_KEMAJUAN_MS. stdout only
 * carries the report (or the JSON).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { jalankanLaporan } from '../report';
import type { HasilJalankan, LaporanJson, Temuan } from '../report/hasil';
import type { LaporKemajuan, TahapKemajuan } from '../report/kemajuan';
import { deteksiUntukLaporan } from './deteksi';
import { tulisBab3Docx } from './docx/bab3';
import { GalatBerkas } from './galatBerkas';
import { kalimat, pesanIndonesia, rincianDebug } from './terjemahGalat';
import { putuskanKeluaran } from './keluaranLama';
import { simpanAtomik } from './xlsx/simpanAman';
import { PortPaketXlsx } from './xlsx/portPaket';
import {
  amanTerminal,
  jsonAman,
  LEBAR_TERMINAL,
  barisKemajuan,
  batangKemajuan,
  bungkus,
  tabelCapaian,
  teksMasalah,
  teksRingkasan,
} from './tampilan';

/** The bundled sample, resolved from this script's folder (not the current directory). */
export const JALUR_CONTOH = path.resolve(__dirname, '..', '..', 'assets', 'contoh-lkip-ntt-2021.xlsx');

/** Exit codes (also in the usage text). */
export const KODE_KELUAR = Object.freeze({
  sukses: 0,
  /** A file that cannot be read (missing, not .xlsx, damaged) or the report cannot be saved. */
  berkas: 1,
  /** Wrong options (unknown option, --out equal to an input, outputs that would collide). */
  pemakaian: 2,
  /** The workbook's contents are refused: a required name missing, lengths that differ, a bad setting. */
  ditolak: 3,
  /** A sheet "Laporan LKIP"/"Verifikasi" exists that LKIP Kinerja did not create (use --timpa). */
  bentrok: 4,
  /** The output file exists and differs from this report (reviewer notes, edits): not overwritten (use --timpa). */
  keluaranAda: 5,
});

export const TEKS_PEMAKAIAN = `Pemakaian:
  npm run report -- [BERKAS.xlsx ...] [--out JALUR] [--json]
                    [--timpa] [--maks-bita N] [--deteksi]
                    [--docx]

Menghitung laporan LKIP (lembar "Laporan LKIP" dan
"Verifikasi") dari buku kerja .xlsx yang memakai nama
rentang LKIP_*, tanpa Excel. Hasilnya berkas baru.

  BERKAS.xlsx   satu atau lebih buku kerja (.xlsx atau
                .xlsm); tanpa BERKAS: buku kerja contoh
                bawaan (assets/contoh-lkip-ntt-2021.xlsx)
  --out JALUR   satu masukan: berkas hasil (berakhiran
                sama dengan masukan) atau folder; beberapa
                masukan: folder (dibuat bila belum ada).
                Bawaan: <nama masukan>-laporan.xlsx (atau
                .xlsm) di folder kerja
  --json        cetak JSON (beberapa masukan: larik JSON,
                tiap objek dengan "berkas" dan "keluaran")
  --maks-bita N masukan terbesar yang dibaca (bawaan 1G;
                contoh 500M, 2G)
  --timpa       ganti lembar "Laporan LKIP"/"Verifikasi"
                yang tidak bertanda buatan LKIP Kinerja,
                dan timpa berkas hasil yang sudah ada
  --deteksi     buku kerja tanpa nama LKIP_: pakai tabel
                yang dideteksi dan tulis namanya ke berkas
                hasil (lihat docs/deteksi.md)
  --docx        tulis juga BAB III sebagai dokumen Word
                (.docx) di samping berkas hasil, nama dasar
                sama (narasi suntingan dari "Narasi LKIP")
  -h, --help    tampilkan bantuan ini

Berkas masukan tidak pernah ditimpa; lembar, grafik, dan
makro lain di dalamnya terbawa utuh ke berkas hasil.
Kode keluar: 0 berhasil · 1 berkas tidak dapat dibaca atau
ditulis · 2 pemakaian salah · 3 isi buku kerja ditolak
(nama wajib hilang, panjang rentang berbeda, tanpa
nama LKIP_: lihat --deteksi, ...) ·
4 lembar bentrok (lihat --timpa) · 5 berkas hasil sudah
ada dan berbeda, mungkin berisi catatan (lihat --timpa).
Galat dicetak satu baris per berkas; LKIP_DEBUG=1
menambahkan rinciannya (pesan asli dan jejak tumpukan).
Rincian: docs/runner.md.
`;

export interface IoCli {
  readonly tulisKeluaran: (teks: string) => void;
  readonly tulisGalat: (teks: string) => void;
  /** Folder for default outputs and relative paths. */
  readonly cwd: string;
  /** stderr is a terminal: progress as a bar redrawn in place; otherwise plain periodic lines. */
  readonly galatTty: boolean;
  /** Clock in ms (for the progress display's pacing). */
  readonly waktu: () => number;
  /** LKIP_DEBUG=1: below a failure's message, the stack and the original message of each cause. */
  readonly debug: boolean;
}

/** Plain progress lines (stderr not a terminal): at most one per this many ms, the first after as long. */
export const SELANG_BARIS_KEMAJUAN_MS = 2000;
/** A terminal's progress bar is redrawn at most this often (and whenever the stage changes or ends). */
const SELANG_GAMBAR_MS = 100;

/**
 * Progress display of one file on stderr. A terminal gets one bar line redrawn in place (carriage
 * return, clear to the end of line) and cleared again when the file is done; anything else a plain
 * line at most every SELANG_BARIS_KEMAJUAN_MS, so short runs print nothing.
 */
function buatTampilanKemajuan(io: IoCli, berkas: string): { lapor: LaporKemajuan; selesai: () => void } {
  let terakhir = io.waktu();
  let tahapTerakhir: TahapKemajuan | null = null;
  let tergambar = false;
  if (io.galatTty) {
    return {
      lapor: (tahap, selesai, total) => {
        const kini = io.waktu();
        if (tahap === tahapTerakhir && selesai < total && kini - terakhir < SELANG_GAMBAR_MS) return;
        terakhir = kini;
        tahapTerakhir = tahap;
        tergambar = true;
        io.tulisGalat(`\r${batangKemajuan(tahap, selesai, total)}\x1b[K`);
      },
      selesai: () => {
        if (tergambar) io.tulisGalat('\r\x1b[K');
      },
    };
  }
  return {
    lapor: (tahap, selesai, total) => {
      const kini = io.waktu();
      if (kini - terakhir < SELANG_BARIS_KEMAJUAN_MS) return;
      terakhir = kini;
      io.tulisGalat(`${barisKemajuan(berkas, tahap, selesai, total)}\n`);
    },
    selesai: () => undefined,
  };
}

interface Opsi {
  readonly masukan: string[];
  readonly out: string | null;
  readonly json: boolean;
  readonly timpa: boolean;
  readonly bantuan: boolean;
  /** Largest input file read, in bytes (--maks-bita). */
  readonly maksBita: number;
  /** Without LKIP_ names: use the detected tables and write their names (src/cli/deteksi.ts). */
  readonly deteksi: boolean;
  /** Also write BAB III as a .docx beside the output workbook (same base name). */
  readonly docx: boolean;
}

/** Default largest input: 1 GiB (the 1.93 M-row province workbook is about 40 MB). */
export const MAKS_BITA_BAWAAN = 1024 ** 3;

/** "500000", "200M", "2G" → bytes; null for anything else. */
function bacaBita(teks: string): number | null {
  const m = /^(\d{1,15})([KMG]?)i?B?$/i.exec(teks.trim());
  if (!m) return null;
  const kali = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2]!.toUpperCase() as '' | 'K' | 'M' | 'G'];
  const n = Number(m[1]) * kali;
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}

/** The BAB III document beside an output workbook: same folder, same base name, .docx. */
export const jalurDocx = (keluaran: string) =>
  path.join(path.dirname(keluaran), `${path.basename(keluaran, path.extname(keluaran))}.docx`);

class GalatPemakaian extends Error {}

function bacaArgumen(argv: readonly string[]): Opsi {
  const masukan: string[] = [];
  let out: string | null = null;
  let json = false;
  let timpa = false;
  let bantuan = false;
  let maksBita = MAKS_BITA_BAWAAN;
  let deteksi = false;
  let docx = false;
  let hanyaBerkas = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (hanyaBerkas || !a.startsWith('-') || a === '-') {
      masukan.push(a);
    } else if (a === '--') {
      hanyaBerkas = true;
    } else if (a === '--json') {
      json = true;
    } else if (a === '--timpa') {
      timpa = true;
    } else if (a === '--deteksi') {
      deteksi = true;
    } else if (a === '--docx') {
      docx = true;
    } else if (a === '-h' || a === '--help' || a === '--bantuan') {
      bantuan = true;
    } else if (a === '--out' || a === '-o') {
      const nilai = argv[++i];
      if (nilai === undefined || nilai === '') throw new GalatPemakaian(`Opsi ${a} memerlukan jalur berkas atau folder.`);
      out = nilai;
    } else if (a === '--maks-bita' || a.startsWith('--maks-bita=')) {
      const nilai = a === '--maks-bita' ? argv[++i] : a.slice('--maks-bita='.length);
      const n = nilai === undefined ? null : bacaBita(nilai);
      if (n === null)
        throw new GalatPemakaian(`Opsi --maks-bita memerlukan ukuran, misalnya 500M atau 2G (diberi: ${nilai ?? 'kosong'}).`);
      maksBita = n;
    } else if (a.startsWith('--out=')) {
      out = a.slice('--out='.length);
      if (out === '') throw new GalatPemakaian('Opsi --out memerlukan jalur berkas atau folder.');
    } else {
      throw new GalatPemakaian(`Opsi tidak dikenal: ${a}`);
    }
  }
  return { masukan, out, json, timpa, bantuan, maksBita, deteksi, docx };
}

async function ada(jalur: string): Promise<import('node:fs').Stats | null> {
  try {
    return await fs.stat(jalur);
  } catch {
    return null;
  }
}

/** Same file on disk (also through links, or case-insensitive file systems). */
async function berkasSama(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([ada(a), ada(b)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** The output keeps the input's kind: .xlsm (macros) for an .xlsm, else .xlsx. */
function ekstensiKeluaran(masukan: string): '.xlsx' | '.xlsm' {
  return path.extname(masukan).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
}

/**
 * Output path per input: <name>-laporan.xlsx (.xlsm for an .xlsm) in cwd, or --out (a file for one input, with
 * the input's extension, else a folder).
 */
async function tentukanKeluaran(masukan: readonly string[], out: string | null, cwd: string): Promise<string[]> {
  const namaBawaan = (m: string) => `${path.basename(m, path.extname(m))}-laporan${ekstensiKeluaran(m)}`;
  let keluaran: string[];
  if (out === null) {
    keluaran = masukan.map((m) => path.join(cwd, namaBawaan(m)));
  } else {
    const tujuan = path.resolve(cwd, out);
    const stat = await ada(tujuan);
    const ekstensi = path.extname(tujuan).toLowerCase();
    const folder = stat?.isDirectory() === true || /[\\/]$/.test(out) || (ekstensi !== '.xlsx' && ekstensi !== '.xlsm');
    if (!folder && masukan.length > 1) {
      throw new GalatPemakaian(`--out ${out}: untuk beberapa masukan, --out harus folder (bukan satu berkas ${ekstensi}).`);
    }
    if (!folder && ekstensi !== ekstensiKeluaran(masukan[0]!)) {
      throw new GalatPemakaian(
        `--out ${out}: masukan ${path.basename(masukan[0]!)} menghasilkan berkas ${ekstensiKeluaran(masukan[0]!)} ` +
          `(jenis buku kerjanya tetap); beri --out berakhiran ${ekstensiKeluaran(masukan[0]!)}.`,
      );
    }
    keluaran = folder ? masukan.map((m) => path.join(tujuan, namaBawaan(m))) : [tujuan];
  }
  for (let i = 0; i < keluaran.length; i++) {
    for (const m of masukan) {
      if (await berkasSama(keluaran[i]!, m)) {
        throw new GalatPemakaian(
          `Berkas hasil ${keluaran[i]!} sama dengan berkas masukan ${m}: masukan tidak pernah ditimpa. Pilih --out yang lain.`,
        );
      }
    }
    for (let j = 0; j < i; j++) {
      if (path.resolve(keluaran[i]!) === path.resolve(keluaran[j]!)) {
        throw new GalatPemakaian(
          `Dua masukan akan menghasilkan berkas yang sama (${keluaran[i]!}); jalankan terpisah atau beri nama berkas yang berbeda.`,
        );
      }
    }
  }
  return keluaran;
}

type HasilBerkas =
  | {
      readonly ok: true;
      readonly berkas: string;
      readonly keluaran: string;
      readonly hasil: HasilJalankan;
      readonly json: LaporanJson;
      /** Lines for stderr before the report's problems (the ranges --deteksi used). */
      readonly catatan: readonly string[];
    }
  | {
      readonly ok: false;
      readonly berkas: string;
      readonly kode: number;
      /** Indonesian, naming the file (and the part, sheet or cell when known). */
      readonly pesan: string;
      /** The error behind it, with its original (English) message and stack: printed only with LKIP_DEBUG=1. */
      readonly sebab?: unknown;
    };

function masalahGalat(hasil: HasilJalankan): Temuan[] {
  return hasil.masalah.filter((m) => m.tingkat === 'galat');
}

async function prosesSatu(masukan: string, keluaran: string, opsi: Opsi, kemajuan: LaporKemajuan): Promise<HasilBerkas> {
  let port: PortPaketXlsx;
  const ukuran = (await ada(masukan))?.size ?? 0;
  if (ukuran > opsi.maksBita) {
    const pesan = `${path.basename(masukan)}: berkas ${ukuran} bita melebihi batas ${opsi.maksBita} bita; beri --maks-bita yang lebih besar bila memang dimaksud.`;
    return { ok: false, berkas: masukan, kode: KODE_KELUAR.berkas, pesan };
  }
  try {
    port = await PortPaketXlsx.dariBerkas(masukan);
  } catch (e) {
    return gagalBerkas(masukan, e);
  }
  try {
    return await laporanSatu(port, masukan, keluaran, opsi, kemajuan);
  } catch (e) {
    // A sheet that turns out unreadable while the report reads it (damaged XML, too large) is the file's problem.
    return gagalBerkas(masukan, e);
  } finally {
    port.tutup();
  }
}

/**
 * A failure of one file as its result (the batch goes on): a GalatBerkas as it is; anything else — a fault of
 * the program — as one Indonesian line naming the file, exit code 1 (`berkas`), its details with LKIP_DEBUG=1.
 */
function gagalBerkas(masukan: string, e: unknown): HasilBerkas {
  const pesan =
    e instanceof GalatBerkas
      ? e.message
      : `${path.basename(masukan)}: galat tak terduga (laporkan ke pengembang; LKIP_DEBUG=1 menampilkan rinciannya): ${pesanIndonesia(e)}`;
  return { ok: false, berkas: masukan, kode: KODE_KELUAR.berkas, pesan, sebab: e };
}

/** The report of one opened workbook, saved to `keluaran` unless refused. */
async function laporanSatu(
  port: PortPaketXlsx,
  masukan: string,
  keluaran: string,
  opsi: Opsi,
  kemajuan: LaporKemajuan,
): Promise<HasilBerkas> {
  const tampil = path.basename(masukan);
  // Without LKIP_ names: refuse naming the tables found, or (--deteksi) define their names first.
  const deteksi = await deteksiUntukLaporan(port, tampil, opsi.deteksi);
  if (deteksi.jenis === 'ditolak') return { ok: false, berkas: masukan, kode: KODE_KELUAR.ditolak, pesan: deteksi.pesan };
  // The port refuses to replace a user's sheet unless the user said --timpa: pass the consent on (as the pane does).
  const hasil = await jalankanLaporan(opsi.timpa ? port.denganIzinTimpa() : port, { timpaLembarPengguna: opsi.timpa, kemajuan });
  if (hasil.status === 'perlu_konfirmasi') {
    const lembar = hasil.lembarBentrok.map((l) => `"${l}"`).join(' dan ');
    return {
      ok: false,
      berkas: masukan,
      kode: KODE_KELUAR.bentrok,
      pesan: bungkus(
        `${tampil}: lembar ${lembar} sudah ada dan bukan buatan LKIP Kinerja; laporan tidak ditulis. ` +
          'Bila lembar itu laporan LKIP sebelumnya (penanda tersembunyinya hilang, misalnya karena berkas disimpan oleh aplikasi lain), ' +
          'jalankan lagi dengan --timpa: lembar diganti di berkas hasil dan catatan reviewer di Verifikasi dipertahankan. ' +
          'Bila bukan, ganti nama lembar itu. Berkas masukan tidak diubah.',
        LEBAR_TERMINAL,
        '',
        '  ',
      ).join('\n'),
    };
  }
  if (hasil.status === 'ditolak' || !hasil.json) {
    const galat = masalahGalat(hasil);
    const rincian = (galat.length > 0 ? galat : hasil.masalah).flatMap((m) => teksMasalah(tampil, m)).join('\n');
    return {
      ok: false,
      berkas: masukan,
      kode: KODE_KELUAR.ditolak,
      pesan: `${tampil}: laporan tidak ditulis, isi buku kerja perlu diperbaiki:\n${rincian}`,
    };
  }
  const gagalTulis = (apa: string, e: unknown, tambahan = ''): HasilBerkas => ({
    ok: false,
    berkas: masukan,
    kode: KODE_KELUAR.berkas,
    pesan: `${tampil}: ${apa}: ${kalimat(e instanceof GalatBerkas ? e.message : pesanIndonesia(e))}${tambahan}`,
    sebab: e,
  });
  const folder = path.dirname(keluaran);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (e) {
    return gagalTulis(`folder hasil ${folder} tidak dapat dibuat`, e);
  }
  try {
    const tolak = await simpanTanpaMenimpaCatatan(port, keluaran, opsi.timpa);
    if (tolak !== null)
      return {
        ok: false,
        berkas: masukan,
        kode: KODE_KELUAR.keluaranAda,
        pesan: bungkus(`${tampil}: ${tolak}`, LEBAR_TERMINAL, '', '  ').join('\n'),
      };
  } catch (e) {
    // A failure reading the input's parts while they are copied is the input's (GalatBerkas naming it).
    if (e instanceof GalatBerkas && e.kode !== 'GAGAL_MENULIS') return gagalBerkas(masukan, e);
    return gagalTulis(`laporan tidak dapat ditulis ke ${keluaran}`, e instanceof GalatBerkas ? (e.cause ?? e) : e);
  }
  if (opsi.docx && hasil.bab3) {
    const docx = jalurDocx(keluaran);
    try {
      await tulisBab3Docx(docx, hasil.bab3);
    } catch (e) {
      return gagalTulis(`BAB III tidak dapat ditulis ke ${docx}`, e, ` Buku kerja hasil ${keluaran} sudah ditulis.`);
    }
  }
  return { ok: true, berkas: masukan, keluaran, hasil, json: hasil.json, catatan: deteksi.catatan };
}

/**
 * Save the report unless `keluaran` exists and holds something else (see keluaranLama.ts): returns the refusal's
 * message, or null once saved. An existing file costs one build of the output in memory, to compare it.
 */
async function simpanTanpaMenimpaCatatan(port: PortPaketXlsx, keluaran: string, timpa: boolean): Promise<string | null> {
  if ((await fs.lstat(keluaran).catch(() => null)) === null) {
    await port.simpan(keluaran);
    return null;
  }
  const data = await port.keData();
  const putusan = await putuskanKeluaran(keluaran, data, timpa);
  if (putusan.jenis === 'tolak') return putusan.pesan;
  await simpanAtomik(keluaran, (tulis) => tulis(Buffer.from(data)));
  return null;
}

/** Run the command line; returns the exit code. `io` defaults to the process's streams and folder. */
export async function utama(argv: readonly string[], ioSebagian: Partial<IoCli> = {}): Promise<number> {
  const mentah: IoCli = {
    tulisKeluaran: ioSebagian.tulisKeluaran ?? ((t) => process.stdout.write(t)),
    tulisGalat: ioSebagian.tulisGalat ?? ((t) => process.stderr.write(t)),
    cwd: ioSebagian.cwd ?? process.cwd(),
    galatTty: ioSebagian.galatTty ?? process.stderr.isTTY === true,
    waktu: ioSebagian.waktu ?? (() => Date.now()),
    debug: ioSebagian.debug ?? process.env.LKIP_DEBUG === '1',
  };
  // Everything printed passes through amanTerminal (cell text may carry ESC sequences); only the progress bar's
  // own carriage return and clear-line codes are written raw.
  const io: IoCli = {
    ...mentah,
    tulisKeluaran: (t) => mentah.tulisKeluaran(amanTerminal(t)),
    tulisGalat: (t) => mentah.tulisGalat(amanTerminal(t)),
  };
  let opsi: Opsi;
  let keluaran: string[];
  let masukan: string[];
  try {
    opsi = bacaArgumen(argv);
    if (opsi.bantuan) {
      io.tulisKeluaran(TEKS_PEMAKAIAN);
      return KODE_KELUAR.sukses;
    }
    masukan = opsi.masukan.length > 0 ? opsi.masukan.map((m) => path.resolve(io.cwd, m)) : [JALUR_CONTOH];
    keluaran = await tentukanKeluaran(masukan, opsi.out, io.cwd);
  } catch (e) {
    if (e instanceof GalatPemakaian) {
      io.tulisGalat(`${e.message}\n\n${TEKS_PEMAKAIAN}`);
      return KODE_KELUAR.pemakaian;
    }
    throw e;
  }

  const banyak = masukan.length > 1;
  const hasil: HasilBerkas[] = [];
  for (let i = 0; i < masukan.length; i++) {
    const m = masukan[i]!;
    if (banyak) io.tulisGalat(`[${i + 1}/${masukan.length}] ${path.basename(m)} …\n`);
    const tampilanKemajuan = buatTampilanKemajuan(mentah, amanTerminal(path.basename(m)));
    let h: HasilBerkas;
    try {
      h = await prosesSatu(m, keluaran[i]!, opsi, tampilanKemajuan.lapor);
    } catch (e) {
      h = gagalBerkas(m, e);
    } finally {
      tampilanKemajuan.selesai();
    }
    hasil.push(h);
    if (!h.ok) {
      io.tulisGalat(`${h.pesan}\n`);
      if (io.debug && h.sebab !== undefined) io.tulisGalat(`${rincianDebug(h.sebab)}\n`);
    } else {
      for (const c of h.catatan) io.tulisGalat(`${c}\n`);
      if (opsi.docx) io.tulisGalat(`BAB III ditulis ke ${amanTerminal(jalurDocx(h.keluaran))}\n`);
      for (const p of h.hasil.masalah.filter((x) => x.tingkat !== 'info'))
        io.tulisGalat(`${teksMasalah(path.basename(m), p).join('\n')}\n`);
      if (opsi.json) {
        if (!banyak) io.tulisGalat(`Laporan ditulis ke ${h.keluaran}\n`);
      } else {
        const teks = [
          ...(banyak ? [''] : []),
          ...tabelCapaian(h.json, h.hasil.ringkasan),
          ...teksRingkasan(h.json, h.hasil.ringkasan, h.keluaran),
          '',
        ];
        io.tulisKeluaran(`${teks.join('\n')}\n`);
      }
    }
  }

  if (opsi.json) {
    if (!banyak) {
      const h = hasil[0];
      if (h?.ok) io.tulisKeluaran(`${jsonAman(h.json)}\n`);
    } else {
      const larik = hasil.map((h) =>
        h.ok ? { berkas: h.berkas, keluaran: h.keluaran, ...h.json } : { berkas: h.berkas, galat: h.pesan },
      );
      io.tulisKeluaran(`${jsonAman(larik)}\n`);
    }
  }
  const gagal = hasil.filter((h): h is Extract<HasilBerkas, { ok: false }> => !h.ok);
  if (banyak) {
    io.tulisGalat(`Selesai: ${hasil.length - gagal.length} dari ${hasil.length} berkas berhasil.\n`);
  }
  // The worst (highest) code of the files that failed: a batch keeps going after a bad file.
  return gagal.reduce<number>((kode, h) => Math.max(kode, h.kode), KODE_KELUAR.sukses);
}

if (typeof require !== 'undefined' && require.main === module) {
  utama(process.argv.slice(2)).then(
    (kode) => {
      process.exitCode = kode;
    },
    (e: unknown) => {
      // A stack trace only on request (LKIP_DEBUG=1); otherwise one Indonesian line.
      const rinci = process.env.LKIP_DEBUG === '1' ? `${pesanIndonesia(e)}\n${rincianDebug(e)}` : pesanIndonesia(e);
      process.stderr.write(
        amanTerminal(`Galat tak terduga (laporkan ke pengembang; LKIP_DEBUG=1 menampilkan rinciannya): ${rinci}\n`),
      );
      process.exitCode = KODE_KELUAR.berkas;
    },
  );
}
