/** What the conformance checks share: made-up ids, a valid session request, CORS and access helpers. */
import { CheckFailure, type CheckContext, type UsableBank } from './types.js';

/** An origin that no client of any provider allows (`.invalid` is reserved, RFC 2606). */
export const FOREIGN_ORIGIN = 'https://signin-flow-conformance.invalid';
/** Ids no provider has: the 404 checks ask for them. */
export const UNKNOWN = {
  session: 'ses_signin_flow_conformance_unknown',
  link: 'lnk_signin_flow_conformance_unknown',
  access: 'acc_signin_flow_conformance_unknown',
  reconnectToken: 'signin-flow-conformance-unknown-token',
  client: 'signin-flow-conformance-unknown-client',
  bank: 'signin-flow-conformance-unknown-bank',
};

/** The path of the kit's return URLs on the integrator origin (never visited: no bank login happens). */
export const RETURN_PATH = '/signin-flow-conformance/return';

/** A session request that passes the schema; `overrides` change or (with `undefined`) drop fields. */
export function sessionRequest(ctx: CheckContext, bank: UsableBank | undefined, origin: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = {
    clientId: ctx.clientId,
    ownerExternalId: ctx.ownerExternalId,
    bankId: bank?.id ?? UNKNOWN.bank,
    consents: [{ id: 'terms', version: '1', acceptedAt: new Date().toISOString() }],
    mode: 'popup',
    origin,
    ...overrides,
  };
  for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key];
  return body;
}

/** A bank for checks that only need the request to pass the schema: the catalog's, or a made-up id when it cannot be read. */
export async function anyBank(ctx: CheckContext): Promise<UsableBank | undefined> {
  return ctx.bank().catch(() => undefined);
}

/** POST /v1/signin-sessions as a browser on `origin` sends it. */
export const postSession = (ctx: CheckContext, body: unknown, origin: string) => ctx.request('/v1/signin-sessions', { method: 'POST', json: body, headers: { origin } });

/** The `Access-Control-Allow-Origin` check of a browser: `*` or exactly `origin`. */
export function expectAllowOrigin(headers: Headers, origin: string, label: string, anyAllowed = true): void {
  const allowed = headers.get('access-control-allow-origin');
  if (allowed === origin || (anyAllowed && allowed === '*')) return;
  throw new CheckFailure(`${label}: Access-Control-Allow-Origin is ${allowed === null ? 'missing' : `"${allowed}"`}, expected "${origin}"${anyAllowed ? ' or "*"' : ''}: a browser on ${origin} could not read the answer`);
}

export const listed = (header: string | null): string[] => (header ?? '').split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);

/** Skips a check of the access endpoints when the provider does not offer them. */
export async function requireAccesses(ctx: CheckContext): Promise<void> {
  if (!(await ctx.accessesOffered())) ctx.skip('the access endpoints are not offered (GET /v1/accesses answered 404)');
}

