import type { Bank } from '../src/core/protocol/catalog.js';
import { fixtureBanks, generateBanks } from '../test/fixtures/banks.js';

/** Catalogs shared by the stories (and the tests that render stories). */
export const catalogs = {
  small: fixtureBanks,
  large: generateBanks(10_000),
  empty: [] as Bank[],
} as const;

/** Arg types shared by every element that shows banks. */
export const bankPickerArgTypes = {
  layout: { control: 'inline-radio', options: ['combobox', 'list'], description: 'Popup list under the input, or a list always shown.' },
  locale: { control: 'text', description: 'Language of the texts.' },
  label: { control: 'text', description: 'Overrides the visible label.' },
  required: { control: 'boolean', description: 'A form cannot be submitted without a bank.' },
  disabled: { control: 'boolean' },
  catalog: { control: 'inline-radio', options: Object.keys(catalogs), description: 'Which fixture catalog to show.' },
} as const;

/** Storybook action names for every event of the bank picker. */
export const bankPickerEvents = ['signin-bank-select', 'signin-bank-missing', 'change'];

/** Storybook action names for every event of the consents. */
export const consentsEvents = ['signin-consents-accept', 'signin-config-error', 'change'];
