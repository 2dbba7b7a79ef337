/**
 * The task pane's state and actions, outside React: the pane's button and the ribbon command
 * ("hitungUlangLaporan", shared runtime) run the same recalculation through one PusatPanel, so
 * a run started from the ribbon shows its progress and result in the pane, and two runs never overlap.
 * React reads it with useSyncExternalStore (ikuti / keadaan).
 */
import type { HasilJalankan, Temuan, StatusNama } from '../report/hasil';
import type { TahapKemajuan } from '../report/kemajuan';
import { pesanGalat } from '../core/galat';
import { OPSI_BAWAAN, opsiKePengaturan } from './layanan';
import type { HasilContoh, LayananPanel, OpsiPanel } from './layanan';

export interface Kemajuan {
  readonly tahap: TahapKemajuan;
  readonly selesai: number;
  readonly total: number;
}

/** The result message under the main button. */
export type PesanPanel =
  | { readonly jenis: 'ditulis'; readonly lembar: readonly string[] }
  | { readonly jenis: 'ditolak' }
  | { readonly jenis: 'perlu_konfirmasi'; readonly lembar: readonly string[] }
  | { readonly jenis: 'dibatalkan' }
  | { readonly jenis: 'contoh'; readonly hasil: HasilContoh }
  | { readonly jenis: 'galat'; readonly pesan: string };

export type StatusOpsi = 'memuat' | 'siap' | 'menyimpan' | 'tersimpan' | { readonly gagal: string };

export interface KeadaanPanel {
  readonly opsi: OpsiPanel;
  readonly statusOpsi: StatusOpsi;
  /** null until the first check returned. */
  readonly statusNama: readonly StatusNama[] | null;
  /** Problems found while reading (from the last check or run). */
  readonly masalah: readonly Temuan[];
  readonly memeriksa: boolean;
  readonly sibuk: 'hitung' | 'contoh' | null;
  readonly kemajuan: Kemajuan | null;
  /** The last run's result (summary and Verifikasi findings). */
  readonly hasil: HasilJalankan | null;
  readonly pesan: PesanPanel | null;
}

const KEADAAN_AWAL: KeadaanPanel = {
  opsi: OPSI_BAWAAN,
  statusOpsi: 'memuat',
  statusNama: null,
  masalah: [],
  memeriksa: false,
  sibuk: null,
  kemajuan: null,
  hasil: null,
  pesan: null,
};

export class PusatPanel {
  private sekarang: KeadaanPanel = KEADAAN_AWAL;
  private readonly pendengar = new Set<() => void>();
  private mulaiBerjalan: Promise<void> | null = null;
  private opsiSiap: Promise<void> = Promise.resolve();
  private hitungBerjalan: Promise<HasilJalankan | null> | null = null;
  private antreanSimpan: Promise<void> = Promise.resolve();
  /** Bumped whenever the contract status changes, so a slower, older check never overwrites a newer status. */
  private versiStatus = 0;

  constructor(private readonly layanan: LayananPanel) {}

  readonly ikuti = (pendengar: () => void): (() => void) => {
    this.pendengar.add(pendengar);
    return () => this.pendengar.delete(pendengar);
  };

  readonly keadaan = (): KeadaanPanel => this.sekarang;

  private ubah(perubahan: Partial<KeadaanPanel>): void {
    this.sekarang = { ...this.sekarang, ...perubahan };
    for (const p of this.pendengar) p();
  }

  /** On open: load the stored options and check the workbook. Idempotent. */
  mulai(): Promise<void> {
    if (!this.mulaiBerjalan) {
      this.opsiSiap = this.muatOpsi();
      this.mulaiBerjalan = Promise.all([this.opsiSiap, this.periksaUlang()]).then(() => undefined);
    }
    return this.mulaiBerjalan;
  }

  private async muatOpsi(): Promise<void> {
    try {
      const opsi = await this.layanan.bacaOpsi();
      // The user may already have changed an option while they loaded: keep that choice.
      if (this.sekarang.statusOpsi === 'memuat') this.ubah({ opsi, statusOpsi: 'siap' });
    } catch (galat) {
      if (this.sekarang.statusOpsi === 'memuat') this.ubah({ statusOpsi: { gagal: pesanGalat(galat) } });
    }
  }

  /** Re-read the contract names (status list and problems). Writes nothing. */
  async periksaUlang(): Promise<void> {
    const versi = ++this.versiStatus;
    this.ubah({ memeriksa: true });
    try {
      const hasil = await this.layanan.periksa();
      if (versi === this.versiStatus) this.ubah({ statusNama: hasil.statusNama, masalah: hasil.masalah, memeriksa: false });
    } catch (galat) {
      if (versi === this.versiStatus) this.ubah({ memeriksa: false, pesan: { jenis: 'galat', pesan: pesanGalat(galat) } });
    }
  }

  /**
   * "Hitung Ulang Laporan" (button and ribbon). While a run is going, a second call joins it instead of
   * starting another. Resolves with the result, or null when the service failed (the message says why).
   */
  hitungUlang(timpaLembarPengguna = false): Promise<HasilJalankan | null> {
    if (this.hitungBerjalan) return this.hitungBerjalan;
    if (this.sekarang.sibuk) return Promise.resolve(null);
    const berjalan = this.jalankanHitung(timpaLembarPengguna).finally(() => {
      this.hitungBerjalan = null;
    });
    this.hitungBerjalan = berjalan;
    return berjalan;
  }

  private async jalankanHitung(timpaLembarPengguna: boolean): Promise<HasilJalankan | null> {
    this.ubah({ sibuk: 'hitung', kemajuan: null, pesan: null });
    await this.opsiSiap;
    const versi = ++this.versiStatus;
    try {
      const hasil = await this.layanan.hitungUlang({
        timpaLembarPengguna,
        pengaturan: opsiKePengaturan(this.sekarang.opsi),
        kemajuan: (tahap, selesai, total) => this.ubah({ kemajuan: { tahap, selesai, total } }),
      });
      const pesan: PesanPanel =
        hasil.status === 'ditulis'
          ? { jenis: 'ditulis', lembar: hasil.lembarDitulis }
          : hasil.status === 'perlu_konfirmasi'
            ? { jenis: 'perlu_konfirmasi', lembar: hasil.lembarBentrok }
            : { jenis: 'ditolak' };
      this.ubah({
        sibuk: null,
        kemajuan: null,
        hasil,
        pesan,
        ...(versi === this.versiStatus ? { statusNama: hasil.statusNama, masalah: hasil.masalah, memeriksa: false } : {}),
      });
      return hasil;
    } catch (galat) {
      this.ubah({ sibuk: null, kemajuan: null, pesan: { jenis: 'galat', pesan: pesanGalat(galat) } });
      return null;
    }
  }

  /** "Ganti" after perlu_konfirmasi: run again, replacing the user's sheet of that name. */
  ganti(): Promise<HasilJalankan | null> {
    return this.hitungUlang(true);
  }

  /** "Batal" after perlu_konfirmasi. */
  batal(): void {
    this.ubah({ pesan: { jenis: 'dibatalkan' } });
  }

  tutupPesan(): void {
    this.ubah({ pesan: null });
  }

  /** "Buat Contoh", then refresh the status list. */
  async buatContoh(): Promise<void> {
    if (this.sekarang.sibuk) return;
    this.ubah({ sibuk: 'contoh', pesan: null });
    try {
      const hasil = await this.layanan.buatContoh();
      this.ubah({ sibuk: null, pesan: { jenis: 'contoh', hasil } });
    } catch (galat) {
      this.ubah({ sibuk: null, pesan: { jenis: 'galat', pesan: pesanGalat(galat) } });
    }
    await this.periksaUlang();
  }

  /** Change an option and store it in the workbook; saves run one after another, the last choice wins. */
  ubahOpsi(opsi: OpsiPanel): Promise<void> {
    this.ubah({ opsi, statusOpsi: 'menyimpan' });
    const simpan = this.antreanSimpan.then(async () => {
      try {
        await this.layanan.simpanOpsi(opsi);
        if (this.sekarang.opsi === opsi) this.ubah({ statusOpsi: 'tersimpan' });
      } catch (galat) {
        if (this.sekarang.opsi === opsi) this.ubah({ statusOpsi: { gagal: pesanGalat(galat) } });
      }
    });
    this.antreanSimpan = simpan;
    return simpan;
  }

  async pilihSel(lembar: string, alamat: string): Promise<void> {
    try {
      await this.layanan.pilihSel(lembar, alamat);
    } catch (galat) {
      this.ubah({ pesan: { jenis: 'galat', pesan: pesanGalat(galat) } });
    }
  }
}
