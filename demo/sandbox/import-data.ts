import type { DefaultImportResponse, ImportedAccount, ImportedTransaction, Money } from '../../src/core/protocol/default-import.js';
import type { BankSeedWithCountry } from './catalog.js';
import { asciiFold } from './catalog.js';
import { bankCode, generateIban } from './iban.js';
import { Prng } from './prng.js';

const CURRENCY: Record<string, string> = { PL: 'PLN', CZ: 'CZK', GB: 'GBP' };
/** Rough size of a monthly salary per currency (minor units are added by the PRNG). */
const SALARY: Record<string, [number, number]> = { PLN: [6500, 14000], CZK: [38000, 75000], GBP: [2200, 4800], EUR: [1900, 4200] };
const SCALE: Record<string, number> = { PLN: 4, CZK: 22, GBP: 0.85, EUR: 1 };

const NAMES: Record<string, { first: string[]; last: string[] }> = {
  PL: { first: ['Zofia', 'Łukasz', 'Małgorzata', 'Paweł', 'Jędrzej'], last: ['Wiśniewska', 'Żółkiewski', 'Nowak', 'Dąbrowski', 'Kołodziej'] },
  CZ: { first: ['Jiří', 'Kateřina', 'Tomáš', 'Lucie'], last: ['Dvořák', 'Nováková', 'Černý', 'Růžičková'] },
  SK: { first: ['Ľubomír', 'Zuzana', 'Martin', 'Katarína'], last: ['Horváth', 'Kováčová', 'Šimko', 'Ďurišová'] },
  DE: { first: ['Jürgen', 'Lena', 'Günther', 'Sophie'], last: ['Müller', 'Groß', 'Schäfer', 'Weiß'] },
  ES: { first: ['José', 'María', 'Íñigo', 'Lucía'], last: ['Muñoz', 'García', 'Núñez', 'Peña'] },
  LT: { first: ['Jonas', 'Eglė', 'Gintaras', 'Rūta'], last: ['Kazlauskas', 'Petrauskienė', 'Žukauskas', 'Šimkutė'] },
  LV: { first: ['Jānis', 'Līga', 'Mārtiņš', 'Ilze'], last: ['Bērziņš', 'Kalniņa', 'Ozoliņš', 'Liepiņa'] },
  EE: { first: ['Jüri', 'Mari', 'Tõnu', 'Kärt'], last: ['Tamm', 'Saar', 'Mägi', 'Põder'] },
  GB: { first: ['Oliver', 'Amelia', 'Siobhán', 'Rhys'], last: ['Smith', 'O’Brien', 'Jones', 'Taylor'] },
};

const MERCHANTS: { name: string; category: string; range: [number, number] }[] = [
  { name: 'Groceries Market', category: 'groceries', range: [8, 120] },
  { name: 'Corner Café', category: 'restaurants', range: [3, 25] },
  { name: 'City Transit', category: 'transport', range: [2, 40] },
  { name: 'Fuel Station', category: 'transport', range: [30, 90] },
  { name: 'Online Bookshop', category: 'shopping', range: [9, 60] },
  { name: 'Pharmacy', category: 'health', range: [5, 45] },
  { name: 'Streaming Service', category: 'subscriptions', range: [8, 16] },
  { name: 'Electricity Supplier', category: 'utilities', range: [40, 120] },
];

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const money = (cents: number, currency: string): Money => ({ amount: (cents / 100).toFixed(2), currency });

/**
 * Deterministic account data: the owner from `ownerExternalId`, accounts and transactions from
 * `ownerExternalId` + bank. Dates count back 90 days from the import day (UTC).
 */
export function buildImport(input: { sessionId: string; ownerExternalId: string; bank: BankSeedWithCountry; now: number }): DefaultImportResponse {
  const { bank, ownerExternalId, now } = input;
  const country = bank.country;
  const currency = CURRENCY[country] ?? 'EUR';
  const ownerPrng = new Prng(`owner|${ownerExternalId}`);
  const names = NAMES[country] ?? { first: ['Alex'], last: ['Doe'] };
  const ownerName = `${ownerPrng.pick(names.first)} ${ownerPrng.pick(names.last)}`;
  const email = `${asciiFold(ownerName).toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
  const prng = new Prng(`accounts|${ownerExternalId}|${bank.id}`);
  const code = bankCode(country, bank.id, bank.bic);
  const today = Math.floor(now / DAY) * DAY;
  const from = today - 89 * DAY;
  const count = prng.int(2, 3);
  const accounts: ImportedAccount[] = [];
  for (let index = 0; index < count; index++) {
    const type = index === 0 ? 'current' : 'savings';
    const iban = generateIban(country, code, prng);
    const transactions = type === 'current' ? currentTransactions(prng, { currency, country, code, from, today, index }) : savingsTransactions(prng, { currency, from, today, index });
    const opening = prng.int(50_000, 900_000) * (SCALE[currency] ?? 1);
    const booked = Math.round(opening + transactions.reduce((sum, tx) => sum + Math.round(Number(tx.amount.amount) * 100), 0));
    const pending = type === 'current' ? prng.int(0, 8_000) : 0;
    accounts.push({
      id: `acc_${index + 1}_${iban.slice(-6)}`,
      iban,
      name: type === 'current' ? `${bank.name} Current Account` : `${bank.name} Savings`,
      type,
      currency,
      balances: { booked: money(booked, currency), available: money(booked - pending, currency) },
      transactions,
    });
  }
  const result: DefaultImportResponse = {
    sessionId: input.sessionId,
    importedAt: new Date(now).toISOString(),
    owner: { externalId: ownerExternalId, name: ownerName, email },
    bank: { id: bank.id, name: bank.name, bic: bank.bic, country },
    period: { from: isoDate(from), to: isoDate(today) },
    accounts,
  };
  return result;
}

interface TxContext {
  currency: string;
  from: number;
  today: number;
  index: number;
}

function currentTransactions(prng: Prng, ctx: TxContext & { country: string; code: string }): ImportedTransaction[] {
  const scale = SCALE[ctx.currency] ?? 1;
  const [low, high] = SALARY[ctx.currency] ?? [2000, 4000];
  const salary = prng.int(low, high) * 100;
  const employerIban = generateIban(ctx.country, ctx.code, prng);
  const list: ImportedTransaction[] = [];
  for (let day = ctx.today, n = 0; day >= ctx.from; day -= DAY) {
    const date = new Date(day);
    if (date.getUTCDate() === 25) {
      list.push(tx(ctx, ++n, day, salary, 'Salary', 'Acme Employer Ltd', 'income', employerIban));
    }
    const perDay = prng.int(0, 3);
    for (let i = 0; i < perDay; i++) {
      const merchant = prng.pick(MERCHANTS);
      const cents = Math.round(prng.int(merchant.range[0] * 100, merchant.range[1] * 100) * scale);
      list.push(tx(ctx, ++n, day, -cents, `Card payment ${merchant.name}`, merchant.name, merchant.category));
    }
  }
  return list;
}

function savingsTransactions(prng: Prng, ctx: TxContext): ImportedTransaction[] {
  const scale = SCALE[ctx.currency] ?? 1;
  const list: ImportedTransaction[] = [];
  for (let day = ctx.today, n = 0; day >= ctx.from; day -= DAY) {
    const date = new Date(day);
    if (date.getUTCDate() === 1) list.push(tx(ctx, ++n, day, Math.round(prng.int(100, 500) * 100 * scale), 'Monthly saving', 'Own transfer', 'transfers'));
    if (date.getUTCDate() === 28) list.push(tx(ctx, ++n, day, prng.int(50, 900), 'Interest', 'Bank', 'interest'));
  }
  return list;
}

function tx(ctx: TxContext, n: number, day: number, cents: number, description: string, counterpartyName: string, category: string, counterpartyIban?: string): ImportedTransaction {
  const transaction: ImportedTransaction = {
    id: `tx_${ctx.index + 1}_${isoDate(day).replace(/-/g, '')}_${n}`,
    bookingDate: isoDate(day),
    valueDate: isoDate(day),
    amount: money(cents, ctx.currency),
    description,
    counterpartyName,
    category,
  };
  if (counterpartyIban) transaction.counterpartyIban = counterpartyIban;
  return transaction;
}
