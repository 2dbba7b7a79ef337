/**
 * How a report sheet prints (TataCetak, lembar.ts): A4 landscape, fitted one page wide, the title rows repeated
 * on every page, the used area as print area, a footer with the instansi, the year and "Halaman n dari m", and
 * page breaks placed so that a block (a table with its caption, a chart with its data) starts on a new page
 * when it would not fit on what is left of the current one.
 *
 * Where the breaks fall is estimated here from the model's column widths and row heights, the way Excel and
 * LibreOffice lay out a page: the scale that fits the print area's width on the paper, then each page's height
 * in sheet points. The estimate keeps a margin (CADANGAN) for the applications' small differences in row
 * heights; a block taller than a page is split where the application splits it, never mid-row.
 */
import type { ModelLembar, Rentang, TataCetak } from './lembar';
import { hurufKolom } from './buku/alamat';
import { kodeKaki } from './lembar';

/** A4 in points (1/72 inch), portrait. */
const A4 = { lebar: 595.3, tinggi: 841.9 } as const;

/** Margins in inches: narrow sides (wide tables), room for the footer. */
export const MARGIN_CETAK = { kiri: 0.4, kanan: 0.4, atas: 0.5, bawah: 0.6, kepala: 0.3, kaki: 0.3 } as const;

/** Row height (pt) of a row that states none: Excel's and LibreOffice's default for Calibri 11. */
const TINGGI_BAWAAN = 15;

/** Share of a page's height the estimate fills at most. */
const CADANGAN = 0.92;

/** A column's width in points from Excel's character units (Calibri 11: 7 px a character, 5 px padding, 96 dpi). */
export function lebarKolomTitik(lebarKarakter: number): number {
  return (Math.trunc(lebarKarakter * 7 + 5) * 72) / 96;
}

/** Scale (≤ 1) that fits `lebarTitik` of sheet on the printable width of the page. */
export function skalaMuat(lebarTitik: number, tata: Pick<TataCetak, 'orientasi' | 'margin'>): number {
  const kertas = tata.orientasi === 'lanskap' ? A4.tinggi : A4.lebar;
  const bisa = kertas - (tata.margin.kiri + tata.margin.kanan) * 72;
  return Math.min(1, bisa / Math.max(1, lebarTitik));
}

/** Printable height of a page, in points of paper. */
function tinggiCetak(tata: Pick<TataCetak, 'orientasi' | 'margin'>): number {
  const kertas = tata.orientasi === 'lanskap' ? A4.lebar : A4.tinggi;
  return kertas - (tata.margin.atas + tata.margin.bawah) * 72;
}

/** What a report sheet's footer says: the instansi on the left, the page in the middle, the year on the right. */
export interface IsiKakiHalaman {
  readonly instansi: string | null;
  readonly tahun: number | null;
}

export function kakiHalaman(isi: IsiKakiHalaman): TataCetak['kakiHalaman'] {
  return {
    kiri: kodeKaki(isi.instansi ?? ''),
    tengah: 'Halaman &P dari &N',
    kanan: kodeKaki(isi.tahun === null ? 'LKIP' : `LKIP Tahun ${isi.tahun}`),
  };
}

const tinggiBaris = (model: ModelLembar, b: number) => model.tinggiBaris?.[b] ?? TINGGI_BAWAAN;

/**
 * The rows before which a new page starts, so that each block [awal, akhir] (zero-based, in order, below the
 * print titles) starts on a fresh page when it does not fit on the rest of the current one.
 */
export function putusHalaman(
  model: ModelLembar,
  blok: readonly { readonly awal: number; readonly akhir: number }[],
  tata: Omit<TataCetak, 'putusSebelum'>,
): number[] {
  const lebar = tata.area.kolom + tata.area.jumlahKolom;
  let lebarTitik = 0;
  for (let k = tata.area.kolom; k < lebar; k++) lebarTitik += lebarKolomTitik(model.lebarKolom[k] ?? 8.43);
  const skala = skalaMuat(lebarTitik, tata);
  let judul = 0;
  if (tata.barisJudul) for (let b = tata.barisJudul.awal; b <= tata.barisJudul.akhir; b++) judul += tinggiBaris(model, b);
  const halaman = (tinggiCetak(tata) / skala) * CADANGAN - judul;
  const putus: number[] = [];
  // The first page holds the title rows in place, as every other page holds their repetition.
  let terisi = 0;
  let b = tata.barisJudul ? tata.barisJudul.akhir + 1 : tata.area.baris;
  for (const { awal, akhir } of blok) {
    for (; b < awal; b++) terisi += tinggiBaris(model, b);
    let tinggi = 0;
    for (let i = awal; i <= akhir; i++) tinggi += tinggiBaris(model, i);
    if (terisi > 0 && terisi + tinggi > halaman) {
      putus.push(awal);
      terisi = 0;
    }
    terisi = (terisi + tinggi) % halaman;
    b = akhir + 1;
  }
  return putus;
}

/** The whole used area of a model. */
export function areaModel(model: ModelLembar): Rentang {
  return {
    baris: 0,
    kolom: 0,
    jumlahBaris: Math.max(1, model.nilai.length),
    jumlahKolom: Math.max(1, model.nilai[0]?.length ?? 1),
  };
}

/** A4 landscape, one page wide, these title rows, the used area, this footer, breaks between these blocks. */
export function tataCetakLaporan(
  model: ModelLembar,
  opsi: {
    readonly barisJudul: TataCetak['barisJudul'];
    readonly kakiHalaman: IsiKakiHalaman;
    readonly blok?: readonly { readonly awal: number; readonly akhir: number }[];
  },
): TataCetak {
  const dasar: Omit<TataCetak, 'putusSebelum'> = {
    kertas: 'A4',
    orientasi: 'lanskap',
    lebarHalaman: 1,
    barisJudul: opsi.barisJudul,
    area: areaModel(model),
    kakiHalaman: kakiHalaman(opsi.kakiHalaman),
    margin: MARGIN_CETAK,
  };
  return { ...dasar, putusSebelum: opsi.blok ? putusHalaman(model, opsi.blok, dasar) : [] };
}

/**
 * A findings-like sheet (Verifikasi, Narasi LKIP) printed: A4 landscape, one page wide, its column header (row
 * `barisKepala`) on every page, the footer (the page only without an instansi and year).
 */
export function denganCetakBerkepala(model: ModelLembar, barisKepala: number, kaki?: IsiKakiHalaman): ModelLembar {
  const cetak = tataCetakLaporan(model, {
    barisJudul: { awal: barisKepala, akhir: barisKepala },
    kakiHalaman: kaki ?? { instansi: null, tahun: null },
  });
  return { ...model, cetak };
}

/** The print titles as an absolute row reference, "$1:$3"; null when there are none. */
export function alamatBarisJudul(tata: TataCetak): string | null {
  const j = tata.barisJudul;
  return j === null ? null : `$${j.awal + 1}:$${j.akhir + 1}`;
}

/** The print area as an absolute reference, "$A$1:$L$120". */
export function alamatAreaCetak(tata: TataCetak): string {
  const a = tata.area;
  const sel = (b: number, k: number) => `$${hurufKolom(k)}$${b + 1}`;
  return `${sel(a.baris, a.kolom)}:${sel(a.baris + a.jumlahBaris - 1, a.kolom + a.jumlahKolom - 1)}`;
}
