import type { Context } from 'hono';
import type { AccessMode } from '../src/core/protocol/access.js';
import type { AccessImportResponse, DefaultImportResponse } from '../src/core/protocol/default-import.js';
import type { CreateLinkRequest } from '../src/core/protocol/link.js';
import { AccessBook, type BrowserAccessSummary } from './access-book.js';
import { DEMO_OWNER, Provider, relay } from './provider.js';

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
  /** The sandbox's secret key: the backend's calls send it (never the browser). */
  readonly sandboxSecret: string;
  /** This site's public origin, for the links' returnUrl and webhookUrl (default: the request's origin). */
  readonly publicUrl?: string | undefined;
}

/** What the demo backend's routes share: the provider client, the user's accesses, the links, this site's address. */
export class Backend {
  readonly provider: Provider;
  readonly book = new AccessBook();
  readonly links = new Map<string, KnownLink>();
  private readonly publicUrl: string | undefined;

  constructor({ sandboxUrl, sandboxSecret, publicUrl }: BackendOptions) {
    this.provider = new Provider({ sandboxUrl, sandboxSecret });
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
      // The hosted page carries this site's name ("Demo Shop asks for access…", "Back to Demo Shop").
      // No colour: one brand colour cannot pass contrast on both the light and the dark page (see #21's note).
      brand: { name: 'Demo Shop' },
      // A renewal offers the access's own bank, whatever its country.
      ...(access.reconnectAccessId === undefined ? { country: 'PL' } : {}),
      ...access,
    };
    try {
      const created = await this.provider.api.createLink(request);
      if (this.links.size >= MAX_LINKS) this.links.delete(this.links.keys().next().value as string);
      this.links.set(created.id, { ownerExternalId: DEMO_OWNER });
      return c.json(created, 201);
    } catch (error) {
      return relay(c, error);
    }
  }

  /**
   * An import answer of the provider (Default Import or repeated import) as the browser gets it;
   * its access, for the demo's user, is remembered as one of their connected banks.
   */
  acceptImport(answer: DefaultImportResponse | AccessImportResponse, via: 'widget' | 'link'): BrowserImport {
    const { access, ...rest } = answer;
    delete (rest as { accessId?: string }).accessId;
    if (access === undefined) return rest;
    if (answer.owner.externalId !== DEMO_OWNER) {
      // Not the demo's user (someone changed the widget's owner-external-id): shown, not kept.
      const anonymous: { -readonly [K in keyof BrowserAccessSummary]?: BrowserAccessSummary[K] } = AccessBook.browserSummary(access, '');
      delete anonymous.connectionId;
      return { ...rest, access: anonymous as Omit<BrowserAccessSummary, 'connectionId'> };
    }
    const known = this.book.remember({ accessId: access.id, ownerExternalId: DEMO_OWNER, bankId: answer.bank.id, bankName: answer.bank.name, via });
    return { ...rest, access: AccessBook.browserSummary(access, known.id) };
  }
}
