/**
 * The checks of the conformance kit, as data, in the order they run. Each holds a provider to one
 * rule of the protocol (src/core/protocol and demo/sandbox/README.md) that needs no bank login.
 */
import { BACKEND_CHECKS } from './checks-backend.js';
import { PUBLIC_CHECKS } from './checks-public.js';
import type { Check } from './types.js';

export { FOREIGN_ORIGIN, RETURN_PATH, sessionRequest } from './check-helpers.js';

export const CHECKS: readonly Check[] = [...PUBLIC_CHECKS, ...BACKEND_CHECKS];
