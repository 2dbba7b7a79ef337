/**
 * Office.js for "Hubungkan Tabel" (issue 16): the sheets as the detector (src/report/deteksi) reads them, and
 * the workbook-scoped names it proposes, created only after the user confirmed in the task pane.
 *
 * bacaUntukDeteksiExcel, and its context.sync() calls (bounded, whatever the row count):
 *   sync 1   every worksheet's name, every workbook name (name, type, value: the add-in's marker names say
 *            which sheets it wrote, and the pane needs the existing names), and the selection when asked;
 *   sync 2   each candidate sheet's used area (or the selection's position) and, where ExcelApi 1.13 is
 *            supported, its merged areas (Range.getMergedAreasOrNullObject, one RangeAreas address each);
 *   B        the values of the areas within BATAS_SEL_DETEKSI cells, in read blocks of ≤ 4 MB (bacaBlok, values
 *            only): at most 10 blocks per sheet (1 000 000 cells at 100 000 per block), usually one in all.
 *   → 2 + B. A sheet over the bound is not read; it comes back in `dilewati` with its size.
 * Without ExcelApi 1.13 (SET_GABUNGAN, portExcel.ts) the merged areas are left out (tanpaGabungan): the detector then infers a merged
 * header from its layout (a parent cell followed by empty cells), and the pane says so.
 *
 * buatNamaDeteksiExcel: 2 syncs (which names and sheets exist; then the deletes and adds). A name that exists
 * already is replaced only when the user said so (timpa); otherwise it is skipped and reported.
 */
import { alamatRentang, bacaRujukan, kutipLembar } from '../report/buku/alamat';
import { adalahNamaLkip, adalahNamaPenanda } from '../report/buku/nama';
import {
  BATAS_SEL_DETEKSI,
  rentangDariAlamat,
  type BacaanDeteksi,
  type HasilBuatNama,
  type LembarDilewati,
  type LembarSumber,
  type UsulanNama,
} from '../report/deteksi';
import type { Rentang } from '../report/lembar';
import type { bacaBlok, SumberBaca } from './baca';

export interface OpsiBacaDeteksi {
  /** Read only the selected range instead of every used sheet. */
  readonly hanyaPilihan: boolean;
  /** ExcelApi 1.13 is supported: read merged areas. */
  readonly denganGabungan: boolean;
}

const POSISI = 'rowIndex,columnIndex,rowCount,columnCount';

/** "'PK 2021'!A5:A6,'PK 2021'!E5:G5" → rectangles (commas inside a quoted sheet name are part of it). */
export function uraiAlamatArea(alamat: string): Rentang[] {
  const bagian: string[] = [];
  let kini = '';
  let kutip = false;
  for (const c of alamat) {
    if (c === "'") kutip = !kutip;
    if (c === ',' && !kutip) {
      bagian.push(kini);
      kini = '';
    } else kini += c;
  }
  bagian.push(kini);
  return bagian.map((b) => rentangDariAlamat(b.trim())).filter((r): r is Rentang => r !== null);
}

interface Calon {
  readonly nama: string;
  readonly rentang: Excel.Range;
  readonly gabungan: Excel.RangeAreas | null;
}

/** Read the used sheets (or the selection) for the detector: see the module comment for the syncs. */
export async function bacaUntukDeteksiExcel(
  context: Excel.RequestContext,
  opsi: OpsiBacaDeteksi,
  baca: typeof bacaBlok,
): Promise<BacaanDeteksi> {
  const buku = context.workbook;
  const koleksiLembar = buku.worksheets;
  koleksiLembar.load('items/name');
  const koleksiNama = buku.names;
  koleksiNama.load('items/name,items/type,items/value');
  const dipilih = opsi.hanyaPilihan ? buku.getSelectedRange() : null;
  dipilih?.load(`${POSISI},worksheet/name`);
  await context.sync();

  const namaAda = koleksiNama.items.map((n) => n.name);
  const milikLkip = new Set(
    koleksiNama.items
      .filter((n) => adalahNamaPenanda(n.name) && n.type === 'Range')
      .map((n) => bacaRujukan(String(n.value ?? '')))
      .flatMap((r) => (r.jenis === 'rentang' ? [r.lembar.toLowerCase()] : [])),
  );
  const muatGabungan = (r: Excel.Range): Excel.RangeAreas | null => {
    if (!opsi.denganGabungan) return null;
    const g = r.getMergedAreasOrNullObject();
    g.load('address');
    return g;
  };
  const calon: Calon[] = dipilih
    ? [{ nama: dipilih.worksheet.name, rentang: dipilih, gabungan: muatGabungan(dipilih) }]
    : koleksiLembar.items
        .filter((l) => !milikLkip.has(l.name.toLowerCase()))
        .map((l) => {
          const r = l.getUsedRangeOrNullObject(true);
          r.load('rowIndex,columnIndex,rowCount,columnCount');
          return { nama: l.name, rentang: r, gabungan: muatGabungan(r) };
        });
  await context.sync();

  const dibaca: Calon[] = [];
  const dilewati: LembarDilewati[] = [];
  for (const c of calon) {
    if (c.rentang.isNullObject) continue;
    if (c.rentang.rowCount * c.rentang.columnCount > BATAS_SEL_DETEKSI) {
      dilewati.push({
        nama: c.nama,
        jumlahBaris: c.rentang.rowIndex + c.rentang.rowCount,
        jumlahKolom: c.rentang.columnIndex + c.rentang.columnCount,
      });
    } else dibaca.push(c);
  }
  const sumber: SumberBaca[] = dibaca.map((c) => ({
    lembar: c.nama,
    baris: c.rentang.rowIndex,
    kolom: c.rentang.columnIndex,
    jumlahBaris: c.rentang.rowCount,
    jumlahKolom: c.rentang.columnCount,
    denganRumus: false,
  }));
  const isi = sumber.length > 0 ? await baca(context, sumber) : [];
  const lembar: LembarSumber[] = dibaca.map((c, i) => ({
    nama: c.nama,
    nilai: isi[i]!.nilai,
    asal: { baris: sumber[i]!.baris, kolom: sumber[i]!.kolom },
    ...(c.gabungan ? { gabungan: c.gabungan.isNullObject ? [] : uraiAlamatArea(c.gabungan.address) } : {}),
  }));
  const pilihan = dipilih
    ? `${kutipLembar(dipilih.worksheet.name)}!${alamatRentang({
        baris: dipilih.rowIndex,
        kolom: dipilih.columnIndex,
        jumlahBaris: dipilih.rowCount,
        jumlahKolom: dipilih.columnCount,
      })}`
    : null;
  return {
    lembar,
    dilewati,
    namaAda,
    adaNamaLkip: namaAda.some(adalahNamaLkip),
    tanpaGabungan: !opsi.denganGabungan,
    pilihan,
  };
}

/**
 * Create the confirmed names (workbook scope; the detector only proposes valid Excel names, and Excel refuses
 * any other with InvalidArgument). An existing name (any case) is replaced only with `timpa`;
 * otherwise it is skipped and listed. Two syncs.
 */
export async function buatNamaDeteksiExcel(
  context: Excel.RequestContext,
  usulan: readonly UsulanNama[],
  timpa: boolean,
): Promise<HasilBuatNama> {
  const koleksi = context.workbook.names;
  koleksi.load('items/name');
  const lembar = new Map<string, Excel.Worksheet>();
  for (const u of usulan) if (!lembar.has(u.lembar)) lembar.set(u.lembar, context.workbook.worksheets.getItem(u.lembar));
  await context.sync();

  const ada = new Map(koleksi.items.map((n) => [n.name.toLowerCase(), n]));
  const dibuat: string[] = [];
  const dilewati: string[] = [];
  const diganti: string[] = [];
  for (const u of usulan) {
    const lama = ada.get(u.nama.toLowerCase());
    if (lama && !timpa) {
      dilewati.push(u.nama);
      continue;
    }
    if (lama) {
      lama.delete();
      diganti.push(u.nama);
    } else dibuat.push(u.nama);
    koleksi.add(u.nama, lembar.get(u.lembar)!.getRange(u.alamatMutlak));
  }
  if (dibuat.length + diganti.length > 0) await context.sync();
  return { dibuat, dilewati, diganti };
}
