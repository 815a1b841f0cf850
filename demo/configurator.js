// The configurator page: the preview talks to the demo's sandbox (its address from the demo server).
import '/dist/cdn/signin-configurator.js';

const configurator = document.querySelector('signin-configurator');
fetch('/demo-config.json')
  .then((response) => response.json())
  .then(({ sandboxUrl }) => {
    if (sandboxUrl) configurator.setAttribute('api-base', sandboxUrl);
  })
  .catch(() => {
    // No demo server config: the configurator keeps http://localhost:8787 and says when it does not answer.
  });
