// The integrator's page script: loads the catalog from the sandbox provider and logs events.
import '/dist/cdn/signin-flow.js';
import { showCatalog, logEvents } from '/shared.js';

const picker = document.querySelector('#picker');
logEvents(picker, document.querySelector('#log'));
showCatalog(picker, document.querySelector('#country'), document.querySelector('#source'));
