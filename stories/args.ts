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

/** Storybook action names for every event of the launcher. */
export const launcherEvents = ['signin-popup-open', 'signin-popup-blocked', 'signin-popup-close', 'signin-success', 'signin-error', 'signin-cancel', 'signin-redirect'];

/** Storybook action names for every event of the widget (its own and those of the elements inside). */
export const widgetEvents = ['signin-step-change', 'signin-bank-select', 'signin-bank-missing', 'signin-consents-accept', ...launcherEvents, 'signin-config-error'];

/** Storybook action names for every event of the configurator (and of its preview widget, which bubble out). */
export const configuratorEvents = ['change', ...widgetEvents];

/** The toolbar globals: the language and the theme of every story (`.storybook/preview.ts`). */
export const LOCALE_NAMES = {
  en: 'English',
  pl: 'Polski',
  cs: 'Čeština',
  sk: 'Slovenčina',
  de: 'Deutsch',
  es: 'Español',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  et: 'Eesti',
  ro: 'Română',
} as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type StoryTheme = (typeof THEMES)[number];

/** Args every story has; the toolbar globals set them (the decorator in preview.ts). */
export interface GlobalArgs {
  locale: string;
  theme: StoryTheme;
}
export const globalArgs: GlobalArgs = { locale: 'en', theme: 'light' };
export const globalArgTypes = {
  locale: { control: false, description: 'Language of the texts: set with the toolbar’s language menu.' },
  theme: { control: false, description: '`light`, `dark` or `auto`: set with the toolbar’s theme menu.' },
} as const;

/** The error codes a flow can end with (`signin-error` `detail.code`), each with its story. */
/** Every code a flow can end with, from the one list (the launcher shows each in its `failed` state). */
export { FLOW_ERROR_CODES as ERROR_CODES } from '../src/core/flow/error-codes.js';
