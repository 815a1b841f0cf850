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
import { consentAcceptanceSchema, signinModeSchema } from '../core/protocol/primitives.js';
import { createSessionRequestSchema, createSessionResponseSchema, sessionInfoSchema, signinStatusSchema } from '../core/protocol/session.js';
import { VERSION } from '../version.js';
import { API_ERRORS, DESCRIPTIONS } from './openapi-descriptions.js';
export { API_ERRORS } from './openapi-descriptions.js';
import { OPERATIONS, header, type JsonObject, type OperationSpec, type Parameter } from './openapi-operations.js';
import { WEBHOOK_ID_HEADER, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER, WEBHOOK_TOLERANCE_SECONDS } from './webhooks.js';

export type { JsonObject } from './openapi-operations.js';

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


// ---------------------------------------------------------------------------------------------
// Operations


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
