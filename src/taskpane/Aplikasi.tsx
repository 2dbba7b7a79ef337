/** The pane's root: Fluent theme and the chosen language around the panel. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { PusatPanel } from './keadaan';
import type { LayananPanel } from './layanan';
import { KonteksTeks, TEKS_ID } from './teks';
import type { Teks } from './teks';
import { BukanExcel } from './komponen/BukanExcel';
import { GAYA_PANEL } from './komponen/gaya';
import { Panel } from './komponen/Panel';

export interface PropsAplikasi {
  /** The workbook service; null when the page is not running inside Excel. */
  readonly layanan: LayananPanel | null;
  readonly pusat?: PusatPanel;
  readonly teks?: Teks;
}

export function Aplikasi({ layanan, pusat, teks = TEKS_ID }: PropsAplikasi) {
  return (
    <FluentProvider theme={webLightTheme} lang={teks.bahasa}>
      {/* React 19 hoists this into <head> once (href + precedence). */}
      <style href="lkip-kinerja-panel" precedence="default">
        {GAYA_PANEL}
      </style>
      <KonteksTeks.Provider value={teks}>
        {layanan ? <Panel layanan={layanan} pusat={pusat} /> : <BukanExcel />}
      </KonteksTeks.Provider>
    </FluentProvider>
  );
}
