import type { ConfigIssue } from '../../config/parse-config.js';
import type { StyleKey } from '../../styles/token-names.js';
import { PROCESS_FIELDS, STYLE_KEYS, type FormValues, type ProcessField } from './form-values.js';

/** The hash parameter that holds a configurator setup: `#setup=<base64url of JSON>`. */
export const SHARE_PARAM = 'setup';

/** What a shared link holds besides the controls: how the preview is looked at. */
export interface ShareView {
  readonly state?: string;
  readonly width?: string;
  readonly theme?: string;
}

/** How the preview is looked at, every part known: a state id, a width and a theme ('' as configured). */
export interface PreviewLook {
  readonly state: string;
  readonly width: 'phone' | 'tablet' | 'desktop';
  readonly theme: '' | 'light' | 'dark';
}

/** The view a link holds: only what differs from the default look (the bank list, desktop, as configured). */
export function viewOf(look: PreviewLook): ShareView {
  return { ...(look.state !== 'banks' ? { state: look.state } : {}), ...(look.width !== 'desktop' ? { width: look.width } : {}), ...(look.theme ? { theme: look.theme } : {}) };
}

/** The look a link's view asks for; an unknown width or theme is the default one. */
export function readView(view: ShareView): PreviewLook {
  const width = view.width === 'phone' || view.width === 'tablet' ? view.width : 'desktop';
  const theme = view.theme === 'light' || view.theme === 'dark' ? view.theme : '';
  return { state: view.state ?? 'banks', width, theme };
}

export interface SharedSetup {
  readonly values: FormValues;
  readonly view: ShareView;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

const filled = (record: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== ''));

/**
 * The hash of a setup (`#setup=…`): every control's text as typed (an invalid one too, so a link
 * shows the same problem), and the preview's view. Only filled controls are written.
 */
export function encodeSetup(values: FormValues, view: ShareView = {}): string {
  const data: Record<string, unknown> = { p: filled(values.process), s: filled(values.styles) };
  const shown = filled(view as Record<string, string>);
  if (Object.keys(shown).length > 0) data['v'] = shown;
  return `#${SHARE_PARAM}=${toBase64Url(JSON.stringify(data))}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a hash written by {@link encodeSetup}. Undefined when the hash holds no setup; the problems,
 * each naming its field, when it holds a broken one (a link cut short, a control that does not exist).
 */
export function decodeSetup(hash: string): { ok: true; setup: SharedSetup } | { ok: false; issues: ConfigIssue[] } | undefined {
  const encoded = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (encoded === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, issues: [{ field: `#${SHARE_PARAM}`, message: 'is not a setup written by the configurator (the link may be cut short)' }] };
  }
  if (!isRecord(data)) return { ok: false, issues: [{ field: `#${SHARE_PARAM}`, message: 'must hold an object' }] };
  const issues: ConfigIssue[] = [];
  const read = <K extends string>(part: unknown, keys: readonly K[], name: string): Record<K, string> => {
    const out = Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;
    if (part === undefined) return out;
    if (!isRecord(part)) {
      issues.push({ field: name, message: 'must be an object' });
      return out;
    }
    for (const [key, value] of Object.entries(part)) {
      if (!(keys as readonly string[]).includes(key)) issues.push({ field: `${name}.${key}`, message: 'is not a control of the configurator' });
      else if (typeof value !== 'string') issues.push({ field: `${name}.${key}`, message: 'must be text' });
      else out[key as K] = value;
    }
    return out;
  };
  const process = read<ProcessField>(data['p'], PROCESS_FIELDS, 'process');
  const styles = read<StyleKey>(data['s'], STYLE_KEYS, 'styles');
  const view = read<keyof ShareView & string>(data['v'], ['state', 'width', 'theme'], 'view');
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, setup: { values: { process, styles }, view: filled(view) } };
}
