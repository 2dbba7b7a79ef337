/**
 * The "Narasi" sheet: one row per indicator with its stable ID, the figures the draft rests on ("Angka"), the
 * generated draft, and the columns an author writes in: "Narasi penulis" (the edited text that BAB III uses instead
 * of the draft) and "Angka saat disunting" (the figures the edit was written against).
 *
 * An author's text is never lost nor overwritten. The old sheet is read by the rule Verifikasi uses for reviewer
 * notes (barisBerId: header by titles, text by ID, duplicates joined, rows without ID kept), so a recalculation,
 * rows inserted in this sheet or indicators inserted in the input keep every text with its indicator. For an edited
 * row the figures it was written against are remembered: the "Angka" shown when the edit was first seen, kept in
 * "Angka saat disunting" from then on. When the indicator's figures differ from them, the row is marked and a
 * Verifikasi finding NARASI-ANGKA-BERUBAH:<indikator> (peringatan) asks the author to check the text; clearing
 * "Angka saat disunting" accepts the text for the new figures. An edited narrative whose indicator is gone stays at
 * the end, marked.
 */
import { denganCetakBerkepala, type IsiKakiHalaman } from './cetak';
import { selKosong } from '../core';
import { bacaBarisBerId } from './barisBerId';
import { alamatSel } from './buku/alamat';
import type { Temuan } from './hasil';
import { idTemuan } from './idTemuan';
import type { GayaSel, ModelLembar, NilaiSel } from './lembar';
import type { DrafNarasi } from './narasi/draf';
import { NAMA_LEMBAR_NARASI } from './namaLembar';
import { PenyusunLembar, WARNA, rentang } from './penyusun';

export { NAMA_LEMBAR_NARASI };
export const KOLOM_NARASI = [
  'ID',
  'No',
  'Indikator',
  'Angka',
  'Draf narasi',
  'Narasi penulis',
  'Angka saat disunting',
  'Keadaan',
] as const;
const K = Object.freeze({ id: 0, no: 1, indikator: 2, angka: 3, draf: 4, penulis: 5, dasar: 6, keadaan: 7 });
/** Code of the finding for an edited narrative whose figures changed. */
export const KODE_NARASI_BERUBAH = 'NARASI-ANGKA-BERUBAH';
/** Rows below the narratives where an author may still write when the sheet is protected. */
const BARIS_CADANGAN = 50;

export const KEADAAN_NARASI = Object.freeze({
  draf: 'draf',
  disunting: 'disunting',
  berubah: 'angka berubah: periksa teks',
  hilang: 'indikator sudah tidak ada',
});

/** One indicator's narrative after a run: the draft, and the author's text when there is one. */
export interface NarasiIndikator extends DrafNarasi {
  /** The author's edited text (what BAB III prints), or null. */
  readonly teksPenulis: string | null;
  /** The figures the edit was written against, or null without an edit. */
  readonly angkaSaatDisunting: string | null;
  /** The figures changed under the edited text (a NARASI-ANGKA-BERUBAH finding). */
  readonly angkaBerubah: boolean;
}

export interface HasilNarasi {
  readonly model: ModelLembar;
  readonly narasi: readonly NarasiIndikator[];
  readonly temuan: readonly Temuan[];
}

export interface OpsiNarasi {
  readonly subjudul?: string;
  /** Protect the sheet (no password) with the author's columns editable. Default true. */
  readonly lindungi?: boolean;
  /** The printed footer's instansi and year (cetak.ts); without it the footer holds the page only. */
  readonly kakiHalaman?: IsiKakiHalaman;
}

const teks = (v: NilaiSel | undefined): string | null => (v === undefined || selKosong(v) ? null : String(v));

/** An old row's author texts, by the shared rule. */
function bacaNarasiLama(nilai: readonly (readonly NilaiSel[])[] | null) {
  return bacaBarisBerId(nilai, {
    kolomId: KOLOM_NARASI[K.id],
    dijaga: [KOLOM_NARASI[K.penulis], KOLOM_NARASI[K.dasar]],
    lain: [KOLOM_NARASI[K.no], KOLOM_NARASI[K.indikator], KOLOM_NARASI[K.angka]],
  }).map((b) => ({
    id: b.id,
    no: b.nilai['no'] ?? null,
    indikator: b.nilai['indikator'] ?? null,
    angka: teks(b.nilai['angka']),
    penulis: teks(b.nilai['narasi penulis']),
    dasar: teks(b.nilai['angka saat disunting']),
  }));
}

type NarasiLama = ReturnType<typeof bacaNarasiLama>[number];

/** The draft joined with the old row's author text; the figures the edit rests on. */
function gabungNarasi(d: DrafNarasi, lama: NarasiLama | undefined): NarasiIndikator {
  const penulis = lama?.penulis ?? null;
  if (penulis === null) return { ...d, teksPenulis: null, angkaSaatDisunting: null, angkaBerubah: false };
  const dasar = lama?.dasar ?? lama?.angka ?? d.angka;
  return { ...d, teksPenulis: penulis, angkaSaatDisunting: dasar, angkaBerubah: dasar !== d.angka };
}

function temuanBerubah(n: NarasiIndikator, baris: number): Temuan {
  return {
    tingkat: 'peringatan',
    id: idTemuan(KODE_NARASI_BERUBAH, n.kunci),
    lembar: NAMA_LEMBAR_NARASI,
    alamat: alamatSel(baris, K.penulis),
    pesan:
      `Angka indikator ${n.no}. ${n.nama} berubah sejak narasinya disunting (saat disunting: ${n.angkaSaatDisunting ?? '-'}; ` +
      `kini: ${n.angka}). Teks penulis tidak diubah: periksa teksnya di lembar "${NAMA_LEMBAR_NARASI}", lalu kosongkan ` +
      'sel "Angka saat disunting" agar tanda ini hilang.',
  };
}

/** The Narasi sheet from the drafts and the old sheet's values; the findings of changed figures. Pure. */
export function susunLembarNarasi(
  draf: readonly DrafNarasi[],
  nilaiLembarLama: readonly (readonly NilaiSel[])[] | null,
  opsi: OpsiNarasi = {},
): HasilNarasi {
  const lama = bacaNarasiLama(nilaiLembarLama);
  const lamaPerId = new Map(lama.filter((c) => c.id !== null).map((c) => [c.id!, c]));
  const idKini = new Set(draf.map((d) => d.id));
  const narasi = draf.map((d) => gabungNarasi(d, lamaPerId.get(d.id)));
  const p = new PenyusunLembar();
  const lebar = KOLOM_NARASI.length;
  const judul = (t: string, gaya: GayaSel) => p.barisTeks(t, lebar, gaya);
  judul('NARASI CAPAIAN KINERJA (DRAF BAB III)', { ukuranHuruf: 14, tebal: true });
  if (opsi.subjudul) judul(opsi.subjudul, { tebal: true });
  judul(
    'Tulis atau tempel teks Anda di kolom "Narasi penulis"; BAB III memakai teks itu sebagai pengganti draf. Teks penulis ' +
      'dipertahankan setiap kali laporan dihitung ulang (dicocokkan dengan ID); bila angka indikatornya berubah, baris ' +
      'ditandai dan muncul temuan di lembar Verifikasi. Kosongkan "Angka saat disunting" setelah teks diperiksa.',
    { miring: true },
  );
  p.tambahBaris();
  const barisKepala = p.kepalaKolom(KOLOM_NARASI);

  const awal = p.barisBerikut;
  const temuan: Temuan[] = [];
  for (const n of narasi) {
    const keadaan =
      n.teksPenulis === null ? KEADAAN_NARASI.draf : n.angkaBerubah ? KEADAAN_NARASI.berubah : KEADAAN_NARASI.disunting;
    const r = p.tambahBaris([n.id, n.no, n.nama, n.angka, n.teks, n.teksPenulis, n.angkaSaatDisunting, keadaan]);
    if (n.angkaBerubah) {
      temuan.push(temuanBerubah(n, r));
      p.gaya(rentang(r, K.keadaan, 1, 1), { isi: WARNA.peringatan });
    }
  }
  const awalHilang = p.barisBerikut;
  for (const c of lama.filter((x) => x.id === null || !idKini.has(x.id))) {
    p.tambahBaris([c.id, c.no, c.indikator, c.angka, null, c.penulis, c.dasar, KEADAAN_NARASI.hilang]);
  }
  const akhir = p.barisBerikut;
  if (akhir > awalHilang) {
    p.gaya(rentang(awalHilang, 0, akhir - awalHilang, K.penulis), {
      isi: WARNA.tidakDiukur,
      miring: true,
      warnaTeks: WARNA.teksRedup,
    });
  }
  p.gaya(rentang(awal, 0, akhir - awal, lebar), { garis: true, bungkus: true, rataVertikal: 'atas' });
  const model = p.selesai(NAMA_LEMBAR_NARASI, {
    lebarKolom: [34, 5, 36, 36, 70, 70, 30, 16],
    bekukanBaris: barisKepala + 1,
    ...(opsi.lindungi === false
      ? {}
      : { proteksi: { dapatDiedit: [rentang(awal, K.penulis, akhir - awal + BARIS_CADANGAN, 2)] } }),
  });
  return { model: denganCetakBerkepala(model, barisKepala, opsi.kakiHalaman), narasi, temuan };
}
