/**
 * The bundled example: an input sheet "Data LKIP" laid out the way an office keeps it (settings and
 * scales, the indicators of the performance agreement, both price lists, both budget tables), with
 * every named range of the workbook contract. Pure: returns a sheet model and the names; the .xlsx
 * generator (src/cli/buatContoh.ts) and the task pane's "Buat Contoh" write them through their port.
 *
 * Choices:
 * - the price-rise indicator (metode "inflasi") has an empty realisasi: the report fills it from the
 *   price lists (mean of the group means, 19,77), so the figure has one source;
 * - realisations the document derives from counts are native formulas (=39/88*100, =(7-6)/6*100);
 * - LKIP_Anggaran is the APBD table (Tabel 3.22: the report's serapan, 97,32), LKIP_Anggaran_APBN the
 *   APBN table (Tabel 3.24, reported as a second table); each range covers its header row, its
 *   programme rows, the printed % column and the printed "Total" row, as printed ("13.157.342.97,-");
 * - LKIP_Realisasi_Lalu is Tabel 3.2's "Tahun Dasar 2020" column, which the document fills with NA;
 *   LKIP_Target_Akhir is the end-of-period target of Tabel 2.4/2.5 ("akhir periode RPJMD-P", 2023);
 * - LKIP_Sasaran is Tabel 2.7's sasaran of each indicator, LKIP_Pagu and LKIP_Realisasi_Anggaran the Tabel 3.22
 *   figures of the programme Tabel 2.7 ties to it (columns L–N, right of Keterangan: earlier cells keep their
 *   addresses). The document gives no earlier years and no national standard: the sample has no
 *   LKIP_Realisasi_<tahun> and no LKIP_Standar_Nasional.
 */
import { Desimal, persenDari } from '../core';
import { alamatRentang } from '../report/buku/alamat';
import type { GayaSel, ModelLembar, NilaiSel, Rentang } from '../report/lembar';
import { DATA_NTT_2021, type AnggaranContoh, type DataContoh, type IndikatorContoh, type RealisasiContoh } from './dataNtt2021';

export const NAMA_LEMBAR_CONTOH = 'Data LKIP';

export interface NamaContoh {
  /** Workbook-scoped name, e.g. "LKIP_Target". */
  readonly nama: string;
  readonly lembar: string;
  /** Absolute A1 address on that sheet: "$D$18:$D$28" or "$C$6". */
  readonly alamat: string;
}

export interface Contoh {
  readonly lembar: ModelLembar;
  readonly nama: readonly NamaContoh[];
}

/** Number formats: shown the Indonesian way (1.234,56) by an Indonesian-locale Excel. */
const FORMAT = {
  teks: '@',
  desimal: '#,##0.00',
  rupiah: '#,##0',
  bulat: '0',
} as const;

const GAYA = {
  judul: { tebal: true, ukuranHuruf: 14 },
  subjudul: { tebal: true, ukuranHuruf: 12 },
  petunjuk: { miring: true, warnaTeks: '595959' },
  bagian: { tebal: true, warnaTeks: '1F4E78', ukuranHuruf: 12 },
  kepala: { tebal: true, isi: 'D9E1F2', garis: true, bungkus: true, rata: 'tengah', rataVertikal: 'tengah' },
  badan: { garis: true, rataVertikal: 'atas' },
  bungkus: { bungkus: true },
  masukan: { isi: 'FFF2CC' },
  tertulis: { miring: true, warnaTeks: '595959' },
  jumlah: { tebal: true, garis: true },
} as const satisfies Record<string, GayaSel>;

/**
 * Columns (characters): A No · B Indikator/Nama/Program · C Satuan/Pagu · D Tahun dasar/Harga lalu/Realisasi ·
 * E Target/Harga kini/Keuangan % · F Realisasi/Persentase/Fisik % · G Target akhir · H Polaritas · I Metode ·
 * J Capaian tertulis · K Keterangan · L Sasaran strategis · M Pagu program · N Realisasi anggaran program (the
 * last three added by issue 14 to the right, so every earlier cell keeps its address).
 */
const LEBAR_KOLOM = [5, 58, 17, 17, 17, 14, 13, 11, 10, 12, 62, 44, 17, 17] as const;
const JUMLAH_KOLOM = LEBAR_KOLOM.length;
const KOLOM_KETERANGAN = 10;

interface Sel {
  readonly nilai: NilaiSel;
  readonly rumus?: string;
  readonly format?: string;
}

const teks = (nilai: string): Sel => ({ nilai, format: FORMAT.teks });
const angka = (nilai: number | null, format: string = FORMAT.desimal): Sel => ({ nilai, format });

/** Grid under construction, row by row. */
class Kisi {
  readonly nilai: NilaiSel[][] = [];
  readonly rumus: (string | null)[][] = [];
  readonly format: (string | null)[][] = [];
  readonly gaya: { rentang: Rentang; gaya: GayaSel }[] = [];
  readonly gabungan: Rentang[] = [];
  readonly nama: NamaContoh[] = [];

  /** Append a row (cells from column A; undefined = empty) and return its zero-based index. */
  baris(sel: readonly (Sel | undefined)[] = []): number {
    const r = this.nilai.length;
    this.nilai.push(Array.from({ length: JUMLAH_KOLOM }, (_, c) => sel[c]?.nilai ?? null));
    this.rumus.push(Array.from({ length: JUMLAH_KOLOM }, (_, c) => sel[c]?.rumus ?? null));
    this.format.push(Array.from({ length: JUMLAH_KOLOM }, (_, c) => sel[c]?.format ?? null));
    return r;
  }

  gayakan(baris: number, kolom: number, jumlahBaris: number, jumlahKolom: number, gaya: GayaSel): void {
    this.gaya.push({ rentang: { baris, kolom, jumlahBaris, jumlahKolom }, gaya });
  }

  namai(nama: string, baris: number, kolom: number, jumlahBaris: number, jumlahKolom: number): void {
    const rentang = { baris, kolom, jumlahBaris, jumlahKolom };
    this.nama.push({ nama, lembar: NAMA_LEMBAR_CONTOH, alamat: mutlak(alamatRentang(rentang)) });
    this.gayakan(baris, kolom, jumlahBaris, jumlahKolom, GAYA.masukan);
  }
}

/** "C6" → "$C$6", "B18:B28" → "$B$18:$B$28". */
function mutlak(alamat: string): string {
  return alamat.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** A realisasi cell: the document's figure, or a native formula for a derived one (value = its result). */
function selRealisasi(r: RealisasiContoh | null): Sel {
  if (r === null) return angka(null);
  switch (r.jenis) {
    case 'angka':
      return angka(r.nilai);
    case 'rasio':
      return {
        nilai: persenDari(new Desimal(r.pembilang), new Desimal(r.penyebut)).toNumber(),
        rumus: `=${r.pembilang}/${r.penyebut}*100`,
        format: FORMAT.desimal,
      };
    case 'pertumbuhan':
      return {
        nilai: persenDari(new Desimal(r.tahunIni).minus(r.tahunLalu), new Desimal(r.tahunLalu)).toNumber(),
        rumus: `=(${r.tahunIni}-${r.tahunLalu})/${r.tahunLalu}*100`,
        format: FORMAT.desimal,
      };
  }
}

function tabelKepala(k: Kisi, judul: readonly string[]): number {
  const r = k.baris(judul.map(teks));
  k.gayakan(r, 0, 1, judul.length, GAYA.kepala);
  return r;
}

/** A label in B, the setting in C, an explanation in the Keterangan column. */
function barisPengaturan(k: Kisi, label: string, nilai: Sel, keterangan?: string): number {
  const sel: (Sel | undefined)[] = [undefined, teks(label), nilai];
  if (keterangan !== undefined) sel[KOLOM_KETERANGAN] = teks(keterangan);
  return k.baris(sel);
}

function bagianPengaturan(k: Kisi, d: DataContoh): void {
  k.gayakan(k.baris([undefined, teks('A. PENGATURAN')]), 1, 1, 1, GAYA.bagian);
  const rInstansi = barisPengaturan(k, 'Instansi', teks(d.instansi));
  k.namai('LKIP_Instansi', rInstansi, 2, 1, 1);
  k.namai('LKIP_Tahun', barisPengaturan(k, 'Tahun', angka(d.tahun, FORMAT.bulat)), 2, 1, 1);
  const rBatas = barisPengaturan(
    k,
    'Batas capaian (%)',
    angka(d.batas, FORMAT.bulat),
    'Capaian di atas batas dihitung sama dengan batas ("melebihi target tetap dihitung 100%"); "tanpa" = tidak dibatasi',
  );
  k.namai('LKIP_Batas', rBatas, 2, 1, 1);
  const rNA = barisPengaturan(
    k,
    'Target NA',
    teks(d.kebijakanTargetNA),
    '"tercapai": target NA dianggap tercapai 100% (seperti dokumen); "dikecualikan": tidak ikut rata-rata',
  );
  k.namai('LKIP_Target_NA', rNA, 2, 1, 1);
  k.gayakan(rInstansi, 1, rNA - rInstansi + 1, 1, { tebal: true });

  // Tabel 3.1 (with its header row: the report detects and skips it)
  k.baris();
  const rSkala = k.baris([undefined, teks('Skala kategori capaian (Tabel 3.1)'), teks('Batas bawah (%)'), teks('Kategori')]);
  k.gayakan(rSkala, 1, 1, 1, { tebal: true });
  k.gayakan(rSkala, 2, 1, 2, GAYA.kepala);
  for (const t of d.skala) k.baris([undefined, undefined, angka(t.ambangBawah, FORMAT.bulat), teks(t.label)]);
  k.gayakan(rSkala + 1, 2, d.skala.length, 2, GAYA.badan);
  k.namai('LKIP_Skala', rSkala, 2, d.skala.length + 1, 2);
  k.gayakan(rSkala, 2, 1, 2, GAYA.kepala);

  // Tabel 3.7: the step scale of the price-rise indicator
  k.baris();
  const rInflasi = k.baris([
    undefined,
    teks('Skala kenaikan harga / inflasi (Tabel 3.7)'),
    teks('Kenaikan s.d. (%)'),
    teks('Capaian (%)'),
    teks('Kategori'),
  ]);
  k.gayakan(rInflasi, 1, 1, 1, { tebal: true });
  for (const t of d.skalaInflasi) {
    k.baris([undefined, undefined, angka(t.ambangAtas, FORMAT.bulat), angka(t.capaian, FORMAT.bulat), teks(t.label)]);
  }
  k.gayakan(rInflasi + 1, 2, d.skalaInflasi.length, 3, GAYA.badan);
  k.namai('LKIP_Skala_Inflasi', rInflasi, 2, d.skalaInflasi.length + 1, 3);
  k.gayakan(rInflasi, 2, 1, 3, GAYA.kepala);
  k.baris([undefined, undefined, teks('Batas kosong = semua di bawah (Tabel 3.1) atau di atas batas terakhir (Tabel 3.7).')]);
  k.gayakan(k.nilai.length - 1, 2, 1, 1, GAYA.petunjuk);
}

function bagianIndikator(k: Kisi, d: DataContoh): void {
  k.gayakan(k.baris([undefined, teks(`B. INDIKATOR KINERJA (PERJANJIAN KINERJA ${d.tahun})`)]), 1, 1, 1, GAYA.bagian);
  tabelKepala(k, [
    'No',
    'Indikator Kinerja',
    'Satuan',
    `Tahun dasar ${d.tahunLalu}`,
    `Target ${d.tahun}`,
    `Realisasi ${d.tahun}`,
    'Target akhir RPJMD-P (2023)',
    'Polaritas',
    'Metode',
    'Capaian tertulis (%)',
    'Keterangan / sumber',
    'Sasaran strategis (Tabel 2.7)',
    'Pagu program pendukung (Rp, Tabel 3.22)',
    'Realisasi anggaran program (Rp, Tabel 3.22)',
  ]);
  const awal = k.nilai.length;
  d.indikator.forEach((ind: IndikatorContoh) => {
    const program = d.anggaranApbd.baris[ind.programApbdNo - 1];
    const sasaran = d.sasaran.find((s) => s.no === ind.sasaranNo);
    if (!program || !sasaran) throw new Error(`indikator PK ${ind.noPk}: program atau sasaran tidak ada di data contoh`);
    k.baris([
      angka(ind.noPk, FORMAT.bulat),
      teks(ind.nama),
      teks(ind.satuan),
      teks(d.realisasiTahunDasar),
      typeof ind.target === 'number' ? angka(ind.target) : teks(ind.target),
      selRealisasi(ind.realisasi),
      angka(ind.targetAkhir),
      teks(ind.polaritas),
      teks(ind.metode),
      angka(ind.capaianTertulis),
      teks(ind.keterangan),
      teks(sasaran.nama),
      angka(program.pagu, FORMAT.rupiah),
      angka(program.realisasi, FORMAT.rupiah),
    ]);
  });
  const n = d.indikator.length;
  k.gayakan(awal, 0, n, JUMLAH_KOLOM, GAYA.badan);
  k.gayakan(awal, 1, n, 1, GAYA.bungkus);
  k.gayakan(awal, KOLOM_KETERANGAN, n, 2, GAYA.bungkus);
  k.gayakan(awal, 0, n, 1, { rata: 'tengah' });
  k.gayakan(awal, 2, n, 2, { rata: 'tengah' });
  k.namai('LKIP_Indikator', awal, 1, n, 1);
  k.namai('LKIP_Satuan', awal, 2, n, 1);
  k.namai('LKIP_Realisasi_Lalu', awal, 3, n, 1);
  k.namai('LKIP_Target', awal, 4, n, 1);
  k.namai('LKIP_Realisasi', awal, 5, n, 1);
  k.namai('LKIP_Target_Akhir', awal, 6, n, 1);
  k.namai('LKIP_Polaritas', awal, 7, n, 1);
  k.namai('LKIP_Metode', awal, 8, n, 1);
  k.namai('LKIP_Capaian_Tertulis', awal, 9, n, 1);
  k.namai('LKIP_Sasaran', awal, 11, n, 1);
  k.namai('LKIP_Pagu', awal, 12, n, 1);
  k.namai('LKIP_Realisasi_Anggaran', awal, 13, n, 1);
  k.gayakan(awal, 9, n, 1, GAYA.tertulis);
  const rRata = k.baris([
    undefined,
    teks('RATA-RATA CAPAIAN (tertulis, Tabel 3.2)'),
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    angka(d.rataRataCapaianTertulis),
    teks(d.kategoriTertulis),
  ]);
  k.gayakan(rRata, 0, 1, JUMLAH_KOLOM, GAYA.jumlah);
  k.gayakan(rRata, 9, 1, 2, GAYA.tertulis);
}

function judulBagian(k: Kisi, huruf: string, judul: string, sumber: string): void {
  k.baris();
  k.gayakan(k.baris([undefined, teks(`${huruf}. ${judul.toUpperCase()} (${sumber.toUpperCase()})`)]), 1, 1, 1, GAYA.bagian);
}

/** A price list: its named range covers the header row (detected and skipped by the report) and the items. */
function bagianHarga(k: Kisi, d: DataContoh, huruf: readonly string[]): void {
  d.harga.forEach((daftar, i) => {
    judulBagian(k, huruf[i] ?? '', daftar.judul, daftar.sumber);
    const rKepala = tabelKepala(k, [
      'No',
      'Nama Barang',
      'Satuan',
      `Harga ${d.tahunLalu} (Rp)`,
      `Harga ${d.tahun} (Rp)`,
      'Persentase tertulis (%)',
    ]);
    daftar.baris.forEach((b, j) => {
      k.baris([
        angka(j + 1, FORMAT.bulat),
        teks(b.nama),
        teks(b.satuan),
        angka(b.hargaLalu, FORMAT.rupiah),
        angka(b.hargaKini, FORMAT.rupiah),
        angka(b.persenTertulis),
      ]);
    });
    const n = daftar.baris.length;
    const awal = rKepala + 1;
    k.gayakan(awal, 0, n, 6, GAYA.badan);
    k.gayakan(awal, 0, n, 1, { rata: 'tengah' });
    k.gayakan(awal, 1, n, 1, GAYA.bungkus);
    k.namai(`LKIP_Harga_${daftar.grup}`, rKepala, 1, n + 1, 5);
    k.gayakan(rKepala, 1, 1, 5, GAYA.kepala);
    k.gayakan(awal, 5, n, 1, GAYA.tertulis);
    const rRata = k.baris([
      undefined,
      teks('Rata-rata (tertulis)'),
      undefined,
      undefined,
      undefined,
      angka(daftar.rataRataTertulis),
    ]);
    k.gayakan(rRata, 0, 1, 6, GAYA.jumlah);
    k.gayakan(rRata, 5, 1, 1, GAYA.tertulis);
  });
  const rGabungan = k.baris([
    undefined,
    teks('Kenaikan harga gabungan (tertulis, Tabel 3.2)'),
    undefined,
    undefined,
    undefined,
    angka(d.kenaikanHargaGabunganTertulis),
  ]);
  k.gayakan(rGabungan, 1, 1, 5, { tebal: true });
  k.gayakan(rGabungan, 5, 1, 1, GAYA.tertulis);
}

/**
 * A budget table: Program, Pagu, Realisasi, printed % (the named range), then columns outside it.
 * The range covers the header row and the printed "Total" row (the report checks it against the rows).
 */
function bagianAnggaran(k: Kisi, nama: string, anggaran: AnggaranContoh, huruf: string, denganFisik: boolean): void {
  judulBagian(k, huruf, anggaran.judul, anggaran.sumber);
  const kepala = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Keuangan tertulis (%)'];
  if (denganFisik) kepala.push('Fisik (%)');
  const rKepala = tabelKepala(k, kepala);
  anggaran.baris.forEach((b, j) => {
    k.baris([
      angka(j + 1, FORMAT.bulat),
      teks(b.program),
      angka(b.pagu, FORMAT.rupiah),
      angka(b.realisasi, FORMAT.rupiah),
      angka(b.persenTertulis),
      denganFisik ? angka(b.fisikPersen ?? null, FORMAT.bulat) : undefined,
    ]);
  });
  const n = anggaran.baris.length;
  const awal = rKepala + 1;
  k.gayakan(awal, 0, n, kepala.length, GAYA.badan);
  k.gayakan(awal, 0, n, 1, { rata: 'tengah' });
  k.gayakan(awal, 1, n, 1, GAYA.bungkus);

  // The printed total row, as printed (a misprinted figure stays text).
  const t = anggaran.totalTertulis;
  const rupiah = (v: number | string): Sel => (typeof v === 'number' ? angka(v, FORMAT.rupiah) : teks(v));
  const rTotal = k.baris([
    undefined,
    teks('Total'),
    rupiah(t.pagu),
    rupiah(t.realisasi),
    angka(t.persen),
    denganFisik && t.fisikPersen !== undefined ? angka(t.fisikPersen, FORMAT.bulat) : undefined,
  ]);
  k.namai(nama, rKepala, 1, n + 2, 4);
  k.gayakan(rKepala, 1, 1, 4, GAYA.kepala);
  k.gayakan(awal, 4, n, 1, GAYA.tertulis);
  k.gayakan(rTotal, 0, 1, kepala.length, GAYA.jumlah);
  k.gayakan(rTotal, 2, 1, 3, { ...GAYA.tertulis, rata: 'kanan' });
}

/** The example input sheet and the contract's names, from the document's 2021 figures (or other data of the same shape). */
export function susunContoh(data: DataContoh = DATA_NTT_2021): Contoh {
  const k = new Kisi();
  k.gayakan(k.baris([teks(`DATA CAPAIAN KINERJA TAHUN ${data.tahun}`)]), 0, 1, 1, GAYA.judul);
  k.gayakan(k.baris([teks(data.instansi)]), 0, 1, 1, GAYA.subjudul);
  const petunjuk = [
    `Contoh dari LKIP ${data.tahun} (BAB III). Sel berwarna kuning dibaca add-in LKIP Kinerja lewat nama rentang LKIP_* (Rumus › Pengelola Nama).`,
    'Kolom "tertulis" berisi angka seperti tercetak di dokumen (termasuk salah cetaknya), untuk diperiksa di lembar Verifikasi.',
  ];
  for (const p of petunjuk) k.gayakan(k.baris([teks(p)]), 0, 1, 1, GAYA.petunjuk);
  k.baris();
  bagianPengaturan(k, data);
  k.baris();
  bagianIndikator(k, data);
  const huruf = ['C', 'D', 'E', 'F', 'G', 'H', 'I'];
  bagianHarga(k, data, huruf);
  const berikut = data.harga.length;
  bagianAnggaran(k, 'LKIP_Anggaran', data.anggaranApbd, huruf[berikut] ?? '', true);
  bagianAnggaran(k, 'LKIP_Anggaran_APBN', data.anggaranApbn, huruf[berikut + 1] ?? '', false);

  const lembar: ModelLembar = {
    nama: NAMA_LEMBAR_CONTOH,
    nilai: k.nilai,
    rumus: k.rumus,
    formatAngka: k.format,
    gaya: k.gaya,
    gabungan: k.gabungan,
    lebarKolom: [...LEBAR_KOLOM],
    bekukanBaris: 0,
    catatan: [],
  };
  return { lembar, nama: k.nama };
}
