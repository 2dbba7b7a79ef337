/**
 * "Hubungkan Tabel" (docs/deteksi.md): find the office's own tables and, after the user confirmed the proposal,
 * create their LKIP_ names. Loaded after the pane's first paint (chunk "hubungkan-bagian", Panel.tsx); the
 * detector and the proposal editor (EditorHubungkan, Fluent Dropdowns) load only when someone scans (chunk
 * "hubungkan").
 */
import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { pesanGalat } from '../../core/galat';
import type { BacaanDeteksi, HasilBuatNama } from '../../report/deteksi/bacaan';
import type { LayananHubungkan } from '../layanan';
import type { Bahasa } from '../teks';
import { teksHubungkan } from '../teksHubungkan';

const EditorHubungkan = lazy(() => import(/* webpackChunkName: "hubungkan" */ './EditorHubungkan'));

export interface PropsBagianHubungkan {
  /** The pane's language (a prop, not the teks context: this lazy chunk then shares no module with the first download). */
  readonly bahasa: Bahasa;
  readonly layanan: LayananHubungkan;
  /** The workbook has LKIP_ names: the section is offered on demand, with the matching explanation. */
  readonly adaNamaLkip: boolean;
  /** Another action of the pane is running. */
  readonly nonaktif: boolean;
  /** Names were created: the pane checks the workbook again. */
  readonly onNamaDibuat: () => void;
}

export default function BagianHubungkan({ bahasa, layanan, adaNamaLkip, nonaktif, onNamaDibuat }: PropsBagianHubungkan) {
  const teks = teksHubungkan(bahasa);
  const [bacaan, setBacaan] = useState<BacaanDeteksi | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const [pesan, setPesan] = useState<string | null>(null);

  const cari = async (hanyaPilihan: boolean) => {
    setSibuk(true);
    setPesan(null);
    try {
      setBacaan(await layanan.bacaUntukDeteksi(hanyaPilihan));
    } catch (e) {
      setPesan(pesanGalat(e));
    } finally {
      setSibuk(false);
    }
  };
  const selesai = (_h: HasilBuatNama, teksHasil: string) => {
    setBacaan(null);
    setPesan(teksHasil);
    onNamaDibuat();
  };

  return (
    <section className="lkip-bagian" aria-labelledby="judul-hubungkan">
      <h2 id="judul-hubungkan" className="lkip-judul">
        {teks.judulHubungkan}
      </h2>
      <p className="lkip-catatan" id="penjelasan-hubungkan">
        {adaNamaLkip ? teks.penjelasanHubungkanAdaNama : teks.penjelasanHubungkan}
      </p>
      <style href="lkip-kinerja-hubungkan-bagian" precedence="default">
        {'.lkip-baris-tombol{display:flex;flex-wrap:wrap;gap:var(--spacingHorizontalS)}'}
      </style>
      {bacaan === null && (
        <div className="lkip-baris-tombol">
          <Button
            appearance={adaNamaLkip ? 'secondary' : 'primary'}
            disabledFocusable={sibuk || nonaktif}
            aria-busy={sibuk || undefined}
            aria-describedby="penjelasan-hubungkan"
            icon={sibuk ? <span className="lkip-putar" aria-hidden="true" /> : undefined}
            onClick={() => void cari(false)}
          >
            {teks.tombolHubungkan}
          </Button>
          <Button disabledFocusable={sibuk || nonaktif} onClick={() => void cari(true)}>
            {teks.tombolHubungkanPilihan}
          </Button>
        </div>
      )}
      <p className="lkip-catatan" role="status">
        {sibuk ? teks.sedangMencariTabel : (pesan ?? '')}
      </p>
      {bacaan !== null && (
        <Suspense fallback={<p className="lkip-catatan">{teks.sedangMencariTabel}</p>}>
          <EditorHubungkan
            bahasa={bahasa}
            bacaan={bacaan}
            layanan={layanan}
            nonaktif={nonaktif}
            onSelesai={selesai}
            onBatal={() => setBacaan(null)}
          />
        </Suspense>
      )}
    </section>
  );
}
