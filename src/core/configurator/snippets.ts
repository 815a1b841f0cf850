import { stylesToCssText, type Styles } from '../../config/styles.js';
import type { WidgetConfig } from '../../config/widget-config.js';
import { VERSION } from '../../version.js';
import { ATTRIBUTES, compactConfig, propertyOnlyFields, type AttributeField } from './config-model.js';

/** Where the snippets point: the CDN script and the files the integrator creates next to the page. */
export interface SnippetOptions {
  /** The package version in the CDN address (default: this build's). */
  readonly version?: string;
  /** The classic script's address (default: jsDelivr for `version`). */
  readonly cdnUrl?: string;
  /** The stylesheet holding the CSS block (e), linked from the HTML snippet. */
  readonly cssHref?: string;
  /** The script setting the fields that have no attribute, linked from the HTML snippet. */
  readonly configScriptSrc?: string;
}

/** Every export of the configurator. `htmlScript` is empty when every field is an attribute. */
export interface Snippets {
  readonly html: string;
  readonly htmlScript: string;
  readonly npm: string;
  readonly embed: string;
  readonly json: string;
  readonly css: string;
}

export const cdnScriptUrl = (version = VERSION) => `https://cdn.jsdelivr.net/npm/signin-flow@${version}/dist/cdn/signin-flow.min.js`;

/** Escapes a value for a double-quoted HTML attribute (and for text). */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A JSON value as a JavaScript literal: identifier keys unquoted, indented, `<` escaped for a script. */
export function jsLiteral(value: unknown, indent = ''): string {
  return JSON.stringify(value, null, 2)
    .replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, '$1$2:')
    .replace(/</g, '\\u003c')
    .replace(/\n/g, `\n${indent}`);
}

/** (e) `signin-widget { --signin-…: …; }`, one custom property a line; empty without styles. */
export function cssSnippet(styles: Styles | undefined): string {
  const text = styles ? stylesToCssText(styles) : '';
  if (!text) return '';
  return `signin-widget {\n  ${text.split('; ').join(';\n  ')}\n}\n`;
}

/** (d) The JSON config: validated, defaults left out. */
export function jsonSnippet(config: WidgetConfig): string {
  return `${JSON.stringify(compactConfig(config), null, 2)}\n`;
}

/**
 * (a) The HTML: the classic CDN script, the stylesheet with the tokens (no inline style: fine under
 * a strict CSP), `<signin-widget>` with every field that is an attribute, and — when the config has
 * fields without attributes (consents, terms…) — an external script that sets them (`htmlScript`).
 */
export function htmlSnippet(config: WidgetConfig, options: SnippetOptions = {}): { html: string; script: string } {
  const compact = compactConfig(config);
  const attributes = (Object.keys(ATTRIBUTES) as AttributeField[])
    .filter((field) => compact[field] !== undefined)
    // A boolean attribute (multi-bank) is there or not: `compactConfig` leaves `false` out.
    .map((field) => (compact[field] === true ? `  ${ATTRIBUTES[field]}` : `  ${ATTRIBUTES[field]}="${escapeHtml(String(compact[field]))}"`));
  const extra = propertyOnlyFields(compact);
  const hasExtra = Object.keys(extra).length > 0;
  const lines = [`<script src="${escapeHtml(options.cdnUrl ?? cdnScriptUrl(options.version))}"></script>`];
  if (compact.styles) lines.push(`<link rel="stylesheet" href="${escapeHtml(options.cssHref ?? 'signin-widget.css')}" />`);
  lines.push(`<signin-widget id="bank-signin"\n${attributes.join('\n')}\n></signin-widget>`);
  if (hasExtra) lines.push(`<script src="${escapeHtml(options.configScriptSrc ?? 'signin-widget-config.js')}"></script>`);
  const script = hasExtra
    ? `// signin-widget-config.js: the fields that have no attribute.\ndocument.getElementById('bank-signin').config = ${jsLiteral(extra)};\n`
    : '';
  return { html: `${lines.join('\n')}\n`, script };
}

const LISTEN = `widget.addEventListener('signin-success', (event) => {
  // Send event.detail.sessionId and event.detail.sessionIdSignature to your backend (Default Import).
});`;

/** (b) npm: install, register the elements, create the widget with its `config`. */
export function npmSnippet(config: WidgetConfig): string {
  return `// npm install signin-flow
import 'signin-flow/define.js'; // registers <signin-widget>

const widget = document.createElement('signin-widget');
widget.config = ${jsLiteral(compactConfig(config))};
${LISTEN}
document.getElementById('bank-signin').append(widget);
`;
}

/** (c) `SignInFlow.embed('#bank-signin', {...config, callbacks})` for the classic script. */
export function embedSnippet(config: WidgetConfig): string {
  const fields = jsLiteral(compactConfig(config)).split('\n').slice(1, -1).join('\n');
  return `// <div id="bank-signin"></div> and the CDN <script>, then in your own script:
const handle = SignInFlow.embed('#bank-signin', {
${fields},
  onSuccess: ({ sessionId, sessionIdSignature }) => {
    // Send them to your backend (Default Import).
  },
  onError: ({ code, message }) => console.warn(code, message),
});
`;
}

/** All five exports of a validated config. */
export function exportSnippets(config: WidgetConfig, options: SnippetOptions = {}): Snippets {
  const { html, script } = htmlSnippet(config, options);
  return { html, htmlScript: script, npm: npmSnippet(config), embed: embedSnippet(config), json: jsonSnippet(config), css: cssSnippet(config.styles) };
}
