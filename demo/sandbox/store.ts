import type { ConsentAcceptance, SigninMode, SigninStatus } from '../../src/core/protocol/session.js';
import type { SigninError } from '../../src/core/protocol/errors.js';
import type { AccessMode, GrantedAccessMode } from '../../src/core/protocol/access.js';
import type { Brand } from '../../src/core/protocol/link.js';
import type { Styles } from '../../src/config/styles.js';
import type { Theme } from '../../src/config/choices.js';

export interface Session {
  id: string;
  /** Capability in the authorization URL (`/bank/<token>`), distinct from the id. */
  bankToken: string;
  state: string;
  clientId: string;
  ownerExternalId: string;
  bankId: string;
  country: string;
  consents: ConsentAcceptance[];
  mode: SigninMode;
  origin: string;
  returnUrl?: string;
  locale: string;
  linkId?: string;
  status: SigninStatus;
  error?: SigninError;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  /** Bank-page progress. */
  failedAttempts: number;
  step: 'login' | 'mfa' | 'slow';
  slowUntil?: number;
  importedAt?: number;
  accessMode: GrantedAccessMode;
  /** Days of multiple access the session grants (its request's, its link's, the renewed access's or the default). */
  accessDays: number;
  /** Once a multiple-access session succeeded: the access it granted or renewed. */
  accessId?: string;
  /** A renewal: the access to renew and the reconnect token it came with (none for a link's). */
  reconnect?: { accessId: string; token?: string };
}

/** Long-lived (multiple) access to one owner's accounts at one bank. */
export interface Access {
  id: string;
  clientId: string;
  ownerExternalId: string;
  bankId: string;
  createdAt: number;
  /** The latest grant or renewal. */
  grantedAt: number;
  expiresAt: number;
  accessDays: number;
  renewedAt?: number;
  revokedAt?: number;
  /** Times of the imports in the last 24 hours (older ones are dropped as they are counted). */
  imports: number[];
  lastImportAt?: number;
  /** The session that granted or last renewed it. */
  sessionId: string;
  webhookUrl?: string;
  /** Sent for the current grant: `access.expiring`, `access.expired`. */
  expiringSent: boolean;
  expiredSent: boolean;
}

/** A single-use handle, safe for the browser, to renew one access. */
export interface ReconnectToken {
  token: string;
  accessId: string;
  clientId: string;
  createdAt: number;
  expiresAt: number;
  usedAt?: number;
}

export interface Link {
  id: string;
  clientId: string;
  ownerExternalId: string;
  returnUrl: string;
  locale?: string;
  country?: string;
  webhookUrl?: string;
  accessMode: AccessMode;
  accessDays?: number;
  /** The hosted page renews this access (its bank only). */
  reconnectAccessId?: string;
  /** The hosted page's look: validated tokens (values trimmed), theme, and the integrator's name and logo. */
  styles?: Styles;
  theme?: Theme;
  brand?: Brand;
  status: SigninStatus;
  sessionId?: string;
  error?: SigninError;
  createdAt: number;
  updatedAt: number;
  openedAt?: number;
  /** Set when the link is opened, moved on with each new session: unfinished after it → `abandoned`. */
  abandonAt?: number;
  expiresAt: number;
}

/** A Map that keeps at most `max` entries, dropping the oldest inserted one when full. */
export class BoundedMap<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly max: number,
    private readonly onEvict: (value: V) => void = () => {},
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (!this.map.has(key)) {
      while (this.map.size >= this.max) {
        const oldest = this.map.keys().next();
        if (oldest.done) break;
        this.delete(oldest.value);
      }
    }
    this.map.set(key, value);
  }

  /** Removes an entry without calling `onEvict` (it moves elsewhere). */
  take(key: string): V | undefined {
    const value = this.map.get(key);
    this.map.delete(key);
    return value;
  }

  delete(key: string): void {
    const value = this.map.get(key);
    if (value === undefined) return;
    this.map.delete(key);
    this.onEvict(value);
  }

  values(): IterableIterator<V> {
    return this.map.values();
  }
}

/**
 * In-memory store of sessions and links, bounded in size. Pending sessions (anyone allowed by
 * CORS can create them) and finished ones live in separate maps: a flood of new sessions evicts
 * only other pending sessions, never a finished one waiting for its import.
 */
export class SandboxStore {
  private readonly pending: BoundedMap<Session>;
  private readonly finished: BoundedMap<Session>;
  readonly links: BoundedMap<Link>;
  /** Accesses are never evicted by sessions or links: only by their own bound (the oldest created first). */
  readonly accesses: BoundedMap<Access>;
  readonly reconnectTokens: BoundedMap<ReconnectToken>;
  private readonly byBankToken = new Map<string, string>();
  private readonly byOwner = new Map<string, Set<string>>();

  constructor(maxEntries: number, maxAccesses = maxEntries) {
    const forget = (session: Session) => {
      if (this.byBankToken.get(session.bankToken) === session.id) this.byBankToken.delete(session.bankToken);
    };
    this.pending = new BoundedMap<Session>(maxEntries, forget);
    this.finished = new BoundedMap<Session>(maxEntries, forget);
    this.links = new BoundedMap<Link>(maxEntries);
    this.accesses = new BoundedMap<Access>(maxAccesses, (access) => this.byOwner.get(access.ownerExternalId)?.delete(access.id));
    this.reconnectTokens = new BoundedMap<ReconnectToken>(maxAccesses);
  }

  addAccess(access: Access): void {
    this.accesses.set(access.id, access);
    let ids = this.byOwner.get(access.ownerExternalId);
    if (!ids) this.byOwner.set(access.ownerExternalId, (ids = new Set()));
    ids.add(access.id);
  }

  /** The owner's accesses, oldest first. */
  accessesOf(ownerExternalId: string): Access[] {
    return [...(this.byOwner.get(ownerExternalId) ?? [])].flatMap((id) => this.accesses.get(id) ?? []);
  }

  addSession(session: Session): void {
    this.pending.set(session.id, session);
    this.byBankToken.set(session.bankToken, session.id);
  }

  session(id: string): Session | undefined {
    return this.pending.get(id) ?? this.finished.get(id);
  }

  /** Moves a session that reached a final status out of the pending map. */
  finishSession(session: Session): void {
    if (this.pending.get(session.id) !== session) return;
    this.pending.take(session.id);
    this.finished.set(session.id, session);
  }

  deleteSession(id: string): void {
    this.pending.delete(id);
    this.finished.delete(id);
  }

  /** Pending and finished sessions. */
  *sessions(): IterableIterator<Session> {
    yield* this.pending.values();
    yield* this.finished.values();
  }

  get sessionCount(): { pending: number; finished: number } {
    return { pending: this.pending.size, finished: this.finished.size };
  }

  sessionByBankToken(token: string): Session | undefined {
    const id = this.byBankToken.get(token);
    return id === undefined ? undefined : this.session(id);
  }
}
