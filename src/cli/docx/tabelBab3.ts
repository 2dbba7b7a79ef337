/**
 * The tables of BAB III, one function each, in the document's layout (LKIP Disperindag NTT 2021): the scale
 * (Tabel 3.1), the capaian table (3.2), "Pencapaian Kinerja Indikator n", the price lists (3.5, 3.6), the combined
 * price rise and its step scale (3.7), the budget tables (3.22, 3.24). Each returns its caption's text and the table;
 * the numbering is the composition's (bab3.ts).
 */
import type { Table } from 'docx';
import { teksRentang, teksRentangSkala } from '../../core';
import type { HasilGrupHarga, HasilIndikator, HasilLaporan, HasilTabelAnggaran } from '../../report';
import { kanan, tabel, tampil, tengah, type IsiSel } from './unsur';

export interface TabelBab3 {
  /** Caption without its number: "Capaian Kinerja Tahun 2021". */
  readonly judul: string;
  readonly tabel: Table;
}

const tahunTeks = (h: HasilLaporan, geser = 0) =>
  h.tahun === null ? (geser ? 'Tahun Lalu' : 'Tahun Ini') : `Tahun ${h.tahun - geser}`;

/** Tabel 3.1: Skala Pengukuran Capaian Kinerja. */
export function tabelSkala(h: HasilLaporan): TabelBab3 {
  const rentang = teksRentangSkala(h.skala);
  return {
    judul: `Skala Pengukuran Capaian Kinerja ${tahunTeks(h)}`,
    tabel: tabel(
      ['Skala Pencapaian Kinerja', 'Kategori'],
      h.skala.map((t, i) => [tengah(rentang[i]!), t.label]),
      [50, 50],
    ),
  };
}

function barisCapaian(ind: HasilIndikator): IsiSel[][] {
  const utama: IsiSel[] = [
    tengah(`${ind.no}.`),
    ind.nama,
    tengah(ind.satuan ?? '-'),
    kanan(tampil.angka(ind.target)),
    kanan(tampil.angka(ind.realisasi)),
    kanan(tampil.capaian(ind.hasil, ind.galat)),
    ind.kategori ?? '-',
  ];
  const sub = ind.subBaris.map((s, i): IsiSel[] => [
    '',
    `${String.fromCharCode(97 + (i % 26))}. ${s.label}`,
    tengah(ind.satuan ?? '-'),
    kanan(tampil.angka(ind.target)),
    kanan(tampil.angka(s.realisasi)),
    '',
    '',
  ]);
  return [utama, ...sub];
}

/** Tabel 3.2: Capaian Kinerja, every indicator, the price groups as sub-rows, and RATA-RATA CAPAIAN. */
export function tabelCapaian(h: HasilLaporan): TabelBab3 {
  const r = h.rataRata;
  const kaki: IsiSel[][] = [
    [
      { teks: 'RATA-RATA CAPAIAN', gabung: 5 },
      kanan(r.nilai === null ? '-' : `${tampil.angka(r.nilai)} %`, true),
      h.kategoriRataRata ?? '-',
    ],
  ];
  return {
    judul: `Capaian Kinerja ${tahunTeks(h)}`,
    tabel: tabel(
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian', 'Kategori'],
      h.indikator.flatMap(barisCapaian),
      [5, 35, 11, 10, 12, 13, 14],
      kaki,
    ),
  };
}

/** "Pencapaian Kinerja Indikator n": the indicator's row of the year. */
export function tabelPencapaianIndikator(h: HasilLaporan, ind: HasilIndikator): TabelBab3 {
  return {
    judul: `Pencapaian Kinerja Indikator ${ind.no}`,
    tabel: tabel(
      ['No', 'Indikator Kinerja', 'Satuan', `Target ${h.tahun ?? ''}`.trim(), `Realisasi ${h.tahun ?? ''}`.trim(), 'Capaian'],
      [
        [
          tengah('1.'),
          ind.nama,
          tengah(ind.satuan ?? '-'),
          kanan(tampil.angka(ind.target)),
          kanan(tampil.angka(ind.realisasi)),
          kanan(tampil.capaian(ind.hasil, ind.galat)),
        ],
      ],
      [5, 42, 11, 13, 15, 14],
    ),
  };
}

/** "Perbandingan Kenaikan/Penurunan Harga <grup>" (Tabel 3.5, 3.6). */
export function tabelHarga(h: HasilLaporan, g: HasilGrupHarga): TabelBab3 {
  const desimal = g.harian !== null;
  const badan = g.baris.map((b): IsiSel[] => [
    tengah(String(b.no)),
    b.nama,
    tengah(b.satuan ?? '-'),
    kanan(tampil.harga(b.lalu, desimal)),
    kanan(tampil.harga(b.kini, desimal)),
    kanan(tampil.harga(b.perubahan?.selisih ?? null, desimal)),
    kanan(b.perubahan ? tampil.persen(b.perubahan.persen) : 'tidak dihitung'),
  ]);
  return {
    judul: `Perbandingan Kenaikan/Penurunan Harga ${g.label}`,
    tabel: tabel(
      ['No', 'Nama', 'Satuan', tahunTeks(h, 1), tahunTeks(h), 'Selisih Harga', 'Persentase'],
      badan,
      [5, 28, 11, 13, 13, 14, 16],
      [[{ teks: 'Rata-rata', gabung: 6 }, kanan(tampil.persen(g.rataRata?.nilai ?? null), true)]],
    ),
  };
}

/** The step scale of the price-rise indicator (Tabel 3.7), the year's row in bold. */
export function tabelSkalaInflasi(h: HasilLaporan, ind: HasilIndikator): TabelBab3 {
  let bawah: (typeof h.skalaInflasi)[number]['ambangAtas'] = null;
  const badan = h.skalaInflasi.map((t): IsiSel[] => {
    const rentang = teksRentang(bawah, t.ambangAtas);
    bawah = t.ambangAtas;
    const kini = rentang === h.gabungan?.skala.rentang;
    return [tengah(rentang, kini), tengah(`${tampil.angka(t.capaian)} %`, kini), { teks: t.label, tebal: kini }];
  });
  return {
    judul: `Skala Pencapaian Kinerja Indikator ${ind.no}`,
    tabel: tabel(['Skala inflasi', 'Skala Pencapaian Kinerja', 'Kategori'], badan, [34, 33, 33]),
  };
}

/** "Kenaikan Harga Gabungan": the mean of the groups' means, its capaian on the step scale, its kategori. */
export function tabelHargaGabungan(h: HasilLaporan): TabelBab3 | null {
  const gb = h.gabungan;
  if (!gb) return null;
  const label = h.grupHarga.filter((g) => g.rataRata !== null).map((g) => g.label);
  return {
    judul: 'Kenaikan Harga Gabungan',
    tabel: tabel(
      ['Uraian', 'Perhitungan', 'Nilai'],
      [
        [`Rata-rata kenaikan harga (${label.join(', ')})`, gb.rataRata.derivasi, kanan(tampil.persen(gb.rataRata.nilai))],
        [`Capaian menurut skala inflasi (${gb.skala.rentang})`, gb.derivasi, kanan(`${tampil.angka(gb.skala.capaian)} %`)],
        ['Kategori', `capaian ${tampil.angka(gb.skala.capaian)}% → ${gb.kategori}`, gb.kategori],
      ],
      [40, 42, 18],
    ),
  };
}

/** "Alokasi dan Realisasi Anggaran [sumber]" (Tabel 3.22, 3.24). */
export function tabelAnggaran(h: HasilLaporan, t: HasilTabelAnggaran): TabelBab3 {
  const serapan = (s: HasilTabelAnggaran['total']) => (s.status === 'ada_pagu' ? tampil.persen(s.nilai) : '-');
  const badan = t.baris.map((b): IsiSel[] => [
    tengah(`${b.no}.`),
    b.program,
    kanan(tampil.rupiah(b.pagu)),
    kanan(tampil.rupiah(b.realisasi)),
    kanan(b.serapan ? serapan(b.serapan) : '-'),
  ]);
  return {
    judul: `Alokasi dan Realisasi Anggaran Program/Kegiatan${t.label ? ` ${t.label}` : ''} TA ${h.tahun ?? ''}`.trim(),
    tabel: tabel(
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Keu (%)'],
      badan,
      [5, 39, 20, 20, 16],
      [
        [
          { teks: 'Jumlah', gabung: 2 },
          kanan(tampil.rupiah(t.total.pagu), true),
          kanan(tampil.rupiah(t.total.realisasi), true),
          kanan(serapan(t.total), true),
        ],
      ],
    ),
  };
}
