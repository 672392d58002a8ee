import type { IdGenerator } from '../ids';
import type { ChangeActor, ChangeRecorder } from '../markets/market-settings';
import type { Collection, Filter } from '../store/port';

/** One configuration change: who, when, what, and the value before and after. */
export interface AuditEntry {
  id: string;
  at: number;
  /** `market.update`, `market.texts`, `token.create`, `token.revoke`. */
  action: string;
  /** What changed: a market code, a token id. */
  target: string;
  actor: ChangeActor;
  before: unknown;
  after: unknown;
}

/** The append-only audit log of configuration changes; entries are never updated or deleted by the application. */
export class AuditLog implements ChangeRecorder {
  constructor(
    private readonly entries: Collection<AuditEntry>,
    private readonly newId: IdGenerator,
    private readonly clock: () => number,
  ) {}

  async record(change: Omit<AuditEntry, 'id' | 'at'>): Promise<void> {
    await this.entries.insert({ ...change, id: this.newId('aud_'), at: this.clock() });
  }

  /** Newest first. */
  list(filter: { target?: string; action?: string; before?: number }, limit: number): Promise<AuditEntry[]> {
    const query: Filter = {};
    if (filter.target) query.target = filter.target;
    if (filter.action) query.action = filter.action;
    if (filter.before !== undefined) query.at = { $lt: filter.before };
    return this.entries.find(query, { sort: { at: -1, id: -1 }, limit });
  }
}
