/**
 * Finding tables on one sheet: a header (see ./kepala), then its data rows down to the first empty row, a
 * closing line ("Sumber: …", "Jumlah", "RATA-RATA CAPAIAN") or the next table's header.
 */
import { diawaliSalahSatu, KATA_PENUTUP, KATA_TOTAL, uraikanKepala, type Peran } from './kosakata';
import { bacaKepala, barisPenomoran, jumlahSelBerperan, type Kepala } from './kepala';
import { Kisi, teksNilai } from './kisi';
import type { AkhirData } from './jenis';

/** A table as found, before its columns get names. Rows are local. */
export interface TabelMentah {
  readonly kepala: Kepala;
  /** First data row (after the header and a column-numbering row "1 | 2 | 3 …"). */
  readonly barisAwal: number;
  readonly jumlahBaris: number;
  /** The column-numbering row under the header was skipped. */
  readonly penomoranDilewati: boolean;
  /** A budget's printed total ("Total :", "Jumlah") in its programme column is the last data row. */
  readonly adaBarisTotal: boolean;
  /** Local row that ended the data (-1 at the end of the values). */
  readonly akhir: { readonly sebab: AkhirData['sebab']; readonly baris: number; readonly teks: string | null };
  /** Texts of the rows above the header back to the previous table (at most six rows), top to bottom. */
  readonly judul: readonly string[];
}

const BARIS_JUDUL_MAKS = 6;
const PERAN_KUNCI: Record<Kepala['jenis'], readonly Peran[]> = {
  kinerja: ['target', 'realisasi'],
  harga: ['harga', 'tahun', 'hargaLalu', 'hargaKini'],
  anggaran: [],
};

/** Every table on the sheet, top to bottom. */
export function temukanTabel(kisi: Kisi): TabelMentah[] {
  const hasil: TabelMentah[] = [];
  let batasJudul = 0;
  let b = 0;
  while (b < kisi.tinggi) {
    const kepala = bacaKepala(kisi, b);
    if (!kepala) {
      b++;
      continue;
    }
    let awal = b + kepala.tinggi;
    const penomoranDilewati = awal < kisi.tinggi && barisPenomoran(kisi, awal);
    if (penomoranDilewati) awal++;
    const data = bacaBarisData(kisi, kepala, awal);
    hasil.push({ kepala, barisAwal: awal, penomoranDilewati, ...data, judul: judulDiAtas(kisi, batasJudul, b) });
    const lanjut = data.akhir.sebab === 'akhir_lembar' ? kisi.tinggi : data.akhir.baris;
    b = Math.max(lanjut, b + 1);
    batasJudul = data.akhir.sebab === 'tabel_berikut' ? b : Math.min(b + 1, kisi.tinggi);
  }
  return hasil;
}

function bacaBarisData(kisi: Kisi, kepala: Kepala, awal: number): Pick<TabelMentah, 'jumlahBaris' | 'adaBarisTotal' | 'akhir'> {
  const kunci = kepala.kolom.filter((c) => c.peran !== null && PERAN_KUNCI[kepala.jenis].includes(c.peran)).map((c) => c.kolom);
  const kolomProgram = kepala.kolom.find((c) => c.peran === 'program' || c.peran === 'uraian')?.kolom ?? -1;
  for (let i = awal; i < kisi.tinggi; i++) {
    const pertama = selPertama(kisi, i, kepala.kolomAwal, kepala.kolomAkhir);
    if (pertama === null)
      return { jumlahBaris: i - awal, adaBarisTotal: false, akhir: { sebab: 'baris_kosong', baris: i, teks: null } };
    const kata = uraikanKepala(pertama.teks).kata;
    if (diawaliSalahSatu(kata, KATA_PENUTUP)) {
      if (kepala.jenis === 'anggaran') {
        const total = diawaliSalahSatu(kata, KATA_TOTAL) && pertama.kolom === kolomProgram;
        const n = i - awal + (total ? 1 : 0);
        return { jumlahBaris: n, adaBarisTotal: total, akhir: { sebab: 'baris_penutup', baris: i, teks: pertama.teks } };
      }
      // "Rata-rata Lama Sekolah" is an indicator: a closing line has no target, realisasi or price (besides its own text).
      if (kunci.every((k) => k === pertama.kolom || kisi.kosong(i, k))) {
        return { jumlahBaris: i - awal, adaBarisTotal: false, akhir: { sebab: 'baris_penutup', baris: i, teks: pertama.teks } };
      }
    }
    if (jumlahSelBerperan(kisi, i) >= 2 && bacaKepala(kisi, i)) {
      return { jumlahBaris: i - awal, adaBarisTotal: false, akhir: { sebab: 'tabel_berikut', baris: i, teks: null } };
    }
  }
  return { jumlahBaris: kisi.tinggi - awal, adaBarisTotal: false, akhir: { sebab: 'akhir_lembar', baris: -1, teks: null } };
}

/** The first non-empty cell of a row between two columns, with its text. */
function selPertama(kisi: Kisi, b: number, dari: number, sampai: number): { kolom: number; teks: string } | null {
  for (let k = dari; k <= sampai; k++) {
    const t = teksNilai(kisi.nilai(b, k));
    if (t !== null) return { kolom: k, teks: t };
  }
  return null;
}

function judulDiAtas(kisi: Kisi, dari: number, kepala: number): string[] {
  const judul: string[] = [];
  for (let b = Math.max(dari, kepala - BARIS_JUDUL_MAKS); b < kepala; b++) {
    const teks: string[] = [];
    for (let k = 0; k < kisi.lebar; k++) {
      const t = teksNilai(kisi.nilai(b, k));
      if (t !== null) teks.push(t);
    }
    if (teks.length > 0) judul.push(teks.join(' '));
  }
  return judul;
}
