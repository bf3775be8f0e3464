/**
 * The page the password reset mail links to: a form for the new password that calls
 * POST /api/auth/password-reset/confirm. Plain HTML and a script file, so it works under the
 * strict Content-Security-Policy and before the web app exists.
 */
import type { App } from '../../platform/module.js';

export const RESET_PAGE_PATH = '/atur-ulang-sandi';

const PAGE = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Atur ulang kata sandi · Balaikota</title>
<style>
body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
label{display:block;margin-top:1rem;font-weight:600}input{width:100%;padding:.6rem;font-size:1rem;box-sizing:border-box;border:1px solid #555;border-radius:4px}
button{margin-top:1.25rem;padding:.7rem 1.2rem;font-size:1rem;background:#0b57d0;color:#fff;border:0;border-radius:4px;cursor:pointer}
button:focus-visible,input:focus-visible{outline:3px solid #f9a825;outline-offset:2px}
#pesan{margin-top:1rem}.galat{color:#b00020}.berhasil{color:#1b5e20}
</style>
</head>
<body>
<main>
<h1>Atur ulang kata sandi</h1>
<p>Buat kata sandi baru: minimal 10 karakter, dengan paling sedikit 5 karakter berbeda.</p>
<form id="form-sandi" novalidate>
<label for="sandi">Kata sandi baru</label>
<input id="sandi" name="sandi" type="password" autocomplete="new-password" required minlength="10" maxlength="200">
<label for="ulang">Ulangi kata sandi baru</label>
<input id="ulang" name="ulang" type="password" autocomplete="new-password" required>
<button type="submit">Simpan kata sandi</button>
</form>
<p id="pesan" role="status" aria-live="polite"></p>
</main>
<script src="${RESET_PAGE_PATH}.js" defer></script>
</body>
</html>`;

const SCRIPT = `(function () {
  var form = document.getElementById('form-sandi');
  var pesan = document.getElementById('pesan');
  var token = new URLSearchParams(location.search).get('token') || '';
  function say(text, ok) { pesan.textContent = text; pesan.className = ok ? 'berhasil' : 'galat'; }
  if (!token) { say('Tautan tidak lengkap. Buka tautan dari email atur ulang kata sandi Anda.', false); form.hidden = true; return; }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var sandi = form.sandi.value, ulang = form.ulang.value;
    if (sandi !== ulang) { say('Kedua kata sandi tidak sama.', false); form.ulang.focus(); return; }
    fetch('/api/auth/password-reset/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'id' },
      body: JSON.stringify({ token: token, newPassword: sandi })
    }).then(function (res) {
      if (res.status === 204) { form.hidden = true; say('Kata sandi tersimpan. Silakan masuk dengan kata sandi baru.', true); return; }
      return res.json().then(function (problem) { say(problem.detail || 'Kata sandi belum tersimpan.', false); });
    }).catch(function () { say('Tidak dapat menghubungi server. Periksa koneksi lalu coba lagi.', false); });
  });
})();
`;

export function registerResetPage(app: App): void {
  app.get(RESET_PAGE_PATH, { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get(`${RESET_PAGE_PATH}.js`, { schema: { hide: true } }, async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(SCRIPT));
}
