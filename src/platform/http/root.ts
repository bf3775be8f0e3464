/**
 * The page at / when the web app has not been built (an API-only install, or a checkout before
 * `npm run build`): says what is running, where the API lives, and how to get the web app.
 */
import type { App } from '../module.js';

const PAGE = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Balaikota</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b57d0}</style>
</head>
<body>
<h1>Balaikota</h1>
<p>Balai kota digital untuk pemerintah kota: layanan publik, aduan warga (SAMBAT), kinerja OPD, dan data terbuka.</p>
<p lang="en">The digital city hall for Indonesian city governments.</p>
<ul>
<li><a href="/api/docs">Dokumentasi API</a> (OpenAPI 3.1, <a href="/api/openapi.json">JSON</a>)</li>
<li><a href="/readyz">Status kesiapan</a></li>
</ul>
<p>Aplikasi web belum dibangun: jalankan <code>npm run build</code> lalu mulai ulang server. <span lang="en">The web app is not built: run <code>npm run build</code> and restart.</span></p>
</body>
</html>`;

export function registerRootPage(app: App): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
}
