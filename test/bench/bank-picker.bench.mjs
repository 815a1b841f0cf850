// `npm run bench`: measures <signin-bank-picker> on the built CDN module in headless Chromium
// and prints JSON. It measures and asserts nothing. Goals (issue 5): first render of 10,000
// banks < 50 ms, keystroke p95 < 8 ms, at most 60 rows in the DOM.
//
// Options (after `--` with npm):
//   --runs N       first renders measured per catalog size (default 5)
//   --typings N    times the query is typed per size, for the keystroke figures (default 3)
//   --sizes A,B    catalog sizes (default 10000,50000)
//   --root DIR     measure the build in DIR/dist instead of this checkout's (e.g. an older
//                  commit built elsewhere, to compare the two alternately on a busy machine)
//   --table        also print one plain line per size on stderr
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../.ci/chrome.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    typings: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10000,50000' },
    root: { type: 'string' },
    table: { type: 'boolean', default: false },
  },
});
const ROOT = options.root ? resolve(options.root) : new URL('../..', import.meta.url).pathname;
const SIZES = options.sizes.split(',').map(Number);
const QUERY = 'spoldzielczy mazo';
const RUNS = Number(options.runs);
/** The query is typed this many times (cleared in between), for a p95 over enough keystrokes. */
const TYPINGS = Number(options.typings);

if (!existsSync(join(ROOT, 'dist/cdn/signin-flow.js'))) spawnSync('npx', ['rollup', '-c', '--silent'], { cwd: ROOT, stdio: 'inherit' });

const PAGE = `<!doctype html><meta charset="utf-8"><body><script type="module" src="/dist/cdn/signin-flow.js"></script></body>`;
const types = { '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  const file = join(ROOT, path);
  if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
await page.goto(origin);
await page.waitForFunction(() => customElements.get('signin-bank-picker'));

// In-page helpers: a deterministic catalog and "after the next frame".
await page.evaluate(() => {
  const words = ['Bank', 'Spółdzielczy', 'Sparkasse', 'Volksbank', 'Caja', 'Kredito', 'Spořitelna', 'Unija', 'Rural', 'Mazowiecki', 'Žemaitijos', 'Nordic', 'Raiffeisen', 'Ludowy', 'Śląski'];
  window.makeBanks = (n) => Array.from({ length: n }, (_, i) => ({
    id: `b${i}`, name: `${words[i % 15]} ${words[Math.floor(i / 15) % 15]} ${words[Math.floor(i / 225) % 15]} ${i}`,
    country: 'PL', bic: `BK${String(i).padStart(6, '0')}`, aliases: [], status: i % 97 === 0 ? 'down' : 'up', popular: i % 500 === 0,
  }));
  window.afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const round = (n) => Math.round(n * 100) / 100;

const results = { root: ROOT, browser: browser.version(), query: QUERY, runs: RUNS, typings: TYPINGS, catalogs: [] };
for (const size of SIZES) {
  const renders = [];
  for (let run = 0; run < RUNS; run++) {
    renders.push(await page.evaluate(async (n) => {
      document.body.replaceChildren();
      const banks = window.makeBanks(n);
      const el = document.createElement('signin-bank-picker');
      el.setAttribute('layout', 'list');
      const start = performance.now();
      el.banks = banks;
      document.body.append(el);
      await el.updateComplete;
      return (await window.afterNextFrame()) - start;
    }, size));
  }
  // Typing: each keystroke's time from the input event to just after the next frame.
  await page.evaluate(() => {
    window.latencies = [];
    const el = document.querySelector('signin-bank-picker');
    el.shadowRoot.querySelector('input').addEventListener('input', (event) => {
      if (!event.target.value) return; // clearing between typings is not a keystroke
      const start = event.timeStamp;
      window.afterNextFrame().then((end) => window.latencies.push(end - start));
    });
  });
  await page.locator('signin-bank-picker input').click();
  for (let typing = 0; typing < TYPINGS; typing++) {
    if (typing > 0) await page.locator('signin-bank-picker input').fill('');
    await page.keyboard.type(QUERY, { delay: 60 });
    await page.waitForTimeout(200);
  }
  const { latencies, rowsTyped } = await page.evaluate(() => ({
    latencies: window.latencies,
    rowsTyped: document.querySelector('signin-bank-picker').shadowRoot.querySelectorAll('[role="option"]').length,
  }));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
  const rowsAll = await page.evaluate(() => document.querySelector('signin-bank-picker').shadowRoot.querySelectorAll('[role="option"]').length);
  results.catalogs.push({
    banks: size,
    firstRenderMs: { median: round(median(renders)), min: round(Math.min(...renders)), max: round(Math.max(...renders)) },
    keystrokeMs: { median: round(median(latencies)), p95: round(percentile(latencies, 95)), max: round(Math.max(...latencies)), keystrokes: latencies.length, each: process.env.BENCH_VERBOSE ? latencies.map(round) : undefined },
    domRows: { emptyQuery: rowsAll, afterTyping: rowsTyped },
  });
}
await browser.close();
server.close();
console.log(JSON.stringify(results, null, 2));
if (options.table) {
  for (const { banks, firstRenderMs, keystrokeMs, domRows } of results.catalogs) {
    console.error(`${banks} banks: first render median ${firstRenderMs.median} ms; keystroke median ${keystrokeMs.median} ms, p95 ${keystrokeMs.p95} ms (${keystrokeMs.keystrokes}); rows ${domRows.emptyQuery}/${domRows.afterTyping}`);
  }
}
