/**
 * The real service: the Office.js adapter (PortExcel), the report engine and the bundled sample.
 * The only task-pane file that knows them; components see LayananPanel.
 */
import { PortExcel } from '../excel/portExcel';
import type { PortBukuKerja } from '../report/port';
import type { HasilContoh, LayananHubungkan, LayananPanel, OpsiPanel } from './layanan';
import { opsiKePengaturan, rapikanOpsi } from './layanan';

/** What the pane needs of the workbook: the report port plus selecting a cell and the stored options. */
export type PortPanel = PortBukuKerja &
  Pick<PortExcel, 'pilihSel' | 'bacaOpsiTersimpan' | 'simpanOpsi'> &
  Partial<Pick<PortExcel, 'bacaUntukDeteksi' | 'buatNamaDeteksi'>> & {
    /** The same workbook, allowed to replace a user's sheet of the report's name (after "Ganti"). */
    denganIzinTimpa(): PortBukuKerja;
  };

/** The report engine, loaded on its first use: the pane's first download holds the pane only (test/build budget). */
const mesin = () => import(/* webpackChunkName: "laporan" */ '../report/jalankan');

export function buatLayananExcel(port: PortPanel = new PortExcel()): LayananPanel {
  return {
    // PortExcel's two methods are LayananHubungkan as they are; a port without them (tests) hides the section.
    ...(port.bacaUntukDeteksi && port.buatNamaDeteksi ? { hubungkan: port as LayananHubungkan } : {}),
    periksa: async () => (await mesin()).periksaMasukan(port),

    // The adapter refuses to replace a user's sheet unless the user confirmed ("Ganti"): pass the consent on.
    hitungUlang: async (opsi) => (await mesin()).jalankanLaporan(opsi.timpaLembarPengguna ? port.denganIzinTimpa() : port, opsi),

    async buatContoh(): Promise<HasilContoh> {
      // Loaded on demand: the sample's figures stay out of the pane's first download.
      const { susunContoh } = await import(/* webpackChunkName: "contoh" */ '../sample');
      const contoh = susunContoh();
      // Never redefine the user's names nor replace a sheet: the example is for an empty workbook.
      const { rentang, tidakTerbaca } = await port.bacaNamaLkip();
      const ada = new Set([...rentang, ...tidakTerbaca].map((r) => r.nama.toLowerCase()));
      const bentrok = contoh.nama.map((n) => n.nama).filter((n) => ada.has(n.toLowerCase()));
      if (bentrok.length > 0) return { status: 'nama_sudah_ada', nama: bentrok };
      const lembar = contoh.lembar.nama;
      if ((await port.statusLembar(lembar)) !== 'tidak_ada') return { status: 'lembar_sudah_ada', lembar };
      await port.tulisLembar(contoh.lembar);
      for (const n of contoh.nama) await port.tetapkanNama(n.nama, n.lembar, n.alamat);
      return { status: 'dibuat', lembar };
    },

    pilihSel: (lembar, alamat) => port.pilihSel(lembar, alamat),

    async bacaOpsi(): Promise<OpsiPanel> {
      return rapikanOpsi(await port.bacaOpsiTersimpan());
    },

    // Stored in the engine's own shape (OpsiJalankan.pengaturan: batas as a number or "tanpa").
    simpanOpsi: (opsi) => port.simpanOpsi(opsiKePengaturan(opsi)),
  };
}
