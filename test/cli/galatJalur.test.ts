/**
 * Issue 17: every error path of the runner ends in its documented exit code and one Indonesian line naming the
 * file and, where known, the part, the sheet and the cell — never the English text of saxes, yauzl, zlib or Node,
 * never a stack trace (LKIP_DEBUG=1 shows them). Each broken input is made from the bundled sample: its parts
 * changed with JSZip, or its zip headers changed byte by byte (CRC, sizes, flags, compression method).
 * docs/runner.md "Pesan galat" lists the same classes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { KODE_KELUAR } from '../../src/cli/laporan';
import { pesanIndonesia, terjemahSaxes, terjemahSistem } from '../../src/cli/terjemahGalat';
import { PortPaketXlsx } from '../../src/cli/xlsx/portPaket';
import { GalatXml, uraiXml } from '../../src/cli/xlsx/xmlRingan';
import { CONTOH, folderSementara, jalankanCli } from './bantu';

/** English phrases of saxes, yauzl, zlib and Node that must never reach the user. */
const INGGRIS =
  /malformed|entity|unexpected|disallowed|duplicate|unclosed|unmatched|too many bytes|not enough bytes|invalid|signature|stream|EOF|not supported|permission denied|no such file|no space|Error\b/;
const JEJAK = /\n\s+at /;

// ---------------------------------------------------------------------------------------------
// Building broken packages

type Bagian = Record<string, string | null>;

/** The sample with some parts replaced (a string) or removed (null), saved with `metode`. */
async function paket(ubah: (isi: (nama: string) => Promise<string>) => Promise<Bagian>, metode: 'DEFLATE' | 'STORE' = 'DEFLATE') {
  const zip = await JSZip.loadAsync(await fs.readFile(CONTOH));
  const isi = (nama: string) => zip.file(nama)!.async('string');
  for (const [nama, teks] of Object.entries(await ubah(isi))) {
    if (teks === null) zip.remove(nama);
    else zip.file(nama, teks);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: metode });
}

/** One part's headers in a zip: the central directory entry's offset and the local header's. */
function kepalaEntri(data: Buffer, nama: string): { pusat: number; lokal: number } {
  const akhir = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = data.readUInt32LE(akhir + 16);
  for (let i = 0; i < data.readUInt16LE(akhir + 10); i++) {
    const panjangNama = data.readUInt16LE(p + 28);
    if (data.toString('utf8', p + 46, p + 46 + panjangNama) === nama) return { pusat: p, lokal: data.readUInt32LE(p + 42) };
    p += 46 + panjangNama + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
  }
  throw new Error(`${nama} tidak ada`);
}

/** Offset of a part's stored data. */
function awalData(data: Buffer, nama: string): number {
  const { lokal } = kepalaEntri(data, nama);
  return lokal + 30 + data.readUInt16LE(lokal + 26) + data.readUInt16LE(lokal + 28);
}

/** A copy of `data` with a header field of part `nama` changed in both headers (central, local). */
function ubahKepala(data: Buffer, nama: string, medan: 'bendera' | 'metode' | 'ukuranAsli', nilai: (lama: number) => number) {
  const b = Buffer.from(data);
  const { pusat, lokal } = kepalaEntri(b, nama);
  const medanKepala: Record<typeof medan, readonly [number, number, number]> = {
    bendera: [8, 6, 2],
    metode: [10, 8, 2],
    ukuranAsli: [24, 22, 4],
  };
  const [dPusat, dLokal, lebar] = medanKepala[medan];
  for (const [p, d] of [
    [pusat, dPusat],
    [lokal, dLokal],
  ] as const) {
    if (lebar === 2) b.writeUInt16LE(nilai(b.readUInt16LE(p + d)), p + d);
    else b.writeUInt32LE(nilai(b.readUInt32LE(p + d)) >>> 0, p + d);
  }
  return b;
}

const WB = 'xl/workbook.xml';
const LEMBAR = 'xl/worksheets/sheet1.xml';
const TAMBAH_BARIS = (baris: string) => async (isi: (n: string) => Promise<string>) => ({
  [LEMBAR]: (await isi(LEMBAR)).replace('</sheetData>', `${baris}</sheetData>`),
});

interface Kasus {
  readonly nama: string;
  readonly buat: (contoh: Buffer) => Promise<Buffer> | Buffer;
  readonly kode: number;
  /** The message after "<nama>.xlsx: ". */
  readonly pesan: RegExp;
}

const RUSAK = 'buku kerja rusak atau tidak dapat dibaca: ';

const KASUS: readonly Kasus[] = [
  // The archive
  {
    nama: 'terpotong',
    buat: (c) => c.subarray(0, Math.floor(c.length / 2)),
    kode: KODE_KELUAR.berkas,
    pesan: /^arsip ZIP rusak atau terpotong \(akhir arsip ZIP \(direktori pusat\) tidak ditemukan\); mungkin penyalinan/,
  },
  {
    nama: 'teks',
    buat: () => Buffer.from('No;Indikator;Target\n1;Cakupan;50\n'),
    kode: KODE_KELUAR.berkas,
    pesan: /^bukan buku kerja \.xlsx \(isinya bukan arsip Office Open XML/,
  },
  {
    // A letter of a cell's text changed in a stored (uncompressed) part: the XML stays valid, only the CRC tells.
    nama: 'crc',
    buat: async () => {
      const b = await paket(async () => ({}), 'STORE');
      const i = b.indexOf('Beras', awalData(b, LEMBAR));
      b[i] = 'X'.charCodeAt(0);
      return b;
    },
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}lembar "Data LKIP": bagian ${LEMBAR}: isinya tidak cocok dengan CRC-32 yang tercatat`),
  },
  {
    nama: 'inflate',
    buat: async () => {
      const b = await paket(async () => ({}));
      const awal = awalData(b, LEMBAR) + 200;
      for (let i = awal; i < awal + 40; i++) b[i] = b[i]! ^ 0x5a;
      return b;
    },
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}lembar "Data LKIP": bagian ${LEMBAR}: data termampatnya rusak \\(gagal dibuka\\)\\.$`),
  },
  {
    // A zip bomb's trick: the declared size is smaller than what the data inflates to.
    nama: 'ukuranBohong',
    buat: async () => ubahKepala(await paket(async () => ({})), LEMBAR, 'ukuranAsli', (u) => Math.floor(u / 4)),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(
      `^${RUSAK}lembar "Data LKIP": bagian ${LEMBAR}: isinya lebih besar dari ukuran yang tercatat di arsip \\(\\d+ bita\\)`,
    ),
  },
  {
    nama: 'ukuranKurang',
    buat: async () => ubahKepala(await paket(async () => ({})), LEMBAR, 'ukuranAsli', (u) => u * 2),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(
      `^${RUSAK}lembar "Data LKIP": bagian ${LEMBAR}: isinya lebih kecil dari ukuran yang tercatat di arsip \\(\\d+ bita, hanya ada \\d+\\)`,
    ),
  },
  {
    nama: 'bom',
    buat: async () => ubahKepala(await paket(async () => ({})), WB, 'ukuranAsli', () => 0xfffffff0),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}bagian ${WB} terlalu besar \\(4294967280 bita; batas \\d+\\)`),
  },
  {
    nama: 'kepalaPusat',
    buat: async () => {
      const b = await paket(async () => ({}));
      b[kepalaEntri(b, WB).pusat + 3] = 0x09;
      return b;
    },
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}arsip ZIP rusak: struktur arsip ZIP rusak \\(tanda kepala entri tidak sah\\)\\.$`),
  },
  {
    nama: 'kepalaLokal',
    buat: async () => {
      const b = await paket(async () => ({}));
      b[kepalaEntri(b, WB).lokal + 3] = 0x09;
      return b;
    },
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}bagian ${WB}: struktur arsip ZIP rusak \\(tanda kepala entri tidak sah\\)\\.$`),
  },
  {
    nama: 'sandi',
    buat: async () => ubahKepala(await paket(async () => ({})), WB, 'bendera', (f) => f | 1),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}arsip terenkripsi \\(buku kerja berkata sandi\\)\\.$`),
  },
  {
    nama: 'metode',
    buat: async () => ubahKepala(await paket(async () => ({})), WB, 'metode', () => 12),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}bagian ${WB} dimampatkan dengan metode 12 yang tidak didukung`),
  },
  // The package's structure
  {
    nama: 'tanpaWorkbook',
    buat: () => paket(async () => ({ [WB]: null })),
    kode: KODE_KELUAR.berkas,
    pesan: /^arsip ZIP ini bukan buku kerja Excel \(tidak ada xl\/workbook\.xml\)\.$/,
  },
  {
    nama: 'tanpaJenisKonten',
    buat: () => paket(async () => ({ '[Content_Types].xml': null })),
    kode: KODE_KELUAR.berkas,
    pesan: /^arsip ZIP ini bukan buku kerja Excel \(tidak ada \[Content_Types\]\.xml\)\.$/,
  },
  {
    nama: 'tanpaRelasi',
    buat: () => paket(async () => ({ 'xl/_rels/workbook.xml.rels': null })),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(
      `^${RUSAK}bagian xl/_rels/workbook\\.xml\\.rels \\(relasi buku kerja ke lembar-lembarnya\\) tidak ada di arsip\\.$`,
    ),
  },
  // XML of the small parts: the part, its line and column
  {
    nama: 'entitas',
    buat: () =>
      paket(async (isi) => ({
        [WB]: (await isi(WB)).replace('<definedName name="LKIP_Instansi"', '<definedName name="LKIP_&#x110000;"'),
      })),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(
      `^${RUSAK}xl/workbook\\.xml baris \\d+, kolom \\d+: rujukan karakter tidak sah \\(misalnya &#x110000; di luar Unicode`,
    ),
  },
  {
    nama: 'doctype',
    buat: () =>
      paket(async (isi) => ({ [WB]: (await isi(WB)).replace('<workbook', '<!DOCTYPE workbook [<!ENTITY x "y">]><workbook') })),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}xl/workbook\\.xml: deklarasi DOCTYPE tidak diizinkan`),
  },
  {
    nama: 'relasiRusak',
    buat: () =>
      paket(async (isi) => ({
        'xl/_rels/workbook.xml.rels': (await isi('xl/_rels/workbook.xml.rels')).replace('<Relationship ', '<Relationship <'),
      })),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(
      `^${RUSAK}xl/_rels/workbook\\.xml\\.rels baris \\d+, kolom \\d+: karakter terlarang dalam nama atribut\\.$`,
    ),
  },
  {
    nama: 'jenisKontenTerpotong',
    buat: () => paket(async (isi) => ({ '[Content_Types].xml': (await isi('[Content_Types].xml')).slice(0, -20) })),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}\\[Content_Types\\]\\.xml baris \\d+, kolom \\d+: `),
  },
  {
    nama: 'gayaRusak',
    buat: () =>
      paket(async (isi) => ({ 'xl/styles.xml': (await isi('xl/styles.xml')).replace('<cellXfs', '<cellXfs a="1" a="2"') })),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}xl/styles\\.xml baris \\d+, kolom \\d+: atribut a ditulis dua kali\\.$`),
  },
  {
    nama: 'stringBersama',
    buat: () =>
      paket(async (isi) => ({
        'xl/sharedStrings.xml':
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a&bogus;</t></si></sst>',
        'xl/_rels/workbook.xml.rels': (await isi('xl/_rels/workbook.xml.rels')).replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
      })),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}xl/sharedStrings\\.xml: entitas tidak dikenal`),
  },
  // The streamed sheet: the sheet, its part and the cell
  {
    nama: 'selEntitas',
    buat: () => paket(TAMBAH_BARIS('<row r="900"><c r="A900" t="inlineStr"><is><t>&#0;</t></is></c></row>')),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}lembar "Data LKIP" \\(${LEMBAR}\\) sel A900: rujukan karakter tidak sah`),
  },
  {
    nama: 'alamatSel',
    buat: () => paket(TAMBAH_BARIS('<row r="900"><c r="ZZZZ900"><v>1</v></c></row>')),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(
      `^${RUSAK}lembar "Data LKIP" \\(${LEMBAR}\\): alamat sel tidak sah \\(ZZZZ900; di luar A1:XFD1048576\\)\\.$`,
    ),
  },
  {
    nama: 'nomorBaris',
    buat: () => paket(TAMBAH_BARIS('<row r="2000000"><c><v>1</v></c></row>')),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(
      `^${RUSAK}lembar "Data LKIP" \\(${LEMBAR}\\): nomor baris tidak sah \\(2000000; lembar Excel berbaris 1 sampai 1048576\\)\\.$`,
    ),
  },
  {
    nama: 'lembarTerpotong',
    buat: () => paket(async (isi) => ({ [LEMBAR]: (await isi(LEMBAR)).replace(/<\/sheetData>[\s\S]*$/, '') })),
    kode: KODE_KELUAR.berkas,
    pesan: new RegExp(`^${RUSAK}lembar "Data LKIP" \\(${LEMBAR}\\) sesudah sel E100: tag <sheetData> tidak ditutup\\.$`),
  },
];

let folder: string;
let contoh: Buffer;

beforeAll(async () => {
  folder = await folderSementara('lkip-galat-');
  contoh = await fs.readFile(CONTOH);
  for (const k of KASUS) await fs.writeFile(path.join(folder, `${k.nama}.xlsx`), await k.buat(contoh));
});

describe('setiap jalur galat: kode keluar, satu baris Indonesia yang menyebut berkas (dan bagian/sel), tanpa jejak tumpukan', () => {
  test.each(KASUS.map((k) => [k.nama, k] as const))('%s', async (_, k) => {
    const r = await jalankanCli([`${k.nama}.xlsx`], folder, { debug: false });
    expect(r.kode).toBe(k.kode);
    const baris = r.galat.trimEnd().split('\n');
    expect(baris).toHaveLength(1);
    expect(baris[0]!.startsWith(`${k.nama}.xlsx: `)).toBe(true);
    expect(baris[0]!.slice(`${k.nama}.xlsx: `.length)).toMatch(k.pesan);
    expect(r.galat).not.toMatch(JEJAK);
    expect(r.galat).not.toMatch(INGGRIS);
    // Nothing is written for an input that fails.
    await expect(fs.access(path.join(folder, `${k.nama}-laporan.xlsx`))).rejects.toThrow();
  });

  test('beberapa berkas rusak dalam satu batch: semuanya dilaporkan, kode terburuk, tanpa berkas hasil', async () => {
    const nama = ['crc.xlsx', 'entitas.xlsx', 'selEntitas.xlsx'];
    const r = await jalankanCli(nama, folder);
    expect(r.kode).toBe(KODE_KELUAR.berkas);
    for (const n of nama) expect(r.galat).toContain(`${n}: ${RUSAK}`);
    expect(r.galat).toContain('Selesai: 0 dari 3 berkas berhasil.');
    expect(r.galat).not.toMatch(INGGRIS);
  });

  test('LKIP_DEBUG=1: pesan yang sama, lalu jejak tumpukan dan pesan asli pengurai (bahasa Inggris) sebagai rincian', async () => {
    const biasa = await jalankanCli(['entitas.xlsx'], folder, { debug: false });
    const r = await jalankanCli(['entitas.xlsx'], folder, { debug: true });
    expect(r.kode).toBe(KODE_KELUAR.berkas);
    expect(r.galat.startsWith(biasa.galat)).toBe(true);
    expect(r.galat).toMatch(/^LKIP_DEBUG: GalatBerkas: entitas\.xlsx: /m);
    expect(r.galat).toMatch(/^LKIP_DEBUG sebab: Error: \d+:\d+: malformed character entity\./m);
    expect(r.galat).toMatch(JEJAK);
  });
});

describe('galat program (bukan kesalahan berkas)', () => {
  test('TypeError di tengah pembacaan: satu baris Indonesia, kode 1, batch lanjut ke berkas berikutnya', async () => {
    const keluar = await folderSementara('lkip-galat-program-');
    await fs.copyFile(CONTOH, path.join(keluar, 'satu.xlsx'));
    await fs.copyFile(CONTOH, path.join(keluar, 'dua.xlsx'));
    const asli = PortPaketXlsx.prototype.bacaNamaLkip;
    let panggilan = 0;
    const mata = jest.spyOn(PortPaketXlsx.prototype, 'bacaNamaLkip').mockImplementation(function (this: PortPaketXlsx, opsi) {
      if (panggilan++ === 0) return Promise.reject(new TypeError("Cannot read properties of undefined (reading 'nilai')"));
      return asli.call(this, opsi);
    });
    try {
      const r = await jalankanCli(['satu.xlsx', 'dua.xlsx'], keluar, { debug: false });
      expect(r.kode).toBe(KODE_KELUAR.berkas);
      expect(r.galat).toContain(
        'satu.xlsx: galat tak terduga (laporkan ke pengembang; LKIP_DEBUG=1 menampilkan rinciannya): galat internal program (bukan kesalahan isi berkas)',
      );
      expect(r.galat).toContain('Selesai: 1 dari 2 berkas berhasil.');
      expect(r.galat).not.toMatch(/Cannot read|TypeError/);
      expect(r.galat).not.toMatch(JEJAK);
    } finally {
      mata.mockRestore();
    }
    expect((await fs.readdir(keluar)).sort()).toEqual(['dua-laporan.xlsx', 'dua.xlsx', 'satu.xlsx']);
  });
});

describe('lembar yang dirujuk nama hilang dari paket: ditolak (kode 3) per nama, dengan sebab "berkas rusak"', () => {
  test.each([
    [
      'tanpaBagianLembar',
      { [LEMBAR]: null },
      'bagian xl/worksheets/sheet1.xml (lembar "Data LKIP") tidak ada di arsip (berkas rusak)',
    ],
    [
      'tanpaRelasiLembar',
      null,
      'lembar "Data LKIP" tidak punya bagian di paket (relasinya rId1 tidak ada di relasi buku kerja; berkas rusak)',
    ],
  ] as const)('%s', async (nama, bagian, sebab) => {
    const data = await paket(
      async (isi) =>
        bagian ?? {
          'xl/_rels/workbook.xml.rels': (await isi('xl/_rels/workbook.xml.rels')).replace(
            /<Relationship [^>]*\/worksheet"[^>]*\/>/,
            '',
          ),
        },
    );
    await fs.writeFile(path.join(folder, `${nama}.xlsx`), data);
    const r = await jalankanCli([`${nama}.xlsx`], folder);
    expect(r.kode).toBe(KODE_KELUAR.ditolak);
    expect(r.galat.startsWith(`${nama}.xlsx: laporan tidak ditulis`)).toBe(true);
    expect(r.galat.replace(/\n\s*/g, ' ')).toContain(
      `LKIP_Anggaran ('Data LKIP'!$B$82:$E$93) tidak dapat dibaca sebagai rentang: ${sebab}`,
    );
    expect(r.galat).not.toMatch(INGGRIS);
  });
});

describe('galat menulis: kode 1, pesan menyebut berkas masukan, tujuan, dan sebab dari sistem', () => {
  test('folder hasil di bawah sebuah berkas (ENOTDIR)', async () => {
    await fs.copyFile(CONTOH, path.join(folder, 'tulis.xlsx'));
    await fs.writeFile(path.join(folder, 'bukanFolder'), 'x');
    const r = await jalankanCli(['tulis.xlsx', '--out', 'bukanFolder/hasil/'], folder);
    expect(r.kode).toBe(KODE_KELUAR.berkas);
    expect(r.galat.trimEnd()).toBe(
      `tulis.xlsx: folder hasil ${path.join(folder, 'bukanFolder', 'hasil')} tidak dapat dibuat: salah satu bagian jalurnya bukan folder (ENOTDIR).`,
    );
  });

  test('disk penuh saat menyimpan (ENOSPC): tidak ada berkas sementara yang tertinggal', async () => {
    const keluar = await folderSementara('lkip-galat-penuh-');
    await fs.copyFile(CONTOH, path.join(keluar, 'penuh.xlsx'));
    const buka = fs.open.bind(fs);
    const mata = jest.spyOn(fs, 'open').mockImplementation(async (jalur, ...sisa) => {
      if (String(jalur).endsWith('.tmp')) {
        throw Object.assign(new Error(`ENOSPC: no space left on device, open '${String(jalur)}'`), { code: 'ENOSPC' });
      }
      return buka(jalur, ...sisa);
    });
    try {
      const r = await jalankanCli(['penuh.xlsx'], keluar);
      expect(r.kode).toBe(KODE_KELUAR.berkas);
      expect(r.galat.trimEnd()).toBe(
        `penuh.xlsx: laporan tidak dapat ditulis ke ${path.join(keluar, 'penuh-laporan.xlsx')}: ruang disk penuh (ENOSPC).`,
      );
    } finally {
      mata.mockRestore();
    }
    expect(await fs.readdir(keluar)).toEqual(['penuh.xlsx']);
  });

  test('BAB III tidak dapat ditulis (di tempatnya ada folder): kode 1, pesan mengatakan buku kerja hasil sudah ditulis', async () => {
    const keluar = await folderSementara('lkip-galat-docx-');
    await fs.copyFile(CONTOH, path.join(keluar, 'bab.xlsx'));
    await fs.mkdir(path.join(keluar, 'bab-laporan.docx'));
    const r = await jalankanCli(['bab.xlsx', '--docx'], keluar);
    expect(r.kode).toBe(KODE_KELUAR.berkas);
    expect(r.galat.trimEnd()).toBe(
      `bab.xlsx: BAB III tidak dapat ditulis ke ${path.join(keluar, 'bab-laporan.docx')}: jalur itu sebuah folder (EISDIR). ` +
        `Buku kerja hasil ${path.join(keluar, 'bab-laporan.xlsx')} sudah ditulis.`,
    );
    expect((await fs.readdir(keluar)).sort()).toEqual(['bab-laporan.docx', 'bab-laporan.xlsx', 'bab.xlsx']);
  });
});

describe('terjemahan pesan pustaka', () => {
  // Each: XML that saxes refuses, through the parser the adapter uses (uraiXml): an Indonesian reason, not the
  // generic fallback, with saxes's line and column; the English original only as the cause.
  const XML_RUSAK = [
    '<a>&#x110000;</a>',
    '<a>&bogus;</a>',
    '<a><b></a>',
    '<a x="1" x="2"/>',
    '<a x/>',
    '<a x=1/>',
    '<a x="1"y="2"/>',
    'teks<a/>',
    '<a/><b/>',
    '',
    '<!-- a -- b --><a/>',
    '<a>]]></a>',
    '<a></>',
    '<a/ >',
    '<?xml version="2.0"?><a/>',
    '<a/><?xml version="1.0"?>',
    '<a>&;</a>',
    '<1a/>',
    '<a>\u0001</a>',
    '<a><b>',
    '<a>&am p;</a>',
  ];
  test.each(XML_RUSAK)('saxes: %j', (xml) => {
    let galat: unknown;
    try {
      uraiXml(xml);
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(GalatXml);
    const g = galat as GalatXml;
    expect(g.alasan).not.toBe('XML tidak sah');
    expect(g.message).toMatch(/^baris \d+, kolom \d+: /);
    expect(g.message).not.toMatch(INGGRIS);
    expect((g.cause as Error).message).toMatch(/^\d+:\d+: [a-z]/);
  });

  test('pesan saxes yang tidak dikenal: teks umum Indonesia, tanpa teks aslinya', () => {
    expect(terjemahSaxes('3:4: something new.')).toEqual({ baris: 3, kolom: 4, alasan: 'XML tidak sah' });
  });

  test('galat sistem dan galat program', () => {
    const sistem = (code: string) => Object.assign(new Error(`${code}: english text`), { code });
    expect(terjemahSistem(sistem('EACCES'))).toBe('izin ditolak (tidak boleh membaca/menulis di sana) (EACCES)');
    expect(terjemahSistem(sistem('EROFS'))).toBe('sistem berkas hanya-baca (EROFS)');
    expect(terjemahSistem(sistem('EWHATEVER'))).toBe('galat sistem (EWHATEVER)');
    expect(terjemahSistem(new Error('x'))).toBeNull();
    expect(pesanIndonesia(new TypeError("Cannot read properties of undefined (reading 'x')"))).toMatch(
      /^galat internal program \(bukan kesalahan isi berkas\); jalankan lagi dengan LKIP_DEBUG=1/,
    );
    expect(pesanIndonesia(Object.assign(new Error('invalid block type'), { code: 'Z_DATA_ERROR' }))).toBe(
      'data termampatnya rusak (gagal dibuka)',
    );
    expect(pesanIndonesia(new Error('Model lembar "Laporan LKIP": baris 7 berisi angka tidak terhingga.'))).toBe(
      'Model lembar "Laporan LKIP": baris 7 berisi angka tidak terhingga.',
    );
  });
});
