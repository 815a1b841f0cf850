// `npm start`'s banner lists every demo page (and the sandbox), each of them served.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { freePort } from '../e2e/harness.js';

/** demo/*.html but the page the redirect demo returns to without the widget. */
const PAGES = readdirSync(new URL('../../../demo/', import.meta.url)).filter((file) => file.endsWith('.html') && file !== 'return-plain.html');

test('the banner of demo/start.ts lists every demo page and the sandbox, and each answers', async () => {
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/start.ts'], { env: { ...process.env, PORT: String(port), SANDBOX_PORT: String(sandboxPort) }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const banner = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('Press Ctrl+C')) resolve(out);
      });
      child.once('exit', (code) => reject(new Error(`start.ts exited (${code}):\n${out}`)));
    });
    const urls = [...banner.matchAll(/http:\/\/localhost:\d+\/\S*/g)].map((match) => match[0]);
    for (const file of PAGES) {
      const url = `http://localhost:${port}/${file === 'index.html' ? '' : file}`;
      assert.ok(urls.includes(url), `${url} in the banner:\n${banner}`);
    }
    assert.ok(urls.includes(`http://localhost:${sandboxPort}/`), 'the sandbox');
    for (const url of urls) assert.equal((await fetch(url)).status, 200, url);
  } finally {
    child.kill('SIGTERM');
  }
});
