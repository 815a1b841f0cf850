// What both demo pages do: fetch the catalog of a country, and show the elements' events.

const FALLBACK = [
  { id: 'demo-bank-pl', name: 'Demo Bank', country: 'PL', bic: 'DEMOPLPW', popular: true },
  { id: 'slaski', name: 'Bank Śląski Oszczędności', country: 'PL', bic: 'BSLAPLPW', aliases: ['BŚO'], popular: true },
  { id: 'ludowy', name: 'Łódzki Bank Ludowy', country: 'PL', bic: 'LUDOPLPW' },
  { id: 'zagiel', name: 'Bank Zachodni Żagiel', country: 'PL', status: 'down', statusMessage: 'Planned maintenance' },
];

async function fetchCatalog(country) {
  const { sandboxUrl } = await (await fetch('/demo-config.json')).json();
  const response = await fetch(`${sandboxUrl}/v1/catalog?country=${encodeURIComponent(country)}`);
  if (!response.ok) throw new Error(`catalog: HTTP ${response.status}`);
  return { banks: (await response.json()).banks, source: `${sandboxUrl}/v1/catalog` };
}

/** Loads the country's catalog into the picker, falling back to a small built-in list. */
export function showCatalog(picker, countrySelect, sourceNote) {
  const load = async () => {
    sourceNote.textContent = 'Loading banks…';
    try {
      const { banks, source } = await fetchCatalog(countrySelect.value);
      picker.banks = banks.map((bank) => ({ aliases: [], status: 'up', ...bank }));
      sourceNote.textContent = `${banks.length} banks from the sandbox provider (${source}).`;
    } catch {
      picker.banks = FALLBACK.map((bank) => ({ aliases: [], status: 'up', ...bank }));
      sourceNote.textContent = 'The sandbox provider is not reachable: showing a small built-in list.';
    }
  };
  countrySelect.addEventListener('change', load);
  void load();
}

const EVENTS = [
  'signin-bank-select',
  'signin-bank-missing',
  'change',
  'signin-step-change',
  'signin-consents-accept',
  'signin-popup-open',
  'signin-popup-blocked',
  'signin-popup-close',
  'signin-success',
  'signin-error',
  'signin-cancel',
  'signin-redirect',
  'signin-config-error',
];

/** Lists each event with its detail in `list`, newest first. */
export function logEvents(target, list) {
  for (const type of EVENTS) {
    target.addEventListener(type, (event) => {
      const item = document.createElement('li');
      const name = document.createElement('code');
      name.textContent = type;
      const detail = document.createElement('pre');
      detail.textContent = event.detail === undefined || event.detail === null ? '' : JSON.stringify(event.detail, null, 2);
      item.append(new Date().toLocaleTimeString(), ' ', name, detail);
      list.prepend(item);
    });
  }
}
