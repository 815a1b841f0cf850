import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CONFORMANCE_CHECKS, ConformanceOptionsError, formatTable, runConformance, type ConformanceOptions, type ConformanceReport } from '../../../src/server/index.js';
import { listenForWebhooks } from '../../../src/server/conformance/listener.js';
import { ORIGIN, SECRET, WEBHOOK_SECRET, rewriteJson, serveSandbox, type Breakage, type ServedSandbox } from './conformance-helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ALL = CONFORMANCE_CHECKS.map((check) => check.id);

/** Runs the kit as the CLI does (its own listener) against `sandbox`. */
async function run(sandbox: ServedSandbox, options: Partial<ConformanceOptions> = {}): Promise<ConformanceReport> {
  const listener = await listenForWebhooks();
  try {
    return await runConformance({
      apiBase: sandbox.url,
      clientId: 'sandbox-client',
      secret: SECRET,
      origin: ORIGIN,
      webhookSecret: WEBHOOK_SECRET,
      webhookTimeoutMs: 1500,
      receiver: listener,
      ...options,
    });
  } finally {
    await listener.close();
  }
}

const ids = (report: ConformanceReport, status: 'pass' | 'fail' | 'skip') => report.results.filter((result) => result.status === status).map((result) => result.id);
const reason = (report: ConformanceReport, id: string) => report.results.find((result) => result.id === id)?.reason ?? '';

/** Runs the kit against a sandbox broken by `breakage` (and `options`), and returns the report. */
async function broken(breakage: Breakage | undefined, sandboxOptions: Parameters<typeof serveSandbox>[0] = {}, options: Partial<ConformanceOptions> = {}): Promise<ConformanceReport> {
  const sandbox = await serveSandbox(sandboxOptions, breakage);
  try {
    return await run(sandbox, options);
  } finally {
    await sandbox.close();
  }
}

/** Only requests matching `method` and `path` (the pathname, or a test of the URL) are broken by `change`. */
const on =
  (method: string, path: string | ((url: URL) => boolean), change: (response: Response) => Promise<Response> | Response): Breakage =>
  async (request, next) => {
    const url = new URL(request.url);
    const response = await next(request);
    const matches = request.method === method && (typeof path === 'string' ? url.pathname === path : path(url));
    return matches ? change(response) : response;
  };

describe('the conformance kit against the sandbox', () => {
  let sandbox: ServedSandbox;
  before(async () => {
    sandbox = await serveSandbox();
  });
  after(() => sandbox.close());

  test('every check passes, and each has a unique id and a title', async () => {
    const report = await run(sandbox);
    assert.deepEqual(ids(report, 'fail'), [], formatTable(report));
    assert.deepEqual(ids(report, 'skip'), []);
    assert.equal(report.ok, true);
    assert.equal(report.passed, ALL.length);
    assert.deepEqual(report.results.map((result) => result.id), ALL);
    assert.equal(new Set(ALL).size, ALL.length);
    assert.ok(ALL.length >= 25);
    assert.match(reason(report, 'catalog.shape'), /^\d+ banks in \d+ countries$/);
    // The webhook is the one the sandbox sent for the kit's link.
    const [delivery] = sandbox.sandbox.context.webhooks.deliveries;
    assert.equal(delivery?.state, 'delivered');
    assert.equal(reason(report, 'webhook.signed'), `${delivery?.event.id}: authorizing`);
  });

  test('without origin or webhook secret, the checks that need them are skipped, naming the option, and the rest pass', async () => {
    const report = await run(sandbox, { origin: undefined, webhookSecret: undefined });
    assert.equal(report.ok, true, formatTable(report));
    const skipped = ids(report, 'skip');
    assert.deepEqual(skipped, ['catalog.cors', 'cors.preflight', 'session.create', 'session.status', 'session.unknown-bank', 'session.redirect-return-url', 'links.create', 'links.session', 'webhook.signed']);
    for (const id of skipped.filter((id) => id !== 'webhook.signed')) assert.match(reason(report, id), /--origin/);
    assert.match(reason(report, 'webhook.signed'), /--webhook-secret/);
    assert.match(reason(report, 'default-import.bad-signature'), /unknown session id/);
  });

  test('the wrong webhook secret on the kit side fails the webhook check with bad_signature', async () => {
    const report = await run(sandbox, { webhookSecret: 'whsec_c2lnbmluLWZsb3ctY29uZm9ybWFuY2U=', only: ['links.session', 'webhook.signed'] });
    assert.deepEqual(ids(report, 'fail'), ['webhook.signed']);
    assert.match(reason(report, 'webhook.signed'), /^The webhook does not verify \(bad_signature\)/);
  });
});

describe('the conformance kit against a broken copy of the sandbox names exactly the broken checks', { concurrency: true }, () => {
  test('CORS headers dropped', async () => {
    const dropCors: Breakage = async (request, next) => {
      const response = await next(request);
      const headers = new Headers(response.headers);
      for (const name of [...headers.keys()]) if (name.startsWith('access-control-')) headers.delete(name);
      return new Response(response.body, { status: response.status, headers });
    };
    const report = await broken(dropCors);
    assert.deepEqual(ids(report, 'fail'), ['catalog.cors', 'cors.preflight', 'session.create']);
    assert.match(reason(report, 'catalog.cors'), /Access-Control-Allow-Origin is missing, expected "http:\/\/localhost:8000" or "\*"/);
    assert.match(reason(report, 'session.create'), /Access-Control-Allow-Origin is missing, expected "http:\/\/localhost:8000":/);
  });

  test('a 500 instead of a 400 from the session endpoint', async () => {
    const report = await broken(on('POST', '/v1/signin-sessions', (response) => (response.status === 400 ? new Response(response.body, { status: 500, headers: response.headers }) : response)));
    assert.deepEqual(ids(report, 'fail'), ['session.missing-field', 'session.bad-field', 'session.invalid-json', 'session.redirect-return-url']);
    assert.match(reason(report, 'session.missing-field'), /^POST \/v1\/signin-sessions answered 500, expected 400: \{"error":\{"code":"invalid_request"/);
  });

  test('error bodies of the link endpoints without field', async () => {
    const omitField = (response: Response) =>
      response.status >= 400 ? rewriteJson(response, (body) => delete (body.error as Record<string, unknown>).field) : response;
    const report = await broken(async (request, next) => {
      const response = await next(request);
      return new URL(request.url).pathname.startsWith('/v1/signin-links') ? omitField(response) : response;
    });
    assert.deepEqual(ids(report, 'fail'), ['links.unauthorized', 'links.missing-field', 'links.unknown-id']);
    assert.match(reason(report, 'links.missing-field'), /error\.field is missing/);
  });

  test('a catalog of a bad shape', async () => {
    const report = await broken(on('GET', (url) => url.pathname === '/v1/catalog' && url.search === '', (response) => rewriteJson(response, (body) => {
      const [first] = body.banks as Record<string, unknown>[];
      if (first) first.status = 'sometimes';
    })));
    assert.deepEqual(ids(report, 'fail'), ['catalog.shape']);
    assert.match(reason(report, 'catalog.shape'), /^The catalog is not of the protocol's schema: banks\.0\.status: must be one of "up", "degraded", "down" \(got "sometimes"\)$/);
  });

  test('webhooks signed with another secret', async () => {
    const report = await broken(undefined, { webhookSecret: 'whsec_YW5vdGhlci1zZWNyZXQtb2YtdGhlLXByb3ZpZGVy' });
    assert.deepEqual(ids(report, 'fail'), ['webhook.signed']);
    assert.match(reason(report, 'webhook.signed'), /\(bad_signature\)/);
  });

  test('webhooks not signed at all', async () => {
    const unsigned = (input: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) headers.delete(name);
      return fetch(input, { ...init, headers });
    };
    const report = await broken(undefined, { fetch: unsigned });
    assert.deepEqual(ids(report, 'fail'), ['webhook.signed']);
    assert.match(reason(report, 'webhook.signed'), /\(missing_header\): The webhook-id, webhook-timestamp, webhook-signature headers are missing/);
  });

  test('no webhook sent: the check waits its time and fails, the others pass', async () => {
    const report = await broken(undefined, { fetch: () => Promise.reject(new Error('dropped')) }, { webhookTimeoutMs: 400 });
    assert.deepEqual(ids(report, 'fail'), ['webhook.signed']);
    assert.match(reason(report, 'webhook.signed'), /^No webhook reached http:\/\/127\.0\.0\.1:\d+\/webhooks within 400 ms/);
  });

  test('no access endpoints: their checks are skipped, not failed', async () => {
    const report = await broken(async (request, next) =>
      /^\/v1\/(accesses|reconnect-tokens)/.test(new URL(request.url).pathname) ? Response.json({ error: { code: 'not_found', message: 'No route', field: null } }, { status: 404 }) : next(request),
    );
    assert.equal(report.ok, true, formatTable(report));
    assert.deepEqual(ids(report, 'skip'), ['accesses.list', 'accesses.unauthorized', 'accesses.unknown-id', 'accesses.reconnect-token-unknown', 'reconnect-tokens.unknown']);
    assert.match(reason(report, 'accesses.list'), /not offered/);
  });

  test('a hanging endpoint fails its checks by their time limit; the others still run', async () => {
    const hang: Breakage = (request, next) =>
      new URL(request.url).pathname === '/v1/signin-links' && request.method === 'POST'
        ? new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(new Error('aborted'))))
        : next(request);
    const sandbox = await serveSandbox({}, hang);
    try {
      const report = await run(sandbox, { timeoutMs: 800, only: ['catalog.shape', 'links.create', 'links.unauthorized', 'errors.unknown-route'] });
      assert.deepEqual(ids(report, 'fail'), ['links.unauthorized', 'links.create']);
      assert.match(reason(report, 'links.create'), /timed out/);
      assert.deepEqual(ids(report, 'pass'), ['catalog.shape', 'errors.unknown-route']);
    } finally {
      await sandbox.close();
    }
  });

  test('no provider at all: every check fails with the network error, quickly', async () => {
    // A port just freed: nothing listens on it.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const report = await runConformance({ apiBase: `http://127.0.0.1:${port}`, clientId: 'sandbox-client', secret: SECRET, origin: ORIGIN, timeoutMs: 2000 });
    assert.equal(report.ok, false);
    assert.equal(report.failed + report.skipped, ALL.length);
    assert.match(reason(report, 'catalog.shape'), /^GET \/v1\/catalog failed: fetch failed: ECONNREFUSED$/);
  });
});

describe('runConformance options', () => {
  const good: ConformanceOptions = { apiBase: 'https://provider.example', clientId: 'shop', secret: 'sk' };
  for (const [change, field, message] of [
    [{ apiBase: 'provider.example' }, 'apiBase', /apiBase: must be an absolute http\(s\) URL/],
    [{ clientId: '  ' }, 'clientId', /clientId: must not be empty/],
    [{ secret: undefined }, 'secret', /secret: is missing/],
    [{ origin: 'https://shop.example/page' }, 'origin', /origin: must be a bare origin/],
    [{ webhookSecret: 'secret' }, 'webhookSecret', /webhookSecret: must be "whsec_"/],
    [{ timeoutMs: 5 }, 'timeoutMs', /timeoutMs: must be a whole number of milliseconds from 100/],
    [{ only: ['catalog.nope'] }, 'only', /only: no check "catalog.nope"/],
  ] as const) {
    test(`a bad ${field} is refused naming it`, async () => {
      const error = await runConformance({ ...good, ...change } as ConformanceOptions).then(
        () => assert.fail('expected a refusal'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof ConformanceOptionsError, String(error));
      assert.equal(error.field, field);
      assert.match(error.message, message);
    });
  }
});

/** Runs the real command (the TypeScript source, through tsx). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the signin-flow command', { concurrency: true }, () => {
  let sandbox: ServedSandbox;
  before(async () => {
    sandbox = await serveSandbox();
  });
  after(() => sandbox.close());

  test('conformance against the sandbox: a table of PASS rows, exit code 0', async () => {
    const { code, stdout, stderr } = await cli(['conformance', '--api-base', sandbox.url, '--client-id', 'sandbox-client', '--secret', SECRET, '--origin', ORIGIN, '--webhook-secret', WEBHOOK_SECRET]);
    assert.equal(stderr, '');
    assert.equal(code, 0, stdout);
    assert.match(stdout, new RegExp(`^signin-flow conformance: ${sandbox.url.replaceAll('.', '\\.')}\n`));
    assert.match(stdout, /^RESULT {2}CHECK +WHAT IS CHECKED$/m);
    for (const id of ALL) assert.match(stdout, new RegExp(`^PASS {4}${id.replaceAll('.', '\\.')} +\\S`, 'm'));
    assert.match(stdout, new RegExp(`\n${ALL.length} passed, 0 failed, 0 skipped: the provider conforms\n$`));
    assert.ok(!stdout.includes('\u001b['), 'no colours when not a TTY');
    // Aligned: every row's text starts in the same column.
    const columns = stdout.split('\n').filter((line) => /^(PASS|FAIL|SKIP|RESULT)/.test(line)).map((line) => /^\S+ +\S+ +/.exec(line)?.[0].length);
    assert.equal(new Set(columns).size, 1);
  });

  test('--json, the secrets from the environment, and exit code 1 when a check fails', async () => {
    const { code, stdout } = await cli(['conformance', '--json', '--api-base', sandbox.url, '--client-id', 'sandbox-client', '--origin', ORIGIN, '--webhook-timeout', '1000'], {
      SIGNIN_FLOW_SECRET: SECRET,
      SIGNIN_FLOW_WEBHOOK_SECRET: 'whsec_c2lnbmluLWZsb3ctY29uZm9ybWFuY2U=',
    });
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as ConformanceReport;
    assert.equal(report.ok, false);
    assert.deepEqual(ids(report, 'fail'), ['webhook.signed']);
    assert.equal(report.passed, ALL.length - 1);
  });

  test('runs through a symlink, as npm installs the bin (node_modules/.bin/signin-flow → the file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signin-flow-bin-'));
    const link = join(dir, 'signin-flow.ts');
    symlinkSync(join(ROOT, 'src/server/cli.ts'), link);
    try {
      const answer = await new Promise<{ code: number; stdout: string }>((resolve) =>
        execFile(process.execPath, ['--import', 'tsx', link, '--help'], { cwd: ROOT }, (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout })),
      );
      assert.equal(answer.code, 0);
      assert.match(answer.stdout, /^Usage: signin-flow conformance/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--help, and bad command lines name the flag (exit code 2)', async () => {
    const help = await cli(['--help']);
    assert.equal(help.stderr, '');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: signin-flow conformance --api-base URL --client-id ID --secret KEY/);
    // (The parser's other refusals are unit-tested in conformance-units.test.ts.)
    const cases = [
      [['conformance', '--client-id', 'x', '--secret', 'y'], /^signin-flow: Missing --api-base \(signin-flow --help\)\n$/],
      [['conformance', '--api-base', 'ftp://x', '--client-id', 'x', '--secret', 'y'], /^signin-flow: --api-base: must be an absolute http\(s\) URL/],
      [['conformance', '--api-bse', 'http://x'], /^signin-flow: Unknown option '--api-bse'/],
    ] as const;
    const answers = await Promise.all(cases.map(([args]) => cli([...args])));
    answers.forEach(({ code, stderr, stdout }, index) => {
      const [args, message] = cases[index]!;
      assert.equal(code, 2, `${args.join(' ')}: ${stdout}`);
      assert.match(stderr, message);
      assert.equal(stdout, '');
    });
  });
});
