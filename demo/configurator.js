// The configurator page: the preview talks to the demo's sandbox (the demo server writes its address
// into the page's api-base, so the first catalog request already goes there),
// the exported script is this server's own build (which works before the package is published; the
// configurator names the public CDN address beside it), and the page address holds the setup.
import '/dist/cdn/signin-configurator.js';

const configurator = document.querySelector('signin-configurator');
configurator.setAttribute('cdn-url', new URL('/dist/cdn/signin-flow.min.js', location.href).href);
