import type { WebhookEvent } from '../../src/core/protocol/link.js';
import { webhookHeaders } from '../../src/server/webhooks.js';
import type { SandboxConfig } from './config.js';

/** What happened to one webhook event, for tests and logs. */
export interface WebhookDelivery {
  url: string;
  event: WebhookEvent;
  attempts: number;
  /** HTTP status of the last attempt, or the error message. */
  last?: number | string;
  state: 'pending' | 'delivered' | 'failed';
}

/** Events of one link, or of one access, are delivered in order. */
const orderKey = (event: WebhookEvent): string => ('linkId' in event ? event.linkId : event.accessId);

/**
 * Sends webhook POSTs signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`
 * with the sandbox's `whsec_` webhook secret). A non-2xx answer, a network error or a timeout is retried
 * after `base`, `2·base`, `4·base`… up to `webhookMaxAttempts` attempts in all. Events of
 * one link (or one access) are delivered in order: the next waits until the previous one is delivered or given up.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly controllers = new Set<AbortController>();
  /** Deliveries waiting per link or access; the head is the one being attempted. */
  private readonly queues = new Map<string, WebhookDelivery[]>();
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly config: SandboxConfig) {}

  send(url: string, event: WebhookEvent): void {
    const key = orderKey(event);
    if (this.closed || !/^https?:\/\//i.test(url)) return;
    const delivery: WebhookDelivery = { url, event, attempts: 0, state: 'pending' };
    this.deliveries.push(delivery);
    if (this.deliveries.length > 1000) this.deliveries.splice(0, this.deliveries.length - 1000);
    this.inFlight++;
    const queue = this.queues.get(key);
    if (queue) {
      queue.push(delivery);
      return;
    }
    this.queues.set(key, [delivery]);
    this.schedule(delivery, 0);
  }

  /** Resolves once no delivery is pending (for tests). */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Cancels pending retries and aborts requests in flight. */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.controllers) controller.abort();
    for (const delivery of this.deliveries) if (delivery.state === 'pending') delivery.state = 'failed';
    this.queues.clear();
    this.inFlight = 0;
    this.flushWaiters();
  }

  private schedule(delivery: WebhookDelivery, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(delivery).finally(() => {
        if (this.closed || delivery.state === 'pending') return;
        this.inFlight--;
        const key = orderKey(delivery.event);
        const queue = this.queues.get(key) ?? [];
        queue.shift();
        const next = queue[0];
        if (next) this.schedule(next, 0);
        else this.queues.delete(key);
        this.flushWaiters();
      });
    }, delayMs);
    // Not unref'd: a pending delivery keeps the process alive (bounded by the attempts); close() stops it.
    this.timers.add(timer);
  }

  private async attempt(delivery: WebhookDelivery): Promise<void> {
    const { config } = this;
    delivery.attempts++;
    const body = JSON.stringify(delivery.event);
    const controller = new AbortController();
    this.controllers.add(controller);
    const timeout = setTimeout(() => controller.abort(), config.webhookTimeoutMs);
    try {
      const response = await config.fetch(delivery.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'signin-flow-sandbox',
          // Standard Webhooks: the event id (the same on every retry), this attempt's time, the signature.
          ...(await webhookHeaders(config.webhookSecret, { id: delivery.event.id, timestamp: Math.floor(config.clock.real() / 1000), body })),
        },
        body,
        signal: controller.signal,
        redirect: 'manual',
      });
      delivery.last = response.status;
      await response.body?.cancel().catch(() => {});
      if (response.ok) {
        delivery.state = 'delivered';
        return;
      }
    } catch (error) {
      delivery.last = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timeout);
      this.controllers.delete(controller);
    }
    if (this.closed) return;
    if (delivery.attempts >= config.webhookMaxAttempts) {
      delivery.state = 'failed';
      config.log(`webhook ${delivery.event.id} to ${delivery.url} failed after ${delivery.attempts} attempts (${String(delivery.last)})`);
      return;
    }
    this.schedule(delivery, config.webhookBaseDelayMs * 2 ** (delivery.attempts - 1));
  }

  private flushWaiters(): void {
    if (this.inFlight > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
