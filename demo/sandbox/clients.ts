import { isAllowedOrigin, type SandboxClient } from './config.js';
import type { SandboxContext } from './context.js';

export function findClient(ctx: SandboxContext, clientId: string): SandboxClient | undefined {
  return ctx.config.clients.find((client) => client.id === clientId);
}

/** True when any client allows the origin (used to answer CORS preflights, which carry no body). */
export function isAnyClientOrigin(ctx: SandboxContext, origin: string): boolean {
  return ctx.config.clients.some((client) => isAllowedOrigin(client, origin));
}
