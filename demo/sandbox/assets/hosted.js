// The hosted SignIn page: builds <signin-widget mode="redirect"> from the data- attributes of
// #hosted (the strict CSP allows no inline script). The widget's ES module is served beside this
// file from the repository's dist/cdn; when it cannot load, the simple form stays offered.
const ATTRIBUTES = ['client-id', 'api-base', 'owner-external-id', 'country', 'locale', 'return-url', 'access-mode', 'access-days', 'reconnect-token'];
const host = document.getElementById('hosted');

try {
  await import('/assets/signin-flow.js');
  const widget = document.createElement('signin-widget');
  for (const name of ATTRIBUTES) {
    const value = host.getAttribute(`data-${name}`);
    if (value) widget.setAttribute(name, value);
  }
  widget.setAttribute('mode', 'redirect');
  // The provider's own documents, which the default consents link to (the widget takes them in its config).
  widget.config = { termsUrl: host.dataset.termsUrl, privacyUrl: host.dataset.privacyUrl };
  host.replaceChildren(widget);
  document.body.classList.add('hosted-ready');
} catch (error) {
  host.replaceChildren();
  document.body.classList.add('hosted-failed');
  console.error('signin-flow: the widget did not load', error);
}
