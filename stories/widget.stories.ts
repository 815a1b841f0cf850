import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Mode, WidgetConfigInput } from '../src/config/widget-config.js';
import { globalArgTypes, globalArgs, widgetEvents, type GlobalArgs } from './args.js';
import { consentSets } from './consent-sets.js';
import { storyProvider, type StoryProvider } from './mock-provider.js';
import { clickOn, deepQuery, waitFor } from './play.js';
import '../src/components/widget/widget.define.js';

interface WidgetArgs extends GlobalArgs {
  provider: StoryProvider;
  clientId: string;
  ownerExternalId: string;
  country: string;
  bank: string;
  mode: Mode;
  consents: 'default' | 'custom';
  brand: 'none' | 'green';
}

/** A brand through the `styles` config (tokens set through the CSSOM: fine under a strict CSP). */
const brands: Record<WidgetArgs['brand'], WidgetConfigInput['styles']> = {
  none: undefined,
  green: { colorPrimary: '#00754a', colorFocusRing: '#00754a', borderRadius: '2px', fontFamily: 'Georgia, serif', spacingUnit: '0.6rem' },
};

const meta: Meta<WidgetArgs> = {
  title: 'Elements/Widget',
  component: 'signin-widget',
  argTypes: {
    ...globalArgTypes,
    provider: { control: 'inline-radio', options: Object.keys(storyProvider), description: 'A pretend provider (`api-base`): answers, never answers, fails, or has no bank.' },
    clientId: { control: 'text', description: 'Your client id at the provider (`client-id`).' },
    ownerExternalId: { control: 'text', description: 'The end user’s id in your system (`owner-external-id`).' },
    country: { control: 'text', description: 'ISO country code of the banks offered.' },
    bank: { control: 'text', description: 'The id of a bank to preselect: the flow starts at the consents.' },
    mode: { control: 'inline-radio', options: ['auto', 'popup', 'redirect'], description: 'How the user reaches the bank.' },
    consents: { control: 'inline-radio', options: ['default', 'custom'], description: 'The default AIS consents or custom ones (`config.consents`).' },
    brand: { control: 'inline-radio', options: Object.keys(brands), description: 'Design tokens through `config.styles`.' },
  },
  args: { ...globalArgs, provider: 'ok', clientId: 'sandbox-client', ownerExternalId: 'user-42', country: 'PL', bank: '', mode: 'auto', consents: 'default', brand: 'none' },
  parameters: { actions: { handles: widgetEvents } },
  render: (args) => {
    const styles = brands[args.brand];
    const consents = args.consents === 'custom' ? consentSets.custom : undefined;
    return html`<signin-widget
      client-id=${args.clientId}
      api-base=${storyProvider[args.provider]}
      owner-external-id=${args.ownerExternalId}
      country=${args.country}
      bank=${args.bank}
      mode=${args.mode}
      locale=${args.locale}
      theme=${args.theme}
      .config=${styles || consents ? { ...(styles ? { styles } : {}), ...(consents ? { consents } : {}) } : undefined}
    ></signin-widget>`;
  },
};
export default meta;

type Story = StoryObj<WidgetArgs>;
type Canvas = { canvasElement: HTMLElement };

const consentsReady = ({ canvasElement }: Canvas) => waitFor(() => deepQuery(canvasElement, 'signin-consents')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]'));

/** Step 1, results: the banks of the country. */
export const ChooseBank: Story = {};

/** Step 1 while the catalog loads. */
export const Loading: Story = { args: { provider: 'loading' } };

/** Step 1 when the catalog could not be loaded. */
export const CatalogError: Story = { args: { provider: 'fail' } };

/** Step 1 with no bank in the country. */
export const NoBanks: Story = { args: { provider: 'empty' } };

/** Step 2: a preselected bank starts the flow at the consents. */
export const Consents: Story = { args: { bank: 'demo-bank-pl' }, play: async (context) => void (await consentsReady(context)) };

/** Step 2 after Continue with nothing accepted: the error, and the focus on the first missing consent. */
export const ConsentsInvalid: Story = {
  args: { bank: 'demo-bank-pl' },
  play: async (context) => (await consentsReady(context)).click(),
};

/** Step 3: the consents accepted, ready to go to the bank (see the Launcher stories for what follows). */
export const SignInAtBank: Story = {
  args: { bank: 'demo-bank-pl' },
  play: async (context) => {
    const button = await consentsReady(context);
    for (const box of deepQuery(context.canvasElement, 'signin-consents')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    button.click();
    await waitFor(() => deepQuery(context.canvasElement, 'signin-launcher'));
  },
};

/** The integrator's own consents (`config.consents`). */
export const CustomConsents: Story = { args: { bank: 'demo-bank-pl', consents: 'custom' } };

/** A configuration that does not validate (no client id, a country in lower case): each problem is listed. */
export const ConfigError: Story = { args: { clientId: '', country: 'pl' } };

/** A brand through `config.styles`. */
export const Branded: Story = { args: { brand: 'green', bank: 'demo-bank-pl' } };

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** The back button: from the consents to the bank step. */
export const BackToBanks: Story = {
  args: { bank: 'demo-bank-pl' },
  play: async (context) => {
    await consentsReady(context);
    await clickOn(context.canvasElement, '[part~="back-button"]');
  },
};
