/**
 * The demo's pages, an integrator's site (demo/*.html): `npm start` prints them and the sandbox's
 * root page links to them. A test checks that every page of demo/ is listed.
 */
export const DEMO_PAGES = [
  { path: '/', title: 'signin-flow demo', text: 'the widget in popup mode, every event in a log, and the Default Import run by the demo’s backend' },
  { path: '/cdn.html', title: 'CDN script demo', text: 'the same from one classic <script> and SignInFlow.embed(), under a strict CSP' },
  { path: '/redirect.html', title: 'Redirection demo', text: 'the backend asks for a link, the provider’s hosted page runs the widget, the status comes from the API' },
  { path: '/widget-redirect.html', title: 'Widget in redirect mode', text: 'the widget in mode="redirect" on the integrator’s own page' },
  { path: '/configurator.html', title: 'Configurator', text: 'style the widget, set its process parameters and copy the embed code' },
] as const;

/**
 * The integrator's documents that the demo pages' consents link to (`terms-url`, `privacy-url`):
 * short stand-ins served by demo/server.ts, so that every default consent has a document to read.
 */
export const DEMO_DOCUMENTS: Readonly<Record<string, { readonly title: string; readonly text: readonly string[] }>> = {
  'terms.html': {
    title: 'Terms of service',
    text: [
      'Acme Budget is a demo: no real bank, account or money is involved, and nothing here is a contract.',
      'A real site states here who provides the account information service, what it does and does not do, how long access lasts, what it costs and how to complain.',
    ],
  },
  'privacy.html': {
    title: 'Privacy notice',
    text: [
      'Acme Budget is a demo: the accounts it shows are fictional and are kept in memory only, until the demo server stops.',
      'A real site states here which data it retrieves from your bank, why, for how long it keeps it, who it shares it with, and how you can see, correct or delete it.',
    ],
  },
};

/** A document of {@link DEMO_DOCUMENTS} as a page of the demo site (constant text: nothing to escape). */
export function documentPage({ title, text }: { readonly title: string; readonly text: readonly string[] }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Acme Budget: ${title}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/demo.css" />
  </head>
  <body>
    <header><p class="brand">Acme Budget <span>· demo integrator site</span></p></header>
    <main>
      <section class="card wide">
        <h1>${title}</h1>
        ${text.map((paragraph) => `<p>${paragraph}</p>`).join('\n        ')}
      </section>
    </main>
  </body>
</html>
`;
}
