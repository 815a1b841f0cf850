/**
 * A link's look on the hosted page: the page's own palette (sandbox.css variables) from the
 * link's design tokens, and its header and footer from the link's brand. The tokens were checked
 * by the link schema (only CSS colours, lengths, font-family lists and shadows), so they can go
 * into a rule as they are; hosted.js applies the rule through the CSSOM (adoptedStyleSheets).
 */
import type { Brand } from '../../src/core/protocol/link.js';
import type { Styles } from '../../src/config/styles.js';
import type { StyleKey } from '../../src/styles/token-names.js';
import { html, type Raw } from './html.js';
import { t, type PageLocale } from './i18n.js';

/** The page variables each token sets, in order; a later token of the same variable wins (colorLink over colorPrimary). */
const PAGE_VARIABLES: readonly [StyleKey, readonly string[]][] = [
  ['colorBackground', ['--bg']],
  ['colorSurface', ['--card', '--field']],
  ['colorSurfaceMuted', ['--field-hover']],
  ['colorText', ['--text']],
  ['colorTextMuted', ['--muted']],
  ['colorBorder', ['--border']],
  ['colorPrimary', ['--primary', '--link']],
  ['colorLink', ['--link']],
  ['colorDanger', ['--danger']],
  ['colorSuccess', ['--success']],
  ['colorFocusRing', ['--focus']],
  ['borderRadius', ['--radius']],
];

/**
 * The rules that give the hosted page's own chrome (background, card, header, footer, buttons,
 * links) the link's tokens, in both themes, and let the widget's derived colours follow a brand
 * colour; '' without tokens. Their selectors outweigh the palettes of sandbox.css and hosted.css
 * (`:root[data-theme]` included), and they come after them.
 */
export function pageChromeRule(styles: Styles | undefined): string {
  if (!styles) return '';
  const declarations = new Map<string, string>();
  for (const [key, variables] of PAGE_VARIABLES) {
    const value = styles[key];
    // A transparent page background would show nothing: the page keeps its own.
    if (value === undefined || (key === 'colorBackground' && value.trim().toLowerCase() === 'transparent')) continue;
    for (const variable of variables) declarations.set(variable, value.trim());
  }
  const primary = styles.colorPrimary?.trim();
  if (primary) {
    declarations.set('--primary-dark', `color-mix(in srgb, ${primary} 82%, black)`);
    declarations.set('--track', `color-mix(in srgb, ${primary} 25%, transparent)`);
  }
  // Text on the brand colour: the given one, else white or near-black, whichever reads on it (as the widget does).
  const onPrimary = styles.colorOnPrimary?.trim() ?? (primary ? `oklch(from ${primary} clamp(0.2, (0.6 - l) * 1000, 1) 0 0)` : undefined);
  if (onPrimary) declarations.set('--on-primary', onPrimary);
  if (primary && styles.colorFocusRing === undefined) declarations.set('--focus', `color-mix(in srgb, ${primary} 60%, transparent)`);
  if (styles.fontFamily) declarations.set('font-family', styles.fontFamily.trim());
  if (declarations.size === 0) return '';
  const rules = [`:root, :root[data-theme] { ${[...declarations].map(([name, value]) => `${name}: ${value};`).join(' ')} }`];
  // hosted.css gives the widget the provider's link, on-primary and focus colours, made for the provider's blue.
  // With a brand colour of the link's, they follow it as in any widget: links and the focus ring in it, text on
  // it white or near-black (`initial`: the widget's own fallbacks), unless the link sets them.
  const follow = [
    ...(styles.colorLink === undefined ? ['--signin-color-link: initial;'] : []),
    ...(styles.colorOnPrimary === undefined ? ['--signin-color-on-primary: initial;'] : []),
    ...(styles.colorFocusRing === undefined ? [`--signin-color-focus-ring: ${primary};`] : []),
  ];
  if (primary && follow.length > 0) rules.push(`:root signin-widget, :root[data-theme] signin-widget { ${follow.join(' ')} }`);
  return rules.join('\n');
}

/** The origin of the brand's logo, for the page's `img-src`; none without a logo. */
export function logoOrigins(brand: Brand | undefined): string[] {
  return brand?.logoUrl ? [new URL(brand.logoUrl).origin] : [];
}

/**
 * The header of a branded page: the logo (its text alternative the name; hosted.js puts the name
 * in its place if it fails to load), or the name alone.
 */
export function brandHeader(brand: Brand): Raw {
  return brand.logoUrl
    ? html`<img class="brand-logo integrator-logo" id="brand-logo" src="${brand.logoUrl}" alt="${brand.name}" height="40" referrerpolicy="no-referrer">`
    : html`<span class="brand-name">${brand.name}</span>`;
}

/** "<name> asks for access to your account data" (escaped as text). */
export function brandAsks(locale: PageLocale, brand: Brand): Raw {
  return html`<p class="brand-asks" id="brand-asks">${t(locale, 'hostedBrandAsks', { name: brand.name })}</p>`;
}

/** The footer's "Back to <name>": a form that cancels the link and returns to the integrator. */
export function brandFooter(locale: PageLocale, brand: Brand, cancelAction: string): Raw {
  return html`<form method="post" action="${cancelAction}" class="back-form"><button type="submit" class="link-button" id="back-to-brand"><span aria-hidden="true">← </span>${t(locale, 'hostedBackTo', { name: brand.name })}</button></form>`;
}
