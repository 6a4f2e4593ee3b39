// Makes tests/data/captures/*.har and *.storage-state.json with a real browser: Debian's
// Chromium, driven by playwright-core (pinned in package.json), visits a local test site that
// sets first- and third-party cookies with Expires, Max-Age and session lifetimes.
//
//   cd scripts/captures && npm ci && node make-captures.mjs [OUT_DIR]
//
// The hosts *.site.test and *.tracker.test all resolve to 127.0.0.1 inside the browser.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? path.join(here, '..', '..', 'tests', 'data', 'captures');
const port = 18765;

const inDays = (days) => new Date(Date.now() + days * 86400000).toUTCString();

const server = http.createServer((request, response) => {
  const host = (request.headers.host ?? '').split(':')[0];
  const url = new URL(request.url, `http://${host}`);
  if (host === 'ads.tracker.test' && url.pathname === '/pixel.gif') {
    // A third party's cookie, as an advertising pixel sets it.
    response.setHeader('Set-Cookie', [`IDE=AHWqTUk; Path=/; Max-Age=${390 * 86400}`]);
    response.setHeader('Content-Type', 'image/gif');
    response.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
    return;
  }
  if (host === 'www.site.test' && url.pathname === '/') {
    response.setHeader('Set-Cookie', [
      'sessionid=s3ss10n; Path=/; HttpOnly; SameSite=Lax', // a session cookie
      `csrftoken=t0k3n; Path=/; Max-Age=${364 * 86400}; SameSite=Lax`,
      `django_language=fr; Path=/; Expires=${inDays(30)}`,
      `_pk_id.1.a1b2=visitor; Domain=site.test; Path=/; Max-Age=${400 * 86400}`,
    ]);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Site de test</title></head>
<body><h1>Site de test</h1><a href="/donnees">Données</a>
<img src="http://ads.tracker.test:${port}/pixel.gif" alt="">
<script>
  localStorage.setItem('ods-consent', JSON.stringify({ statistics: true }));
  document.cookie = '_pk_ses.1.a1b2=1; path=/; max-age=1800';
</script></body></html>`);
    return;
  }
  if (host === 'www.site.test' && url.pathname === '/donnees') {
    response.setHeader('Set-Cookie', [
      `cookies_preferences=all; Path=/; Expires=${inDays(180)}`,
      'old_cookie=; Path=/; Max-Age=0', // a deletion
    ]);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<!DOCTYPE html><html><head><title>Données</title></head><body>Données</body></html>');
    return;
  }
  response.statusCode = 404;
  response.end();
});

await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', `--host-resolver-rules=MAP *.test 127.0.0.1`],
});
try {
  const context = await browser.newContext({
    recordHar: { path: path.join(out, 'chromium-site.har'), content: 'omit' },
  });
  const page = await context.newPage();
  await page.goto(`http://www.site.test:${port}/`, { waitUntil: 'networkidle' });
  await page.click('a');
  await page.waitForLoadState('networkidle');
  await context.storageState({ path: path.join(out, 'chromium-site.storage-state.json') });
  await context.close(); // writes the HAR
} finally {
  await browser.close();
  server.close();
}
console.log(`captures written to ${out}`);
