/**
 * The summary after a run: average achievement and its category, price rise, budget absorption, the efficiency
 * count, findings by level, and the mean capaian per sasaran strategis (when the workbook has LKIP_Sasaran).
 */
import type { Ringkasan } from '../../report/hasil';
import { useTeks } from '../teks';

export interface PropsKartuRingkasan {
  readonly ringkasan: Ringkasan;
}

export function KartuRingkasan({ ringkasan: r }: PropsKartuRingkasan) {
  const teks = useTeks();
  const identitas = [r.instansi, r.tahun === null ? null : String(r.tahun)].filter((x): x is string => !!x).join(' · ');
  const butir: { label: string; nilai: string; kecil?: boolean }[] = [
    { label: teks.rataRataCapaian, nilai: r.rataRataCapaian ?? teks.tidakDiukur },
    { label: teks.kategori, nilai: r.kategori ?? teks.tidakDiukur },
  ];
  if (r.kenaikanHarga !== null) butir.push({ label: teks.kenaikanHarga, nilai: r.kenaikanHarga });
  if (r.capaianKenaikanHarga !== null) butir.push({ label: teks.capaianKenaikanHarga, nilai: r.capaianKenaikanHarga });
  if (r.serapanAnggaran !== null) butir.push({ label: teks.serapanAnggaran, nilai: r.serapanAnggaran });
  if (r.efisiensi !== null) {
    const bagian = r.efisiensi.perKategori.map((k) => `${k.kategori} ${k.jumlah}`);
    if (r.efisiensi.tidakDihitung > 0) bagian.push(teks.tidakDihitung(r.efisiensi.tidakDihitung));
    butir.push({ label: teks.efisiensi, nilai: bagian.join(' · ') || teks.tidakDiukur, kecil: true });
  }
  // per sasaran strategis (LKIP_Sasaran): "Sasaran: <nama>" → "78,41 % · Berhasil (4 indikator diukur)"
  for (const s of r.sasaran) {
    const kategori = s.kategori ? ` · ${s.kategori}` : '';
    const nilai = `${s.rataRataCapaian ?? teks.tidakDiukur}${kategori} (${teks.indikatorDiukurSingkat(s.jumlahDiukur)})`;
    butir.push({ label: `${teks.sasaran}: ${s.nama}`, nilai });
  }
  const { galat, peringatan, info } = r.temuan;
  butir.push({
    label: teks.temuanPerTingkat,
    nilai: `${teks.tingkat.galat} ${galat} · ${teks.tingkat.peringatan} ${peringatan} · ${teks.tingkat.info} ${info}`,
    kecil: true,
  });
  return (
    <section className="lkip-bagian" aria-labelledby="judul-ringkasan">
      <h2 id="judul-ringkasan" className="lkip-judul">
        {teks.judulRingkasan}
      </h2>
      {identitas && <p className="lkip-teks">{identitas}</p>}
      <p className="lkip-catatan">{teks.indikatorDiukur(r.jumlahDiukur, r.jumlahIndikator)}</p>
      <dl className="lkip-ringkasan">
        {butir.map((b) => (
          <div key={b.label}>
            <dt>{b.label}</dt>
            <dd className={b.kecil ? 'lkip-kecil' : undefined}>{b.nilai}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
