/**
 * Entry point of the fake Excel host in Chromium: bundled by esbuild (bangun.ts, bangunHostExcel) into one
 * script that the browser test serves in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It is the jest tests' host (test/excel/host),
 * seeded from window.__lkipBenih (benih.ts, set with addInitScript), with the Office globals around it, and
 * readable back through window.__lkipHost (dump, a ribbon command, a custom function call).
 */
import { hurufKolom } from '../../src/report/buku/alamat';
import { alamatExcel, BukuPalsu, HostExcel, type LembarData } from '../excel/host';
import { OfficePalsu } from '../excel/host/officePalsu';
import type { BenihBukuKerja } from './benih';
import type { DumpHost, LembarHost } from './peramban';

type JendelaHost = typeof globalThis & { __lkipBenih?: BenihBukuKerja; __lkipHost?: unknown };

/** The workbook the test asked for (or one empty sheet). */
function semai(benih: BenihBukuKerja): BukuPalsu {
  const buku = new BukuPalsu();
  for (const lb of benih.lembar.length > 0 ? benih.lembar : [{ nama: 'Sheet1', sel: [] }]) {
    const l = buku.tambahLembar(lb.nama);
    for (const [r, c, isi] of lb.sel) Object.assign(l.ubah(r, c), isi);
    l.gabungan.push(...('gabungan' in lb ? (lb.gabungan ?? []) : []));
  }
  for (const n of benih.nama) buku.tambahNama(n.nama, `'${n.lembar.replace(/'/g, "''")}'!${n.alamat}`);
  return buku;
}

function dumpLembar(l: LembarData): LembarHost {
  const terpakai = l.rentangTerpakai(false);
  const nilai: (string | number | boolean | null)[][] = [];
  const rumus: Record<string, string> = {};
  const formatAngka: Record<string, string> = {};
  if (terpakai) {
    for (let r = 0; r < terpakai.baris + terpakai.jumlahBaris; r++) {
      const baris: (string | number | boolean | null)[] = [];
      for (let c = 0; c < terpakai.kolom + terpakai.jumlahKolom; c++) {
        const s = l.ambil(r, c);
        baris.push(s?.v ?? null);
        const alamat = `${hurufKolom(c)}${r + 1}`;
        if (s?.f !== undefined) rumus[alamat] = s.f;
        if (s?.nf !== undefined) formatAngka[alamat] = s.nf;
      }
      nilai.push(baris);
    }
  }
  return {
    nama: l.nama,
    id: l.id,
    nilai,
    rumus,
    formatAngka,
    gaya: l.format.map((f) => ({ ...f })),
    gabungan: [...l.gabungan],
    lebarKolom: Object.fromEntries([...l.lebarKolom()].map(([k, w]) => [hurufKolom(k), w])),
    bekuBaris: l.bekuBaris,
    terproteksi: l.terproteksi,
    opsiProteksi: l.opsiProteksi,
    tidakTerkunci: l.tidakTerkunci().map(alamatExcel),
    catatan: Object.fromEntries(l.catatan),
  };
}

const jendela = globalThis as JendelaHost;
const benih: BenihBukuKerja = jendela.__lkipBenih ?? { lembar: [], nama: [] };
const buku = semai(benih);
const host = new HostExcel(buku);
const office = new OfficePalsu(host, benih.bahasa ?? 'id-ID');
Object.assign(office.pengaturan, benih.pengaturan ?? {});

jendela.__lkipHost = {
  dump: (): DumpHost => ({
    lembar: buku.lembar.map(dumpLembar),
    nama: buku.nama.map((n) => ({
      nama: n.nama,
      jenis: n.jenis,
      rujukan: String(buku.nilaiNama(n)),
      terlihat: n.terlihat,
      komentar: n.komentar ?? null,
    })),
    aktif: buku.aktif,
    pilihan: buku.pilihan,
    pengaturan: JSON.parse(JSON.stringify(office.pengaturan)) as Record<string, unknown>,
    permintaan: host.permintaan.map((p) => ({ ...p })),
    log: buku.log.map((x) => ({ ...x })),
    aksi: Object.keys(office.aksi),
    fungsi: Object.keys(office.fungsi),
    tampilPanel: office.tampilPanel,
    batchBerjalan: host.batchBerjalan,
    sisaAntrean: host.sisaAntrean,
  }),
  jalankanAksi: (id: string) => office.jalankanAksi(id),
  panggilFungsi: (id: string, ...argumen: unknown[]) => office.panggilFungsi(id, ...argumen),
};
Object.assign(jendela, {
  Office: office.office(),
  Excel: office.excel(),
  OfficeExtension: office.officeExtension(),
  CustomFunctions: office.customFunctions(),
});
