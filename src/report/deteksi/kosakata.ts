/**
 * The detector's vocabulary, as data and in one place: which header words mean which column, which lines
 * close a table, which words name a budget's source, and which LKIP_ name each column gets. Every phrase is
 * written normalised (see `normalkan`): lower case, words separated by one space, punctuation gone, and
 * without years and units ("Target 2021 (%)" → "target"). The examples in the comments are headers printed
 * in real LKjIPs; the tests cite them.
 *
 * A phrase matches a header when the header's words are exactly the phrase (`persis`) or begin with it
 * (`awal`: "realisasi s d desember" begins with "realisasi"). The longest matching phrase wins, so
 * "target akhir renstra" is a Renstra target, not a "target", and "realisasi anggaran" is money, not an
 * indicator's realisasi.
 */
import { AWALAN_ANGGARAN_LAIN, AWALAN_HARGA, KOLOM_INDIKATOR, KOLOM_RIWAYAT, PENGATURAN, TABEL_MASUKAN } from '../kontrak';

/** What a column holds, read from its header. */
export type Peran =
  | 'nomor'
  | 'sasaran'
  | 'indikator'
  /** "Uraian": the indicator of a performance table, the programme of a budget, the item of a price list. */
  | 'uraian'
  | 'satuan'
  | 'target'
  | 'targetAkhir'
  | 'realisasi'
  | 'capaian'
  | 'polaritas'
  | 'metode'
  | 'standarNasional'
  | 'pagu'
  | 'realisasiAnggaran'
  /** A printed budget percentage (Keu %, serapan). */
  | 'persenAnggaran'
  | 'program'
  | 'namaBarang'
  /** A price column (its year says which one). */
  | 'harga'
  | 'hargaLalu'
  | 'hargaKini'
  /** A bare year column ("Tahun 2020", or "2020" under "Tahun"): a price in a price list. */
  | 'tahun'
  /** A printed price change (Persentase, Kenaikan). */
  | 'persenHarga'
  /** A known column the report does not read (Keterangan, Selisih, Fisik, Sumber Data …). */
  | 'abaikan';

export interface EntriKosakata {
  readonly peran: Peran;
  /** The header begins with one of these. */
  readonly awal?: readonly string[];
  /** The header is exactly one of these. */
  readonly persis?: readonly string[];
  /** The column means something only with a year in its header ("Tahun Dasar 2020", "Kondisi Awal 2018"). */
  readonly wajibTahun?: boolean;
}

/**
 * Header words → role. Order matters only between phrases of the same length (the earlier entry wins).
 * Sources of the less obvious ones: "N0" and "Indikator Kinerja Utama" (LKjIP Inspektorat Kab. Sampang 2019,
 * Tabel 3.1); "Indikator Sasaran", "Capaian Kinerja Tahun 2019" (LKjIP Kab. Manggarai Timur 2019, Tabel 3.8);
 * "Tanun 2021", "Tahun Dasar 2020", "Nama Bahan Pokok", "Barang Penting", "Presentase (%)", "Pagu (Rp)",
 * "Realisasi / Rp. / Fisik % / Keu%" (LKIP Disperindag Prov. NTT 2021, Tabel 3.2, 3.5, 3.6, 3.22);
 * "realisasi s/d Triwulan II", "Capaian terhadap target", "pembilang", "penyebut" (Lapkin PPPOMN 2021, Tabel 14).
 */
export const KOSAKATA_KEPALA: readonly EntriKosakata[] = [
  { peran: 'nomor', persis: ['no', 'nomor', 'no urut', 'n0', 'nmr'] },
  {
    peran: 'indikator',
    awal: [
      'indikator',
      'indikator kinerja',
      'indikator kinerja utama',
      'indikator sasaran',
      'indikator kinerja sasaran',
      'indikator program',
      'indikator kinerja program',
      'indikator kinerja kegiatan',
      'uraian indikator',
      'indikator kinerja kunci',
    ],
    persis: ['iku', 'ikk', 'iku ikk'],
  },
  { peran: 'uraian', persis: ['uraian'] },
  { peran: 'sasaran', awal: ['sasaran', 'sasaran strategis', 'sasaran program', 'sasaran kegiatan', 'tujuan sasaran'] },
  { peran: 'satuan', awal: ['satuan', 'satuan ukuran'], persis: ['sat', 'unit satuan'] },
  {
    peran: 'target',
    awal: ['target', 'target kinerja', 'target pk', 'target perjanjian kinerja', 'rencana', 'rencana target'],
  },
  {
    peran: 'targetAkhir',
    awal: [
      'target akhir',
      'target renstra',
      'target rpjmd',
      'target akhir periode',
      'target jangka menengah',
      'kondisi akhir',
      'kondisi kinerja pada akhir periode',
      'target akhir renstra',
    ],
  },
  { peran: 'realisasi', awal: ['realisasi', 'realisasi kinerja'] },
  { peran: 'realisasi', wajibTahun: true, awal: ['tahun dasar', 'kondisi awal', 'data dasar', 'baseline'] },
  {
    peran: 'capaian',
    awal: ['capaian', 'capaian kinerja', 'persentase capaian', 'prosentase capaian', 'tingkat capaian', 'nilai capaian'],
    persis: ['kinerja'],
  },
  { peran: 'polaritas', awal: ['polaritas', 'polarisasi', 'sifat indikator'], persis: ['sifat'] },
  { peran: 'metode', persis: ['metode', 'metode capaian'] },
  {
    peran: 'standarNasional',
    awal: ['standar nasional', 'target nasional', 'rata rata nasional', 'capaian nasional', 'realisasi nasional'],
    persis: ['nasional', 'standar', 'spm', 'standar pelayanan minimal'],
  },
  {
    peran: 'pagu',
    awal: ['pagu', 'pagu anggaran', 'pagu dana', 'alokasi', 'alokasi anggaran', 'nilai dpa'],
    persis: ['anggaran', 'dpa'],
  },
  {
    peran: 'realisasiAnggaran',
    awal: ['realisasi anggaran', 'realisasi keuangan', 'realisasi dana', 'realisasi belanja'],
  },
  {
    peran: 'persenAnggaran',
    awal: ['serapan', 'daya serap', 'persentase serapan', 'tingkat serapan', 'keuangan'],
    persis: ['keu', 'realisasi keu'],
  },
  {
    peran: 'program',
    awal: [
      'program',
      'program kegiatan',
      'nama program',
      'uraian program',
      'kegiatan',
      'sub kegiatan',
      'program kegiatan sub kegiatan',
    ],
  },
  {
    peran: 'namaBarang',
    awal: [
      'nama barang',
      'nama bahan',
      'nama bahan pokok',
      'nama komoditas',
      'nama komoditi',
      'komoditas',
      'komoditi',
      'jenis barang',
      'jenis komoditas',
      'jenis bahan pokok',
      'barang penting',
      'bahan pokok',
      'barang kebutuhan pokok',
      'bahan kebutuhan pokok',
      'uraian barang',
    ],
  },
  { peran: 'harga', awal: ['harga', 'harga rata rata', 'rata rata harga', 'harga rata'] },
  { peran: 'hargaLalu', awal: ['harga tahun lalu', 'harga sebelumnya', 'harga awal'] },
  { peran: 'hargaKini', awal: ['harga tahun ini', 'harga sekarang', 'harga saat ini', 'harga akhir'] },
  { peran: 'tahun', persis: ['tahun', 'th', 'thn', 'tanun', 'ta', 'tahun anggaran'] },
  {
    peran: 'persenHarga',
    awal: [
      'persentase',
      'presentase',
      'prosentase',
      'persentase kenaikan',
      'kenaikan',
      'perubahan',
      'kenaikan penurunan',
      'inflasi',
    ],
  },
  {
    peran: 'abaikan',
    awal: [
      'keterangan',
      'catatan',
      'sumber data',
      'penanggung jawab',
      'formula',
      'rumus',
      'cara perhitungan',
      'metode perhitungan',
      'definisi operasional',
      'alasan',
      'outcome',
      'output',
      'benefit',
      'impact',
      'kegiatan pendukung',
      'program pendukung',
      'kategori',
      'predikat',
      'status',
      'selisih',
      'selisih harga',
      'sisa',
      'sisa anggaran',
      'fisik',
      'realisasi fisik',
      'pembilang',
      'penyebut',
      'bobot',
      'capaian terhadap target akhir',
      'capaian thd target akhir',
      'capaian terhadap renstra',
      'capaian renstra',
      'capaian s d tahun',
      'kode',
      'kode rekening',
    ],
    persis: ['ket', 'pj', 'analisis'],
  },
];

/** A row whose first cell begins with one of these closes the table above it ("Sumber: …", "Jumlah", "RATA-RATA CAPAIAN"). */
export const KATA_PENUTUP: readonly string[] = [
  'sumber',
  'jumlah',
  'total',
  'rata rata',
  'rerata',
  'keterangan',
  'ket',
  'catatan',
  'tabel',
  'grafik',
  'gambar',
  'nb',
];

/** The closing words after which a budget table's row is still the printed total the contract reads. */
export const KATA_TOTAL: readonly string[] = ['jumlah', 'total'];

/** Words of a title or sheet name that name a budget's source: the suffix of LKIP_Anggaran_<Sumber>. */
export const SUMBER_ANGGARAN: readonly string[] = [
  'APBD',
  'APBN',
  'DAK',
  'DAU',
  'DBH',
  'BLUD',
  'PNBP',
  'BOK',
  'Hibah',
  'Dekonsentrasi',
];

/** Label cells of single-cell settings ("Tahun | 2021", "Instansi | Dinas …"), exact, a trailing ":" allowed. */
export const LABEL_PENGATURAN = {
  tahun: ['tahun', 'tahun laporan', 'tahun anggaran', 'tahun kinerja', 'tahun pelaporan'],
  instansi: [
    'instansi',
    'nama instansi',
    'perangkat daerah',
    'nama perangkat daerah',
    'opd',
    'nama opd',
    'skpd',
    'unit kerja',
    'satuan kerja',
  ],
} as const;

/** Words a price-list label loses at its start: "Nama Bahan Pokok" → "Pokok", "Harga Bahan Kebutuhan Pokok" → "Kebutuhan Pokok". */
export const AWALAN_LABEL_HARGA: readonly string[] = ['nama', 'jenis', 'daftar', 'harga', 'rata', 'bahan'];
/** A price-list label made of these words only says nothing ("Nama Barang / Komoditas"): another source is used. */
export const LABEL_HARGA_UMUM: readonly string[] = ['barang', 'komoditas', 'komoditi', 'uraian', 'item'];

// --- names ---------------------------------------------------------------------------------------

/**
 * The LKIP_ names the detector proposes. The first group is the contract's (src/report/kontrak/daftar.ts); the
 * second comes from issue 14 (BAB III analyses) and moves into the contract's table when that issue lands.
 */
export const NAMA_DETEKSI = Object.freeze({
  indikator: KOLOM_INDIKATOR.indikator.nama,
  target: KOLOM_INDIKATOR.target.nama,
  realisasi: KOLOM_INDIKATOR.realisasi.nama,
  satuan: KOLOM_INDIKATOR.satuan.nama,
  polaritas: KOLOM_INDIKATOR.polaritas.nama,
  metode: KOLOM_INDIKATOR.metode.nama,
  realisasiLalu: KOLOM_INDIKATOR.realisasiLalu.nama,
  targetAkhir: KOLOM_INDIKATOR.targetAkhir.nama,
  capaianTertulis: KOLOM_INDIKATOR.capaianTertulis.nama,
  anggaran: TABEL_MASUKAN.anggaran.nama,
  instansi: PENGATURAN.instansi.nama,
  tahun: PENGATURAN.tahun.nama,
  sasaran: KOLOM_INDIKATOR.sasaran.nama,
  standarNasional: KOLOM_INDIKATOR.standarNasional.nama,
  pagu: KOLOM_INDIKATOR.pagu.nama,
  realisasiAnggaran: KOLOM_INDIKATOR.realisasiAnggaran.nama,
});

/** LKIP_Realisasi_<tahun>: the realisasi of a year before last (issue 14; the contract's KOLOM_RIWAYAT). */
export const AWALAN_REALISASI_TAHUN = KOLOM_RIWAYAT.nama;
export { AWALAN_HARGA, AWALAN_ANGGARAN_LAIN };

/** Names one column of a performance table may get (the pane's dropdown), besides LKIP_Realisasi_<tahun>. */
export const NAMA_KOLOM_KINERJA: readonly string[] = [
  NAMA_DETEKSI.indikator,
  NAMA_DETEKSI.target,
  NAMA_DETEKSI.realisasi,
  NAMA_DETEKSI.satuan,
  NAMA_DETEKSI.sasaran,
  NAMA_DETEKSI.polaritas,
  NAMA_DETEKSI.metode,
  NAMA_DETEKSI.realisasiLalu,
  NAMA_DETEKSI.targetAkhir,
  NAMA_DETEKSI.capaianTertulis,
  NAMA_DETEKSI.standarNasional,
  NAMA_DETEKSI.pagu,
  NAMA_DETEKSI.realisasiAnggaran,
];

/** The three names without which a performance table cannot be used. */
export const NAMA_KINERJA_WAJIB: readonly string[] = [NAMA_DETEKSI.indikator, NAMA_DETEKSI.target, NAMA_DETEKSI.realisasi];

// --- normalising ---------------------------------------------------------------------------------

const POLA_TAHUN = /^(19|20|21)\d\d$/;
/** Words that are units, not meaning: "(Rp)", "%", "persen". */
const SATUAN_KEPALA = new Set(['rp', 'rupiah', '%', 'persen', 'ribu', 'juta', 'milyar', 'miliar', 'x', 'kali']);

/** A header's text taken apart: its meaning words, its years, and its unit marks. */
export interface TeksKepala {
  /** Meaning words: lower case, no years, no units ("Tahun 2021 / Target" → ["tahun", "target"]). */
  readonly kata: readonly string[];
  readonly tahun: readonly number[];
  readonly rupiah: boolean;
  readonly persen: boolean;
}

/** Lower case, accents gone, every run of punctuation a space, "%" a word of its own. */
export function normalkan(teks: string): string {
  const tanpaTanda = /^[ -~]*$/.test(teks) ? teks : teks.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return tanpaTanda
    .toLowerCase()
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

export function uraikanKepala(teks: string): TeksKepala {
  const kata: string[] = [];
  const tahun: number[] = [];
  let rupiah = false;
  let persen = false;
  for (const k of normalkan(teks).split(' ')) {
    if (k === '') continue;
    if (POLA_TAHUN.test(k)) tahun.push(Number(k));
    else if (SATUAN_KEPALA.has(k)) {
      if (k === 'rp' || k === 'rupiah') rupiah = true;
      if (k === '%' || k === 'persen') persen = true;
    } else kata.push(k);
  }
  return { kata, tahun, rupiah, persen };
}

interface Frasa {
  readonly kata: readonly string[];
  readonly persis: boolean;
  readonly entri: EntriKosakata;
  readonly urutan: number;
}

/** Phrases by their first word, for a lookup in the words' time, not the vocabulary's. */
const INDEKS_FRASA: ReadonlyMap<string, readonly Frasa[]> = (() => {
  const peta = new Map<string, Frasa[]>();
  KOSAKATA_KEPALA.forEach((entri, urutan) => {
    const tambah = (f: string, persis: boolean) => {
      const kata = f.split(' ');
      const daftar = peta.get(kata[0]!) ?? [];
      daftar.push({ kata, persis, entri, urutan });
      peta.set(kata[0]!, daftar);
    };
    for (const f of entri.awal ?? []) tambah(f, false);
    for (const f of entri.persis ?? []) tambah(f, true);
  });
  return peta;
})();

/** The vocabulary entry of a header's words: the longest matching phrase, or null. */
export function cariEntri(kata: readonly string[]): EntriKosakata | null {
  if (kata.length === 0) return null;
  let terbaik: Frasa | null = null;
  for (const f of INDEKS_FRASA.get(kata[0]!) ?? []) {
    if (f.persis ? f.kata.length !== kata.length : f.kata.length > kata.length) continue;
    if (!f.kata.every((k, i) => kata[i] === k)) continue;
    if (!terbaik || f.kata.length > terbaik.kata.length || (f.kata.length === terbaik.kata.length && f.urutan < terbaik.urutan)) {
      terbaik = f;
    }
  }
  return terbaik?.entri ?? null;
}

/** True when words begin with one of the phrases (each phrase normalised). */
export function diawaliSalahSatu(kata: readonly string[], frasa: readonly string[]): boolean {
  return frasa.some((f) => {
    const fk = f.split(' ');
    return fk.length <= kata.length && fk.every((k, i) => kata[i] === k);
  });
}
