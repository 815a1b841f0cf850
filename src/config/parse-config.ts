import type * as z from 'zod/mini';

/** One problem of a config: the field (dotted path) and what was wrong with it. */
export interface ConfigIssue {
  readonly field: string;
  readonly message: string;
}

export type ConfigResult<T> = { readonly ok: true; readonly config: T } | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/** Thrown by {@link parseConfigOrThrow}; its message names every bad field. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    super(`Invalid SignIn Flow config: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** Validates `input` with `schema`; the issues name the field and what was wrong. */
export function parseConfig<S extends z.ZodMiniType>(schema: S, input: unknown): ConfigResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => toConfigIssue(issue, input)) };
}

/** Like {@link parseConfig} but throws a {@link ConfigError}. */
export function parseConfigOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = parseConfig(schema, input);
  if (!result.ok) throw new ConfigError(result.issues);
  return result.config;
}

function toConfigIssue(issue: z.core.$ZodIssue, input: unknown): ConfigIssue {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return { field: issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', '), message: 'is not a known option' };
    case 'invalid_type':
      return { field: path || '(config)', message: issue.path.length > 0 && valueAt(input, issue.path) === undefined ? 'is required' : `must be ${withArticle(issue.expected)}` };
    case 'invalid_value':
      return { field: path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { field: path || '(config)', message: issue.message };
  }
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** The value at `path` in `input` (an issue's path), or undefined. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
