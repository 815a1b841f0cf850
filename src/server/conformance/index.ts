/** The conformance kit as a library: `runConformance`, then `formatTable` or `formatJson`. */
export { runConformance } from './runner.js';
export { CHECKS } from './checks.js';
export { formatTable, formatJson } from './table.js';
export { conformanceOptionsSchema, parseConformanceOptions, ConformanceOptionsError } from './options.js';
export type { ConformanceOptions } from './options.js';
export type { TableOptions } from './table.js';
export type { Check, CheckContext, CheckResult, CheckStatus, ConformanceReport, ReceivedWebhook, WebhookReceiver } from './types.js';
