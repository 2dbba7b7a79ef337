/**
 * The English messages of the libraries and of Node the runner can meet on a user's file (saxes on a part's XML,
 * yauzl and zlib on the zip archive, the operating system on reading and writing), in Indonesian. The user sees
 * the Indonesian text only; the original message stays on the error's `cause` and is printed only with
 * LKIP_DEBUG=1 (src/cli/laporan.ts), with the stack. A message the tables do not know gets a generic Indonesian
 * text of its kind, never the English one. docs/runner.md "Pesan galat" lists what each failure gives.
 */

/** [pattern of the library's message, Indonesian text; $1… take the pattern's groups]. */
type Terjemahan = readonly [RegExp, string];

/** saxes 6 (`fail(...)` in saxes.js): the messages an OOXML part can provoke. */
const SAXES: readonly Terjemahan[] = [
  [
    /^malformed character entity/,
    'rujukan karakter tidak sah (misalnya &#x110000; di luar Unicode, atau karakter yang dilarang XML)',
  ],
  [/^undefined entity/, 'entitas tidak dikenal (&nama; yang tidak didefinisikan XML)'],
  [/^disallowed character in entity name/, 'karakter terlarang dalam nama entitas'],
  [/^empty entity name/, 'nama entitas kosong (&;)'],
  [/^disallowed character in attribute name/, 'karakter terlarang dalam nama atribut'],
  [/^disallowed character in tag name/, 'karakter terlarang dalam nama tag'],
  [/^disallowed character in closing tag/, 'karakter terlarang dalam tag penutup'],
  [/^disallowed character in processing instruction name/, 'karakter terlarang dalam instruksi pemrosesan (<?…?>)'],
  [/^disallowed character/, 'karakter yang dilarang XML'],
  [/^unmatched closing tag: (.*?)\.?$/, 'tag penutup </$1> tidak cocok dengan tag pembukanya'],
  [/^unclosed tag: (.*?)\.?$/, 'tag <$1> tidak ditutup'],
  [/^unexpected close tag/, 'tag penutup di tempat yang tidak semestinya'],
  [/^weird empty close tag/, 'tag penutup kosong (</>)'],
  [/^unexpected end/, 'dokumen berakhir sebelum waktunya (terpotong)'],
  [/^duplicate attribute: (.*?)\.?$/, 'atribut $1 ditulis dua kali'],
  [/^(attribute without value|value required)/, 'atribut tanpa nilai'],
  [/^(value must be quoted|unquoted attribute value)/, 'nilai atribut tidak diapit tanda kutip'],
  [/^no whitespace between attributes/, 'tidak ada spasi di antara dua atribut'],
  [/^forward-slash in opening tag not followed by >/, 'garis miring dalam tag pembuka tidak diikuti ">"'],
  [/^text data outside of root node/, 'teks di luar elemen akar'],
  [/^documents may contain only one root/, 'lebih dari satu elemen akar'],
  [/^document must contain a root element/, 'dokumen tanpa elemen akar'],
  [/^malformed comment/, 'komentar XML tidak sah'],
  [/^malformed name: (.*?)\.?$/, 'nama tidak sah: $1'],
  [/^the string "\]\]>" is disallowed/, 'urutan "]]>" tidak boleh ada di dalam teks'],
  [/^(an|the) XML declaration must (be|appear) at the start/, 'deklarasi XML (<?xml …?>) tidak berada di awal dokumen'],
  [
    /XML declaration|^version number|^standalone value|^expected (the name|one of)|^did not expect any more name/,
    'deklarasi XML (<?xml …?>) tidak sah',
  ],
  [/^inappropriately located doctype/, 'deklarasi DOCTYPE di tempat yang salah'],
  [/^processing instruction/, 'instruksi pemrosesan (<?…?>) tidak sah'],
  [/namespace|prefix/, 'deklarasi namespace tidak sah'],
  [/^whitespace required/, 'spasi diperlukan di sini'],
  [/^incorrect syntax/, 'sintaks XML salah'],
];

/** yauzl 3 and zlib: a damaged or unusual zip archive. */
const ZIP: readonly Terjemahan[] = [
  [/^End of central directory record signature not found/, 'akhir arsip ZIP (direktori pusat) tidak ditemukan'],
  [
    /^too many bytes in the stream\. expected (\d+)/,
    'isinya lebih besar dari ukuran yang tercatat di arsip ($1 bita): arsip rusak atau sengaja dipalsukan',
  ],
  [
    /^not enough bytes in the stream\. expected (\d+)\. got only (\d+)/,
    'isinya lebih kecil dari ukuran yang tercatat di arsip ($1 bita, hanya ada $2)',
  ],
  [/^file data overflows file bounds|^unexpected EOF/, 'data melewati akhir berkas (arsip terpotong)'],
  [/^invalid (central directory|local) file header signature/, 'struktur arsip ZIP rusak (tanda kepala entri tidak sah)'],
  [/^strong encryption is not supported/, 'arsip terenkripsi (buku kerja berkata sandi)'],
  [/^multi-disk zip files are not supported/, 'arsip ZIP yang terbagi atas beberapa disk tidak didukung'],
  [/^Invalid comment length/, 'komentar arsip ZIP rusak, atau ada bita tambahan di akhir berkas'],
  [/zip64/i, 'rekaman ZIP64 arsip tidak sah'],
  [/^zip file too large/, 'arsip terlalu besar'],
  [/^unsupported compression method: (\d+)/, 'dimampatkan dengan metode $1 yang tidak didukung'],
  [/^invalid (relative path|characters in fileName)|^absolute path/, 'nama bagian di dalam arsip tidak sah'],
  [/^extra field length exceeds/, 'ruas tambahan (extra field) entri ZIP rusak'],
  [/^invalid signature|^invalid zip/, 'struktur arsip ZIP rusak'],
];

/** What the operating system says (errno codes), as the cause of a failed read or write. */
const SISTEM: Readonly<Record<string, string>> = {
  EACCES: 'izin ditolak (tidak boleh membaca/menulis di sana)',
  EPERM: 'izin ditolak oleh sistem',
  ENOSPC: 'ruang disk penuh',
  EDQUOT: 'kuota disk pengguna habis',
  EROFS: 'sistem berkas hanya-baca',
  ENOENT: 'berkas atau folder tidak ada',
  ENOTDIR: 'salah satu bagian jalurnya bukan folder',
  EISDIR: 'jalur itu sebuah folder',
  EEXIST: 'sudah ada',
  ENAMETOOLONG: 'nama jalur terlalu panjang',
  ELOOP: 'terlalu banyak tautan simbolik (atau tautan simbolik yang tidak diikuti)',
  EMFILE: 'terlalu banyak berkas terbuka',
  ENFILE: 'terlalu banyak berkas terbuka di sistem',
  EIO: 'galat masukan/keluaran perangkat (disk rusak atau terputus)',
  EBUSY: 'berkas sedang dipakai program lain',
  ETXTBSY: 'berkas sedang dipakai program lain',
  EFBIG: 'berkas terlalu besar untuk sistem berkas ini',
  EAGAIN: 'berkas belum siap dibaca (pipa atau perangkat)',
  EXDEV: 'tidak dapat memindahkan berkas antarsistem berkas',
  EINVAL: 'argumen tidak sah untuk sistem berkas ini',
};

/** zlib's codes: the compressed data of a part is damaged. */
const ZLIB = /^Z_(DATA|BUF|STREAM)_ERROR$/;

function cocokkan(daftar: readonly Terjemahan[], pesan: string): string | null {
  for (const [pola, teks] of daftar) {
    const m = pola.exec(pesan);
    if (m) return teks.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
  }
  return null;
}

/** Where saxes says the error is (when it tracks positions), and its message without that prefix. */
export interface PesanSaxes {
  readonly baris: number | null;
  readonly kolom: number | null;
  /** Indonesian. */
  readonly alasan: string;
}

/** A saxes error message ("2:480: malformed character entity.") in Indonesian, with its line and column. */
export function terjemahSaxes(pesan: string): PesanSaxes {
  const m = /^(?:[^:]*:)?(\d+):(\d+): ([\s\S]*)$/.exec(pesan);
  const inti = m ? m[3]! : pesan;
  return {
    baris: m ? Number(m[1]) : null,
    kolom: m ? Number(m[2]) : null,
    alasan: cocokkan(SAXES, inti) ?? 'XML tidak sah',
  };
}

/** A yauzl or zlib error about the archive or one of its parts, in Indonesian. */
export function terjemahZip(e: unknown): string {
  const kode = (e as { code?: unknown } | null)?.code;
  if (typeof kode === 'string' && ZLIB.test(kode)) return 'data termampatnya rusak (gagal dibuka)';
  const pesan = e instanceof Error ? e.message : String(e);
  return cocokkan(ZIP, pesan) ?? 'arsip ZIP rusak';
}

/** The operating system's error code of `e` ("ENOSPC"), or null. */
export function kodeSistem(e: unknown): string | null {
  const kode = (e as { code?: unknown } | null)?.code;
  return typeof kode === 'string' && /^E[A-Z]+$/.test(kode) ? kode : null;
}

/** An operating-system error in Indonesian: "ruang disk penuh (ENOSPC)"; null when `e` is not one. */
export function terjemahSistem(e: unknown): string | null {
  const kode = kodeSistem(e);
  if (kode === null) return null;
  return `${SISTEM[kode] ?? 'galat sistem'} (${kode})`;
}

/** JavaScript's own error classes: a fault of the program, their text is English. */
const GALAT_BAWAAN_JS = new Set([
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'AggregateError',
]);

/**
 * Any error as one Indonesian text for the user: the project's own errors (Indonesian already) as they are, the
 * system's by their code, the libraries' (zlib, yauzl) by the tables, a fault of the program generically.
 */
export function pesanIndonesia(e: unknown): string {
  const sistem = terjemahSistem(e);
  if (sistem !== null) return sistem;
  if (!(e instanceof Error)) return String(e);
  const kode = (e as { code?: unknown }).code;
  if (typeof kode === 'string' && ZLIB.test(kode)) return terjemahZip(e);
  if (GALAT_BAWAAN_JS.has(e.name) || e.message.trim() === '') {
    return 'galat internal program (bukan kesalahan isi berkas); jalankan lagi dengan LKIP_DEBUG=1 dan kirim rinciannya ke pengembang';
  }
  return e.message;
}

/**
 * What LKIP_DEBUG=1 adds below a message: the stack of the error and of each cause (the original English
 * messages of saxes, yauzl, zlib and Node are there).
 */
export function rincianDebug(e: unknown): string {
  const baris: string[] = [];
  let kini: unknown = e;
  for (let i = 0; kini !== undefined && kini !== null && i < 8; i++) {
    const teks = kini instanceof Error ? (kini.stack ?? `${kini.name}: ${kini.message}`) : String(kini);
    baris.push(`${i === 0 ? 'LKIP_DEBUG' : 'LKIP_DEBUG sebab'}: ${teks}`);
    kini = kini instanceof Error ? kini.cause : undefined;
  }
  return baris.join('\n');
}

/** A message as a sentence: ends with a full stop unless it already ends with one (or ! ?). */
export function kalimat(t: string): string {
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
