/**
 * An in-memory workbook behind the PortBukuKerja interface: sheets of values (and formulas),
 * workbook-scoped names, and the markers of the add-in's own sheets. For tests of the engine and of
 * anything that runs it (task pane, runner); it records every port call and every written model.
 */
import type {
  HasilBacaNama,
  NamaTidakTerbaca,
  OpsiBacaNama,
  PortBukuKerja,
  RentangBernama,
  StatusLembar,
} from '../../src/report/port';
import { TAHAP, type LaporKemajuan } from '../../src/report/kemajuan';
import type { ModelLembar, NilaiSel, Rentang } from '../../src/report/lembar';
import { adalahNamaLkip, alamatTanpaLembar, AWALAN_PENANDA_LEMBAR, bacaAlamat, periksaModel } from '../../src/report/buku';

export interface LembarMemori {
  nilai: NilaiSel[][];
  rumus: (string | null)[][];
}

interface PosisiNama {
  lembar: string;
  baris: number;
  kolom: number;
  jumlahBaris: number;
  jumlahKolom: number;
}

/** A cell to put into a sheet: a value, or a value with the formula that produced it. */
export type SelMemori = NilaiSel | { readonly nilai: NilaiSel; readonly rumus: string };

/** "B5" or "$B$5:$C$15" → the rectangle (the project's A1 reader, buku/alamat.ts). */
function uraikanRentang(alamat: string): Rentang {
  const terbaca = bacaAlamat(alamat);
  if (terbaca === null) throw new Error(`alamat tidak valid: ${alamat}`);
  return terbaca.rentang;
}

export class PortMemori implements PortBukuKerja {
  readonly lembar = new Map<string, LembarMemori>();
  readonly nama = new Map<string, PosisiNama>();
  readonly namaRusak: NamaTidakTerbaca[] = [];
  /** Sheets the add-in wrote (a hidden name _LKIP_LEMBAR_<n> in a real workbook). */
  readonly milikLkip = new Set<string>();
  /** Every port call, in order: "bacaNamaLkip", "statusLembar:Verifikasi", "tulisLembar:Laporan LKIP", … */
  readonly panggilan: string[] = [];
  /** Every model written, in order. */
  readonly tulisan: ModelLembar[] = [];

  /** Put a block of cells on a sheet (created if absent), top-left at an A1 address. */
  isi(namaLembar: string, alamatKiriAtas: string, grid: readonly (readonly SelMemori[])[]): this {
    const { baris, kolom } = uraikanRentang(alamatKiriAtas);
    const l = this.ambilAtauBuat(namaLembar);
    grid.forEach((b, i) =>
      b.forEach((s, j) => {
        const adaRumus = typeof s === 'object' && s !== null;
        this.setel(l, baris + i, kolom + j, adaRumus ? s.nilai : s, adaRumus ? s.rumus : null);
      }),
    );
    return this;
  }

  /** Define a workbook-scoped name: namai("LKIP_Target", "Input", "D5:D15"). */
  namai(nama: string, namaLembar: string, alamat: string): this {
    this.nama.set(nama, { lembar: namaLembar, ...uraikanRentang(alamat) });
    return this;
  }

  hapusNama(nama: string): this {
    this.nama.delete(nama);
    return this;
  }

  /** Insert empty rows above zero-based row `indeks`, moving cells and names below, as Excel does. */
  sisipkanBaris(namaLembar: string, indeks: number, jumlah = 1): this {
    const l = this.lembar.get(namaLembar);
    if (!l) throw new Error(`lembar ${namaLembar} tidak ada`);
    const lebar = Math.max(0, ...l.nilai.map((b) => b.length));
    l.nilai.splice(indeks, 0, ...Array.from({ length: jumlah }, () => Array<NilaiSel>(lebar).fill(null)));
    l.rumus.splice(indeks, 0, ...Array.from({ length: jumlah }, () => Array<string | null>(lebar).fill(null)));
    for (const p of this.nama.values()) if (p.lembar === namaLembar && p.baris >= indeks) p.baris += jumlah;
    return this;
  }

  /** Set one cell: setelSel("Verifikasi", "E7", "OK"). */
  setelSel(namaLembar: string, alamat: string, nilai: NilaiSel): this {
    const { baris, kolom } = uraikanRentang(alamat);
    this.setel(this.ambilAtauBuat(namaLembar), baris, kolom, nilai, null);
    return this;
  }

  /** A sheet the user made (not the add-in's). */
  buatLembarPengguna(namaLembar: string, grid: readonly (readonly NilaiSel[])[] = [['milik pengguna']]): this {
    this.milikLkip.delete(namaLembar);
    this.lembar.set(namaLembar, { nilai: [], rumus: [] });
    return this.isi(namaLembar, 'A1', grid);
  }

  /** Deep copy of a sheet's values, for "unchanged" assertions. */
  salinNilai(namaLembar: string): NilaiSel[][] | null {
    const l = this.lembar.get(namaLembar);
    return l ? l.nilai.map((b) => [...b]) : null;
  }

  /** The last model written for a sheet. */
  modelTerakhir(namaLembar: string): ModelLembar | undefined {
    return [...this.tulisan].reverse().find((m) => m.nama === namaLembar);
  }

  // ---- PortBukuKerja ----

  async bacaNamaLkip(opsi: OpsiBacaNama = {}): Promise<HasilBacaNama> {
    this.panggilan.push('bacaNamaLkip');
    const rentang: RentangBernama[] = [];
    const tidakTerbaca: NamaTidakTerbaca[] = [...this.namaRusak];
    for (const [nama, p] of this.nama) {
      if (!adalahNamaLkip(nama)) continue;
      const l = this.lembar.get(p.lembar);
      if (!l) {
        tidakTerbaca.push({ nama, rujukan: `${p.lembar}!…`, alasan: `lembar "${p.lembar}" tidak ada (#REF!)` });
        continue;
      }
      const nilai: NilaiSel[][] = [];
      const rumus: (string | null)[][] = [];
      for (let i = 0; i < p.jumlahBaris; i++) {
        const bn: NilaiSel[] = [];
        const br: (string | null)[] = [];
        for (let j = 0; j < p.jumlahKolom; j++) {
          bn.push(l.nilai[p.baris + i]?.[p.kolom + j] ?? null);
          br.push(l.rumus[p.baris + i]?.[p.kolom + j] ?? null);
        }
        nilai.push(bn);
        rumus.push(br);
      }
      rentang.push({ nama, lembar: p.lembar, baris: p.baris, kolom: p.kolom, nilai, rumus });
    }
    opsi.kemajuan?.(TAHAP.membaca, 1, 1);
    return { rentang, tidakTerbaca };
  }

  async statusLembar(nama: string): Promise<StatusLembar> {
    this.panggilan.push(`statusLembar:${nama}`);
    if (!this.lembar.has(nama)) return 'tidak_ada';
    return this.milikLkip.has(nama) ? 'milik_lkip' : 'milik_pengguna';
  }

  async bacaNilaiLembar(nama: string): Promise<readonly (readonly NilaiSel[])[] | null> {
    this.panggilan.push(`bacaNilaiLembar:${nama}`);
    return this.salinNilai(nama);
  }

  /** Refuses a model either adapter would refuse (periksaModel), so every engine test checks its sheets against them. */
  async tulisLembar(model: ModelLembar, kemajuan?: LaporKemajuan): Promise<void> {
    this.panggilan.push(`tulisLembar:${model.nama}`);
    periksaModel(model);
    this.tulisan.push(model);
    this.lembar.set(model.nama, {
      nilai: model.nilai.map((b) => [...b]),
      rumus: model.nilai.map((b) => b.map(() => null)),
    });
    this.milikLkip.add(model.nama);
    kemajuan?.(TAHAP.menulis, 1, 1);
  }

  async tetapkanNama(nama: string, lembar: string, alamatA1: string): Promise<void> {
    this.panggilan.push(`tetapkanNama:${nama}`);
    this.namai(nama, lembar, alamatTanpaLembar(alamatA1));
  }

  /** Marker names of the add-in's sheets, as a real workbook would hold them. */
  get penanda(): string[] {
    return [...this.milikLkip].map((_, i) => `${AWALAN_PENANDA_LEMBAR}${i + 1}`);
  }

  // ---- internals ----

  private ambilAtauBuat(nama: string): LembarMemori {
    let l = this.lembar.get(nama);
    if (!l) {
      l = { nilai: [], rumus: [] };
      this.lembar.set(nama, l);
    }
    return l;
  }

  private setel(l: LembarMemori, baris: number, kolom: number, nilai: NilaiSel, rumus: string | null): void {
    while (l.nilai.length <= baris) {
      l.nilai.push([]);
      l.rumus.push([]);
    }
    const bn = l.nilai[baris]!;
    const br = l.rumus[baris]!;
    while (bn.length <= kolom) bn.push(null);
    while (br.length <= kolom) br.push(null);
    bn[kolom] = nilai;
    br[kolom] = rumus;
  }
}
