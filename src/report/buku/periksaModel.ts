/**
 * Checks of a sheet model (ModelLembar) before any adapter writes it, written once for both adapters
 * and for the tests of the report engine.
 *
 * - pelanggaranModel: what Excel would refuse, or would write differently from what the model says
 *   (a sheet name Excel rejects, ragged rows, NaN, a formula without "=", a colour that is not hex,
 *   overlapping merges, a value hidden under a merge, a row height over 409 pt, a chart series not as tall as
 *   its categories, page breaks out of order ...). Both adapters call
 *   periksaModel, which throws the first of these as a GalatPort before a single cell is written, so a
 *   bad model never leaves a half-written sheet behind.
 * - pelanggaranModelLaporan: those, plus the tidy layout the report engine promises for its own sheets
 *   (merges and styles inside the grid, a width for every column, text cells formatted as Text "@").
 *   The engine's tests assert it is empty for every sheet the engine builds.
 *
 * Each rule is a small function returning its messages (Indonesian, with 1-based rows and A1 cells).
 */
import type { ModelLembar, Rentang } from '../lembar';
import { alamatSel, hurufKolom } from './alamat';
import { GalatPort } from './galat';
import { namaLembarSah, periksaNamaLembar } from './nama';

/** Excel's largest font size and row height, in points. */
export const POIN_MAKS = 409;
/** Excel's widest column, in characters. */
export const LEBAR_KOLOM_MAKS = 255;

type Aturan = (model: ModelLembar) => string[];

/** nilai is a rectangle; formatAngka and rumus have its very shape. */
const bentukKisi: Aturan = (model) => {
  const salah: string[] = [];
  const tinggi = model.nilai.length;
  const lebar = model.nilai[0]?.length ?? 0;
  const periksa = (kisi: readonly (readonly unknown[])[], apa: string): void => {
    if (kisi.length !== tinggi) salah.push(`${apa} memiliki ${kisi.length} baris, nilai ${tinggi} baris.`);
    kisi.forEach((baris, b) => {
      if (baris.length !== lebar) salah.push(`${apa} baris ${b + 1} memiliki ${baris.length} kolom, seharusnya ${lebar}.`);
    });
  };
  periksa(model.nilai, 'nilai');
  periksa(model.formatAngka, 'formatAngka');
  if (model.rumus !== undefined) periksa(model.rumus, 'rumus');
  return salah;
};

/** Numbers are finite; a formula starts with "=". */
const isiSel: Aturan = (model) => {
  const salah: string[] = [];
  model.nilai.forEach((baris, b) =>
    baris.forEach((isi, k) => {
      if (typeof isi === 'number' && !Number.isFinite(isi))
        salah.push(`sel ${alamatSel(b, k)} berisi ${String(isi)}, bukan angka terhingga.`);
      const rumus = model.rumus?.[b]?.[k] ?? null;
      if (rumus !== null && !rumus.startsWith('=')) salah.push(`rumus sel ${alamatSel(b, k)} tidak diawali "=": "${rumus}".`);
    }),
  );
  return salah;
};

function rentangSah(r: Rentang): boolean {
  const bulat = [r.baris, r.kolom, r.jumlahBaris, r.jumlahKolom].every((x) => Number.isInteger(x));
  return bulat && r.baris >= 0 && r.kolom >= 0 && r.jumlahBaris >= 1 && r.jumlahKolom >= 1;
}

/** Every rectangle (styles, merges, editable ranges) is a real block of cells. */
const rentangBerbentuk: Aturan = (model) => {
  const daftar: [string, Rentang][] = [
    ...model.gaya.map((g): [string, Rentang] => ['gaya', g.rentang]),
    ...model.gabungan.map((r): [string, Rentang] => ['gabungan', r]),
    ...(model.proteksi?.dapatDiedit ?? []).map((r): [string, Rentang] => ['proteksi.dapatDiedit', r]),
  ];
  return daftar.filter(([, r]) => !rentangSah(r)).map(([apa, r]) => `${apa} bukan persegi sel yang sah: ${JSON.stringify(r)}.`);
};

/** Colours are 6-digit hex; font sizes 1-409 pt. */
const gayaSah: Aturan = (model) => {
  const salah: string[] = [];
  for (const { gaya } of model.gaya) {
    for (const [apa, warna] of [
      ['isi', gaya.isi],
      ['warnaTeks', gaya.warnaTeks],
    ] as const) {
      if (warna !== undefined && !/^[0-9A-Fa-f]{6}$/.test(warna))
        salah.push(`warna ${apa} "${warna}" bukan heksadesimal 6 digit.`);
    }
    if (gaya.ukuranHuruf !== undefined && !(gaya.ukuranHuruf > 0 && gaya.ukuranHuruf <= POIN_MAKS)) {
      salah.push(`ukuran huruf ${gaya.ukuranHuruf} di luar 1-${POIN_MAKS}.`);
    }
  }
  return salah;
};

/** Merges do not overlap (Excel refuses), and only a merge's top-left cell holds a value (Excel keeps only that one). */
const gabunganSah: Aturan = (model) => {
  const salah: string[] = [];
  const terpakai = new Set<string>();
  for (const g of model.gabungan) {
    if (!rentangSah(g)) continue;
    for (let b = g.baris; b < g.baris + g.jumlahBaris; b++) {
      for (let k = g.kolom; k < g.kolom + g.jumlahKolom; k++) {
        const kunci = `${b},${k}`;
        if (terpakai.has(kunci)) salah.push(`gabungan bertumpuk di sel ${alamatSel(b, k)}.`);
        terpakai.add(kunci);
        const kiriAtas = b === g.baris && k === g.kolom;
        if (!kiriAtas && (model.nilai[b]?.[k] ?? null) !== null)
          salah.push(`sel ${alamatSel(b, k)} di dalam gabungan berisi nilai; hanya sel kiri-atas yang ditampilkan Excel.`);
      }
    }
  }
  return salah;
};

/** Column widths 0-255 characters, row heights 0-409 pt, no more heights than rows. */
const ukuranBarisKolom: Aturan = (model) => {
  const salah: string[] = [];
  model.lebarKolom.forEach((w, k) => {
    if (!(Number.isFinite(w) && w >= 0 && w <= LEBAR_KOLOM_MAKS))
      salah.push(`lebar kolom ${hurufKolom(k)} = ${w} di luar 0-${LEBAR_KOLOM_MAKS} karakter.`);
  });
  const tinggiBaris = model.tinggiBaris ?? [];
  if (tinggiBaris.length > model.nilai.length)
    salah.push(`tinggiBaris memiliki ${tinggiBaris.length} baris, nilai ${model.nilai.length} baris.`);
  tinggiBaris.forEach((t, b) => {
    if (t !== null && !(Number.isFinite(t) && t >= 0 && t <= POIN_MAKS))
      salah.push(`tinggi baris ${b + 1} = ${t} di luar 0-${POIN_MAKS} poin.`);
  });
  return salah;
};

/** Frozen rows and notes are at whole, non-negative positions. */
const posisiSah: Aturan = (model) => {
  const salah: string[] = [];
  if (!Number.isInteger(model.bekukanBaris) || model.bekukanBaris < 0)
    salah.push(`bekukanBaris = ${model.bekukanBaris} tidak sah.`);
  for (const c of model.catatan) {
    if (!Number.isInteger(c.baris) || !Number.isInteger(c.kolom) || c.baris < 0 || c.kolom < 0)
      salah.push(`catatan di baris ${c.baris}, kolom ${c.kolom} tidak sah.`);
  }
  return salah;
};

/** Page setup: whole pages wide, title rows in order, a real print area, breaks at increasing rows, margins ≥ 0. */
const cetakSah: Aturan = (model) => {
  const c = model.cetak;
  if (!c) return [];
  const salah: string[] = [];
  if (!Number.isInteger(c.lebarHalaman) || c.lebarHalaman < 1) salah.push(`cetak.lebarHalaman = ${c.lebarHalaman} tidak sah.`);
  const j = c.barisJudul;
  if (j && !(Number.isInteger(j.awal) && Number.isInteger(j.akhir) && j.awal >= 0 && j.akhir >= j.awal))
    salah.push(`cetak.barisJudul ${JSON.stringify(j)} tidak sah.`);
  if (!rentangSah(c.area)) salah.push(`cetak.area bukan persegi sel yang sah: ${JSON.stringify(c.area)}.`);
  c.putusSebelum.forEach((b, i) => {
    if (!Number.isInteger(b) || b < 1 || (i > 0 && b <= c.putusSebelum[i - 1]!))
      salah.push(`cetak.putusSebelum ${JSON.stringify(c.putusSebelum)} harus baris bulat yang naik.`);
  });
  if (Object.values(c.margin).some((m) => !(Number.isFinite(m) && m >= 0))) salah.push('cetak.margin harus angka ≥ 0.');
  return [...new Set(salah)];
};

/** Charts: a real place, categories and every series one column of the same height, hex colours. */
const grafikSah: Aturan = (model) => {
  const salah: string[] = [];
  for (const g of model.grafik ?? []) {
    const nama = `grafik "${g.nama}"`;
    if (!rentangSah(g.letak)) salah.push(`${nama}: letak bukan persegi sel yang sah.`);
    if (!rentangSah(g.label) || g.label.jumlahKolom !== 1) salah.push(`${nama}: label harus satu kolom sel.`);
    if (g.seri.length === 0) salah.push(`${nama}: tanpa seri.`);
    for (const s of g.seri) {
      if (!rentangSah(s.nilai) || s.nilai.jumlahKolom !== 1 || s.nilai.jumlahBaris !== g.label.jumlahBaris)
        salah.push(`${nama}: seri "${s.nama}" harus satu kolom setinggi labelnya.`);
      if (!/^[0-9A-Fa-f]{6}$/.test(s.warna)) salah.push(`${nama}: warna "${s.warna}" bukan heksadesimal 6 digit.`);
    }
  }
  return salah;
};

/** What Excel would refuse or write differently, in the order the checks run. */
const ATURAN_EXCEL: readonly Aturan[] = [
  bentukKisi,
  isiSel,
  rentangBerbentuk,
  gayaSah,
  gabunganSah,
  ukuranBarisKolom,
  posisiSah,
  cetakSah,
  grafikSah,
];

/** Merges and styles lie inside the grid; editable ranges inside its columns; frozen rows within it. */
const dalamKisi: Aturan = (model) => {
  const tinggi = model.nilai.length;
  const lebar = model.nilai[0]?.length ?? 0;
  const di = (r: Rentang): boolean => r.baris + r.jumlahBaris <= tinggi && r.kolom + r.jumlahKolom <= lebar;
  const salah: string[] = [];
  for (const g of model.gabungan) if (!di(g)) salah.push(`gabungan di luar kisi: ${JSON.stringify(g)}.`);
  for (const g of model.gaya) if (!di(g.rentang)) salah.push(`gaya di luar kisi: ${JSON.stringify(g.rentang)}.`);
  for (const p of model.proteksi?.dapatDiedit ?? [])
    if (p.kolom + p.jumlahKolom > lebar) salah.push(`proteksi.dapatDiedit di luar kolom kisi: ${JSON.stringify(p)}.`);
  if (model.bekukanBaris > tinggi) salah.push(`bekukanBaris ${model.bekukanBaris} melebihi ${tinggi} baris.`);
  if (model.cetak && !di(model.cetak.area)) salah.push(`cetak.area di luar kisi: ${JSON.stringify(model.cetak.area)}.`);
  for (const g of model.grafik ?? []) {
    for (const r of [g.letak, g.label, ...g.seri.map((s) => s.nilai)])
      if (!di(r)) salah.push(`grafik "${g.nama}" merujuk di luar kisi: ${JSON.stringify(r)}.`);
  }
  return salah;
};

/** One width per column of the grid; every text cell formatted as Text ("@"), so Excel keeps "001" and "=x" as typed. */
const tataLaporan: Aturan = (model) => {
  const lebar = model.nilai[0]?.length ?? 0;
  const salah: string[] = [];
  if (model.lebarKolom.length !== lebar) salah.push(`lebarKolom memiliki ${model.lebarKolom.length} kolom, kisi ${lebar}.`);
  model.nilai.forEach((baris, b) =>
    baris.forEach((isi, k) => {
      if (typeof isi === 'string' && model.formatAngka[b]?.[k] !== '@')
        salah.push(`teks di sel ${alamatSel(b, k)} tanpa format "@".`);
    }),
  );
  return salah;
};

function jalankanAturan(model: ModelLembar, aturan: readonly Aturan[]): string[] {
  const nama = namaLembarSah(model.nama) ? [] : [`nama lembar "${model.nama}" tidak sah untuk Excel.`];
  return [...nama, ...aturan.flatMap((a) => a(model))];
}

/** Everything that would make Excel refuse the model or write something other than it says; empty when none. */
export function pelanggaranModel(model: ModelLembar): string[] {
  return jalankanAturan(model, ATURAN_EXCEL);
}

/** pelanggaranModel plus the report's tidy layout (see the module comment); empty for every sheet the engine builds. */
export function pelanggaranModelLaporan(model: ModelLembar): string[] {
  return jalankanAturan(model, [...ATURAN_EXCEL, dalamKisi, tataLaporan]);
}

/**
 * Throws the first problem as a GalatPort: NAMA_LEMBAR_TIDAK_VALID for the sheet name, else
 * MODEL_TIDAK_VALID with the sheet's name and the problem ("Lembar "Laporan LKIP": sel E4 berisi NaN, …").
 */
export function periksaModel(model: ModelLembar): void {
  periksaNamaLembar(model.nama);
  for (const aturan of ATURAN_EXCEL) {
    const [pertama] = aturan(model);
    if (pertama !== undefined) throw new GalatPort('MODEL_TIDAK_VALID', `Lembar "${model.nama}": ${pertama}`);
  }
}
