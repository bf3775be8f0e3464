/**
 * Delivers outbox events to their handlers. Every process may run one; they share the queue
 * through row locks, so an event goes to one worker at a time and a remote that is down only
 * delays its own events.
 */

import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { claimDueEvents, markDone, markFailed, renewLease } from './outbox.repository.js';
import { backoffSeconds, MAX_ATTEMPTS, type OutboxHandler } from './outbox.service.js';

export interface OutboxWorker {
  /** Delivers what is due now; returns how many events it handled. Tests call this directly. */
  runOnce(): Promise<number>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

const LEASE_SECONDS = 120;

export function createOutboxWorker(db: Kysely<Database>, handlers: Record<string, OutboxHandler>, log: FastifyBaseLogger): OutboxWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function deliver(): Promise<number> {
    const events = await claimDueEvents(db, 20, LEASE_SECONDS);
    let handled = 0;
    for (const event of events) {
      // The batch is worked one event at a time: behind slow remotes the lease on the later events
      // can run out, and then another process's worker may have taken them. It delivers them, not us.
      if (!(await renewLease(db, event.id, event.attempts, LEASE_SECONDS))) continue;
      handled++;
      const handler = handlers[event.topic];
      try {
        if (!handler) throw new Error(`No handler for topic ${event.topic}`);
        await handler(event.payload, event);
        await markDone(db, event.id, event.attempts);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const retryAt = event.attempts >= MAX_ATTEMPTS ? null : new Date(Date.now() + backoffSeconds(event.attempts) * 1000);
        await markFailed(db, event.id, event.attempts, message.slice(0, 2000), retryAt);
        log.warn({ outboxId: event.id, topic: event.topic, attempts: event.attempts, dead: !retryAt, err: message }, 'outbox delivery failed');
      }
    }
    return handled;
  }

  function schedule(intervalMs: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = deliver()
        .catch((error) => log.error({ err: error }, 'outbox worker cycle failed'))
        .finally(() => schedule(intervalMs));
    }, intervalMs);
    timer.unref();
  }

  return {
    runOnce: deliver,
    start(intervalMs = 1000) {
      stopped = false;
      schedule(intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
