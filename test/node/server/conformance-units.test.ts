import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogResponseSchema } from '../../../src/core/protocol/catalog.js';
import { parseCommand, UsageError } from '../../../src/server/cli.js';
import { describeIssue } from '../../../src/server/conformance/expect.js';
import { formatTable, wrap } from '../../../src/server/conformance/table.js';
import type { ConformanceReport } from '../../../src/server/index.js';

const report: ConformanceReport = {
  apiBase: 'https://provider.example',
  ok: false,
  passed: 1,
  failed: 1,
  skipped: 1,
  results: [
    { id: 'catalog.shape', title: 'GET /v1/catalog answers 200 JSON of the catalog schema', status: 'pass', reason: '3 banks in 1 countries', durationMs: 5 },
    { id: 'session.missing-field', title: 'a session request without bankId is 400 invalid_request naming field bankId', status: 'fail', reason: 'POST /v1/signin-sessions answered 500, expected 400', durationMs: 3 },
    { id: 'accesses.list', title: 'GET /v1/accesses answers the list schema', status: 'skip', reason: 'not offered', durationMs: 1 },
  ],
};

test('the table: one aligned row per check, the reason below it, a summary; colours only when asked', () => {
  const plain = formatTable(report);
  assert.equal(
    plain,
    [
      'signin-flow conformance: https://provider.example',
      '',
      'RESULT  CHECK                  WHAT IS CHECKED',
      'PASS    catalog.shape          GET /v1/catalog answers 200 JSON of the catalog schema',
      '                               ↳ 3 banks in 1 countries',
      'FAIL    session.missing-field  a session request without bankId is 400 invalid_request naming field bankId',
      '                               ↳ POST /v1/signin-sessions answered 500, expected 400',
      'SKIP    accesses.list          GET /v1/accesses answers the list schema',
      '                               ↳ not offered',
      '',
      '1 passed, 1 failed, 1 skipped: the provider does not conform',
    ].join('\n'),
  );
  const coloured = formatTable(report, { color: true });
  const ESC = '\u001b';
  assert.ok(coloured.includes(`${ESC}[31mFAIL  ${ESC}[0m`), coloured);
  assert.ok(coloured.includes(`${ESC}[32mPASS  ${ESC}[0m`), coloured);
  assert.equal(coloured.replaceAll(new RegExp(`${ESC}\\[\\d+m`, 'g'), ''), plain);
  // A narrow terminal wraps the text column, still aligned.
  const narrow = formatTable(report, { width: 60 }).split('\n');
  assert.ok(narrow.every((line) => line.length <= 60), narrow.join('\n'));
  assert.ok(narrow.includes('                               naming field bankId'), narrow.join('\n'));
});

test('the summary of a run where every check was skipped does not say the provider conforms', () => {
  const skipped: ConformanceReport = { ...report, ok: true, passed: 0, failed: 0, skipped: 1, results: [report.results[2]!] };
  assert.match(formatTable(skipped), /\n0 passed, 0 failed, 1 skipped: nothing was checked \(give the options the skips name\)$/);
});

test('wrap: at spaces, a word longer than the width cut', () => {
  assert.deepEqual(wrap('aa bb cc', 5), ['aa bb', 'cc']);
  assert.deepEqual(wrap('abcdefghij x', 4), ['abcd', 'efgh', 'ij x']);
  assert.deepEqual(wrap('', 4), ['']);
});

test('schema reasons name the dotted field, what it must be and what it was', () => {
  const data = { banks: [{ id: 'a', name: 'A', country: 'PL', status: 'meh' }, { id: 2, name: 'B', country: 'pl' }] };
  const result = catalogResponseSchema.safeParse(data);
  assert.equal(result.success, false);
  const reasons = result.error?.issues.map((issue) => describeIssue(issue, data));
  assert.deepEqual(reasons, [
    'banks.0.status: must be one of "up", "degraded", "down" (got "meh")',
    'banks.1.id: must be string (got 2)',
    'banks.1.country: must be a two-letter upper-case country code such as "PL" (got "pl")',
  ]);
  const missing = catalogResponseSchema.safeParse({});
  assert.equal(describeIssue(missing.error!.issues[0]!, {}), 'banks: is missing (expected array)');
});

test('parseCommand: the flags, the environment fallbacks, and errors naming the flag', () => {
  const base = ['conformance', '--api-base', 'https://p.example', '--client-id', 'shop'];
  const command = parseCommand([...base, '--origin', 'https://shop.example', '--only', 'catalog.shape, links.create', '--webhook-port', '8999', '--json'], {
    SIGNIN_FLOW_SECRET: 'sk_env',
    SIGNIN_FLOW_WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  });
  assert.equal(command.kind, 'conformance');
  if (command.kind !== 'conformance') return;
  assert.deepEqual(command.options, {
    apiBase: 'https://p.example',
    clientId: 'shop',
    secret: 'sk_env',
    origin: 'https://shop.example',
    webhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    only: ['catalog.shape', 'links.create'],
  });
  assert.equal(command.json, true);
  assert.equal(command.webhookPort, 8999);
  assert.equal(parseCommand([...base, '--secret', 'flag'], { SIGNIN_FLOW_SECRET: 'env' }).kind, 'conformance');
  assert.deepEqual(parseCommand([]), { kind: 'help' });
  assert.deepEqual(parseCommand(['conformance', '-h']), { kind: 'help' });
  assert.deepEqual(parseCommand(['conformance', '--list']), { kind: 'list' });

  const refused = (argv: string[]) => {
    try {
      parseCommand(argv);
    } catch (error) {
      assert.ok(error instanceof UsageError, String(error));
      return error.message;
    }
    return assert.fail(`accepted: ${argv.join(' ')}`);
  };
  assert.equal(refused(base), 'Missing --secret (signin-flow --help)');
  assert.match(refused([...base, '--secret', 'k', '--webhook-secret', 'abc']), /^--webhook-secret: must be "whsec_"/);
  assert.match(refused([...base, '--secret', 'k', '--only', 'nope']), /^--only: no check "nope"/);
  assert.match(refused([...base, '--secret', 'k', '--webhook-port', '70000']), /^--webhook-port must be a whole number from 0 to 65535/);
  assert.match(refused([...base, '--secret', 'k', '--webhook-url', 'tunnel']), /^--webhook-url must be an http\(s\) URL/);
  assert.match(refused([...base, '--secret']), /--secret/);
  assert.match(refused([...base, '--secret', 'k', 'extra']), /^Unexpected argument "extra"/);
});
