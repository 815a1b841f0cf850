// Completion page of the sandbox provider (served as /assets/completion.js so it runs under a
// strict CSP). Posts the result to the page that opened the popup, with the integrator's origin
// as targetOrigin, then closes the popup. Without an opener the page text asks the user to go back.
(function () {
  'use strict';
  var block = document.getElementById('signin-result');
  if (!block) return;
  var data;
  try {
    data = JSON.parse(block.textContent || '');
  } catch {
    return;
  }
  var opener = window.opener;
  if (!opener || opener.closed || !data || !data.message || !data.targetOrigin) return;
  try {
    opener.postMessage(data.message, data.targetOrigin);
  } catch {
    return;
  }
  var returning = document.getElementById('signin-returning');
  var noOpener = document.getElementById('signin-no-opener');
  if (returning) returning.hidden = false;
  if (noOpener) noOpener.hidden = true;
  window.setTimeout(function () {
    window.close();
  }, 150);
})();
