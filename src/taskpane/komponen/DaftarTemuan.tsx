/**
 * Problems found while reading, or Verifikasi findings: level, plain message, name, row and cell,
 * and "Pilih sel" to select that cell in the workbook. Sorted galat → peringatan → info.
 */
import { Button } from '@fluentui/react-components';
import type { Temuan, Tingkat } from '../../report/hasil';
import { kutipLembar } from '../../report/buku/alamat';
import type { Teks } from '../teks';
import { useTeks } from '../teks';

/** Beyond this many the list points to the Verifikasi sheet (a province workbook can have thousands). */
export const BATAS_TAMPIL = 100;

const URUTAN: Readonly<Record<Tingkat, number>> = { galat: 0, peringatan: 1, info: 2 };

/** "LKIP_Target · baris 3 · Input!C7" */
export function teksLokasi(m: Temuan, teks: Teks): string {
  const bagian: string[] = [];
  if (m.nama) bagian.push(m.nama);
  if (m.baris !== undefined) bagian.push(teks.baris(m.baris));
  const sel = alamatLengkap(m);
  if (sel) bagian.push(sel);
  return bagian.join(' · ');
}

function alamatLengkap(m: Temuan): string | null {
  return m.lembar && m.alamat ? `${kutipLembar(m.lembar)}!${m.alamat}` : null;
}

export function hitungPerTingkat(masalah: readonly Temuan[]): Record<Tingkat, number> {
  const jumlah: Record<Tingkat, number> = { galat: 0, peringatan: 0, info: 0 };
  for (const m of masalah) jumlah[m.tingkat] += 1;
  return jumlah;
}

export interface PropsDaftarTemuan {
  readonly id: string;
  readonly judul: string;
  readonly kosong: string;
  readonly masalah: readonly Temuan[];
  readonly onPilihSel: (lembar: string, alamat: string) => void;
}

export function DaftarTemuan({ id, judul, kosong, masalah, onPilihSel }: PropsDaftarTemuan) {
  const teks = useTeks();
  const urut = masalah
    .map((m, i) => ({ m, i }))
    .sort((a, b) => URUTAN[a.m.tingkat] - URUTAN[b.m.tingkat] || a.i - b.i)
    .map(({ m }) => m);
  const tampil = urut.slice(0, BATAS_TAMPIL);
  const jumlah = hitungPerTingkat(masalah);
  const rincian = (['galat', 'peringatan', 'info'] as const)
    .filter((t) => jumlah[t] > 0)
    .map((t) => `${teks.tingkat[t]} ${jumlah[t]}`)
    .join(' · ');
  return (
    <section className="lkip-bagian" aria-labelledby={id}>
      <h2 id={id} className="lkip-judul">
        {judul}
      </h2>
      {masalah.length === 0 ? (
        <p className="lkip-catatan">{kosong}</p>
      ) : (
        <>
          <p className="lkip-catatan">{rincian}</p>
          <ul className="lkip-daftar">
            {tampil.map((m, i) => {
              const { lembar, alamat } = m;
              const sel = alamatLengkap(m);
              const lokasi = teksLokasi(m, teks);
              return (
                <li
                  key={m.id ?? `${i}:${m.nama ?? ''}:${m.baris ?? ''}:${m.pesan}`}
                  className="lkip-masalah"
                  data-tingkat={m.tingkat}
                >
                  <p>
                    <span className="lkip-tebal">{teks.tingkat[m.tingkat]}:</span> {m.pesan}
                  </p>
                  {lokasi && <p className="lkip-lokasi">{lokasi}</p>}
                  {sel && lembar && alamat && (
                    <Button size="small" aria-label={`${teks.pilihSel} ${sel}`} onClick={() => onPilihSel(lembar, alamat)}>
                      {teks.pilihSel}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
          {urut.length > tampil.length && <p className="lkip-catatan">{teks.lainnya(urut.length - tampil.length)}</p>}
        </>
      )}
    </section>
  );
}
