import { seedMarkets } from './catalog';
import type { Market } from './market';

/**
 * The markets the running process serves. Reads are synchronous (every message needs one); the directory is the
 * single place that knows where markets come from, so making them editable changes nothing for its readers.
 */
export class MarketDirectory {
  private readonly markets = new Map<string, Market>();

  constructor(
    markets: readonly Market[] = seedMarkets(),
    private readonly fallbackCode = 'GB',
  ) {
    for (const market of markets) this.markets.set(market.code, market);
    if (!this.markets.has(fallbackCode)) throw new Error(`Default market ${fallbackCode} is not configured`);
  }

  get(code: string | null | undefined): Market | undefined {
    return code ? this.markets.get(code.toUpperCase()) : undefined;
  }

  /** The market for a code, or the default market when the code is unknown. */
  resolve(code: string | null | undefined): Market {
    return this.get(code) ?? this.markets.get(this.fallbackCode)!;
  }

  get defaultMarket(): Market {
    return this.markets.get(this.fallbackCode)!;
  }

  list(): Market[] {
    return [...this.markets.values()];
  }

  replace(market: Market): void {
    this.markets.set(market.code, market);
  }
}
