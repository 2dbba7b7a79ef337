/**
 * What the runner prints: the Capaian table and the summary, readable in a 60-column terminal
 * (each indicator on a wrapped name line, then its figures in fixed columns), and problems with
 * file, name and cell. Pure text; no I/O.
 */
import { Desimal, formatTerbit } from '../core';
import type { LaporanJson, Temuan, Ringkasan } from '../report/hasil';
import { kutipLembar } from '../report/buku/alamat';
import { LABEL_TAHAP, type TahapKemajuan } from '../report/kemajuan';

/** Width the runner's output fits in. */
export const LEBAR_TERMINAL = 60;

/** Wrap text at spaces to `lebar` columns; continuation lines get `indentLanjut`. Long words are cut. */
export function bungkus(teks: string, lebar: number = LEBAR_TERMINAL, indentAwal = '', indentLanjut = indentAwal): string[] {
  const baris: string[] = [];
  let kini = indentAwal;
  let kosong = true;
  const ruang = (indent: string) => Math.max(10, lebar - indent.length);
  for (let kata of teks.split(/\s+/).filter((k) => k !== '')) {
    for (;;) {
      const tambah = (kosong ? '' : ' ') + kata;
      if (kini.length + tambah.length <= lebar) {
        kini += tambah;
        kosong = false;
        break;
      }
      if (kosong) {
        // a word longer than the line: cut it
        const muat = ruang(kini);
        kini += kata.slice(0, muat);
        kata = kata.slice(muat);
        baris.push(kini);
        kini = indentLanjut;
        if (kata === '') break;
        continue;
      }
      baris.push(kini);
      kini = indentLanjut;
      kosong = true;
    }
  }
  if (!kosong || baris.length === 0) baris.push(kini);
  return baris.map((b) => b.trimEnd());
}

function angka(nilai: number | null): string {
  return nilai === null ? '—' : formatTerbit(new Desimal(nilai));
}

function teksTarget(target: number | string | null): string {
  if (target === null) return '—';
  return typeof target === 'number' ? angka(target) : target;
}

const kanan = (teks: string, lebar: number) => teks.padStart(lebar);

/** Figures line of one indicator: Target, Realisasi, Capaian, Kategori in fixed columns (≤ 60 characters). */
function barisAngka(target: string, realisasi: string, capaian: string, kategori: string): string {
  return `    ${kanan(target, 9)}  ${kanan(realisasi, 9)}  ${kanan(capaian, 9)}  ${kategori}`.trimEnd();
}

/** The Capaian table (the report's Tabel "Capaian Kinerja Tahun n") as terminal lines. */
export function tabelCapaian(json: LaporanJson, ringkasan: Ringkasan | null, lebar: number = LEBAR_TERMINAL): string[] {
  const garis = '─'.repeat(lebar);
  const keluar: string[] = [];
  tambahSemua(keluar, bungkus(`Capaian Kinerja Tahun ${json.tahun ?? '(tahun belum diisi)'}`, lebar));
  if (json.instansi) tambahSemua(keluar, bungkus(json.instansi, lebar));
  keluar.push(garis);
  keluar.push('No  Indikator Kinerja (satuan)');
  keluar.push(barisAngka('Target', 'Realisasi', 'Capaian', 'Kategori'));
  keluar.push(garis);
  for (const ind of json.indikator) {
    const no = `${ind.no}.`.padEnd(4);
    const nama = ind.satuan ? `${ind.nama} (${ind.satuan})` : ind.nama;
    tambahSemua(keluar, bungkus(nama, lebar, no, '    '));
    const capaian = ind.capaian === null ? '—' : `${angka(ind.capaian)} %`;
    keluar.push(barisAngka(teksTarget(ind.target), angka(ind.realisasi), capaian, ind.kategori ?? 'tidak diukur'));
  }
  keluar.push(garis);
  const diukur = ringkasan ? ` (${ringkasan.jumlahDiukur} dari ${ringkasan.jumlahIndikator} indikator)` : '';
  tambahSemua(keluar, bungkus(`RATA-RATA CAPAIAN${diukur}`, lebar));
  const rata = json.rata_rata_capaian === null ? '—' : `${angka(json.rata_rata_capaian)} %`;
  keluar.push(barisAngka('', '', rata, json.kategori ?? 'tidak ada indikator yang diukur'));
  keluar.push(garis);
  return keluar;
}

function rupiah(nilai: number): string {
  return `Rp ${formatTerbit(new Desimal(nilai))}`;
}

/** Summary lines: rata-rata and category, price rise, serapan, findings, where the report went. */
export function teksRingkasan(
  json: LaporanJson,
  ringkasan: Ringkasan | null,
  keluaran: string | null,
  lebar = LEBAR_TERMINAL,
): string[] {
  const keluar: string[] = [];
  const kolomIsi = ' '.repeat(20);
  const baris = (label: string, isi: string) => tambahSemua(keluar, bungkus(isi, lebar, `${label.padEnd(18)}: `, kolomIsi));
  if (json.rata_rata_capaian !== null) {
    baris('Rata-rata capaian', `${angka(json.rata_rata_capaian)} % — ${json.kategori ?? ''}`.trim());
  } else {
    baris('Rata-rata capaian', 'tidak ada indikator yang diukur');
  }
  if (json.kenaikan_harga_gabungan !== null) {
    const capaian = ringkasan?.capaianKenaikanHarga ? ` → capaian ${ringkasan.capaianKenaikanHarga}` : '';
    baris('Kenaikan harga', `${angka(json.kenaikan_harga_gabungan)} %${capaian}`);
    const grup = json.harga.map((h) => `${h.grup} ${h.rata_rata === null ? '—' : `${angka(h.rata_rata)} %`}`).join('; ');
    if (grup !== '') tambahSemua(keluar, bungkus(`(${grup})`, lebar, kolomIsi));
  }
  if (json.anggaran) {
    const persen = json.anggaran.serapan === null ? 'tidak ada pagu' : `${angka(json.anggaran.serapan)} %`;
    baris('Serapan anggaran', `${persen} (${rupiah(json.anggaran.realisasi)} dari ${rupiah(json.anggaran.pagu)})`);
  }
  if (ringkasan) {
    const t = ringkasan.temuan;
    baris('Temuan verifikasi', `${t.galat} galat, ${t.peringatan} peringatan, ${t.info} info (lembar Verifikasi)`);
  }
  // The path on a line of its own, never wrapped, so it can be copied.
  if (keluaran !== null) keluar.push('Laporan ditulis ke:', `  ${keluaran}`);
  return keluar;
}

/** Where a problem is: "LKIP_Target baris 3, 'Data LKIP'!E29". */
export function lokasiMasalah(m: Temuan): string {
  const bagian: string[] = [];
  if (m.nama) bagian.push(m.baris !== undefined ? `${m.nama} baris ${m.baris}` : m.nama);
  if (m.lembar && m.alamat) bagian.push(`sel ${kutipLembar(m.lembar)}!${m.alamat}`);
  else if (m.alamat) bagian.push(`sel ${m.alamat}`);
  return bagian.join(', ');
}

/** One problem as wrapped lines: "berkas.xlsx: galat — LKIP_Target baris 3, sel 'Data LKIP'!E29: pesan". */
export function teksMasalah(berkas: string, m: Temuan, lebar = LEBAR_TERMINAL): string[] {
  const lokasi = lokasiMasalah(m);
  return bungkus(`${berkas}: ${m.tingkat}${lokasi ? ` — ${lokasi}` : ''}: ${m.pesan}`, lebar, '', '  ');
}

// ---------------------------------------------------------------------------------------------
// Progress of long work (stderr)

/** "membaca harga harian" → "Membaca harga harian" (the stages and their labels: report/kemajuan.ts). */
export function labelTahap(tahap: TahapKemajuan): string {
  return LABEL_TAHAP[tahap];
}

/** Characters of the bar between its brackets. */
const LEBAR_BATANG = 16;

/**
 * One progress-bar line for a terminal (no line break), at most `lebar` characters:
 * "Membaca harga harian [██████░░░░░░░░░░]  40% 8/20".
 */
export function batangKemajuan(tahap: TahapKemajuan, selesai: number, total: number, lebar: number = LEBAR_TERMINAL): string {
  const bagian = total > 0 ? Math.min(Math.max(selesai / total, 0), 1) : 0;
  const isi = Math.round(bagian * LEBAR_BATANG);
  const batang = `[${'█'.repeat(isi)}${'░'.repeat(LEBAR_BATANG - isi)}]`;
  const ekor = ` ${batang} ${`${Math.floor(bagian * 100)}%`.padStart(4)} ${selesai}/${total}`;
  const ruang = Math.max(0, lebar - ekor.length);
  const label = labelTahap(tahap);
  return `${label.length > ruang ? `${label.slice(0, Math.max(0, ruang - 1))}…` : label.padEnd(ruang)}${ekor}`.slice(0, lebar);
}

/** One plain progress line (for logs, when stderr is not a terminal): "kantor.xlsx: Membaca harga harian 8 dari 20 bagian". */
export function barisKemajuan(berkas: string, tahap: TahapKemajuan, selesai: number, total: number): string {
  return `${berkas}: ${labelTahap(tahap)} ${selesai} dari ${total} bagian`;
}

/**
 * Text safe for a terminal: C0 controls (but line feed and tab), DEL and C1 controls (U+0080–U+009F, CSI and OSC
 * included) are made visible instead of acted upon — "␛" for ESC and the Control Pictures for the other C0
 * codes, "⟨U+009B⟩" for C1 — so cell text (a decoded _x001B_) cannot set a window title, clear the screen or
 * plant a hyperlink. Only what is printed passes through this; files written keep the text as it is.
 */
export function amanTerminal(teks: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return teks.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const kode = c.charCodeAt(0);
    if (kode < 0x20) return String.fromCharCode(0x2400 + kode);
    if (kode === 0x7f) return '\u2421';
    return `⟨U+${kode.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

/**
 * JSON text whose DEL and C1 characters are written as \u escapes (JSON.stringify escapes only C0): the same
 * data for a JSON reader, nothing a terminal acts upon.
 */
export function jsonAman(nilai: unknown): string {
  return JSON.stringify(nilai, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Append every line, one push each: a wrapped text can be tens of thousands of lines (never spread into a call). */
function tambahSemua(keluar: string[], baris: readonly string[]): number {
  for (const b of baris) keluar.push(b);
  return keluar.length;
}
