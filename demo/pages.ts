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
