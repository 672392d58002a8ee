import { APIConnectionError, APIError } from 'openai';
import { CircuitBreaker } from '../../../src/resolver/llm/circuit-breaker';
import { isRetryable, retryAfterMs, withRetries } from '../../../src/resolver/llm/retry';

const apiError = (status: number, headers: Record<string, string> = {}) => APIError.generate(status, { message: 'x' }, 'x', new Headers(headers));

describe('retry policy', () => {
  test('429, 408, 5xx and connection failures are retryable; other 4xx are not', () => {
    expect([429, 408, 500, 503].map((status) => isRetryable(apiError(status)))).toEqual([true, true, true, true]);
    expect([400, 401, 404, 422].map((status) => isRetryable(apiError(status)))).toEqual([false, false, false, false]);
    expect(isRetryable(new APIConnectionError({ message: 'reset' }))).toBe(true);
    expect(isRetryable(new Error('x'))).toBe(false);
  });

  test('Retry-After in milliseconds, seconds or as an HTTP date', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(retryAfterMs(apiError(429, { 'retry-after-ms': '250' }), now)).toBe(250);
    expect(retryAfterMs(apiError(429, { 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(apiError(503, { 'retry-after': new Date(now + 3000).toUTCString() }), now)).toBe(3000);
    expect(retryAfterMs(apiError(503), now)).toBeNull();
  });

  test('waits as asked, and gives up at once when the wait would pass the deadline', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw apiError(429, { 'retry-after-ms': '40' });
        return 'ok';
      },
      { attempts: 3, baseDelayMs: 10, maxDelayMs: 100, deadline: Date.now() + 10_000, clock: Date.now, sleep: async (ms) => void waits.push(ms) },
    );
    expect([result, calls, waits]).toEqual(['ok', 3, [40, 40]]);
    calls = 0;
    await expect(
      withRetries(
        async () => {
          calls += 1;
          throw apiError(429, { 'retry-after': '30' });
        },
        { attempts: 3, baseDelayMs: 10, maxDelayMs: 100, deadline: Date.now() + 5000, clock: Date.now, sleep: async () => undefined },
      ),
    ).rejects.toBeInstanceOf(APIError);
    expect(calls).toBe(1);
  });
});

describe('circuit breaker', () => {
  test('opens after N failures, half-opens after the cool-down for one trial at a time, closes on success', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 1000, clock: () => now });
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
    breaker.recordFailure();
    expect([breaker.state, breaker.tryAcquire(), breaker.reopensAt]).toEqual(['open', false, 1000]);
    now = 1000;
    expect(breaker.state).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    now = 2000;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordSuccess();
    expect([breaker.state, breaker.tryAcquire()]).toEqual(['closed', true]);
  });
});
