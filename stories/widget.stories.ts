import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Mode, WidgetConfigInput } from '../src/config/widget-config.js';
import { parseConfig } from '../src/config/parse-config.js';
import { widgetConfigSchema } from '../src/config/widget-config.js';
import { embedSnippet } from '../src/core/configurator/snippets.js';
import { TOKENS, tokenProperty, type StyleKey } from '../src/styles/token-names.js';
import type { AccessMode } from '../src/core/protocol/primitives.js';
import { SignInSuccessEvent } from '../src/events/success-event.js';
import { catalogs, globalArgTypes, globalArgs, widgetEvents, type GlobalArgs } from './args.js';
import { consentSets } from './consent-sets.js';
import { storyProvider, storyReconnectTokens, type StoryProvider, type StoryReconnect } from './mock-provider.js';
import { clickOn, deepQuery, waitFor } from './play.js';
import '../src/components/widget/widget.define.js';

/** One control per design token (`styles`), empty: the theme's default. */
type TokenArgs = Record<StyleKey, string>;
const STYLE_KEYS = Object.keys(TOKENS) as StyleKey[];

interface WidgetArgs extends GlobalArgs, TokenArgs {
  provider: StoryProvider;
  clientId: string;
  ownerExternalId: string;
  country: string;
  bank: string;
  mode: Mode;
  consents: 'default' | 'custom';
  brand: 'none' | 'green';
  accessMode: AccessMode;
  accessDays: number;
  reconnect: StoryReconnect;
  multiBank: boolean;
  returnUrl: string;
  termsUrl: string;
  privacyUrl: string;
  missingBankUrl: string;
  missingBankEmail: string;
  popupTimeoutMs: number | undefined;
}

/** A brand through the `styles` config (tokens set through the CSSOM: fine under a strict CSP). */
const brands: Record<WidgetArgs['brand'], WidgetConfigInput['styles']> = {
  none: undefined,
  green: { colorPrimary: '#00754a', colorFocusRing: '#00754a', borderRadius: '2px', fontFamily: 'Georgia, serif', spacingUnit: '0.6rem' },
};

/** The token controls: a colour picker for each colour, text for the others (each named by its custom property). */
const tokenArgTypes = Object.fromEntries(
  STYLE_KEYS.map((key) => [
    key,
    {
      control: TOKENS[key][1] === 'color' ? 'color' : 'text',
      description: `\`${tokenProperty(key)}\` (default ${TOKENS[key][2]}${TOKENS[key][3] ? `, dark ${TOKENS[key][3]}` : ''}). Empty: the theme's.`,
      table: { category: 'Design tokens (styles)' },
    },
  ]),
);
const tokenArgs = Object.fromEntries(STYLE_KEYS.map((key) => [key, ''])) as TokenArgs;

/** The `styles` of the args: the brand preset, then every token control that is set. */
function stylesOf(args: WidgetArgs): WidgetConfigInput['styles'] {
  const set = Object.fromEntries(STYLE_KEYS.filter((key) => args[key]?.trim()).map((key) => [key, args[key].trim()]));
  const styles = { ...brands[args.brand], ...set };
  return Object.keys(styles).length > 0 ? styles : undefined;
}

/** The whole config the controls describe, as the widget gets it (attributes and `config`). */
function storyConfig(args: WidgetArgs): Record<string, unknown> {
  const optional = { returnUrl: args.returnUrl, termsUrl: args.termsUrl, privacyUrl: args.privacyUrl, missingBankUrl: args.missingBankUrl, missingBankEmail: args.missingBankEmail, bank: args.bank };
  return {
    clientId: args.clientId,
    apiBase: storyProvider[args.provider],
    ownerExternalId: args.ownerExternalId,
    country: args.country,
    locale: args.locale,
    mode: args.mode,
    theme: args.theme,
    accessMode: args.accessMode,
    accessDays: args.accessDays,
    multiBank: args.multiBank,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
    ...(args.popupTimeoutMs ? { popupTimeoutMs: args.popupTimeoutMs } : {}),
    ...(args.consents === 'custom' ? { consents: consentSets.custom } : {}),
    ...(stylesOf(args) ? { styles: stylesOf(args) } : {}),
  };
}

/** The Docs page's code: the `SignInFlow.embed()` call of the current controls, or what does not validate. */
function embedSource(args: WidgetArgs): string {
  const result = parseConfig(widgetConfigSchema, storyConfig(args));
  if (!result.ok) return `// This configuration does not validate:\n${result.issues.map((issue) => `// - ${issue.field}: ${issue.message}`).join('\n')}\n`;
  return embedSnippet(result.config);
}

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
    accessMode: { control: 'inline-radio', options: ['single', 'multiple', 'mixed'], description: 'The access asked for (`access-mode`): one import, ongoing access, or the user chooses at the consents.' },
    accessDays: { control: { type: 'number', min: 1, max: 180, step: 1 }, description: 'Days of ongoing access, 1–180 (`access-days`).' },
    reconnect: {
      control: 'inline-radio',
      options: ['none', ...Object.keys(storyReconnectTokens)],
      description: 'A reconnect token of the pretend provider (`reconnect-token`, from your backend): one that renews Demo Bank, an expired one, a used one.',
    },
    multiBank: { control: 'boolean', description: 'Offer “Connect another bank” after a success (`multi-bank`); `connections` lists each bank.' },
    returnUrl: { control: 'text', description: 'Where the bank sends the user back in redirect mode (`return-url`).' },
    termsUrl: { control: 'text', description: 'Your terms of service (`config.termsUrl`): the consents link to them.' },
    privacyUrl: { control: 'text', description: 'Your privacy notice (`config.privacyUrl`).' },
    missingBankUrl: { control: 'text', description: 'A page for a bank not listed (`config.missingBankUrl`).' },
    missingBankEmail: { control: 'text', description: 'An address for a bank not listed (`config.missingBankEmail`).' },
    popupTimeoutMs: { control: { type: 'number', min: 1000, step: 1000 }, description: 'How long the bank window may take (`config.popupTimeoutMs`); empty: the default.' },
    ...tokenArgTypes,
  },
  args: {
    ...globalArgs,
    provider: 'ok',
    clientId: 'sandbox-client',
    ownerExternalId: 'user-42',
    country: 'PL',
    bank: '',
    mode: 'auto',
    consents: 'default',
    brand: 'none',
    accessMode: 'single',
    accessDays: 180,
    reconnect: 'none',
    multiBank: false,
    returnUrl: '',
    termsUrl: '',
    privacyUrl: '',
    missingBankUrl: '',
    missingBankEmail: '',
    popupTimeoutMs: undefined,
    ...tokenArgs,
  },
  parameters: {
    actions: { handles: widgetEvents },
    // The Docs page's code block: the embed snippet of the current controls, ready to copy.
    docs: { source: { language: 'js', transform: (_code: string, context: { args: WidgetArgs }) => embedSource(context.args) } },
  },
  render: (args) => {
    const { styles, consents, returnUrl, termsUrl, privacyUrl, missingBankUrl, missingBankEmail, popupTimeoutMs } = storyConfig(args) as WidgetConfigInput;
    const extra = Object.fromEntries(Object.entries({ styles, consents, returnUrl, termsUrl, privacyUrl, missingBankUrl, missingBankEmail, popupTimeoutMs }).filter(([, value]) => value !== undefined));
    return html`<signin-widget
      client-id=${args.clientId}
      api-base=${storyProvider[args.provider]}
      owner-external-id=${args.ownerExternalId}
      country=${args.country}
      bank=${args.bank}
      mode=${args.mode}
      locale=${args.locale}
      theme=${args.theme}
      access-mode=${args.accessMode}
      access-days=${args.accessDays}
      reconnect-token=${args.reconnect === 'none' ? '' : storyReconnectTokens[args.reconnect]}
      ?multi-bank=${args.multiBank}
      .config=${Object.keys(extra).length > 0 ? extra : undefined}
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

/** At the consents: accepts every consent and continues to the authorize step. */
async function acceptAll(context: Canvas): Promise<void> {
  const button = await consentsReady(context);
  for (const box of deepQuery(context.canvasElement, 'signin-consents')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
  button.click();
  await waitFor(() => deepQuery(context.canvasElement, 'signin-launcher'));
}

/** Step 3: the consents accepted, ready to go to the bank (see the Launcher stories for what follows). */
export const SignInAtBank: Story = {
  args: { bank: 'demo-bank-pl' },
  play: acceptAll,
};

/**
 * `access-mode="mixed"`: the consents step asks first, one-time access or ongoing access until a
 * date in the user's language (`access-days`), nothing chosen for the user; Continue says why it
 * waits, and the consent list follows the choice.
 */
export const AccessMixed: Story = { args: { bank: 'demo-bank-pl', accessMode: 'mixed', accessDays: 90 }, play: async (context) => void (await consentsReady(context)) };

/** `access-mode="multiple"`: the ongoing-access consent names the end date (`access-days` from today). */
export const AccessMultiple: Story = { args: { bank: 'demo-bank-pl', accessMode: 'multiple', accessDays: 30 }, play: async (context) => void (await consentsReady(context)) };

/**
 * A renewal: `reconnect-token` (from your backend) starts at the consents of that token's bank,
 * titled "Renew access to Demo Bank", with the new end date; no bank step, no way back to it.
 * The pretend provider answers the token (stories/mock-provider.ts), as the real one's public route does.
 */
export const Renewal: Story = { args: { reconnect: 'renewal' }, play: async (context) => void (await consentsReady(context)) };

const noticeShown = ({ canvasElement }: Canvas) => waitFor(() => deepQuery(canvasElement, 'signin-widget')?.shadowRoot?.querySelector('[part="notice"][role="alert"]'));

/** A reconnect token that expired: the widget says so (and fires `signin-error` with `reconnect_token_expired`), and offers the banks to connect anew. */
export const RenewalExpired: Story = { args: { reconnect: 'expired' }, play: async (context) => void (await noticeShown(context)) };

/** A reconnect token used already (`reconnect_token_used`): the same offer to connect the bank anew. */
export const RenewalUsed: Story = { args: { reconnect: 'used' }, play: async (context) => void (await noticeShown(context)) };

const demoBank = catalogs.small.find((bank) => bank.id === 'demo-bank-pl')!;

/**
 * `multi-bank`: after Demo Bank is connected, "Connect another bank" takes the user back to the
 * list, where Demo Bank is marked connected; `connections` lists it. There is no provider in
 * Storybook: the bank's success is the launcher's `signin-success`, as a real popup reports it.
 */
export const SecondBank: Story = {
  args: { bank: 'demo-bank-pl', multiBank: true },
  play: async (context) => {
    await acceptAll(context);
    const launcher = deepQuery(context.canvasElement, 'signin-launcher')!;
    launcher.dispatchEvent(
      new SignInSuccessEvent({ sessionId: 'ses_story_first_bank', sessionIdSignature: 'story-signature', bank: demoBank, consents: [], access: { mode: 'single' } }),
    );
    await clickOn(context.canvasElement, '[part="another-bank"]');
    await waitFor(() => deepQuery(context.canvasElement, 'signin-bank-picker')?.shadowRoot?.querySelector('[role="option"]'));
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
