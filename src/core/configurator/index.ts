export { CONFIG_FIELDS, ATTRIBUTES, STARTER_CONFIG, compactConfig, propertyOnlyFields } from './config-model.js';
export type { ConfigField, AttributeField } from './config-model.js';
export { exportSnippets, htmlSnippet, npmSnippet, embedSnippet, jsonSnippet, cssSnippet, cdnScriptUrl, escapeHtml, jsLiteral } from './snippets.js';
export type { Snippets, SnippetOptions } from './snippets.js';
export { importConfig } from './import-config.js';
export { EXAMPLE_API_BASE, exampleBanks, exampleCatalogClient, exampleProviderClient, providerReachable } from './example-provider.js';
export { PROCESS_FIELDS, STYLE_KEYS, valuesFromConfig, inputFromValues, configFromValues, issueControl } from './form-values.js';
export type { FormValues, ProcessField } from './form-values.js';
