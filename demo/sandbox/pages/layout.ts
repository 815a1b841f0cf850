import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { html, type Raw } from '../html.js';
import { t, type PageLocale } from '../i18n.js';

export interface PageBank {
  id: string;
  name: string;
}

export interface PageOptions {
  locale: PageLocale;
  title: string;
  body: Raw;
  /** Shows the bank's logo and name on top. */
  bank?: PageBank | undefined;
  /** Adds `<meta http-equiv="refresh">` (the `slow` progress page). */
  refreshSeconds?: number;
  /** More `<head>` content: stylesheets and external scripts (the hosted widget page). */
  head?: Raw;
  /** A wider card: `wide` for the hosted widget page, `doc` for the root page's tables. */
  width?: 'wide' | 'doc';
  /** Forces the page's palette (`data-theme` on `<html>`, read by hosted.css); unset, the system's. */
  theme?: 'light' | 'dark' | undefined;
  /** Replaces the header's name (a link's brand on the hosted page). */
  header?: Raw | undefined;
  /** Content after the card's body, in a `<footer>`. */
  footer?: Raw | undefined;
}

/** A full HTML document using only the external stylesheet: no inline style or script. */
export function renderPage(options: PageOptions): string {
  const { locale, title, body, bank } = options;
  return html`<!doctype html>
<html lang="${locale}"${options.theme ? html` data-theme="${options.theme}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${options.refreshSeconds !== undefined ? html`<meta http-equiv="refresh" content="${options.refreshSeconds}">` : ''}
<title>${title}</title>
<link rel="stylesheet" href="/assets/sandbox.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${options.head ?? ''}
</head>
<body>
<main class="card${options.width ? ` ${options.width}` : ''}">
<header class="brand">
${options.header ?? (bank ? html`<img class="brand-logo" src="/logos/${bank.id}.svg" alt="" width="40" height="40"><span class="brand-name">${bank.name}</span>` : html`<span class="brand-name">SignIn Flow</span>`)}
<span class="badge">${t(locale, 'sandboxBadge')}</span>
</header>
${body}
${options.footer ? html`<footer class="page-footer">${options.footer}</footer>` : ''}
</main>
</body>
</html>
`.html;
}

/**
 * Content-Security-Policy of the sandbox pages; `formActionOrigins` allow a form's 303 to leave
 * the sandbox; `connectSelf` lets the page's scripts call the sandbox's own API (the hosted widget);
 * `imgOrigins` allow images from those origins too (a link's brand logo).
 */
export function contentSecurityPolicy(formActionOrigins: readonly string[] = [], connectSelf = false, imgOrigins: readonly string[] = []): string {
  return [
    "default-src 'none'",
    ...(connectSelf ? ["connect-src 'self'"] : []),
    `img-src 'self' data:${imgOrigins.map((origin) => ` ${origin}`).join('')}`,
    "style-src 'self'",
    "script-src 'self'",
    `form-action 'self'${formActionOrigins.map((origin) => ` ${origin}`).join('')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Answers an HTML page with the security headers. No COOP header: the popup must keep `window.opener`. */
export function sendPage(
  c: Context,
  page: string,
  status: ContentfulStatusCode = 200,
  formActionOrigins: readonly string[] = [],
  connectSelf = false,
  imgOrigins: readonly string[] = [],
): Response {
  c.header('Content-Security-Policy', contentSecurityPolicy(formActionOrigins, connectSelf, imgOrigins));
  c.header('X-Frame-Options', 'DENY');
  c.header('Cache-Control', 'no-store');
  return c.html(page, status);
}
