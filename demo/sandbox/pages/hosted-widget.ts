import type { Brand } from '../../../src/core/protocol/link.js';
import type { Styles } from '../../../src/config/styles.js';
import type { Theme } from '../../../src/config/choices.js';
import { brandAsks, brandFooter, brandHeader, pageChromeRule } from '../brand.js';
import { html, jsonForScript, Raw } from '../html.js';
import { t, type PageLocale } from '../i18n.js';
import { renderPage } from './layout.js';

export interface HostedWidgetPageOptions {
  locale: PageLocale;
  /** BCP 47 tag of the link (the widget's language; the page speaks its language, else English). */
  widgetLocale?: string | undefined;
  linkId: string;
  clientId: string;
  ownerExternalId: string;
  country: string;
  /** The sandbox's public URL: the widget's api-base. */
  apiBase: string;
  /** The link's return marker (`/signin/<id>/return`): makes the widget's session the link's. */
  returnUrl: string;
  /** The access the link asks for (`mixed`: the user chooses), and for how many days. */
  accessMode: 'single' | 'multiple' | 'mixed';
  accessDays?: number | undefined;
  /** A renewal link: the reconnect token of its access, for the widget. */
  reconnectToken?: string | undefined;
  /** The link's design tokens, for the widget (its `styles`) and the page's own chrome. */
  styles?: Styles | undefined;
  /** The link's theme: `light` or `dark` force the page's and the widget's palette. */
  theme?: Theme | undefined;
  /** The integrator's name and logo: the header, "<name> asks for access…", "Back to <name>". */
  brand?: Brand | undefined;
}

/**
 * `GET /signin/:linkId`: the hosted SignIn page. `/assets/hosted.js` (no inline script) builds
 * `<signin-widget mode="redirect">` from the data- attributes of `#hosted`, with the provider's
 * styling (`/assets/hosted.css`). Without JavaScript, the simple server-rendered form.
 */
export function hostedWidgetPage(options: HostedWidgetPageOptions): string {
  const { locale, linkId, brand, theme } = options;
  const form = `/signin/${linkId}/form`;
  // What hosted.js applies: the widget's styles and theme, the rule of the page's chrome (a data block, not a script).
  const look = { styles: options.styles, theme, pageRule: pageChromeRule(options.styles) || undefined };
  const hasLook = look.styles !== undefined || theme !== undefined;
  return renderPage({
    locale,
    title: t(locale, 'hostedTitle'),
    width: 'wide',
    theme: theme === 'auto' ? undefined : theme,
    header: brand ? brandHeader(brand) : undefined,
    footer: brand ? brandFooter(locale, brand, `/signin/${linkId}/cancel`) : undefined,
    head: html`<link rel="stylesheet" href="/assets/hosted.css">
${hasLook ? new Raw(`<script type="application/json" id="hosted-look">${jsonForScript(look)}</script>`) : ''}
<script type="module" src="/assets/hosted.js"></script>`,
    body: html`<h1>${t(locale, 'hostedTitle')}</h1>
${brand ? brandAsks(locale, brand) : ''}
<div id="hosted" class="hosted" data-client-id="${options.clientId}" data-api-base="${options.apiBase}" data-owner-external-id="${options.ownerExternalId}" data-country="${options.country}" data-locale="${options.widgetLocale ?? locale}" data-return-url="${options.returnUrl}" data-terms-url="/terms?locale=${locale}" data-privacy-url="/privacy?locale=${locale}" data-access-mode="${options.accessMode}" data-access-days="${options.accessDays ?? ''}" data-reconnect-token="${options.reconnectToken ?? ''}">
<p class="muted hosted-loading" role="status">${t(locale, 'hostedLoading')}</p>
</div>
<p class="muted hosted-fallback" id="hosted-fallback">${t(locale, 'hostedFallback')} <a href="${form}">${t(locale, 'hostedSimpleForm')}</a></p>
<noscript><p><a class="button primary" href="${form}">${t(locale, 'hostedSimpleForm')}</a></p></noscript>`,
  });
}
