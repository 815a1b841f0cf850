/**
 * Runs the checks one after the other against a provider: each with its own time limit, a
 * failure or a crash of one never stops the others. Steps several checks need (a bank of the
 * catalog, a session, a link moved by a session) run once and are shared.
 */
import { apiUrl } from '../../core/protocol/api-url.js';
import { CHECKS, RETURN_PATH, sessionRequest } from './checks.js';
import { ensure, expectJson, expectStatus, parseWith } from './expect.js';
import { ConformanceOptionsError, parseConformanceOptions, type ConformanceOptions } from './options.js';
import { createLinkResponseSchema } from '../../core/protocol/link.js';
import { createSessionResponseSchema } from '../../core/protocol/session.js';
import { CheckFailure, CheckSkipped, type Answer, type Check, type CheckContext, type CheckResult, type ConformanceReport, type RequestOptions, type StartedLink, type UsableBank } from './types.js';

const message = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  // fetch's "fetch failed" hides its cause (ECONNREFUSED, a DNS failure…).
  const cause = (error as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `: ${(cause as { code?: string }).code ?? cause.message}` : '';
  return error.name === 'TimeoutError' ? 'the request timed out' : `${error.message}${detail}`;
};

/** Runs one step once, sharing its promise (and its failure) with every check that asks. */
function once<T>(step: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= step());
}

/**
 * Checks a provider against the signin-flow protocol wherever no bank login is needed, and
 * returns every check's result (`pass`, `fail` with its reason, or `skip`). `ok` is true when
 * none failed. Bad options throw `ConformanceOptionsError` naming the option.
 *
 * ```ts
 * const report = await runConformance({ apiBase: 'https://provider.example', clientId: 'shop', secret, origin: 'https://shop.example' });
 * console.log(formatTable(report));
 * ```
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const config = parseConformanceOptions(options);
  let checks: readonly Check[] = CHECKS;
  if (config.only) {
    const unknown = config.only.filter((id) => !CHECKS.some((check) => check.id === id));
    if (unknown.length > 0) throw new ConformanceOptionsError('only', `only: no check "${unknown.join('", "')}" (the checks: ${CHECKS.map((check) => check.id).join(', ')})`);
    checks = CHECKS.filter((check) => config.only?.includes(check.id));
  }
  const ownerExternalId = `conformance-${crypto.randomUUID()}`;

  const request = async (path: string, init: RequestOptions = {}, signal?: AbortSignal): Promise<Answer> => {
    const method = init.method ?? (init.json === undefined && init.body === undefined ? 'GET' : 'POST');
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    const bearer = init.bearer ?? (init.auth ? config.secret : undefined);
    if (bearer !== undefined) headers.set('authorization', `Bearer ${bearer}`);
    const url = apiUrl(config.apiBase, path.replace(/^\/+/, ''));
    const timeout = AbortSignal.timeout(config.timeoutMs);
    const label = `${method} ${url.pathname}${url.search}`;
    let response: Response;
    try {
      response = await config.fetch(url, {
        method,
        headers,
        body: init.json === undefined ? init.body : JSON.stringify(init.json),
        redirect: 'manual',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      throw new CheckFailure(`${label} failed: ${message(error)}`);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json, label };
  };

  const requireOrigin = (): string => {
    if (config.origin === undefined) throw new CheckSkipped('needs an allowed origin of the client (--origin https://your-site.example)');
    return config.origin;
  };

  const bank = once(async (): Promise<UsableBank> => {
    const answer = await request('/v1/catalog');
    expectStatus(answer, 200);
    const body = expectJson(answer) as { banks?: unknown };
    // Read leniently: catalog.shape judges the shape; the other checks only need an id.
    const banks = Array.isArray(body.banks) ? (body.banks as Record<string, unknown>[]) : [];
    const usable = banks.find((entry) => entry && typeof entry.id === 'string' && entry.id !== '' && entry.status !== 'down');
    if (!usable) throw new CheckFailure('The catalog has no bank whose status is not "down" (GET /v1/catalog), so no session can start');
    return { id: usable.id as string, country: typeof usable.country === 'string' ? usable.country : undefined };
  });

  const session = once(async () => {
    const origin = requireOrigin();
    const answer = await request('/v1/signin-sessions', { method: 'POST', json: sessionRequest(context(), await bank(), origin), headers: { origin } });
    expectStatus(answer, 201);
    return { sessionId: parseWith(createSessionResponseSchema, expectJson(answer), 'The session').sessionId };
  });

  const startedLink = once(async (): Promise<StartedLink> => {
    const origin = requireOrigin();
    const webhookUrl = config.receiver?.url;
    const created = await request('/v1/signin-links', {
      method: 'POST',
      auth: true,
      json: { ownerExternalId, returnUrl: `${origin}${RETURN_PATH}`, ...(webhookUrl ? { webhookUrl } : {}) },
    });
    expectStatus(created, 201);
    const link = parseWith(createLinkResponseSchema, expectJson(created), 'The new link');
    // The hosted page's widget starts the link's session on the page's origin, returning to `<link url>/return`.
    const page = new URL(link.url);
    const body = sessionRequest(context(), await bank(), page.origin, { mode: 'redirect', returnUrl: `${page.origin}${page.pathname.replace(/\/+$/, '')}/return` });
    const answer = await request('/v1/signin-sessions', { method: 'POST', json: body, headers: { origin: page.origin } });
    expectStatus(answer, 201);
    const started = parseWith(createSessionResponseSchema, expectJson(answer), "The link's session");
    ensure(started.sessionId, "The link's session has no sessionId");
    return { linkId: link.id, linkUrl: link.url, sessionId: started.sessionId, webhookUrl };
  });

  const accessesOffered = once(async () => {
    const answer = await request(`/v1/accesses?ownerExternalId=${encodeURIComponent(ownerExternalId)}`, { auth: true });
    return answer.status !== 404;
  });

  let signal = new AbortController().signal;
  const context = (): CheckContext => ({
    apiBase: config.apiBase,
    clientId: config.clientId,
    origin: config.origin,
    webhookSecret: config.webhookSecret,
    receiver: config.receiver,
    webhookTimeoutMs: config.webhookTimeoutMs,
    ownerExternalId,
    signal,
    request: (path, init) => request(path, init, signal),
    requireOrigin,
    skip: (reason) => {
      throw new CheckSkipped(reason);
    },
    bank,
    session,
    startedLink,
    accessesOffered,
  });

  const results: CheckResult[] = [];
  for (const check of checks) {
    const controller = new AbortController();
    signal = controller.signal;
    const ctx = context();
    const limit = check.timeoutMs?.(ctx) ?? config.timeoutMs;
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = await Promise.race([
      check.run(ctx).then(
        (note) => ({ status: 'pass' as const, reason: note || undefined }),
        (error: unknown) => (error instanceof CheckSkipped ? { status: 'skip' as const, reason: error.message } : { status: 'fail' as const, reason: message(error) }),
      ),
      new Promise<{ status: 'fail'; reason: string }>((resolve) => {
        timer = setTimeout(() => {
          controller.abort();
          resolve({ status: 'fail', reason: `timed out after ${limit} ms` });
        }, limit);
      }),
    ]);
    clearTimeout(timer);
    controller.abort();
    results.push({ id: check.id, title: check.title, status: outcome.status, ...(outcome.reason ? { reason: outcome.reason } : {}), durationMs: Math.round(performance.now() - started) });
  }

  const count = (status: CheckResult['status']) => results.filter((result) => result.status === status).length;
  const failed = count('fail');
  return { apiBase: config.apiBase, ok: failed === 0, passed: count('pass'), failed, skipped: count('skip'), results };
}
