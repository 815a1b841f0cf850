// The OpenAPI document of the provider protocol: valid OpenAPI 3.1 (the official schema, through
// @seriousme/openapi-schema-validator), components that compile as JSON Schema 2020-12, the
// constraints restored from function checks agreeing with the checks themselves, and every route
// of the sandbox's protocol in it (and no other).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { API_ERRORS, OPENAPI_OPERATIONS, buildOpenApiDocument, errorCodes, refsOf, type JsonObject } from '../../../src/server/openapi.js';
import { MAX_ACCESS_DAYS, MAX_CLOCK_ADVANCE_SECONDS, accessWebhookTypeSchema, advanceClockRequestSchema } from '../../../src/core/protocol/access.js';
import { apiErrorCodeSchema } from '../../../src/core/protocol/errors.js';
import { WEBHOOK_EVENT_TYPE, createLinkRequestSchema } from '../../../src/core/protocol/link.js';
import { consentAcceptanceSchema } from '../../../src/core/protocol/primitives.js';
import { VERSION } from '../../../src/version.js';
import { makeSandbox } from '../sandbox/helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const document = buildOpenApiDocument();
const schemas = document.components.schemas;
const newAjv = () => addFormats(new Ajv2020({ strict: true, allErrors: true }));
const toDefs = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')) as T;
const field = (component: string, name: string): JsonObject => (schemas[component]?.properties as Record<string, JsonObject>)[name] ?? {};

describe('the OpenAPI document', () => {
  test('is valid OpenAPI 3.1 for the official schema', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as never);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, '3.1');
    assert.equal(document.openapi, '3.1.1');
    assert.equal((document.info as { version: string }).version, VERSION);
  });

  test('a broken document fails the same validator (the check can fail)', async () => {
    const broken = structuredClone(document) as JsonObject;
    (broken.paths as Record<string, JsonObject>)['/v1/catalog'] = { get: { responses: 'none' } };
    assert.equal((await new Validator().validate(broken as never)).valid, false);
  });

  test('every component compiles as strict JSON Schema 2020-12, and every $ref names a component', () => {
    const ajv = newAjv();
    const defs = toDefs(schemas);
    for (const name of Object.keys(schemas)) assert.doesNotThrow(() => ajv.compile({ $defs: defs, $ref: `#/$defs/${name}` }), name);
    for (const target of refsOf(document)) assert.ok(schemas[target], `$ref to ${target}`);
  });

  test('the constraints restored from function checks agree with the checks', () => {
    const ajv = newAjv();
    const defs = toDefs(schemas);
    const cases: [string, string, (value: unknown) => boolean, unknown[]][] = [
      ['CreateLinkRequest', 'accessDays', (days) => createLinkRequestSchema.shape.accessDays.safeParse(days).success, [1, MAX_ACCESS_DAYS, 0, MAX_ACCESS_DAYS + 1, 1.5, -3]],
      ['CreateSessionRequest', 'accessDays', (days) => createLinkRequestSchema.shape.accessDays.safeParse(days).success, [1, 30, MAX_ACCESS_DAYS + 1]],
      ['AdvanceClockRequest', 'advanceSeconds', (s) => advanceClockRequestSchema.shape.advanceSeconds.safeParse(s).success, [1, MAX_CLOCK_ADVANCE_SECONDS, 0, MAX_CLOCK_ADVANCE_SECONDS + 1, 2.5]],
      ['ConsentAcceptance', 'acceptedAt', (at) => consentAcceptanceSchema.shape.acceptedAt.safeParse(at).success, ['2025-01-31T12:00:00Z', '2025-01-31T12:00:00+01:00', '2025-02-30T12:00:00Z', '2025-01-31', 'soon']],
    ];
    for (const [component, name, zodAccepts, values] of cases) {
      const validate = ajv.compile({ $defs: defs, ...toDefs(field(component, name)) });
      for (const value of values) assert.equal(validate(value), zodAccepts(value), `${component}.${name} = ${JSON.stringify(value)}`);
    }
    assert.deepEqual([field('CreateLinkRequest', 'accessDays').type, field('CreateLinkRequest', 'accessDays').maximum], ['integer', MAX_ACCESS_DAYS]);
  });

  test('answers allow no unknown field; requests keep their defaults optional', () => {
    assert.equal(schemas.SessionInfo?.additionalProperties, false);
    assert.equal(schemas.CreateSessionRequest?.additionalProperties, undefined);
    assert.deepEqual(schemas.Bank?.required, ['id', 'name', 'country', 'aliases', 'status']);
    assert.equal(field('SessionInfo', 'createdAt').format, 'date-time');
  });

  test('every API error code is described, answered by some operation, under its own status', () => {
    assert.deepEqual(Object.keys(API_ERRORS).sort(), [...apiErrorCodeSchema.options].sort());
    const used = new Set<string>();
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item)) {
        for (const [status, response] of Object.entries(operation.responses as Record<string, JsonObject>)) {
          const schema = (response.content as Record<string, { schema: JsonObject }> | undefined)?.['application/json']?.schema;
          const codes = (((schema?.allOf as JsonObject[] | undefined)?.[1]?.properties as { error: { properties: { code: { enum: string[] } } } } | undefined)?.error.properties.code.enum) ?? [];
          for (const code of codes) {
            assert.equal(String(API_ERRORS[code as keyof typeof API_ERRORS].status), status, `${operation.operationId}: ${code}`);
            used.add(code);
          }
          if (status === '429') assert.ok((response.headers as JsonObject | undefined)?.['Retry-After'], `${operation.operationId}: Retry-After`);
        }
      }
    }
    assert.deepEqual([...used].sort(), [...apiErrorCodeSchema.options].sort());
  });

  test('secret-key calls carry the bearer scheme and 401; public ones none; the clock is sandbox-only', () => {
    assert.deepEqual(document.components.securitySchemes.secretKey, { ...document.components.securitySchemes.secretKey, type: 'http', scheme: 'bearer' });
    for (const { method, path, auth } of OPENAPI_OPERATIONS) {
      const operation = document.paths[path]?.[method] ?? {};
      assert.deepEqual(operation.security, auth === 'secret' ? [{ secretKey: [] }] : [], `${method} ${path}`);
      assert.equal('401' in (operation.responses as object), auth === 'secret', `${method} ${path}`);
      assert.equal(operation['x-sandbox-only'] === true, path.startsWith('/v1/sandbox/'), `${method} ${path}`);
    }
    assert.deepEqual(errorCodes({ auth: 'public', errors: [] }), ['internal_error']);
    assert.deepEqual(errorCodes({ auth: 'secret', body: 'X', errors: ['not_found'] }), ['invalid_json', 'invalid_request', 'unauthorized', 'not_found', 'payload_too_large', 'unsupported_media_type', 'internal_error']);
  });

  test('has every /v1 route of the sandbox, and no other', () => {
    const { app, sandbox } = makeSandbox();
    try {
      const routes = new Set(app.routes.filter((route) => route.path.startsWith('/v1/') && route.method !== 'ALL' && route.method !== 'OPTIONS').map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`));
      assert.deepEqual(new Set(OPENAPI_OPERATIONS.map(({ method, path }) => `${method} ${path}`)), routes);
    } finally {
      sandbox.close();
    }
  });

  test('webhooks: the link event and each access event, with the Standard Webhooks headers and a 2xx answer', () => {
    assert.deepEqual(Object.keys(document.webhooks).sort(), [WEBHOOK_EVENT_TYPE, ...accessWebhookTypeSchema.options].sort());
    for (const [name, item] of Object.entries(document.webhooks)) {
      const post = item.post ?? {};
      assert.deepEqual((post.parameters as { name: string; in: string }[]).map((p) => `${p.in} ${p.name}`), ['header webhook-id', 'header webhook-timestamp', 'header webhook-signature'], name);
      assert.ok((post.responses as JsonObject)['2XX'], name);
      assert.match(String(post.description), /HMAC-SHA256 of `<webhook-id>\.<webhook-timestamp>\.<raw body>`/);
    }
  });

  test('servers: the given URL, else a variable defaulting to the local sandbox', () => {
    assert.deepEqual(buildOpenApiDocument({ serverUrl: 'https://provider.example/' }).servers, [{ url: 'https://provider.example', description: 'This provider' }]);
    assert.equal((document.servers[0]?.variables as { providerUrl: { default: string } }).providerUrl.default, 'http://localhost:8787');
    assert.notEqual(buildOpenApiDocument(), buildOpenApiDocument());
  });
});
