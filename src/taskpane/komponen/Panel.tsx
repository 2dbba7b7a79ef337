/** The whole task pane: header, main action and its result, summary, problems and findings, status, options, example. */
import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { PusatPanel } from '../keadaan';
import type { LayananPanel } from '../layanan';
import { useTeks } from '../teks';
import { BagianContoh } from './BagianContoh';
import { BagianHitung } from './BagianHitung';
import { DaftarTemuan } from './DaftarTemuan';
import { DaftarStatus } from './DaftarStatus';
import { KartuRingkasan } from './KartuRingkasan';
import { PanelOpsi } from './PanelOpsi';
import { PesanHasil } from './PesanHasil';

/** "Hubungkan Tabel": a small chunk loaded after the first paint (the pane's first download has a budget). */
const BagianHubungkan = lazy(() => import(/* webpackChunkName: "hubungkan-bagian" */ './BagianHubungkan'));

export interface PropsPanel {
  readonly layanan: LayananPanel;
  /** Shared with the ribbon command; the pane makes its own when absent (tests). */
  readonly pusat?: PusatPanel;
}

export function Panel({ layanan, pusat }: PropsPanel) {
  const teks = useTeks();
  const [p] = useState(() => pusat ?? new PusatPanel(layanan));
  const k = useSyncExternalStore(p.ikuti, p.keadaan);

  useEffect(() => {
    void p.mulai();
  }, [p]);

  const pilihSel = (lembar: string, alamat: string) => void p.pilihSel(lembar, alamat);
  const adaNamaLkip = k.statusNama?.some((s) => s.ada) ?? false;
  // An empty workbook: the example is the natural next step, so it comes right after the result message.
  const bukuKosong = k.statusNama !== null && !adaNamaLkip;
  const tombolHitung = useRef<HTMLButtonElement>(null);
  const tadinyaKosong = useRef(false);
  // When "Contoh" moves down (the example was created), its button is remounted and the focus would fall
  // to the page: hand it to the main button, the next step. Never on first render (no autofocus).
  useEffect(() => {
    const fokus = document.activeElement;
    if (tadinyaKosong.current && !bukuKosong && (fokus === null || fokus === document.body)) tombolHitung.current?.focus();
    tadinyaKosong.current = bukuKosong;
  }, [bukuKosong]);
  const hubungkan = layanan.hubungkan && k.statusNama !== null && (
    <Suspense fallback={null}>
      <BagianHubungkan
        bahasa={teks.bahasa}
        layanan={layanan.hubungkan}
        adaNamaLkip={adaNamaLkip}
        nonaktif={k.sibuk !== null}
        onNamaDibuat={() => void p.periksaUlang()}
      />
    </Suspense>
  );
  const contoh = (
    <BagianContoh
      adaNamaLkip={adaNamaLkip}
      sibuk={k.sibuk === 'contoh'}
      nonaktif={k.sibuk !== null}
      onBuat={() => void p.buatContoh()}
    />
  );

  return (
    <main className="lkip-akar">
      <header className="lkip-kepala">
        <h1 className="lkip-judul-utama">{teks.judul}</h1>
        <p className="lkip-teks lkip-redup">{teks.penjelasan}</p>
      </header>
      <BagianHitung
        refTombol={tombolHitung}
        sibuk={k.sibuk === 'hitung'}
        nonaktif={k.sibuk !== null}
        kemajuan={k.kemajuan}
        onHitung={() => void p.hitungUlang()}
      />
      <PesanHasil pesan={k.pesan} onGanti={() => void p.ganti()} onBatal={() => p.batal()} onTutup={() => p.tutupPesan()} />
      {hubungkan}
      {bukuKosong && contoh}
      {k.hasil?.ringkasan && <KartuRingkasan ringkasan={k.hasil.ringkasan} />}
      <DaftarTemuan
        id="judul-masalah"
        judul={teks.judulMasalah}
        kosong={teks.tidakAdaMasalah}
        masalah={k.masalah}
        onPilihSel={pilihSel}
      />
      {k.hasil && (k.hasil.status === 'ditulis' || k.hasil.temuan.length > 0) && (
        <DaftarTemuan
          id="judul-temuan"
          judul={teks.judulTemuan}
          kosong={teks.tidakAdaTemuan}
          masalah={k.hasil.temuan}
          onPilihSel={pilihSel}
        />
      )}
      <DaftarStatus
        statusNama={k.statusNama}
        memeriksa={k.memeriksa}
        nonaktif={k.sibuk !== null}
        onPeriksaUlang={() => void p.periksaUlang()}
      />
      <PanelOpsi opsi={k.opsi} status={k.statusOpsi} onUbah={(o) => void p.ubahOpsi(o)} />
      {!bukuKosong && contoh}
    </main>
  );
}
