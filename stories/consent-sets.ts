import type { ConsentDefinitionInput } from '../src/config/consents.js';

const longDetails = Array.from(
  { length: 6 },
  (_, i) =>
    `${i + 1}. The service receives the account holder's name, the list of accounts with their balances and the transactions of the last 90 days. It keeps them only as long as needed for the purpose you were told about, and never uses them to make payments.`,
).join('\n\n');

/** Consent sets shared by the stories and the tests that render stories. */
export const consentSets = {
  /** Not set: the element's default AIS set in its locale. */
  default: undefined,
  /** Custom definitions with links to documents, an optional consent and a long text. */
  custom: [
    { id: 'data-access', version: '2025-01', label: 'I agree that Acme Budget retrieves my account data from my bank.', details: longDetails },
    {
      id: 'terms',
      version: '4.2',
      label: 'I accept the [terms of service](https://acme.example/terms) and have read the [privacy notice](https://acme.example/privacy).',
      details: 'Acme Budget Ltd is a licensed account information service provider.',
    },
    { id: 'marketing.email', version: '1', required: false, label: 'Send me tips about saving, at most once a month.' },
  ],
  /** Definitions that do not validate: an empty label, a duplicate id, an unsafe link. */
  bad: [
    { id: 'terms', version: '1', label: '' },
    { id: 'terms', version: '1', label: 'Accept the [terms](javascript:alert(1))' },
    { id: 'privacy', label: 'No version' },
  ] as ConsentDefinitionInput[],
} satisfies Record<string, readonly ConsentDefinitionInput[] | undefined>;

export type ConsentSetName = keyof typeof consentSets;
