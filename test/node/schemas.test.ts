// Every zod schema of src (each one exported by a module that imports zod/mini) over valid seeds
// and changes of them in one place: the seeds pass, and a rejected change is named by the field it
// changed, with a message that says what is wrong (what `SignInFlow.embed()`, the widget's
// `signin-config-error` and the sandbox's 400s report). The rules of our own follow as cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseConfig, type ConfigIssue } from '../../src/config/parse-config.js';
import type * as z from 'zod/mini';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function schemaModules(dir = src): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaModules(path);
    return path.endsWith('.ts') && /from 'zod\/mini'/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

async function allSchemas(): Promise<Map<string, z.ZodMiniType>> {
  const schemas = new Map<string, z.ZodMiniType>();
  for (const path of schemaModules()) {
    const namespace = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(namespace))
      if (typeof (value as z.ZodMiniType | undefined)?.safeParse === 'function') schemas.set(name, value as z.ZodMiniType);
  }
  return schemas;
}

const acceptance = { id: 'terms', version: '1', acceptedAt: '2025-01-31T12:00:00Z' };
const definition = { id: 'terms', version: '1', label: 'I accept the [terms](https://bank.example/terms).', details: 'Line one\nline two' };
const optionalDefinition = { id: 'marketing.email', version: '2025-01', required: false, label: '  Padded label  ' };
const bank = { id: 'bank-1', name: 'Bank One', country: 'PL', bic: 'ONEBPLPW', aliases: ['one'], logoUrl: '/logo.svg', status: 'degraded', statusMessage: 'Slow', popular: true };
const minimalBank = { id: 'bank-2', name: 'Bank Two', country: 'DE' };
const error = { code: 'BankUnavailable', message: 'The bank did not answer.' };
const times = { createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:01:00Z', expiresAt: '2025-01-01T00:15:00Z' };
const config = { clientId: 'demo', apiBase: 'http://localhost:8787', ownerExternalId: 'user-1' };
const summary = { id: 'acc_1', mode: 'multiple', status: 'active', expiresAt: times.expiresAt, importsToday: 1, importsPerDay: 4 };
const accessInfo = { id: 'acc_1', ownerExternalId: 'u', bankId: 'bank-1', mode: 'multiple', status: 'revoked', createdAt: times.createdAt, expiresAt: times.expiresAt, revokedAt: times.updatedAt, lastImportAt: times.updatedAt, importsToday: 0, importsPerDay: 4, accessDays: 90, renewedAt: times.updatedAt };
const money = { amount: '-12.34', currency: 'PLN' };
const transaction = { id: 'tx_1', bookingDate: '2025-01-30', valueDate: '2025-01-31', amount: money, description: 'Groceries', counterpartyName: 'Market', counterpartyIban: 'PL61109010140000071219812874', category: 'groceries' };
const account = { id: 'ac_1', iban: 'PL61109010140000071219812874', name: 'Current account', type: 'current', currency: 'PLN', balances: { booked: money, available: money }, transactions: [transaction] };
const owner = { externalId: 'u', name: 'Zofia Nowak', email: 'zofia@example.com' };
const imported = { sessionId: 'ses_1', importedAt: times.updatedAt, owner, bank: { id: 'bank-1', name: 'Bank One', bic: 'ONEBPLPW', country: 'PL' }, period: { from: '2024-11-01', to: '2025-01-31' }, accounts: [account] };
const ownerAccount = { ...account, bank: { id: 'bank-1', name: 'Bank One' }, accessId: 'acc_1', importedAt: times.updatedAt };
const sessionRequest = { clientId: 'demo', ownerExternalId: 'user-1', bankId: 'bank-1', consents: [acceptance], mode: 'redirect', origin: 'https://shop.example' };

/** Valid inputs of every schema, by export name. A new schema needs seeds here (the test says so). */
const SEEDS: Record<string, unknown[]> = {
  timeoutSchema: [1, 10_000, 600_000],
  conformanceOptionsSchema: [
    { apiBase: 'https://provider.example', clientId: 'client-1', secret: 'sk_test_1' },
    { apiBase: 'http://localhost:8787/base', clientId: 'c', secret: 's', origin: 'https://shop.example', webhookSecret: 'whsec_dGVzdC13ZWJob29rLXNlY3JldC1rZXk=', timeoutMs: 5000, webhookTimeoutMs: 20000 },
  ],
  acceptedConsentSchema: [acceptance, { ...acceptance, acceptedAt: '2024-02-29T23:59:59.123+02:00' }],
  acceptedConsentsSchema: [[acceptance, { ...acceptance, id: 'data-access' }]],
  consentAcceptanceSchema: [acceptance],
  consentDefinitionSchema: [definition, optionalDefinition],
  consentDefinitionsSchema: [[definition, optionalDefinition]],
  consentIdSchema: ['terms', 'marketing.e-mail_1'],
  consentVersionSchema: ['1', ' 2025-01 '],
  stylesSchema: [{ colorPrimary: '#0a7', borderRadius: '4px', fontFamily: "Inter, 'Segoe UI', sans-serif", shadow: '0 1px 2px rgb(0 0 0 / 20%)' }],
  modeSchema: ['auto', 'redirect'],
  themeSchema: ['dark', 'auto'],
  popupTimeoutMsSchema: [1000, 3_600_000],
  launcherOptionsSchema: [{ mode: 'popup' }, { mode: 'auto', popupTimeoutMs: 60_000, accessMode: 'multiple', accessDays: 90 }],
  documentUrlSchema: ['https://shop.example/terms', '/privacy'],
  emailSchema: ['help@shop.example'],
  missingBankSchema: [{ missingBankUrl: '/banks' }, { missingBankUrl: 'https://shop.example/banks', missingBankEmail: 'banks@shop.example' }],
  documentLinksSchema: [{ termsUrl: '/terms' }, { termsUrl: 'https://shop.example/terms', privacyUrl: '/privacy' }],
  consentsOptionsSchema: [{ termsUrl: '/terms' }, { termsUrl: 'https://shop.example/terms', privacyUrl: '/privacy', accessMode: 'mixed', accessDays: 30 }],
  clientIdSchema: ['sandbox-client'],
  bankIdSchema: ['demo-bank-pl'],
  returnUrlSchema: ['https://shop.example/back'],
  widgetConfigSchema: [
    config,
    {
      clientId: ' demo ', apiBase: 'https://provider.example', ownerExternalId: 'user-1', country: 'PL', locale: 'pl', mode: 'popup', bank: 'bank-1',
      returnUrl: 'https://shop.example/return', consents: [definition], termsUrl: '/terms', privacyUrl: '/privacy', popupTimeoutMs: 60000, theme: 'dark',
      accessMode: 'multiple', accessDays: 90, reconnectToken: 'rct_0123456789abcdef', multiBank: true,
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
  createLinkRequestSchema: [
    { ownerExternalId: 'user-1', returnUrl: 'https://shop.example/back', locale: 'en-GB', country: 'PL', webhookUrl: 'https://shop.example/hook' },
    { ownerExternalId: 'user-1', returnUrl: 'https://shop.example/back', accessMode: 'mixed', accessDays: 30, reconnectAccessId: 'acc_1' },
    { ownerExternalId: 'user-1', returnUrl: 'https://shop.example/back', styles: { colorPrimary: 'rgb(10 125 90)' }, theme: 'dark', brand: { name: 'Demo Shop', logoUrl: 'https://cdn.shop.example/logo.svg' } },
  ],
  linkStylesSchema: [{ colorPrimary: '#0a7d5a', borderRadius: 'calc(0.25rem + 2px)', fontFamily: "Georgia, 'Times New Roman', serif", shadow: 'none' }, { colorText: 'oklch(0.3 0.02 250)' }],
  brandNameSchema: ['Tom & Jerry <3'],
  logoUrlSchema: ['https://cdn.shop.example/logo.svg'],
  brandSchema: [{ name: 'Demo Shop', logoUrl: 'https://cdn.shop.example/logo.svg' }, { name: 'Demo Shop' }],
  createLinkResponseSchema: [{ id: 'lnk_1', url: 'https://provider.example/signin/lnk_1', expiresAt: times.expiresAt }],
  linkInfoSchema: [
    { id: 'lnk_1', url: 'https://p.example/signin/lnk_1', status: 'failed', ownerExternalId: 'u', returnUrl: 'https://shop.example/back', locale: 'pl', country: 'PL', webhookUrl: 'https://shop.example/hook', sessionId: 'ses_1', bankId: 'bank-1', error, openedAt: times.createdAt, accessMode: 'single', ...times },
    { id: 'lnk_1', url: 'https://p.example/signin/lnk_1', status: 'success', ownerExternalId: 'u', returnUrl: 'https://shop.example/back', accessMode: 'mixed', accessDays: 30, reconnectAccessId: 'acc_1', grantedAccessMode: 'multiple', access: summary, ...times },
    { id: 'lnk_2', url: 'https://p.example/signin/lnk_2', status: 'pending', ownerExternalId: 'u', returnUrl: 'https://shop.example/back', accessMode: 'single', styles: { colorPrimary: '#0a7d5a' }, theme: 'light', brand: { name: 'Demo Shop' }, ...times },
  ],
  linkWebhookEventSchema: [{ id: 'evt_1', type: 'signin-link.status-changed', linkId: 'lnk_1', sessionId: 'ses_1', status: 'success', at: times.createdAt }],
  accessWebhookEventSchema: [{ id: 'evt_2', type: 'access.expiring', accessId: 'acc_1', ownerExternalId: 'u', bankId: 'bank-1', expiresAt: times.expiresAt, at: times.createdAt }],
  webhookEventSchema: [
    { id: 'evt_1', type: 'signin-link.status-changed', linkId: 'lnk_1', sessionId: 'ses_1', status: 'success', at: times.createdAt },
    { id: 'evt_2', type: 'access.revoked', accessId: 'acc_1', ownerExternalId: 'u', bankId: 'bank-1', expiresAt: times.expiresAt, at: times.createdAt },
  ],
  accessModeSchema: ['mixed'],
  grantedAccessModeSchema: ['multiple'],
  browserAccessSchema: [{ mode: 'single' }, { mode: 'multiple', expiresAt: times.expiresAt, renewed: true }],
  accessDaysSchema: [1, 180],
  accessStatusSchema: ['expired'],
  accessWebhookTypeSchema: ['access.renewed'],
  reconnectTokenSchema: ['Zm9vYmFyYmF6cXV4cXV1eA'],
  accessSummarySchema: [summary],
  accessInfoSchema: [accessInfo],
  accessListSchema: [{ accesses: [accessInfo] }, { accesses: [] }],
  reconnectTokenResponseSchema: [{ token: 'Zm9vYmFyYmF6cXV4cXV1eA', expiresAt: times.expiresAt }],
  reconnectTokenInfoSchema: [{ clientId: 'demo', bankId: 'bank-1', ownerExternalId: 'u', accessMode: 'multiple', accessDays: 180, accessExpiresAt: times.expiresAt, expiresAt: times.expiresAt }],
  advanceClockRequestSchema: [{ advanceSeconds: 86_400 }],
  clockInfoSchema: [{ now: times.createdAt, offsetSeconds: 0 }],
  moneySchema: [money],
  importedTransactionSchema: [transaction, { ...transaction, counterpartyIban: undefined }],
  importedAccountSchema: [account, { ...account, type: 'savings', transactions: [] }],
  importedOwnerSchema: [owner],
  defaultImportResponseSchema: [imported, { ...imported, access: summary }],
  accessImportResponseSchema: [{ ...imported, accessId: 'acc_1', access: summary }],
  ownerAccountSchema: [ownerAccount],
  ownerDataResponseSchema: [
    { ownerExternalId: 'u', banks: [], accounts: [] },
    { ownerExternalId: 'u', owner, banks: [{ accessId: 'acc_1', bankId: 'bank-1', name: 'Bank One', expiresAt: times.expiresAt, lastImportAt: times.updatedAt }], accounts: [ownerAccount] },
  ],
  localeSchema: ['en-GB', 'pl'],
  signinResultMessageSchema: [
    { type: 'signin-flow/result', state: 'st', sessionId: 'ses_1', sessionIdSignature: 'c2ln', status: 'success' },
    { type: 'signin-flow/result', state: 'st', sessionId: 'ses_1', sessionIdSignature: 'c2ln', status: 'success', access: { mode: 'multiple', expiresAt: times.expiresAt, renewed: true } },
    { type: 'signin-flow/result', state: 'st', sessionId: 'ses_1', status: 'failed', error },
  ],
  signinResultStatusSchema: ['cancelled'],
  createSessionRequestSchema: [
    { ...sessionRequest, returnUrl: 'https://shop.example/back', locale: 'pl' },
    { ...sessionRequest, accessMode: 'multiple', accessDays: 30, reconnectToken: 'Zm9vYmFyYmF6cXV4cXV1eA' },
  ],
  createSessionResponseSchema: [{ sessionId: 'ses_1', authorizationUrl: 'https://p.example/bank/t', state: 'st', expiresAt: times.expiresAt }],
  ownerExternalIdSchema: ['user-1'],
  sessionInfoSchema: [
    { id: 'ses_1', status: 'success', clientId: 'demo', ownerExternalId: 'u', bankId: 'bank-1', country: 'PL', mode: 'popup', origin: 'https://shop.example', returnUrl: 'https://shop.example/back', locale: 'en', linkId: 'lnk_1', error, importedAt: times.updatedAt, accessMode: 'single', ...times },
    { id: 'ses_2', status: 'success', clientId: 'demo', ownerExternalId: 'u', bankId: 'bank-1', country: 'PL', mode: 'popup', origin: 'https://shop.example', locale: 'en', accessMode: 'multiple', access: summary, reconnect: true, ...times },
  ],
  signinModeSchema: ['popup'],
  signinStatusSchema: ['abandoned'],
  pendingRedirectSchema: [{ state: 'st', sessionId: 'ses_1', bank, consents: [acceptance], startedAt: 1735689600000 }],
  redirectReturnParamsSchema: [{ state: 'st', sessionId: 'ses_1', status: 'success', signature: 'c2ln' }, { state: 'st', sessionId: 'ses_1', status: 'failed', error: 'AccessBlocked', errorDescription: 'Blocked' }],
};

/** Schemas whose issues nobody reads, so their checks may keep zod's bare "Invalid input". */
const UNREPORTED = new Set([
  // A return URL that does not parse is ignored (readReturn gives undefined).
  'redirectReturnParamsSchema',
]);

const ODD: unknown[] = [
  undefined, null, true, false, 0, -1, 1.5, 999, 60_000, NaN, Infinity, -Infinity,
  '', ' ', 'x', '  padded  ', 'PL', 'pl', 'en-GB', 'auto', 'success', 'x'.repeat(65), 'y'.repeat(2100), 'https://a.example/x', 'ftp://a.example',
  'javascript:alert(1)', 'see [here](javascript:alert(1))', '2025-02-29T00:00:00Z', '2024-02-29T23:59:59.5+02:00', '2025-01-31T12:00:00', '2025-13-01T00:00:00Z',
  '#0a7', 'red', '8px', 'calc(1px + 2px)', 'red; color: blue', '\u0001', '😀'.repeat(33), [], [1], ['a'], {}, { a: 1 }, { length: 0 }, { length: 3 },
];

type Json = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A copy of a seed changed in one place, and the field (dotted path) of that place. */
interface Change {
  readonly input: unknown;
  readonly field: string;
}

/** Copies of `seed` each changed in one place: a value replaced, a key removed or added, a list emptied or doubled. */
function* changes(seed: unknown, field = ''): Generator<Change> {
  if (!isContainer(seed)) return;
  const at = (key: string) => (field ? `${field}.${key}` : key);
  if (Array.isArray(seed)) {
    yield { input: [], field };
    yield { input: [...seed, ...seed], field };
  } else {
    yield { input: { ...seed, colourPrimary: '#000' }, field };
  }
  for (const key of Object.keys(seed)) {
    const replaced = (value: unknown) => (Array.isArray(seed) ? seed.map((item, i) => (String(i) === key ? value : item)) : { ...seed, [key]: value });
    for (const odd of ODD) yield { input: replaced(odd), field: at(key) };
    if (!Array.isArray(seed)) {
      const rest = { ...seed };
      delete rest[key];
      yield { input: rest, field: at(key) };
    }
    for (const inner of changes((seed as Record<string, unknown>)[key], at(key))) yield { input: replaced(inner.input), field: inner.field };
  }
}

const issuesOf = (schema: z.ZodMiniType, input: unknown): readonly ConfigIssue[] => {
  const result = parseConfig(schema, input);
  return result.ok ? [] : result.issues;
};

test('schemas: every schema has seeds, and they are valid', async () => {
  const schemas = await allSchemas();
  assert.ok(schemas.size >= 30, `${schemas.size} schemas found`);
  assert.deepEqual([...schemas.keys()].filter((name) => !SEEDS[name]), [], 'every schema has seeds in SEEDS');
  assert.deepEqual(Object.keys(SEEDS).filter((name) => !schemas.has(name)), [], 'every entry of SEEDS is an exported schema');
  for (const [name, schema] of schemas)
    for (const seed of SEEDS[name]!) assert.deepEqual(issuesOf(schema, seed), [], `${name}: ${JSON.stringify(seed)}`);
});

test('schemas: a rejected change is named by the field it changed, with a message saying what is wrong', async (t) => {
  let accepted = 0;
  let rejected = 0;
  for (const [name, schema] of await allSchemas()) {
    const tried: Change[] = [...ODD.map((input) => ({ input, field: '' })), ...SEEDS[name]!.flatMap((seed) => [...changes(seed)])];
    for (const { input, field } of tried) {
      const issues = issuesOf(schema, input);
      if (issues.length === 0) {
        accepted++;
        continue;
      }
      rejected++;
      const what = `${name}: ${JSON.stringify(input)?.slice(0, 200)} gives ${JSON.stringify(issues)}`;
      for (const issue of issues) {
        // An unknown key is named by itself; any other issue lies at or below the changed field.
        const named = issue.field === field || issue.field.startsWith(`${field}.`) || (field === '' && issue.field !== '');
        assert.ok(named, `names ${field || 'a field'}: ${what}`);
        assert.ok(issue.message.length > 0 && (UNREPORTED.has(name) || issue.message !== 'Invalid input'), `says what is wrong: ${what}`);
      }
    }
  }
  t.diagnostic(`${accepted + rejected} inputs, ${rejected} of them rejected`);
  // Enough of both kinds for the rules above to mean something.
  assert.ok(rejected > 4000 && accepted > 2000, `${accepted} accepted, ${rejected} rejected`);
});

test('schemas: a "__proto__" key never reaches the prototype of the parsed data', async () => {
  for (const [name, schema] of await allSchemas()) {
    for (const seed of SEEDS[name]!.filter((seed) => isContainer(seed) && !Array.isArray(seed))) {
      const input: unknown = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(seed).slice(1)}`);
      const result = schema.safeParse(input);
      if (!result.success) continue;
      assert.equal(Object.getPrototypeOf(result.data), Object.prototype, name);
      assert.equal((result.data as { polluted?: unknown }).polluted, undefined, name);
      assert.equal(({} as { polluted?: unknown }).polluted, undefined, name);
    }
  }
});

const schemas = await allSchemas();
const schema = (name: string) => schemas.get(name)!;
const longId = 'a'.repeat(65);

/** Our own rules, each with the issues it must give (`[]`: accepted). */
const CASES: [schema: string, input: unknown, issues: Record<string, string>][] = [
  // RFC 3339 date-times with seconds and an offset, on real calendar days.
  ['consentAcceptanceSchema', { ...acceptance, acceptedAt: '2024-02-29T00:00:00-05:30' }, {}],
  ...['2023-02-29T00:00:00Z', '2025-04-31T00:00:00Z', '2025-01-31T12:00:00', '2025-01-31T12:00Z', '2025-01-31 12:00:00Z', '2025-01-31T24:00:00Z'].map(
    (acceptedAt): [string, unknown, Record<string, string>] => ['consentAcceptanceSchema', { ...acceptance, acceptedAt }, { acceptedAt: 'must be an ISO 8601 date-time such as "2025-01-31T12:00:00Z"' }],
  ),
  ['consentIdSchema', longId, { '(config)': 'must be at most 64 characters' }],
  ['consentDefinitionSchema', { ...definition, label: 'y'.repeat(2001) }, { label: 'must be at most 2000 characters' }],
  ['consentDefinitionSchema', { ...definition, details: 'y'.repeat(20_001) }, { details: 'must be at most 20000 characters' }],
  ['consentDefinitionSchema', { ...definition, version: ' '.repeat(3) }, { version: 'must not be empty' }],
  ['consentDefinitionsSchema', Array.from({ length: 21 }, (_, i) => ({ ...definition, id: `c${i}` })), { '(config)': 'must list at most 20 consents' }],
  ['widgetConfigSchema', { ...config, popupTimeoutMs: 999 }, { popupTimeoutMs: 'must be a whole number of milliseconds from 1000 to 3600000 (1 hour)' }],
  ['widgetConfigSchema', { ...config, popupTimeoutMs: 1500.5 }, { popupTimeoutMs: 'must be a whole number of milliseconds from 1000 to 3600000 (1 hour)' }],
  ['widgetConfigSchema', { ...config, popupTimeoutMs: NaN }, { popupTimeoutMs: 'must be a number' }],
  ['widgetConfigSchema', { ...config, ownerExternalId: 'u'.repeat(129) }, { ownerExternalId: 'must be at most 128 characters' }],
  ['widgetConfigSchema', { ...config, returnUrl: 'javascript:alert(1)' }, { returnUrl: 'must be an absolute http(s) URL such as "https://provider.example"' }],
  ['widgetConfigSchema', { ...config, bank: ' ' }, { bank: 'must not be empty' }],
  ['widgetConfigSchema', { ...config, theme: 'sepia' }, { theme: 'must be one of "light", "dark", "auto"' }],
  ['widgetConfigSchema', { ...config, styles: { colourPrimary: '#000', borderRadius: 'auto' } }, {
    'styles.borderRadius': 'must be a CSS length such as 8px or 0.5rem',
    'styles.colourPrimary': 'is not a known style (did you mean "colorPrimary"?)',
  }],
  ['widgetConfigSchema', { ...config, consents: [definition, { ...definition, version: '2' }] }, { 'consents.1.id': 'duplicates "terms" (consents.0.id)' }],
  ['createSessionRequestSchema', { ...sessionRequest, ownerExternalId: 'user\u0001' }, { ownerExternalId: 'must not contain control characters' }],
  ['createSessionRequestSchema', { ...sessionRequest, consents: [] }, { consents: 'must list at least one accepted consent' }],
  ['createSessionRequestSchema', { ...sessionRequest, mode: 'auto' }, { mode: 'must be one of "popup", "redirect"' }],
  ['createSessionRequestSchema', { ...sessionRequest, clientId: longId }, { clientId: 'must be at most 64 characters' }],
  ['createLinkRequestSchema', { ownerExternalId: 'u', returnUrl: 'javascript:alert(1)' }, { returnUrl: 'must be an http(s) URL' }],
  ['createLinkRequestSchema', { ownerExternalId: 'u', returnUrl: 'https://shop.example/', styles: { colorPrimary: 'blurple', borderRadius: '-1px' } }, {
    'styles.colorPrimary': 'must be a CSS colour such as #1d4ed8 or rgb(29 78 216)',
    'styles.borderRadius': 'must be a CSS length such as 8px or 0.5rem',
  }],
  ['createLinkRequestSchema', { ownerExternalId: 'u', returnUrl: 'https://shop.example/', theme: 'sepia', brand: { name: '<i>x</i>', logoUrl: 'http://shop.example/l.png' } }, {
    theme: 'must be one of "light", "dark", "auto"',
    'brand.name': 'must be plain text, not markup (no "<" before a letter, "/", "!" or "?")',
    'brand.logoUrl': 'must be an absolute https URL such as "https://shop.example/logo.svg"',
  }],
  ['createLinkRequestSchema', { ownerExternalId: 'u', returnUrl: 'https://shop.example/a b' }, { returnUrl: 'must be an http(s) URL' }],
  ['createLinkRequestSchema', { ownerExternalId: 'u', returnUrl: 'https://shop.example/', webhookUrl: `https://shop.example/${'h'.repeat(2048)}` }, { webhookUrl: 'must be at most 2048 characters' }],
  ['defaultImportRequestSchema', { sessionId: 's'.repeat(129), sessionIdSignature: '' }, { sessionId: 'must be at most 128 characters', sessionIdSignature: 'must not be empty' }],
  // The provider's import answers: amounts as decimal strings, ISO currencies and dates.
  ['moneySchema', { amount: '12.3', currency: 'pln' }, { amount: 'must be a decimal amount such as "-12.34"', currency: 'must be an ISO 4217 currency code such as "PLN"' }],
  ['importedTransactionSchema', { ...transaction, bookingDate: '31.01.2025' }, { bookingDate: 'must be a date such as "2025-01-31"' }],
  ['bankSchema', { ...minimalBank, country: 'pl', status: 'closed' }, { country: 'must be a two-letter upper-case country code such as "PL"', status: 'must be one of "up", "degraded", "down"' }],
  ['signinResultMessageSchema', { ...SEEDS['signinResultMessageSchema']![0] as object, type: 'signin-flow/other' }, { type: 'must be one of "signin-flow/result"' }],
  ['signinResultMessageSchema', { ...SEEDS['signinResultMessageSchema']![1] as object, error: { code: 'Oops', message: 'x' } }, {
    'error.code': 'must be one of "InvalidCredentials", "AccessTemporarilyBlocked", "AccessBlocked", "BankUnavailable", "SessionExpired"',
  }],
];

test('schemas: our own rules name the field and the rule', () => {
  for (const [name, input, expected] of CASES) {
    const issues = Object.fromEntries(issuesOf(schema(name), input).map((issue) => [issue.field, issue.message]));
    assert.deepEqual(issues, expected, `${name}: ${JSON.stringify(input).slice(0, 200)}`);
  }
});

test('schemas: the parsed data is trimmed and has its defaults', () => {
  assert.deepEqual(schema('consentDefinitionSchema').parse(optionalDefinition), { ...optionalDefinition, label: 'Padded label' });
  assert.deepEqual(schema('consentDefinitionSchema').parse({ id: 'a', version: ' 2 ', label: 'x' }), { id: 'a', version: '2', required: true, label: 'x' });
  assert.deepEqual(schema('widgetConfigSchema').parse({ ...config, clientId: ' demo ' }), { ...config, mode: 'auto', accessMode: 'single', accessDays: 180, multiBank: false });
  assert.deepEqual(schema('bankSchema').parse({ ...minimalBank, extra: 1 }), { ...minimalBank, aliases: [], status: 'up' });
});
