/**
 * The ribbon command "hitungUlangLaporan" (shared runtime): the same recalculation as the pane's button,
 * through the same PusatPanel. When the run did not write (refused, needs confirmation, failed) the pane is
 * shown so the user sees why and can answer "Ganti?". event.completed() is always called.
 */
import type { PusatPanel } from './keadaan';

export interface AcaraPerintah {
  completed(): void;
}

export type TampilkanPanel = () => Promise<void> | void;

export function buatPerintahHitung(pusat: PusatPanel, tampilkanPanel: TampilkanPanel) {
  return async (acara?: AcaraPerintah): Promise<void> => {
    try {
      const hasil = await pusat.hitungUlang();
      if (!hasil || hasil.status !== 'ditulis') await tampilkanPanel();
    } catch {
      // The pane already holds the message (PusatPanel catches the service's errors); showing it may fail
      // on hosts without the shared runtime: nothing more to do here, and nothing may escape a command.
    } finally {
      acara?.completed();
    }
  };
}

/** Office.addin.showAsTaskpane() where the host supports it (SharedRuntime 1.1). */
export async function tampilkanPanelOffice(): Promise<void> {
  if (typeof Office === 'undefined' || !Office.addin || typeof Office.addin.showAsTaskpane !== 'function') return;
  await Office.addin.showAsTaskpane();
}
