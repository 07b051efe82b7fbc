// Serves built sites over HTTP on 127.0.0.1 for the browser tests: site i under /i/, a folder
// as its index.html (file:// would not load what a real visit loads, nor let a script fetch).
// Every response says no-store, so that each visit fetches, and weighs, every file it needs.
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.xml': 'application/xml', '.csv': 'text/csv' };

// Resolves to { origin, close } once the server listens.
export async function serveSites(sites) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const m = url.pathname.match(/^\/(\d+)(\/.*)$/);
    const root = m ? sites[Number(m[1])] : undefined;
    if (!root) { res.writeHead(404); res.end(); return; }
    let path = join(root, decodeURIComponent(m[2]));
    if (!path.startsWith(root)) { res.writeHead(400); res.end(); return; }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[extname(path)] || 'application/octet-stream',
      'cache-control': 'no-store' });
    res.end(readFileSync(path));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
