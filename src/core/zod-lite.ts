/**
 * The part of the `zod/mini` API that our schemas use, on a small engine of its own: the CDN
 * builds resolve `zod/mini` to this module (rollup.config.mjs) so the classic script stays in
 * its size budget (zod/mini's engine is ~7 KB gzip of it; this one ~1.2 KB). The schemas in
 * src/config and src/core/protocol are unchanged and stay the single source; the npm build, the
 * sandbox and the type-check use zod itself. test/node/zod-lite.test.ts runs every schema on
 * both engines over the same inputs and requires the same data and the same issues.
 *
 * A zod function that is not here fails the CDN build (MISSING_EXPORT is an error there).
 */

type Key = string | number;

/** An issue as zod reports it: `{code, path, message, …}` (plus its code's own fields). */
export interface Issue {
  code: string;
  path: Key[];
  message: string;
  [field: string]: unknown;
}

/** An issue while parsing: no message yet when the schema has none; `continue: true` lets later checks run. */
interface RawIssue {
  code: string;
  path?: Key[];
  message?: string | undefined;
  continue?: boolean;
  [field: string]: unknown;
}

interface Payload {
  value: unknown;
  issues: RawIssue[];
}

type Params = string | { error?: string; message?: string } | undefined;
/** How an object treats its key when absent: left out (`optional`), filled in (`defaulted`), or an issue. */
type Presence = 'optional' | 'defaulted' | undefined;

/** A check added with `.check()`: a test, a refinement or a transform (`trim`). */
export interface Check {
  readonly run: (payload: Payload) => void;
  /** When set, the check runs even after an aborting issue if this returns true. */
  readonly when?: ((payload: Payload) => boolean) | undefined;
}

const messageOf = (params: Params) => (typeof params === 'string' ? params : (params?.error ?? params?.message));

/** The error of `parse()`; its `issues` are those of `safeParse()`. */
export class ZodError extends Error {
  constructor(readonly issues: Issue[]) {
    super(JSON.stringify(issues, undefined, 2));
    this.name = '$ZodError';
  }
}

export type SafeParseResult = { success: true; data: unknown; error?: undefined } | { success: false; error: ZodError; data?: undefined };

// An issue stops the checks that follow unless it says `continue: true` (zod's `aborted`).
const aborted = (payload: Payload, from = 0) => payload.issues.slice(from).some((issue) => issue.continue !== true);

/** A schema: a parse step (type, shape) and the checks that run after it. */
export class Schema {
  constructor(
    readonly parseStep: (payload: Payload) => void,
    readonly presence: Presence = undefined,
    readonly checks: readonly Check[] = [],
  ) {}

  check(...checks: Check[]): Schema {
    return new Schema(this.parseStep, this.presence, [...this.checks, ...checks]);
  }

  /** Parses `payload` in place, as zod's `_zod.run`. */
  run(payload: Payload): Payload {
    this.parseStep(payload);
    let stop = aborted(payload);
    for (const check of this.checks) {
      if (check.when ? payload.issues.some((issue) => issue.continue === false) || !check.when(payload) : stop) continue;
      const before = payload.issues.length;
      check.run(payload);
      stop ||= aborted(payload, before);
    }
    return payload;
  }

  safeParse(value: unknown): SafeParseResult {
    const { value: data, issues } = this.run({ value, issues: [] });
    if (issues.length === 0) return { success: true, data };
    // Like zod: the input and the `continue` flag stay out of the reported issues.
    const reported = issues.map(({ input: _input, continue: _continue, ...issue }) => ({ ...issue, path: issue.path ?? [], message: issue.message ?? 'Invalid input' }));
    return { success: false, error: new ZodError(reported) };
  }

  parse(value: unknown): unknown {
    const result = this.safeParse(value);
    if (!result.success) throw result.error;
    return result.data;
  }
}

const prefixed = (key: Key, issues: RawIssue[]) => issues.map((issue) => ({ ...issue, path: [key, ...(issue.path ?? [])] }));

const typed = (expected: string, test: (value: unknown) => boolean, message?: string) =>
  new Schema((payload) => {
    const value = payload.value;
    // zod names the received value of a number that is NaN or infinite.
    if (!test(value)) payload.issues.push({ code: 'invalid_type', expected, message, ...(expected === 'number' && typeof value === 'number' ? { received: String(value) } : {}) });
  });

export const string = () => typed('string', (value) => typeof value === 'string');
export const boolean = () => typed('boolean', (value) => typeof value === 'boolean');
export const number = () => typed('number', Number.isFinite);

const oneOf = (values: readonly unknown[]) =>
  new Schema((payload) => {
    if (!values.includes(payload.value)) payload.issues.push({ code: 'invalid_value', values: [...values] });
  });
export const literal = (value: unknown) => oneOf([value]);
export { oneOf as enum };

export const optional = (inner: Schema) =>
  new Schema(
    (payload) => {
      if (payload.value !== undefined || inner.presence === 'defaulted') inner.run(payload);
    },
    inner.presence ?? 'optional',
  );

export const nullable = (inner: Schema) =>
  new Schema((payload) => {
    if (payload.value !== null) inner.run(payload);
  }, inner.presence);

const copy = (value: unknown) => (Array.isArray(value) ? [...value] : value !== null && typeof value === 'object' ? { ...value } : value);

export const _default = (inner: Schema, fallback: unknown) =>
  new Schema((payload) => {
    if (payload.value !== undefined) inner.run(payload);
    if (payload.value === undefined) payload.value = copy(fallback);
  }, 'defaulted');

export const array = (element: Schema) =>
  new Schema((payload) => {
    const input = payload.value;
    if (!Array.isArray(input)) return void payload.issues.push({ code: 'invalid_type', expected: 'array' });
    payload.value = Array.from(input, (item, index) => {
      const result = element.run({ value: item, issues: [] });
      payload.issues.push(...prefixed(index, result.issues));
      return result.value;
    });
  });

/** What an object does with keys outside its shape: drop them, report them, or keep them. */
type Unknown = 'strip' | 'strict' | 'loose';

function objectOf(shape: Record<string, Schema>, unknownKeys: Unknown): Schema {
  return new Schema((payload) => {
    const input = payload.value as Record<string, unknown>;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return void payload.issues.push({ code: 'invalid_type', expected: 'object' });
    const output: Record<string, unknown> = {};
    payload.value = output;
    for (const [key, schema] of Object.entries(shape)) {
      const present = key in input;
      if (key === '__proto__' || (!present && schema.presence === 'optional')) continue;
      const result = schema.run({ value: input[key], issues: [] });
      payload.issues.push(...prefixed(key, result.issues));
      if (!present && !schema.presence) {
        if (result.issues.length === 0) payload.issues.push({ code: 'invalid_type', expected: 'nonoptional', path: [key] });
      } else if (present || result.value !== undefined) output[key] = result.value;
    }
    if (unknownKeys === 'strip') return;
    const unrecognized: string[] = [];
    for (const key in input) {
      if (Object.hasOwn(shape, key)) continue;
      if (unknownKeys === 'strict') unrecognized.push(key);
      else if (key !== '__proto__') output[key] = input[key];
    }
    if (unrecognized.length > 0) payload.issues.push({ code: 'unrecognized_keys', keys: unrecognized, continue: true });
  });
}

export const object = (shape: Record<string, Schema>) => objectOf(shape, 'strip');
export const strictObject = (shape: Record<string, Schema>) => objectOf(shape, 'strict');
export const looseObject = (shape: Record<string, Schema>) => objectOf(shape, 'loose');

// Checks. Like zod's, a failed check lets the next ones run; a refinement does not run after a type error.

const lengthCheck = (code: 'too_small' | 'too_big', limit: number, params: Params): Check => ({
  when: (payload) => (payload.value as { length?: unknown } | null | undefined)?.length !== undefined,
  run(payload) {
    const value = payload.value as string | unknown[];
    // Strings are measured in code points, as zod does.
    const length = typeof value === 'string' ? [...value].length : value.length;
    if (code === 'too_small' ? length >= limit : length <= limit) return;
    const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
    payload.issues.push({ origin, code, [code === 'too_small' ? 'minimum' : 'maximum']: limit, inclusive: true, message: messageOf(params), continue: true });
  },
});
export const minLength = (minimum: number, params?: Params) => lengthCheck('too_small', minimum, params);
export const maxLength = (maximum: number, params?: Params) => lengthCheck('too_big', maximum, params);

const formatCheck = (format: string, pattern: RegExp, params: Params, test = (value: string) => pattern.test(value)): Check => ({
  run(payload) {
    pattern.lastIndex = 0;
    if (!test(payload.value as string)) payload.issues.push({ origin: 'string', code: 'invalid_format', format, pattern: String(pattern), message: messageOf(params), continue: true });
  },
});
export const regex = (pattern: RegExp, params?: Params) => formatCheck('regex', pattern, params);

export const trim = (): Check => ({
  run(payload) {
    payload.value = (payload.value as string).trim();
  },
});

export const refine = (test: (value: never) => unknown, params?: Params): Check => ({
  run(payload) {
    if (!test(payload.value as never)) payload.issues.push({ code: 'custom', path: [], message: messageOf(params), continue: true });
  },
});

/** `fn(value, ctx)` pushes its own issues onto `ctx.issues`; `when` decides whether it runs after other issues. */
export const superRefine = (fn: (value: never, ctx: Payload) => void, options?: { when?: (payload: Payload) => boolean }): Check => ({
  when: options?.when,
  run(payload) {
    fn(payload.value as never, payload);
  },
});

// RFC 3339 date-time with seconds and a `Z` or `±hh:mm` offset, on a real calendar day.
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
function isDateTime(value: string): boolean {
  const [, year, month, day] = DATE_TIME.exec(value) ?? [];
  const date = new Date(Date.UTC(+year!, +month! - 1, +day!));
  return !!year && date.getUTCMonth() === +month! - 1 && date.getUTCDate() === +day!;
}

export const iso = {
  /** Only the `{offset: true, error}` form: seconds required, `Z` or an offset. */
  datetime: (params: { offset: true; error?: string }) =>
    typed('string', (value) => typeof value === 'string', params.error).check(formatCheck('datetime', DATE_TIME, params.error, isDateTime)),
};
