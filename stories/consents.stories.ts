import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SignInConsents } from '../src/components/consents/consents.js';
import { consentsEvents, globalArgTypes, globalArgs, type GlobalArgs } from './args.js';
import { consentSets, type ConsentSetName } from './consent-sets.js';
import '../src/components/consents/consents.define.js';

interface ConsentsArgs extends GlobalArgs {
  set: ConsentSetName;
  acceptAll: boolean;
  disabled: boolean;
  termsUrl: string;
  privacyUrl: string;
}

const meta: Meta<ConsentsArgs> = {
  title: 'Elements/Consents',
  component: 'signin-consents',
  argTypes: {
    set: { control: 'inline-radio', options: Object.keys(consentSets), description: 'Which consent definitions to show (default: the built-in AIS set).' },
    ...globalArgTypes,
    acceptAll: { control: 'boolean', description: 'Shows an "Accept all" checkbox.' },
    disabled: { control: 'boolean' },
    termsUrl: { control: 'text', description: 'Terms of service linked from the default consents.' },
    privacyUrl: { control: 'text', description: 'Privacy notice linked from the default consents.' },
  },
  args: {
    ...globalArgs,
    set: 'default',
    acceptAll: false,
    disabled: false,
    termsUrl: 'https://provider.example/terms',
    privacyUrl: 'https://provider.example/privacy',
  },
  parameters: { actions: { handles: consentsEvents } },
  render: (args) => html`<signin-consents
    .consents=${consentSets[args.set]}
    locale=${args.locale}
    theme=${args.theme}
    ?accept-all=${args.acceptAll}
    ?disabled=${args.disabled}
    terms-url=${args.termsUrl}
    privacy-url=${args.privacyUrl}
  ></signin-consents>`,
};
export default meta;

type Story = StoryObj<ConsentsArgs>;

/** The default Account Information Service consents: data access, terms, privacy notice. */
export const Default: Story = {};

/** With an "Accept all" checkbox above the consents. */
export const AcceptAll: Story = { args: { acceptAll: true } };

/** After Continue with nothing accepted: the error is announced and the first missing consent has the focus. */
export const InvalidAfterContinue: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SignInConsents>('signin-consents');
    await el?.updateComplete;
    el?.validate();
  },
};

/** The integrator's own consents, with links to documents, an optional consent and a long text that scrolls. */
export const CustomWithLinks: Story = { args: { set: 'custom', acceptAll: true } };

/** Definitions that do not validate: the element lists each problem and fires `signin-config-error`. */
export const BadConfig: Story = { args: { set: 'bad' } };

/** Disabled while the flow is busy. */
export const Disabled: Story = { args: { disabled: true } };

/** The dark theme. */
export const Dark: Story = { args: { set: 'custom', acceptAll: true }, globals: { theme: 'dark' } };
