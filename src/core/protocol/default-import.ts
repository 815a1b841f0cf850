import * as z from 'zod/mini';

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
}
