/**
 * The "Laporan LKIP" sheet: the document's tables with their captions, as a ModelLembar.
 *
 *   title, instansi, "Tahun <n>"                                   (rows 1–3, frozen)
 *   Capaian Kinerja Tahun <n>      No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian | Kategori
 *                                  [| Realisasi <n−1> | Selisih thd <n−1>] [| Target Akhir Renstra | Capaian thd Target Akhir]
 *                                  | Keterangan;  footer RATA-RATA CAPAIAN + kategori + "mencakup 9 dari 11 indikator"
 *   Perbandingan Kenaikan/Penurunan Harga <grup>   (one per price list, typed or daily)
 *                                  No | Nama | Satuan | Tahun <n−1> | Tahun <n> | Selisih Harga | Persentase | Keterangan; footer Rata-rata
 *                                  [daily prices: a note how the annual averages were formed]
 *   Kenaikan Harga Gabungan        the combined figure, its capaian on the step scale, its kategori
 *   Stabilitas Harga <grup> Tahun <n>   (one per daily price group)
 *                                  No | Komoditas | Satuan | Rata-rata harga | Simpangan baku | KV (%) | Keterangan;
 *                                  footer Rata-rata KV; KV above the threshold filled; the method in a note below
 *   Alokasi dan Realisasi Anggaran [<sumber>]   No | Program | Pagu (Rp) | Realisasi (Rp) | % | Keterangan; footer Jumlah
 *
 * Values are plain numbers and text (no formulas); the Keterangan column carries every derivation.
 * Keterangan is always the last column; narrower tables merge their Keterangan cell up to it.
 */
import { Desimal, formatBulat, formatTerbit } from '../core';
import type { HasilGrupHarga, HasilHarian, HasilIndikator, HasilLaporan } from './hitung';
import type { ModelLembar } from './lembar';
import { NAMA_LEMBAR_LAPORAN } from './namaLembar';
import {
  FORMAT_ANGKA,
  FORMAT_BULAT,
  FORMAT_PERSEN,
  FORMAT_RUPIAH,
  PenyusunLembar,
  WARNA,
  rentang,
  warnaKategori,
  type IsiSel,
} from './penyusun';

export { NAMA_LEMBAR_LAPORAN };

export interface OpsiSusun {
  /** Protect the sheet against accidental edits (no password). Default true. */
  readonly lindungi?: boolean;
}

const angka = (d: Desimal | null, format: string): IsiSel => (d === null ? null : { nilai: d.toNumber(), format });
const persen = (d: Desimal | null): IsiSel => angka(d, FORMAT_PERSEN);
const target = (t: number | string | null): IsiSel => (typeof t === 'number' ? { nilai: t, format: FORMAT_ANGKA } : t);

const CATATAN_KAKI = [
  'Catatan:',
  'Persentase ditulis dalam poin persen: 88,64 berarti 88,64%.',
  'Setiap angka terbit dibulatkan setengah ke atas ke 2 desimal; angka terbit itulah yang dipakai pada langkah berikutnya.',
  'Kolom Keterangan menunjukkan cara setiap angka diperoleh.',
  'Lembar ini ditulis ulang setiap kali laporan dihitung ulang; temuan pemeriksaan ada di lembar "Verifikasi".',
];

const METODE_RATA_RATA = {
  semua: 'semua pengamatan setahun (Σ harga / jumlah pengamatan; kab/kota yang lebih sering diamati berbobot lebih besar)',
  per_kabkota: 'rata-rata tiap kab/kota dahulu, lalu rata-rata sederhana antar-kab/kota (setiap kab/kota berbobot sama)',
} as const;

/** Under a daily group's price table: where the two prices come from and how they were averaged. */
function catatanRataRataHarian(g: HasilGrupHarga, h: HasilHarian, tahun: number | null): string {
  const tahunTeks = tahun === null ? 'tahun laporan dan tahun sebelumnya' : `${tahun - 1} dan ${tahun}`;
  return (
    `Harga ${tahunTeks} adalah rata-rata tahunan harga harian ${g.nama} (${h.rujukan}): ${METODE_RATA_RATA[h.metode]}. ` +
    `${formatBulat(h.jumlahBaris)} baris dibaca, ${formatBulat(h.jumlahPengamatan)} pengamatan dipakai, ${formatBulat(h.jumlahKabKota)} kab/kota; ` +
    'baris yang salah, ganda atau di luar kedua tahun tidak dipakai (lihat lembar "Verifikasi").'
  );
}

/** Under a stability table: the formula, which standard deviation, what one value is, the threshold. */
function catatanStabilitas(h: HasilHarian): string {
  const st = h.stabilitas;
  const simpangan =
    st.simpangan === 'sampel'
      ? 'simpangan baku sampel (pembagi n − 1, sama dengan STDEV.S di Excel)'
      : 'simpangan baku populasi (pembagi n, sama dengan STDEV.P di Excel)';
  const dasar =
    st.dasar === 'harian'
      ? `rata-rata harian antar-kab/kota tahun ${st.tahun} (stabilitas antarwaktu)`
      : `setiap pengamatan harga tahun ${st.tahun} (semua hari, semua kab/kota)`;
  return (
    `Metode: KV = S / p̄ × 100%, S = ${simpangan}; nilai yang diukur: ${dasar}; p̄ = rata-rata nilai-nilai itu. ` +
    `Komoditas dengan KV di atas ${formatTerbit(st.batas)}% ditandai. Rata-rata harga tahunan pada tabel perbandingan: ${METODE_RATA_RATA[h.metode]}.`
  );
}

export function susunLembarLaporan(hasil: HasilLaporan, opsi: OpsiSusun = {}): ModelLembar {
  const p = new PenyusunLembar();
  const tahunIni = hasil.tahun === null ? 'Tahun Ini' : `Tahun ${hasil.tahun}`;
  const tahunLalu = hasil.tahun === null ? 'Tahun Lalu' : `Tahun ${hasil.tahun - 1}`;

  // ---- columns of the capaian table decide the sheet's width ----
  const kepalaCapaian = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Kategori'];
  const lebarCapaian = [6, 48, 10, 12, 12, 12, 16];
  if (hasil.adaRealisasiLalu) {
    kepalaCapaian.push(`Realisasi ${tahunLalu}`, `Selisih thd ${tahunLalu}`);
    lebarCapaian.push(14, 14);
  }
  if (hasil.adaTargetAkhir) {
    kepalaCapaian.push('Target Akhir Renstra', 'Capaian thd Target Akhir');
    lebarCapaian.push(14, 14);
  }
  const K = kepalaCapaian.length; // index of Keterangan
  const lebarTabel = K + 1;
  const lebarKolom = [...lebarCapaian, 64];
  const perlebar = (preferensi: readonly number[]) =>
    preferensi.forEach((l, i) => {
      if (i < K) lebarKolom[i] = Math.max(lebarKolom[i] ?? 0, l);
    });

  const judul = (teks: string, gaya: { ukuranHuruf?: number; tebal?: boolean; miring?: boolean } = {}) => {
    const b = p.tambahBaris([teks]);
    p.gabung(rentang(b, 0, 1, lebarTabel));
    p.gaya(rentang(b, 0, 1, lebarTabel), { ...gaya, rataVertikal: 'tengah' });
    return b;
  };
  const kepala = (teks: readonly (string | null)[]) => {
    const b = p.tambahBaris(teks);
    const sisa = teks.length - 1;
    if (sisa < K) p.gabung(rentang(b, sisa, 1, K - sisa + 1));
    p.gaya(rentang(b, 0, 1, lebarTabel), {
      tebal: true,
      isi: WARNA.kepala,
      garis: true,
      bungkus: true,
      rata: 'tengah',
      rataVertikal: 'tengah',
    });
    return b;
  };
  /** A data row of a table with `dataKolom` columns before its Keterangan. */
  const barisData = (sel: readonly IsiSel[], keterangan: string, dataKolom: number) => {
    const isi: IsiSel[] = [...sel];
    while (isi.length < dataKolom) isi.push(null);
    isi.push(keterangan === '' ? null : keterangan);
    const b = p.tambahBaris(isi);
    if (dataKolom < K) p.gabung(rentang(b, dataKolom, 1, K - dataKolom + 1));
    return b;
  };
  const badanTabel = (awal: number, akhir: number) => {
    if (akhir < awal) return;
    const n = akhir - awal + 1;
    p.gaya(rentang(awal, 0, n, lebarTabel), { garis: true, rataVertikal: 'atas' });
    p.gaya(rentang(awal, 0, n, 1), { rata: 'tengah', rataVertikal: 'atas' });
    p.gaya(rentang(awal, 1, n, 1), { bungkus: true, rataVertikal: 'atas' });
    p.gaya(rentang(awal, K, n, 1), { bungkus: true, rataVertikal: 'atas' });
  };
  const kaki = (b: number) =>
    p.gaya(rentang(b, 0, 1, lebarTabel), { tebal: true, isi: WARNA.kaki, garis: true, rataVertikal: 'atas' });
  /** A note under a table: one merged, wrapped line over the table's width. */
  const catatanTabel = (teks: string) => {
    const b = p.tambahBaris([teks]);
    p.gabung(rentang(b, 0, 1, lebarTabel));
    p.gaya(rentang(b, 0, 1, lebarTabel), { miring: true, bungkus: true, warnaTeks: WARNA.teksRedup, rataVertikal: 'atas' });
    return b;
  };

  // ---- title block ----
  judul('LAPORAN KINERJA INSTANSI PEMERINTAH (LKIP)', { ukuranHuruf: 14, tebal: true });
  judul(hasil.instansi ?? 'Nama instansi belum diisi (LKIP_Instansi)', { ukuranHuruf: 12, tebal: true });
  judul(tahunIni, { tebal: true });
  const bekukan = p.barisBerikut;
  p.tambahBaris();

  // ---- 1. capaian ----
  judul(`Capaian Kinerja ${tahunIni}`, { ukuranHuruf: 12, tebal: true });
  kepala([...kepalaCapaian, 'Keterangan']);
  const awalCapaian = p.barisBerikut;
  for (const ind of hasil.indikator) barisIndikator(ind);
  badanTabel(awalCapaian, p.barisBerikut - 1);

  const r = hasil.rataRata;
  const cakupan = `mencakup ${r.jumlahDiukur} dari ${hasil.indikator.length} indikator`;
  const tidakDiukur = r.dikecualikan.map((d) => `${hasil.indikator[d.indeks]?.no ?? d.indeks + 1}. ${d.nama} (${d.alasan})`);
  const ketRata = [cakupan, r.derivasi, ...(tidakDiukur.length > 0 ? [`tidak diukur: ${tidakDiukur.join('; ')}`] : [])].join(
    '; ',
  );
  const selKaki: IsiSel[] = ['RATA-RATA CAPAIAN', null, null, null, null, persen(r.nilai), hasil.kategoriRataRata];
  const bKaki = barisData(selKaki, ketRata, K);
  p.gabung(rentang(bKaki, 0, 1, 5));
  kaki(bKaki);
  p.gaya(rentang(bKaki, K, 1, 1), { bungkus: true });
  if (hasil.peringkatRataRata !== null) {
    p.gaya(rentang(bKaki, 5, 1, 2), { isi: warnaKategori(hasil.peringkatRataRata, hasil.skala.length) });
  }
  p.tambahBaris();

  function barisIndikator(ind: HasilIndikator): void {
    const h = ind.hasil;
    const capaian: IsiSel =
      h.status === 'diukur'
        ? persen(h.nilai)
        : ind.galat !== null
          ? 'tidak dapat dihitung'
          : h.status === 'dikecualikan'
            ? 'dikecualikan'
            : 'tidak diukur';
    const sel: IsiSel[] = [
      { nilai: ind.no, format: FORMAT_BULAT },
      ind.nama,
      ind.satuan,
      target(ind.target),
      angka(ind.realisasi, FORMAT_ANGKA),
      capaian,
      ind.kategori,
    ];
    if (hasil.adaRealisasiLalu) sel.push(target(ind.realisasiLaluTampil), angka(ind.selisihLalu, FORMAT_ANGKA));
    if (hasil.adaTargetAkhir) {
      const ca = ind.capaianAkhir;
      sel.push(target(ind.targetAkhir), ca && ca.status === 'diukur' ? persen(ca.nilai) : null);
    }
    const b = barisData(sel, ind.keterangan, K);
    if (h.status !== 'diukur') {
      p.gaya(rentang(b, 0, 1, lebarTabel), { isi: WARNA.tidakDiukur, miring: true });
    } else if (ind.peringkat !== null) {
      p.gaya(rentang(b, 5, 1, 2), { isi: warnaKategori(ind.peringkat, hasil.skala.length) });
    }
    ind.subBaris.forEach((s, i) => {
      barisData(
        [
          null,
          `${String.fromCharCode(97 + (i % 26))}. ${s.label}`,
          ind.satuan,
          target(ind.target),
          angka(s.realisasi, FORMAT_ANGKA),
        ],
        `rata-rata ${s.label}: ${s.derivasi}`,
        K,
      );
    });
  }

  // ---- 2. price lists ----
  for (const g of hasil.grupHarga) {
    perlebar([6, 40, 10, 14, 14, 14, 12]);
    judul(`Perbandingan Kenaikan/Penurunan Harga ${g.label}`, { ukuranHuruf: 12, tebal: true });
    kepala(['No', 'Nama', 'Satuan', tahunLalu, tahunIni, 'Selisih Harga', 'Persentase', 'Keterangan']);
    const awal = p.barisBerikut;
    // Annual averages of daily prices carry decimals (14.000,50); typed lists show whole Rupiah.
    const formatHarga = g.harian ? FORMAT_ANGKA : FORMAT_RUPIAH;
    for (const b of g.baris) {
      const ch = b.perubahan;
      const langkah = [b.derivasiHarga ?? null, ch ? ch.derivasi : `tidak dihitung: ${b.galat ?? ''}`].filter((x) => x !== null);
      barisData(
        [
          { nilai: b.no, format: FORMAT_BULAT },
          b.nama,
          b.satuan,
          angka(b.lalu, formatHarga),
          angka(b.kini, formatHarga),
          angka(ch ? ch.selisih : null, formatHarga),
          ch ? persen(ch.persen) : 'tidak dihitung',
        ],
        langkah.join('; '),
        7,
      );
    }
    badanTabel(awal, p.barisBerikut - 1);
    const bRata = barisData(
      ['Rata-rata', null, null, null, null, null, persen(g.rataRata?.nilai ?? null)],
      g.rataRata?.derivasi ?? 'tidak ada baris yang dapat dihitung',
      7,
    );
    p.gabung(rentang(bRata, 0, 1, 6));
    kaki(bRata);
    if (g.harian) catatanTabel(catatanRataRataHarian(g, g.harian, hasil.tahun));
    p.tambahBaris();
  }

  if (hasil.gabungan) {
    const gb = hasil.gabungan;
    judul('Kenaikan Harga Gabungan', { ukuranHuruf: 12, tebal: true });
    kepala(['Uraian', null, null, null, null, null, 'Nilai', 'Keterangan']);
    p.gabung(rentang(p.barisBerikut - 1, 0, 1, 6));
    const awal = p.barisBerikut;
    const label = hasil.grupHarga.filter((g) => g.rataRata !== null).map((g) => g.label);
    const b1 = barisData(
      [`Rata-rata kenaikan harga (${label.join(', ')})`, null, null, null, null, null, persen(gb.rataRata.nilai)],
      gb.rataRata.derivasi,
      7,
    );
    const b2 = barisData(
      [`Capaian menurut skala inflasi (${gb.skala.rentang})`, null, null, null, null, null, persen(gb.skala.capaian)],
      gb.derivasi,
      7,
    );
    const b3 = barisData(
      ['Kategori', null, null, null, null, null, gb.kategori],
      `capaian ${formatTerbit(gb.skala.capaian)}% → ${gb.kategori}`,
      7,
    );
    for (const b of [b1, b2, b3]) p.gabung(rentang(b, 0, 1, 6));
    p.gaya(rentang(awal, 0, 3, lebarTabel), { garis: true, rataVertikal: 'atas' });
    p.gaya(rentang(awal, K, 3, 1), { bungkus: true });
    p.gaya(rentang(b2, 6, 2, 1), { isi: warnaKategori(gb.peringkat, hasil.skala.length), tebal: true });
    p.tambahBaris();
  }

  // ---- stability of daily prices ----
  for (const g of hasil.grupHarga) {
    if (!g.harian) continue;
    const st = g.harian.stabilitas;
    perlebar([6, 40, 10, 16, 16, 12]);
    judul(`Stabilitas Harga ${g.label} Tahun ${st.tahun}`, { ukuranHuruf: 12, tebal: true });
    kepala(['No', 'Komoditas', 'Satuan', 'Rata-rata harga', 'Simpangan baku', 'KV (%)', 'Keterangan']);
    const awal = p.barisBerikut;
    const batas = `${formatTerbit(st.batas)}%`;
    st.komoditas.forEach((k, i) => {
      const b = barisData(
        [
          { nilai: i + 1, format: FORMAT_BULAT },
          k.nama,
          k.satuan === '' ? null : k.satuan,
          angka(k.rataRata, FORMAT_ANGKA),
          angka(k.simpanganBaku, FORMAT_ANGKA),
          persen(k.kv),
        ],
        k.diAtasBatas ? `di atas batas ${batas}; ${k.derivasi}` : k.derivasi,
        6,
      );
      if (k.diAtasBatas) p.gaya(rentang(b, 5, 1, K - 5 + 1), { isi: WARNA.diAtasBatas });
    });
    st.tidakDihitung.forEach((k, i) => {
      const b = barisData(
        [
          { nilai: st.komoditas.length + i + 1, format: FORMAT_BULAT },
          k.nama,
          k.satuan === '' ? null : k.satuan,
          null,
          null,
          'tidak dihitung',
        ],
        `tidak dihitung: ${k.alasan}`,
        6,
      );
      p.gaya(rentang(b, 0, 1, lebarTabel), { isi: WARNA.tidakDiukur, miring: true });
    });
    badanTabel(awal, p.barisBerikut - 1);
    const jumlahDiAtas =
      st.jumlahDiAtasBatas === 0
        ? `tidak ada komoditas dengan KV di atas ${batas}`
        : `${st.jumlahDiAtasBatas} komoditas dengan KV di atas ${batas}`;
    const bRata = barisData(
      ['Rata-rata KV', null, null, null, null, persen(st.rataRataKV?.nilai ?? null)],
      st.rataRataKV ? `${st.rataRataKV.derivasi}; ${jumlahDiAtas}` : 'tidak ada komoditas dengan KV',
      6,
    );
    p.gabung(rentang(bRata, 0, 1, 5));
    kaki(bRata);
    catatanTabel(catatanStabilitas(g.harian));
    p.tambahBaris();
  }

  // ---- 3. budget ----
  for (const t of hasil.anggaran) {
    perlebar([6, 40, 18, 18, 10]);
    judul(`Alokasi dan Realisasi Anggaran${t.label ? ` ${t.label}` : ''}`, { ukuranHuruf: 12, tebal: true });
    kepala(['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%', 'Keterangan']);
    const awal = p.barisBerikut;
    for (const b of t.baris) {
      const s = b.serapan;
      barisData(
        [
          { nilai: b.no, format: FORMAT_BULAT },
          b.program,
          angka(b.pagu, FORMAT_RUPIAH),
          angka(b.realisasi, FORMAT_RUPIAH),
          s && s.status === 'ada_pagu' ? persen(s.nilai) : null,
        ],
        s ? s.derivasi : `tidak dihitung: ${b.galat ?? ''}`,
        5,
      );
    }
    badanTabel(awal, p.barisBerikut - 1);
    const tot = t.total;
    const bJumlah = barisData(
      [
        'Jumlah',
        null,
        angka(tot.pagu, FORMAT_RUPIAH),
        angka(tot.realisasi, FORMAT_RUPIAH),
        tot.status === 'ada_pagu' ? persen(tot.nilai) : null,
      ],
      tot.derivasi,
      5,
    );
    p.gabung(rentang(bJumlah, 0, 1, 2));
    kaki(bJumlah);
    p.tambahBaris();
  }

  // ---- notes (one short line each: unmerged text overflows to the right and needs no row height) ----
  const awalCatatan = p.barisBerikut;
  for (const teks of CATATAN_KAKI) p.tambahBaris([teks]);
  p.gaya(rentang(awalCatatan, 0, CATATAN_KAKI.length, 1), { miring: true, warnaTeks: WARNA.teksRedup });

  return p.selesai(NAMA_LEMBAR_LAPORAN, {
    lebarKolom,
    bekukanBaris: bekukan,
    ...(opsi.lindungi === false ? {} : { proteksi: { dapatDiedit: [] } }),
  });
}
