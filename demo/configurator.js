// The configurator page: the preview talks to the demo's sandbox (its address from the demo server),
// the exported script is this server's own build (which works before the package is published; the
// configurator names the public CDN address beside it), and the page address holds the setup.
import '/dist/cdn/signin-configurator.js';

const configurator = document.querySelector('signin-configurator');
configurator.setAttribute('cdn-url', new URL('/dist/cdn/signin-flow.min.js', location.href).href);
fetch('/demo-config.json')
  .then((response) => response.json())
  .then(({ sandboxUrl }) => {
    if (sandboxUrl) configurator.setAttribute('api-base', sandboxUrl);
  })
  .catch(() => {
    // No demo server config: the configurator keeps http://localhost:8787 and says when it does not answer.
  });
