/**
 * BAB III (Akuntabilitas Kinerja) as a Word document, from one run's report and narratives (HasilJalankan.bab3):
 *
 *   BAB III AKUNTABILITAS KINERJA · Tabel 3.1 the scale
 *   3.1 CAPAIAN KINERJA TAHUN n · Tabel 3.2 the capaian table · the mean's sentence · Gambar 3.1 the chart
 *   3.2 EVALUASI CAPAIAN KINERJA · per indicator: its heading, (for the price-rise indicator: the price tables and the
 *       step scale), "Tabel 3.x Pencapaian Kinerja Indikator n", its narrative: the author's text from "Narasi LKIP"
 *       when there is one, else the draft
 *   3.3 AKUNTABILITAS KEUANGAN · per budget table: its sentence and "Tabel 3.x Alokasi dan Realisasi Anggaran …"
 *
 * Tables are numbered 3.1, 3.2, … in order of appearance, as the document numbers them. Built with the `docx`
 * package (no hand-written OOXML); same report → same document content.
 */
import { AlignmentType, Document, ImageRun, Packer, Paragraph, type Table } from 'docx';
import { kalimatRataRata } from '../../core';
import type { HasilJalankan, HasilLaporan, NarasiIndikator } from '../../report';
import { simpanAtomik } from '../xlsx/simpanAman';
import { grafikCapaian, grafikHarga, type GambarPng } from './grafikCapaian';
import {
  tabelAnggaran,
  tabelHargaGabungan,
  tabelCapaian,
  tabelHarga,
  tabelPencapaianIndikator,
  tabelSkala,
  tabelSkalaInflasi,
  type TabelBab3,
} from './tabelBab3';
import { judul1, judul2, judul3, keterangan, paragraf, tampil } from './unsur';

export type IsiBab3 = NonNullable<HasilJalankan['bab3']>;
type Unsur = Paragraph | Table;

/** Numbers the tables and figures in order of appearance. */
class Penomoran {
  tabelKe = 0;
  private gambarKe = 0;
  tabel(t: TabelBab3): Unsur[] {
    return [keterangan(`Tabel 3.${++this.tabelKe} ${t.judul}`), t.tabel];
  }
  gambar(judul: string): string {
    return `Gambar 3.${++this.gambarKe} ${judul}`;
  }
}

const tahun = (h: HasilLaporan) => (h.tahun === null ? 'Tahun Ini' : `Tahun ${h.tahun}`);

function bagianPembuka(h: HasilLaporan, n: Penomoran): Unsur[] {
  return [
    judul1('BAB III'),
    judul1('AKUNTABILITAS KINERJA'),
    paragraf(
      'Penilaian kategori keberhasilan dan ketercapaian target didasarkan pada kategori yang digunakan Kementerian ' +
        'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi dalam menilai sistem akuntabilitas kinerja instansi ' +
        'pemerintah, sebagaimana terlihat pada tabel berikut.',
    ),
    ...n.tabel(tabelSkala(h)),
  ];
}

/** A chart centred on the text width, and its numbered caption under it. */
function gambar(g: GambarPng, nama: string, judul: string): Unsur[] {
  const lebar = 600; // pixels at 96 per inch: 15,9 cm, the text width of an A4 page
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: g.png,
          transformation: { width: lebar, height: Math.round((g.tinggi * lebar) / g.lebar) },
          altText: { name: nama, title: nama, description: judul },
        }),
      ],
    }),
    keterangan(judul),
  ];
}

function bagianCapaian(h: HasilLaporan, n: Penomoran): Unsur[] {
  const g = grafikCapaian(h);
  const unsur: Unsur[] = [
    judul2(`3.1 CAPAIAN KINERJA ${tahun(h).toUpperCase()}`),
    paragraf(
      `Pengukuran tingkat capaian kinerja ${h.instansi ?? 'instansi'} ${tahun(h)} dilakukan dengan membandingkan target ` +
        'yang ditetapkan dalam Perjanjian Kinerja dengan realisasinya: Capaian Indikator Kinerja = Realisasi / Target × 100%.',
    ),
    ...n.tabel(tabelCapaian(h)),
  ];
  if (h.rataRata.nilai !== null) unsur.push(paragraf(kalimatRataRata(h.instansi, h.rataRata.nilai, h.kategoriRataRata)));
  unsur.push(
    ...gambar(
      g,
      'Grafik capaian per indikator',
      n.gambar(`Capaian Kinerja per Indikator ${tahun(h)} (nomor indikator seperti Tabel 3.2; garis merah: 100 %)`),
    ),
  );
  return unsur;
}

/** One indicator's part of 3.2: its tables and its narrative (the author's text when there is one). */
function bagianIndikator(
  h: HasilLaporan,
  ind: HasilLaporan['indikator'][number],
  narasi: NarasiIndikator | undefined,
  n: Penomoran,
): Unsur[] {
  const unsur: Unsur[] = [judul3(`${ind.no}. ${ind.nama}`)];
  if (ind.metode === 'inflasi') {
    for (const g of h.grupHarga) {
      unsur.push(...n.tabel(tabelHarga(h, g)));
      const rata = g.rataRata ? `; garis merah: rata-rata ${tampil.persen(g.rataRata.nilai)}` : '';
      const judul = `Perubahan Harga ${g.label} ${tahun(h)} per Barang (nomor seperti Tabel 3.${n.tabelKe}${rata})`;
      unsur.push(...gambar(grafikHarga(g), `Grafik perubahan harga ${g.label}`, n.gambar(judul)));
    }
    const gabungan = tabelHargaGabungan(h);
    if (gabungan) unsur.push(...n.tabel(gabungan));
    unsur.push(...n.tabel(tabelSkalaInflasi(h, ind)));
  }
  unsur.push(
    paragraf('Indikator dan capaian target kinerja dapat diuraikan sebagai berikut:'),
    ...n.tabel(tabelPencapaianIndikator(h, ind)),
  );
  const teks = narasi?.teksPenulis ?? narasi?.teks ?? '';
  for (const alinea of teks.split(/\n\s*\n|\r\n\s*\r\n/)) if (alinea.trim() !== '') unsur.push(paragraf(alinea.trim()));
  return unsur;
}

function bagianAnggaran(h: HasilLaporan, n: Penomoran): Unsur[] {
  if (h.anggaran.length === 0) return [];
  const unsur: Unsur[] = [judul2('3.3 AKUNTABILITAS KEUANGAN')];
  for (const t of h.anggaran) {
    const serapan = t.total.status === 'ada_pagu' ? ` atau ${tampil.persen(t.total.nilai)}` : '';
    unsur.push(
      paragraf(
        `Tahun Anggaran ${h.tahun ?? ''} ${h.instansi ?? 'instansi'} mendapat total anggaran${t.label ? ` ${t.label}` : ''} sebesar ` +
          `Rp ${tampil.rupiah(t.total.pagu)} dengan realisasi sebesar Rp ${tampil.rupiah(t.total.realisasi)}${serapan}.`,
      ),
      ...n.tabel(tabelAnggaran(h, t)),
    );
  }
  return unsur;
}

/** The whole BAB III as a docx Document. */
export function susunBab3(isi: IsiBab3): Document {
  const h = isi.hasil;
  const n = new Penomoran();
  const narasiPerKunci = new Map(isi.narasi.map((x) => [x.kunci, x]));
  const anak: Unsur[] = [
    ...bagianPembuka(h, n),
    ...bagianCapaian(h, n),
    judul2('3.2 EVALUASI CAPAIAN KINERJA'),
    ...h.indikator.flatMap((ind) => bagianIndikator(h, ind, narasiPerKunci.get(ind.kunci), n)),
    ...bagianAnggaran(h, n),
  ];
  return new Document({
    creator: 'LKIP Kinerja',
    title: `BAB III Akuntabilitas Kinerja ${h.instansi ?? ''} ${tahun(h)}`.replace(/\s+/g, ' ').trim(),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } },
        },
        children: anak,
      },
    ],
  });
}

/**
 * Write BAB III to a .docx file as the workbook is saved: an exclusive temporary file beside it, then a rename,
 * so a failure (disk full, no permission) leaves nothing half-written and a planted symlink is not followed.
 */
export async function tulisBab3Docx(jalur: string, isi: IsiBab3): Promise<void> {
  const data = await Packer.toBuffer(susunBab3(isi));
  await simpanAtomik(jalur, (tulis) => tulis(data));
}
