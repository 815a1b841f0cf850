// The CDN scripts run our schemas on src/core/zod-lite.ts instead of zod/mini (rollup.config.mjs).
// Here every schema of every module that imports zod/mini runs on both engines over the same
// inputs (valid seeds, every single-field mutation of them, odd values), and must give the same
// data or the same issues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

interface Parser {
  safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: Record<string, unknown>[] } };
}
type Schemas = Map<string, Parser>;

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function schemaModules(dir = src): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaModules(path);
    return path.endsWith('.ts') && !path.endsWith('zod-lite.ts') && /from 'zod\/mini'/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

function collect(namespaces: Record<string, unknown>[]): Schemas {
  const schemas: Schemas = new Map();
  for (const namespace of namespaces)
    for (const [name, value] of Object.entries(namespace))
      if (typeof (value as Parser | undefined)?.safeParse === 'function') schemas.set(name, value as Parser);
  return schemas;
}

const modules = schemaModules();

async function zodSchemas(): Promise<Schemas> {
  return collect(await Promise.all(modules.map((path) => import(pathToFileURL(path).href) as Promise<Record<string, unknown>>)));
}

/** The same modules bundled as the CDN builds them: `zod/mini` resolved to zod-lite. */
async function liteSchemas(): Promise<{ schemas: Schemas; inputs: string[] }> {
  const entry = modules.map((path, i) => `export * as m${i} from ${JSON.stringify(path)};`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: src, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    alias: { 'zod/mini': join(src, 'core/zod-lite.ts') },
    logLevel: 'silent',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'zod-lite-')), 'schemas.mjs');
  writeFileSync(file, result.outputFiles[0]!.text);
  const namespace = (await import(pathToFileURL(file).href)) as Record<string, Record<string, unknown>>;
  return { schemas: collect(Object.values(namespace)), inputs: Object.keys(result.metafile.inputs).map((path) => relative(src, path)) };
}

const acceptance = { id: 'terms', version: '1', acceptedAt: '2025-01-31T12:00:00Z' };
const definition = { id: 'terms', version: '1', label: 'I accept the [terms](https://bank.example/terms).', details: 'Line one\nline two' };
const optionalDefinition = { id: 'marketing.email', version: '2025-01', required: false, label: '  Padded label  ' };
const bank = { id: 'bank-1', name: 'Bank One', country: 'PL', bic: 'ONEBPLPW', aliases: ['one'], logoUrl: '/logo.svg', status: 'degraded', statusMessage: 'Slow', popular: true };
const minimalBank = { id: 'bank-2', name: 'Bank Two', country: 'DE' };
const error = { code: 'BankUnavailable', message: 'The bank did not answer.' };
const times = { createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:01:00Z', expiresAt: '2025-01-01T00:15:00Z' };

/** Valid inputs of every schema, by export name. A new schema needs seeds here (the test says so). */
const SEEDS: Record<string, unknown[]> = {
  acceptedConsentSchema: [acceptance, { ...acceptance, acceptedAt: '2024-02-29T23:59:59.123+02:00' }],
  acceptedConsentsSchema: [[acceptance, { ...acceptance, id: 'data-access' }]],
  consentAcceptanceSchema: [acceptance],
  consentDefinitionSchema: [definition, optionalDefinition],
  consentDefinitionsSchema: [[definition, optionalDefinition]],
  consentIdSchema: ['terms', 'marketing.e-mail_1'],
  consentVersionSchema: ['1', ' 2025-01 '],
  stylesSchema: [{ colorPrimary: '#0a7', borderRadius: '4px', fontFamily: "Inter, 'Segoe UI', sans-serif", shadow: '0 1px 2px rgb(0 0 0 / 20%)' }],
  modeSchema: ['auto', 'redirect'],
  widgetConfigSchema: [
    { clientId: 'demo', apiBase: 'http://localhost:8787', ownerExternalId: 'user-1' },
    {
      clientId: ' demo ', apiBase: 'https://provider.example', ownerExternalId: 'user-1', country: 'PL', locale: 'pl', mode: 'popup', bank: 'bank-1',
      returnUrl: 'https://shop.example/return', consents: [definition], termsUrl: '/terms', privacyUrl: '/privacy', popupTimeoutMs: 60000, theme: 'dark',
      styles: { colorPrimary: '#0a7' },
    },
  ],
  bankSchema: [bank, minimalBank],
  bankStatusSchema: ['down'],
  catalogResponseSchema: [{ banks: [bank, minimalBank] }, { banks: [] }],
  countryCodeSchema: ['PL'],
  defaultImportRequestSchema: [{ sessionId: 'ses_1', sessionIdSignature: 'c2ln' }],
  apiErrorCodeSchema: ['not_found'],
  apiErrorResponseSchema: [{ error: { code: 'invalid_request', message: 'Bad', field: 'consents.0.id' } }, { error: { code: 'x', message: 'y', field: null } }],
  signinErrorCodeSchema: ['AccessBlocked'],
  signinErrorSchema: [error],
  createLinkRequestSchema: [{ ownerExternalId: 'user-1', returnUrl: 'https://shop.example/back', locale: 'en-GB', country: 'PL', webhookUrl: 'https://shop.example/hook' }],
  createLinkResponseSchema: [{ id: 'lnk_1', url: 'https://provider.example/signin/lnk_1', expiresAt: times.expiresAt }],
  linkInfoSchema: [
    { id: 'lnk_1', url: 'https://p.example/signin/lnk_1', status: 'failed', ownerExternalId: 'u', returnUrl: 'https://shop.example/back', locale: 'pl', country: 'PL', webhookUrl: 'https://shop.example/hook', sessionId: 'ses_1', bankId: 'bank-1', error, openedAt: times.createdAt, ...times },
  ],
  webhookEventSchema: [{ id: 'evt_1', type: 'signin-link.status-changed', linkId: 'lnk_1', sessionId: 'ses_1', status: 'success', at: times.createdAt }],
  localeSchema: ['en-GB', 'pl'],
  signinResultMessageSchema: [
    { type: 'signin-flow/result', state: 'st', sessionId: 'ses_1', sessionIdSignature: 'c2ln', status: 'success' },
    { type: 'signin-flow/result', state: 'st', sessionId: 'ses_1', status: 'failed', error },
  ],
  signinResultStatusSchema: ['cancelled'],
  createSessionRequestSchema: [
    { clientId: 'demo', ownerExternalId: 'user-1', bankId: 'bank-1', consents: [acceptance], mode: 'redirect', origin: 'https://shop.example', returnUrl: 'https://shop.example/back', locale: 'pl' },
  ],
  createSessionResponseSchema: [{ sessionId: 'ses_1', authorizationUrl: 'https://p.example/bank/t', state: 'st', expiresAt: times.expiresAt }],
  ownerExternalIdSchema: ['user-1'],
  sessionInfoSchema: [
    { id: 'ses_1', status: 'success', clientId: 'demo', ownerExternalId: 'u', bankId: 'bank-1', country: 'PL', mode: 'popup', origin: 'https://shop.example', returnUrl: 'https://shop.example/back', locale: 'en', linkId: 'lnk_1', error, importedAt: times.updatedAt, ...times },
  ],
  signinModeSchema: ['popup'],
  signinStatusSchema: ['abandoned'],
  pendingRedirectSchema: [{ state: 'st', sessionId: 'ses_1', bank, consents: [acceptance], startedAt: 1735689600000 }],
  redirectReturnParamsSchema: [{ state: 'st', sessionId: 'ses_1', status: 'success', signature: 'c2ln' }, { state: 'st', sessionId: 'ses_1', status: 'failed', error: 'AccessBlocked', errorDescription: 'Blocked' }],
};

const ODD: unknown[] = [
  undefined, null, true, false, 0, -1, 1.5, 999, 60_000, NaN, Infinity, -Infinity,
  '', ' ', 'x', '  padded  ', 'PL', 'pl', 'en-GB', 'auto', 'success', 'x'.repeat(65), 'y'.repeat(2100), 'https://a.example/x', 'ftp://a.example',
  'javascript:alert(1)', 'see [here](javascript:alert(1))', '2025-02-29T00:00:00Z', '2024-02-29T23:59:59.5+02:00', '2025-01-31T12:00:00', '2025-13-01T00:00:00Z',
  '#0a7', 'red', '8px', 'auto', 'calc(1px + 2px)', 'red; color: blue', '\u0001', '😀'.repeat(33), [], [1], ['a'], {}, { a: 1 }, { length: 0 }, { length: 3 },
];

type Json = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const clone = <T>(value: T): T => structuredClone(value);

/** Copies of `seed` each changed in one place: a value replaced, a key removed or added, a list emptied or grown. */
function* mutations(seed: unknown): Generator<unknown> {
  yield seed;
  if (!isContainer(seed)) return;
  if (Array.isArray(seed)) {
    yield [];
    yield [...seed, ...seed];
  } else {
    yield { ...seed, extra: 1 };
    yield { ...seed, colourPrimary: '#000', __proto__x: 1 };
    yield JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(seed).slice(1)}`);
  }
  for (const key of Object.keys(seed)) {
    const at = (value: unknown) => {
      const copy = clone(seed) as Record<string, unknown>;
      copy[key] = value;
      return copy;
    };
    for (const odd of ODD) yield at(odd);
    if (!Array.isArray(seed)) {
      const copy = clone(seed) as Record<string, unknown>;
      delete copy[key];
      yield copy;
    }
    for (const inner of mutations((seed as Record<string, unknown>)[key])) if (inner !== (seed as Record<string, unknown>)[key]) yield at(inner);
  }
}

function outcome(parser: Parser, input: unknown) {
  const result = parser.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  // The date-time pattern is each engine's own regular expression; what it accepts is compared.
  const issues = result.error!.issues.map(({ pattern, ...issue }) => (issue.format === 'datetime' ? issue : { ...issue, pattern }));
  return { success: false, issues: issues.map((issue) => Object.fromEntries(Object.entries(issue).filter(([, v]) => v !== undefined))) };
}

test('zod-lite: the CDN bundle of the schemas holds no zod', async () => {
  const { inputs } = await liteSchemas();
  assert.ok(inputs.includes(join('core', 'zod-lite.ts')), 'zod-lite is bundled');
  assert.deepEqual(inputs.filter((path) => path.includes('node_modules')), []);
});

test('zod-lite: every schema gives the data and the issues zod gives', async (t) => {
  const zod = await zodSchemas();
  const { schemas: lite } = await liteSchemas();
  assert.deepEqual([...lite.keys()].sort(), [...zod.keys()].sort(), 'the same schemas are exported');
  assert.deepEqual([...zod.keys()].filter((name) => !SEEDS[name]), [], 'every schema has seeds in SEEDS');

  let compared = 0;
  let rejected = 0;
  for (const [name, schema] of zod) {
    const inputs = [...ODD, ...SEEDS[name]!.flatMap((seed) => [...mutations(seed)])];
    for (const seed of SEEDS[name]!) assert.equal(schema.safeParse(seed).success, true, `${name}: a seed is valid: ${JSON.stringify(seed)}`);
    for (const input of inputs) {
      const expected = outcome(schema, clone(input));
      assert.deepStrictEqual(outcome(lite.get(name)!, clone(input)), expected, `${name}: ${JSON.stringify(input)?.slice(0, 300)}`);
      compared++;
      if (!expected.success) rejected++;
    }
  }
  t.diagnostic(`${zod.size} schemas, ${compared} inputs, ${rejected} of them rejected`);
  // Enough of both kinds for the comparison to mean something.
  assert.ok(compared > 5000 && rejected > compared / 3 && rejected < compared - 1000, `${compared} inputs, ${rejected} rejected`);
});

test('zod-lite: parse() throws the issues; iso.datetime takes real calendar days only', async () => {
  const { schemas } = await liteSchemas();
  const acceptanceSchema = schemas.get('consentAcceptanceSchema') as Parser & { parse(value: unknown): unknown };
  assert.throws(() => acceptanceSchema.parse({ ...acceptance, acceptedAt: '2023-02-29T00:00:00Z' }), (error: Error & { issues: { path: unknown[] }[] }) => {
    assert.deepEqual(error.issues.map((issue) => issue.path), [['acceptedAt']]);
    return error instanceof Error;
  });
  assert.deepEqual(acceptanceSchema.parse({ ...acceptance, acceptedAt: '2024-02-29T00:00:00-05:30' }), { ...acceptance, acceptedAt: '2024-02-29T00:00:00-05:30' });
});
