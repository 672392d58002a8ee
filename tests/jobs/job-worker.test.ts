import pino from 'pino';
import { createIdGenerator } from '../../src/ids';
import type { Job } from '../../src/jobs/job';
import { JobError } from '../../src/jobs/job-error';
import { JobQueue } from '../../src/jobs/job-queue';
import { Housekeeping } from '../../src/jobs/housekeeping';
import { createJobWorker, JobHandlers } from '../../src/jobs/job-worker';
import { COLLECTION_SPECS, COLLECTIONS } from '../../src/store/schema';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

async function until(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the job worker', () => {
  let store: SqliteStore;
  let offset: number;
  let queue: JobQueue;
  const clock = () => Date.now() + offset;

  beforeEach(async () => {
    store = new SqliteStore(':memory:');
    await store.init(COLLECTION_SPECS);
    offset = 0;
    queue = new JobQueue(store.collection<Job>(COLLECTIONS.jobs), createIdGenerator(clock), clock);
  });
  afterEach(async () => {
    await store.close();
  });

  function start(handlers: JobHandlers) {
    const worker = createJobWorker({ queue, handlers, log: pino({ level: 'silent' }), processId: 'test', concurrency: 2, leaseTtlMs: 5000, pollMs: 10 });
    worker.start();
    return worker;
  }

  test('runs a handler once, retries after the wait a failure asked for, and gives up on unknown types', async () => {
    const seen: string[] = [];
    let failures = 1;
    const handlers = new JobHandlers().register<{ word: string }>('echo', async (job) => {
      if (failures-- > 0) throw new JobError('rate_limited', 'slow down', { isRetryable: true, retryAfterMs: 60_000 });
      seen.push(job.payload.word);
    });
    const worker = start(handlers);
    try {
      const job = await queue.enqueue({ type: 'echo', payload: { word: 'hello' }, idempotencyKey: 'e1' });
      await queue.enqueue({ type: 'nobody-handles-this', payload: {}, idempotencyKey: 'x1' });
      await until(async () => (await queue.get(job.id))?.lastError === 'rate_limited');
      await until(async () => (await queue.byKey('x1'))?.status === 'failed');
      expect(seen).toEqual([]);
      offset += 60_000;
      await until(async () => (await queue.get(job.id))?.status === 'done');
      expect(seen).toEqual(['hello']);
      expect(await queue.get(job.id)).toMatchObject({ attempts: 2, lastError: null });
      expect(await queue.byKey('x1')).toMatchObject({ lastError: 'job_type_unknown', attempts: 1 });
    } finally {
      await worker.stop();
    }
  });

  test('keeps the order within a group while running other work alongside', async () => {
    const order: number[] = [];
    const handlers = new JobHandlers().register<number>('step', async (job) => {
      await new Promise((resolve) => setTimeout(resolve, job.payload === 1 ? 30 : 1));
      order.push(job.payload);
    });
    const worker = start(handlers);
    try {
      for (const step of [1, 2, 3]) await queue.enqueue({ type: 'step', payload: step, idempotencyKey: `s${step}`, group: 'thread' });
      await until(async () => order.length === 3);
      expect(order).toEqual([1, 2, 3]);
    } finally {
      await worker.stop();
    }
  });

  test('housekeeping runs once a day as a job: old finished jobs go, the next day is queued', async () => {
    const handlers = new JobHandlers();
    const housekeeping = new Housekeeping(queue, handlers, clock, pino({ level: 'silent' }));
    let extra = 0;
    housekeeping.add('extra', async () => {
      extra += 1;
      return 0;
    });
    handlers.register('noop', async () => undefined);
    const worker = start(handlers);
    try {
      const old = await queue.enqueue({ type: 'noop', payload: {}, idempotencyKey: 'old' });
      await until(async () => (await queue.get(old.id))?.status === 'done');
      offset += 8 * 24 * 60 * 60 * 1000;
      await housekeeping.schedule();
      await housekeeping.schedule();
      const day = Math.floor(clock() / 86_400_000);
      await until(async () => (await queue.byKey(`housekeeping:${day}`))?.status === 'done');
      expect(await queue.get(old.id)).toBeNull();
      expect(extra).toBe(1);
      expect(await queue.byKey(`housekeeping:${day + 1}`)).toMatchObject({ status: 'pending', runAt: (day + 1) * 86_400_000 });
    } finally {
      await worker.stop();
    }
  });
});
