/**
 * One run of the report over a workbook port: read the names once, validate the contract, compute,
 * check sheet ownership, keep reviewer notes and edited narratives, write "Laporan LKIP", "Verifikasi" and
 * "Narasi LKIP".
 *
 * Port calls of a run, whatever the row count (the Office.js adapter's sync bound builds on this):
 *   1 × bacaNamaLkip, then (only when the input is valid) 3 × statusLembar, at most 2 × bacaNilaiLembar
 *   (Verifikasi and Narasi LKIP, whose typed text is kept), 3 × tulisLembar. A rejected run stops after bacaNamaLkip and writes nothing; a run that needs the
 *   user's confirmation stops after statusLembar and writes nothing.
 *
 * Progress (OpsiJalankan.kemajuan, "chunks done of total" per stage, see kemajuan.ts):
 *   the port's own reading ("membaca"); "membaca harga harian": chunks of daily price rows
 *   handed to the core (BARIS_PER_POTONGAN each, all daily groups together); "menghitung": one step per
 *   daily group and one for the rest; "menyusun laporan": the two sheet models; the port's "menulis".
 * When progress is asked for, the run yields to the host (a macrotask) between chunks once JEDA_MS have
 * passed since the last yield (a chunk takes ~10 ms), so the task pane can paint its progress while a
 * million rows are read; without a progress callback it never waits.
 */
import { adalahGalatLkip } from '../core';
import type { ModulAnalisis } from './analisis';
import type { HasilJalankan, Temuan, OpsiJalankan, StatusNama } from './hasil';
import type { HasilLaporan } from './hitung';
import type { BacaanHargaHarian, HitunganHargaHarian } from './hitung/grupHarian';
import { rakitLaporan } from './hitung/laporan';
import { alamatSel, kutipLembar } from './buku/alamat';
import { idTemuan, kunciUnik, slug } from './idTemuan';
import type { ModelLembar } from './lembar';
import { AWALAN_CATATAN_POTONG } from './penyusun';
import { TAHAP } from './kemajuan';
import { AWALAN_HARGA_HARIAN, bacaKontrak, type MasukanLaporan } from './kontrak';
import type { OpsiBacaNama, PortBukuKerja, StatusLembar } from './port';
import { perluAnalisis } from './perluAnalisis';
import { buatJson, buatRingkasan } from './ringkasan';
import { NAMA_LEMBAR_LAPORAN, susunLembarLaporan } from './susunLaporan';
import { NAMA_LEMBAR_VERIFIKASI, susunLembarVerifikasi } from './susunVerifikasi';
import { NAMA_LEMBAR_NARASI } from './namaLembar';

/** The sheets a run writes, in writing order. */
export const LEMBAR_LAPORAN = [NAMA_LEMBAR_LAPORAN, NAMA_LEMBAR_VERIFIKASI, NAMA_LEMBAR_NARASI] as const;

/** Findings of two sources in one list, by level (galat, peringatan, info), each source's order kept. */
function gabungTemuan(a: readonly Temuan[], b: readonly Temuan[]): Temuan[] {
  if (b.length === 0) return [...a];
  const urutan: Record<Temuan['tingkat'], number> = { galat: 0, peringatan: 1, info: 2 };
  return [...a, ...b]
    .map((t, i) => ({ t, i }))
    .sort((x, y) => urutan[x.t.tingkat] - urutan[y.t.tingkat] || x.i - y.i)
    .map((x) => x.t);
}

/**
 * The contract's warnings about workbook names (a name defined twice, a name not in the contract, a name the
 * report leaves out) as Verifikasi findings too, so that a reviewer without the add-in sees them. Galat
 * findings of the contract stop the report before it is written; findings that already have an ID are there.
 */
export function temuanNamaRentang(masalah: readonly Temuan[]): Temuan[] {
  const daftar = masalah.filter((m) => m.tingkat !== 'galat' && m.id === undefined);
  const kunci = kunciUnik(daftar.map((m) => m.nama ?? ''));
  return daftar.map((m, i) => ({ ...m, id: idTemuan('NAMA-RENTANG', kunci[i]!) }));
}

/**
 * How the engine reads the names: with progress, and without the formulas of the daily price ranges (plain
 * observations whose formulas the report never uses; the bulk of a province-scale workbook).
 */
function opsiBacaNama(opsi: OpsiJalankan): OpsiBacaNama {
  return { awalanTanpaRumus: [AWALAN_HARGA_HARIAN], ...(opsi.kemajuan ? { kemajuan: opsi.kemajuan } : {}) };
}

/** Work (ms) after which the run yields to the host at the next chunk boundary, when progress is reported. */
export const JEDA_MS = 50;

/** Yield to the host's event loop (a macrotask) when the last yield is at least JEDA_MS ago. */
function buatJeda(aktif: boolean): () => Promise<void> {
  let terakhir = Date.now();
  return async () => {
    if (!aktif || Date.now() - terakhir < JEDA_MS) return;
    await new Promise<void>((selesai) => setTimeout(selesai, 0));
    terakhir = Date.now();
  };
}

/** Read and compute the daily price groups chunk by chunk, reporting each chunk and yielding between them. */
async function hitungGrupHarianBertahap(
  masukan: MasukanLaporan,
  opsi: OpsiJalankan,
  jeda: () => Promise<void>,
): Promise<HitunganHargaHarian[]> {
  if (masukan.grupHargaHarian.length === 0) return [];
  // Loaded on demand: province-scale daily prices are rare, so their code stays out of the pane's first download.
  const harian = await import(/* webpackChunkName: "harian" */ './hitung/grupHarian');
  const langkah = harian.langkahBacaHargaHarian(masukan);
  let bacaan: BacaanHargaHarian[];
  for (;;) {
    const r = langkah.next();
    if (r.done) {
      bacaan = r.value;
      break;
    }
    const [selesai, total] = r.value;
    opsi.kemajuan?.(TAHAP.bacaHargaHarian, selesai, total);
    await jeda();
  }
  return harian.hitungSemuaGrupHarian(masukan, bacaan);
}

/**
 * Every cell of the written sheets whose text was cut to Excel's 32 767 characters (a note on the cell says so):
 * one peringatan each, naming the sheet and cell, so the cut is listed in Verifikasi and not only on the cell.
 */
export function temuanTeksDipotong(model: ModelLembar): Temuan[] {
  return model.catatan
    .filter((c) => c.teks.startsWith(AWALAN_CATATAN_POTONG))
    .map((c) => ({
      tingkat: 'peringatan' as const,
      id: idTemuan('TEKS-DIPOTONG', slug(model.nama), alamatSel(c.baris, c.kolom)),
      lembar: model.nama,
      alamat: alamatSel(c.baris, c.kolom),
      pesan: `Teks sel ${kutipLembar(model.nama)}!${alamatSel(c.baris, c.kolom)} melebihi batas Excel dan dipotong dengan "…". ${c.teks}`,
    }));
}

/**
 * What the workbook cannot hold of the report (an Excel without the requirement sets of page setup or
 * charts), as info findings: the report is complete without them, the reader is told what to do instead.
 */
export function temuanDukungan(port: PortBukuKerja): Temuan[] {
  const d = port.dukungan?.();
  if (!d) return [];
  const temuan: Temuan[] = [];
  if (!d.cetak) {
    temuan.push({
      tingkat: 'info',
      id: idTemuan('CETAK-TIDAK-DIDUKUNG'),
      lembar: NAMA_LEMBAR_LAPORAN,
      pesan:
        'Excel ini belum mendukung pengaturan cetak dari add-in (ExcelApi 1.9): lembar laporan tercetak dengan pengaturan bawaan. ' +
        'Atur di Tata Letak Halaman: A4 lanskap, Sesuaikan ke 1 halaman lebar, Cetak Judul baris $1:$3; ' +
        'atau buat laporan dengan runner (npm run report), yang menyertakan pengaturan itu.',
    });
  }
  if (!d.grafik) {
    temuan.push({
      tingkat: 'info',
      id: idTemuan('GRAFIK-TIDAK-DIDUKUNG'),
      lembar: NAMA_LEMBAR_LAPORAN,
      pesan:
        'Excel ini belum mendukung grafik dari add-in (ExcelApi 1.8): grafik capaian dan perubahan harga tidak dibuat; ' +
        'data grafik tetap ada di lembar laporan (Sisipkan › Bagan Batang dari sel itu), atau buat laporan dengan runner (npm run report).',
    });
  }
  return temuan;
}

/** Read the names (one bacaNamaLkip call) and validate the contract; writes nothing. */
export async function periksaMasukan(
  port: PortBukuKerja,
  opsi: OpsiJalankan = {},
): Promise<{ statusNama: StatusNama[]; masalah: Temuan[] }> {
  const { rentang, tidakTerbaca } = await port.bacaNamaLkip(opsiBacaNama(opsi));
  const { statusNama, masalah } = bacaKontrak(rentang, opsi.pengaturan, tidakTerbaca);
  return { statusNama, masalah };
}

function ditolak(statusNama: readonly StatusNama[], masalah: readonly Temuan[]): HasilJalankan {
  return {
    status: 'ditolak',
    statusNama,
    masalah,
    temuan: [],
    ringkasan: null,
    json: null,
    lembarDitulis: [],
    lembarBentrok: [],
  };
}

/** "Hitung Ulang Laporan": compute and write the report sheets (see the module comment for the port calls). */
export async function jalankanLaporan(port: PortBukuKerja, opsi: OpsiJalankan = {}): Promise<HasilJalankan> {
  const { rentang, tidakTerbaca } = await port.bacaNamaLkip(opsiBacaNama(opsi));
  const kontrak = bacaKontrak(rentang, opsi.pengaturan, tidakTerbaca);
  if (!kontrak.masukan) return ditolak(kontrak.statusNama, kontrak.masalah);

  const jeda = buatJeda(opsi.kemajuan !== undefined);
  let hasil: HasilLaporan;
  let analisis: ModulAnalisis | undefined;
  try {
    // hitungLaporan's computation, with the daily groups read above (see hitung/laporan: why not hitungLaporan itself).
    const grupHarian = await hitungGrupHarianBertahap(kontrak.masukan, opsi, jeda);
    const kemajuan = opsi.kemajuan;
    analisis = perluAnalisis(kontrak.masukan)
      ? // Loaded on demand (issue 14's tables): most workbooks lack the names; the pane's first download stays small.
        (await import(/* webpackChunkName: "analisis" */ './analisis')).MODUL_ANALISIS
      : undefined;
    hasil = rakitLaporan(
      kontrak.masukan,
      grupHarian,
      kemajuan ? (selesai, total) => kemajuan(TAHAP.menghitung, selesai, total) : undefined,
      analisis,
    );
  } catch (e) {
    // Every cell-level problem is a Verifikasi finding; a core refusal here is a setting the core rejects.
    if (!adalahGalatLkip(e)) throw e;
    return ditolak(kontrak.statusNama, [...kontrak.masalah, { tingkat: 'galat', nama: e.argumen, pesan: e.message }]);
  }
  const status = new Map<string, StatusLembar>();
  for (const nama of LEMBAR_LAPORAN) status.set(nama, await port.statusLembar(nama));
  const bentrok = LEMBAR_LAPORAN.filter((n) => status.get(n) === 'milik_pengguna');
  if (bentrok.length > 0 && !opsi.timpaLembarPengguna) {
    return {
      status: 'perlu_konfirmasi',
      statusNama: kontrak.statusNama,
      masalah: kontrak.masalah,
      temuan: hasil.temuan,
      ringkasan: buatRingkasan(hasil, analisis),
      json: buatJson(hasil, analisis),
      lembarDitulis: [],
      lembarBentrok: bentrok,
    };
  }

  const nilaiLama = async (nama: string) => (status.get(nama) === 'tidak_ada' ? null : await port.bacaNilaiLembar(nama));
  const verifikasiLama = await nilaiLama(NAMA_LEMBAR_VERIFIKASI);
  const narasiLama = await nilaiLama(NAMA_LEMBAR_NARASI);
  const lindungi = opsi.lindungiLembar !== false;
  const subjudul = [hasil.instansi, hasil.tahun === null ? null : `Tahun ${hasil.tahun}`].filter((x) => x !== null).join(' · ');
  await jeda();
  const laporan = susunLembarLaporan(hasil, { lindungi, ...(analisis ? { analisis } : {}) });
  opsi.kemajuan?.(TAHAP.menyusun, 1, 3);
  // Loaded on demand: the narratives' wording stays out of the task pane's first download (as the daily prices).
  const { drafSemuaNarasi, susunLembarNarasi } = await import(/* webpackChunkName: "narasi" */ './narasi/muat');
  const kaki = { instansi: hasil.instansi, tahun: hasil.tahun };
  const narasi = susunLembarNarasi(drafSemuaNarasi(hasil), narasiLama, {
    lindungi,
    kakiHalaman: kaki,
    ...(subjudul ? { subjudul } : {}),
  });
  // The narratives' and the names' findings join the report's (galat, peringatan, info order kept): Verifikasi,
  // summary and JSON.
  hasil = { ...hasil, temuan: gabungTemuan(hasil.temuan, [...narasi.temuan, ...temuanNamaRentang(kontrak.masalah)]) };
  const ringkasan = buatRingkasan(hasil, analisis);
  const json = buatJson(hasil, analisis);
  opsi.kemajuan?.(TAHAP.menyusun, 2, 3);
  const temuan = [...hasil.temuan, ...temuanTeksDipotong(laporan), ...temuanTeksDipotong(narasi.model), ...temuanDukungan(port)];
  const verifikasi = susunLembarVerifikasi(temuan, verifikasiLama, {
    lindungi,
    kakiHalaman: kaki,
    ...(subjudul ? { subjudul } : {}),
  });
  opsi.kemajuan?.(TAHAP.menyusun, 3, 3);
  await jeda();
  await port.tulisLembar(laporan, opsi.kemajuan);
  await port.tulisLembar(verifikasi, opsi.kemajuan);
  await port.tulisLembar(narasi.model, opsi.kemajuan);

  return {
    status: 'ditulis',
    statusNama: kontrak.statusNama,
    masalah: kontrak.masalah,
    temuan,
    ringkasan,
    json,
    lembarDitulis: [...LEMBAR_LAPORAN],
    lembarBentrok: [],
    bab3: { hasil, narasi: narasi.narasi },
  };
}
