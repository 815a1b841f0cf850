// `npm test`: type-check, lint, node tests and browser tests; the last line is "N passed, N failed".
// Each static check (type-check, ESLint, lit-analyzer) counts as one test; a test file
// that fails to load counts as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'signin-flow-test-'));
const totals = { passed: 0, failed: 0 };
const lines = [];

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title, command, args) {
  const ok = step(title, command, args);
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${title}: ${ok ? 'ok' : 'FAILED'}`);
}

function count(title, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${title}: ${passed} passed, ${failed} failed`);
}

function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? findFiles(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });
}

// The Storybook preview imports the manifest, so it must exist before the type-check.
check('custom-elements manifest (cem analyze)', bin('cem'), ['analyze', '--quiet']);
check('type-check (tsc --noEmit)', bin('tsc'), ['--noEmit']);
check('lint (eslint)', bin('eslint'), ['--max-warnings', '0', '.']);
// The same command as `npm run lint` (package.json's lint:templates). It turns off one rule,
// no-missing-import: the elements register in their *.define.ts modules (widget.define.ts imports
// the definitions of the elements its templates render), while the class and template modules stay
// free of side effects (src/index.ts exports them); the rule only counts imports made by the
// template's own module, so it cannot see those registrations. test/node/element-definitions.test.ts
// checks them instead.
check('template bindings (lit-analyzer)', 'npm', ['run', '-s', 'lint:templates']);

// The end-to-end and browser tests load the built CDN script as integrators do.
check('build (rollup)', bin('rollup'), ['-c', '--silent']);

const nodeTests = findFiles('test/node', '.test.ts').sort();
if (nodeTests.length > 0) {
  const tap = join(tmp, 'node.tap');
  const ok = step('node tests', process.execPath, [
    '--import', 'tsx', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...nodeTests,
  ]);
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const number = (label) => Number(report.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const failed = number('fail') + number('cancelled');
  count('node tests', number('pass'), failed === 0 && !ok ? 1 : failed);
}

const summaryFile = join(tmp, 'browser.json');
const browserOk = step('browser tests (web-test-runner, Chromium)', bin('web-test-runner'), [], { TEST_SUMMARY_FILE: summaryFile });
if (existsSync(summaryFile)) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  if (summary.failedFiles.length > 0) console.log(`Files that failed to load or run: ${summary.failedFiles.join(', ')}`);
  count('browser tests', summary.passed, summary.failed === 0 && !browserOk ? 1 : summary.failed);
} else {
  count('browser tests (did not report)', 0, 1);
}

console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
