import { html } from '../html.js';
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
}

/**
 * `GET /signin/:linkId`: the hosted SignIn page. `/assets/hosted.js` (no inline script) builds
 * `<signin-widget mode="redirect">` from the data- attributes of `#hosted`, with the provider's
 * styling (`/assets/hosted.css`). Without JavaScript, the simple server-rendered form.
 */
export function hostedWidgetPage(options: HostedWidgetPageOptions): string {
  const { locale, linkId } = options;
  const form = `/signin/${linkId}/form`;
  return renderPage({
    locale,
    title: t(locale, 'hostedTitle'),
    width: 'wide',
    head: html`<link rel="stylesheet" href="/assets/hosted.css">
<script type="module" src="/assets/hosted.js"></script>`,
    body: html`<h1>${t(locale, 'hostedTitle')}</h1>
<div id="hosted" class="hosted" data-client-id="${options.clientId}" data-api-base="${options.apiBase}" data-owner-external-id="${options.ownerExternalId}" data-country="${options.country}" data-locale="${options.widgetLocale ?? locale}" data-return-url="${options.returnUrl}" data-terms-url="/terms?locale=${locale}" data-privacy-url="/privacy?locale=${locale}" data-access-mode="${options.accessMode}" data-access-days="${options.accessDays ?? ''}" data-reconnect-token="${options.reconnectToken ?? ''}">
<p class="muted hosted-loading" role="status">${t(locale, 'hostedLoading')}</p>
</div>
<p class="muted hosted-fallback" id="hosted-fallback">${t(locale, 'hostedFallback')} <a href="${form}">${t(locale, 'hostedSimpleForm')}</a></p>
<noscript><p><a class="button primary" href="${form}">${t(locale, 'hostedSimpleForm')}</a></p></noscript>`,
  });
}
