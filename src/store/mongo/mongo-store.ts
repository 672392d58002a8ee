import { MongoClient, MongoServerError, type Db, type Filter as MongoFilter, type Sort as MongoSort } from 'mongodb';
import { AppError } from '../../errors';
import { assertFieldName, isOperatorCondition } from '../filter-fields';
import {
  withoutUndefined,
  type Collection,
  type CollectionSpec,
  type Document,
  type DocumentStore,
  type Filter,
  type FindOptions,
  type Sort,
  type Update,
} from '../port';

const DUPLICATE_KEY = 11000;

/**
 * The production store: the official MongoDB driver. Our `id` is stored as `_id`, so the primary key is the
 * document id on both adapters. Indexes are created at every start (createIndexes is idempotent).
 */
export class MongoStore implements DocumentStore {
  readonly kind = 'mongodb' as const;
  private readonly client: MongoClient;
  private readonly database: Db;

  constructor(uri: string, databaseName: string, options: { serverSelectionTimeoutMS?: number } = {}) {
    this.client = new MongoClient(uri, { serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 5000, ignoreUndefined: true });
    this.database = this.client.db(databaseName);
  }

  async init(specs: readonly CollectionSpec[]): Promise<void> {
    await this.client.connect();
    for (const spec of specs) {
      const indexes = spec.indexes.map((index) => ({
        key: Object.fromEntries(index.fields.map((field) => [mongoField(field), 1 as const])),
        name: index.fields.join('__'),
        unique: index.unique ?? false,
      }));
      if (indexes.length > 0) await this.database.collection(spec.name).createIndexes(indexes);
    }
  }

  collection<T extends Document>(name: string): Collection<T> {
    return new MongoCollection<T>(this.database, name);
  }

  async ping(): Promise<void> {
    await this.database.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

type Stored = { _id: string } & Record<string, unknown>;

class MongoCollection<T extends Document> implements Collection<T> {
  constructor(
    private readonly database: Db,
    private readonly name: string,
  ) {}

  private get raw() {
    return this.database.collection<Stored>(this.name);
  }

  async insert(document: T): Promise<boolean> {
    try {
      await this.raw.insertOne(toStored(document));
      return true;
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  async put(document: T): Promise<void> {
    await this.raw.replaceOne({ _id: document.id }, toStored(document), { upsert: true });
  }

  async get(id: string): Promise<T | null> {
    return fromStored<T>(await this.raw.findOne({ _id: id }));
  }

  async findOne(filter: Filter, options: FindOptions = {}): Promise<T | null> {
    const [first] = await this.find(filter, { ...options, limit: 1 });
    return first ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    let cursor = this.raw.find(toMongoFilter(filter));
    if (options.sort) cursor = cursor.sort(toMongoSort(options.sort));
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    const documents = await cursor.toArray();
    return documents.map((document) => fromStored<T>(document) as T);
  }

  async count(filter: Filter): Promise<number> {
    return this.raw.countDocuments(toMongoFilter(filter));
  }

  async updateMany(filter: Filter, update: Update<T>): Promise<number> {
    const operations = toMongoUpdate(update);
    if (!operations) return this.count(filter);
    return guardUnique(async () => (await this.raw.updateMany(toMongoFilter(filter), operations)).matchedCount);
  }

  async updateOne(filter: Filter, update: Update<T>, options: { sort?: Sort } = {}): Promise<T | null> {
    const operations = toMongoUpdate(update);
    if (!operations) return this.findOne(filter, { sort: options.sort });
    const result = await guardUnique(() =>
      this.raw.findOneAndUpdate(toMongoFilter(filter), operations, {
        sort: options.sort ? toMongoSort(options.sort) : undefined,
        returnDocument: 'after',
      }),
    );
    return fromStored<T>(result);
  }

  async deleteMany(filter: Filter): Promise<number> {
    return (await this.raw.deleteMany(toMongoFilter(filter))).deletedCount;
  }
}

function mongoField(field: string): string {
  return field === 'id' ? '_id' : assertFieldName(field);
}

function toStored(document: Document): Stored {
  const { id, ...rest } = withoutUndefined(document) as Document & Record<string, unknown>;
  return { _id: id, ...rest };
}

function fromStored<T extends Document>(stored: Stored | null): T | null {
  if (!stored) return null;
  const { _id, ...rest } = stored;
  return { id: _id, ...rest } as unknown as T;
}

function toMongoFilter(filter: Filter): MongoFilter<Stored> {
  const result: Record<string, unknown> = {};
  for (const [field, condition] of Object.entries(filter)) {
    result[mongoField(field)] = isOperatorCondition(condition) ? withoutUndefined({ ...condition }) : condition;
  }
  return result as MongoFilter<Stored>;
}

function toMongoSort(sort: Sort): MongoSort {
  return Object.fromEntries(Object.entries(sort).map(([field, direction]) => [mongoField(field), direction]));
}

function toMongoUpdate<T>(update: Update<T>): Record<string, Record<string, unknown>> | null {
  const operations: Record<string, Record<string, unknown>> = {};
  const set = withoutUndefined({ ...(update.set ?? {}) }) as Record<string, unknown>;
  delete set.id;
  if (Object.keys(set).length > 0) operations.$set = set;
  const inc = withoutUndefined({ ...(update.inc ?? {}) }) as Record<string, unknown>;
  if (Object.keys(inc).length > 0) operations.$inc = inc;
  return Object.keys(operations).length > 0 ? operations : null;
}

async function guardUnique<R>(operation: () => Promise<R>): Promise<R> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) {
      throw new AppError('conflict', 'The update would duplicate a unique key', { cause: error });
    }
    throw error;
  }
}
