import { DEMO_PAGES } from '../../pages.js';
import { ENDPOINTS } from '../endpoints.js';
import { html } from '../html.js';
import { renderPage } from './layout.js';
import { scenarioList } from './login.js';

export interface RootPageOptions {
  /** The sandbox's public URL. */
  publicUrl: string;
  /** The integrator demo's origin. */
  demoUrl: string;
  /** Delay of the `slow` scenario, in seconds. */
  slowSeconds: number;
}

/**
 * `GET /`: what a newcomer needs (the README sends them here): the demo pages, the sandbox's
 * routes and its bank scenarios, and where the documentation is. English, for developers.
 */
export function rootPage({ publicUrl, demoUrl, slowSeconds }: RootPageOptions): string {
  const catalog = `${publicUrl}/v1/catalog?country=PL`;
  return renderPage({
    locale: 'en',
    title: 'signin-flow sandbox provider',
    width: 'doc',
    body: html`<h1>Sandbox provider</h1>
<p class="muted">A local Account Information Service provider with fictional banks: it runs the whole SignIn Flow of signin-flow on your machine, for the demo, the tests and your own integration. Its secret key and its webhook secret are printed in the terminal that started it (<code>SANDBOX_SECRET</code> and <code>SANDBOX_WEBHOOK_SECRET</code> set them); webhooks are signed per <a href="https://www.standardwebhooks.com">Standard Webhooks</a>.</p>
<section aria-labelledby="demo-title">
<h2 id="demo-title">Demo pages</h2>
<p class="muted">An integrator’s site talking to this sandbox (<code>npm start</code> serves it on ${demoUrl}).</p>
<ul class="links">
${DEMO_PAGES.map((page) => html`<li><a href="${demoUrl}${page.path}">${page.title}</a> <span class="muted">${page.text}</span></li>`)}
</ul>
</section>
<section aria-labelledby="api-title">
<h2 id="api-title">Endpoints</h2>
<p class="muted"><span class="tag secret">secret key</span> calls come from the integrator’s backend with <code>Authorization: Bearer &lt;secret key&gt;</code>; <span class="tag">public</span> ones from browsers. Try <a href="${catalog}">${catalog}</a>.</p>
<div class="table-scroll">
<table class="endpoints">
<thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What it does</th><th scope="col">Access</th></tr></thead>
<tbody>
${ENDPOINTS.map(
  (endpoint) =>
    html`<tr><td><code>${endpoint.method}</code></td><td><code>${endpoint.path}${endpoint.query ?? ''}</code></td><td>${endpoint.text}</td><td>${endpoint.access === 'secret' ? html`<span class="tag secret">secret key</span>` : html`<span class="tag">public</span>`}</td></tr>`,
)}
</tbody>
</table>
</div>
</section>
<section aria-labelledby="scenarios-title">
<h2 id="scenarios-title">Bank scenarios</h2>
<div class="hint">
<p>Sign in at any bank with one of these user names:</p>
${scenarioList('en', slowSeconds)}
<p>The <strong>Cancel</strong> button of the bank page ends the session <code>cancelled</code>; a session for a bank whose status is <code>down</code> is refused (<code>bank_down</code>).</p>
</div>
</section>
<section aria-labelledby="docs-title">
<h2 id="docs-title">Documentation</h2>
<p><a href="/api">The API reference</a>: every endpoint, its fields, answers and error codes, and the webhooks, from the protocol’s OpenAPI 3.1 document (<a href="/openapi.json">/openapi.json</a>).</p>
<p><a href="/README.md">The sandbox’s README</a> (<code>demo/sandbox/README.md</code>): the protocol, every error code, webhooks, and curl examples of each call.</p>
</section>`,
  });
}
