// Plain script (no modules): everything comes from window.SignInFlow.
(function () {
  var picker = document.getElementById('picker');
  var log = document.getElementById('log');
  document.getElementById('version').textContent = 'window.SignInFlow ' + window.SignInFlow.VERSION + ' is loaded.';
  picker.banks = [
    { id: 'demo-bank-de', name: 'Demo Bank', country: 'DE', aliases: [], status: 'up', popular: true },
    { id: 'muenchen', name: 'Münchner Volksbank', country: 'DE', aliases: ['MVB'], status: 'up' },
    { id: 'strasse', name: 'Straßenbahn Sparkasse', country: 'DE', aliases: [], status: 'degraded' },
    { id: 'koeln', name: 'Kölner Privatbank', country: 'DE', aliases: [], status: 'down', statusMessage: 'Planned maintenance' },
  ];
  picker.addEventListener('signin-bank-select', function (event) {
    var item = document.createElement('li');
    item.textContent = 'signin-bank-select: ' + event.detail.bank.name;
    log.prepend(item);
  });
})();
