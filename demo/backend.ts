import type { Context } from 'hono';
import { accessSummarySchema } from '../src/core/protocol/access.js';
import type { AccessMode } from '../src/core/protocol/access.js';
import type { DefaultImportResponse } from '../src/core/protocol/default-import.js';
import { createLinkResponseSchema, type CreateLinkRequest, type CreateLinkResponse } from '../src/core/protocol/link.js';
import { AccessBook, type BrowserAccessSummary } from './access-book.js';
import { DEMO_OWNER, Provider, relay, unexpected, unreachable, json } from './provider.js';

/** Links the demo backend remembers (an integrator keeps them in its database). */
const MAX_LINKS = 1_000;

export interface KnownLink {
  readonly ownerExternalId: string;
  /** The Default Import, once done (the provider answers it only once), as the browser got it. */
  imported?: BrowserImport;
}

/** A Default Import or repeated import as the browser gets it: the access without its provider id. */
export type BrowserImport = Omit<DefaultImportResponse, 'access'> & { access?: BrowserAccessSummary | Omit<BrowserAccessSummary, 'connectionId'> };

export interface BackendOptions {
  readonly sandboxUrl: string;
  readonly sandboxSecret: string;
  /** This site's public origin, for the links' returnUrl and webhookUrl (default: the request's origin). */
  readonly publicUrl?: string | undefined;
}

/** What the demo backend's routes share: the provider client, the user's accesses, the links, this site's address. */
export class Backend {
  readonly provider: Provider;
  readonly book = new AccessBook();
  readonly links = new Map<string, KnownLink>();
  readonly secret: string;
  private readonly publicUrl: string | undefined;

  constructor({ sandboxUrl, sandboxSecret, publicUrl }: BackendOptions) {
    this.provider = new Provider({ sandboxUrl, sandboxSecret });
    this.secret = sandboxSecret;
    this.publicUrl = publicUrl?.replace(/\/+$/, '');
  }

  /** An absolute URL of this site. */
  url(c: Context, path: string): string {
    return new URL(path, this.publicUrl ?? new URL(c.req.url).origin).href;
  }

  /** The webhook receiver's address, given to the provider with every link. */
  webhookUrl(c: Context): string {
    return this.url(c, '/api/webhooks/signin');
  }

  /**
   * Creates a link at the provider for the demo's user, back to /redirect.html, with this site's
   * webhook receiver; remembers it. Answers `{id, url, expiresAt}` (201) or the provider's error.
   */
  async createLink(c: Context, access: { accessMode?: AccessMode; accessDays?: number; reconnectAccessId?: string } = {}): Promise<Response> {
    const request: CreateLinkRequest = {
      ownerExternalId: DEMO_OWNER,
      returnUrl: this.url(c, '/redirect.html'),
      locale: 'en',
      webhookUrl: this.webhookUrl(c),
      // A renewal offers the access's own bank, whatever its country.
      ...(access.reconnectAccessId === undefined ? { country: 'PL' } : {}),
      ...access,
    };
    const answer = await this.provider.call('/v1/signin-links', { method: 'POST', body: JSON.stringify(request) });
    if (!answer) return unreachable(c);
    if (answer.status !== 201) return relay(c, answer);
    const parsed = createLinkResponseSchema.safeParse(await json(answer));
    if (!parsed.success) return unexpected(c, 'link');
    if (this.links.size >= MAX_LINKS) this.links.delete(this.links.keys().next().value as string);
    this.links.set(parsed.data.id, { ownerExternalId: DEMO_OWNER });
    const body: CreateLinkResponse = parsed.data;
    return c.json(body, 201);
  }

  /**
   * An import answer of the provider (Default Import or repeated import) as the browser gets it;
   * its access, for the demo's user, is remembered as one of their connected banks.
   */
  acceptImport(answer: unknown, via: 'widget' | 'link'): BrowserImport | undefined {
    if (!isImport(answer)) return undefined;
    const { access, ...rest } = answer;
    delete (rest as { accessId?: string }).accessId;
    if (access === undefined) return rest;
    const summary = accessSummarySchema.safeParse(access);
    if (!summary.success) return undefined;
    if (answer.owner.externalId !== DEMO_OWNER) {
      // Not the demo's user (someone changed the widget's owner-external-id): shown, not kept.
      const anonymous: { -readonly [K in keyof BrowserAccessSummary]?: BrowserAccessSummary[K] } = AccessBook.browserSummary(summary.data, '');
      delete anonymous.connectionId;
      return { ...rest, access: anonymous as Omit<BrowserAccessSummary, 'connectionId'> };
    }
    const known = this.book.remember({ accessId: summary.data.id, ownerExternalId: DEMO_OWNER, bankId: answer.bank.id, bankName: answer.bank.name, via });
    return { ...rest, access: AccessBook.browserSummary(summary.data, known.id) };
  }
}

function isImport(value: unknown): value is DefaultImportResponse & { accessId?: string } {
  const v = value as Partial<DefaultImportResponse> | null;
  return typeof v === 'object' && v !== null && typeof v.owner?.externalId === 'string' && typeof v.bank?.id === 'string' && Array.isArray(v.accounts);
}
