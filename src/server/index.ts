/**
 * `signin-flow/server`: the integrator backend's half (never imported by the browser bundles), for
 * Node 20+ and any runtime with `fetch` and Web Crypto.
 */
export {
  verifyWebhook,
  signWebhook,
  webhookHeaders,
  generateWebhookSecret,
  isWebhookSecret,
  WebhookVerificationError,
  WEBHOOK_TOLERANCE_SECONDS,
  WEBHOOK_ID_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
} from './webhooks.js';
export type { WebhookVerificationReason, WebhookHeaders, VerifyWebhookOptions, WebhookMessage } from './webhooks.js';
export type { WebhookEvent } from '../core/protocol/link.js';
export { createProviderClient, ProviderClient, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from './client.js';
export type { ProviderClientOptions, CallOptions, CatalogQuery, FetchLike } from './client.js';
export { ProviderApiError, isProviderApiError, isKnownErrorCode, parseRetryAfter, SDK_ERROR_CODES } from './errors.js';
export type { ProviderErrorCode, ProviderApiErrorCode, SdkErrorCode, ProviderApiErrorInit } from './errors.js';
export type { ApiErrorCode } from '../core/protocol/errors.js';
export type { CreateLinkRequest, CreateLinkResponse, LinkInfo } from '../core/protocol/link.js';
export type { SessionInfo } from '../core/protocol/session.js';
export type { DefaultImportRequest, DefaultImportResponse, AccessImportResponse, OwnerDataResponse, OwnerAccount, ImportedAccount, ImportedTransaction, Money } from '../core/protocol/default-import.js';
export type { AccessInfo, AccessSummary, ReconnectTokenResponse, ReconnectTokenInfo, ClockInfo, AdvanceClockRequest } from '../core/protocol/access.js';
export type { CatalogResponse, Bank } from '../core/protocol/catalog.js';
export { runConformance, CHECKS as CONFORMANCE_CHECKS, formatTable, formatJson, conformanceOptionsSchema, ConformanceOptionsError } from './conformance/index.js';
export type {
  ConformanceOptions,
  ConformanceReport,
  TableOptions,
  Check as ConformanceCheck,
  CheckContext as ConformanceCheckContext,
  CheckResult as ConformanceCheckResult,
  CheckStatus as ConformanceCheckStatus,
  ReceivedWebhook,
  WebhookReceiver,
} from './conformance/index.js';
export { buildOpenApiDocument, API_ERRORS, WEBHOOK_SIGNATURE_RECIPE } from './openapi.js';
export type { OpenApiDocument, OpenApiOptions } from './openapi.js';
