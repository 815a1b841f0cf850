import { Hono, type Context } from 'hono';
import type { AccessInfo } from '../src/core/protocol/access.js';
import type { KnownAccess } from './access-book.js';
import type { Backend } from './backend.js';
import { DEMO_OWNER, failure, relay } from './provider.js';

/** An access as the page shows it: the demo's connection id, never the provider's access id. */
export interface ConnectedBank {
  readonly id: string;
  readonly bankId: string;
  readonly bankName: string;
  readonly via: KnownAccess['via'];
  readonly mode: AccessInfo['mode'];
  readonly status: AccessInfo['status'];
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt?: string;
  readonly lastImportAt?: string;
  readonly renewedAt?: string;
  readonly accessDays: number;
  readonly importsToday: number;
  readonly importsPerDay: number;
  readonly importsLeft: number;
}

function connectedBank(known: KnownAccess, info: AccessInfo): ConnectedBank {
  const rest: Partial<AccessInfo> = { ...info };
  delete rest.id;
  delete rest.ownerExternalId;
  return { ...(rest as Omit<AccessInfo, 'id' | 'ownerExternalId'>), id: known.id, bankName: known.bankName ?? info.bankId, via: known.via, importsLeft: Math.max(0, info.importsPerDay - info.importsToday) };
}

/**
 * The "Connected banks" panel's backend, for the demo's user (the accesses it keeps, in memory):
 * - `GET /api/accesses` → `{accesses: ConnectedBank[], now, storage: 'memory'}` (`now`: the
 *   provider's time, which the sandbox's test clock may move ahead);
 * - `POST /api/accesses/:id/imports` → a repeated import (the provider's 429 with Retry-After, 410…);
 * - `DELETE /api/accesses/:id` → revoked;
 * - `POST /api/accesses/:id/reconnect-link` → a link renewing the access (`{id, url, expiresAt}`: go to `url`);
 * - `POST /api/accesses/:id/reconnect-token` → `{token, expiresAt}` for the widget's `reconnect-token`;
 * - `GET /api/owner-data` → the user's accounts across their connected banks;
 * - `POST /api/sandbox/clock` `{days}` → moves the sandbox's test clock forward (sandbox only).
 * Unknown connection ids are a 404 `unknown_access`; the provider's failures are relayed with their
 * codes (`relay`: its status and Retry-After; 502 `provider_unreachable` when it does not answer).
 */
export function accessRoutes(backend: Backend): Hono {
  const app = new Hono();
  const { provider, book } = backend;
  const { api } = provider;

  const load = (c: Context): KnownAccess | Response => {
    const known = book.get(c.req.param('id') ?? '');
    if (!known || known.ownerExternalId !== DEMO_OWNER) return c.json(failure('unknown_access', 'This site knows no such connected bank of yours'), 404);
    return known;
  };

  app.get('/api/accesses', async (c) => {
    const known = book.of(DEMO_OWNER);
    try {
      const [infos, now] = await Promise.all([api.listAccesses(DEMO_OWNER), provider.now()]);
      const byId = new Map(infos.map((info) => [info.id, info]));
      const accesses = known.flatMap((entry) => {
        const info = byId.get(entry.accessId);
        return info ? [connectedBank(entry, info)] : [];
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ accesses, now: new Date(now).toISOString(), storage: 'memory' });
    } catch (error) {
      return relay(c, error);
    }
  });

  app.post('/api/accesses/:id/imports', async (c) => {
    const known = load(c);
    if (known instanceof Response) return known;
    try {
      return c.json(backend.acceptImport(await api.importAccess(known.accessId), known.via), 201);
    } catch (error) {
      return relay(c, error);
    }
  });

  app.delete('/api/accesses/:id', async (c) => {
    const known = load(c);
    if (known instanceof Response) return known;
    try {
      return c.json(connectedBank(known, await api.revokeAccess(known.accessId)));
    } catch (error) {
      return relay(c, error);
    }
  });

  app.post('/api/accesses/:id/reconnect-link', async (c) => {
    const known = load(c);
    if (known instanceof Response) return known;
    return backend.createLink(c, { reconnectAccessId: known.accessId });
  });

  app.post('/api/accesses/:id/reconnect-token', async (c) => {
    const known = load(c);
    if (known instanceof Response) return known;
    try {
      const token = await api.createReconnectToken(known.accessId);
      c.header('Cache-Control', 'no-store');
      return c.json({ ...token, bankId: known.bankId }, 201);
    } catch (error) {
      return relay(c, error);
    }
  });

  app.get('/api/owner-data', async (c) => {
    try {
      const data = await api.getOwnerData(DEMO_OWNER);
      // Only the connections this site knows, each named by its own id.
      const connection = (accessId: string) => book.byAccess(accessId)?.id;
      const banks = data.banks.flatMap(({ accessId, ...bank }) => {
        const id = connection(accessId);
        return id ? [{ ...bank, connectionId: id }] : [];
      });
      const accounts = data.accounts.flatMap(({ accessId, ...account }) => {
        const id = connection(accessId);
        return id ? [{ ...account, connectionId: id }] : [];
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ owner: data.owner, banks, accounts });
    } catch (error) {
      return relay(c, error);
    }
  });

  app.post('/api/sandbox/clock', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { days?: unknown } | null;
    const days = body?.days;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 400) return c.json(failure('invalid_request', 'days: must be a whole number from 1 to 400'), 400);
    try {
      return c.json(await api.advanceClock({ advanceSeconds: days * 86_400 }));
    } catch (error) {
      return relay(c, error);
    }
  });

  return app;
}
