import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createIdGenerator } from '../../src/ids';
import type { Job } from '../../src/jobs/job';
import { JobError } from '../../src/jobs/job-error';
import { JobQueue } from '../../src/jobs/job-queue';
import { MongoStore } from '../../src/store/mongo/mongo-store';
import type { DocumentStore } from '../../src/store/port';
import { COLLECTION_SPECS, COLLECTIONS } from '../../src/store/schema';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { startMongoWireServer, type MongoWireServer } from '../support/mongo-wire';

const LEASE_MS = 10_000;

/** The queue's behaviour over any store adapter. */
function jobQueueContract(open: () => Promise<DocumentStore>): void {
  let store: DocumentStore;
  let now: number;
  let queue: JobQueue;

  beforeEach(async () => {
    store = await open();
    now = 1_800_000_000_000;
    const clock = () => now;
    queue = new JobQueue(store.collection<Job>(COLLECTIONS.jobs), createIdGenerator(clock), clock);
  });
  afterEach(async () => {
    await store.close();
  });

  test('enqueueing the same key twice stores one job', async () => {
    const first = await queue.enqueue({ type: 't', payload: { n: 1 }, idempotencyKey: 'k1' });
    const second = await queue.enqueue({ type: 't', payload: { n: 2 }, idempotencyKey: 'k1' });
    expect(second.id).toBe(first.id);
    expect(second.payload).toEqual({ n: 1 });
    expect(await queue.list({})).toHaveLength(1);
  });

  test('a delayed job is not claimed before its time', async () => {
    await queue.enqueue({ type: 't', payload: {}, idempotencyKey: 'later', runAt: now + 60_000 });
    expect(await queue.claimNext('w1', LEASE_MS)).toBeNull();
    now += 60_000;
    expect(await queue.claimNext('w1', LEASE_MS)).toMatchObject({ idempotencyKey: 'later', status: 'running', attempts: 1, leaseOwner: 'w1' });
  });

  test('a claimed job is not claimed again while its lease lives, and is after the lease ran out', async () => {
    await queue.enqueue({ type: 't', payload: {}, idempotencyKey: 'k' });
    const claimed = await queue.claimNext('w1', LEASE_MS);
    expect(claimed).not.toBeNull();
    expect(await queue.claimNext('w2', LEASE_MS)).toBeNull();
    now += LEASE_MS / 2;
    expect(await queue.renew(claimed!, 'w1', LEASE_MS)).toBe(true);
    now += LEASE_MS / 2 + 1;
    expect(await queue.claimNext('w2', LEASE_MS)).toBeNull();
    now += LEASE_MS;
    const taken = await queue.claimNext('w2', LEASE_MS);
    expect(taken).toMatchObject({ leaseOwner: 'w2', attempts: 2 });
    // The first worker lost the job: its completion is refused.
    expect(await queue.complete(claimed!, 'w1')).toBeNull();
    expect(await queue.complete(taken!, 'w2')).toMatchObject({ status: 'done' });
  });

  test('jobs of one group run one at a time, in order; other groups are not held back', async () => {
    await queue.enqueue({ type: 't', payload: 1, idempotencyKey: 'a1', group: 'a' });
    await queue.enqueue({ type: 't', payload: 2, idempotencyKey: 'a2', group: 'a' });
    await queue.enqueue({ type: 't', payload: 3, idempotencyKey: 'b1', group: 'b' });
    const first = await queue.claimNext('w1', LEASE_MS);
    const second = await queue.claimNext('w2', LEASE_MS);
    expect([first?.idempotencyKey, second?.idempotencyKey]).toEqual(['a1', 'b1']);
    expect(await queue.claimNext('w3', LEASE_MS)).toBeNull();
    await queue.complete(first!, 'w1');
    expect((await queue.claimNext('w3', LEASE_MS))?.idempotencyKey).toBe('a2');
  });

  test('a failing job holds back its group until it succeeds', async () => {
    await queue.enqueue({ type: 't', payload: 1, idempotencyKey: 'a1', group: 'a' });
    await queue.enqueue({ type: 't', payload: 2, idempotencyKey: 'a2', group: 'a' });
    const first = await queue.claimNext('w1', LEASE_MS);
    const retried = await queue.recordFailure(first!, 'w1', new JobError('slack_rate_limited', 'x', { isRetryable: true, retryAfterMs: 30_000 }));
    expect(retried).toMatchObject({ status: 'pending', lastError: 'slack_rate_limited', runAt: now + 30_000 });
    expect(await queue.claimNext('w1', LEASE_MS)).toBeNull();
    now += 30_000;
    expect((await queue.claimNext('w1', LEASE_MS))?.idempotencyKey).toBe('a1');
  });

  test('retries back off, and a job is failed after its last attempt or a permanent error', async () => {
    await queue.enqueue({ type: 't', payload: {}, idempotencyKey: 'k', maxAttempts: 2 });
    const attempt1 = await queue.claimNext('w', LEASE_MS);
    expect(await queue.recordFailure(attempt1!, 'w', new JobError('boom', 'x', { isRetryable: true }))).toMatchObject({
      status: 'pending',
      runAt: now + 2000,
    });
    now += 2000;
    const attempt2 = await queue.claimNext('w', LEASE_MS);
    expect(await queue.recordFailure(attempt2!, 'w', new JobError('boom', 'x', { isRetryable: true }))).toMatchObject({ status: 'failed', attempts: 2 });

    await queue.enqueue({ type: 't', payload: {}, idempotencyKey: 'permanent' });
    const claimed = await queue.claimNext('w', LEASE_MS);
    expect(await queue.recordFailure(claimed!, 'w', new JobError('channel_not_found', 'x', { isRetryable: false }))).toMatchObject({ status: 'failed' });
    // A failed job no longer holds anything back, and is not claimed again.
    expect(await queue.claimNext('w', LEASE_MS)).toBeNull();
  });

  test('finished jobs are purged after the retention time', async () => {
    await queue.enqueue({ type: 't', payload: {}, idempotencyKey: 'k' });
    const claimed = await queue.claimNext('w', LEASE_MS);
    await queue.complete(claimed!, 'w');
    now += 1000;
    expect(await queue.purgeFinished(5000)).toBe(0);
    now += 5000;
    expect(await queue.purgeFinished(5000)).toBe(1);
  });
}

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-'));
let counter = 0;
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('job queue on SQLite', () =>
  jobQueueContract(async () => {
    counter += 1;
    const store = new SqliteStore(path.join(directory, `jobs-${counter}.sqlite`));
    await store.init(COLLECTION_SPECS);
    return store;
  }));

describe('job queue on MongoDB (wire-protocol test server)', () => {
  let server: MongoWireServer;
  beforeAll(async () => {
    server = await startMongoWireServer();
  });
  afterAll(async () => {
    await server.close();
  });
  jobQueueContract(async () => {
    const store = new MongoStore(server.uri, `jobs_${randomBytes(6).toString('hex')}`, { serverSelectionTimeoutMS: 3000 });
    await store.init(COLLECTION_SPECS);
    return store;
  });
});
