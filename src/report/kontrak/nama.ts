/**
 * The workbook's names sorted into the contract's rows (./daftar), and the checks that look at names alone:
 * names that cannot be read, names that look like ours but are not in the contract, inputs on a sheet the
 * report rewrites, required names that are missing, ranges of the wrong shape, and the status list the task
 * pane shows. Each is a loop over the contract's rows; none knows a name by heart.
 */
import type { Temuan, StatusNama } from '../hasil';
import { slug } from '../idTemuan';
import { NAMA_LEMBAR_LAPORAN, NAMA_LEMBAR_NARASI, NAMA_LEMBAR_VERIFIKASI } from '../namaLembar';
import type { NamaTidakTerbaca, RentangBernama } from '../port';
import { DAFTAR_NAMA, KOLOM_INDIKATOR, TABEL_MASUKAN, adalahAwalan, jenisDari, type JenisNama } from './daftar';
import type { GrupHargaGanda } from './jenis';
import { bandingkanPosisi, labelGrup, temuanRentang, rujukanRentang } from './rentang';

/** The workbook's ranges by contract row. */
export class NamaTerpilah {
  /** Every range of a row, by position; for an exact name at most one (of two spellings, the last read). */
  private readonly semua = new Map<JenisNama, RentangBernama[]>();
  /** The ranges used: `semua` minus those another kind replaces. */
  private readonly pakai = new Map<JenisNama, RentangBernama[]>();
  /** Ranges left out because a range of another kind has the same label (LKIP_Harga_X and LKIP_HargaHarian_X). */
  readonly ganda: GrupHargaGanda[] = [];
  /** Ranges of no row (typos such as LKIP_Targte), by position. */
  readonly tidakDikenal: RentangBernama[] = [];

  constructor(rentang: readonly RentangBernama[]) {
    for (const r of [...rentang].sort(bandingkanPosisi)) {
      const j = jenisDari(r.nama);
      if (!j) this.tidakDikenal.push(r);
      else if (adalahAwalan(j)) this.semua.set(j, [...(this.semua.get(j) ?? []), r]);
    }
    // An exact name: the last range read under it (names differing only in case are one name to Excel).
    for (const r of rentang) {
      const j = jenisDari(r.nama);
      if (j && !adalahAwalan(j)) this.semua.set(j, [r]);
    }
    for (const j of DAFTAR_NAMA) this.pakai.set(j, this.tanpaGanda(j));
  }

  /** A range of a row that another kind replaces is left out (and recorded in `ganda`). */
  private tanpaGanda(j: JenisNama): RentangBernama[] {
    const semua = this.rentang(j);
    if (j.jenis !== 'tabel' || j.digantiOleh === undefined) return semua;
    const pengganti = j.digantiOleh();
    const labelPengganti = new Map(this.rentang(pengganti).map((r) => [slug(labelGrup(r.nama, pengganti.nama)), r]));
    return semua.filter((r) => {
      const label = labelGrup(r.nama, j.nama);
      const dipakai = labelPengganti.get(slug(label));
      if (dipakai) this.ganda.push({ label, diabaikan: r, dipakai: dipakai.nama });
      return !dipakai;
    });
  }

  /** Every range of a row, by position (status, unreadable checks). */
  rentang(j: JenisNama): RentangBernama[] {
    return this.semua.get(j) ?? [];
  }

  /** The ranges of a row that the report uses, by position. */
  dipakai(j: JenisNama): RentangBernama[] {
    return this.pakai.get(j) ?? [];
  }

  /** The one range of an exact name, if the workbook has it. */
  satu(j: JenisNama): RentangBernama | undefined {
    return this.dipakai(j)[0];
  }

  get adaHargaHarian(): boolean {
    return this.rentang(TABEL_MASUKAN.hargaHarian).length > 0;
  }
}

/**
 * Names that exist but cannot be read as a range: a galat when the name is in the contract, else a warning.
 * A name left out because the report does not need it (NamaTidakTerbaca.diabaikan) is a warning.
 */
export function periksaTidakTerbaca(tidakTerbaca: readonly NamaTidakTerbaca[]): Temuan[] {
  return [...tidakTerbaca]
    .sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0))
    .map((t) =>
      t.diabaikan
        ? { tingkat: 'peringatan', nama: t.nama, pesan: `Nama ${t.nama} (${t.rujukan}) diabaikan: ${t.alasan}.` }
        : {
            tingkat: jenisDari(t.nama) ? 'galat' : 'peringatan',
            nama: t.nama,
            pesan: `Nama ${t.nama} (${t.rujukan}) tidak dapat dibaca sebagai rentang: ${t.alasan}.`,
          },
    );
}

/** Names that look like ours but are not in the contract (typos such as LKIP_Targte): ignored, with a warning. */
export function periksaTidakDikenal(nama: NamaTerpilah): Temuan[] {
  const contoh = `${KOLOM_INDIKATOR.target.nama}, ${KOLOM_INDIKATOR.realisasi.nama}`;
  return nama.tidakDikenal.map((r) =>
    temuanRentang(
      'peringatan',
      r,
      `Nama ${r.nama} tidak dikenal dalam kontrak LKIP dan diabaikan. Periksa ejaannya (misalnya ${contoh}).`,
    ),
  );
}

/** Inputs on a sheet the report rewrites would be destroyed by the next run. */
export function periksaLembarLaporan(rentang: readonly RentangBernama[]): Temuan[] {
  const masalah: Temuan[] = [];
  for (const r of [...rentang].sort(bandingkanPosisi)) {
    const lembar = [NAMA_LEMBAR_LAPORAN, NAMA_LEMBAR_VERIFIKASI, NAMA_LEMBAR_NARASI].find(
      (n) => n.toLowerCase() === r.lembar.toLowerCase(),
    );
    if (lembar) {
      masalah.push(
        temuanRentang(
          'galat',
          r,
          `${r.nama} berada di lembar "${lembar}", yang ditulis ulang oleh laporan: isinya akan hilang. Pindahkan data ini ke lembar lain (atau ganti nama lembarnya) lalu hitung ulang.`,
        ),
      );
    }
  }
  return masalah;
}

/** Required names that are missing (a name that exists but cannot be read is reported once, as unreadable). */
export function periksaWajib(nama: NamaTerpilah, tidakTerbaca: readonly NamaTidakTerbaca[]): Temuan[] {
  const rusak = new Set(tidakTerbaca.map((t) => t.nama.toLowerCase()));
  return DAFTAR_NAMA.filter((j) => j.wajib && nama.rentang(j).length === 0 && !rusak.has(j.nama.toLowerCase())).map((j) => ({
    tingkat: 'galat',
    nama: j.nama,
    pesan: `Nama ${j.nama} tidak ditemukan di buku kerja. Buat rentang bernama ${j.nama}${j.bentuk.uraian ? ` (${j.bentuk.uraian})` : ''}; tanpa nama ini laporan tidak ditulis.`,
  }));
}

/** Every range used of the rows of one kind against its row's shape. */
export function periksaBentuk(nama: NamaTerpilah, jenis: JenisNama['jenis']): Temuan[] {
  const masalah: Temuan[] = [];
  for (const j of DAFTAR_NAMA.filter((x) => x.jenis === jenis)) {
    for (const r of nama.dipakai(j)) {
      const pesan = j.bentuk.periksa(r);
      if (pesan !== null) masalah.push(temuanRentang('galat', r, pesan));
    }
  }
  return masalah;
}

/** The task pane's list: every row found (with its rows and reference), or missing when the row is shown missing. */
export function daftarStatus(nama: NamaTerpilah): StatusNama[] {
  const status: StatusNama[] = [];
  for (const j of DAFTAR_NAMA) {
    const rentang = nama.rentang(j);
    for (const r of rentang) {
      status.push({ nama: r.nama, wajib: j.wajib, ada: true, jumlahBaris: r.nilai.length, rujukan: rujukanRentang(r) });
    }
    const tampil = j.tampilBilaTidakAda?.(nama.adaHargaHarian) ?? !adalahAwalan(j);
    if (rentang.length === 0 && tampil) {
      status.push({ nama: adalahAwalan(j) ? `${j.nama}…` : j.nama, wajib: j.wajib, ada: false });
    }
  }
  return status;
}
