// The hosted SignIn page: builds <signin-widget mode="redirect"> from the data- attributes of
// #hosted (the strict CSP allows no inline script). The widget's ES module is served beside this
// file from the repository's dist/cdn; when it cannot load, the simple form stays offered.
// A link's look comes in the #hosted-look data block: the rule of the page's own chrome, applied
// through the CSSOM (an adopted stylesheet: no style attribute, no unsafe-inline), and the
// widget's styles and theme, which the widget applies the same way.
const ATTRIBUTES = ['client-id', 'api-base', 'owner-external-id', 'country', 'locale', 'return-url', 'access-mode', 'access-days', 'reconnect-token'];
const host = document.getElementById('hosted');
const look = JSON.parse(document.getElementById('hosted-look')?.textContent || '{}');

if (look.pageRule) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(look.pageRule);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

// A logo that does not load (or is no image) gives its place to the name, its text alternative.
const logo = document.getElementById('brand-logo');
if (logo) {
  logo.decode().catch(() => {
    if (!logo.isConnected) return;
    const name = document.createElement('span');
    name.className = 'brand-name';
    name.id = 'brand-name';
    name.textContent = logo.alt;
    logo.replaceWith(name);
  });
}

try {
  await import('/assets/signin-flow.js');
  const widget = document.createElement('signin-widget');
  for (const name of ATTRIBUTES) {
    const value = host.getAttribute(`data-${name}`);
    if (value) widget.setAttribute(name, value);
  }
  widget.setAttribute('mode', 'redirect');
  // The provider's own documents, which the default consents link to (the widget takes them in its config),
  // and the link's look.
  widget.config = {
    termsUrl: host.dataset.termsUrl,
    privacyUrl: host.dataset.privacyUrl,
    ...(look.styles ? { styles: look.styles } : {}),
    ...(look.theme ? { theme: look.theme } : {}),
  };
  host.replaceChildren(widget);
  document.body.classList.add('hosted-ready');
} catch (error) {
  host.replaceChildren();
  document.body.classList.add('hosted-failed');
  console.error('signin-flow: the widget did not load', error);
}
