import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { bankPickerArgTypes, bankPickerEvents, catalogs } from './args.js';
import '../src/components/bank-picker/bank-picker.define.js';

interface BankPickerArgs {
  layout: 'combobox' | 'list';
  locale: string;
  label: string;
  required: boolean;
  disabled: boolean;
  catalog: keyof typeof catalogs;
}

const meta: Meta<BankPickerArgs> = {
  title: 'Elements/Bank picker',
  component: 'signin-bank-picker',
  argTypes: bankPickerArgTypes,
  args: { layout: 'list', locale: 'en', label: '', required: false, disabled: false, catalog: 'small' },
  parameters: { actions: { handles: bankPickerEvents } },
  render: (args) => html`<signin-bank-picker
    .banks=${catalogs[args.catalog]}
    layout=${args.layout}
    locale=${args.locale}
    label=${args.label}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></signin-bank-picker>`,
};
export default meta;

type Story = StoryObj<BankPickerArgs>;

/** The list shown at once, as in the widget's first step. */
export const List: Story = {};

/** The combobox: the list opens under the input on typing or ArrowDown. */
export const Combobox: Story = { args: { layout: 'combobox' } };

/** Ten thousand banks: the list stays short, typing narrows it. */
export const LargeCatalog: Story = { args: { catalog: 'large' } };

/** No bank matches: the "my bank is not listed" action. */
export const Empty: Story = { args: { catalog: 'empty' } };
