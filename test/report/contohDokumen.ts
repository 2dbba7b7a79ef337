/**
 * The source document's inputs (LKIP Disperindag NTT 2021, test/fixtures/lkip-ntt-2021.json) laid out
 * in an in-memory workbook the way an office would keep them, with every name of the contract.
 *
 *   Input!   B1 instansi, B2 tahun; rows 5–15: No | Indikator | Satuan | Target | Realisasi | Polaritas | Metode | Capaian tertulis
 *            (realisasi as the document derives them: =39/88*100, =(1593-1576)/1576*100, …)
 *   Harga!   A1:E24 LKIP_Harga_Kebutuhan_Pokok (header + 23 rows, 5th column = printed %),
 *            A27:E36 LKIP_Harga_Barang_Penting (header + 9 rows)
 *   Anggaran! A1:D12 LKIP_Anggaran (Tabel 3.22: header + 10 programs + the printed "Total :" row),
 *            A15:D19 LKIP_Anggaran_APBN (Tabel 3.24: header + 3 programs + "Jumlah")
 */
import dokumen from '../fixtures/lkip-ntt-2021.json';
import type { RentangBernama } from '../../src/report/port';
import { PortMemori, type SelMemori } from './portMemori';

export { dokumen };

export interface OpsiContoh {
  /** Names to leave undefined (e.g. "LKIP_Target"). */
  readonly tanpaNama?: readonly string[];
  /** Leave the price-rise indicator's realisasi blank: it is then filled from the price lists. */
  readonly realisasiInflasiKosong?: boolean;
  /** Leave out the printed "Total :" row of the APBD table. */
  readonly tanpaTotalTertulis?: boolean;
  /** Realisasi as plain numbers instead of formulas. */
  readonly tanpaRumus?: boolean;
}

type Indikator = (typeof dokumen.indikator)[number];

function selRealisasi(ind: Indikator, opsi: OpsiContoh): SelMemori {
  if (ind.realisasi === null) return null;
  if ('metode_capaian' in ind && ind.metode_capaian && opsi.realisasiInflasiKosong) return null;
  const r = 'rumus_realisasi' in ind ? ind.rumus_realisasi : undefined;
  if (!opsi.tanpaRumus && r && r.jenis === 'rasio' && 'pembilang' in r) {
    const { pembilang: a, penyebut: b } = r as { pembilang: number; penyebut: number };
    return { nilai: (a / b) * 100, rumus: `=${a}/${b}*100` };
  }
  if (!opsi.tanpaRumus && r && r.jenis === 'pertumbuhan') {
    const { tahun_n: n, tahun_n_1: l } = r as { tahun_n: number; tahun_n_1: number };
    return { nilai: ((n - l) / l) * 100, rumus: `=(${n}-${l})/${l}*100` };
  }
  return ind.realisasi;
}

/** An in-memory workbook holding the document's inputs under the contract's names. */
export function bukuKerjaDokumen(opsi: OpsiContoh = {}): PortMemori {
  const port = new PortMemori();
  const n = dokumen.indikator.length;

  port.isi('Input', 'A1', [
    ['Instansi', dokumen.instansi],
    ['Tahun', dokumen.tahun],
  ]);
  port.isi('Input', 'A4', [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Polaritas', 'Metode', 'Capaian tertulis'],
  ]);
  port.isi(
    'Input',
    'A5',
    dokumen.indikator.map((ind) => {
      const inflasi = 'metode_capaian' in ind && !!ind.metode_capaian;
      return [
        ind.no_pk,
        ind.nama,
        ind.satuan,
        ind.target,
        selRealisasi(ind, opsi),
        'polaritas' in ind && ind.polaritas ? ind.polaritas : null,
        inflasi ? 'inflasi' : null,
        ind.capaian_tertulis,
      ];
    }),
  );
  const akhir = 4 + n; // last row (1-based) of the indicator block
  port
    .namai('LKIP_Instansi', 'Input', 'B1')
    .namai('LKIP_Tahun', 'Input', 'B2')
    .namai('LKIP_Indikator', 'Input', `B5:B${akhir}`)
    .namai('LKIP_Satuan', 'Input', `C5:C${akhir}`)
    .namai('LKIP_Target', 'Input', `D5:D${akhir}`)
    .namai('LKIP_Realisasi', 'Input', `E5:E${akhir}`)
    .namai('LKIP_Polaritas', 'Input', `F5:F${akhir}`)
    .namai('LKIP_Metode', 'Input', `G5:G${akhir}`)
    .namai('LKIP_Capaian_Tertulis', 'Input', `H5:H${akhir}`);

  // price lists: header row as the document prints it, then Nama, Satuan, 2020, 2021, printed %
  const daftarHarga = (grup: 'pokok' | 'penting') =>
    dokumen.harga[grup].baris.map((b) => [b.nama, b.satuan, b.harga_2020, b.harga_2021, b.persen_tertulis]);
  const kepalaHarga = ['Nama', 'Satuan', 'Tahun 2020', 'Tahun 2021', 'Persentase (%)'];
  const pokok = daftarHarga('pokok');
  const penting = daftarHarga('penting');
  port.isi('Harga', 'A1', [kepalaHarga, ...pokok]);
  port.namai('LKIP_Harga_Kebutuhan_Pokok', 'Harga', `A1:E${1 + pokok.length}`);
  const awalPenting = 1 + pokok.length + 3; // two blank rows between the lists
  port.isi('Harga', `A${awalPenting}`, [kepalaHarga, ...penting]);
  port.namai('LKIP_Harga_Barang_Penting', 'Harga', `A${awalPenting}:E${awalPenting + penting.length}`);

  // budget: Tabel 3.22 with its printed total row, Tabel 3.24
  const apbd = dokumen.anggaran.apbd;
  const barisApbd: SelMemori[][] = [
    ['Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Keu %'],
    ...apbd.program.map((p) => [p.program, p.pagu, p.realisasi, p.keu_persen_tertulis]),
    ...(opsi.tanpaTotalTertulis
      ? []
      : [['Total :', apbd.total_pagu_tertulis, apbd.total_realisasi_tertulis_di_tabel, apbd.total_keu_persen_tertulis]]),
  ];
  port.isi('Anggaran', 'A1', barisApbd);
  port.namai('LKIP_Anggaran', 'Anggaran', `A1:D${barisApbd.length}`);
  const apbn = dokumen.anggaran.apbn;
  const barisApbn: SelMemori[][] = [
    ['Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
    ...apbn.program.map((p) => [p.program, p.pagu, p.realisasi, p.persen_tertulis]),
    ['Jumlah', apbn.total_pagu_tertulis, apbn.total_realisasi_tertulis, apbn.total_persen_tertulis],
  ];
  port.isi('Anggaran', 'A15', barisApbn);
  port.namai('LKIP_Anggaran_APBN', 'Anggaran', `A15:D${14 + barisApbn.length}`);

  for (const nama of opsi.tanpaNama ?? []) port.hapusNama(nama);
  return port;
}

/** The document's inputs as the RentangBernama list a port returns. */
export async function rentangDokumen(opsi: OpsiContoh = {}): Promise<RentangBernama[]> {
  const { rentang } = await bukuKerjaDokumen(opsi).bacaNamaLkip();
  return [...rentang];
}
