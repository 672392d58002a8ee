import { AppError } from '../errors';
import type { Collection } from '../store/port';
import { seedMarkets } from './catalog';
import type { OverridableTranslator, TextOverride } from './i18n';
import type { Market } from './market';
import type { MarketDirectory } from './market-directory';
import { validateMarket } from './market-validation';

/** A market as stored: the configuration plus what optimistic concurrency and polling need. */
export interface StoredMarket extends Market {
  /** The market code. */
  id: string;
  /** Incremented by every change: the compare-and-set key, and how other processes notice a change. */
  revision: number;
  updatedAt: number;
  updatedBy: string;
}

/** Who changed something, as written to the audit log. */
export interface ChangeActor {
  id: string;
  name: string;
  role?: string;
}

/** Where configuration changes are recorded (who, when, before, after); implemented by src/admin/audit-log.ts. */
export interface ChangeRecorder {
  record(change: { action: string; target: string; actor: ChangeActor; before: unknown; after: unknown }): Promise<void>;
}

/** `disclosure` and `greeting` are short names for these locale keys; the resolver reads them under the short name. */
export const TEXT_ALIASES: Record<string, string> = { disclosure: 'common:disclosure', greeting: 'common:greeting' };

/** Past this much clock difference between processes, a change made elsewhere could be missed by the poll. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Markets as run-time configuration: seeded from the catalog into the store on first start (never overwriting an
 * admin's edit), loaded into the synchronous MarketDirectory every message reads, changed through `update` (validated,
 * compare-and-set on a revision, audited) and picked up by other processes through `refresh`, which polls for
 * revisions newer than the ones held.
 */
export class MarketSettings {
  private readonly revisions = new Map<string, number>();
  private watermark = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly markets: Collection<StoredMarket>,
    private readonly directory: MarketDirectory,
    private readonly translator: OverridableTranslator,
    private readonly recorder: ChangeRecorder,
    private readonly clock: () => number,
    private readonly onInvalid: (code: string, message: string) => void = () => undefined,
  ) {}

  /** Seeds missing markets and loads all of them; run once at start-up. */
  async load(): Promise<void> {
    const now = this.clock();
    for (const market of seedMarkets()) {
      await this.markets.insert({ ...market, id: market.code, revision: 1, updatedAt: now, updatedBy: 'seed' });
    }
    this.apply(await this.markets.find({}, { sort: { id: 1 } }));
  }

  /** Picks up changes made by other processes. Cheap: only markets changed since the last poll are read. */
  async refresh(): Promise<number> {
    const changed = await this.markets.find({ updatedAt: { $gte: this.watermark - CLOCK_SKEW_MS } });
    return this.apply(changed.filter((stored) => stored.revision !== this.revisions.get(stored.id)));
  }

  startPolling(intervalMs: number, onError: (error: unknown) => void): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.refresh().catch(onError), intervalMs);
    this.timer.unref();
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async get(code: string): Promise<StoredMarket> {
    const stored = await this.markets.get(code.toUpperCase());
    if (!stored) throw new AppError('not_found', `No market ${code}`);
    return stored;
  }

  list(): Promise<StoredMarket[]> {
    return this.markets.find({}, { sort: { id: 1 } });
  }

  /**
   * Changes some top-level fields of a market (each given field replaces the stored one). Refused with the field
   * named when invalid, with `conflict` when `expectedRevision` is stale. Visible to the next message at once.
   */
  async update(code: string, patch: unknown, actor: ChangeActor, expectedRevision?: number, action = 'market.update'): Promise<StoredMarket> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const current = await this.get(code);
      if (expectedRevision !== undefined && current.revision !== expectedRevision) {
        throw new AppError('conflict', `Market ${current.id} was changed meanwhile (revision ${current.revision}); reload and retry`, {
          details: { revision: current.revision },
        });
      }
      const before = toMarket(current);
      const after = validateMarket(before, patch, this.translator);
      const updated = await this.markets.updateOne(
        { id: current.id, revision: current.revision },
        { set: { ...after, revision: current.revision + 1, updatedAt: this.clock(), updatedBy: actor.name } },
      );
      if (!updated) continue;
      await this.recorder.record({ action, target: current.id, actor, before, after });
      this.apply([updated]);
      return updated;
    }
    throw new AppError('conflict', `Market ${code} is being changed by someone else; retry`);
  }

  /** Sets (or with null removes) one text override of a market's locale. */
  async setText(code: string, locale: string, key: string, text: string | null, actor: ChangeActor): Promise<StoredMarket> {
    const current = await this.get(code);
    const shortKey = Object.entries(TEXT_ALIASES).find(([, full]) => full === key)?.[0] ?? key;
    const texts = structuredClone(current.texts);
    const forLocale = { ...(texts[locale] ?? {}) };
    if (text === null) delete forLocale[shortKey];
    else forLocale[shortKey] = text;
    if (Object.keys(forLocale).length > 0) texts[locale] = forLocale;
    else delete texts[locale];
    return this.update(current.id, { texts }, actor, current.revision, 'market.texts');
  }

  /** Puts markets into the directory and their text overrides into the translator; returns how many changed. */
  private apply(stored: readonly StoredMarket[]): number {
    let changed = 0;
    for (const market of stored) {
      this.watermark = Math.max(this.watermark, market.updatedAt);
      const known = this.revisions.get(market.id);
      if (known !== undefined && known >= market.revision) continue;
      try {
        this.directory.replace(validateMarket(toMarket(market), {}, null));
      } catch (error) {
        // A stored market the current code cannot read keeps the process on the version it has.
        this.onInvalid(market.id, error instanceof Error ? error.message : String(error));
        continue;
      }
      this.revisions.set(market.id, market.revision);
      changed += 1;
    }
    if (changed > 0) this.translator.setOverrides(textOverrides(this.directory.list()));
    return changed;
  }
}

/** The overrides of every market's texts, as the translator takes them (aliases spelled out). */
export function textOverrides(markets: readonly Market[]): TextOverride[] {
  return markets.flatMap((market) =>
    Object.entries(market.texts).flatMap(([locale, texts]) =>
      Object.entries(texts).map(([key, text]) => ({ locale, key: TEXT_ALIASES[key] ?? key, text })),
    ),
  );
}

export function toMarket(stored: StoredMarket): Market {
  const { id: _id, revision: _revision, updatedAt: _updatedAt, updatedBy: _updatedBy, ...market } = stored;
  return market;
}
