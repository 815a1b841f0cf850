/** The name of a country in a locale (Intl.DisplayNames), or the code when unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Country codes from an attribute value such as `"PL, CZ sk"`: upper case, unique, valid. */
export function parseCountries(value: string | readonly string[] | undefined): string[] {
  const list = typeof value === 'string' ? value.split(/[\s,]+/) : (value ?? []);
  const codes = list.map((code) => code.trim().toUpperCase()).filter((code) => /^[A-Z]{2}$/.test(code));
  return [...new Set(codes)];
}
