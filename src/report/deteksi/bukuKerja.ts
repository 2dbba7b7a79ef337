/**
 * The whole workbook: tables of every sheet, the decisions only the workbook can make (which performance
 * table, which budget is LKIP_Anggaran, unique price-group names, the settings cells), the user's choices and
 * edits, and the result both faces show.
 */
import { alamatRentang } from '../buku/alamat';
import type { RentangBernama } from '../port';
import {
  AWALAN_ANGGARAN_LAIN,
  AWALAN_HARGA,
  AWALAN_LABEL_HARGA,
  LABEL_HARGA_UMUM,
  NAMA_DETEKSI,
  SUMBER_ANGGARAN,
  normalkan,
} from './kosakata';
import { Kisi, rujukanBiasa } from './kisi';
import { cariPengaturan, nilaiTahun, type CalonPengaturan } from './pengaturan';
import { petakan, rentangTabel, usulan, type KonteksPemetaan, type Pemetaan } from './pemetaan';
import { temukanTabel } from './tabel';
import type {
  Ambiguitas,
  HasilDeteksi,
  KolomTerdeteksi,
  LembarSumber,
  OpsiDeteksi,
  StatusTabel,
  TabelTerdeteksi,
  UsulanNama,
} from './jenis';

const ID_TABEL_KINERJA = 'tabel:kinerja';
const ID_TABEL_ANGGARAN = 'tabel:anggaran';
const POLA_NAMA_EXCEL = /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/;

/** Find the tables of these sheets (or selections) and the LKIP_ names they would get. Pure and deterministic. */
export function deteksiTabel(lembar: readonly LembarSumber[], opsi: OpsiDeteksi = {}): HasilDeteksi {
  const masalahOpsi: string[] = [];
  const pilihan = opsi.pilihan ?? {};
  const ubah = opsi.ubah ?? {};
  const ditemukan = lembar.map((l) => {
    const kisi = new Kisi(l);
    return { kisi, tabel: temukanTabel(kisi) };
  });
  const pengaturan = putuskanPengaturan(
    ditemukan.flatMap(({ kisi, tabel }) => cariPengaturan(kisi, tabel)),
    pilihan,
    ubah,
  );
  const konteks: KonteksPemetaan = {
    ...(opsi.tahun !== undefined ? { tahunOpsi: opsi.tahun } : {}),
    ...(pengaturan.tahun !== undefined ? { tahunPengaturan: pengaturan.tahun } : {}),
    pilihan,
    ubah,
    masalahOpsi,
  };
  const peta = ditemukan.flatMap(({ kisi, tabel }) => tabel.map((t) => petakan(kisi, t, konteks)));

  const keputusan = new Keputusan(peta, konteks);
  keputusan.pilihKinerja();
  keputusan.namaiAnggaran();
  keputusan.namaiHarga();

  const tabel = peta.map((p) => keputusan.hasilTabel(p));
  const namaTabel = tabel.filter((t) => t.status === 'siap').flatMap((t) => t.nama);
  const nama = buangGanda([...namaTabel, ...pengaturan.usulan], masalahOpsi);
  const dikenal = new Set([
    ...tabel.flatMap((t) => [t.id, ...t.kolom.map((k) => k.id)]),
    NAMA_DETEKSI.tahun,
    NAMA_DETEKSI.instansi,
  ]);
  for (const id of Object.keys(ubah)) {
    if (!dikenal.has(id)) masalahOpsi.push(`Suntingan untuk "${id}" tidak cocok dengan tabel, kolom atau pengaturan mana pun.`);
  }
  return {
    tabel,
    nama,
    ambiguitas: [...peta.flatMap((p) => p.ambiguitas), ...keputusan.ambiguitas, ...pengaturan.ambiguitas],
    masalahOpsi,
  };
}

/** Workbook-level decisions over the mapped tables. */
class Keputusan {
  readonly ambiguitas: Ambiguitas[] = [];
  private readonly status = new Map<Pemetaan, StatusTabel>();
  private readonly namaGrup = new Map<Pemetaan, string>();
  private readonly catatanTambahan = new Map<Pemetaan, string[]>();

  constructor(
    private readonly peta: readonly Pemetaan[],
    private readonly k: KonteksPemetaan,
  ) {
    for (const p of peta) {
      if (p.alasan.length > 0) this.status.set(p, 'tidak_terpetakan');
      else if (p.ambiguitas.length > 0) this.status.set(p, 'perlu_pilihan');
      else this.status.set(p, 'siap');
      if (this.dilepas(p)) {
        this.status.set(p, 'tidak_dipilih');
        this.catat(p, 'Dilepas oleh pengguna.');
      } else if (p.jenis === 'kinerja' && typeof k.ubah[p.id] === 'string') {
        k.masalahOpsi.push(`Tabel kinerja ${p.id} tidak diberi satu nama: ubah nama per kolom (misalnya ${p.id}:B).`);
      }
    }
  }

  private dilepas(p: Pemetaan): boolean {
    return Object.prototype.hasOwnProperty.call(this.k.ubah, p.id) && this.k.ubah[p.id] === null;
  }

  private catat(p: Pemetaan, teks: string): void {
    this.catatanTambahan.set(p, [...(this.catatanTambahan.get(p) ?? []), teks]);
  }

  /** Tables of a kind that could get names (found complete, not dropped). */
  private calon(jenis: Pemetaan['jenis']): Pemetaan[] {
    return this.peta.filter(
      (p) => p.jenis === jenis && (this.status.get(p) === 'siap' || this.status.get(p) === 'perlu_pilihan'),
    );
  }

  /** One set of indicator names per workbook: two performance tables are a choice for the user. */
  pilihKinerja(): void {
    const calon = this.calon('kinerja');
    if (calon.length < 2) return;
    const dipilih = this.pilihan(ID_TABEL_KINERJA, calon);
    if (dipilih) {
      for (const p of calon) if (p !== dipilih) this.tidakDipilih(p, `Tabel kinerja lain dipilih (${dipilih.id}).`);
      return;
    }
    for (const p of calon) this.status.set(p, 'perlu_pilihan');
    this.ambiguitas.push({
      id: ID_TABEL_KINERJA,
      jenis: 'tabel_kinerja',
      nama: NAMA_DETEKSI.indikator,
      pesan: `Ada ${calon.length} tabel kinerja: ${calon.map(uraianPeta).join('; ')}. Hanya satu yang dapat menjadi ${NAMA_DETEKSI.indikator}, ${NAMA_DETEKSI.target} dan ${NAMA_DETEKSI.realisasi}: pilih satu. Bila keduanya satu tabel yang terpotong, hapus kepala yang berulang lalu deteksi lagi.`,
      pilihan: calon.map((p) => ({ id: p.id, label: uraianPeta(p), rujukan: rujukanBiasa(p.kisi.nama, rentangTabel(p)) })),
    });
  }

  /** The first budget is LKIP_Anggaran when it is the only one; with several, the user chooses the main one. */
  namaiAnggaran(): void {
    const calon = this.calon('anggaran');
    const tetap = new Map<Pemetaan, string>();
    for (const p of calon) {
      const n = this.namaDariUbah(p, (x) => x === NAMA_DETEKSI.anggaran || x.startsWith(AWALAN_ANGGARAN_LAIN));
      if (n) tetap.set(p, n);
    }
    let utama = [...tetap].find(([, n]) => n === NAMA_DETEKSI.anggaran)?.[0] ?? (calon.length === 1 ? calon[0] : undefined);
    if (!utama && calon.length > 1) utama = this.pilihan(ID_TABEL_ANGGARAN, calon) ?? undefined;
    if (!utama && calon.length > 1) {
      for (const p of calon) this.status.set(p, 'perlu_pilihan');
      this.ambiguitas.push({
        id: ID_TABEL_ANGGARAN,
        jenis: 'tabel_anggaran',
        nama: NAMA_DETEKSI.anggaran,
        pesan: `Ada ${calon.length} tabel anggaran: ${calon.map(uraianPeta).join('; ')}. Pilih tabel utama (${NAMA_DETEKSI.anggaran}: serapan di ringkasan dan JSON); yang lain menjadi ${AWALAN_ANGGARAN_LAIN}<Sumber>.`,
        pilihan: calon.map((p) => ({ id: p.id, label: uraianPeta(p), rujukan: rujukanBiasa(p.kisi.nama, rentangTabel(p)) })),
      });
      return;
    }
    const dipakai = new Set<string>([...tetap.values()].map((n) => n.toLowerCase()));
    if (utama && !tetap.has(utama)) {
      this.namaGrup.set(utama, NAMA_DETEKSI.anggaran);
      dipakai.add(NAMA_DETEKSI.anggaran.toLowerCase());
    }
    for (const p of calon) {
      const n =
        tetap.get(p) ?? (p === utama ? undefined : namaUnik(`${AWALAN_ANGGARAN_LAIN}${labelAnggaran(p) ?? '2'}`, dipakai));
      if (n) {
        this.namaGrup.set(p, n);
        dipakai.add(n.toLowerCase());
      }
    }
  }

  /** Every price list is its own group: LKIP_Harga_<label>, unique. */
  namaiHarga(): void {
    const dipakai = new Set<string>();
    const calon = this.calon('harga');
    const tetap = new Map<Pemetaan, string>();
    for (const p of calon) {
      const n = this.namaDariUbah(p, (x) => x.startsWith(AWALAN_HARGA) && x.length > AWALAN_HARGA.length);
      if (n) {
        tetap.set(p, n);
        dipakai.add(n.toLowerCase());
      }
    }
    for (const p of calon) {
      const n = tetap.get(p) ?? namaUnik(`${AWALAN_HARGA}${labelHarga(p)}`, dipakai);
      this.namaGrup.set(p, n);
      dipakai.add(n.toLowerCase());
    }
  }

  private namaDariUbah(p: Pemetaan, sah: (nama: string) => boolean): string | null {
    if (!Object.prototype.hasOwnProperty.call(this.k.ubah, p.id)) return null;
    const n = this.k.ubah[p.id];
    if (typeof n !== 'string') return null;
    if (sah(n) && POLA_NAMA_EXCEL.test(n)) return n;
    this.k.masalahOpsi.push(
      `Nama "${n}" untuk tabel ${p.id} tidak sah untuk tabel ${p.jenis === 'harga' ? 'harga' : 'anggaran'}.`,
    );
    return null;
  }

  private pilihan(id: string, calon: readonly Pemetaan[]): Pemetaan | null {
    const dipilih = this.k.pilihan[id];
    if (dipilih === undefined) return null;
    const p = calon.find((x) => x.id === dipilih);
    if (!p)
      this.k.masalahOpsi.push(
        `Pilihan "${dipilih}" untuk ${id} tidak cocok; pilihan yang ada: ${calon.map((x) => x.id).join(', ')}.`,
      );
    return p ?? null;
  }

  private tidakDipilih(p: Pemetaan, teks: string): void {
    this.status.set(p, 'tidak_dipilih');
    this.catat(p, teks);
  }

  hasilTabel(p: Pemetaan): TabelTerdeteksi {
    const status = this.status.get(p)!;
    const namaGrup = this.namaGrup.get(p) ?? null;
    const nama = p.jenis === 'kinerja' ? p.usulan : namaGrup ? p.usulan.map((u) => ({ ...u, nama: namaGrup })) : [];
    const kolom: KolomTerdeteksi[] = p.kolom.map((d) => ({
      id: `${p.id}:${p.kisi.huruf(d.kepala.kolom)}`,
      kolom: p.kisi.kolomLembar(d.kepala.kolom),
      huruf: p.kisi.huruf(d.kepala.kolom),
      kepala: d.kepala.teks,
      peran: d.kepala.peran,
      tahun: d.kepala.tahun,
      nama: p.jenis === 'kinerja' ? d.nama : d.bagian !== null ? namaGrup : null,
      bagian: d.bagian,
      ambigu: d.ambigu,
      alasan: d.alasan,
    }));
    const r = rentangTabel(p);
    const t = p.mentah;
    const data = p.kisi.rentangLembar(
      t.barisAwal,
      t.kepala.kolomAwal,
      t.jumlahBaris,
      t.kepala.kolomAkhir - t.kepala.kolomAwal + 1,
    );
    return {
      id: p.id,
      jenis: p.jenis,
      lembar: p.kisi.nama,
      kepala: p.kisi.rentangLembar(
        t.kepala.baris,
        t.kepala.kolomAwal,
        t.kepala.tinggi,
        t.kepala.kolomAkhir - t.kepala.kolomAwal + 1,
      ),
      data,
      alamat: alamatRentang(r),
      rujukan: rujukanBiasa(p.kisi.nama, r),
      jumlahBaris: t.jumlahBaris,
      tahun: p.tahun,
      akhir: { sebab: t.akhir.sebab, baris: t.akhir.baris < 0 ? -1 : p.kisi.barisLembar(t.akhir.baris), teks: t.akhir.teks },
      kolom,
      status,
      nama,
      alasan: p.alasan,
      catatan: [...p.catatan, ...(this.catatanTambahan.get(p) ?? [])],
    };
  }
}

// --- labels of price groups and budgets --------------------------------------------------------

/** "KEBUTUHAN POKOK" → "Kebutuhan_Pokok"; letters and digits only. */
function jadikanLabel(kata: readonly string[]): string {
  const semuaBesar = kata.every((w) => w === w.toUpperCase());
  return kata
    .map((w) => w.replace(/[^A-Za-z0-9]/g, ''))
    .filter((w) => w !== '')
    .map((w) => (semuaBesar ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join('_');
}

/** Words of a text, without parentheses, "Tabel 3.5", years and "Tahun". */
function kataBersih(teks: string): string[] {
  return teks
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\btabel\s+[\d.]+/gi, ' ')
    .replace(/\b(19|20|21)\d\d\b/g, ' ')
    .replace(/\btahun\b/gi, ' ')
    .split(/[^A-Za-z0-9\u00C0-\u024F]+/)
    .filter((w) => w !== '');
}

function labelDariKata(kata: readonly string[]): string | null {
  let i = 0;
  while (i < kata.length && AWALAN_LABEL_HARGA.includes(normalkan(kata[i]!))) i++;
  const sisa = kata.slice(i);
  if (sisa.length === 0 || sisa.length > 4) return null;
  if (sisa.every((w) => LABEL_HARGA_UMUM.includes(normalkan(w)))) return null;
  const label = jadikanLabel(sisa);
  return label === '' ? null : label;
}

/** From the title above ("… Harga Bahan Kebutuhan Pokok" → Kebutuhan_Pokok), the name column's header, the sheet's name. */
function labelHarga(p: Pemetaan): string {
  for (const judul of [...p.mentah.judul].reverse()) {
    const m = /\bharga\b(.*)$/i.exec(judul.replace(/\([^)]*\)/g, ' '));
    if (!m) continue;
    const label = labelDariKata(kataBersih(m[1]!));
    if (label) return label;
  }
  const kolomNama = p.kolom.find((d) => d.bagian === 'Nama');
  const dariKepala = kolomNama ? labelDariKata(kataBersih(kolomNama.kepala.teks)) : null;
  if (dariKepala) return dariKepala;
  return labelDariKata(kataBersih(p.kisi.nama)) ?? 'Grup';
}

/** A budget's source named in its title or sheet ("… APBN TA 2021" → APBN), or null. */
function labelAnggaran(p: Pemetaan): string | null {
  for (const teks of [...[...p.mentah.judul].reverse(), p.kisi.nama]) {
    for (const sumber of SUMBER_ANGGARAN) {
      if (new RegExp(`\\b${sumber}\\b`, 'i').test(teks)) return sumber;
    }
  }
  return null;
}

function namaUnik(dasar: string, dipakai: ReadonlySet<string>): string {
  if (!dipakai.has(dasar.toLowerCase())) return dasar;
  for (let i = 2; ; i++) if (!dipakai.has(`${dasar}_${i}`.toLowerCase())) return `${dasar}_${i}`;
}

// --- settings ----------------------------------------------------------------------------------

function putuskanPengaturan(
  calon: readonly CalonPengaturan[],
  pilihan: Readonly<Record<string, string>>,
  ubah: Readonly<Record<string, string | null>>,
): { usulan: UsulanNama[]; ambiguitas: Ambiguitas[]; tahun?: number } {
  const hasil: { usulan: UsulanNama[]; ambiguitas: Ambiguitas[]; tahun?: number } = { usulan: [], ambiguitas: [] };
  for (const nama of [NAMA_DETEKSI.instansi, NAMA_DETEKSI.tahun]) {
    if (Object.prototype.hasOwnProperty.call(ubah, nama) && ubah[nama] === null) continue;
    const daftar = calon.filter((c) => c.nama === nama);
    const idPilihan = (c: CalonPengaturan) => `${c.kisi.nama}!${c.kisi.alamat(c.baris, c.kolom)}`;
    const id = `pengaturan:${nama}`;
    const terpilih = daftar.length === 1 ? daftar[0] : daftar.find((c) => idPilihan(c) === pilihan[id]);
    if (!terpilih && daftar.length > 1) {
      hasil.ambiguitas.push({
        id,
        jenis: 'pengaturan',
        nama,
        pesan: `Ada ${daftar.length} sel untuk ${nama}: ${daftar.map((c) => `${idPilihan(c)} (${String(c.nilai)})`).join(', ')}. Pilih satu.`,
        pilihan: daftar.map((c) => ({ id: idPilihan(c), label: `${c.label}: ${String(c.nilai)}`, rujukan: idPilihan(c) })),
      });
      continue;
    }
    if (!terpilih) continue;
    const rentang = terpilih.kisi.rentangLembar(terpilih.baris, terpilih.kolom, 1, 1);
    hasil.usulan.push({ ...usulan({ kisi: terpilih.kisi, id: '' }, nama, rentang, [terpilih.label]), tabel: null });
    if (nama === NAMA_DETEKSI.tahun) {
      const y = nilaiTahun(terpilih);
      if (y !== null) hasil.tahun = y;
    }
  }
  return hasil;
}

/** A name proposed twice (only through the user's edits) is kept once, the first time. */
function buangGanda(daftar: readonly UsulanNama[], masalahOpsi: string[]): UsulanNama[] {
  const terlihat = new Set<string>();
  const hasil: UsulanNama[] = [];
  for (const u of daftar) {
    const kunci = u.nama.toLowerCase();
    if (terlihat.has(kunci)) {
      masalahOpsi.push(`Nama ${u.nama} diberikan dua kali; ${u.rujukan} tidak diberi nama.`);
      continue;
    }
    terlihat.add(kunci);
    hasil.push(u);
  }
  return hasil;
}

// --- helpers for both faces ----------------------------------------------------------------------

const KATA_JENIS = { kinerja: 'tabel kinerja', harga: 'daftar harga', anggaran: 'tabel anggaran' } as const;
const SATUAN_BARIS = { kinerja: 'indikator', harga: 'barang', anggaran: 'program' } as const;

function uraianPeta(p: Pemetaan): string {
  const n = p.mentah.jumlahBaris - (p.mentah.adaBarisTotal ? 1 : 0);
  return `${KATA_JENIS[p.jenis]} di ${rujukanBiasa(p.kisi.nama, rentangTabel(p))} (${n} ${SATUAN_BARIS[p.jenis]})`;
}

/** Data rows of a table without a budget's printed total row: the count uraikanTabel shows. */
export function jumlahBarisTabel(t: TabelTerdeteksi): number {
  const total = t.jenis === 'anggaran' && t.catatan.some((c) => c.startsWith('Baris total tertulis')) ? 1 : 0;
  return t.jumlahBaris - total;
}

/** "tabel kinerja di 'PK 2021'!A4:H12 (6 indikator)": for the runner's messages and the pane's list. */
export function uraikanTabel(t: TabelTerdeteksi): string {
  return `${KATA_JENIS[t.jenis]} di ${t.rujukan} (${jumlahBarisTabel(t)} ${SATUAN_BARIS[t.jenis]})`;
}

/** The proposed names that already exist in the workbook (case-blind, as Excel's names are): never overwritten silently. */
export function namaBentrok(nama: readonly UsulanNama[], namaAda: readonly string[]): UsulanNama[] {
  const ada = new Set(namaAda.map((n) => n.toLowerCase()));
  return nama.filter((u) => ada.has(u.nama.toLowerCase()));
}

/**
 * A proposed name as the contract reads a named range (values and formulas sliced from the sheet), so the
 * runner can compute with detected tables before it writes any name.
 */
export function rentangBernamaDari(u: UsulanNama, lembar: LembarSumber): RentangBernama {
  const b0 = u.rentang.baris - (lembar.asal?.baris ?? 0);
  const k0 = u.rentang.kolom - (lembar.asal?.kolom ?? 0);
  const potong = <T>(kisi: readonly (readonly T[])[] | undefined, kosong: T): T[][] =>
    Array.from({ length: u.rentang.jumlahBaris }, (_, i) =>
      Array.from({ length: u.rentang.jumlahKolom }, (_, j) => kisi?.[b0 + i]?.[k0 + j] ?? kosong),
    );
  return {
    nama: u.nama,
    lembar: u.lembar,
    baris: u.rentang.baris,
    kolom: u.rentang.kolom,
    nilai: potong(lembar.nilai, null),
    ...(lembar.rumus ? { rumus: potong<string | null>(lembar.rumus, null) } : {}),
  };
}
