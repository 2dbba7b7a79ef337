/**
 * Task pane entry (webpack: src/taskpane/index.tsx, page taskpane.html, shared runtime with functions.js).
 * Renders into #root only after Office.onReady; registers the ribbon command "hitungUlangLaporan",
 * which runs the same recalculation as the pane's button.
 */
import { createRoot } from 'react-dom/client';
import { Aplikasi } from './Aplikasi';
import { PusatPanel } from './keadaan';
import { buatLayananExcel } from './layananExcel';
import { buatPerintahHitung, tampilkanPanelOffice } from './perintah';
import { TEKS_ID, pilihTeks } from './teks';

/** The action id in manifest.xml (<Action xsi:type="ExecuteFunction"><FunctionName>). */
export const AKSI_HITUNG_ULANG = 'hitungUlangLaporan';

function tampilkan(isi: Parameters<typeof Aplikasi>[0]): void {
  const akar = document.getElementById('root');
  if (!akar) return;
  document.documentElement.lang = (isi.teks ?? TEKS_ID).bahasa;
  createRoot(akar).render(<Aplikasi {...isi} />);
}

if (typeof Office === 'undefined') {
  // office.js did not load (opened outside Office, or offline): say so instead of a blank page.
  tampilkan({ layanan: null });
} else {
  void Office.onReady((info) => {
    const teks = pilihTeks(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Excel) {
      tampilkan({ layanan: null, teks });
      return;
    }
    const layanan = buatLayananExcel();
    const pusat = new PusatPanel(layanan);
    if (Office.actions && typeof Office.actions.associate === 'function') {
      Office.actions.associate(AKSI_HITUNG_ULANG, buatPerintahHitung(pusat, tampilkanPanelOffice));
    }
    void pusat.mulai();
    tampilkan({ layanan, pusat, teks });
  });
}
