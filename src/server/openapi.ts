/**
 * The OpenAPI 3.1 document of the provider protocol, built from the protocol's zod schemas
 * (`src/core/protocol`): every component schema is zod's own JSON Schema output, so the
 * document and the validation the provider runs cannot part. What JSON Schema cannot carry
 * (checks written as functions) is restored from the same exported constants; the words
 * (summaries, field descriptions) live here, so the browser bundles carry none of them.
 * Plain module: no `node:` import, usable by any server or build script.
 */
import * as z from 'zod/mini';
import {
  MAX_ACCESS_DAYS,
  MAX_CLOCK_ADVANCE_SECONDS,
  IMPORTS_PER_DAY,
  accessDaysSchema,
  accessInfoSchema,
  accessListSchema,
  accessModeSchema,
  accessStatusSchema,
  accessSummarySchema,
  accessWebhookTypeSchema,
  advanceClockRequestSchema,
  clockInfoSchema,
  grantedAccessModeSchema,
  reconnectTokenInfoSchema,
  reconnectTokenResponseSchema,
} from '../core/protocol/access.js';
import { bankSchema, bankStatusSchema, catalogResponseSchema } from '../core/protocol/catalog.js';
import {
  accessImportResponseSchema,
  defaultImportRequestSchema,
  defaultImportResponseSchema,
  importedAccountSchema,
  importedOwnerSchema,
  importedTransactionSchema,
  moneySchema,
  ownerAccountSchema,
  ownerDataResponseSchema,
} from '../core/protocol/default-import.js';
import { apiErrorCodeSchema, apiErrorResponseSchema, signinErrorCodeSchema, signinErrorSchema, type ApiErrorCode } from '../core/protocol/errors.js';
import { WEBHOOK_EVENT_TYPE, accessWebhookEventSchema, createLinkRequestSchema, createLinkResponseSchema, linkInfoSchema, linkWebhookEventSchema } from '../core/protocol/link.js';
import { consentAcceptanceSchema, ownerExternalIdSchema, signinModeSchema } from '../core/protocol/primitives.js';
import { createSessionRequestSchema, createSessionResponseSchema, sessionInfoSchema, signinStatusSchema } from '../core/protocol/session.js';
import { VERSION } from '../version.js';
import { WEBHOOK_ID_HEADER, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER, WEBHOOK_TOLERANCE_SECONDS } from './webhooks.js';

/** A JSON Schema (2020-12) or any other JSON object of the document. */
export type JsonObject = { [key: string]: unknown };

/** The OpenAPI 3.1 document: plain JSON, ready for `JSON.stringify`. */
export interface OpenApiDocument extends JsonObject {
  openapi: string;
  info: JsonObject;
  servers: JsonObject[];
  paths: Record<string, Record<string, JsonObject>>;
  webhooks: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject>; securitySchemes: Record<string, JsonObject> } & JsonObject;
}

export interface OpenApiOptions {
  /** The provider's base URL for `servers` (the sandbox passes its public URL); without it, a `{providerUrl}` variable defaulting to the local sandbox. */
  serverUrl?: string;
}

/** The status and meaning of each API error code (a `Record`: a new code in `apiErrorCodeSchema` must be described here). */
export const API_ERRORS: Readonly<Record<ApiErrorCode, { status: number; text: string }>> = {
  invalid_json: { status: 400, text: 'the body is not JSON' },
  invalid_request: { status: 400, text: 'a field is missing or has the wrong type or format (`field` names it)' },
  unauthorized: { status: 401, text: 'missing or wrong `Authorization: Bearer <secret key>`' },
  origin_not_allowed: { status: 403, text: '`origin`, the `Origin` header or `returnUrl` is not an allowed origin of the client' },
  invalid_signature: { status: 403, text: '`sessionIdSignature` does not match `sessionId`' },
  reconnect_token_wrong_client: { status: 403, text: 'the reconnect token was made for another client' },
  not_found: { status: 404, text: 'unknown route, session, link, bank, access or reconnect token' },
  session_not_successful: { status: 409, text: 'Default Import of a session whose status is not `success`' },
  already_imported: { status: 409, text: 'the Default Import of this session was already done (it is one-shot)' },
  reconnect_token_mismatch: { status: 409, text: '`bankId` or `ownerExternalId` is not the reconnect token’s (or the renewed access’s)' },
  link_closed: { status: 410, text: 'the link is finished, abandoned or expired' },
  access_expired: { status: 410, text: 'the access passed its `expiresAt`: reconnect to renew it' },
  access_revoked: { status: 410, text: 'the access was revoked: connect the bank anew' },
  reconnect_token_used: { status: 410, text: 'the reconnect token already renewed its access' },
  reconnect_token_expired: { status: 410, text: 'the reconnect token is older than 15 minutes' },
  payload_too_large: { status: 413, text: 'the body is over the provider’s limit' },
  unsupported_media_type: { status: 415, text: 'JSON endpoints need `Content-Type: application/json`' },
  unknown_client: { status: 422, text: '`clientId` is not a client of the provider' },
  unknown_bank: { status: 422, text: '`bankId` is not in the catalog' },
  bank_down: { status: 422, text: 'the bank’s status is `down`' },
  rate_limited: { status: 429, text: 'too many sessions from one client and origin (see `Retry-After`)' },
  import_limit_reached: { status: 429, text: `${IMPORTS_PER_DAY} imports of this access in the last 24 hours (see \`Retry-After\`)` },
  internal_error: { status: 500, text: 'the provider failed; retry later' },
};

// ---------------------------------------------------------------------------------------------
// Component schemas: zod → JSON Schema 2020-12

type Io = 'input' | 'output';
/**
 * Every named schema, with the side it describes: `input` (request bodies: what the provider
 * accepts, defaults optional) or `output` (answers and webhooks: what it sends, no unknown field).
 * Enums read the same either way and are shared.
 */
const COMPONENTS: readonly (readonly [id: string, schema: z.core.$ZodType, io: Io])[] = [
  ['CreateSessionRequest', createSessionRequestSchema, 'input'],
  ['ConsentAcceptance', consentAcceptanceSchema, 'input'],
  ['CreateLinkRequest', createLinkRequestSchema, 'input'],
  ['DefaultImportRequest', defaultImportRequestSchema, 'input'],
  ['AdvanceClockRequest', advanceClockRequestSchema, 'input'],
  ['SigninMode', signinModeSchema, 'output'],
  ['AccessMode', accessModeSchema, 'output'],
  ['GrantedAccessMode', grantedAccessModeSchema, 'output'],
  ['CatalogResponse', catalogResponseSchema, 'output'],
  ['Bank', bankSchema, 'output'],
  ['BankStatus', bankStatusSchema, 'output'],
  ['CreateSessionResponse', createSessionResponseSchema, 'output'],
  ['SessionInfo', sessionInfoSchema, 'output'],
  ['SigninStatus', signinStatusSchema, 'output'],
  ['SigninError', signinErrorSchema, 'output'],
  ['SigninErrorCode', signinErrorCodeSchema, 'output'],
  ['CreateLinkResponse', createLinkResponseSchema, 'output'],
  ['LinkInfo', linkInfoSchema, 'output'],
  ['DefaultImportResponse', defaultImportResponseSchema, 'output'],
  ['AccessImportResponse', accessImportResponseSchema, 'output'],
  ['ImportedOwner', importedOwnerSchema, 'output'],
  ['ImportedAccount', importedAccountSchema, 'output'],
  ['ImportedTransaction', importedTransactionSchema, 'output'],
  ['Money', moneySchema, 'output'],
  ['OwnerDataResponse', ownerDataResponseSchema, 'output'],
  ['OwnerAccount', ownerAccountSchema, 'output'],
  ['AccessSummary', accessSummarySchema, 'output'],
  ['AccessStatus', accessStatusSchema, 'output'],
  ['AccessInfo', accessInfoSchema, 'output'],
  ['AccessList', accessListSchema, 'output'],
  ['ReconnectTokenResponse', reconnectTokenResponseSchema, 'output'],
  ['ReconnectTokenInfo', reconnectTokenInfoSchema, 'output'],
  ['ClockInfo', clockInfoSchema, 'output'],
  ['ApiErrorResponse', apiErrorResponseSchema, 'output'],
  ['ApiErrorCode', apiErrorCodeSchema, 'output'],
  ['LinkWebhookEvent', linkWebhookEventSchema, 'output'],
  ['AccessWebhookEvent', accessWebhookEventSchema, 'output'],
  ['AccessWebhookType', accessWebhookTypeSchema, 'output'],
];

/**
 * Checks written as functions (our `refine`, `z.refine`) leave no trace in JSON Schema: their
 * constraints, from the constants the checks use. Keyed by the schema object itself.
 */
const OVERRIDES = new Map<z.core.$ZodType, JsonObject>([
  [accessDaysSchema, { type: 'integer', minimum: 1, maximum: MAX_ACCESS_DAYS }],
  [advanceClockRequestSchema.shape.advanceSeconds, { type: 'integer', minimum: 1, maximum: MAX_CLOCK_ADVANCE_SECONDS }],
  [consentAcceptanceSchema.shape.acceptedAt, { format: 'date-time' }],
]);

/** Fields that carry an ISO 8601 date-time wherever they appear in an answer (`format: date-time`). */
const DATE_TIME_FIELDS = new Set(['at', 'createdAt', 'updatedAt', 'expiresAt', 'openedAt', 'importedAt', 'revokedAt', 'lastImportAt', 'renewedAt', 'accessExpiresAt', 'now']);

/** The words of the components: a description of each, and of their fields (`a.b` for nested, `a[]` for items). */
const DESCRIPTIONS: Record<string, { text: string; fields?: Record<string, string> }> = {
  CreateSessionRequest: {
    text: 'Body of `POST /v1/signin-sessions`, as the widget sends it.',
    fields: {
      clientId: 'Your client id at the provider.',
      ownerExternalId: 'The end user’s id in your system (trimmed; no control characters).',
      bankId: 'A bank of the catalog (`Bank.id`).',
      consents: 'The consents the user accepted, each id once.',
      mode: '`popup` (widget) or `redirect` (same window, back to `returnUrl`).',
      origin: 'The integrator page’s bare origin (`https://shop.example`): an allowed origin of the client, equal to the `Origin` header when the request has one.',
      returnUrl: 'Required in `redirect` mode; on an allowed origin of the client. A `<provider>/signin/<linkId>/return` URL makes the session one of that link.',
      locale: 'BCP 47 tag of the user’s language; the provider’s pages fall back to English.',
      accessMode: '`single` (the default: one Default Import) or `multiple` (repeated imports until the access expires).',
      accessDays: `Days of multiple access, 1–${MAX_ACCESS_DAYS} (default ${MAX_ACCESS_DAYS}, or the renewed access’s own). Only with \`multiple\`.`,
      reconnectToken: 'Renews the access of this token (`POST /v1/accesses/{id}/reconnect-tokens`): `bankId` and `ownerExternalId` must be the token’s.',
    },
  },
  ConsentAcceptance: {
    text: 'One consent the user accepted.',
    fields: { id: 'The consent’s id (`terms`, `data-access`…).', version: 'The version of its text the user saw.', acceptedAt: 'When the user accepted it (RFC 3339 with an offset).' },
  },
  CreateLinkRequest: {
    text: 'Body of `POST /v1/signin-links`: a hosted SignIn page for the redirection mode.',
    fields: {
      ownerExternalId: 'The end user’s id in your system.',
      returnUrl: 'Where the user lands after the bank, with `signin_link_id` and `signin_status`; on an allowed origin of the client.',
      locale: 'Language of the hosted page.',
      country: 'Restricts the hosted page to the banks of one country.',
      webhookUrl: 'Receives a signed POST on every status change of the link (and the access events of the access it grants).',
      accessMode: '`single` (default), `multiple`, or `mixed` (the hosted page asks the user).',
      accessDays: `Days of multiple access, 1–${MAX_ACCESS_DAYS} (default ${MAX_ACCESS_DAYS}). Not with \`single\`.`,
      reconnectAccessId: 'Renews this access of the same owner: the hosted page offers only its bank.',
    },
  },
  DefaultImportRequest: {
    text: 'Body of `POST /v1/default-import`.',
    fields: { sessionId: 'The successful session.', sessionIdSignature: 'From the widget’s success event (or the redirect’s `signin_signature`, or `GET /v1/signin-links/{id}`): base64url HMAC-SHA256 of `sessionId` with the secret key.' },
  },
  AdvanceClockRequest: { text: 'Body of `POST /v1/sandbox/clock`.', fields: { advanceSeconds: 'How far to move the sandbox’s time forward, in seconds (at most 400 days).' } },
  SigninMode: { text: 'How the bank login is shown: a popup window or a same-window redirect.' },
  AccessMode: { text: '`single`: one Default Import; `multiple`: repeated imports until an end date; `mixed`: the user chooses in the flow.' },
  GrantedAccessMode: { text: 'The access a session grants: `single` or `multiple`.' },
  CatalogResponse: { text: 'The body of `GET /v1/catalog`.' },
  Bank: {
    text: 'One bank of the provider’s catalog.',
    fields: {
      id: 'Stable id, used as `bankId`.',
      country: 'ISO 3166-1 alpha-2, upper case.',
      aliases: 'Other names the search matches.',
      logoUrl: 'Square logo (SVG).',
      status: 'Availability: a session for a `down` bank is refused (`bank_down`).',
      statusMessage: 'Why the bank is `down` or `degraded`, in the catalog’s `locale`.',
      popular: 'Listed first in the bank picker.',
    },
  },
  BankStatus: { text: 'Availability of a bank.' },
  CreateSessionResponse: {
    text: 'A new session.',
    fields: {
      authorizationUrl: 'The bank login page: navigate the popup (or the window, in redirect mode) to it.',
      state: 'Opaque value echoed in the result; the widget checks it.',
      expiresAt: 'After it, an unfinished session turns `abandoned`.',
    },
  },
  SessionInfo: {
    text: 'A session as the integrator’s backend sees it.',
    fields: {
      linkId: 'The link the session was started from.',
      error: 'Why the session `failed`.',
      importedAt: 'When its Default Import was done.',
      access: 'For multiple access, once the session succeeded: the access it granted or renewed.',
      reconnect: 'True for a session started with a reconnect token.',
    },
  },
  SigninStatus: { text: '`pending → authorizing → success | failed | cancelled`; unfinished ones turn `abandoned` after the TTL; links never opened turn `expired` at `expiresAt`.' },
  SigninError: { text: 'Why a bank authorization ended in `failed`.' },
  SigninErrorCode: { text: 'The bank’s result codes: `InvalidCredentials` (the user may retry), `AccessTemporarilyBlocked`, `AccessBlocked`, `BankUnavailable`, `SessionExpired`.' },
  CreateLinkResponse: { text: 'A new link.', fields: { url: 'The hosted SignIn page: redirect the user to it.', expiresAt: 'A link not opened by then turns `expired`.' } },
  LinkInfo: {
    text: 'A link and its latest session.',
    fields: {
      sessionId: 'The latest session started from the link.',
      sessionIdSignature: 'Present on success: pass it with `sessionId` to `POST /v1/default-import`.',
      openedAt: 'When the hosted page started its first session.',
      grantedAccessMode: 'Once the link succeeded: the access mode granted.',
      access: 'Once the link succeeded with multiple access: the access.',
    },
  },
  DefaultImportResponse: {
    text: 'The account data of a Default Import.',
    fields: { period: 'The days the transactions cover (ISO dates).', access: 'For multiple access: the access, with this import counted.' },
  },
  AccessImportResponse: { text: 'A repeated import: a Default Import’s shape, from the access.', fields: { access: 'The access, with this import counted.' } },
  ImportedOwner: { text: 'The end user as the bank knows them.' },
  ImportedAccount: {
    text: 'One bank account with its balances and transactions.',
    fields: {
      id: 'The account’s id at the bank, stable across imports.',
      iban: 'A valid IBAN of the bank’s country.',
      type: '`current` or `savings`.',
      currency: 'ISO 4217.',
      'balances.booked': 'The booked balance.',
      'balances.available': 'What the owner can spend: booked less pending card payments.',
      transactions: 'Newest first, covering the import’s `period`.',
    },
  },
  ImportedTransaction: {
    text: 'One booked transaction.',
    fields: { bookingDate: 'ISO date.', valueDate: 'ISO date.', amount: 'Negative for debits.', counterpartyIban: 'When the bank knows it.', category: 'A coarse category (`groceries`, `transport`, `income`, `transfers`…).' },
  },
  Money: { text: 'A decimal amount as a string, with its ISO 4217 currency.' },
  OwnerDataResponse: {
    text: 'Every account of the owner’s active accesses as of their latest import, each IBAN once (reading it is no import).',
    fields: {
      owner: 'Absent when the owner has no active, imported access.',
      banks: 'The accesses the accounts come from.',
      'banks[].lastImportAt': 'The access’s latest import: its accounts are as of then.',
      accounts: 'Each IBAN once: an account seen through two accesses keeps its newest data.',
    },
  },
  OwnerAccount: { text: 'An account of the owner’s data, with the bank and the access it came from.', fields: { importedAt: 'When this account’s data was imported.' } },
  AccessSummary: {
    text: 'The access beside a session, a link or an import (secret key only; never sent to the browser).',
    fields: { importsToday: 'Imports in the last 24 hours (rolling), the Default Import included.', importsPerDay: 'The limit of imports in any 24 hours.' },
  },
  AccessStatus: { text: '`active` until `expiresAt`; `expired` after it (a reconnect renews it); `revoked` for good.' },
  AccessInfo: {
    text: 'A long-lived access.',
    fields: {
      accessDays: 'The days the access lasts from its grant or its latest renewal.',
      renewedAt: 'The latest renewal by a reconnect.',
      importsToday: 'Imports in the last 24 hours (rolling), the Default Import included.',
    },
  },
  AccessList: { text: 'The owner’s accesses, oldest first.' },
  ReconnectTokenResponse: { text: 'Give `token` to the widget (`reconnect-token`).', fields: { expiresAt: 'Single use, 15 minutes.' } },
  ReconnectTokenInfo: {
    text: 'What the widget needs to start a renewal.',
    fields: {
      accessMode: 'Always `multiple`: a reconnect renews ongoing access.',
      accessDays: 'The days the renewal grants unless the session asks for fewer.',
      accessExpiresAt: 'When the access ends (or ended) if it is not renewed.',
      expiresAt: 'When the token stops working.',
    },
  },
  ClockInfo: { text: 'The sandbox’s test clock.', fields: { now: 'The sandbox’s time.', offsetSeconds: 'How far it is ahead of the real clock.' } },
  ApiErrorResponse: {
    text: 'Body of every 4xx/5xx answer.',
    fields: { 'error.code': 'One of `ApiErrorCode`; each answer lists the codes it may carry.', 'error.message': 'English, for developers.', 'error.field': 'Dotted path of the offending input (`consents.0.acceptedAt`), or null.' },
  },
  ApiErrorCode: { text: Object.entries(API_ERRORS).map(([code, { status, text }]) => `\`${code}\` (${status}): ${text}`).join('; ') + '.' },
  LinkWebhookEvent: {
    text: 'A status change of a link.',
    fields: { id: 'Unique per event, the same on every retry of it: deduplicate on it.', at: 'When the status changed.' },
  },
  AccessWebhookEvent: {
    text: 'An event of a long-lived access.',
    fields: { id: 'Unique per event, the same on every retry of it: deduplicate on it.', at: 'When the event happened (the sandbox’s clock).' },
  },
  AccessWebhookType: {
    text: '`access.renewed` (a reconnect succeeded), `access.expiring` (once per grant or renewal, 7 days before `expiresAt`), `access.expired`, `access.revoked`.',
  },
};

const REF = '#/components/schemas/';
const ref = (id: string): JsonObject => ({ $ref: `${REF}${id}` });

function convert(io: Io): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of COMPONENTS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => `${REF}${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      const extra = OVERRIDES.get(zodSchema);
      if (extra) Object.assign(jsonSchema, extra);
    },
  });
  return schemas as Record<string, JsonObject>;
}

/** The `$ref`ed component ids inside a JSON value. */
export function refsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsOf(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith(REF)) into.add(item.slice(REF.length));
      else refsOf(item, into);
    }
  }
  return into;
}

/** Adds `format: date-time` to the date-time fields of an answer's schema, at any depth. */
function markDateTimes(schema: JsonObject): void {
  const properties = schema.properties as Record<string, JsonObject> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    if (DATE_TIME_FIELDS.has(name) && property.type === 'string' && property.pattern === undefined) property.format = 'date-time';
    markDateTimes(property);
  }
  if (schema.items && typeof schema.items === 'object') markDateTimes(schema.items as JsonObject);
}

/** The schema at `path` (`a.b`, `a[]`) inside a component; throws naming the component and the path when there is none. */
function fieldAt(id: string, schema: JsonObject, path: string): JsonObject {
  let at: JsonObject | undefined = schema;
  for (const part of path.split('.')) {
    const name = part.endsWith('[]') ? part.slice(0, -2) : part;
    at = (at?.properties as Record<string, JsonObject> | undefined)?.[name];
    if (at && part.endsWith('[]')) at = at.items as JsonObject | undefined;
  }
  if (!at) throw new Error(`openapi: component ${id} has no field "${path}" to describe`);
  return at;
}

/** The component schemas: each side's own conversion, cleaned of per-file keywords, with their descriptions. */
function componentSchemas(): Record<string, JsonObject> {
  const sides = { input: convert('input'), output: convert('output') };
  const out: Record<string, JsonObject> = {};
  for (const [id, , io] of COMPONENTS) {
    const schema: JsonObject = { ...sides[io][id] };
    delete schema.$schema;
    delete schema.$id;
    if (io === 'output') markDateTimes(schema);
    const words = DESCRIPTIONS[id];
    if (!words) throw new Error(`openapi: component ${id} has no description`);
    schema.description = words.text;
    for (const [path, text] of Object.entries(words.fields ?? {})) fieldAt(id, schema, path).description = text;
    out[id] = schema;
  }
  // A request must not lean on an answer's schema (no unknown field allowed there) nor the reverse, enums aside.
  const side = new Map(COMPONENTS.map(([id, , io]) => [id, io]));
  for (const [id, schema] of Object.entries(out)) {
    for (const target of refsOf(schema)) {
      const shared = JSON.stringify(sides.input[target]) === JSON.stringify(sides.output[target]);
      if (!side.has(target)) throw new Error(`openapi: ${id} refers to ${target}, which is no component`);
      if (!shared && side.get(target) !== side.get(id)) throw new Error(`openapi: the ${side.get(id)} schema ${id} refers to the ${side.get(target)} schema ${target}`);
    }
  }
  for (const id of Object.keys(DESCRIPTIONS)) if (!out[id]) throw new Error(`openapi: a description for ${id}, which is no component`);
  return out;
}

/** One value's JSON Schema (a parameter), as the provider reads it. */
const valueSchema = (schema: z.core.$ZodType): JsonObject => {
  const json: JsonObject = { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) };
  delete json.$schema;
  return json;
};

// ---------------------------------------------------------------------------------------------
// Operations

type Method = 'get' | 'post' | 'delete';
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  description: string;
  required?: boolean;
  schema: JsonObject;
}
interface Success {
  status: number;
  description: string;
  /** Component id of the JSON body; none for a bodiless answer (304). */
  body?: string;
  headers?: Record<string, JsonObject>;
}
interface OperationSpec {
  method: Method;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  /** `secret`: the integrator's backend, `Authorization: Bearer <secret key>`; `public`: browsers (CORS). */
  auth: 'public' | 'secret';
  sandboxOnly?: boolean;
  parameters?: Parameter[];
  /** Component id of the JSON request body. */
  body?: string;
  success: Success[];
  /** The error codes the operation answers beside the ones every call may get (see `errorCodes`). */
  errors: ApiErrorCode[];
}

const idParam = (what: string): Parameter => ({ name: 'id', in: 'path', required: true, description: `The ${what}’s id.`, schema: { type: 'string' } });
const header = (description: string, schema: JsonObject = { type: 'string' }): JsonObject => ({ description, schema });
const NO_STORE = { 'Cache-Control': header('`no-store`: the answer carries a secret or personal data.') };
const CORS_PUBLIC = { 'Access-Control-Allow-Origin': header('`*`: any page may read the catalog.') };

const OPERATIONS: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/catalog',
    operationId: 'getCatalog',
    tag: 'Browser',
    summary: 'The bank catalog',
    description: 'The banks the user can pick from, for one country or all. Cacheable: `Cache-Control: public, max-age=300` and an `ETag` (send `If-None-Match` for a `304`). CORS: any origin.',
    auth: 'public',
    parameters: [
      { name: 'country', in: 'query', description: 'ISO 3166-1 alpha-2 code (either case); all countries when left out or empty.', schema: { type: 'string', pattern: '^([A-Za-z]{2})?$' } },
      { name: 'locale', in: 'query', description: 'Language of `statusMessage` (BCP 47); English when unknown or malformed, never an error.', schema: { type: 'string' } },
      { name: 'If-None-Match', in: 'header', description: 'The `ETag` of a catalog you hold.', schema: { type: 'string' } },
    ],
    success: [
      {
        status: 200,
        description: 'The catalog.',
        body: 'CatalogResponse',
        headers: { ETag: header('Version of this catalog (country and locale).'), 'Cache-Control': header('`public, max-age=300`.'), ...CORS_PUBLIC },
      },
      { status: 304, description: 'Not modified: the `If-None-Match` catalog is current.', headers: { ETag: header('The same version.') } },
    ],
    errors: ['invalid_request'],
  },
  {
    method: 'post',
    path: '/v1/signin-sessions',
    operationId: 'createSession',
    tag: 'Browser',
    summary: 'Start a SignIn session',
    description:
      'The widget starts a session when the user has picked a bank and accepted the consents, then sends the popup (or the window) to `authorizationUrl`. CORS: the client’s allowed origins only. Rate-limited per client and origin (`429 rate_limited` with `Retry-After`).',
    auth: 'public',
    body: 'CreateSessionRequest',
    success: [{ status: 201, description: 'The session, `pending` until its bank page is opened.', body: 'CreateSessionResponse' }],
    errors: ['origin_not_allowed', 'reconnect_token_wrong_client', 'not_found', 'reconnect_token_mismatch', 'link_closed', 'access_revoked', 'reconnect_token_used', 'reconnect_token_expired', 'unknown_client', 'unknown_bank', 'bank_down', 'rate_limited'],
  },
  {
    method: 'get',
    path: '/v1/reconnect-tokens/{token}',
    operationId: 'getReconnectToken',
    tag: 'Browser',
    summary: 'What a reconnect token renews',
    description: 'The widget reads the bank and owner of its `reconnect-token` before it starts the renewal. CORS: the clients’ allowed origins.',
    auth: 'public',
    parameters: [
      { name: 'token', in: 'path', required: true, description: 'The token from `POST /v1/accesses/{id}/reconnect-tokens`.', schema: { type: 'string' } },
      { name: 'clientId', in: 'query', description: 'The widget’s client: a token of another client answers `403 reconnect_token_wrong_client`.', schema: { type: 'string' } },
    ],
    success: [{ status: 200, description: 'The token’s access.', body: 'ReconnectTokenInfo', headers: NO_STORE }],
    errors: ['reconnect_token_wrong_client', 'not_found', 'reconnect_token_used', 'reconnect_token_expired', 'access_revoked'],
  },
  {
    method: 'post',
    path: '/v1/signin-links',
    operationId: 'createLink',
    tag: 'Links',
    summary: 'Create a SignIn link',
    description: 'The redirection mode without the widget on your page: redirect the user to `url`, the provider’s hosted SignIn page. The user comes back to `returnUrl` with `signin_link_id` and `signin_status`; read the outcome with `GET /v1/signin-links/{id}` (or the webhook).',
    auth: 'secret',
    body: 'CreateLinkRequest',
    success: [{ status: 201, description: 'The link, `pending` until a session is started from it.', body: 'CreateLinkResponse' }],
    errors: ['origin_not_allowed', 'not_found', 'reconnect_token_mismatch', 'access_revoked'],
  },
  {
    method: 'get',
    path: '/v1/signin-links/{id}',
    operationId: 'getLink',
    tag: 'Links',
    summary: 'A link’s status',
    description: 'The link mirrors its latest session; on success it carries `sessionId` and `sessionIdSignature` for the Default Import.',
    auth: 'secret',
    parameters: [idParam('link')],
    success: [{ status: 200, description: 'The link.', body: 'LinkInfo' }],
    errors: ['not_found'],
  },
  {
    method: 'get',
    path: '/v1/signin-sessions/{id}',
    operationId: 'getSession',
    tag: 'Sessions',
    summary: 'A session’s status',
    description: 'Where a session stands, with its error or its access.',
    auth: 'secret',
    parameters: [idParam('session')],
    success: [{ status: 200, description: 'The session.', body: 'SessionInfo' }],
    errors: ['not_found'],
  },
  {
    method: 'post',
    path: '/v1/default-import',
    operationId: 'defaultImport',
    tag: 'Sessions',
    summary: 'The Default Import of a successful session',
    description:
      'One-shot: the first call for a `success` session answers its account data; a repeat answers `409 already_imported` (the signature passed through the browser: replaying it must not yield the data twice). For multiple access it is the access’s first import of the day.',
    auth: 'secret',
    body: 'DefaultImportRequest',
    success: [{ status: 200, description: 'The account data.', body: 'DefaultImportResponse' }],
    errors: ['invalid_signature', 'not_found', 'session_not_successful', 'already_imported', 'access_expired', 'access_revoked', 'import_limit_reached'],
  },
  {
    method: 'get',
    path: '/v1/accesses',
    operationId: 'listAccesses',
    tag: 'Long-lived access',
    summary: 'The owner’s accesses',
    description: 'Every long-lived access of one end user, oldest first.',
    auth: 'secret',
    parameters: [{ name: 'ownerExternalId', in: 'query', required: true, description: 'The end user’s id in your system.', schema: valueSchema(ownerExternalIdSchema) }],
    success: [{ status: 200, description: 'The accesses.', body: 'AccessList' }],
    errors: ['invalid_request'],
  },
  {
    method: 'get',
    path: '/v1/accesses/{id}',
    operationId: 'getAccess',
    tag: 'Long-lived access',
    summary: 'One access',
    description: 'Its status (`active`, `expired`, `revoked`), end date and imports of the last 24 hours.',
    auth: 'secret',
    parameters: [idParam('access')],
    success: [{ status: 200, description: 'The access.', body: 'AccessInfo' }],
    errors: ['not_found'],
  },
  {
    method: 'delete',
    path: '/v1/accesses/{id}',
    operationId: 'revokeAccess',
    tag: 'Long-lived access',
    summary: 'Revoke an access',
    description: 'Ends the access for good (`access.revoked` webhook). Idempotent: a second call answers the same `revokedAt`.',
    auth: 'secret',
    parameters: [idParam('access')],
    success: [{ status: 200, description: 'The revoked access.', body: 'AccessInfo' }],
    errors: ['not_found'],
  },
  {
    method: 'post',
    path: '/v1/accesses/{id}/imports',
    operationId: 'importAccess',
    tag: 'Long-lived access',
    summary: 'Import again',
    description: `A fresh import of an active access: at most ${IMPORTS_PER_DAY} per access in any 24 hours, the Default Import included; then \`429 import_limit_reached\` with \`Retry-After\`. No body.`,
    auth: 'secret',
    parameters: [idParam('access')],
    success: [{ status: 201, description: 'The account data.', body: 'AccessImportResponse' }],
    errors: ['not_found', 'access_expired', 'access_revoked', 'import_limit_reached'],
  },
  {
    method: 'post',
    path: '/v1/accesses/{id}/reconnect-tokens',
    operationId: 'createReconnectToken',
    tag: 'Long-lived access',
    summary: 'A reconnect token',
    description: 'A single-use token (15 minutes) for the widget’s `reconnect-token`: the session it starts renews the same access. For an active or expired access, not a revoked one. No body.',
    auth: 'secret',
    parameters: [idParam('access')],
    success: [{ status: 201, description: 'The token.', body: 'ReconnectTokenResponse', headers: NO_STORE }],
    errors: ['not_found', 'access_revoked'],
  },
  {
    method: 'get',
    path: '/v1/owners/{ownerExternalId}/data',
    operationId: 'getOwnerData',
    tag: 'Long-lived access',
    summary: 'The owner’s data across banks',
    description: 'Every account of the owner’s active accesses as of their latest import, each IBAN once. Reading it is no import.',
    auth: 'secret',
    parameters: [{ name: 'ownerExternalId', in: 'path', required: true, description: 'The end user’s id in your system.', schema: valueSchema(ownerExternalIdSchema) }],
    success: [{ status: 200, description: 'The owner’s accounts.', body: 'OwnerDataResponse', headers: NO_STORE }],
    errors: ['invalid_request'],
  },
  {
    method: 'get',
    path: '/v1/sandbox/clock',
    operationId: 'getSandboxClock',
    tag: 'Sandbox',
    summary: 'The test clock',
    description: 'The sandbox’s time: the real clock plus an offset that only moves forward. Sandbox only.',
    auth: 'secret',
    sandboxOnly: true,
    success: [{ status: 200, description: 'The clock.', body: 'ClockInfo' }],
    errors: [],
  },
  {
    method: 'post',
    path: '/v1/sandbox/clock',
    operationId: 'advanceSandboxClock',
    tag: 'Sandbox',
    summary: 'Move the test clock forward',
    description: 'Expiries, TTLs and import limits read the moved clock; their transitions and webhooks run at once. Sandbox only.',
    auth: 'secret',
    sandboxOnly: true,
    body: 'AdvanceClockRequest',
    success: [{ status: 200, description: 'The moved clock.', body: 'ClockInfo' }],
    errors: [],
  },
];

/** Every error code an operation may answer: its own, and those of any secret-key call, JSON body and call at all. */
export function errorCodes(operation: Pick<OperationSpec, 'auth' | 'body' | 'errors'>): ApiErrorCode[] {
  const codes = new Set<ApiErrorCode>(operation.errors);
  if (operation.auth === 'secret') codes.add('unauthorized');
  if (operation.body) for (const code of ['invalid_json', 'invalid_request', 'payload_too_large', 'unsupported_media_type'] as const) codes.add(code);
  codes.add('internal_error');
  const order = apiErrorCodeSchema.options;
  return [...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function errorResponse(status: number, codes: readonly ApiErrorCode[]): JsonObject {
  const headers: Record<string, JsonObject> = {};
  if (status === 401) headers['WWW-Authenticate'] = header('`Bearer realm="…"`.');
  if (status === 429) headers['Retry-After'] = header('Seconds until the call may succeed.', { type: 'integer', minimum: 1 });
  return {
    description: codes.map((code) => `\`${code}\`: ${API_ERRORS[code].text}`).join('; ') + '.',
    ...(Object.keys(headers).length ? { headers } : {}),
    content: {
      'application/json': {
        schema: { allOf: [ref('ApiErrorResponse'), { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string', enum: [...codes] } } } } }] },
      },
    },
  };
}

function operationObject(spec: OperationSpec): JsonObject {
  const responses: Record<string, JsonObject> = {};
  for (const success of spec.success) {
    responses[String(success.status)] = {
      description: success.description,
      ...(success.headers ? { headers: success.headers } : {}),
      ...(success.body ? { content: { 'application/json': { schema: ref(success.body) } } } : {}),
    };
  }
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of errorCodes(spec)) {
    const { status } = API_ERRORS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) responses[String(status)] = errorResponse(status, codes);
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    description: spec.description,
    security: spec.auth === 'secret' ? [{ secretKey: [] }] : [],
    ...(spec.sandboxOnly ? { 'x-sandbox-only': true } : {}),
    ...(spec.parameters ? { parameters: spec.parameters } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(spec.body) } } } } : {}),
    responses,
  };
}

// ---------------------------------------------------------------------------------------------
// Webhooks (Standard Webhooks)

/** How a receiver checks a webhook (Standard Webhooks, https://www.standardwebhooks.com). */
export const WEBHOOK_SIGNATURE_RECIPE =
  `Signed the Standard Webhooks way. \`${WEBHOOK_SIGNATURE_HEADER}\` is a space-separated list of \`v1,<signature>\`, where the signature is the base64 HMAC-SHA256 of \`<${WEBHOOK_ID_HEADER}>.<${WEBHOOK_TIMESTAMP_HEADER}>.<raw body>\` ` +
  `with the key that is the base64-decoded part of your \`whsec_…\` webhook secret after the prefix. Compare in constant time with each \`v1,\` entry, refuse a timestamp more than ${WEBHOOK_TOLERANCE_SECONDS / 60} minutes away from your clock, ` +
  `and deduplicate on \`${WEBHOOK_ID_HEADER}\`. \`verifyWebhook\` of \`signin-flow/server\`, or any official Standard Webhooks verifier, does all of it.`;

const WEBHOOK_HEADERS: Parameter[] = [
  { name: WEBHOOK_ID_HEADER, in: 'header', required: true, description: 'The event’s id (the body’s `id`), the same on every retry: deduplicate on it.', schema: { type: 'string' } },
  { name: WEBHOOK_TIMESTAMP_HEADER, in: 'header', required: true, description: 'When this attempt was signed, in Unix seconds (the real time, even when the sandbox clock is ahead).', schema: { type: 'string', pattern: '^\\d+$' } },
  { name: WEBHOOK_SIGNATURE_HEADER, in: 'header', required: true, description: 'Space-separated `v1,<base64 HMAC-SHA256>` signatures (see the recipe).', schema: { type: 'string', pattern: '^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$' } },
];

const WEBHOOK_DELIVERY =
  'POSTed as JSON to the link’s `webhookUrl` (access events: the link’s, else the client’s). Answer any 2xx quickly; a non-2xx answer, a network error or a 5 s timeout is retried with growing delays (5 attempts in all, the same `webhook-id`); the events of one link or one access arrive in order.';

function webhookObject(name: string, summary: string, schema: JsonObject): Record<string, JsonObject> {
  return {
    post: {
      operationId: `webhook.${name}`,
      tags: ['Webhooks'],
      summary,
      description: `${WEBHOOK_DELIVERY}\n\n${WEBHOOK_SIGNATURE_RECIPE}`,
      security: [],
      parameters: WEBHOOK_HEADERS,
      requestBody: { required: true, content: { 'application/json': { schema } } },
      responses: {
        '2XX': { description: 'Received: the provider stops sending this event.' },
        default: { description: 'Anything else (or no answer within 5 s): the provider retries the same event.' },
      },
    },
  };
}

const ACCESS_WEBHOOKS: Record<z.infer<typeof accessWebhookTypeSchema>, string> = {
  'access.renewed': 'A reconnect renewed the access',
  'access.expiring': 'The access expires in 7 days (once per grant or renewal; half-way through an access of 14 days or less)',
  'access.expired': 'The access passed its `expiresAt`',
  'access.revoked': 'The access was revoked',
};

// ---------------------------------------------------------------------------------------------

const TAGS: JsonObject[] = [
  { name: 'Browser', description: 'Called by the widget in the end user’s browser: no secret, CORS-limited to the client’s origins (the catalog: any origin).' },
  { name: 'Links', description: 'The redirection mode through the provider’s hosted page (secret key).' },
  { name: 'Sessions', description: 'The outcome of a SignIn session and its one-shot Default Import (secret key).' },
  { name: 'Long-lived access', description: '`multiple` access: status, repeated imports, revocation, reconnect tokens and the owner’s data across banks (secret key).' },
  { name: 'Sandbox', description: 'The sandbox provider only (`x-sandbox-only`): its test clock.' },
  { name: 'Webhooks', description: `${WEBHOOK_DELIVERY}\n\n${WEBHOOK_SIGNATURE_RECIPE}` },
];

/** The operations of the document, for tools that walk them (method, OpenAPI path, auth). */
export const OPENAPI_OPERATIONS: readonly Pick<OperationSpec, 'method' | 'path' | 'operationId' | 'auth'>[] = OPERATIONS.map(({ method, path, operationId, auth }) => ({ method, path, operationId, auth }));

/**
 * The OpenAPI 3.1 document of the whole provider protocol: the public endpoints the widget
 * calls, the backend endpoints (bearer secret key), the sandbox's test clock
 * (`x-sandbox-only`) and the webhooks. A new object on every call.
 */
export function buildOpenApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const spec of OPERATIONS) (paths[spec.path] ??= {})[spec.method] = operationObject(spec);
  const webhooks: Record<string, Record<string, JsonObject>> = {
    [WEBHOOK_EVENT_TYPE]: webhookObject(WEBHOOK_EVENT_TYPE, 'A link’s status changed', ref('LinkWebhookEvent')),
  };
  for (const [type, summary] of Object.entries(ACCESS_WEBHOOKS)) {
    webhooks[type] = webhookObject(type, summary, { allOf: [ref('AccessWebhookEvent'), { type: 'object', properties: { type: { type: 'string', const: type } } }] });
  }
  const servers: JsonObject[] = options.serverUrl
    ? [{ url: options.serverUrl.replace(/\/+$/, ''), description: 'This provider' }]
    : [{ url: '{providerUrl}', description: 'Your provider', variables: { providerUrl: { default: 'http://localhost:8787', description: 'The provider’s base URL (the local sandbox by default).' } } }];
  return {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'signin-flow provider protocol',
      version: VERSION,
      summary: 'The bank SignIn Flow’s provider API: catalog, sessions, links, Default Import, long-lived access and webhooks.',
      description:
        'What a provider answers to the signin-flow widget (public, CORS) and to the integrator’s backend (secret key). Every error is `{"error": {"code", "message", "field"}}`; each answer lists the codes it may carry. Generated from the zod schemas in `src/core/protocol`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers,
    tags: TAGS,
    paths,
    webhooks,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        secretKey: { type: 'http', scheme: 'bearer', description: 'Your secret key: `Authorization: Bearer <secret key>`, from your backend only (never a browser).' },
      },
    },
  };
}
