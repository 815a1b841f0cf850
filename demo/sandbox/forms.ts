import type { Context } from 'hono';
import { ApiError } from './api-error.js';

export type FormFields = Record<string, string | string[]>;

/** Reads an urlencoded or multipart form as strings (files are dropped). */
export async function readForm(c: Context): Promise<FormFields> {
  let body: Awaited<ReturnType<Context['req']['parseBody']>>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new ApiError(400, 'invalid_request', 'The form body could not be read');
  }
  const fields: FormFields = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') fields[key] = value;
    else if (Array.isArray(value)) fields[key] = value.filter((item): item is string => typeof item === 'string');
  }
  return fields;
}

/** The first string value of a field, trimmed ('' if absent). */
export function field(fields: FormFields, name: string): string {
  const value = fields[name];
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? '').trim();
}

/** Every value of a repeated field (checkboxes). */
export function fieldAll(fields: FormFields, name: string): string[] {
  const value = fields[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
