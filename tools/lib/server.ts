import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * A plain static file host, as any web server would be: files of `root` served under `base`, directories by their
 * index.html, everything else answered by 404.html. Listens on loopback only.
 */
export async function serveStatic(
  root: string,
  base = '/',
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(`http://x${req.url ?? '/'}`).pathname);
    let file: string | null = null;
    if (path.startsWith(base)) {
      const candidate = normalize(join(root, path.slice(base.length)));
      if (candidate.startsWith(root)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
      }
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
