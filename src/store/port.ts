/**
 * The store port. Both adapters (SQLite, MongoDB) implement this narrow document interface and pass one contract
 * suite; the domain repositories (inbox, outbox, conversations, ...) are written once on top of it.
 *
 * Documents are JSON objects with a string `id`. Filters and sorts address top-level fields only, which is what
 * keeps the two adapters equal: SQLite indexes `json_extract(doc, '$.field')` expressions, MongoDB indexes fields.
 */

export type Scalar = string | number | boolean | null;

export interface FieldOperators {
  $in?: Scalar[];
  $ne?: Scalar;
  $lt?: string | number;
  $lte?: string | number;
  $gt?: string | number;
  $gte?: string | number;
}

/** Equality on a scalar, or operators. `null` matches a missing field too, as in MongoDB. */
export type FieldCondition = Scalar | FieldOperators;

export type Filter = Record<string, FieldCondition>;

export type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  sort?: Sort;
  limit?: number;
  skip?: number;
}

export interface Document {
  id: string;
}

/** A top-level `$set` and an optional `$inc`, applied atomically to each matching document. */
export interface Update<T> {
  set?: Partial<T>;
  inc?: Partial<Record<keyof T, number>>;
}

export interface Collection<T extends Document> {
  /** Inserts; returns false (and changes nothing) when a unique index already holds the key. */
  insert(document: T): Promise<boolean>;
  /** Inserts or replaces the document with this id. */
  put(document: T): Promise<void>;
  get(id: string): Promise<T | null>;
  findOne(filter: Filter, options?: FindOptions): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /** Updates every match; returns how many matched. */
  updateMany(filter: Filter, update: Update<T>): Promise<number>;
  /**
   * Atomically updates the first match in `sort` order and returns it as updated, or null. This is the
   * compare-and-set every claim and state change is built on.
   */
  updateOne(filter: Filter, update: Update<T>, options?: { sort?: Sort }): Promise<T | null>;
  deleteMany(filter: Filter): Promise<number>;
}

export interface IndexSpec {
  fields: string[];
  unique?: boolean;
}

export interface CollectionSpec {
  name: string;
  indexes: IndexSpec[];
  /**
   * An insert is on disk before it returns, even across a power cut. Set where an insert acknowledges something to the
   * outside world (the inbox: the provider is told "received"). Other writes can be derived again after a crash.
   */
  durableInserts?: boolean;
}

export interface DocumentStore {
  readonly kind: 'sqlite' | 'mongodb';
  /** Creates collections and indexes; idempotent, run at every start. */
  init(collections: readonly CollectionSpec[]): Promise<void>;
  collection<T extends Document>(name: string): Collection<T>;
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Removes keys whose value is undefined, so both adapters store the same document. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** Applies an update in memory; used by adapters that read-modify-write inside a transaction. */
export function applyUpdate<T extends Document>(document: T, update: Update<T>): T {
  const next: Record<string, unknown> = { ...(document as object), ...withoutUndefined(update.set ?? {}) };
  for (const [field, amount] of Object.entries(update.inc ?? {})) {
    const current = next[field];
    next[field] = (typeof current === 'number' ? current : 0) + (amount as number);
  }
  return next as T;
}
