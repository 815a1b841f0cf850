/**
 * English messages: the reference catalog. Every other locale has exactly these keys.
 * `{name}` is replaced by a parameter; an object of plural forms is chosen by `{count}`
 * with Intl.PluralRules.
 */
export const en = {
  'bankPicker.label': 'Your bank',
  'bankPicker.placeholder': 'Search by name or BIC',
  'bankPicker.results': { one: '{count} bank found', other: '{count} banks found' },
  'bankPicker.noResults': 'No bank matches “{query}”.',
  'bankPicker.missing': 'My bank is not listed',
  'bankPicker.statusDown': 'Unavailable',
  'bankPicker.statusDegraded': 'May be slow',
  'bankPicker.required': 'Choose your bank.',
  'bankPicker.selected': '{bank} selected',
  'bankPicker.country': 'Country',
  'bankPicker.loading': 'Loading banks…',
  'bankPicker.loadError': 'The list of banks could not be loaded.',
  'bankPicker.retry': 'Try again',
  'bankPicker.emptyCatalog': 'No banks are available for this country.',
  'config.errorTitle': 'This sign-in is not set up correctly',
  'config.errorField': '{field}: {message}',
  'consents.legend': 'Your consents',
  'consents.intro': 'To connect your bank, accept the required consents.',
  'consents.required': 'Required',
  'consents.optional': 'Optional',
  'consents.details': 'More about this consent',
  'consents.newTab': '(opens in a new tab)',
  'consents.acceptAll': 'Accept all',
  'consents.continue': 'Continue',
  'consents.missing': { one: 'Accept the required consent to continue.', other: 'Accept the {count} required consents to continue.' },
  'consents.valueMissing': 'Accept the required consents.',
  'consents.default.data.label': 'I agree that my account data (account holder, accounts, balances and transactions) is retrieved from my bank and shared with this service.',
  'consents.default.data.details':
    'Access is read-only: nobody can make payments or change anything in your accounts. The data is retrieved now and, while this consent is valid, each time the service refreshes it. You can withdraw this consent at any time, at your bank or with this service; data already shared is then handled as the privacy notice describes.',
  'consents.default.terms.label': 'I accept the [terms of service]({url}) of the account information service.',
  'consents.default.terms.details': 'The terms describe the account information service: who provides it, what it does and does not do, how long access lasts, what it costs (nothing for you) and how to complain.',
  'consents.default.privacy.label': 'I have read the [privacy notice]({url}).',
  'consents.default.privacy.details':
    'The privacy notice explains which personal data is processed, why and on which legal basis, for how long it is kept, who receives it, and how to use your rights to access, correct, delete or move your data and to object.',
} as const;

export type MessageKey = keyof typeof en;
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalog = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms };
