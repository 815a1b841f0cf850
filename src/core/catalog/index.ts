export { CatalogClient, CatalogError, catalogUrl, sharedCatalogClient } from './catalog-client.js';
export type { CatalogRequest } from './catalog-client.js';
export { safeLogoUrl } from './logo-url.js';
export { countryName, parseCountries } from './country-names.js';
export { CatalogLoader } from './catalog-loader.js';
export type { CatalogStatus } from './catalog-loader.js';
