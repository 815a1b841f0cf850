export { CatalogClient, CatalogError, catalogUrl, sharedCatalogClient } from './catalog-client.js';
export type { CatalogClientLike, CatalogRequest } from './catalog-client.js';
export { logoUrlRule, safeLogoUrl } from './logo-url.js';
export { countryName, parseCountries } from './country-names.js';
