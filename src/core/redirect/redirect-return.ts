import * as z from 'zod/mini';
import { bankSchema, type Bank } from '../protocol/catalog.js';
import { REDIRECT_PARAMS, grantedAccessModeSchema, signinErrorCodeSchema, signinResultStatusSchema, type BrowserAccess } from '../protocol/result.js';
import { consentAcceptanceSchema, type ConsentAcceptance } from '../protocol/primitives.js';

/** What the page needs, after the bank, to finish a flow it sent there. No secret in it. */
export interface PendingRedirect {
  /** The provider's `state` of the session: the nonce the entry is kept under. */
  readonly state: string;
  readonly sessionId: string;
  readonly bank: Bank;
  readonly consents: readonly ConsentAcceptance[];
  /** When the user left for the bank (ms since epoch). */
  readonly startedAt: number;
}

/** A pending redirect as stored in sessionStorage (exported for the schema tests). */
export const pendingRedirectSchema = z.object({
  state: z.string(),
  sessionId: z.string(),
  bank: bankSchema,
  consents: z.array(consentAcceptanceSchema),
  startedAt: z.number(),
});

const PREFIX = 'signin-flow:redirect:';
/** An entry older than this is dropped: the provider's session is long over. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Pending redirects in sessionStorage (this tab only), one entry per flow keyed by its state.
 * `take` returns an entry once and deletes it, so a reload of the return page finds nothing.
 */
export class RedirectStore {
  readonly #storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
  readonly #now: () => number;

  constructor(
    storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>,
    now: () => number = Date.now,
  ) {
    this.#storage = storage;
    this.#now = now;
  }

  save(pending: PendingRedirect): void {
    this.#prune();
    this.#storage.setItem(PREFIX + pending.state, JSON.stringify(pending));
  }

  /** The entry of `state`, left in place. */
  peek(state: string): PendingRedirect | undefined {
    return this.#read(state, false);
  }

  /** The entry of `state`, removed: a second call finds nothing. */
  take(state: string): PendingRedirect | undefined {
    return this.#read(state, true);
  }

  #read(state: string, remove: boolean): PendingRedirect | undefined {
    const key = PREFIX + state;
    const raw = this.#storage.getItem(key);
    if (raw === null) return undefined;
    if (remove) this.#storage.removeItem(key);
    try {
      const parsed = pendingRedirectSchema.safeParse(JSON.parse(raw));
      return parsed.success && this.#now() - parsed.data.startedAt < MAX_AGE_MS ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  #prune(): void {
    const stale: string[] = [];
    for (let i = 0; i < this.#storage.length; i++) {
      const key = this.#storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      try {
        const startedAt = (JSON.parse(this.#storage.getItem(key) ?? '{}') as { startedAt?: number }).startedAt ?? 0;
        if (this.#now() - startedAt >= MAX_AGE_MS) stale.push(key);
      } catch {
        stale.push(key);
      }
    }
    for (const key of stale) this.#storage.removeItem(key);
  }
}

/** The end of a flow read on the return page. */
export type ReturnResult =
  | {
      readonly status: 'success';
      readonly sessionId: string;
      readonly sessionIdSignature: string;
      readonly bank: Bank;
      readonly consents: readonly ConsentAcceptance[];
      /** The access the provider says it granted (`signin_access_*`), when it says so. */
      readonly access?: BrowserAccess | undefined;
    }
  | { readonly status: 'failed'; readonly code: string; readonly message: string; readonly bank: Bank }
  | { readonly status: 'cancelled'; readonly bank: Bank };

/** The `signin_*` query parameters of a session's return (exported for the schema tests). */
export const redirectReturnParamsSchema = z.object({
  state: z.string().check(z.minLength(1)),
  sessionId: z.string().check(z.minLength(1)),
  status: signinResultStatusSchema,
  signature: z.optional(z.string()),
  error: z.optional(z.string()),
  errorDescription: z.optional(z.string()),
  accessMode: z.optional(grantedAccessModeSchema),
  accessExpiresAt: z.optional(z.string()),
  accessRenewed: z.optional(z.string()),
});

/** True when `url` carries a redirect result (`signin_state` and `signin_session_id`). */
export function hasReturnParams(url: URL): boolean {
  return url.searchParams.has(REDIRECT_PARAMS.state) && url.searchParams.has(REDIRECT_PARAMS.sessionId);
}

/**
 * Reads a return URL against the store: only a flow this tab started (its state is stored,
 * for the same session id) gives a result, and only once. Anything else is undefined.
 * The status in the URL is what the browser was told; the backend must check the provider's
 * API before it trusts it (the signature alone proves the session id, not the status).
 */
export function readReturn(url: URL, store: RedirectStore): ReturnResult | undefined {
  const get = (name: string) => url.searchParams.get(name) ?? undefined;
  const parsed = redirectReturnParamsSchema.safeParse({
    state: get(REDIRECT_PARAMS.state),
    sessionId: get(REDIRECT_PARAMS.sessionId),
    status: get(REDIRECT_PARAMS.status),
    signature: get(REDIRECT_PARAMS.signature),
    error: get(REDIRECT_PARAMS.error),
    errorDescription: get(REDIRECT_PARAMS.errorDescription),
    accessMode: get(REDIRECT_PARAMS.accessMode),
    accessExpiresAt: get(REDIRECT_PARAMS.accessExpiresAt),
    accessRenewed: get(REDIRECT_PARAMS.accessRenewed),
  });
  if (!parsed.success) return undefined;
  const params = parsed.data;
  const pending = store.take(params.state);
  if (!pending || pending.sessionId !== params.sessionId) return undefined;
  const { bank } = pending;
  if (params.status === 'success') {
    if (!params.signature) return { status: 'failed', code: 'InvalidReturn', message: 'The return URL has no session signature.', bank };
    const { accessMode: mode, accessExpiresAt: expiresAt, accessRenewed } = params;
    const access: BrowserAccess | undefined = mode && { mode, ...(expiresAt ? { expiresAt } : {}), ...(accessRenewed === 'true' ? { renewed: true } : {}) };
    return { status: 'success', sessionId: params.sessionId, sessionIdSignature: params.signature, bank, consents: pending.consents, access };
  }
  if (params.status === 'cancelled') return { status: 'cancelled', bank };
  const code = signinErrorCodeSchema.safeParse(params.error).success ? (params.error as string) : 'Unknown';
  return { status: 'failed', code, message: params.errorDescription ?? '', bank };
}

/** `url` without the redirect result parameters (for `history.replaceState`). */
export function withoutReturnParams(url: URL): string {
  const clean = new URL(url.href);
  for (const name of Object.values(REDIRECT_PARAMS)) clean.searchParams.delete(name);
  return clean.href;
}

/** The pending flow a return URL belongs to, left in the store (the widget uses it to show the bank). */
export function peekReturn(url: URL, store: RedirectStore): PendingRedirect | undefined {
  if (!hasReturnParams(url)) return undefined;
  const pending = store.peek(url.searchParams.get(REDIRECT_PARAMS.state) ?? '');
  return pending?.sessionId === url.searchParams.get(REDIRECT_PARAMS.sessionId) ? pending : undefined;
}
