import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { bankPickerArgTypes, bankPickerEvents, catalogs, globalArgTypes, globalArgs, type GlobalArgs } from './args.js';
import { storyProvider, type StoryProvider } from './mock-provider.js';
import { typeInto, waitFor, deepQuery } from './play.js';
import '../src/components/bank-picker/bank-picker.define.js';

type Source = keyof typeof catalogs | `provider-${StoryProvider}`;
const sources: Source[] = [...(Object.keys(catalogs) as (keyof typeof catalogs)[]), 'provider-ok', 'provider-loading', 'provider-fail', 'provider-empty'];

interface BankPickerArgs extends GlobalArgs {
  layout: 'combobox' | 'list';
  label: string;
  required: boolean;
  disabled: boolean;
  catalog: Source;
}

const meta: Meta<BankPickerArgs> = {
  title: 'Elements/Bank picker',
  component: 'signin-bank-picker',
  argTypes: {
    ...bankPickerArgTypes,
    ...globalArgTypes,
    catalog: { control: 'select', options: sources, description: 'A fixture catalog given as `banks`, or `provider-*`: fetched from a pretend provider that answers, never answers, fails or has no bank.' },
  },
  args: { ...globalArgs, layout: 'list', label: '', required: false, disabled: false, catalog: 'small' },
  parameters: { actions: { handles: bankPickerEvents } },
  render: (args) => {
    const provider = args.catalog.startsWith('provider-') ? storyProvider[args.catalog.slice(9) as StoryProvider] : '';
    return html`<signin-bank-picker
      .banks=${provider ? undefined : catalogs[args.catalog as keyof typeof catalogs]}
      api-base=${provider}
      layout=${args.layout}
      locale=${args.locale}
      theme=${args.theme}
      label=${args.label}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></signin-bank-picker>`;
  },
};
export default meta;

type Story = StoryObj<BankPickerArgs>;

/** Results: the list shown at once, as in the widget's first step. */
export const List: Story = {};

/** The combobox: the list opens under the input on typing or ArrowDown. */
export const Combobox: Story = { args: { layout: 'combobox' } };

/** Ten thousand banks: the list stays short, typing narrows it. */
export const LargeCatalog: Story = { args: { catalog: 'large' } };

/** Loading: the provider has not answered yet (here it never does): skeleton rows the size of real ones. */
export const Loading: Story = { args: { catalog: 'provider-loading' } };

/** The catalog could not be loaded (HTTP 503): the message and a retry button. */
export const LoadError: Story = {
  args: { catalog: 'provider-fail' },
  play: async ({ canvasElement }) => void (await waitFor(() => deepQuery(canvasElement, '[part~="retry-button"]'))),
};

/** Loaded from the provider: the same list as `banks` gives. */
export const FromProvider: Story = { args: { catalog: 'provider-ok' } };

/** An empty catalog: the "my bank is not listed" action. */
export const Empty: Story = { args: { catalog: 'empty' } };

/** Results of a search: the matched text is highlighted. */
export const SearchResults: Story = {
  play: async ({ canvasElement }) => typeInto(canvasElement, 'input[role="combobox"]', 'bank'),
};

/** No bank matches the search: the query is repeated, with "my bank is not listed". */
export const NoResults: Story = {
  play: async ({ canvasElement }) => typeInto(canvasElement, 'input[role="combobox"]', 'Nonexistent Bank'),
};

/** An unavailable bank: shown with its note, and it cannot be chosen. */
export const UnavailableBank: Story = {
  play: async ({ canvasElement }) => typeInto(canvasElement, 'input[role="combobox"]', 'Żagiel'),
};

/** Disabled while the flow is busy. */
export const Disabled: Story = { args: { disabled: true } };

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };
