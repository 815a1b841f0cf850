/**
 * Reads the OpenAPI document for its HTML reference (pages/api-reference.ts): a schema's type and
 * constraints in words, and an object's fields as rows. No HTML here.
 */
import type { JsonObject } from '../../src/server/openapi.js';

export interface FieldRow {
  /** Dotted name (`balances.booked`, `consents[]`). */
  name: string;
  type: SchemaType;
  required: boolean;
  constraints: string[];
  description: string;
}

/** A type in words; `ref` names the component to link to. */
export interface SchemaType {
  text: string;
  ref?: string;
}

const REF = '#/components/schemas/';

/** The component a `$ref` names, or undefined. */
export function refName(schema: JsonObject): string | undefined {
  const target = schema.$ref;
  return typeof target === 'string' && target.startsWith(REF) ? target.slice(REF.length) : undefined;
}

/** The schema a `$ref` points to (one level), else the schema itself. */
export function resolve(schema: JsonObject, components: Record<string, JsonObject>): JsonObject {
  const name = refName(schema);
  return name ? (components[name] ?? schema) : schema;
}

export function schemaType(schema: JsonObject): SchemaType {
  const name = refName(schema);
  if (name) return { text: name, ref: name };
  if (Array.isArray(schema.allOf)) {
    const named = (schema.allOf as JsonObject[]).map(refName).find((ref) => ref !== undefined);
    if (named) return { text: named, ref: named };
  }
  if (schema.type === 'array' && schema.items && typeof schema.items === 'object') {
    const item = schemaType(schema.items as JsonObject);
    return { text: `array of ${item.text}`, ...(item.ref ? { ref: item.ref } : {}) };
  }
  if (Array.isArray(schema.anyOf)) return { text: (schema.anyOf as JsonObject[]).map((option) => schemaType(option).text).join(' or ') };
  if (typeof schema.type === 'string') return { text: schema.type };
  if (schema.const !== undefined) return { text: typeof schema.const };
  return { text: 'any' };
}

const quote = (value: unknown): string => JSON.stringify(value);

/** The constraints of a schema in words: lengths, ranges, patterns, formats, allowed values, defaults. */
export function constraints(schema: JsonObject): string[] {
  const out: string[] = [];
  const min = schema.minLength as number | undefined;
  const max = schema.maxLength as number | undefined;
  if (min !== undefined && max !== undefined) out.push(`${min}–${max} characters`);
  else if (min !== undefined) out.push(`at least ${min} character${min === 1 ? '' : 's'}`);
  else if (max !== undefined) out.push(`at most ${max} characters`);
  const minimum = schema.minimum as number | undefined;
  const maximum = schema.maximum as number | undefined;
  if (minimum !== undefined && maximum !== undefined) out.push(`${minimum} to ${maximum}`);
  else if (minimum !== undefined) out.push(`at least ${minimum}`);
  else if (maximum !== undefined) out.push(`at most ${maximum}`);
  const minItems = schema.minItems as number | undefined;
  const maxItems = schema.maxItems as number | undefined;
  if (minItems !== undefined && maxItems !== undefined) out.push(`${minItems}–${maxItems} items`);
  else if (minItems !== undefined) out.push(`at least ${minItems} items`);
  else if (maxItems !== undefined) out.push(`at most ${maxItems} items`);
  if (Array.isArray(schema.enum)) out.push(`one of ${schema.enum.map(quote).join(', ')}`);
  if (schema.const !== undefined) out.push(`always ${quote(schema.const)}`);
  if (typeof schema.format === 'string') out.push(schema.format);
  // date-time patterns are long: the format says it.
  else if (typeof schema.pattern === 'string') out.push(`pattern ${schema.pattern}`);
  if (schema.default !== undefined) out.push(`default ${quote(schema.default)}`);
  if (schema.nullable === true || (Array.isArray(schema.anyOf) && (schema.anyOf as JsonObject[]).some((option) => option.type === 'null'))) out.push('may be null');
  return out;
}

/**
 * The fields of an object schema as rows, nested inline objects flattened (`balances.booked`):
 * a field whose type is a named component links to it instead.
 */
export function fieldRows(schema: JsonObject, components: Record<string, JsonObject>, prefix = ''): FieldRow[] {
  const target = resolve(schema, components);
  const properties = (target.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((target.required ?? []) as string[]);
  const rows: FieldRow[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const full = `${prefix}${name}`;
    const anyOf = Array.isArray(property.anyOf) ? (property.anyOf as JsonObject[]) : undefined;
    const shown = anyOf ? { ...property, ...(anyOf.find((option) => option.type !== 'null') ?? {}), anyOf: undefined } : property;
    // A named enum: its values beside the link.
    const named = refName(shown) === undefined ? undefined : components[refName(shown) ?? ''];
    const ownConstraints = [...(Array.isArray(named?.enum) ? constraints({ enum: named.enum }) : []), ...constraints(shown)];
    if (anyOf?.some((option) => option.type === 'null')) ownConstraints.push('may be null');
    rows.push({ name: full, type: schemaType(shown), required: required.has(name), constraints: ownConstraints, description: typeof property.description === 'string' ? property.description : '' });
    if (shown.type === 'object' && shown.properties) rows.push(...fieldRows(shown, components, `${full}.`));
    const items = shown.type === 'array' ? (shown.items as JsonObject | undefined) : undefined;
    if (items && items.type === 'object' && items.properties) rows.push(...fieldRows(items, components, `${full}[].`));
  }
  return rows;
}

/** Inline Markdown of the document's descriptions: `code` spans; everything else is text. */
export function inlineParts(text: string): { code: boolean; text: string }[] {
  return text.split('`').map((part, index) => ({ code: index % 2 === 1, text: part })).filter((part) => part.text !== '');
}
