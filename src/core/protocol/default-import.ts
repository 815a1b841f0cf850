import * as z from 'zod/mini';
import type { AccessSummary } from './access.js';

/** `POST /v1/default-import` body (integrator backend, secret key). */
export const defaultImportRequestSchema = z.object({
  sessionId: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(128, 'must be at most 128 characters')),
  /** From the widget's success event or `GET /v1/signin-links/:id`. */
  sessionIdSignature: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(256, 'must be at most 256 characters')),
});
export type DefaultImportRequest = z.infer<typeof defaultImportRequestSchema>;

/** A decimal amount as a string (`"-12.34"`) with its ISO 4217 currency. */
export interface Money {
  amount: string;
  currency: string;
}

export interface ImportedTransaction {
  id: string;
  /** ISO dates (`2025-01-31`). */
  bookingDate: string;
  valueDate: string;
  /** Negative for debits. */
  amount: Money;
  description: string;
  counterpartyName: string;
  counterpartyIban?: string;
  category: string;
}

export interface ImportedAccount {
  id: string;
  iban: string;
  name: string;
  type: 'current' | 'savings';
  currency: string;
  balances: { booked: Money; available: Money };
  /** Newest first, covering the import's `period`. */
  transactions: ImportedTransaction[];
}

/** `POST /v1/default-import` answer. */
export interface DefaultImportResponse {
  sessionId: string;
  importedAt: string;
  owner: { externalId: string; name: string; email: string };
  bank: { id: string; name: string; bic?: string; country: string };
  period: { from: string; to: string };
  accounts: ImportedAccount[];
  /** For multiple access: the access, with the imports counted so far today. */
  access?: AccessSummary;
}

/** `POST /v1/accesses/:id/imports` answer: a Default Import's shape, from the access. */
export interface AccessImportResponse extends DefaultImportResponse {
  accessId: string;
  access: AccessSummary;
}

/** One account of `GET /v1/owners/:ownerExternalId/data`, with the bank and access it came from. */
export interface OwnerAccount extends ImportedAccount {
  bank: { id: string; name: string };
  accessId: string;
  /** When this account's data was imported. */
  importedAt: string;
}

/** `GET /v1/owners/:ownerExternalId/data` answer: every account of the owner's active accesses, each IBAN once. */
export interface OwnerDataResponse {
  ownerExternalId: string;
  owner?: { externalId: string; name: string; email: string };
  banks: { accessId: string; bankId: string; name: string; expiresAt: string; lastImportAt: string }[];
  accounts: OwnerAccount[];
}
