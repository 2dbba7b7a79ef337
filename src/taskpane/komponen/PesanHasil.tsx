/** The result message of the last action: written, refused, needs confirmation (Ganti / Batal), or an error. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MessageBarIntent } from '@fluentui/react-components';
import type { PesanPanel } from '../keadaan';
import type { Teks } from '../teks';
import { useTeks } from '../teks';

export interface PropsPesanHasil {
  readonly pesan: PesanPanel | null;
  readonly onGanti: () => void;
  readonly onBatal: () => void;
  readonly onTutup: () => void;
}

interface IsiPesan {
  readonly intent: MessageBarIntent;
  readonly judul?: string;
  readonly isi: string;
}

function isiPesan(pesan: PesanPanel, teks: Teks): IsiPesan {
  switch (pesan.jenis) {
    case 'ditulis':
      return { intent: 'success', judul: teks.judulDitulis, isi: teks.isiDitulis(pesan.lembar) };
    case 'ditolak':
      return { intent: 'error', judul: teks.judulDitolak, isi: teks.isiDitolak };
    case 'perlu_konfirmasi':
      return { intent: 'warning', judul: teks.judulKonfirmasi, isi: teks.tanyaGanti(pesan.lembar) };
    case 'dibatalkan':
      return { intent: 'info', isi: teks.dibatalkan };
    case 'galat':
      return { intent: 'error', judul: teks.judulGalat, isi: pesan.pesan };
    case 'contoh':
      switch (pesan.hasil.status) {
        case 'dibuat':
          return { intent: 'success', isi: teks.contohDibuat(pesan.hasil.lembar) };
        case 'nama_sudah_ada':
          return { intent: 'warning', isi: teks.contohNamaSudahAda(pesan.hasil.nama) };
        case 'lembar_sudah_ada':
          return { intent: 'warning', isi: teks.contohLembarSudahAda(pesan.hasil.lembar) };
      }
  }
}

export function PesanHasil({ pesan, onGanti, onBatal, onTutup }: PropsPesanHasil) {
  const teks = useTeks();
  if (!pesan) return null;
  const { intent, judul, isi } = isiPesan(pesan, teks);
  const konfirmasi = pesan.jenis === 'perlu_konfirmasi';
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === 'error' || konfirmasi ? 'assertive' : 'polite'}>
      <MessageBarBody>
        {judul && <MessageBarTitle>{judul}</MessageBarTitle>}
        {isi}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          konfirmasi ? undefined : (
            <Button appearance="transparent" size="small" aria-label={teks.tutup} onClick={onTutup}>
              <span aria-hidden="true">×</span>
            </Button>
          )
        }
      >
        {konfirmasi && (
          <>
            <Button appearance="primary" onClick={onGanti}>
              {teks.ganti}
            </Button>
            <Button onClick={onBatal}>{teks.batal}</Button>
          </>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
