// A plain script (no modules): everything comes from window.SignInFlow.
(function () {
  var log = document.getElementById('log');
  var calls = (window.signinCallbacks = []);

  function record(name, detail) {
    calls.push({ name: name, detail: detail });
    var item = document.createElement('li');
    var code = document.createElement('code');
    code.textContent = name;
    item.append(new Date().toLocaleTimeString(), ' ', code, ' ', detail && detail.bank ? detail.bank.name : '');
    log.prepend(item);
  }

  document.getElementById('version').textContent = 'window.SignInFlow ' + window.SignInFlow.VERSION + ' is loaded.';

  fetch('/demo-config.json')
    .then(function (response) {
      return response.json();
    })
    .then(function (demo) {
      var handle = (window.signinHandle = window.SignInFlow.embed('#bank-signin', {
        clientId: 'sandbox-client',
        apiBase: demo.sandboxUrl,
        ownerExternalId: 'demo-user-cdn',
        country: 'DE',
        termsUrl: '/terms.html',
        privacyUrl: '/privacy.html',
        onSuccess: function (detail) {
          record('onSuccess', detail);
        },
        onError: function (detail) {
          record('onError', detail);
        },
        onCancel: function (detail) {
          record('onCancel', detail);
        },
        onEvent: function (type) {
          calls.push({ name: 'onEvent', type: type });
        },
      }));
      document.getElementById('destroy').addEventListener('click', function () {
        handle.destroy();
        record('destroy()');
      });
    });
})();
