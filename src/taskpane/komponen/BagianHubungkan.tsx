/**
 * "Hubungkan Tabel" (docs/deteksi.md): find the office's own tables and, after the user confirmed the proposal,
 * create their LKIP_ names. This part is in the pane's first download; the detector and the proposal editor
 * (EditorHubungkan, Fluent Dropdowns) load on demand as the "hubungkan" chunk, only when someone scans.
 */
import { Button } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { pesanGalat } from '../../core/galat';
import type { BacaanDeteksi, HasilBuatNama } from '../../report/deteksi/bacaan';
import type { LayananHubungkan } from '../layanan';
import { useTeks } from '../teks';
import { Putar } from './Putar';

const EditorHubungkan = lazy(() => import(/* webpackChunkName: "hubungkan" */ './EditorHubungkan'));

export interface PropsBagianHubungkan {
  readonly layanan: LayananHubungkan;
  /** The workbook has LKIP_ names: the section is offered on demand, with the matching explanation. */
  readonly adaNamaLkip: boolean;
  /** Another action of the pane is running. */
  readonly nonaktif: boolean;
  /** Names were created: the pane checks the workbook again. */
  readonly onNamaDibuat: () => void;
  /**
   * The section's last message (names created, a failure): kept by the pane, because the section moves (top
   * while the workbook has no names, bottom afterwards) and would otherwise lose it.
   */
  readonly pesan: string | null;
  readonly onPesan: (pesan: string | null) => void;
}

export function BagianHubungkan({
  layanan,
  adaNamaLkip,
  nonaktif,
  onNamaDibuat,
  pesan,
  onPesan: setPesan,
}: PropsBagianHubungkan) {
  const teks = useTeks();
  const [bacaan, setBacaan] = useState<BacaanDeteksi | null>(null);
  const [sibuk, setSibuk] = useState(false);

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
  const selesai = (h: HasilBuatNama) => {
    setBacaan(null);
    setPesan(teks.namaDibuat(h));
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
      {bacaan === null && (
        <div className="lkip-baris-tombol">
          <Button
            appearance={adaNamaLkip ? 'secondary' : 'primary'}
            disabledFocusable={sibuk || nonaktif}
            aria-busy={sibuk || undefined}
            aria-describedby="penjelasan-hubungkan"
            icon={sibuk ? <Putar /> : undefined}
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
