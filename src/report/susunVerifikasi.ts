/**
 * The "Verifikasi" sheet: one row per finding (ID, Tingkat, Lokasi, Pesan) and two reviewer columns
 * (Status, Catatan reviewer). Reviewer text is never lost:
 * - before writing, the old sheet's values are read; the header row is found by its titles (so rows
 *   or columns inserted by a reviewer do not matter) and reviewer text is matched by ID, not by row;
 * - a finding that no longer occurs but carries reviewer text stays, marked "Sudah tidak muncul";
 * - reviewer text on a row without an ID is kept too, at the end.
 * Protection (no password) leaves only the reviewer columns editable.
 */
import { selKosong } from '../core';
import { denganCetakBerkepala, type IsiKakiHalaman } from './cetak';
import type { Temuan, Tingkat } from './hasil';
import { bacaBarisBerId } from './barisBerId';
import { kutipLembar } from './buku/alamat';
import type { GayaSel, ModelLembar, NilaiSel } from './lembar';
import { NAMA_LEMBAR_VERIFIKASI } from './namaLembar';
import { PenyusunLembar, WARNA, rentang } from './penyusun';

export { NAMA_LEMBAR_VERIFIKASI };
export const KOLOM_VERIFIKASI = ['ID', 'Tingkat', 'Lokasi', 'Pesan', 'Status', 'Catatan reviewer'] as const;
/** Prefix of the message of a finding that no longer occurs (stripped again when the sheet is read back). */
export const AWALAN_TIDAK_MUNCUL = 'Sudah tidak muncul pada perhitungan terakhir. Pesan sebelumnya: ';
/** ID of the single row written when there is no finding, so a note on it is kept too. */
export const ID_TANPA_TEMUAN = 'TIDAK-ADA-TEMUAN';
/** Rows below the findings where reviewers may still write when the sheet is protected. */
const BARIS_CADANGAN_REVIEWER = 200;

export interface CatatanReviewer {
  /** null for reviewer text on a row without an ID. */
  readonly id: string | null;
  readonly tingkat: NilaiSel;
  readonly lokasi: NilaiSel;
  readonly pesan: NilaiSel;
  readonly status: NilaiSel;
  readonly catatan: NilaiSel;
}

export interface OpsiVerifikasi {
  /** Second title line, e.g. the instansi and year. */
  readonly subjudul?: string;
  /** Protect the sheet (no password) with the reviewer columns editable. Default true. */
  readonly lindungi?: boolean;
  /** The printed footer's instansi and year (cetak.ts); without it the footer holds the page only. */
  readonly kakiHalaman?: IsiKakiHalaman;
}

/** "Input!D7 (LKIP_Realisasi baris 3)" */
export function lokasiTemuan(m: Temuan): string {
  const sel = m.lembar && m.alamat ? `${kutipLembar(m.lembar)}!${m.alamat}` : null;
  const nama = m.nama ? `${m.nama}${m.baris !== undefined ? ` baris ${m.baris}` : ''}` : null;
  if (sel && nama) return `${sel} (${nama})`;
  return sel ?? nama ?? '';
}

/** Reviewer text of an old Verifikasi sheet, by ID (first occurrence's order): the shared rule of barisBerId. */
export function bacaCatatanReviewer(nilai: readonly (readonly NilaiSel[])[] | null | undefined): CatatanReviewer[] {
  const baris = bacaBarisBerId(nilai, {
    kolomId: KOLOM_VERIFIKASI[0],
    dijaga: ['Catatan reviewer', 'Status'],
    lain: ['Tingkat', 'Lokasi', 'Pesan'],
  });
  return baris.map(({ id, nilai: n }) => {
    let pesan = n['pesan'] ?? null;
    if (typeof pesan === 'string' && pesan.startsWith(AWALAN_TIDAK_MUNCUL)) pesan = pesan.slice(AWALAN_TIDAK_MUNCUL.length);
    return {
      id,
      tingkat: n['tingkat'] ?? null,
      lokasi: n['lokasi'] ?? null,
      pesan,
      status: n['status'] ?? null,
      catatan: n['catatan reviewer'] ?? null,
    };
  });
}

const WARNA_TINGKAT: Record<Tingkat, string> = { galat: WARNA.galat, peringatan: WARNA.peringatan, info: WARNA.info };

export function susunLembarVerifikasi(
  temuan: readonly Temuan[],
  nilaiLembarLama: readonly (readonly NilaiSel[])[] | null,
  opsi: OpsiVerifikasi = {},
): ModelLembar {
  const lama = bacaCatatanReviewer(nilaiLembarLama);
  const lamaPerId = new Map(lama.filter((c) => c.id !== null).map((c) => [c.id!, c]));
  const barisTemuan =
    temuan.length > 0
      ? temuan.map((m, i) => ({
          id: m.id ?? `TEMUAN-${i + 1}`,
          tingkat: m.tingkat as Tingkat | null,
          lokasi: lokasiTemuan(m),
          pesan: m.pesan,
        }))
      : [{ id: ID_TANPA_TEMUAN, tingkat: null, lokasi: '', pesan: 'Tidak ada temuan.' }];
  const idKini = new Set(barisTemuan.map((b) => b.id));
  const tidakMuncul = lama.filter((c) => c.id !== null && !idKini.has(c.id));
  const tanpaId = lama.filter((c) => c.id === null);

  const hitung = (t: Tingkat) => temuan.filter((m) => m.tingkat === t).length;
  const p = new PenyusunLembar();
  const lebar = KOLOM_VERIFIKASI.length;
  const judul = (teks: string, gaya: GayaSel) => p.barisTeks(teks, lebar, gaya);
  judul('VERIFIKASI LAPORAN LKIP', { ukuranHuruf: 14, tebal: true });
  if (opsi.subjudul) judul(opsi.subjudul, { tebal: true });
  judul(
    `Galat: ${hitung('galat')} · Peringatan: ${hitung('peringatan')} · Info: ${hitung('info')} · Sudah tidak muncul: ${tidakMuncul.length}`,
    {},
  );
  judul(
    'Kolom Status (misalnya "OK", "Perlu perbaikan") dan Catatan reviewer boleh diisi; isinya dipertahankan setiap kali laporan dihitung ulang (dicocokkan dengan ID).',
    { miring: true },
  );
  p.tambahBaris();

  const barisKepala = p.kepalaKolom(KOLOM_VERIFIKASI);

  const awal = p.barisBerikut;
  for (const b of barisTemuan) {
    const c = lamaPerId.get(b.id);
    const r = p.tambahBaris([b.id, b.tingkat, b.lokasi, b.pesan, c?.status ?? null, c?.catatan ?? null]);
    if (b.tingkat) p.gaya(rentang(r, 1, 1, 1), { isi: WARNA_TINGKAT[b.tingkat] });
  }
  const awalTidakMuncul = p.barisBerikut;
  for (const c of tidakMuncul) {
    p.tambahBaris([
      c.id,
      c.tingkat,
      c.lokasi,
      `${AWALAN_TIDAK_MUNCUL}${selKosong(c.pesan) ? '-' : String(c.pesan)}`,
      c.status,
      c.catatan,
    ]);
  }
  for (const c of tanpaId) p.tambahBaris([null, c.tingkat, c.lokasi, c.pesan, c.status, c.catatan]);
  const akhir = p.barisBerikut;
  if (akhir > awalTidakMuncul) {
    p.gaya(rentang(awalTidakMuncul, 0, akhir - awalTidakMuncul, 4), {
      isi: WARNA.tidakDiukur,
      miring: true,
      warnaTeks: WARNA.teksRedup,
    });
  }
  p.gaya(rentang(awal, 0, akhir - awal, lebar), { garis: true, bungkus: true, rataVertikal: 'atas' });

  const model = p.selesai(NAMA_LEMBAR_VERIFIKASI, {
    lebarKolom: [36, 12, 34, 80, 18, 48],
    bekukanBaris: barisKepala + 1,
    ...(opsi.lindungi === false
      ? {}
      : { proteksi: { dapatDiedit: [rentang(awal, 4, akhir - awal + BARIS_CADANGAN_REVIEWER, 2)] } }),
  });
  return denganCetakBerkepala(model, barisKepala, opsi.kakiHalaman);
}
