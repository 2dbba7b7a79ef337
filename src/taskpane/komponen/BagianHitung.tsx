/** The main action: "Hitung Ulang Laporan", with its busy state and the progress of long work. */
import { Button } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Kemajuan } from '../keadaan';
import { useTeks } from '../teks';
import { Putar } from './Putar';

export interface PropsBagianHitung {
  /** A run is going: the button stays focusable but does nothing, a spinner and the progress show. */
  readonly sibuk: boolean;
  /** Another action is going (e.g. Buat Contoh). */
  readonly nonaktif: boolean;
  readonly kemajuan: Kemajuan | null;
  readonly onHitung: () => void;
  readonly refTombol?: Ref<HTMLButtonElement>;
}

export function BagianHitung({ sibuk, nonaktif, kemajuan, onHitung, refTombol }: PropsBagianHitung) {
  const teks = useTeks();
  const adaKemajuan = sibuk && kemajuan !== null && kemajuan.total > 0;
  const teksKemajuan = adaKemajuan ? teks.kemajuan(kemajuan.tahap, kemajuan.selesai, kemajuan.total) : '';
  return (
    <div className="lkip-bagian">
      <Button
        ref={refTombol}
        className="lkip-tombol-penuh"
        appearance="primary"
        size="large"
        disabledFocusable={sibuk || nonaktif}
        aria-busy={sibuk || undefined}
        aria-describedby="kemajuan-hitung"
        icon={sibuk ? <Putar /> : undefined}
        onClick={onHitung}
      >
        {teks.tombolHitung}
      </Button>
      <p id="kemajuan-hitung" className="lkip-catatan" role="status">
        {sibuk ? teksKemajuan || teks.sedangMenghitung : ''}
      </p>
      {adaKemajuan && (
        <progress
          className="lkip-kemajuan"
          value={Math.min(kemajuan.selesai, kemajuan.total)}
          max={kemajuan.total}
          aria-label={teksKemajuan}
        />
      )}
    </div>
  );
}
