import type { CatalogOf } from '../en.js';

/**
 * English messages of `<signin-configurator>`: the reference catalog of the configurator, as
 * src/i18n/en.ts is of the elements. Every other locale has exactly these keys. A catalog set of
 * its own, loaded only by the configurator, so the elements and the CDN scripts never carry it.
 */
export const en = {
  'configurator.title': 'SignIn Flow configurator',
  'configurator.intro': 'Set the process and the styles, check the preview, then copy the code.',
  'configurator.process': 'Process',
  'configurator.styles': 'Styles',
  'configurator.stylesHint': 'Leave a field empty to keep the theme’s default.',
  'configurator.field.clientId': 'Client id',
  'configurator.field.apiBase': 'Provider URL',
  'configurator.field.ownerExternalId': 'Owner external id (your user’s id)',
  'configurator.field.country': 'Country',
  'configurator.field.locale': 'Language',
  'configurator.field.mode': 'Mode',
  'configurator.field.bank': 'Preselected bank id',
  'configurator.field.returnUrl': 'Return URL (redirect mode)',
  'configurator.field.theme': 'Theme',
  'configurator.field.consents': 'Consents (a JSON list; empty: the default set)',
  'configurator.field.termsUrl': 'Terms of service URL',
  'configurator.field.privacyUrl': 'Privacy notice URL',
  'configurator.field.missingBankUrl': 'Page for a bank not listed',
  'configurator.field.missingBankEmail': 'E-mail for a bank not listed',
  'configurator.field.popupTimeoutMs': 'Bank window timeout (ms)',
  'configurator.field.accessMode': 'Access mode',
  'configurator.field.accessDays': 'Days of ongoing access (1–180)',
  'configurator.field.multiBank': 'Offer “Connect another bank” (several banks)',
  'configurator.accessMode.single': 'single: one import (default)',
  'configurator.accessMode.multiple': 'multiple: ongoing access',
  'configurator.accessMode.mixed': 'mixed: the user chooses',
  'configurator.reconnectHint': 'A reconnect token (reconnect-token) is not exported: it is per user. Your backend asks the provider for one (POST /v1/accesses/:id/reconnect-tokens) when the user renews, and your page sets it on the widget.',
  'configurator.reconnectDropped': 'Configuration loaded without its reconnectToken: a reconnect token is per user, your page sets it at run time.',
  'configurator.default': 'Default',
  'configurator.pickColor': 'Colour picker for {name}',
  'configurator.preview': 'Preview',
  'configurator.checking': 'Checking the provider at {url}…',
  'configurator.reachable': 'The preview uses the provider at {url}.',
  'configurator.unreachable': 'Sandbox not reachable at {url}: the preview uses example banks, and signing in needs the provider.',
  'configurator.redirectStopped': 'The preview stays on this page: the redirect to the bank was stopped.',
  'configurator.invalid': 'Fix these fields to export:',
  'configurator.export': 'Export',
  'configurator.export.html': 'HTML page',
  'configurator.export.npm': 'npm package',
  'configurator.export.embed': 'embed() call',
  'configurator.export.json': 'JSON config',
  'configurator.export.css': 'CSS tokens',
  'configurator.export.scriptNote': 'And this script beside the page, for the fields without attributes:',
  'configurator.export.noStyles': 'No styles set: the theme’s defaults apply.',
  'configurator.copy': 'Copy',
  'configurator.copied': 'Copied',
  'configurator.copyFailed': 'Copying failed: the code is selected, press Ctrl+C.',
  'configurator.import': 'Import',
  'configurator.importLabel': 'Paste a JSON config',
  'configurator.load': 'Load',
  'configurator.loaded': 'Configuration loaded.',
  'configurator.importInvalid': 'The configuration was not loaded:',
} as const;

export type ConfiguratorMessageKey = keyof typeof en;
export type ConfiguratorCatalog = CatalogOf<typeof en>;
