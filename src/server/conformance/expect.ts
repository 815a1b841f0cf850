/**
 * The assertions of the checks, each failing with a reason a provider can act on: the request,
 * what came back, what the protocol wants, and the field at fault.
 */
import { apiErrorCodeSchema, apiErrorResponseSchema } from '../../core/protocol/errors.js';
import { CheckFailure, type Answer } from './types.js';
import { valueAt } from '../../config/parse-config.js';

/** A schema's issues as zod (mini) reports them: the path and what went wrong. */
interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
}

interface SafeParser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

/** At most `max` characters of `text`, on one line. */
export function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return excerpt(json === undefined ? String(value) : json, 60);
};

/** `banks.0.status: must be one of "up", "degraded", "down" (got "meh")`: the dotted field and why. */
export function describeIssue(issue: Issue, data: unknown): string {
  const field = issue.path.map(String).join('.') || '(the body)';
  const value = valueAt(data, issue.path);
  // zod/mini carries no messages of its own ("Invalid input"), and zod's locales differ by the
  // process's configuration ("Invalid input: expected…"): say what the schema wanted, the same everywhere.
  let why = issue.message;
  if (!why || /^(Invalid|Too (small|big))\b/.test(why)) {
    if (issue.code === 'invalid_type') why = value === undefined ? `is missing (expected ${String(issue.expected)})` : `must be ${String(issue.expected)}`;
    else if (issue.code === 'invalid_value' && issue.values) why = `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    else if (issue.code === 'invalid_union') why = 'matches none of the allowed shapes';
    else if (issue.code === 'too_small') why = `is too small (minimum ${String(issue.minimum)})`;
    else if (issue.code === 'too_big') why = `is too big (maximum ${String(issue.maximum)})`;
    else why = `is not valid (${issue.code})`;
  }
  return value === undefined || why.startsWith('is missing') ? `${field}: ${why}` : `${field}: ${why} (got ${show(value)})`;
}

/** Parses `data` with a protocol schema, or fails naming the first field at fault. */
export function parseWith<T>(schema: SafeParser<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  throw new CheckFailure(`${what} is not of the protocol's schema: ${first ? describeIssue(first, data) : 'invalid'}${more}`);
}

/** Fails unless the answer's status is `status`. */
export function expectStatus(answer: Answer, ...statuses: number[]): void {
  if (statuses.includes(answer.status)) return;
  const body = answer.text ? `: ${excerpt(answer.text)}` : ' (empty body)';
  throw new CheckFailure(`${answer.label} answered ${answer.status}, expected ${statuses.join(' or ')}${body}`);
}

/** Fails unless the answer is JSON (by its Content-Type and its body); returns the parsed body. */
export function expectJson(answer: Answer): unknown {
  const type = answer.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw new CheckFailure(`${answer.label} answered Content-Type "${type || 'none'}", expected application/json`);
  if (answer.json === undefined) throw new CheckFailure(`${answer.label} answered a body that is not JSON: ${excerpt(answer.text) || '(empty)'}`);
  return answer.json;
}

export interface ExpectedError {
  readonly status: number;
  readonly code: string;
  /** The field the error must name; `null`: none; left out: any (but `field` must be present). */
  readonly field?: string | null;
}

/**
 * Fails unless the answer is the protocol's error: `status`, JSON `{error: {code, message, field}}`
 * with a known `code` equal to the expected one, a message, and `field` naming the input at fault.
 */
export function expectError(answer: Answer, expected: ExpectedError): void {
  expectStatus(answer, expected.status);
  const body = parseWith(apiErrorResponseSchema, expectJson(answer), `The error body of ${answer.label}`);
  const { code, message, field } = body.error;
  if (!apiErrorCodeSchema.safeParse(code).success) throw new CheckFailure(`${answer.label}: error.code "${code}" is not an error code of the protocol (expected "${expected.code}")`);
  if (code !== expected.code) throw new CheckFailure(`${answer.label}: error.code is "${code}", expected "${expected.code}"`);
  if (message.trim() === '') throw new CheckFailure(`${answer.label}: error.message is empty`);
  if (field === undefined) throw new CheckFailure(`${answer.label}: error.field is missing (the protocol sends the field at fault, or null)`);
  if (expected.field !== undefined && field !== expected.field) {
    throw new CheckFailure(`${answer.label}: error.field is ${JSON.stringify(field)}, expected ${JSON.stringify(expected.field)}`);
  }
}

/** Fails with `reason` unless `condition` holds. */
export function ensure(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new CheckFailure(reason);
}
