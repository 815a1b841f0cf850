import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SignInConfigurator } from '../src/components/configurator/configurator.js';
import { configuratorEvents, globalArgTypes, globalArgs, type GlobalArgs } from './args.js';
import { clickOn, waitFor } from './play.js';
import '../src/components/configurator/configurator.define.js';

interface ConfiguratorArgs extends GlobalArgs {
  apiBase: string;
  version: string;
  cdnUrl: string;
}

declare const __SIGNIN_LOCAL_CDN__: boolean | undefined;
/** The script this Storybook serves (dist/cdn, when built), else '' (the public CDN address). Tests run without Storybook's define. */
const localCdn = typeof __SIGNIN_LOCAL_CDN__ !== 'undefined' && __SIGNIN_LOCAL_CDN__ ? new URL('dist/cdn/signin-flow.min.js', location.href).href : '';

const meta: Meta<ConfiguratorArgs> = {
  title: 'Configurator',
  component: 'signin-configurator',
  argTypes: {
    ...globalArgTypes,
    apiBase: { control: 'text', description: 'The provider the preview tries first (the sandbox of `npm start`); when it does not answer, the preview shows example banks.' },
    version: { control: 'text', description: 'The package version in the exported CDN address.' },
    cdnUrl: { control: 'text', description: 'The exported script address (`cdn-url`): this Storybook’s own build when it serves one, else the public CDN’s for `version`.' },
  },
  args: { ...globalArgs, apiBase: 'http://localhost:8787', version: '0.1.0', cdnUrl: localCdn },
  parameters: { layout: 'padded', actions: { handles: configuratorEvents } },
  render: (args) => html`<signin-configurator api-base=${args.apiBase} version=${args.version} cdn-url=${args.cdnUrl} locale=${args.locale} theme=${args.theme}></signin-configurator>`,
};
export default meta;

type Story = StoryObj<ConfiguratorArgs>;
type Canvas = { canvasElement: HTMLElement };

const configurator = ({ canvasElement }: Canvas) => waitFor(() => canvasElement.querySelector<SignInConfigurator>('signin-configurator'));

/** Every process parameter and design token, the live preview, and the code to copy. */
export const Configurator: Story = {};

/** The integrator the loaded stories configure. */
const acme = { clientId: 'acme-budget', apiBase: 'http://localhost:8787', ownerExternalId: 'customer-1234', country: 'PL' };

/** A configuration loaded from JSON: a brand, custom consents, redirect mode. */
export const Loaded: Story = {
  play: async (context) => {
    const el = await configurator(context);
    el.load(
      JSON.stringify({
        ...acme,
        locale: 'pl',
        mode: 'redirect',
        returnUrl: 'https://acme.example/bank/return',
        consents: [{ id: 'data-access', version: '2025-01', label: 'I agree that Acme Budget retrieves my account data.' }],
        styles: { colorPrimary: '#00754a', borderRadius: '4px', fontFamily: 'Georgia, serif' },
      }),
    );
  },
};

/**
 * Long-lived access: `accessMode: 'mixed'` for 90 days, `multiBank`, exported as `access-mode`,
 * `access-days` and `multi-bank`. The pasted `reconnectToken` is left out, with a note: it is per
 * user, your page sets it at run time.
 */
export const LongLivedAccess: Story = {
  play: async (context) => {
    const el = await configurator(context);
    el.load(
      JSON.stringify({
        ...acme,
        accessMode: 'mixed',
        accessDays: 90,
        multiBank: true,
        reconnectToken: 'rct_pasted_by_mistake_000001',
      }),
    );
  },
};

/** Pasting a config that does not validate: each problem is named, and nothing changes. */
export const ImportError: Story = {
  play: async (context) => {
    const el = await configurator(context);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#import-text')!.value = '{"clientId": "", "colorPrimary": "#0a7", "mode": "modal"}';
    await clickOn(el.shadowRoot!, '.import .button');
  },
};

/** The dark theme (the preview follows it, as it follows the page's). */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A preset applied: every token of "Midnight" in the controls, the preview and the exports. */
export const Preset: Story = {
  play: async (context) => {
    const el = await configurator(context);
    el.applyPreset('midnight');
  },
};

/**
 * `#fef08a` as brand colour: the contrast audit names each failing pair ("links on surface (light
 * theme): 1.1:1, needs 4.5:1") with a one-click fix, and every export starts with a comment saying so.
 */
export const ContrastFailure: Story = {
  play: async (context) => {
    const el = await configurator(context);
    el.load(JSON.stringify({ ...acme, theme: 'light', styles: { colorPrimary: '#fef08a' } }));
  },
};

/** The preview at phone width, showing the widget failed with one of the error codes (the example provider answers it). */
export const PreviewErrorState: Story = {
  play: async (context) => {
    const el = await configurator(context);
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#preview-state')!;
    select.value = 'error-BankUnavailable';
    select.dispatchEvent(new Event('change'));
    await clickOn(el.shadowRoot!, 'input[name="preview-width"][value="phone"]');
  },
};
