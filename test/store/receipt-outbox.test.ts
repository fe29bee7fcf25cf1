import { expect } from '@open-wc/testing';
import { ReceiptOutbox, type OutboxServices } from '../../src/store/receipt-outbox.js';

const URL_A = 'https://consent.cap.kz/receipts';
const QUEUE_KEY = 'cap-consent:receipts';

/** A clock that moves only when the test says so. */
class FakeClock {
  now = 0;
  private timers: Array<{ at: number; task: () => void; id: number }> = [];
  private nextId = 1;
  /** The delays asked for, in order. */
  readonly delays: number[] = [];

  setTimeout = (task: () => void, ms: number): number => {
    this.delays.push(ms);
    const id = this.nextId++;
    this.timers.push({ at: this.now + ms, task, id });
    return id;
  };

  clearTimeout = (id: unknown): void => {
    this.timers = this.timers.filter((timer) => timer.id !== id);
  };

  /** Moves the clock by `ms`, running each timer that falls due. */
  tick(ms: number): void {
    this.now += ms;
    for (const timer of this.timers.filter(({ at }) => at <= this.now)) {
      this.clearTimeout(timer.id);
      timer.task();
    }
  }

  get pending(): number {
    return this.timers.length;
  }
}

/** Storage backed by a Map, as localStorage would hold it. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/** An endpoint that answers each POST with the next status of `statuses` (then 200), recording the bodies. */
function endpoint(...statuses: number[]) {
  const posts: string[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    posts.push(String(init?.body));
    return new Response(null, { status: statuses.shift() ?? 200 });
  };
  return { posts, fetch: fetch as typeof globalThis.fetch };
}

function outbox(fetch: typeof globalThis.fetch, clock: FakeClock, storage: Storage | null = new MemoryStorage()) {
  const problems: string[] = [];
  const services: OutboxServices = {
    fetch,
    storage,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    locks: null,
    report: (problem) => problems.push(problem),
  };
  return { outbox: new ReceiptOutbox(URL_A, services), problems, storage };
}

/** Lets the outbox's awaited fetches and queue updates run. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
}

describe('the receipt outbox', () => {
  it('sends a receipt once and forgets it when the endpoint acknowledges', async () => {
    const clock = new FakeClock();
    const { posts, fetch } = endpoint();
    const { outbox: box, storage } = outbox(fetch, clock);
    await box.send('id.1', '{"n":1}');
    expect(posts).to.deep.equal(['{"n":1}']);
    expect(storage!.getItem(QUEUE_KEY), 'nothing waits').to.equal(null);
    expect(clock.pending).to.equal(0);
  });

  it('retries after 1 s, then 2 s, while the endpoint fails, and the receipt arrives once', async () => {
    const clock = new FakeClock();
    const { posts, fetch } = endpoint(503, 503);
    const { outbox: box, problems, storage } = outbox(fetch, clock);
    await box.send('id.1', '{"n":1}');
    expect(posts).to.have.length(1);
    expect(JSON.parse(storage!.getItem(QUEUE_KEY)!)).to.have.length(1);

    clock.tick(999);
    await settle();
    expect(posts, 'not before the second is up').to.have.length(1);
    clock.tick(1);
    await settle();
    expect(posts).to.have.length(2);
    clock.tick(2000);
    await settle();
    expect(posts).to.deep.equal(['{"n":1}', '{"n":1}', '{"n":1}']);
    expect(clock.delays).to.deep.equal([1000, 2000]);
    expect(storage!.getItem(QUEUE_KEY), 'acknowledged, so forgotten').to.equal(null);
    expect(problems, 'one line per failed attempt (the element says each once)').to.deep.equal([
      `the receipt endpoint ${URL_A} answered HTTP 503; the receipt will be sent again`,
      `the receipt endpoint ${URL_A} answered HTTP 503; the receipt will be sent again`,
    ]);
  });

  it('gives up for this page view after six attempts and keeps the receipt for the next one', async () => {
    const clock = new FakeClock();
    const { posts, fetch } = endpoint(...Array(10).fill(503));
    const { outbox: box, storage } = outbox(fetch, clock);
    await box.send('id.1', '{"n":1}');
    for (let minute = 0; minute < 10; minute += 1) {
      clock.tick(60_000);
      await settle();
    }
    expect(posts).to.have.length(6);
    expect(clock.delays).to.deep.equal([1000, 2000, 4000, 8000, 16000]);
    expect(JSON.parse(storage!.getItem(QUEUE_KEY)!)).to.have.length(1);

    const next = outbox(endpoint().fetch, new FakeClock(), storage);
    await next.outbox.flush();
    expect(storage!.getItem(QUEUE_KEY), 'sent on the next page view').to.equal(null);
  });

  it('drops a receipt the endpoint refuses (HTTP 400) and says so', async () => {
    const clock = new FakeClock();
    const { posts, fetch } = endpoint(400);
    const { outbox: box, problems, storage } = outbox(fetch, clock);
    await box.send('id.1', '{"n":1}');
    expect(posts).to.have.length(1);
    expect(storage!.getItem(QUEUE_KEY)).to.equal(null);
    expect(clock.pending, 'no retry').to.equal(0);
    expect(problems).to.deep.equal([`the receipt endpoint ${URL_A} refused a receipt (HTTP 400); it is dropped`]);
  });

  it('keeps the receipt in memory where storage is unavailable, and still retries', async () => {
    const clock = new FakeClock();
    const { posts, fetch } = endpoint(503);
    const { outbox: box } = outbox(fetch, clock, null);
    await box.send('id.1', '{"n":1}');
    clock.tick(1000);
    await settle();
    expect(posts).to.deep.equal(['{"n":1}', '{"n":1}']);
    expect(clock.pending).to.equal(0);
  });

  it('a network error is retried like a failure', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const failingOnce = (async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    const { outbox: box, problems, storage } = outbox(failingOnce, clock);
    await box.send('id.1', '{"n":1}');
    clock.tick(1000);
    await settle();
    expect(calls).to.equal(2);
    expect(storage!.getItem(QUEUE_KEY)).to.equal(null);
    expect(problems[0]).to.contain('could not be sent');
  });
});
