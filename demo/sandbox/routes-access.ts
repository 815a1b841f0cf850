import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import {
  advanceClockRequestSchema,
  type AccessList,
  type ClockInfo,
  type ReconnectTokenInfo,
  type ReconnectTokenResponse,
} from '../../src/core/protocol/access.js';
import type { AccessImportResponse, OwnerAccount, OwnerDataResponse } from '../../src/core/protocol/default-import.js';
import { ownerExternalIdSchema } from '../../src/core/protocol/primitives.js';
import { accessInfo, accessStatus, accessSummary, checkReconnectToken, createReconnectToken, findAccess, recordImport, refreshAccess, revokeAccess } from './accesses.js';
import { ApiError, readJson, validateField } from './api-error.js';
import { requireSecret } from './auth.js';
import { isAnyClientOrigin } from './clients.js';
import { iso, type SandboxContext } from './context.js';
import { buildImport } from './import-data.js';
import type { Access } from './store.js';

/**
 * Long-lived access, for the integrator's backend (secret key): read, list, import again, revoke,
 * reconnect tokens, the owner's data across banks and the sandbox's test clock. And the one public
 * route, `GET /v1/reconnect-tokens/:token`, for the widget (CORS: the clients' origins).
 * `sweep` runs after the clock moves, so its expiries and webhooks happen at once.
 */
export function accessRoutes(ctx: SandboxContext, sweep: () => void): Hono {
  const app = new Hono();
  const { config, store } = ctx;
  const secret = requireSecret(config);
  /** The secret key belongs to the first client: its accesses only. */
  const clientId = config.clients[0]?.id;

  const load = (c: Context): Access => {
    const access = findAccess(ctx, c.req.param('id') ?? '');
    if (access.clientId !== clientId) throw new ApiError(404, 'not_found', 'id: no such access', 'id');
    return access;
  };
  const bankOf = (access: Access) => {
    const bank = ctx.catalog.get(access.bankId);
    if (!bank) throw new ApiError(404, 'not_found', 'The bank of this access is gone', 'id');
    return bank;
  };

  app.get('/v1/accesses', secret, (c) => {
    const raw = c.req.query('ownerExternalId');
    if (raw === undefined) throw new ApiError(400, 'invalid_request', 'ownerExternalId: is required (?ownerExternalId=…)', 'ownerExternalId');
    const owner = validateField(ownerExternalIdSchema, raw, 'ownerExternalId');
    const body: AccessList = {
      accesses: store
        .accessesOf(owner)
        .filter((access) => access.clientId === clientId)
        .map((access) => accessInfo(ctx, refreshAccess(ctx, access))),
    };
    return c.json(body);
  });

  app.get('/v1/accesses/:id', secret, (c) => c.json(accessInfo(ctx, load(c))));

  app.post('/v1/accesses/:id/imports', secret, (c) => {
    const access = load(c);
    const bank = bankOf(access);
    recordImport(ctx, access);
    const result = buildImport({ sessionId: access.sessionId, ownerExternalId: access.ownerExternalId, bank, now: config.now() });
    const body: AccessImportResponse = { ...result, accessId: access.id, access: accessSummary(ctx, access) };
    return c.json(body, 201);
  });

  app.delete('/v1/accesses/:id', secret, (c) => {
    const access = load(c);
    revokeAccess(ctx, access);
    return c.json(accessInfo(ctx, access));
  });

  app.post('/v1/accesses/:id/reconnect-tokens', secret, (c) => {
    const token = createReconnectToken(ctx, load(c));
    const body: ReconnectTokenResponse = { token: token.token, expiresAt: iso(token.expiresAt) };
    c.header('Cache-Control', 'no-store');
    return c.json(body, 201);
  });

  app.get('/v1/owners/:ownerExternalId/data', secret, (c) => {
    const owner = validateField(ownerExternalIdSchema, c.req.param('ownerExternalId'), 'ownerExternalId');
    const body: OwnerDataResponse = { ownerExternalId: owner, banks: [], accounts: [] };
    const byIban = new Map<string, OwnerAccount>();
    const active = store
      .accessesOf(owner)
      .filter((access) => access.clientId === clientId && accessStatus(ctx, refreshAccess(ctx, access)) === 'active' && access.lastImportAt !== undefined)
      .sort((a, b) => (a.lastImportAt ?? 0) - (b.lastImportAt ?? 0));
    for (const access of active) {
      const bank = ctx.catalog.get(access.bankId);
      const importedAt = access.lastImportAt;
      if (!bank || importedAt === undefined) continue;
      // The data as of the access's latest import (the sandbox's data is deterministic): reading it is no new import.
      const data = buildImport({ sessionId: access.sessionId, ownerExternalId: owner, bank, now: importedAt });
      body.owner = data.owner;
      body.banks.push({ accessId: access.id, bankId: bank.id, name: bank.name, expiresAt: iso(access.expiresAt), lastImportAt: iso(importedAt) });
      // Newest import last: the same IBAN seen again (the bank connected twice) keeps its newest data, once.
      for (const account of data.accounts) byIban.set(account.iban, { ...account, bank: { id: bank.id, name: bank.name }, accessId: access.id, importedAt: data.importedAt });
    }
    body.accounts = [...byIban.values()];
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });

  const clock = (): ClockInfo => ({ now: iso(config.now()), offsetSeconds: Math.round(config.clock.offsetMs / 1000) });
  app.get('/v1/sandbox/clock', secret, (c) => c.json(clock()));
  app.post('/v1/sandbox/clock', secret, async (c) => {
    const { advanceSeconds } = await readJson(c, advanceClockRequestSchema);
    config.clock.advance(advanceSeconds * 1000);
    sweep();
    return c.json(clock());
  });

  app.use(
    '/v1/reconnect-tokens/*',
    cors({ origin: (origin) => (origin && isAnyClientOrigin(ctx, origin) ? origin : null), allowMethods: ['GET'], maxAge: 600 }),
  );
  app.get('/v1/reconnect-tokens/:token', (c) => {
    const requested = c.req.query('clientId');
    const { token, access } = checkReconnectToken(ctx, c.req.param('token'), requested === undefined || requested === '' ? undefined : requested, 'token');
    const body: ReconnectTokenInfo = {
      clientId: token.clientId,
      bankId: access.bankId,
      ownerExternalId: access.ownerExternalId,
      accessMode: 'multiple',
      accessDays: access.accessDays,
      accessExpiresAt: iso(access.expiresAt),
      expiresAt: iso(token.expiresAt),
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });

  return app;
}
