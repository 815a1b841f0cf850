export { CONFIG_FIELDS, ATTRIBUTES, STARTER_CONFIG, compactConfig, propertyOnlyFields } from './config-model.js';
export type { ConfigField, AttributeField } from './config-model.js';
export {
  exportSnippets,
  htmlSnippet,
  npmSnippet,
  embedSnippet,
  reactSnippet,
  vueSnippet,
  angularSnippet,
  jsonSnippet,
  cssSnippet,
  cdnScriptUrl,
  escapeHtml,
  jsLiteral,
  warningComment,
  SNIPPET_NAMES,
} from './snippets.js';
export type { Snippets, SnippetOptions, SnippetName } from './snippets.js';
export { importConfig, importSetup } from './import-config.js';
export type { ImportFormat } from './import-config.js';
export { readObjectLiteral, LiteralError } from './literal.js';
export { EXAMPLE_API_BASE, exampleBanks, exampleCatalogClient, exampleProviderClient, providerReachable } from './example-provider.js';
export { PROCESS_FIELDS, STYLE_KEYS, valuesFromConfig, inputFromValues, configFromValues, issueControl } from './form-values.js';
export type { FormValues, ProcessField } from './form-values.js';
export { parseColor, toHex, over, luminance, contrastRatio, rgbToOklch, oklchToRgb, nearestPassing } from './color.js';
export type { Rgba, Oklch } from './color.js';
export { AA_TEXT, AA_UI, CONTRAST_PAIRS, auditContrast, auditThemes, failures, tokenValue, tokenColor, hexOf } from './contrast.js';
export type { ContrastPair, ContrastResult, AuditTheme, ColorResolver, PairId } from './contrast.js';
export { PRESETS, PRIMARY_STYLE_KEYS, MORE_STYLE_KEYS, presetByName, matchingPreset } from './presets.js';
export type { Preset, PresetName } from './presets.js';
export { SHARE_PARAM, encodeSetup, decodeSetup } from './share.js';
export type { SharedSetup, ShareView } from './share.js';
export { PREVIEW_STATES, previewStateById, stateBank, stateCatalogClient, stateProviderClient } from './preview-states.js';
export type { PreviewState, CatalogBehaviour } from './preview-states.js';
