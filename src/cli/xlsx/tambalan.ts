/**
 * The output package: the input package patched, not re-serialised. Every part of the input is copied as
 * stored (its compressed bytes), except what the add-in's sheets need changed:
 *
 * - the add-in's sheets (new, or replacing a sheet of that name in place: same <sheet> element, same sheetId,
 *   same tab position, same part name) with their parts (notes: comments + VML) and relationships;
 * - the parts a replaced sheet referred to and nothing else refers to (its old notes) are dropped, and so is
 *   calcChain.xml when a sheet is replaced (it may list cells of the old sheet; Excel rebuilds it);
 * - xl/workbook.xml (<sheets>, <definedNames>), its relationships, [Content_Types].xml, and xl/styles.xml
 *   (cell formats appended) are rewritten from their parsed trees.
 * The user's charts, pivot tables, images, macros (vbaProject.bin) and every other part reach the output byte
 * for byte; the workbook's content type is kept, so an .xlsm stays an .xlsm. Entries keep their order, new
 * ones follow; new entries carry a fixed date: the same input and sheets give the same bytes.
 */
import type { NamaTerdefinisi, StrukturPaket } from './paket';
import {
  bacaRelasi,
  bacaXml,
  idRelasiBaru,
  JALUR_JENIS_KONTEN,
  JENIS_KONTEN,
  jalurRelasi,
  jalurTarget,
  relasiKosong,
  tambahRelasi,
  targetRelatif,
  TIPE,
  uriTipe,
} from './paket';
import type { BagianTurunan, KonteksSimpan, LembarTersusun, RelasiBagian } from './bagianPaket';
import { samaNama } from './aturan';
import { anakElemen, cariAnak, elemenBaru, sisipkanMenurutUrutan, tulisXml, type DokumenXml, type Elemen } from './xmlRingan';
import type { ArsipZip } from './zipBaca';
import { PenulisZip, type DataTerkompres, type TulisBita } from './zipTulis';

export interface RencanaTambalan {
  readonly arsip: ArsipZip;
  readonly struktur: StrukturPaket;
  /** The add-in's sheets, one per name, in writing order. */
  readonly lembar: readonly LembarTersusun[];
  /** The workbook's defined names as the output carries them. */
  readonly nama: readonly NamaTerdefinisi[];
  /** The style sheet with the add-in's formats, or null when no sheet was written. */
  readonly gaya: DokumenXml | null;
}

/** CT_Workbook's sequence (ECMA-376 18.2.27). */
const URUTAN_WORKBOOK = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

/** What the output holds in place of, or beside, the input's entries. */
class IsiKeluaran {
  /** Entry name (lower case) → new content; entries of the input not here are copied. */
  readonly ganti = new Map<string, { nama: string; isi: string | Buffer | DataTerkompres }>();
  readonly hapus = new Set<string>();
  /** New entries in writing order. */
  readonly baru: { nama: string; isi: string | Buffer | DataTerkompres }[] = [];

  constructor(private readonly arsip: ArsipZip) {}

  ada(nama: string): boolean {
    const k = nama.toLowerCase();
    if (this.hapus.has(k)) return false;
    return this.arsip.cari(nama) !== undefined || this.baru.some((b) => b.nama.toLowerCase() === k);
  }

  tulis(nama: string, isi: string | Buffer | DataTerkompres): void {
    const k = nama.toLowerCase();
    if (this.arsip.cari(nama) !== undefined) {
      this.hapus.delete(k);
      this.ganti.set(k, { nama, isi });
    } else {
      const i = this.baru.findIndex((b) => b.nama.toLowerCase() === k);
      if (i >= 0) this.baru[i] = { nama, isi };
      else this.baru.push({ nama, isi });
    }
  }

  buang(nama: string): void {
    const k = nama.toLowerCase();
    this.ganti.delete(k);
    if (this.arsip.cari(nama) !== undefined) this.hapus.add(k);
    const i = this.baru.findIndex((b) => b.nama.toLowerCase() === k);
    if (i >= 0) this.baru.splice(i, 1);
  }

  /** `${folder}${awalan}${n}${ekstensi}` with the smallest n ≥ 1 free. */
  namaBebas(folder: string, awalan: string, ekstensi: string): string {
    for (let n = 1; ; n++) {
      const nama = `${folder}${awalan}${n}${ekstensi}`;
      if (!this.ada(nama)) return nama;
    }
  }
}

/** Every relationship of the package: source part → its internal targets (parts). */
async function grafRelasi(arsip: ArsipZip): Promise<Map<string, string[]> | null> {
  const graf = new Map<string, string[]>();
  for (const e of arsip.entri) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(e.nama);
    if (!m) continue;
    const sumber = `${m[1]}${m[2]}`;
    try {
      const rel = bacaRelasi(await bacaXml(arsip, e.nama));
      graf.set(
        sumber.toLowerCase(),
        rel.filter((r) => !r.eksternal).map((r) => jalurTarget(sumber, r.target).toLowerCase()),
      );
    } catch {
      return null; // a relationships part we cannot read: remove nothing rather than guess
    }
  }
  return graf;
}

/**
 * The parts only the replaced sheets referred to (their old notes, drawings, …): descendants of those sheets
 * that no other part reaches from the package root.
 */
async function bagianYatim(arsip: ArsipZip, diganti: readonly string[]): Promise<string[]> {
  if (diganti.length === 0) return [];
  const graf = await grafRelasi(arsip);
  if (graf === null) return [];
  const lama = new Set(diganti.map((d) => d.toLowerCase()));
  const keturunan = new Set<string>();
  const antre = [...lama];
  while (antre.length > 0) {
    for (const t of graf.get(antre.pop()!) ?? []) {
      if (!keturunan.has(t) && !lama.has(t)) {
        keturunan.add(t);
        antre.push(t);
      }
    }
  }
  const terjangkau = new Set<string>();
  const dari = [''];
  while (dari.length > 0) {
    const s = dari.pop()!;
    if (lama.has(s)) continue; // the replaced sheets' old relationships no longer count
    for (const t of graf.get(s) ?? []) {
      if (!terjangkau.has(t)) {
        terjangkau.add(t);
        dari.push(t);
      }
    }
  }
  return [...keturunan].filter((k) => !terjangkau.has(k)).map((k) => arsip.cari(k)?.nama ?? k);
}

/** Shape-id blocks of the VML drawings that stay, and a way to hand out free ones. */
async function konteksSimpan(arsip: ArsipZip, isi: IsiKeluaran): Promise<KonteksSimpan> {
  const dipakai = new Set<number>();
  for (const e of arsip.entri) {
    if (!/\.vml$/i.test(e.nama) || !isi.ada(e.nama) || isi.ganti.has(e.nama.toLowerCase())) continue;
    const teks = (await arsip.bita(e.nama, 64 * 1024 * 1024)).toString('latin1');
    for (const m of teks.matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g)) {
      for (const n of m[1]!.split(',')) if (/^\s*\d+\s*$/.test(n)) dipakai.add(Number(n));
    }
  }
  return {
    blokBentuk: (jumlah) => {
      for (let awal = 1; ; awal++) {
        const blok = Array.from({ length: jumlah }, (_, i) => awal + i);
        if (blok.every((b) => !dipakai.has(b))) {
          for (const b of blok) dipakai.add(b);
          return blok;
        }
      }
    },
  };
}

/** The part's Override: its content type changed in place, or a new one at the end; null removes it. */
function aturOverride(jenisKonten: DokumenXml, bagian: string, konten: string | null): void {
  const nama = `/${bagian}`.toLowerCase();
  const akar = jenisKonten.akar;
  const ada = anakElemen(akar).find((el) => el.nama.endsWith('Override') && (el.atribut.PartName ?? '').toLowerCase() === nama);
  if (konten === null) {
    if (ada) akar.anak = akar.anak.filter((s) => s !== ada);
  } else if (ada) ada.atribut.ContentType = konten;
  else akar.anak.push(elemenBaru(akar, 'Override', { PartName: `/${bagian}`, ContentType: konten }));
}

/** Overrides of parts this patch removed and did not write again (kept in place until now, so a part written
 * again under its old name keeps its place: running the report on its own output changes nothing). */
function rapikanOverride(jenisKonten: DokumenXml, isi: IsiKeluaran): void {
  for (const nama of isi.hapus) aturOverride(jenisKonten, nama, null);
}

/** Write a part tree below `sumber`: names chosen free, relationships and content types recorded. */
function tulisTurunan(
  sumber: string,
  relasi: readonly RelasiBagian[],
  isi: IsiKeluaran,
  jenisKonten: DokumenXml,
  k: KonteksSimpan,
): void {
  const jalurRel = jalurRelasi(sumber);
  if (relasi.length === 0) {
    isi.buang(jalurRel);
    return;
  }
  const rel = relasiKosong();
  for (const r of relasi) {
    const b: BagianTurunan = r.bagian;
    const nama = isi.namaBebas(b.folder, b.awalan, b.ekstensi);
    isi.tulis(nama, b.isi(k));
    aturOverride(jenisKonten, nama, b.jenisKonten);
    tambahRelasi(rel, r.id, b.tipe, targetRelatif(sumber, nama));
    tulisTurunan(nama, b.relasi ?? [], isi, jenisKonten, k);
  }
  isi.tulis(jalurRel, tulisXml(rel));
}

/** The <definedNames> of the output: the names as read (their elements unchanged) and the ones defined here. */
function tulisNama(buku: DokumenXml, nama: readonly NamaTerdefinisi[]): void {
  const akar = buku.akar;
  let blok = cariAnak(akar, 'definedNames');
  if (nama.length === 0) {
    if (blok) akar.anak = akar.anak.filter((s) => s !== blok);
    return;
  }
  if (!blok) {
    blok = elemenBaru(akar, 'definedNames');
    sisipkanMenurutUrutan(akar, blok, URUTAN_WORKBOOK);
  }
  const b = blok;
  b.anak = nama.map((n) => {
    if (n.el !== null) return n.el;
    const atribut: Record<string, string> = { name: n.nama };
    if (n.lokal !== null) atribut.localSheetId = String(n.lokal);
    if (n.komentar !== undefined) atribut.comment = n.komentar;
    if (n.tersembunyi) atribut.hidden = '1';
    return elemenBaru(b, 'definedName', atribut, [{ jenis: 'teks', teks: n.teks }]);
  });
}

interface KeadaanTambal {
  readonly r: RencanaTambalan;
  readonly isi: IsiKeluaran;
  readonly buku: DokumenXml;
  readonly relasiBuku: DokumenXml;
  readonly jenisKonten: DokumenXml;
  readonly jalurRelBuku: string;
  /** Where each add-in sheet goes: its part name. */
  readonly tujuan: Map<LembarTersusun, string>;
  /** Input parts whose sheet is replaced (their old relationships are dropped). */
  readonly diganti: string[];
}

/** Place each add-in sheet: in place of the sheet of its name, or as a new last sheet. */
function tempatkanLembar(k: KeadaanTambal): void {
  const { r, isi, buku, relasiBuku, jenisKonten } = k;
  const sheets = cariAnak(buku.akar, 'sheets');
  if (!sheets) throw new Error('xl/workbook.xml tanpa <sheets>');
  const elLembar = anakElemen(sheets).filter((el) => el.nama.endsWith('sheet'));
  const awalanR = r.struktur.awalanR ?? 'r';
  if (r.struktur.awalanR === null)
    buku.akar.atribut['xmlns:r'] = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`;
  let idBerikut = Math.max(0, ...elLembar.map((el) => Number(el.atribut.sheetId) || 0)) + 1;
  r.lembar.forEach((l) => {
    const i = r.struktur.lembar.findIndex((x) => samaNama(x.nama, l.nama));
    const lama = i >= 0 ? r.struktur.lembar[i]! : undefined;
    if (lama && lama.lembarKerja && lama.jalur !== null && r.struktur.lembar.findIndex((x) => x.jalur === lama.jalur) === i) {
      elLembar[i]!.atribut.name = l.nama;
      k.tujuan.set(l, lama.jalur);
      k.diganti.push(lama.jalur);
      return;
    }
    const jalur = isi.namaBebas('xl/worksheets/', 'sheet', '.xml');
    isi.tulis(jalur, Buffer.alloc(0)); // reserve the name; the content is written later
    const target = targetRelatif(r.struktur.jalurBuku, jalur);
    k.tujuan.set(l, jalur);
    aturOverride(jenisKonten, jalur, JENIS_KONTEN.lembar);
    if (lama) {
      // A chart sheet or a sheet without its part: the relationship now points at a worksheet.
      const el = anakElemen(relasiBuku.akar).find((x) => x.atribut.Id === lama.idRelasi);
      if (el) {
        el.atribut.Type = uriTipe(TIPE.lembar);
        el.atribut.Target = target;
      } else tambahRelasi(relasiBuku, lama.idRelasi, TIPE.lembar, target);
      if (lama.jalur !== null) k.diganti.push(lama.jalur);
      elLembar[i]!.atribut.name = l.nama;
      return;
    }
    const id = idRelasiBaru(relasiBuku);
    tambahRelasi(relasiBuku, id, TIPE.lembar, target);
    sheets.anak.push(elemenBaru(sheets, 'sheet', { name: l.nama, sheetId: String(idBerikut++), [`${awalanR}:id`]: id }));
  });
}

/** Drop what the replaced sheets alone referred to, and calcChain.xml. */
async function buangSisaLama(k: KeadaanTambal): Promise<void> {
  const { r, isi, relasiBuku } = k;
  for (const lama of k.diganti) {
    if (![...k.tujuan.values()].some((t) => t.toLowerCase() === lama.toLowerCase())) isi.buang(lama);
    isi.buang(jalurRelasi(lama));
  }
  for (const yatim of await bagianYatim(r.arsip, k.diganti)) {
    isi.buang(yatim);
    isi.buang(jalurRelasi(yatim));
  }
  if (k.diganti.length === 0) return;
  for (const el of anakElemen(relasiBuku.akar)) {
    if (!(el.atribut.Type ?? '').endsWith(`/${TIPE.rantaiHitung}`)) continue;
    isi.buang(jalurTarget(r.struktur.jalurBuku, el.atribut.Target ?? ''));
    relasiBuku.akar.anak = relasiBuku.akar.anak.filter((s) => s !== el);
  }
}

/** The style sheet: in its part, or a new xl/styles.xml with its relationship and content type. */
function tulisGaya(k: KeadaanTambal): void {
  const { r, isi, relasiBuku, jenisKonten } = k;
  if (r.gaya === null) return;
  if (r.struktur.jalurGaya !== null) {
    isi.tulis(r.struktur.jalurGaya, tulisXml(r.gaya));
    return;
  }
  const jalur = isi.ada('xl/styles.xml') ? isi.namaBebas('xl/', 'styles', '.xml') : 'xl/styles.xml';
  isi.tulis(jalur, tulisXml(r.gaya));
  aturOverride(jenisKonten, jalur, JENIS_KONTEN.gaya);
  tambahRelasi(relasiBuku, idRelasiBaru(relasiBuku), TIPE.gaya, targetRelatif(r.struktur.jalurBuku, jalur));
}

/** Work out every change of the output; nothing is written yet. */
export async function rencanakanIsi(r: RencanaTambalan): Promise<IsiKeluaran> {
  const k: KeadaanTambal = {
    r,
    isi: new IsiKeluaran(r.arsip),
    buku: structuredClone(r.struktur.buku),
    relasiBuku: structuredClone(r.struktur.relasiBuku),
    jenisKonten: structuredClone(r.struktur.jenisKonten),
    jalurRelBuku: jalurRelasi(r.struktur.jalurBuku),
    tujuan: new Map(),
    diganti: [],
  };
  if (r.lembar.length > 0) {
    tempatkanLembar(k);
    await buangSisaLama(k);
    const konteks = await konteksSimpan(r.arsip, k.isi);
    for (const l of r.lembar) {
      const jalur = k.tujuan.get(l)!;
      k.isi.tulis(jalur, l.xml);
      tulisTurunan(jalur, l.relasi, k.isi, k.jenisKonten, konteks);
    }
    tulisGaya(k);
    rapikanOverride(k.jenisKonten, k.isi);
  }
  tulisNama(
    k.buku,
    r.nama.map((n) => ({ ...n, el: n.el === null ? null : salinElemen(n.el) })),
  );
  k.isi.tulis(r.struktur.jalurBuku, tulisXml(k.buku));
  k.isi.tulis(k.jalurRelBuku, tulisXml(k.relasiBuku));
  k.isi.tulis(JALUR_JENIS_KONTEN, tulisXml(k.jenisKonten));
  return k.isi;
}

function salinElemen(el: Elemen): Elemen {
  return structuredClone(el);
}

/** Write the output package to a byte sink. */
export async function tulisPaket(r: RencanaTambalan, tulis: TulisBita): Promise<void> {
  const isi = await rencanakanIsi(r);
  const zip = new PenulisZip(tulis);
  const tambah = async (nama: string, data: string | Buffer | DataTerkompres) => {
    if (typeof data === 'string' || Buffer.isBuffer(data)) await zip.tambahData(nama, data);
    else await zip.tambahTerkompres(nama, data);
  };
  for (const e of r.arsip.entri) {
    const k = e.nama.toLowerCase();
    if (isi.hapus.has(k)) continue;
    const ganti = isi.ganti.get(k);
    if (ganti) await tambah(e.nama, ganti.isi);
    else await zip.salinMentah(e, await r.arsip.aliranMentah(e.nama));
  }
  for (const b of isi.baru) await tambah(b.nama, b.isi);
  await zip.selesai();
}
