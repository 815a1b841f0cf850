// Prints the gzip and brotli sizes of each CDN file; fails when the classic script is over budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// The budget started at 30 KB. With lit (~5.5 KB gzip), zod (~8 KB: every config and message
// goes through its schemas) and four elements, the first complete widget weighs ~37.5 KB; the
// budget holds it there until the size work of issue 10 brings it back down (see README, Size).
const BUDGET_GZIP = 38 * 1024;
const files = ['dist/cdn/signin-flow.js', 'dist/cdn/signin-flow.min.js'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let failed = false;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run "npm run build" first.`);
    process.exit(1);
  }
  const data = readFileSync(file);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  let line = `${file.padEnd(30)} raw ${kb(data.length).padStart(9)}  gzip ${kb(gzip).padStart(8)}  brotli ${kb(brotli).padStart(8)}`;
  if (file.endsWith('.min.js')) {
    const over = gzip > BUDGET_GZIP;
    failed ||= over;
    line += `  budget ${kb(BUDGET_GZIP)} gzip: ${over ? 'OVER' : 'ok'}`;
  }
  console.log(line);
}
if (failed) {
  console.error(`size: dist/cdn/signin-flow.min.js is over its budget of ${kb(BUDGET_GZIP)} gzip.`);
  process.exit(1);
}
