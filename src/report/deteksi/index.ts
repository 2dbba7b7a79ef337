/**
 * Table detection ("Hubungkan Tabel", runner --deteksi): find an office's own performance table, price lists
 * and budget tables in its sheets, and propose the LKIP_ names the workbook contract (../kontrak) reads, so an
 * existing workbook works without anyone opening the Name Manager. Pure: values in, proposals out; no Office,
 * no files. Nothing is created here: the pane shows the proposal and asks, the runner refuses or uses it.
 *
 * How it works, for a newcomer (the rules for users are in docs/deteksi.md):
 *
 * 1. Vocabulary (./kosakata). Every header is normalised: lower case, punctuation gone, years and units taken
 *    out ("Target 2021 (%)" → words "target", year 2021, unit %). The words are looked up in KOSAKATA_KEPALA,
 *    the one list of the headers real LKjIPs print, longest phrase first ("target akhir renstra" before
 *    "target"). The result is the column's role (Peran) and its year.
 *
 * 2. Headers (./kepala). Going down a sheet, a row with at least two cells of a known role may start a table.
 *    The row below belongs to the header too when the header groups columns (a merged parent such as
 *    "Tahun 2021" over "Target | Realisasi | Capaian", or, without merge information, a parent cell followed by
 *    empty cells above filled ones) and that row holds only words, years and units. A child's role wins over its
 *    parent's; a child with no words of its own ("Rp.", "2020") or unknown words takes its parent's role, and its
 *    year comes from the parent when it has none. The columns the roles make decide the kind: indicator + target
 *    + realisasi → performance table; item + two price years → price list; programme + pagu + realisasi →
 *    budget. Title rows above never qualify (they hold one cell), so they are skipped by construction.
 *
 * 3. Data rows (./tabel). A column-numbering row ("1 | 2 | 3 …") under the header is skipped. Rows follow until
 *    an empty row, a closing line (first cell "Sumber", "Jumlah", "Total", "Rata-rata", "Keterangan" … with no
 *    target, realisasi or price in the row, so "Rata-rata Lama Sekolah" stays an indicator), or the next header:
 *    a second table below is a second table. A budget's "Total" row in its programme column stays in, as the
 *    printed total the contract checks.
 *
 * 4. Names (./pemetaan). The report year is the given one; else the latest year with both a target and a
 *    realisasi column; else the sheet's "Tahun" cell; else the one year of the title rows or the sheet name;
 *    else estimated from the headers (tentukanTahun). Then each performance column gets its n×1 name: target of
 *    that year → LKIP_Target, a later target → LKIP_Target_Akhir (the latest, when no column says "Target
 *    Akhir"), realisasi of the year before → LKIP_Realisasi_Lalu, older → LKIP_Realisasi_<tahun>, capaian →
 *    LKIP_Capaian_Tertulis, and so on. A price list needs Nama, Satuan, Harga lalu, Harga kini side by side in
 *    that order (the printed % joins when it is the next column); a budget Program, Pagu, Realisasi (and the %).
 *    When they are not, the table is reported with the reason and gets no name.
 *
 * 5. Decisions (./bukuKerja). What is ambiguous is never guessed: two columns for one name, two performance
 *    tables, several budgets (which is LKIP_Anggaran), two "Tahun" cells. Each becomes an Ambiguitas with its
 *    candidates; OpsiDeteksi.pilihan answers it and detection runs again. The pane's edits (OpsiDeteksi.ubah)
 *    rename or drop a column or a table. Price groups are named from the title above ("… Harga Bahan Kebutuhan
 *    Pokok" → LKIP_Harga_Kebutuhan_Pokok), other budgets from their source (APBN → LKIP_Anggaran_APBN).
 *
 * Entry points: deteksiTabel (everything), uraikanTabel (one line per table for messages), rentangBernamaDari
 * (a proposal as the contract reads a named range), namaBentrok (proposals that would overwrite a name),
 * rentangDariAlamat (an adapter's merged-area address → LembarSumber.gabungan).
 */
export * from './jenis';
export { BATAS_SEL_DETEKSI, pesanLembarDilewati, type BacaanDeteksi, type HasilBuatNama, type LembarDilewati } from './bacaan';
export { deteksiTabel, uraikanTabel, jumlahBarisTabel, namaBentrok, rentangBernamaDari } from './bukuKerja';
export { rentangDariAlamat } from './kisi';
export {
  KOSAKATA_KEPALA,
  KATA_PENUTUP,
  SUMBER_ANGGARAN,
  LABEL_PENGATURAN,
  NAMA_DETEKSI,
  NAMA_KOLOM_KINERJA,
  NAMA_KINERJA_WAJIB,
  AWALAN_REALISASI_TAHUN,
  type Peran,
  type EntriKosakata,
} from './kosakata';
