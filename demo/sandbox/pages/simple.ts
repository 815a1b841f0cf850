import { html } from '../html.js';
import { t, type PageLocale } from '../i18n.js';
import { renderPage, type PageBank } from './layout.js';

/** `GET /connecting`: shown in the popup while the widget creates the session. */
export function connectingPage(locale: PageLocale): string {
  return renderPage({
    locale,
    title: t(locale, 'connectingTitle'),
    body: html`<div class="center" role="status">
<div class="spinner" aria-hidden="true"></div>
<h1>${t(locale, 'connectingTitle')}</h1>
<p class="muted">${t(locale, 'connectingText')}</p>
</div>`,
  });
}

/** A title and a line of text (link closed, page not found…). */
export function messagePage(locale: PageLocale, title: string, text: string, bank?: PageBank): string {
  return renderPage({ locale, title, bank, body: html`<h1>${title}</h1><p class="muted">${text}</p>` });
}

/** `slow` scenario: refreshes itself every second until the bank "answers". */
export function slowPage(locale: PageLocale, bank: PageBank, percent: number): string {
  return renderPage({
    locale,
    bank,
    title: t(locale, 'slowTitle'),
    refreshSeconds: 1,
    body: html`<div class="center" role="status" aria-live="polite">
<div class="spinner" aria-hidden="true"></div>
<h1>${t(locale, 'slowTitle')}</h1>
<p class="muted">${t(locale, 'slowText')}</p>
<label class="progress-label" for="slow-progress">${t(locale, 'slowProgress')}</label>
<progress id="slow-progress" max="100" value="${percent}">${percent}%</progress>
</div>`,
  });
}
