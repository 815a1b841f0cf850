import { createHash } from 'node:crypto';
import type { Prng } from './prng.js';

/** IBAN length and national layout for the sandbox countries: `bank` is the bank-code part. */
const FORMATS: Record<string, { length: number; bank: number; alphaBank?: boolean }> = {
  PL: { length: 28, bank: 8 },
  CZ: { length: 24, bank: 4 },
  SK: { length: 24, bank: 4 },
  DE: { length: 22, bank: 8 },
  ES: { length: 24, bank: 8 },
  LT: { length: 20, bank: 5 },
  LV: { length: 21, bank: 4, alphaBank: true },
  EE: { length: 20, bank: 2 },
  GB: { length: 22, bank: 4, alphaBank: true },
};

export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(FORMATS).map(([cc, f]) => [cc, f.length]));

/** ISO 7064 mod 97-10 of a string of digits and letters (A=10 … Z=35). */
function mod97(value: string): number {
  let remainder = 0;
  for (const ch of value) {
    const code = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** Builds an IBAN from a country code and a BBAN, computing the two check digits. */
export function ibanFromBban(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** True when the IBAN (spaces allowed) has the country's length and a valid mod-97 checksum. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length !== undefined && iban.length !== length) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Spanish "dígitos de control" of bank+branch (8 digits) and account (10 digits). */
function spanishControl(bankBranch: string, account: string): string {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const digit = (digits: string) => {
    const sum = Array.from(digits).reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
    const value = 11 - (sum % 11);
    return value === 11 ? 0 : value === 10 ? 1 : value;
  };
  return `${digit(`00${bankBranch}`)}${digit(account)}`;
}

/** The national bank code of a bank: letters of the BIC where the IBAN uses them, else digits from the id. */
export function bankCode(country: string, bankId: string, bic: string | undefined): string {
  const format = FORMATS[country];
  if (!format) throw new Error(`no IBAN format for ${country}`);
  if (format.alphaBank) return (bic ?? 'SBOX').slice(0, 4).toUpperCase();
  const hash = createHash('sha256').update(bankId).digest();
  let digits = '';
  for (const byte of hash) digits += String(byte % 10);
  return digits.slice(0, format.bank);
}

/** A random (seeded) valid IBAN of the bank's country. */
export function generateIban(country: string, code: string, prng: Prng): string {
  const format = FORMATS[country];
  if (!format) throw new Error(`no IBAN format for ${country}`);
  const rest = format.length - 4 - format.bank;
  if (country === 'ES') {
    const account = prng.digits(10);
    return ibanFromBban(country, `${code}${spanishControl(code, account)}${account}`);
  }
  return ibanFromBban(country, `${code}${prng.digits(rest)}`);
}

/** `PL61109010140000071219812874` → `PL61 1090 1014 0000 0712 1981 2874`. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
