/**
 * The "Laporan LKIP" sheet as the tables see it: a PenyusunLembar with the layout rules every table shares.
 *
 * The capaian table's columns decide the sheet's width: column K (the last) is always "Keterangan", and a
 * narrower table merges its Keterangan cell from its own last data column up to K, so every table's derivations
 * line up in one wide, wrapped column. A table may ask for wider columns (perlebar); the widest ask wins.
 *
 * A table is drawn with: judul (a caption over the whole width), kepala (the header row), barisData (a data row
 * with its Keterangan), badanTabel (borders and alignment of the data rows), kaki (a footer row such as
 * "Rata-rata" or "Jumlah"), catatan (a note under the table).
 */
import type { Desimal } from '../../core';
import { AWALAN_NAMA_GRAFIK, type GrafikLembar, type Rentang, type SeriGrafik } from '../lembar';
import { FORMAT_PERSEN, PenyusunLembar, WARNA, rentang, type IsiSel } from '../penyusun';

/** A number cell with its format; blank when null. */
export const angka = (d: Desimal | null, format: string): IsiSel => (d === null ? null : { nilai: d.toNumber(), format });
/** Percentage points ("88,64 %"); blank when null. */
export const persen = (d: Desimal | null): IsiSel => angka(d, FORMAT_PERSEN);

interface GayaJudul {
  readonly ukuranHuruf?: number;
  readonly tebal?: boolean;
  readonly miring?: boolean;
}

export interface DataGrafik {
  readonly label: Rentang;
  readonly seri: readonly SeriGrafik[];
  readonly tumpangTindih: boolean;
}

/** Columns a chart spans (A…G): the capaian table's columns up to Kategori. */
export const KOLOM_GRAFIK = 7;

export class LembarLaporan {
  readonly p = new PenyusunLembar();
  /** Index of the Keterangan column (the last). */
  readonly K: number;
  /** Columns of the sheet (K + 1). */
  readonly lebarTabel: number;
  /** Column widths: the capaian table's, widened by what other tables ask (perlebar). */
  readonly lebarKolom: number[];
  /** "Tahun 2021" / "Tahun 2020" (or "Tahun Ini" / "Tahun Lalu" without LKIP_Tahun). */
  readonly tahunIni: string;
  readonly tahunLalu: string;
  /** First row of each block (a table or a chart with its caption): where a page break may fall (cetak.ts). */
  readonly awalBlok: number[] = [];
  /** The sheet's charts, in order. */
  readonly grafik: GrafikLembar[] = [];

  /** `lebarData`: widths of the capaian table's columns before Keterangan (their count is K). */
  constructor(lebarData: readonly number[], tahun: number | null) {
    this.K = lebarData.length;
    this.lebarTabel = this.K + 1;
    this.lebarKolom = [...lebarData, 64];
    this.tahunIni = tahun === null ? 'Tahun Ini' : `Tahun ${tahun}`;
    this.tahunLalu = tahun === null ? 'Tahun Lalu' : `Tahun ${tahun - 1}`;
  }

  /** Widen the data columns to at least these widths (never the Keterangan column). */
  perlebar(preferensi: readonly number[]): void {
    preferensi.forEach((l, i) => {
      if (i < this.K) this.lebarKolom[i] = Math.max(this.lebarKolom[i] ?? 0, l);
    });
  }

  /** A caption over the whole width. */
  judul(teks: string, gaya: GayaJudul = {}): number {
    const b = this.p.tambahBaris([teks]);
    this.p.gabung(rentang(b, 0, 1, this.lebarTabel));
    this.p.gaya(rentang(b, 0, 1, this.lebarTabel), { ...gaya, rataVertikal: 'tengah' });
    return b;
  }

  /** A table's (or chart's) caption (12 pt, bold): it starts a block, kept on one page when it fits. */
  judulTabel(teks: string): number {
    this.awalBlok.push(this.p.barisBerikut);
    return this.judul(teks, { ukuranHuruf: 12, tebal: true });
  }

  /**
   * A chart under its caption: blank rows for it to lie over (about 1,5 rows a bar), over the columns before
   * Satuan's right neighbours (A…G), its categories and series in cells of this sheet.
   */
  grafikBatang(
    judul: string,
    jumlahKategori: number,
    /** Where the data lies; `barisSesudah` = the first row after the chart's rows (for data drawn under it). */
    data: (barisSesudah: number) => DataGrafik,
  ): void {
    this.judulTabel(judul);
    const tinggi = Math.min(60, Math.max(14, Math.ceil(jumlahKategori * 1.5) + 6));
    const awal = this.p.barisBerikut;
    for (let i = 0; i < tinggi; i++) this.p.tambahBaris();
    const { label, seri, tumpangTindih } = data(this.p.barisBerikut);
    this.grafik.push({
      nama: `${AWALAN_NAMA_GRAFIK} ${this.grafik.length + 1}`,
      judul,
      letak: rentang(awal, 0, tinggi, KOLOM_GRAFIK),
      label,
      seri,
      formatSumbu: '0" %"',
      tumpangTindih,
    });
  }

  /** The header row; its last cell (Keterangan) is merged up to column K. */
  kepala(teks: readonly (string | null)[]): number {
    const b = this.p.tambahBaris(teks);
    const sisa = teks.length - 1;
    if (sisa < this.K) this.p.gabung(rentang(b, sisa, 1, this.K - sisa + 1));
    this.p.gaya(rentang(b, 0, 1, this.lebarTabel), {
      tebal: true,
      isi: WARNA.kepala,
      garis: true,
      bungkus: true,
      rata: 'tengah',
      rataVertikal: 'tengah',
    });
    return b;
  }

  /** A data row of a table with `dataKolom` columns before its Keterangan. */
  barisData(sel: readonly IsiSel[], keterangan: string, dataKolom: number): number {
    const isi: IsiSel[] = [...sel];
    while (isi.length < dataKolom) isi.push(null);
    isi.push(keterangan === '' ? null : keterangan);
    const b = this.p.tambahBaris(isi);
    if (dataKolom < this.K) this.p.gabung(rentang(b, dataKolom, 1, this.K - dataKolom + 1));
    return b;
  }

  /** Borders and alignment of the data rows awal…akhir (none when empty). */
  badanTabel(awal: number, akhir: number): void {
    if (akhir < awal) return;
    const n = akhir - awal + 1;
    this.p.gaya(rentang(awal, 0, n, this.lebarTabel), { garis: true, rataVertikal: 'atas' });
    this.p.gaya(rentang(awal, 0, n, 1), { rata: 'tengah', rataVertikal: 'atas' });
    this.p.gaya(rentang(awal, 1, n, 1), { bungkus: true, rataVertikal: 'atas' });
    this.p.gaya(rentang(awal, this.K, n, 1), { bungkus: true, rataVertikal: 'atas' });
  }

  /** A footer row (bold, grey, bordered). */
  kaki(b: number): void {
    this.p.gaya(rentang(b, 0, 1, this.lebarTabel), { tebal: true, isi: WARNA.kaki, garis: true, rataVertikal: 'atas' });
  }

  /** A note under a table: one merged, wrapped line over the table's width. */
  catatan(teks: string): number {
    const b = this.p.tambahBaris([teks]);
    this.p.gabung(rentang(b, 0, 1, this.lebarTabel));
    this.p.gaya(rentang(b, 0, 1, this.lebarTabel), {
      miring: true,
      bungkus: true,
      warnaTeks: WARNA.teksRedup,
      rataVertikal: 'atas',
    });
    return b;
  }

  /** The blank row after a table. */
  jarak(): void {
    this.p.tambahBaris();
  }
}
