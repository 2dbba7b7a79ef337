/** The workbook contract: every LKIP_ name found or missing, with its row count; required names marked. */
import { Button } from '@fluentui/react-components';
import type { StatusNama } from '../../report/hasil';
import { useTeks } from '../teks';

export interface PropsDaftarStatus {
  readonly statusNama: readonly StatusNama[] | null;
  readonly memeriksa: boolean;
  readonly nonaktif: boolean;
  readonly onPeriksaUlang: () => void;
}

export function DaftarStatus({ statusNama, memeriksa, nonaktif, onPeriksaUlang }: PropsDaftarStatus) {
  const teks = useTeks();
  const wajibHilang = statusNama?.filter((s) => s.wajib && !s.ada).length ?? 0;
  // Required names and the names found get a line each; missing optional names share one line (narrow pane).
  const tampil = statusNama?.filter((s) => s.wajib || s.ada) ?? [];
  const opsionalHilang = statusNama?.filter((s) => !s.wajib && !s.ada).map((s) => s.nama) ?? [];
  return (
    <section className="lkip-bagian" aria-labelledby="judul-status">
      <h2 id="judul-status" className="lkip-judul">
        {teks.judulStatus}
      </h2>
      <p className="lkip-catatan" role="status">
        {memeriksa ? teks.memeriksa : statusNama === null ? teks.belumAdaNama : ''}
      </p>
      {wajibHilang > 0 && <p className="lkip-teks lkip-tebal">{teks.wajibBelumAda(wajibHilang)}</p>}
      {tampil.length > 0 && (
        <ul className="lkip-daftar">
          {tampil.map((s) => (
            <li key={s.nama} className="lkip-status-nama" data-ada={s.ada} data-wajib={s.wajib} title={s.rujukan}>
              <span className="lkip-nama">{s.nama}</span>
              {s.wajib && <span className="lkip-redup">({teks.wajib})</span>}
              <span className="lkip-redup">{s.ada ? teks.ditemukan(s.jumlahBaris) : teks.tidakDitemukan}</span>
            </li>
          ))}
        </ul>
      )}
      {opsionalHilang.length > 0 && <p className="lkip-catatan">{teks.opsionalBelumAda(opsionalHilang)}</p>}
      <Button className="lkip-tombol-kiri" size="small" disabledFocusable={memeriksa || nonaktif} onClick={onPeriksaUlang}>
        {teks.periksaUlang}
      </Button>
    </section>
  );
}
