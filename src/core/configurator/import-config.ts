import type { ConfigIssue, ConfigResult } from '../../config/parse-config.js';
import { parseConfig } from '../../config/parse-config.js';
import { widgetConfigSchema, type WidgetConfig } from '../../config/widget-config.js';
import { TOKENS, type StyleKey } from '../../styles/token-names.js';
import { ATTRIBUTES, type AttributeField } from './config-model.js';
import { LiteralError, readObjectLiteral } from './literal.js';

/** What a pasted text was read as. */
export type ImportFormat = 'json' | 'html' | 'script' | 'css';

const fail = (field: string, message: string): { ok: false; issues: ConfigIssue[] } => ({ ok: false, issues: [{ field, message }] });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a pasted JSON config: `{ok, config}` when it parses and validates, else the problems as
 * `{field, message}` — `(JSON)` for text that is not JSON, the config's fields otherwise.
 */
export function importConfig(text: string): ConfigResult<WidgetConfig> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('(JSON)', `is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) return fail('(config)', 'must be a JSON object');
  return parseConfig(widgetConfigSchema, value);
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' };
const unescapeHtml = (value: string) => value.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, name: string) => ENTITIES[name]!);

const BY_ATTRIBUTE = new Map((Object.entries(ATTRIBUTES) as [AttributeField, string][]).map(([field, attribute]) => [attribute, field]));
const BY_PROPERTY = new Map((Object.entries(TOKENS) as [StyleKey, (typeof TOKENS)[StyleKey]][]).map(([key, entry]) => [`--signin-${entry[0]}`, key]));

/** The fields of `<signin-widget …>`'s attributes (`access-days` as a number, `multi-bank` as a boolean). */
function attributesOf(tag: string): { fields: Record<string, unknown>; issues: ConfigIssue[] } {
  const fields: Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  for (const match of tag.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (name === 'signin-widget' || name === 'id' || name === 'class' || name === 'ref') continue;
    const field = BY_ATTRIBUTE.get(name);
    const raw = match[2] ?? match[3] ?? match[4];
    if (!field) {
      // Framework bindings (`:config`, `[config]`, `config={config}`) carry the config elsewhere in the snippet.
      if (!/^[:@[(.]|^on|^config$|^v-/.test(name)) issues.push({ field: name, message: 'is not an attribute of <signin-widget>' });
      continue;
    }
    if (raw === undefined) fields[field] = field === 'multiBank' ? true : '';
    else {
      const value = unescapeHtml(raw);
      fields[field] = field === 'accessDays' && /^\d+$/.test(value) ? Number(value) : field === 'multiBank' ? true : value;
    }
  }
  return { fields, issues };
}

/** The `--signin-*` declarations of a CSS text, as `styles`. */
function stylesOf(css: string): { styles: Record<string, string>; issues: ConfigIssue[] } {
  const styles: Record<string, string> = {};
  const issues: ConfigIssue[] = [];
  for (const match of css.matchAll(/(--signin-[\w-]+)\s*:\s*([^;}]+)/g)) {
    const key = BY_PROPERTY.get(match[1]!);
    if (key) styles[key] = match[2]!.trim();
    else issues.push({ field: match[1]!, message: 'is not a design token of the widget' });
  }
  return { styles, issues };
}

/** The object literal after `embed('#…',`, `.config =`, `config =` or `config:` (the first found), if any. */
function configLiteral(text: string): Record<string, unknown> | undefined {
  const patterns = [/\bembed\s*\(\s*(?:'[^']*'|"[^"]*"|`[^`]*`|[\w$.]+)\s*,\s*(?=\{)/, /\bconfig\s*(?::\s*[\w$<>[\]|, ]+)?\s*=\s*(?=\{)/, /\bconfig\s*:\s*(?=\{)/];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return readObjectLiteral(text, match.index + match[0].length);
  }
  return undefined;
}

/**
 * Reads what a configurator export holds back into a config: JSON, the HTML snippet (the
 * `<signin-widget>` attributes, its config script, the CSS block), an `embed()` call, the npm,
 * React, Vue or Angular code (their config literal), or the CSS custom properties alone. Nothing
 * is evaluated. `{ok, config, format}`, or the problems, each naming its field.
 */
export function importSetup(text: string): (ConfigResult<WidgetConfig> & { format?: ImportFormat }) {
  const trimmed = text.trim();
  if (!trimmed) return fail('(import)', 'is empty: paste a JSON config or code the configurator exported');
  if (/^[[{]/.test(trimmed) && !/\bconfig\s*=/.test(trimmed)) {
    const json = importConfig(trimmed);
    if (json.ok || json.issues[0]?.field !== '(JSON)') return { ...json, format: 'json' };
    // Not JSON: perhaps a literal as the JavaScript snippets write it.
    try {
      const literal = readObjectLiteral(trimmed, 0);
      return { ...parseConfig(widgetConfigSchema, literal), format: 'script' };
    } catch {
      return json;
    }
  }
  const input: Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  let format: ImportFormat | undefined;
  try {
    const literal = configLiteral(trimmed);
    if (literal) {
      Object.assign(input, literal);
      format = 'script';
    }
  } catch (error) {
    if (error instanceof LiteralError) return fail('(code)', `could not be read: ${error.message}`);
    throw error;
  }
  const tag = /<signin-widget\b([^>]*)>/i.exec(trimmed);
  if (tag) {
    const attributes = attributesOf(tag[1]!);
    issues.push(...attributes.issues);
    for (const [field, value] of Object.entries(attributes.fields)) if (!(field in input)) input[field] = value;
    format = 'html';
  }
  const css = stylesOf(trimmed);
  issues.push(...css.issues);
  if (Object.keys(css.styles).length > 0) {
    input['styles'] = { ...(isRecord(input['styles']) ? input['styles'] : {}), ...css.styles };
    format ??= 'css';
  }
  if (!format) return fail('(import)', 'holds no configuration: paste a JSON config, the HTML, an embed() call or the code of a framework');
  if (format === 'css' && !('clientId' in input)) return fail('(import)', 'holds only CSS custom properties: paste them with the rest of the code, or set them in the Styles fields');
  if (issues.length > 0) return { ok: false, issues };
  return { ...parseConfig(widgetConfigSchema, input), format };
}
