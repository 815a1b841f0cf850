import { expect } from '@open-wc/testing';
import { errorMessage } from '../../src/components/launcher/launcher.templates.js';
import { signinErrorCodeSchema } from '../../src/core/protocol/result.js';
import { Localizer } from '../../src/i18n/localizer.js';

describe('launcher error messages', () => {
  const i18n = new Localizer('en');
  const generic = i18n.t('error.generic', { bank: 'Demo Bank' });

  it('gives every final code of the protocol, and the widget\'s Timeout, a text of its own', () => {
    // InvalidCredentials never ends a flow: the bank lets the user try again on its own page.
    const final = signinErrorCodeSchema.options.filter((code) => code !== 'InvalidCredentials');
    for (const code of [...final, 'Timeout']) expect(errorMessage(code, 'Demo Bank', i18n), code).to.not.equal(generic);
    expect(errorMessage('bank_down', 'Demo Bank', i18n)).to.equal(errorMessage('BankUnavailable', 'Demo Bank', i18n));
  });

  it('falls back to the generic text for any other code, inherited names included', () => {
    for (const code of ['network_error', 'internal_error', '__proto__', 'constructor', 'toString', '']) expect(errorMessage(code, 'Demo Bank', i18n), code).to.equal(generic);
  });
});
