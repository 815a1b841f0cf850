import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import type { SandboxConfig } from './config.js';
import { safeEqual } from './signing.js';

/** `Authorization: Bearer <secret>`, else 401. The secret key belongs to the first client (`sandbox-client`). */
export function requireSecret(config: SandboxConfig): MiddlewareHandler {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!match?.[1] || !safeEqual(match[1], config.secret)) {
      throw new ApiError(401, 'unauthorized', 'Send the secret key as "Authorization: Bearer <secret>"');
    }
    await next();
  };
}
