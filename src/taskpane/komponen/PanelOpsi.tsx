/**
 * Calculation options (scale preset, cap, target NA policy), stored in the workbook's document settings
 * and passed to the engine as defaults: the workbook's own LKIP_Skala / LKIP_Batas / LKIP_Target_NA win.
 * Native <select>s with their <label>s, styled with Fluent's theme variables.
 */
import type { StatusOpsi } from '../keadaan';
import { PILIHAN_BATAS, PILIHAN_NA, PILIHAN_SKALA } from '../layanan';
import type { OpsiPanel } from '../layanan';
import type { Teks } from '../teks';
import { useTeks } from '../teks';

function teksStatus(status: StatusOpsi, teks: Teks): string {
  if (typeof status === 'object') return teks.opsiGagal(status.gagal);
  if (status === 'menyimpan') return teks.opsiMenyimpan;
  if (status === 'tersimpan') return teks.opsiTersimpan;
  return '';
}

function termasuk<T extends string>(nilai: string, pilihan: readonly T[]): nilai is T {
  return (pilihan as readonly string[]).includes(nilai);
}

interface PropsPilihan<T extends string> {
  readonly id: string;
  readonly label: string;
  readonly nilai: T;
  readonly pilihan: readonly T[];
  readonly labelPilihan: (p: T) => string;
  readonly nonaktif: boolean;
  readonly onUbah: (p: T) => void;
}

function Pilihan<T extends string>({ id, label, nilai, pilihan, labelPilihan, nonaktif, onUbah }: PropsPilihan<T>) {
  return (
    <div className="lkip-bidang">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={nilai}
        disabled={nonaktif}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (termasuk(v, pilihan)) onUbah(v);
        }}
      >
        {pilihan.map((p) => (
          <option key={p} value={p}>
            {labelPilihan(p)}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface PropsPanelOpsi {
  readonly opsi: OpsiPanel;
  readonly status: StatusOpsi;
  readonly onUbah: (opsi: OpsiPanel) => void;
}

export function PanelOpsi({ opsi, status, onUbah }: PropsPanelOpsi) {
  const teks = useTeks();
  const memuat = status === 'memuat';
  return (
    <section className="lkip-bagian" aria-labelledby="judul-opsi">
      <h2 id="judul-opsi" className="lkip-judul">
        {teks.judulOpsi}
      </h2>
      <p className="lkip-catatan">{teks.catatanOpsi}</p>
      <div className="lkip-opsi">
        <Pilihan
          id="opsi-skala"
          label={teks.labelSkala}
          nilai={opsi.skala}
          pilihan={PILIHAN_SKALA}
          labelPilihan={(s) => (s === 'tabel-3.1' ? teks.skalaTabel31 : teks.skalaLimaTingkat)}
          nonaktif={memuat}
          onUbah={(skala) => onUbah({ ...opsi, skala })}
        />
        <Pilihan
          id="opsi-batas"
          label={teks.labelBatas}
          nilai={opsi.batas}
          pilihan={PILIHAN_BATAS}
          labelPilihan={(b) => (b === 'tanpa' ? teks.tanpaBatas : `${b} %`)}
          nonaktif={memuat}
          onUbah={(batas) => onUbah({ ...opsi, batas })}
        />
        <Pilihan
          id="opsi-target-na"
          label={teks.labelTargetNA}
          nilai={opsi.kebijakanNA}
          pilihan={PILIHAN_NA}
          labelPilihan={(n) => (n === 'tercapai' ? teks.naTercapai : teks.naDikecualikan)}
          nonaktif={memuat}
          onUbah={(kebijakanNA) => onUbah({ ...opsi, kebijakanNA })}
        />
      </div>
      <p className="lkip-catatan" role="status">
        {teksStatus(status, teks)}
      </p>
    </section>
  );
}
