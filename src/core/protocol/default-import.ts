import * as z from 'zod/mini';
import { accessSummarySchema } from './access.js';

/** `POST /v1/default-import` body (integrator backend, secret key). */
export const defaultImportRequestSchema = z.object({
  sessionId: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(128, 'must be at most 128 characters')),
  /** From the widget's success event or `GET /v1/signin-links/:id`. */
  sessionIdSignature: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(256, 'must be at most 256 characters')),
});
export type DefaultImportRequest = z.infer<typeof defaultImportRequestSchema>;

// The answers below are the provider's: the integrator's backend reads them (server SDK) and the
// OpenAPI document describes them. Each type is the schema's output, so the two cannot part.

/** An ISO 8601 calendar date, `2025-01-31`. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as "2025-01-31"'));

/** A decimal amount as a string (`"-12.34"`) with its ISO 4217 currency. */
export const moneySchema = z.object({
  amount: z.string().check(z.regex(/^-?\d+\.\d{2}$/, 'must be a decimal amount such as "-12.34"')),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "PLN"')),
});
export type Money = z.output<typeof moneySchema>;

export const importedTransactionSchema = z.object({
  id: z.string(),
  /** ISO dates (`2025-01-31`). */
  bookingDate: isoDate,
  valueDate: isoDate,
  /** Negative for debits. */
  amount: moneySchema,
  description: z.string(),
  counterpartyName: z.string(),
  counterpartyIban: z.optional(z.string()),
  category: z.string(),
});
export type ImportedTransaction = z.output<typeof importedTransactionSchema>;

const importedAccountShape = {
  id: z.string(),
  iban: z.string(),
  name: z.string(),
  type: z.enum(['current', 'savings']),
  currency: z.string(),
  balances: z.object({ booked: moneySchema, available: moneySchema }),
  /** Newest first, covering the import's `period`. */
  transactions: z.array(importedTransactionSchema),
};
export const importedAccountSchema = z.object(importedAccountShape);
export type ImportedAccount = z.output<typeof importedAccountSchema>;

/** The end user as the bank knows them. */
export const importedOwnerSchema = z.object({ externalId: z.string(), name: z.string(), email: z.string() });

const defaultImportShape = {
  sessionId: z.string(),
  importedAt: z.string(),
  owner: importedOwnerSchema,
  bank: z.object({ id: z.string(), name: z.string(), bic: z.optional(z.string()), country: z.string() }),
  period: z.object({ from: isoDate, to: isoDate }),
  accounts: z.array(importedAccountSchema),
};

/** `POST /v1/default-import` answer; for multiple access, `access` with the imports counted so far today. */
export const defaultImportResponseSchema = z.object({ ...defaultImportShape, access: z.optional(accessSummarySchema) });
export type DefaultImportResponse = z.output<typeof defaultImportResponseSchema>;

/** `POST /v1/accesses/:id/imports` answer: a Default Import's shape, from the access. */
export const accessImportResponseSchema = z.object({ ...defaultImportShape, accessId: z.string(), access: accessSummarySchema });
export type AccessImportResponse = z.output<typeof accessImportResponseSchema>;

/** One account of `GET /v1/owners/:ownerExternalId/data`, with the bank and access it came from. */
export const ownerAccountSchema = z.object({
  ...importedAccountShape,
  bank: z.object({ id: z.string(), name: z.string() }),
  accessId: z.string(),
  /** When this account's data was imported. */
  importedAt: z.string(),
});
export type OwnerAccount = z.output<typeof ownerAccountSchema>;

/** `GET /v1/owners/:ownerExternalId/data` answer: every account of the owner's active accesses, each IBAN once. */
export const ownerDataResponseSchema = z.object({
  ownerExternalId: z.string(),
  owner: z.optional(importedOwnerSchema),
  banks: z.array(z.object({ accessId: z.string(), bankId: z.string(), name: z.string(), expiresAt: z.string(), lastImportAt: z.string() })),
  accounts: z.array(ownerAccountSchema),
});
export type OwnerDataResponse = z.output<typeof ownerDataResponseSchema>;
