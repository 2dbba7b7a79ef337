/**
 * The proposal of "Hubungkan Tabel", to check, change and confirm (lazy chunk "hubungkan"): every table found
 * with its columns, each column's header, the name it will get and a Dropdown to change or drop it; the open
 * choices (two performance tables, two Target columns …) as Dropdowns that must be answered; existing names
 * listed and skipped unless the user ticks "replace". Nothing is created before "Buat Nama".
 */
import { Button, Checkbox, Dropdown, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { pesanGalat } from '../../core/galat';
import {
  deteksiTabel,
  jumlahBarisTabel,
  namaBentrok,
  NAMA_KOLOM_KINERJA,
  uraikanTabel,
  type Ambiguitas,
  type BacaanDeteksi,
  type HasilBuatNama,
  type KolomTerdeteksi,
  type TabelTerdeteksi,
} from '../../report/deteksi';
import type { LayananHubungkan } from '../layanan';
import type { Bahasa } from '../teks';
import { teksHubungkan, type TeksHubungkan } from '../teksHubungkan';

export interface PropsEditorHubungkan {
  readonly bahasa: Bahasa;
  readonly bacaan: BacaanDeteksi;
  readonly layanan: LayananHubungkan;
  readonly nonaktif: boolean;
  /** Names were created: the result in words (for the section's status line). */
  readonly onSelesai: (h: HasilBuatNama, pesan: string) => void;
  readonly onBatal: () => void;
}

/** The editor's own styles (with it in the lazy chunk; React hoists the <style> into <head> once). */
const GAYA_EDITOR = `
.lkip-tabel-deteksi{display:flex;flex-direction:column;gap:var(--spacingVerticalXS);padding-left:var(--spacingHorizontalS);border-left:var(--strokeWidthThick) solid var(--colorPaletteGreenBorder2);min-width:0}
.lkip-tabel-deteksi[data-status="perlu_pilihan"]{border-left-color:var(--colorPaletteDarkOrangeBorder2)}
.lkip-tabel-deteksi[data-status="tidak_dipilih"],.lkip-tabel-deteksi[data-status="tidak_terpetakan"]{border-left-color:var(--colorNeutralStroke1)}
.lkip-tabel-deteksi h3{margin:0}
.lkip-kolom{display:flex;flex-direction:column;gap:var(--spacingVerticalXXS)}
.lkip-bidang .fui-Dropdown{min-width:0;width:100%;max-width:100%}
.lkip-label{font-size:var(--fontSizeBase200);line-height:var(--lineHeightBase200)}
.lkip-pertanyaan{padding-left:var(--spacingHorizontalS);border-left:var(--strokeWidthThick) solid var(--colorPaletteDarkOrangeBorder2)}
`;

/** The Dropdown value of "no name" / "do not create" (an Option needs a non-empty value). */
const TANPA = '-';

type Ubah = Readonly<Record<string, string | null>>;

export default function EditorHubungkan({ bahasa, bacaan, layanan, nonaktif, onSelesai, onBatal }: PropsEditorHubungkan) {
  const teks = teksHubungkan(bahasa);
  const [pilihan, setPilihan] = useState<Readonly<Record<string, string>>>({});
  const [ubah, setUbah] = useState<Ubah>({});
  const [timpa, setTimpa] = useState(false);
  const [sibuk, setSibuk] = useState(false);
  const [galat, setGalat] = useState<string | null>(null);

  // The first proposal keeps every table's and column's own name, so a dropped one can be given back.
  const asli = useMemo(() => deteksiTabel(bacaan.lembar), [bacaan]);
  // Every question, answered or not (answered ones leave `hasil.ambiguitas` but stay on screen).
  const pertanyaan = useMemo(() => deteksiTabel(bacaan.lembar, { ubah }).ambiguitas, [bacaan, ubah]);
  const hasil = useMemo(() => deteksiTabel(bacaan.lembar, { pilihan, ubah }), [bacaan, pilihan, ubah]);
  const bentrok = namaBentrok(hasil.nama, bacaan.namaAda).map((u) => u.nama);
  const jumlahDibuat = timpa ? hasil.nama.length : hasil.nama.length - bentrok.length;
  const terbuka = hasil.ambiguitas.length > 0;

  const konfirmasi = async () => {
    setSibuk(true);
    setGalat(null);
    try {
      const h = await layanan.buatNamaDeteksi(hasil.nama, timpa);
      onSelesai(h, teks.namaDibuat(h));
    } catch (e) {
      setGalat(pesanGalat(e));
      setSibuk(false);
    }
  };

  return (
    <div className="lkip-bagian">
      <style href="lkip-kinerja-hubungkan" precedence="default">
        {GAYA_EDITOR}
      </style>
      {bacaan.pilihan !== null && <p className="lkip-catatan">{teks.dibacaDariPilihan(bacaan.pilihan)}</p>}
      {bacaan.tanpaGabungan && <p className="lkip-catatan">{teks.tanpaGabungan}</p>}
      {bacaan.dilewati.map((l) => (
        <p key={l.nama} className="lkip-catatan">
          {teks.lembarDilewati(l)}
        </p>
      ))}
      {hasil.tabel.length === 0 && <p className="lkip-teks">{teks.tidakAdaTabel}</p>}
      {pertanyaan.map((a) => (
        <Pertanyaan
          key={a.id}
          a={a}
          teks={teks}
          dipilih={pilihan[a.id]}
          onPilih={(id) => setPilihan({ ...pilihan, [a.id]: id })}
        />
      ))}
      {hasil.tabel.map((t) => (
        <KartuTabel key={t.id} t={t} asli={asli.tabel.find((x) => x.id === t.id) ?? t} ubah={ubah} onUbah={setUbah} teks={teks} />
      ))}
      {asli.nama
        .filter((u) => u.tabel === null)
        .map((u) => (
          <PilihNama
            key={u.nama}
            label={teks.sel(u.rujukan, u.kepala[0] ?? '')}
            idLabel={`pengaturan-${u.nama}`}
            nilai={hasil.nama.some((x) => x.nama === u.nama) ? u.nama : null}
            pilihan={[u.nama]}
            teksTanpa={teks.janganDibuat}
            onPilih={(n) => setUbah({ ...ubah, [u.nama]: n === null ? null : u.nama })}
          />
        ))}
      {hasil.masalahOpsi.map((m) => (
        <p key={m} className="lkip-catatan">
          {m}
        </p>
      ))}
      {bentrok.length > 0 && (
        <div className="lkip-bidang">
          <p className="lkip-teks">{teks.namaSudahAda(bentrok)}</p>
          <Checkbox checked={timpa} onChange={(_, d) => setTimpa(d.checked === true)} label={teks.gantiNamaAda} />
        </div>
      )}
      {hasil.tabel.length > 0 && (
        <div className="lkip-baris-tombol">
          <Button
            appearance="primary"
            disabledFocusable={terbuka || jumlahDibuat === 0 || sibuk || nonaktif}
            aria-busy={sibuk || undefined}
            aria-describedby="status-buat-nama"
            icon={sibuk ? <span className="lkip-putar" aria-hidden="true" /> : undefined}
            onClick={() => void konfirmasi()}
          >
            {teks.tombolBuatNama(jumlahDibuat)}
          </Button>
          <Button disabledFocusable={sibuk} onClick={onBatal}>
            {teks.tutupHubungkan}
          </Button>
        </div>
      )}
      <p id="status-buat-nama" className="lkip-catatan" role="status">
        {sibuk ? teks.sedangMembuatNama : (galat ?? (terbuka ? teks.masihPerluPilihan : ''))}
      </p>
      {hasil.tabel.length === 0 && (
        <Button className="lkip-tombol-kiri" onClick={onBatal}>
          {teks.tutupHubungkan}
        </Button>
      )}
    </div>
  );
}

function Pertanyaan({
  a,
  dipilih,
  onPilih,
  teks,
}: {
  a: Ambiguitas;
  dipilih: string | undefined;
  onPilih: (id: string) => void;
  teks: TeksHubungkan;
}) {
  const id = `tanya-${a.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  // A settings cell's label ("Tahun: 2021") can be the same on two sheets: the cell tells them apart.
  const teksPilihan = (p: Ambiguitas['pilihan'][number]) => (p.label.includes(p.rujukan) ? p.label : `${p.label} (${p.rujukan})`);
  const terpilih = a.pilihan.find((p) => p.id === dipilih);
  const label = terpilih ? teksPilihan(terpilih) : '';
  return (
    <div className="lkip-bidang lkip-pertanyaan">
      <p className="lkip-teks" id={id}>
        {a.pesan}
      </p>
      <Dropdown
        aria-labelledby={id}
        placeholder={teks.perluPilihan(a.nama)}
        value={label}
        selectedOptions={dipilih ? [dipilih] : []}
        onOptionSelect={(_, d) => d.optionValue && onPilih(d.optionValue)}
      >
        {a.pilihan.map((p) => (
          <Option key={p.id} value={p.id} text={teksPilihan(p)}>
            {teksPilihan(p)}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}

interface PropsKartu {
  readonly t: TabelTerdeteksi;
  readonly asli: TabelTerdeteksi;
  readonly ubah: Ubah;
  readonly onUbah: (u: Ubah) => void;
  readonly teks: TeksHubungkan;
}

function KartuTabel({ t, asli, ubah, onUbah, teks }: PropsKartu) {
  const idJudul = `tabel-${t.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const dapatDiubah = t.status === 'siap' || t.status === 'perlu_pilihan';
  const dilepas = Object.prototype.hasOwnProperty.call(ubah, t.id) && ubah[t.id] === null;
  return (
    <section className="lkip-tabel-deteksi" data-status={t.status} aria-labelledby={idJudul}>
      <h3 id={idJudul} className="lkip-teks lkip-tebal">
        {teks.uraianTabel(t, uraikanTabel(t), jumlahBarisTabel(t))}
      </h3>
      <p className="lkip-catatan">{teks.statusTabel[t.status]}</p>
      {t.alasan.map((a) => (
        <p key={a} className="lkip-catatan">
          {a}
        </p>
      ))}
      {t.jenis !== 'kinerja' && (dapatDiubah || dilepas) && (
        <PilihNama
          label={teks.namaTabel}
          idLabel={`${idJudul}-nama`}
          nilai={dilepas ? null : (t.nama[0]?.nama ?? null)}
          pilihan={asli.nama[0] ? [asli.nama[0].nama] : []}
          teksTanpa={teks.janganDibuat}
          onPilih={(n) => onUbah({ ...ubah, [t.id]: n })}
        />
      )}
      {t.jenis === 'kinerja' && dapatDiubah && (
        <ul className="lkip-daftar">
          {t.kolom.map((k) => (
            <BarisKolom key={k.id} k={k} asli={asli.kolom.find((x) => x.id === k.id)} ubah={ubah} onUbah={onUbah} teks={teks} />
          ))}
        </ul>
      )}
      {t.catatan.map((c) => (
        <p key={c} className="lkip-catatan">
          {c}
        </p>
      ))}
    </section>
  );
}

function BarisKolom({
  k,
  asli,
  ubah,
  onUbah,
  teks,
}: {
  k: KolomTerdeteksi;
  asli: KolomTerdeteksi | undefined;
  ubah: Ubah;
  onUbah: (u: Ubah) => void;
  teks: TeksHubungkan;
}) {
  const idLabel = `kolom-${k.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const lain = [asli?.nama, k.nama].filter((n): n is string => typeof n === 'string' && !NAMA_KOLOM_KINERJA.includes(n));
  return (
    <li className="lkip-kolom">
      <PilihNama
        label={teks.kolomKepala(k.huruf, k.kepala)}
        idLabel={idLabel}
        nilai={k.nama}
        pilihan={[...new Set([...NAMA_KOLOM_KINERJA, ...lain])]}
        teksTanpa={teks.tanpaNama}
        onPilih={(n) => onUbah({ ...ubah, [k.id]: n })}
      />
      {k.nama === null && k.alasan !== null && <span className="lkip-catatan">{k.alasan}</span>}
    </li>
  );
}

interface PropsPilihNama {
  readonly label: string;
  readonly idLabel: string;
  readonly nilai: string | null;
  readonly pilihan: readonly string[];
  readonly teksTanpa: string;
  readonly onPilih: (nama: string | null) => void;
}

/** A Dropdown of names, with "no name" first. */
function PilihNama({ label, idLabel, nilai, pilihan, teksTanpa, onPilih }: PropsPilihNama) {
  return (
    <div className="lkip-bidang">
      <span id={idLabel} className="lkip-label">
        {label}
      </span>
      <Dropdown
        aria-labelledby={idLabel}
        value={nilai ?? teksTanpa}
        selectedOptions={[nilai ?? TANPA]}
        onOptionSelect={(_, d) => d.optionValue && onPilih(d.optionValue === TANPA ? null : d.optionValue)}
      >
        <Option value={TANPA} text={teksTanpa}>
          {teksTanpa}
        </Option>
        {pilihan.map((n) => (
          <Option key={n} value={n} text={n}>
            {n}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
