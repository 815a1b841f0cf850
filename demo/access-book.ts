import { randomBytes } from 'node:crypto';
import type { AccessSummary } from '../src/core/protocol/access.js';
import type { WebhookEvent } from '../src/core/protocol/link.js';

/** One bank connection of the demo's user: the demo's own id for it, and the provider's access behind it. */
export interface KnownAccess {
  /** The demo's id of the connection, the one its page uses: the provider's access id never reaches the browser. */
  readonly id: string;
  readonly accessId: string;
  readonly ownerExternalId: string;
  readonly bankId: string;
  readonly bankName: string | undefined;
  /** How the user connected the bank: the widget (popup) or the Redirection demo's link. */
  readonly via: 'widget' | 'link';
  readonly connectedAt: string;
}

/** A webhook the receiver accepted (signature verified), as the page's panel lists it. */
export interface ReceivedWebhook {
  readonly id: string;
  readonly type: WebhookEvent['type'];
  readonly at: string;
  readonly receivedAt: string;
  /** The demo's connection id, for an access event of a known access. */
  readonly connectionId?: string;
  readonly bankName?: string;
  /** For a link event. */
  readonly linkId?: string;
  readonly status?: string;
  readonly expiresAt?: string;
}

/** The browser's view of an access summary: no provider access id, the demo's connection id instead. */
export interface BrowserAccessSummary extends Omit<AccessSummary, 'id'> {
  readonly connectionId: string;
  readonly importsLeft: number;
}

const MAX_ACCESSES = 200;
const MAX_EVENTS = 20;

/**
 * What the demo's backend keeps about its user, in memory (a real integrator keeps it in its
 * database): the bank connections with long-lived access, and the latest verified webhooks.
 * Restarting the demo forgets them (the sandbox, restarted with it, forgets the accesses too).
 */
export class AccessBook {
  private readonly byId = new Map<string, KnownAccess>();
  private readonly byAccessId = new Map<string, KnownAccess>();
  private readonly events: ReceivedWebhook[] = [];
  private readonly seenEvents = new Set<string>();

  /** Remembers the access of an import (the first time it is seen), and answers its connection. */
  remember(input: { accessId: string; ownerExternalId: string; bankId: string; bankName: string | undefined; via: KnownAccess['via'] }): KnownAccess {
    const known = this.byAccessId.get(input.accessId);
    if (known) return known;
    if (this.byId.size >= MAX_ACCESSES) {
      const oldest = this.byId.values().next().value as KnownAccess;
      this.byId.delete(oldest.id);
      this.byAccessId.delete(oldest.accessId);
    }
    const entry: KnownAccess = { ...input, id: `conn_${randomBytes(9).toString('base64url')}`, connectedAt: new Date().toISOString() };
    this.byId.set(entry.id, entry);
    this.byAccessId.set(entry.accessId, entry);
    return entry;
  }

  get(id: string): KnownAccess | undefined {
    return this.byId.get(id);
  }

  byAccess(accessId: string): KnownAccess | undefined {
    return this.byAccessId.get(accessId);
  }

  /** The owner's connections, newest first. */
  of(ownerExternalId: string): KnownAccess[] {
    return [...this.byId.values()].filter((entry) => entry.ownerExternalId === ownerExternalId).reverse();
  }

  /** Keeps a verified webhook; false when its id was seen already (a retry). */
  record(event: ReceivedWebhook): boolean {
    if (this.seenEvents.has(event.id)) return false;
    this.seenEvents.add(event.id);
    if (this.seenEvents.size > 1_000) this.seenEvents.delete(this.seenEvents.values().next().value as string);
    this.events.unshift(event);
    this.events.length = Math.min(this.events.length, MAX_EVENTS);
    return true;
  }

  /** The latest webhooks, newest first. */
  latestEvents(): readonly ReceivedWebhook[] {
    return this.events;
  }

  /** An access summary as the browser may see it. */
  static browserSummary(summary: AccessSummary, connectionId: string): BrowserAccessSummary {
    const { mode, status, expiresAt, importsToday, importsPerDay } = summary;
    return { mode, status, expiresAt, importsToday, importsPerDay, importsLeft: Math.max(0, importsPerDay - importsToday), connectionId };
  }
}
