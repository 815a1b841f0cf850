import * as z from 'zod/mini';
import { accessSummarySchema } from './access.js';

/** `POST /v1/default-import` body (integrator backend, secret key). */
export const defaultImportRequestSchema = z.object({
  sessionId: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(128, 'must be at most 128 characters')),
  /** From the widget's success event or `GET /v1/signin-links/:id`. */
  sessionIdSignature: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(256, 'must be at most 256 characters')),
});
export type DefaultImportRequest = z.infer<typeof defaultImportRequestSchema>;

/** A decimal amount as a string (`"-12.34"`) with its ISO 4217 currency. */
export const moneySchema = z.object({
  amount: z.string(),
  currency: z.string(),
});
export type Money = z.infer<typeof moneySchema>;

/** One transaction of an imported account. */
export const importedTransactionSchema = z.object({
  id: z.string(),
  /** ISO dates (`2025-01-31`). */
  bookingDate: z.string(),
  valueDate: z.string(),
  /** Negative for debits. */
  amount: moneySchema,
  description: z.string(),
  counterpartyName: z.string(),
  counterpartyIban: z.optional(z.string()),
  category: z.string(),
});
export type ImportedTransaction = z.infer<typeof importedTransactionSchema>;

/** One account of an import, with its balances and transactions. */
export const importedAccountSchema = z.object({
  id: z.string(),
  iban: z.string(),
  name: z.string(),
  type: z.enum(['current', 'savings']),
  currency: z.string(),
  balances: z.object({ booked: moneySchema, available: moneySchema }),
  /** Newest first, covering the import's `period`. */
  transactions: z.array(importedTransactionSchema),
});
export type ImportedAccount = z.infer<typeof importedAccountSchema>;

/** The account holder as the bank knows them. */
export const importedOwnerSchema = z.object({ externalId: z.string(), name: z.string(), email: z.string() });
export type ImportedOwner = z.infer<typeof importedOwnerSchema>;

const importFields = {
  sessionId: z.string(),
  importedAt: z.string(),
  owner: importedOwnerSchema,
  bank: z.object({ id: z.string(), name: z.string(), bic: z.optional(z.string()), country: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  accounts: z.array(importedAccountSchema),
};

/** `POST /v1/default-import` answer. */
export const defaultImportResponseSchema = z.object({
  ...importFields,
  /** For multiple access: the access, with the imports counted so far today. */
  access: z.optional(accessSummarySchema),
});
export type DefaultImportResponse = z.infer<typeof defaultImportResponseSchema>;

/** `POST /v1/accesses/:id/imports` answer: a Default Import's shape, from the access. */
export const accessImportResponseSchema = z.object({
  ...importFields,
  accessId: z.string(),
  access: accessSummarySchema,
});
export type AccessImportResponse = z.infer<typeof accessImportResponseSchema>;

/** One account of `GET /v1/owners/:ownerExternalId/data`, with the bank and access it came from. */
export const ownerAccountSchema = z.extend(importedAccountSchema, {
  bank: z.object({ id: z.string(), name: z.string() }),
  accessId: z.string(),
  /** When this account's data was imported. */
  importedAt: z.string(),
});
export type OwnerAccount = z.infer<typeof ownerAccountSchema>;

/** `GET /v1/owners/:ownerExternalId/data` answer: every account of the owner's active accesses, each IBAN once. */
export const ownerDataResponseSchema = z.object({
  ownerExternalId: z.string(),
  owner: z.optional(importedOwnerSchema),
  banks: z.array(z.object({ accessId: z.string(), bankId: z.string(), name: z.string(), expiresAt: z.string(), lastImportAt: z.string() })),
  accounts: z.array(ownerAccountSchema),
});
export type OwnerDataResponse = z.infer<typeof ownerDataResponseSchema>;
