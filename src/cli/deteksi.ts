/**
 * The runner's side of table detection (issue 16; the detector is src/report/deteksi, the rules for users
 * docs/deteksi.md). Called by laporan.ts before the report runs, on the opened input workbook:
 *
 * - The workbook has LKIP_ names (any scope): nothing to do, the report reads them (`--deteksi` is then
 *   ignored, with a note: existing names are never redefined).
 * - It has none: the used worksheets (every worksheet the add-in did not write) are read through the port,
 *   values and merged areas, at most BATAS_SEL_DETEKSI cells each, and handed to deteksiTabel.
 *   - without `--deteksi`: refused (exit 3), naming what was found ("ditemukan tabel kinerja di
 *     'PK 2021'!A4:H12 (6 indikator); jalankan lagi dengan --deteksi untuk memakainya"), nothing written;
 *   - with `--deteksi`: the proposed names are defined on the port (workbook scope), so the report reads them
 *     exactly as hand-made ones and the output workbook carries them; the ranges used are listed on stderr;
 *   - an ambiguity (two performance tables, two Target columns, two Tahun cells …) or no performance table:
 *     refused (exit 3) naming every candidate, with or without `--deteksi`. Nothing is guessed.
 *
 * Every message is Indonesian, each followed by its English line ("  (en) …").
 */
import { adalahNamaLkip } from '../report/buku';
import {
  BATAS_SEL_DETEKSI,
  deteksiTabel,
  jumlahBarisTabel,
  NAMA_DETEKSI,
  pesanLembarDilewati,
  uraikanTabel,
  type HasilDeteksi,
  type LembarDilewati,
  type LembarSumber,
  type TabelTerdeteksi,
  type UsulanNama,
} from '../report/deteksi';
import type { PortPaketXlsx } from './xlsx/portPaket';

/** What the runner does with a workbook after detection. */
export type HasilDeteksiCli =
  /** The workbook has LKIP_ names: run as usual; `catatan` holds a note for stderr (--deteksi ignored). */
  | { readonly jenis: 'bernama'; readonly catatan: readonly string[] }
  /** Refused (exit 3): the message names what was found and what to do. Nothing was changed. */
  | { readonly jenis: 'ditolak'; readonly pesan: string }
  /** --deteksi: these names were defined on the port; `catatan` lists the ranges used (for stderr). */
  | { readonly jenis: 'dipakai'; readonly nama: readonly UsulanNama[]; readonly catatan: readonly string[] };

const JENIS_EN = { kinerja: 'performance table', harga: 'price list', anggaran: 'budget table' } as const;
const SATUAN_EN = { kinerja: 'indicators', harga: 'items', anggaran: 'programmes' } as const;

/** "performance table in 'PK 2021'!A4:H12 (6 indicators)": uraikanTabel in English. */
export function uraikanTabelEn(t: TabelTerdeteksi): string {
  return `${JENIS_EN[t.jenis]} in ${t.rujukan} (${jumlahBarisTabel(t)} ${SATUAN_EN[t.jenis]})`;
}

/** The worksheets to scan: every sheet the add-in did not write (its report sheets are never input). */
export async function bacaLembarUntukDeteksi(
  port: PortPaketXlsx,
): Promise<{ lembar: LembarSumber[]; dilewati: LembarDilewati[] }> {
  const lembar: LembarSumber[] = [];
  const dilewati: LembarDilewati[] = [];
  for (const nama of port.daftarLembar()) {
    if ((await port.statusLembar(nama)) === 'milik_lkip') continue;
    const l = await port.bacaLembarDeteksi(nama, BATAS_SEL_DETEKSI);
    if (l === null) continue; // a chart sheet or a dialog sheet
    if ('terlaluBesar' in l) dilewati.push({ nama: l.nama, ...l.terlaluBesar });
    else lembar.push({ nama: l.nama, nilai: l.nilai, gabungan: l.gabungan });
  }
  return { lembar, dilewati };
}

/** Detection for one opened input workbook (see the module comment); defines the names only with `pakai`. */
export async function deteksiUntukLaporan(port: PortPaketXlsx, tampil: string, pakai: boolean): Promise<HasilDeteksiCli> {
  if (port.daftarNama().some((n) => adalahNamaLkip(n.nama))) {
    return {
      jenis: 'bernama',
      catatan: pakai
        ? [
            `${tampil}: buku kerja sudah memiliki nama LKIP_; --deteksi tidak dipakai (nama yang ada tidak pernah diganti).`,
            `  (en) the workbook already has LKIP_ names; --deteksi is not used (existing names are never replaced).`,
          ]
        : [],
    };
  }
  const { lembar, dilewati } = await bacaLembarUntukDeteksi(port);
  const hasil = deteksiTabel(lembar);
  const tolak = alasanTolak(hasil, tampil, dilewati);
  if (tolak !== null) return { jenis: 'ditolak', pesan: tolak };
  const dipakai = hasil.tabel.filter((t) => t.status === 'siap');
  if (!pakai) {
    const baris = [`${tampil}: buku kerja ini belum memiliki nama LKIP_; laporan tidak ditulis.`];
    for (const t of dipakai) {
      baris.push(`  ditemukan ${uraikanTabel(t)}; jalankan lagi dengan --deteksi untuk memakainya.`);
      baris.push(`  (en) found a ${uraikanTabelEn(t)}; run again with --deteksi to use it.`);
    }
    baris.push(...barisDilewati(dilewati));
    return { jenis: 'ditolak', pesan: baris.join('\n') };
  }
  for (const u of hasil.nama) await port.tetapkanNama(u.nama, u.lembar, u.alamatMutlak);
  return { jenis: 'dipakai', nama: hasil.nama, catatan: catatanDipakai(hasil, dipakai, tampil, dilewati) };
}

/** Why detection cannot give the report its names: an open choice, or no performance table. Null: it can. */
function alasanTolak(hasil: HasilDeteksi, tampil: string, dilewati: readonly LembarDilewati[]): string | null {
  if (hasil.ambiguitas.length > 0) {
    const baris = [
      `${tampil}: buku kerja ini belum memiliki nama LKIP_ dan tabelnya tidak dapat dipetakan tanpa pilihan Anda; laporan tidak ditulis.`,
    ];
    for (const a of hasil.ambiguitas) {
      baris.push(`  ${a.pesan}`);
      baris.push(
        `  (en) ambiguous ${a.nama}: ${a.pilihan.map((p) => p.label).join('; ')}. ` +
          'Choose in the task pane (Hubungkan Tabel) or define the LKIP_ names yourself, then run again.',
      );
    }
    baris.push(
      '  Pilih di panel (Hubungkan Tabel) atau tetapkan nama LKIP_ sendiri, lalu jalankan lagi. Tidak ada yang ditebak.',
    );
    baris.push(...barisDilewati(dilewati));
    return baris.join('\n');
  }
  if (hasil.nama.some((u) => u.nama === NAMA_DETEKSI.indikator)) return null;
  const baris = [
    `${tampil}: buku kerja ini belum memiliki nama LKIP_ dan tidak ada tabel kinerja (Indikator, Target, Realisasi) yang dikenali; laporan tidak ditulis.`,
    `  (en) the workbook has no LKIP_ names and no performance table (Indicator, Target, Realisasi) was recognised; no report written.`,
  ];
  for (const t of hasil.tabel) {
    const alasan = t.alasan.length > 0 ? `: ${t.alasan.join(' ')}` : '';
    baris.push(`  ditemukan ${uraikanTabel(t)}${alasan}`);
    baris.push(`  (en) found a ${uraikanTabelEn(t)}`);
  }
  baris.push(...barisDilewati(dilewati));
  baris.push('  Lihat docs/deteksi.md untuk kepala tabel yang dikenali, atau tetapkan nama LKIP_ sendiri (docs/kontrak.md).');
  return baris.join('\n');
}

function barisDilewati(dilewati: readonly LembarDilewati[]): string[] {
  return dilewati.flatMap((l) => [
    `  ${pesanLembarDilewati(l)}`,
    `  (en) sheet "${l.nama}" was not scanned: its used area is larger than ${BATAS_SEL_DETEKSI} cells.`,
  ]);
}

/** The ranges used, table by table, then the settings, the detector's notes and the skipped sheets. */
function catatanDipakai(
  hasil: HasilDeteksi,
  dipakai: readonly TabelTerdeteksi[],
  tampil: string,
  dilewati: readonly LembarDilewati[],
): string[] {
  const baris = [
    `${tampil}: tanpa nama LKIP_; memakai tabel yang dideteksi (--deteksi). Nama ini ditulis ke berkas hasil:`,
    `  (en) no LKIP_ names; using the detected tables (--deteksi). These names are written into the output:`,
  ];
  for (const t of dipakai) {
    baris.push(`  memakai ${uraikanTabel(t)} / (en) using a ${uraikanTabelEn(t)}`);
    for (const u of t.nama) baris.push(`    ${u.nama} = ${u.rujukan}`);
    for (const c of t.catatan) baris.push(`    catatan: ${c}`);
  }
  for (const u of hasil.nama.filter((x) => x.tabel === null)) baris.push(`  ${u.nama} = ${u.rujukan}`);
  for (const t of hasil.tabel.filter((x) => x.status === 'tidak_terpetakan')) {
    baris.push(`  tidak dipakai: ${uraikanTabel(t)}: ${t.alasan.join(' ')}`);
    baris.push(`  (en) not used: ${uraikanTabelEn(t)}`);
  }
  baris.push(...barisDilewati(dilewati));
  return baris;
}
