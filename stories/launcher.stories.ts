import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LAUNCHER_STATUSES, type LauncherStatus } from '../src/components/launcher/launcher.templates.js';
import { ERROR_CODES, catalogs, globalArgTypes, globalArgs, launcherEvents, type GlobalArgs } from './args.js';
import { storyProvider } from './mock-provider.js';
import { defineStoryLauncherView } from './launcher-view.js';
import '../src/components/launcher/launcher.define.js';

interface LauncherArgs extends GlobalArgs {
  state: LauncherStatus;
  errorCode: string;
  notice: '' | 'closed' | 'cancelled';
  bankName: string;
}

defineStoryLauncherView();

const demoBank = catalogs.small.find((bank) => bank.id === 'demo-bank-pl')!;

/**
 * The launcher's states come from a real popup and a real provider. To show each one the same
 * way every time, these stories render the launcher's own template and styles for a given state
 * (`<story-launcher-view>`, stories/launcher-view.ts); `Live` renders the element itself.
 */
const meta: Meta<LauncherArgs> = {
  title: 'Elements/Launcher',
  component: 'signin-launcher',
  argTypes: {
    ...globalArgTypes,
    state: { control: 'select', options: LAUNCHER_STATUSES, description: 'Where the flow is.' },
    errorCode: { control: 'select', options: ['', ...ERROR_CODES], description: 'The `signin-error` code shown in the `failed` state.' },
    notice: { control: 'inline-radio', options: ['', 'closed', 'cancelled'], description: 'Why the previous attempt stopped (idle state).' },
    bankName: { control: 'text', description: 'The bank the user chose.' },
  },
  args: { ...globalArgs, state: 'idle', errorCode: '', notice: '', bankName: demoBank.name },
  parameters: { actions: { handles: launcherEvents } },
  render: (args) => html`<story-launcher-view
    state=${args.state}
    error-code=${args.errorCode}
    notice=${args.notice}
    bank-name=${args.bankName}
    locale=${args.locale}
    theme=${args.theme}
  ></story-launcher-view>`,
};
export default meta;

type Story = StoryObj<LauncherArgs>;

/**
 * The element itself, before the user goes to the bank. There is no provider in Storybook:
 * Continue opens a window that cannot load and the flow ends with `network_error`.
 */
export const Live: Story = {
  render: (args) => html`<signin-launcher
    .bank=${demoBank}
    api-base=${storyProvider.ok}
    client-id="sandbox-client"
    owner-external-id="user-42"
    mode="popup"
    locale=${args.locale}
    theme=${args.theme}
  ></signin-launcher>`,
};

/** Before the user goes to the bank. */
export const Idle: Story = {};

/** Waiting for the bank: the bank window is open. */
export const Waiting: Story = { args: { state: 'waiting' } };

/** The browser blocked the bank window: try again, or continue in this window. */
export const PopupBlocked: Story = { args: { state: 'blocked' } };

/** Going to the bank in this window (redirect mode, in-app browsers). */
export const Redirecting: Story = { args: { state: 'redirecting' } };

/** The user authorized at the bank. */
export const Success: Story = { args: { state: 'done' } };

/** The user closed the bank window before the end. */
export const PopupClosed: Story = { args: { notice: 'closed' } };

/** The user cancelled at the bank. */
export const Cancelled: Story = { args: { notice: 'cancelled' } };

const failed = (errorCode: (typeof ERROR_CODES)[number]): Story => ({ args: { state: 'failed', errorCode } });

/** `InvalidCredentials`: the bank refused the login to the end (shown as the generic message). */
export const ErrorInvalidCredentials = failed('InvalidCredentials');
/** `AccessTemporarilyBlocked`: too many failed attempts. */
export const ErrorAccessTemporarilyBlocked = failed('AccessTemporarilyBlocked');
/** `AccessBlocked`: the bank blocked online access for this user. */
export const ErrorAccessBlocked = failed('AccessBlocked');
/** `BankUnavailable`: the bank is down. */
export const ErrorBankUnavailable = failed('BankUnavailable');
/** `SessionExpired`: the sign-in took too long. */
export const ErrorSessionExpired = failed('SessionExpired');
/** `Timeout`: the bank window stayed open past `popupTimeoutMs`. */
export const ErrorTimeout = failed('Timeout');
/** `network_error`: the provider did not answer. */
export const ErrorNetwork = failed('network_error');

/** The dark theme, waiting for the bank. */
export const Dark: Story = { args: { state: 'waiting' }, globals: { theme: 'dark' } };
