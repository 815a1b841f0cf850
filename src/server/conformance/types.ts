/**
 * The conformance kit's vocabulary: checks as data (`{id, title, run(ctx)}`), what a check sees
 * (`CheckContext`) and what it yields (`CheckResult`). No Node-only API: the checks speak `fetch`.
 */

/** How one check ended. `skip`: the check does not apply (an optional endpoint not offered, an option not given). */
export type CheckStatus = 'pass' | 'fail' | 'skip';

/** One webhook POST as the kit's receiver got it: the raw body and the headers, names in lower case. */
export interface ReceivedWebhook {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Where the provider sends the kit's webhooks: `url` goes into the link's `webhookUrl`, and
 * `next` waits for the next delivery. The CLI listens with node:http (`listenForWebhooks`);
 * any other runtime may pass its own.
 */
export interface WebhookReceiver {
  readonly url: string;
  /** The next delivery not yet taken; rejects after `timeoutMs` or when `signal` aborts. */
  next(timeoutMs: number, signal?: AbortSignal): Promise<ReceivedWebhook>;
}

/** The answer of one request, its body read once as text (and as JSON when it is JSON). */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body, or `undefined` when it is not JSON. */
  readonly json: unknown;
  /** `METHOD /path` of the request, for reasons. */
  readonly label: string;
}

export interface RequestOptions {
  readonly method?: string;
  /** A value to send as JSON (`Content-Type: application/json`), or a raw string body. */
  readonly json?: unknown;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sends `Authorization: Bearer <secret>` (default false). */
  readonly auth?: boolean;
  /** A bearer token other than the secret (for the 401 checks). */
  readonly bearer?: string;
}

/** A bank of the provider's catalog that sessions can use (read leniently: the catalog check judges its shape). */
export interface UsableBank {
  readonly id: string;
  readonly country: string | undefined;
}

/** A link of the kit's, with the session started from it as its hosted page does. */
export interface StartedLink {
  readonly linkId: string;
  readonly linkUrl: string;
  readonly sessionId: string;
  /** Whether the link was created with the receiver's `webhookUrl`. */
  readonly webhookUrl: string | undefined;
}

/** What a check gets: the options, a request helper on `fetch`, and shared steps (each run once). */
export interface CheckContext {
  readonly apiBase: string;
  readonly clientId: string;
  /** The integrator origin given with `origin` (an allowed origin of the client), if any. */
  readonly origin: string | undefined;
  readonly webhookSecret: string | undefined;
  readonly receiver: WebhookReceiver | undefined;
  /** How long the webhook check waits for its delivery. */
  readonly webhookTimeoutMs: number;
  /** A fresh `ownerExternalId` of this run (`conformance-…`): nothing of a real user is touched. */
  readonly ownerExternalId: string;
  /** Aborts when the check runs out of time. */
  readonly signal: AbortSignal;
  request(path: string, options?: RequestOptions): Promise<Answer>;
  /** The allowed origin, or a skip naming the option. */
  requireOrigin(): string;
  /** Ends the check as skipped with `reason`. */
  skip(reason: string): never;
  /** A bank whose status is not `down`, from the catalog (shared by the checks). */
  bank(): Promise<UsableBank>;
  /** A session created from `origin` in popup mode (shared; needs `origin`). */
  session(): Promise<{ sessionId: string }>;
  /** A link of this run moved by a session started from it (shared; needs `origin`). */
  startedLink(): Promise<StartedLink>;
  /** Whether the provider offers the access endpoints (`GET /v1/accesses` is not 404). */
  accessesOffered(): Promise<boolean>;
}

/**
 * One check: a stable `id` (`area.what`), the rule it holds the provider to (`title`), and `run`,
 * which returns (a pass, optionally with a note), throws `CheckFailure` or any error (a fail with
 * its message) or calls `ctx.skip`.
 */
export interface Check {
  readonly id: string;
  readonly title: string;
  /** Overrides the run's per-check timeout (the webhook check waits for a delivery). */
  readonly timeoutMs?: (ctx: CheckContext) => number;
  run(ctx: CheckContext): Promise<string | void>;
}

/** The outcome of one check. */
export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly status: CheckStatus;
  /** Why it failed or was skipped; for a pass, an optional note (`12 banks`). */
  readonly reason?: string;
  readonly durationMs: number;
}

/** What `runConformance` returns: every result in order, the counts, and `ok` (no failure). */
export interface ConformanceReport {
  readonly apiBase: string;
  readonly ok: boolean;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly results: readonly CheckResult[];
}

/** A check's failure with the reason shown in the table. */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
}

/** Thrown by `ctx.skip`. */
export class CheckSkipped extends Error {
  override readonly name = 'CheckSkipped';
}
