/** One Intl.DisplayNames per locale (null: the locale is not valid), made when first asked. */
const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The name of a country in a locale (Intl.DisplayNames), or the code when unknown. */
export function countryName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The last lists of {@link countryOptions}, by locale and codes. */
const optionLists = new Map<string, ReadonlyArray<{ readonly code: string; readonly name: string }>>();

/** Countries named in a locale and sorted by name, for a select; the same array while the inputs are the same. */
export function countryOptions(codes: readonly string[], locale: string): ReadonlyArray<{ readonly code: string; readonly name: string }> {
  const key = `${locale}|${codes.join(',')}`;
  let options = optionLists.get(key);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = codes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
    if (optionLists.size >= 32) optionLists.clear();
    optionLists.set(key, options);
  }
  return options;
}

/** Country codes from an attribute value such as `"PL, CZ sk"`: upper case, unique, valid. */
export function parseCountries(value: string | readonly string[] | undefined): string[] {
  const list = typeof value === 'string' ? value.split(/[\s,]+/) : (value ?? []);
  const codes = list.map((code) => code.trim().toUpperCase()).filter((code) => /^[A-Z]{2}$/.test(code));
  return [...new Set(codes)];
}
