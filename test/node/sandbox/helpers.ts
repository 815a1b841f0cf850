import type { Hono } from 'hono';
import { verifyWebhook } from '../../../src/server/webhooks.js';
import { createSandboxApp, type Sandbox } from '../../../demo/sandbox/app.js';
import type { SandboxOptions } from '../../../demo/sandbox/config.js';
import type { CreateSessionRequest, CreateSessionResponse } from '../../../src/core/protocol/session.js';
import type { SigninResultMessage } from '../../../src/core/protocol/result.js';

export const SECRET = 'test-secret-key';
/** The sandbox's Standard Webhooks secret in these tests. */
export const WEBHOOK_SECRET = 'whsec_dGVzdC13ZWJob29rLXNlY3JldC1rZXk=';
export const ORIGIN = 'http://localhost:8000';
export const START = Date.UTC(2025, 0, 15, 12, 0, 0);

export interface TestSandbox {
  sandbox: Sandbox;
  app: Hono;
  clock: { now: number };
}

/** A sandbox with a fixed, movable clock, no background sweep and no logging. Close it in `after`. */
export function makeSandbox(options: SandboxOptions = {}): TestSandbox {
  const clock = { now: START };
  const sandbox = createSandboxApp({ secret: SECRET, webhookSecret: WEBHOOK_SECRET, sweepIntervalMs: 0, now: () => clock.now, log: () => {}, ...options });
  return { sandbox, app: sandbox.app, clock };
}

/** Verifies one delivery as a receiver would (Standard Webhooks, `verifyWebhook`) at the given time; returns its timestamp. */
export async function verifyDelivery(body: string, headers: HeadersInit | undefined, nowMs: number, secret = WEBHOOK_SECRET): Promise<number> {
  const parsed = new Headers(headers);
  await verifyWebhook(body, parsed, secret, { now: () => nowMs });
  return Number(parsed.get('webhook-timestamp'));
}

export function sessionBody(overrides: Partial<Record<keyof CreateSessionRequest, unknown>> = {}): Record<string, unknown> {
  return {
    clientId: 'sandbox-client',
    ownerExternalId: 'user-42',
    bankId: 'demo-bank-pl',
    consents: [{ id: 'terms', version: '1', acceptedAt: '2025-01-15T11:59:00Z' }],
    mode: 'popup',
    origin: ORIGIN,
    ...overrides,
  };
}

export async function postJson(app: Hono, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** Creates a session and returns the answer (asserting nothing). */
export async function createSession(app: Hono, overrides: Parameters<typeof sessionBody>[0] = {}): Promise<CreateSessionResponse> {
  const response = await postJson(app, '/v1/signin-sessions', sessionBody(overrides), { origin: ORIGIN });
  if (response.status !== 201) throw new Error(`session creation failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateSessionResponse;
}

/** `/bank/<token>` from an authorization URL. */
export const bankPath = (authorizationUrl: string): string => new URL(authorizationUrl).pathname;

export async function postForm(app: Hono, path: string, fields: Record<string, string | string[]>): Promise<Response> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  return app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
}

export function authed(app: Hono, path: string, init: RequestInit = {}, secret = SECRET): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${secret}`);
  return Promise.resolve(app.request(path, { ...init, headers }));
}

export async function authedJson(app: Hono, path: string, body: unknown): Promise<Response> {
  return authed(app, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** The data block of a popup completion page. */
export function completionData(html: string): { message: SigninResultMessage; targetOrigin: string } {
  const match = /<script type="application\/json" id="signin-result">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error(`no completion data in page:\n${html.slice(0, 500)}`);
  return JSON.parse(match[1]) as { message: SigninResultMessage; targetOrigin: string };
}

export async function sessionStatus(app: Hono, sessionId: string): Promise<string> {
  const response = await authed(app, `/v1/signin-sessions/${sessionId}`);
  const body = (await response.json()) as { status: string };
  return body.status;
}

export interface ApiErrorJson {
  error: { code: string; message: string; field: string | null };
}
