/**
 * A small, strict XML reader for the manifest test (the web validator cannot run here and the project
 * declares no XML parser). It checks well-formedness: one root element, matching end tags, names, quoted
 * and unique attributes, no stray "<" or "&" in text, comments and the XML declaration where they may be.
 * DTDs and processing instructions other than the declaration are refused; the manifest has none.
 */

export interface ElemenXml {
  /** Qualified name as written, e.g. "bt:Image". */
  readonly nama: string;
  readonly atribut: Readonly<Record<string, string>>;
  readonly anak: readonly ElemenXml[];
  /** Text directly inside the element (entities decoded, trimmed). */
  readonly teks: string;
  /** 1-based line of the start tag, for messages. */
  readonly baris: number;
}

export class GalatXml extends Error {
  constructor(pesan: string, baris: number) {
    super(`XML baris ${baris}: ${pesan}`);
    this.name = 'GalatXml';
  }
}

const NAMA = /^[A-Za-z_][A-Za-z0-9._-]*(:[A-Za-z_][A-Za-z0-9._-]*)?$/;
const ENTITAS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface ElemenBangun {
  nama: string;
  atribut: Record<string, string>;
  anak: ElemenXml[];
  teks: string;
  baris: number;
}

export function bacaXml(sumber: string): ElemenXml {
  let i = 0;
  const baris = () => sumber.slice(0, i).split('\n').length;
  const gagal = (pesan: string): never => {
    throw new GalatXml(pesan, baris());
  };

  if (sumber.charCodeAt(0) === 0xfeff) i = 1;
  if (sumber.startsWith('<?xml', i)) {
    const akhir = sumber.indexOf('?>', i);
    if (akhir < 0) gagal('deklarasi XML tidak ditutup');
    const deklarasi = sumber.slice(i, akhir + 2);
    if (!/^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z0-9._-]+")?(\s+standalone="(yes|no)")?\s*\?>$/.test(deklarasi)) {
      gagal(`deklarasi XML tidak sah: ${deklarasi}`);
    }
    i = akhir + 2;
  }

  const tumpukan: ElemenBangun[] = [];
  let akar: ElemenXml | undefined;

  const dekode = (teks: string): string =>
    teks.replace(/&([^;]*);/g, (_, nama: string) => {
      if (nama.startsWith('#x')) return String.fromCodePoint(parseInt(nama.slice(2), 16));
      if (nama.startsWith('#')) return String.fromCodePoint(parseInt(nama.slice(1), 10));
      const nilai = ENTITAS[nama];
      if (nilai === undefined) gagal(`entitas tidak dikenal &${nama};`);
      return nilai!;
    });

  const periksaTeks = (teks: string) => {
    if (teks.includes('<')) gagal('"<" di dalam teks');
    if (/&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/.test(teks)) gagal('"&" tanpa entitas yang sah');
  };

  while (i < sumber.length) {
    const lt = sumber.indexOf('<', i);
    const teks = sumber.slice(i, lt < 0 ? sumber.length : lt);
    if (teks.trim() !== '') {
      const induk = tumpukan[tumpukan.length - 1];
      if (!induk) gagal(`teks di luar elemen akar: "${teks.trim().slice(0, 30)}"`);
      periksaTeks(teks);
      induk!.teks += dekode(teks);
    }
    if (lt < 0) break;
    i = lt;

    if (sumber.startsWith('<!--', i)) {
      const akhir = sumber.indexOf('-->', i + 4);
      if (akhir < 0) gagal('komentar tidak ditutup');
      if (sumber.slice(i + 4, akhir).includes('--')) gagal('"--" di dalam komentar');
      i = akhir + 3;
      continue;
    }
    if (sumber.startsWith('<![CDATA[', i)) {
      const akhir = sumber.indexOf(']]>', i);
      const induk = tumpukan[tumpukan.length - 1];
      if (akhir < 0 || !induk) gagal('CDATA tidak sah');
      induk!.teks += sumber.slice(i + 9, akhir);
      i = akhir + 3;
      continue;
    }
    if (sumber.startsWith('<!', i) || sumber.startsWith('<?', i)) gagal('DTD atau instruksi pemrosesan tidak didukung di sini');

    const akhirTag = cariAkhirTag(sumber, i);
    if (akhirTag < 0) gagal('tag tidak ditutup');
    const isiTag = sumber.slice(i + 1, akhirTag);
    const barisTag = baris();
    i = akhirTag + 1;

    if (isiTag.startsWith('/')) {
      const nama = isiTag.slice(1).trim();
      const buka = tumpukan.pop();
      if (!buka) gagal(`tag penutup </${nama}> tanpa pembuka`);
      if (buka!.nama !== nama) gagal(`tag penutup </${nama}> tidak cocok dengan <${buka!.nama}> (baris ${buka!.baris})`);
      selesai(buka!);
      continue;
    }

    const tutupSendiri = isiTag.endsWith('/');
    const badan = tutupSendiri ? isiTag.slice(0, -1) : isiTag;
    const cocokNama = /^([^\s/>]+)/.exec(badan);
    if (!cocokNama || !NAMA.test(cocokNama[1]!)) gagal(`nama elemen tidak sah: <${badan.slice(0, 30)}`);
    const nama = cocokNama![1]!;
    const atribut = bacaAtribut(badan.slice(nama.length), gagal, periksaTeks, dekode);
    if (tumpukan.length === 0 && akar) gagal(`elemen akar kedua <${nama}>`);
    const elemen: ElemenBangun = { nama, atribut, anak: [], teks: '', baris: barisTag };
    if (tutupSendiri) selesai(elemen);
    else tumpukan.push(elemen);
  }
  if (tumpukan.length > 0) {
    const terbuka = tumpukan[tumpukan.length - 1]!;
    throw new GalatXml(`<${terbuka.nama}> tidak ditutup`, terbuka.baris);
  }
  if (!akar) throw new GalatXml('tidak ada elemen akar', 1);
  return akar;

  function selesai(e: ElemenBangun) {
    const jadi: ElemenXml = { nama: e.nama, atribut: e.atribut, anak: e.anak, teks: e.teks.trim(), baris: e.baris };
    const induk = tumpukan[tumpukan.length - 1];
    if (induk) induk.anak.push(jadi);
    else if (akar) throw new GalatXml(`elemen akar kedua <${e.nama}>`, e.baris);
    else akar = jadi;
  }
}

/** The ">" that ends a tag, skipping ">" inside quoted attribute values. */
function cariAkhirTag(sumber: string, mulai: number): number {
  let kutip: string | null = null;
  for (let j = mulai + 1; j < sumber.length; j++) {
    const ch = sumber[j]!;
    if (kutip) {
      if (ch === kutip) kutip = null;
    } else if (ch === '"' || ch === "'") kutip = ch;
    else if (ch === '<') return -1;
    else if (ch === '>') return j;
  }
  return -1;
}

function bacaAtribut(
  teks: string,
  gagal: (pesan: string) => never,
  periksaTeks: (teks: string) => void,
  dekode: (teks: string) => string,
): Record<string, string> {
  const atribut: Record<string, string> = {};
  const pola = /\s+([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
  let sisa = teks;
  while (sisa.trim() !== '') {
    pola.lastIndex = 0;
    const m = pola.exec(sisa);
    if (!m) gagal(`atribut tidak sah: "${sisa.trim().slice(0, 40)}"`);
    const [semua, nama, , ganda, tunggal] = m!;
    if (!NAMA.test(nama!)) gagal(`nama atribut tidak sah: ${nama}`);
    if (Object.prototype.hasOwnProperty.call(atribut, nama!)) gagal(`atribut ${nama} ditulis dua kali`);
    const nilai = ganda ?? tunggal ?? '';
    periksaTeks(nilai);
    atribut[nama!] = dekode(nilai);
    sisa = sisa.slice(semua!.length);
  }
  return atribut;
}

/** Children with a given name. */
export function anak(e: ElemenXml, nama: string): ElemenXml[] {
  return e.anak.filter((a) => a.nama === nama);
}

/** The one child with a given name (throws if there is none or more than one). */
export function satuAnak(e: ElemenXml, nama: string): ElemenXml {
  const ada = anak(e, nama);
  if (ada.length !== 1) throw new Error(`<${e.nama}> (baris ${e.baris}) harus punya tepat satu <${nama}>, ada ${ada.length}`);
  return ada[0]!;
}

/** Every element of the tree, depth first. */
export function semuaElemen(e: ElemenXml): ElemenXml[] {
  return [e, ...e.anak.flatMap(semuaElemen)];
}

/** Follow a path of child names from e, each step the one child of that name. */
export function jalur(e: ElemenXml, ...nama: string[]): ElemenXml {
  return nama.reduce(satuAnak, e);
}
