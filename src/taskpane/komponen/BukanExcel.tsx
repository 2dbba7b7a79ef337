/** Shown instead of the panel when the page is not running inside Excel. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTeks } from '../teks';

export function BukanExcel() {
  const teks = useTeks();
  return (
    <main className="lkip-akar">
      <h1 className="lkip-judul-utama">{teks.judul}</h1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{teks.bukanExcel}</MessageBarBody>
      </MessageBar>
    </main>
  );
}
