// Writes dist/openapi.json: the provider protocol's OpenAPI 3.1 document, built from its zod
// schemas by src/server/openapi.ts (run with tsx, after rollup: `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/server/openapi.ts';

const document = buildOpenApiDocument();
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log(`dist/openapi.json: ${Object.keys(document.paths).length} paths, ${Object.keys(document.webhooks).length} webhooks, ${Object.keys(document.components.schemas).length} schemas`);
