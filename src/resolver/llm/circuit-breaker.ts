export type CircuitState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Failed calls in a row that open the circuit. */
  failureThreshold: number;
  /** How long it stays open before one trial call is let through. */
  cooldownMs: number;
  clock: () => number;
}

/**
 * Stops calling a provider that keeps failing, so customers get the fallback at once instead of waiting for every
 * timeout: closed -> (N failures) -> open -> (cool-down) -> half-open: one trial call; success closes, failure opens
 * again for another cool-down.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): CircuitState {
    if (this.openedAt === null) return 'closed';
    return this.options.clock() - this.openedAt >= this.options.cooldownMs ? 'half_open' : 'open';
  }

  /** May a call go out now? In half-open, only one at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  recordFailure(): void {
    this.trialInFlight = false;
    this.failures += 1;
    if (this.openedAt !== null || this.failures >= this.options.failureThreshold) this.openedAt = this.options.clock();
  }

  /** When an open circuit lets the next trial through (epoch ms), or null. */
  get reopensAt(): number | null {
    return this.openedAt === null ? null : this.openedAt + this.options.cooldownMs;
  }
}
