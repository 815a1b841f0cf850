import { html, type Raw } from '../html.js';
import { t, type PageLocale } from '../i18n.js';
import { SCENARIOS } from '../scenarios.js';
import { renderPage, type PageBank } from './layout.js';

export interface LoginPageOptions {
  locale: PageLocale;
  bank: PageBank;
  token: string;
  error?: string | undefined;
  username?: string;
  slowSeconds: number;
}

/** The bank login form (the authorizationUrl), with the sandbox credentials in a hint box. */
export function loginPage(options: LoginPageOptions): string {
  const { locale, bank, token, error } = options;
  const invalid = error ? 'true' : 'false';
  const describedBy = error ? 'login-error' : '';
  return renderPage({
    locale,
    bank,
    title: t(locale, 'loginTitle', { bank: bank.name }),
    body: html`<h1>${t(locale, 'loginTitle', { bank: bank.name })}</h1>
<p class="muted">${t(locale, 'loginIntro')}</p>
${error ? html`<div class="alert" role="alert" id="login-error">${error}</div>` : ''}
<form class="form" method="post" action="/bank/${token}/login">
<div class="field">
<label for="username">${t(locale, 'username')}</label>
<input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus value="${options.username ?? ''}" aria-invalid="${invalid}"${describedBy ? html` aria-describedby="${describedBy}"` : ''}>
</div>
<div class="field">
<label for="password">${t(locale, 'password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required aria-invalid="${invalid}">
</div>
<div class="actions">
<button class="button primary" type="submit">${t(locale, 'signIn')}</button>
<button class="button secondary" type="submit" formaction="/bank/${token}/cancel" formnovalidate>${t(locale, 'cancel')}</button>
</div>
</form>
<aside class="hint" aria-labelledby="hint-title">
<h2 id="hint-title">${t(locale, 'hintTitle')}</h2>
${scenarioList(locale, options.slowSeconds)}
</aside>`,
  });
}

/** The sandbox credentials and their outcomes (SCENARIOS), as a list. */
export function scenarioList(locale: PageLocale, slowSeconds: number): Raw {
  return html`<ul>
${SCENARIOS.map(
  ({ username, password, outcome }) =>
    html`<li><span class="cred"><code>${username}</code> / <code>${typeof password === 'string' ? password : t(locale, password.key)}</code></span> <span class="arrow" aria-hidden="true">→</span> <span>${t(locale, outcome, { seconds: slowSeconds })}</span></li>`,
)}
</ul>`;
}

/** Second step of the `mfa` scenario. */
export function mfaPage(options: { locale: PageLocale; bank: PageBank; token: string; error?: string | undefined }): string {
  const { locale, bank, token, error } = options;
  return renderPage({
    locale,
    bank,
    title: t(locale, 'mfaTitle'),
    body: html`<h1>${t(locale, 'mfaTitle')}</h1>
<p class="muted">${t(locale, 'mfaText')}</p>
${error ? html`<div class="alert" role="alert" id="mfa-error">${error}</div>` : ''}
<form class="form" method="post" action="/bank/${token}/mfa">
<div class="field">
<label for="code">${t(locale, 'mfaCode')}</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required autofocus aria-invalid="${error ? 'true' : 'false'}"${error ? html` aria-describedby="mfa-error"` : ''}>
</div>
<div class="actions">
<button class="button primary" type="submit">${t(locale, 'confirm')}</button>
<button class="button secondary" type="submit" formaction="/bank/${token}/cancel" formnovalidate>${t(locale, 'cancel')}</button>
</div>
</form>
<aside class="hint" aria-labelledby="hint-title"><h2 id="hint-title">${t(locale, 'hintTitle')}</h2><p>SMS: <code>123456</code></p></aside>`,
  });
}
