/** "Buat Contoh": add the sample input sheet; not offered when the workbook already has LKIP_ names. */
import { Button } from '@fluentui/react-components';
import { useTeks } from '../teks';
import { Putar } from './Putar';

export interface PropsBagianContoh {
  /** The workbook already has contract names: the example would mix with (or overwrite) the user's data. */
  readonly adaNamaLkip: boolean;
  readonly sibuk: boolean;
  readonly nonaktif: boolean;
  readonly onBuat: () => void;
}

export function BagianContoh({ adaNamaLkip, sibuk, nonaktif, onBuat }: PropsBagianContoh) {
  const teks = useTeks();
  return (
    <section className="lkip-bagian" aria-labelledby="judul-contoh">
      <h2 id="judul-contoh" className="lkip-judul">
        {teks.judulContoh}
      </h2>
      <p className="lkip-catatan" id="penjelasan-contoh">
        {adaNamaLkip ? teks.contohTidakPerlu : teks.penjelasanContoh}
      </p>
      <Button
        className="lkip-tombol-kiri"
        disabledFocusable={sibuk || nonaktif || adaNamaLkip}
        aria-busy={sibuk || undefined}
        aria-describedby="penjelasan-contoh"
        icon={sibuk ? <Putar /> : undefined}
        onClick={onBuat}
      >
        {teks.tombolContoh}
      </Button>
      <p className="lkip-catatan" role="status">
        {sibuk ? teks.sedangMembuatContoh : ''}
      </p>
    </section>
  );
}
