// What the demo pages share: the event log.
import { SIGNIN_EVENTS } from '/dist/cdn/signin-flow.js';

const EVENTS = [...SIGNIN_EVENTS, 'change'];

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

/** The site's terms and privacy notice (served by demo/server.ts), which the default consents link to. */
export const DOCUMENTS = { termsUrl: '/terms.html', privacyUrl: '/privacy.html' };
