import { apiUrl } from '../protocol/api-url.js';
import * as z from 'zod/mini';
import { parseConfig, type ConfigIssue } from '../../config/parse-config.js';
import { bankSchema, type Bank } from '../protocol/catalog.js';

/** Why a catalog could not be loaded. */
export class CatalogError extends Error {
  constructor(
    message: string,
    /** HTTP status, when the provider answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CatalogError';
  }
}

export interface CatalogRequest {
  /** The provider's base URL, e.g. `http://localhost:8787`. */
  readonly apiBase: string;
  /** ISO country code, or undefined for every country. */
  readonly country?: string;
  readonly locale?: string;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** A loaded catalog: its valid banks, and the rows left out with what was wrong with each. */
export interface CatalogResult {
  readonly banks: readonly Bank[];
  /** One issue per problem of a row left out, e.g. `{field: 'banks.3.name', message: 'must not be empty'}`. */
  readonly skipped: readonly ConfigIssue[];
}

/** The envelope is checked whole; each bank on its own, so one bad row costs only itself. */
const envelopeSchema = z.object({ banks: z.array(z.unknown()) });

/** What the elements ask of their `catalogClient`: a {@link CatalogClient}, or any object that loads banks (a test double, an example provider). */
export type CatalogClientLike = Pick<CatalogClient, 'load'>;

/**
 * Loads bank catalogs from the provider (`GET /v1/catalog`), validates them, and keeps one
 * per provider, country and locale, so switching back to a country costs nothing. A request
 * already under way is shared; a failed one is not cached, so a retry asks again.
 */
export class CatalogClient {
  readonly #cache = new Map<string, Promise<CatalogResult>>();

  readonly #fetcher: Fetch;

  constructor(fetcher: Fetch = (input, init) => fetch(input, init)) {
    this.#fetcher = fetcher;
  }

  load(request: CatalogRequest, signal?: AbortSignal): Promise<CatalogResult> {
    const url = catalogUrl(request);
    let pending = this.#cache.get(url);
    if (!pending) {
      pending = this.#fetchCatalog(url, signal);
      this.#cache.set(url, pending);
      pending.catch(() => this.#cache.delete(url));
    }
    return pending;
  }

  async #fetchCatalog(url: string, signal?: AbortSignal): Promise<CatalogResult> {
    let response: Response;
    try {
      response = await this.#fetcher(url, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new CatalogError(`The bank list could not be loaded from ${url}: the provider did not answer.`);
    }
    if (!response.ok) throw new CatalogError(`The bank list could not be loaded from ${url}: HTTP ${response.status}.`, response.status);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new CatalogError(`The bank list from ${url} is not JSON.`, response.status);
    }
    const parsed = parseConfig(envelopeSchema, body);
    if (!parsed.ok) {
      const issue = parsed.issues[0];
      throw new CatalogError(`The bank list from ${url} is not valid: ${issue?.field ?? ''} ${issue?.message ?? ''}`.trim(), response.status);
    }
    const banks: Bank[] = [];
    const skipped: ConfigIssue[] = [];
    parsed.config.banks.forEach((row, index) => {
      const bank = parseConfig(bankSchema, row);
      if (bank.ok) banks.push(bank.config);
      else for (const { field, message } of bank.issues) skipped.push({ field: field === '(config)' ? `banks.${index}` : `banks.${index}.${field}`, message });
    });
    return { banks, skipped };
  }
}

/** The catalog URL of a request. */
export function catalogUrl({ apiBase, country, locale }: CatalogRequest): string {
  return apiUrl(apiBase, 'v1/catalog', { country, locale }).href;
}

/** The elements' default `catalogClient`: one per page, so every picker shares the cache. */
export const sharedCatalogClient = new CatalogClient();
