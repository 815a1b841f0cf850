/**
 * English messages: the reference catalog. Every other locale has exactly these keys.
 * `{name}` is replaced by a parameter; an object of plural forms is chosen by `{count}`
 * with Intl.PluralRules.
 */
export const en = {
  'bankPicker.label': 'Your bank',
  'bankPicker.placeholder': 'Search by name or BIC',
  'bankPicker.results': { one: '{count} bank found', other: '{count} banks found' },
  'bankPicker.more': { one: '{count} more bank: type to narrow the list', other: '{count} more banks: type to narrow the list' },
  'bankPicker.noResults': 'No bank matches “{query}”.',
  'bankPicker.missing': 'My bank is not listed',
  'bankPicker.statusDown': 'Unavailable',
  'bankPicker.statusDegraded': 'May be slow',
  'bankPicker.required': 'Choose your bank.',
  'bankPicker.selected': '{bank} selected',
  'config.errorTitle': 'This sign-in is not set up correctly',
  'config.errorField': '{field}: {message}',
} as const;

export type MessageKey = keyof typeof en;
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalog = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms };
