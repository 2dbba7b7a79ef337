/**
 * Cell notes (Excel's "notes", the legacy comments): the comments part with the texts, and the VML drawing
 * that shows each note as a hidden box beside its cell — Excel needs both (LibreOffice reads the first).
 * Shape ids come in blocks of 1 024 per drawing (<o:idmap data="…">); the blocks are handed in by the caller,
 * who knows the other drawings of the workbook.
 */
import { alamatSel } from '../../report/buku';
import { DEKLARASI_XML, enkodeTeksOoxml, escAtribut, escTeks } from './xmlRingan';

export interface CatatanSel {
  readonly baris: number;
  readonly kolom: number;
  readonly teks: string;
}

export const PENULIS_CATATAN = 'LKIP Kinerja';
/** Shapes per id block (Excel leaves the block's first id unused). */
export const BENTUK_PER_BLOK = 1023;

/** One note per cell (the last given wins, as setting a cell's note does), in row-major order. */
export function catatanUrut(catatan: readonly CatatanSel[]): CatatanSel[] {
  const perSel = new Map<string, CatatanSel>();
  for (const c of catatan) perSel.set(`${c.baris}:${c.kolom}`, c);
  return [...perSel.values()].sort((a, b) => a.baris - b.baris || a.kolom - b.kolom);
}

function teksT(teks: string): string {
  const t = enkodeTeksOoxml(teks);
  const jaga = /^\s|\s$|[\n\t]/.test(t) ? ' xml:space="preserve"' : '';
  return `<t${jaga}>${escTeks(t)}</t>`;
}

export function xmlKomentar(catatan: readonly CatatanSel[]): string {
  const isi = catatan
    .map((c) => `<comment ref="${alamatSel(c.baris, c.kolom)}" authorId="0"><text><r>${teksT(c.teks)}</r></text></comment>`)
    .join('');
  return (
    `${DEKLARASI_XML}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<authors><author>${escTeks(PENULIS_CATATAN)}</author></authors><commentList>${isi}</commentList></comments>`
  );
}

/** Blocks of shape ids a drawing of `jumlah` notes needs. */
export function blokDibutuhkan(jumlah: number): number {
  return Math.max(1, Math.ceil(jumlah / BENTUK_PER_BLOK));
}

export function xmlVmlCatatan(catatan: readonly CatatanSel[], blok: readonly number[]): string {
  const bentuk = catatan.map((c, i) => {
    const id = blok[Math.floor(i / BENTUK_PER_BLOK)]! * 1024 + 1 + (i % BENTUK_PER_BLOK);
    const atas = Math.max(c.baris - 1, 0);
    const jangkar = [c.kolom + 1, 15, atas, 10, c.kolom + 3, 15, atas + 4, 4].join(', ');
    return (
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="${escAtribut('position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:72pt;z-index:' + (i + 1) + ';visibility:hidden')}" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${jangkar}</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${c.baris}</x:Row><x:Column>${c.kolom}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blok.join(',')}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${bentuk.join('')}</xml>`
  );
}
