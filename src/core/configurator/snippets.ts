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
  /**
   * What is wrong with the setup that does not stop it from working (contrast pairs failing WCAG
   * 2.2 AA): each export then starts with a comment listing them. JSON has no comments: its export stays as is.
   */
  readonly warnings?: readonly string[];
}

/** Every export of the configurator. `htmlScript` is empty when every field is an attribute. */
export interface Snippets {
  readonly html: string;
  readonly htmlScript: string;
  readonly npm: string;
  readonly embed: string;
  readonly react: string;
  readonly vue: string;
  readonly angular: string;
  readonly json: string;
  readonly css: string;
}

/** The exports in the order the configurator shows them (`htmlScript` goes with `html`). */
export const SNIPPET_NAMES = ['html', 'npm', 'embed', 'react', 'vue', 'angular', 'json', 'css'] as const satisfies readonly (keyof Snippets)[];
export type SnippetName = (typeof SNIPPET_NAMES)[number];

const WARNING_TITLE = 'Contrast below WCAG 2.2 AA in this setup (fix it in the configurator before going live):';

/** The warnings as a comment of a language (`//` lines, or one HTML or CSS block); '' without warnings. */
export function warningComment(warnings: readonly string[] | undefined, style: 'js' | 'html' | 'css'): string {
  if (!warnings?.length) return '';
  const lines = [WARNING_TITLE, ...warnings.map((warning) => `- ${warning}`)];
  if (style === 'js') return `${lines.map((line) => `// ${line}`).join('\n')}\n`;
  // Neither "-->" nor "*/" can end the comment early: the warnings are our own texts, but stay safe.
  const safe = lines.map((line) => line.replace(/--+>?|\*\//g, '-'));
  return style === 'html' ? `<!--\n  ${safe.join('\n  ')}\n-->\n` : `/*\n  ${safe.join('\n  ')}\n*/\n`;
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
  const lines = [`${warningComment(options.warnings, 'html')}<script src="${escapeHtml(options.cdnUrl ?? cdnScriptUrl(options.version))}"></script>`];
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
export function npmSnippet(config: WidgetConfig, options: SnippetOptions = {}): string {
  return `${warningComment(options.warnings, 'js')}// npm install signin-flow
import 'signin-flow/define.js'; // registers <signin-widget>

const widget = document.createElement('signin-widget');
widget.config = ${jsLiteral(compactConfig(config))};
${LISTEN}
document.getElementById('bank-signin').append(widget);
`;
}

/** (c) `SignInFlow.embed('#bank-signin', {...config, callbacks})` for the classic script. */
export function embedSnippet(config: WidgetConfig, options: SnippetOptions = {}): string {
  const fields = jsLiteral(compactConfig(config)).split('\n').slice(1, -1).join('\n');
  return `${warningComment(options.warnings, 'js')}// <div id="bank-signin"></div> and the CDN <script>, then in your own script:
const handle = SignInFlow.embed('#bank-signin', {
${fields},
  onSuccess: ({ sessionId, sessionIdSignature }) => {
    // Send them to your backend (Default Import).
  },
  onError: ({ code, message }) => console.warn(code, message),
});
`;
}

/**
 * (f) React 19: a component rendering `<signin-widget>` with its `config` (React 19 sets an object
 * prop of a custom element as a property) and listening to `signin-success` through a ref.
 */
export function reactSnippet(config: WidgetConfig, options: SnippetOptions = {}): string {
  return `${warningComment(options.warnings, 'js')}// npm install signin-flow react@19 react-dom@19
import { useEffect, useRef } from 'react';
import 'signin-flow/define.js'; // registers <signin-widget>

const config = ${jsLiteral(compactConfig(config))};

export function BankSignIn() {
  const ref = useRef(null);
  useEffect(() => {
    const widget = ref.current;
    const onSuccess = (event) => {
      // Send event.detail.sessionId and event.detail.sessionIdSignature to your backend (Default Import).
    };
    widget.addEventListener('signin-success', onSuccess);
    return () => widget.removeEventListener('signin-success', onSuccess);
  }, []);
  return <signin-widget ref={ref} config={config} />;
}
`;
}

/**
 * (g) Vue 3: a single-file component; `:config.prop` sets the property, `@signin-success` listens.
 * Vue must know `signin-*` tags are custom elements (`compilerOptions.isCustomElement`, in the comment).
 */
export function vueSnippet(config: WidgetConfig, options: SnippetOptions = {}): string {
  return `<!-- BankSignIn.vue · npm install signin-flow
  vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('signin-') } } }) -->
${warningComment(options.warnings, 'html')}<script setup>
import 'signin-flow/define.js'; // registers <signin-widget>

const config = ${jsLiteral(compactConfig(config))};

function onSuccess(event) {
  // Send event.detail.sessionId and event.detail.sessionIdSignature to your backend (Default Import).
}
</script>

<template>
  <signin-widget :config.prop="config" @signin-success="onSuccess" />
</template>
`;
}

/** (h) Angular: a standalone component with `CUSTOM_ELEMENTS_SCHEMA`, `[config]` bound as a property and `(signin-success)` heard. */
export function angularSnippet(config: WidgetConfig, options: SnippetOptions = {}): string {
  return `${warningComment(options.warnings, 'js')}// bank-sign-in.component.ts · npm install signin-flow
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'signin-flow/define.js'; // registers <signin-widget>

@Component({
  selector: 'app-bank-sign-in',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`<signin-widget [config]="config" (signin-success)="onSuccess($any($event))"></signin-widget>\`,
})
export class BankSignInComponent {
  readonly config = ${jsLiteral(compactConfig(config), '  ')};

  onSuccess(event: CustomEvent<{ sessionId: string; sessionIdSignature: string }>) {
    // Send event.detail.sessionId and event.detail.sessionIdSignature to your backend (Default Import).
  }
}
`;
}

/** Every export of a validated config. */
export function exportSnippets(config: WidgetConfig, options: SnippetOptions = {}): Snippets {
  const { html, script } = htmlSnippet(config, options);
  const css = cssSnippet(config.styles);
  return {
    html,
    htmlScript: script,
    npm: npmSnippet(config, options),
    embed: embedSnippet(config, options),
    react: reactSnippet(config, options),
    vue: vueSnippet(config, options),
    angular: angularSnippet(config, options),
    json: jsonSnippet(config),
    css: css && `${warningComment(options.warnings, 'css')}${css}`,
  };
}
