/** A tiny static file server for the built add-in: 127.0.0.1 only, a free port, GET/HEAD only, no listing. */
import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

const JENIS: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface Peladen {
  /** "http://127.0.0.1:<port>" */
  readonly asal: string;
  /** Paths asked for, in order (e.g. "/contoh.js": the lazily loaded sample chunk). */
  readonly diminta: string[];
  tutup(): Promise<void>;
}

export async function layani(folder: string): Promise<Peladen> {
  const akar = path.resolve(folder);
  const diminta: string[] = [];
  const server = http.createServer((req, res) => {
    const jalur = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    diminta.push(jalur);
    const berkas = path.resolve(akar, `.${jalur === '/' ? '/taskpane.html' : jalur}`);
    const aman = berkas.startsWith(akar + path.sep);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !aman || !fs.existsSync(berkas) || !fs.statSync(berkas).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('tidak ada');
      return;
    }
    res.writeHead(200, {
      'Content-Type': JENIS[path.extname(berkas)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(berkas).pipe(res);
  });
  await new Promise<void>((selesai, gagal) => {
    server.once('error', gagal);
    server.listen(0, '127.0.0.1', () => selesai());
  });
  const { port } = server.address() as AddressInfo;
  return {
    asal: `http://127.0.0.1:${port}`,
    diminta,
    tutup: () =>
      new Promise<void>((selesai) => {
        server.closeAllConnections();
        server.close(() => selesai());
      }),
  };
}
