import type { ConsentAcceptance, SigninMode, SigninStatus } from '../../src/core/protocol/session.js';
import type { SigninError } from '../../src/core/protocol/errors.js';

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
}

export interface Link {
  id: string;
  clientId: string;
  ownerExternalId: string;
  returnUrl: string;
  locale?: string;
  country?: string;
  webhookUrl?: string;
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

/** In-memory store of sessions and links, bounded in size. */
export class SandboxStore {
  readonly sessions: BoundedMap<Session>;
  readonly links: BoundedMap<Link>;
  private readonly byBankToken = new Map<string, string>();

  constructor(maxEntries: number) {
    this.sessions = new BoundedMap<Session>(maxEntries, (session) => this.byBankToken.delete(session.bankToken));
    this.links = new BoundedMap<Link>(maxEntries);
  }

  addSession(session: Session): void {
    this.sessions.set(session.id, session);
    this.byBankToken.set(session.bankToken, session.id);
  }

  sessionByBankToken(token: string): Session | undefined {
    const id = this.byBankToken.get(token);
    return id === undefined ? undefined : this.sessions.get(id);
  }
}
