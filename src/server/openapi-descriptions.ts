// The words of the OpenAPI document's components (see openapi.ts): kept apart from the builder.
import { IMPORTS_PER_DAY, MAX_ACCESS_DAYS } from '../core/protocol/access.js';
import type { ApiErrorCode } from '../core/protocol/errors.js';

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


/** The words of the components: a description of each, and of their fields (`a.b` for nested, `a[]` for items). */
export const DESCRIPTIONS: Record<string, { text: string; fields?: Record<string, string> }> = {
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
