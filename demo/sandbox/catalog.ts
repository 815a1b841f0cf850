import { createHash } from 'node:crypto';
import type { Bank } from '../../src/core/protocol/catalog.js';
import { BANK_SEEDS, COUNTRIES, NAME_PARTS, type BankSeed, type SandboxCountry } from './catalog-data.js';
import { negotiateLocale, t, type PageLocale } from './i18n.js';

/** Banks can be generated up to this many (`SANDBOX_CATALOG_SIZE`). */
export const MAX_CATALOG_SIZE = 200_000;

interface CachedBody {
  body: string;
  etag: string;
}

/** The sandbox bank catalog: fixed fictional banks plus optional generated ones. */
export class SandboxCatalog {
  readonly banks: readonly BankSeedWithCountry[];
  private readonly byId = new Map<string, BankSeedWithCountry>();
  private readonly cache = new Map<string, CachedBody>();

  constructor(
    private readonly publicUrl: string,
    size?: number,
  ) {
    const banks: BankSeedWithCountry[] = [];
    for (const country of COUNTRIES) for (const seed of BANK_SEEDS[country]) banks.push({ ...seed, country });
    if (size !== undefined) {
      if (size > MAX_CATALOG_SIZE) throw new Error(`catalog size must be at most ${MAX_CATALOG_SIZE}`);
      for (let index = 0; banks.length < size; index++) banks.push(generatedBank(index));
    }
    for (const bank of banks) this.byId.set(bank.id, bank);
    this.banks = banks;
  }

  get(id: string): BankSeedWithCountry | undefined {
    return this.byId.get(id);
  }

  /** Banks of a country (or all), popular first then by name, as the public Bank shape. */
  list(country: string | undefined, locale: PageLocale): Bank[] {
    const banks = this.banks.filter((bank) => country === undefined || bank.country === country);
    const collator = new Intl.Collator(locale);
    const order = (bank: BankSeedWithCountry) => COUNTRIES.indexOf(bank.country);
    banks.sort((a, b) => order(a) - order(b) || Number(b.popular ?? false) - Number(a.popular ?? false) || collator.compare(a.name, b.name));
    return banks.map((bank) => this.toBank(bank, locale));
  }

  /** The serialized `{banks}` body with an ETag, memoized per country and locale. */
  body(country: string | undefined, locale: string | undefined): CachedBody {
    const pageLocale = negotiateLocale(locale);
    const key = `${country ?? '*'}|${pageLocale}`;
    let cached = this.cache.get(key);
    if (!cached) {
      const body = JSON.stringify({ banks: this.list(country, pageLocale) });
      cached = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      this.cache.set(key, cached);
    }
    return cached;
  }

  logoUrl(id: string): string {
    return `${this.publicUrl}/logos/${encodeURIComponent(id)}.svg`;
  }

  toBank(seed: BankSeedWithCountry, locale: PageLocale = 'en'): Bank {
    const bank: Bank = {
      id: seed.id,
      name: seed.name,
      country: seed.country,
      bic: seed.bic,
      aliases: seed.aliases,
      logoUrl: this.logoUrl(seed.id),
      status: seed.status ?? 'up',
    };
    if (seed.statusKey) bank.statusMessage = t(locale, seed.statusKey);
    if (seed.popular) bank.popular = true;
    return bank;
  }
}

export interface BankSeedWithCountry extends BankSeed {
  country: SandboxCountry;
}

/** Deterministic generated bank number `index` (round-robin over the countries). */
export function generatedBank(index: number): BankSeedWithCountry {
  const country = COUNTRIES[index % COUNTRIES.length] ?? 'PL';
  const n = Math.floor(index / COUNTRIES.length);
  const { words, suffixes } = NAME_PARTS[country];
  const word = words[n % words.length] ?? '';
  const suffix = suffixes[Math.floor(n / words.length) % suffixes.length] ?? '';
  const number = Math.floor(n / (words.length * suffixes.length)) + 1;
  const name = country === 'ES' ? `${suffix} ${word} ${number}` : `${word} ${suffix} ${number}`;
  const letters = base26(index + 1, 4);
  const bank: BankSeedWithCountry = {
    id: `gen-${country.toLowerCase()}-${n + 1}`,
    name,
    country,
    bic: `${letters}${country}${(n % 10).toString()}X`,
    aliases: [asciiFold(name)].filter((alias) => alias !== name),
  };
  if (index % 97 === 96) Object.assign(bank, { status: 'down', statusKey: 'statusDown' });
  else if (index % 31 === 30) Object.assign(bank, { status: 'degraded', statusKey: 'statusDegraded' });
  return bank;
}

function base26(value: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = String.fromCharCode(65 + (value % 26)) + out;
    value = Math.floor(value / 26);
  }
  return out;
}

/** `Łódź` → `Lodz`: strips diacritics (and maps ł, ß, ø…) for ASCII aliases. */
export function asciiFold(text: string): string {
  const special: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };
  return text
    .replace(/[łŁßøØđĐ]/g, (ch) => special[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
