import { receipt } from './receipts.js';

export interface LoadResult {
  /** Every receipt sent, by consent id. */
  readonly sent: ReadonlyMap<string, Record<string, unknown>>;
  /** Consent ids whose receipt was acknowledged with 2xx. */
  readonly acknowledged: ReadonlySet<string>;
  readonly created: number;
  readonly retries: number;
  /** Answers that the element would drop (4xx other than 408/429): must stay empty. */
  readonly refused: string[];
}

export interface LoadOptions {
  readonly count: number;
  readonly clients: number;
  /** Where the next attempt goes (one URL, or several behind a "load balancer"). */
  readonly target: (attempt: number) => string;
  /** Called after each acknowledgement with the number so far (to fault the service mid-load). */
  readonly onAcknowledged?: (count: number) => void;
}

const RETRYABLE = new Set([408, 429]);
const LONGEST_BACKOFF_MS = 200;

/**
 * Concurrent clients that retry like the element: after a network error, a 5xx,
 * 408 or 429 the same receipt is sent again with back-off until acknowledged.
 */
export async function sendReceipts({ count, clients, target, onAcknowledged }: LoadOptions): Promise<LoadResult> {
  const bodies = Array.from({ length: count }, (_, index) =>
    receipt({ decision: { necessary: true, statistics: index % 2 === 0, marketing: index % 3 === 0 } }),
  );
  const sent = new Map(bodies.map((body) => [String(body.consentId), body]));
  const acknowledged = new Set<string>();
  const refused: string[] = [];
  let next = 0;
  let created = 0;
  let retries = 0;

  async function deliver(body: Record<string, unknown>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(new URL('/v1/receipts', target(attempt)), {
          method: 'POST',
          headers: { 'content-type': 'text/plain;charset=UTF-8' },
          body: JSON.stringify(body),
        });
        await response.arrayBuffer();
        if (response.ok) {
          if (response.status === 201) created += 1;
          acknowledged.add(String(body.consentId));
          onAcknowledged?.(acknowledged.size);
          return;
        }
        if (response.status < 500 && !RETRYABLE.has(response.status)) {
          refused.push(`${response.status} for ${String(body.consentId)}`);
          return;
        }
      } catch {
        // Connection refused or reset: the service is down or was killed; retry.
      }
      retries += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(LONGEST_BACKOFF_MS, 5 * 2 ** attempt)));
    }
  }

  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < bodies.length) await deliver(bodies[next++]!);
    }),
  );
  return { sent, acknowledged, created, retries, refused };
}
