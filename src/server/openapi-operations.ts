// The operations of the OpenAPI document (see openapi.ts): each endpoint of the protocol as data.
import * as z from 'zod/mini';
import { IMPORTS_PER_DAY } from '../core/protocol/access.js';
import type { ApiErrorCode } from '../core/protocol/errors.js';
import { ownerExternalIdSchema } from '../core/protocol/primitives.js';

/** A JSON Schema (2020-12) or any other JSON object of the document. */
export type JsonObject = { [key: string]: unknown };

/** One value's JSON Schema (a parameter), as the provider reads it. */
export const valueSchema = (schema: z.core.$ZodType): JsonObject => {
  const json: JsonObject = { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) };
  delete json.$schema;
  return json;
};

export type Method = 'get' | 'post' | 'delete';
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  description: string;
  required?: boolean;
  schema: JsonObject;
}
export interface Success {
  status: number;
  description: string;
  /** Component id of the JSON body; none for a bodiless answer (304). */
  body?: string;
  headers?: Record<string, JsonObject>;
}
export interface OperationSpec {
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

export const idParam = (what: string): Parameter => ({ name: 'id', in: 'path', required: true, description: `The ${what}’s id.`, schema: { type: 'string' } });
export const header = (description: string, schema: JsonObject = { type: 'string' }): JsonObject => ({ description, schema });
const NO_STORE = { 'Cache-Control': header('`no-store`: the answer carries a secret or personal data.') };
const CORS_PUBLIC = { 'Access-Control-Allow-Origin': header('`*`: any page may read the catalog.') };

export const OPERATIONS: readonly OperationSpec[] = [
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
