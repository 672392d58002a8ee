import type { Document } from 'bson';
import { canonicalKey } from './bson-values';
import { Collection } from './collection';
import { CommandError } from './errors';

const INVALID_DATABASE_CHARACTERS = /[/\\. "$\0]/;

export function assertValidDatabaseName(name: string): void {
  if (name.length === 0 || name.length > 63 || INVALID_DATABASE_CHARACTERS.test(name)) {
    throw new CommandError('InvalidNamespace', `Invalid database name: '${name}'`);
  }
}

export function assertValidCollectionName(database: string, name: string): void {
  if (name.length === 0 || name.includes('$') || name.includes('\0') || name.startsWith('.') || name.startsWith('system.')) {
    throw new CommandError('InvalidNamespace', `Invalid namespace specified '${database}.${name}'`);
  }
}

/** Every database and collection of one server. Databases exist while they hold a collection. */
export class DatabaseStore {
  private readonly databases = new Map<string, Map<string, Collection>>();

  getCollection(database: string, name: string): Collection | undefined {
    return this.databases.get(database)?.get(name);
  }

  /** The collection, created implicitly as mongod does on the first write or index. */
  ensureCollection(database: string, name: string): { collection: Collection; created: boolean } {
    const existing = this.getCollection(database, name);
    if (existing) return { collection: existing, created: false };
    assertValidDatabaseName(database);
    assertValidCollectionName(database, name);
    const collection = new Collection(database, name);
    this.collectionsOf(database).set(name, collection);
    return { collection, created: true };
  }

  /** Explicit `create`: like mongod 7.0, a no-op when the collection exists with the same options. */
  createCollection(database: string, name: string, options: Document): void {
    const existing = this.getCollection(database, name);
    if (existing) {
      if (canonicalKey(existing.options) === canonicalKey(options)) return;
      throw new CommandError('NamespaceExists', `Collection ${database}.${name} already exists.`);
    }
    assertValidDatabaseName(database);
    assertValidCollectionName(database, name);
    this.collectionsOf(database).set(name, new Collection(database, name, options));
  }

  /** Returns the dropped collection, or undefined when there was none (not an error since 7.0). */
  dropCollection(database: string, name: string): Collection | undefined {
    const collections = this.databases.get(database);
    const collection = collections?.get(name);
    collections?.delete(name);
    if (collections && collections.size === 0) this.databases.delete(database);
    return collection;
  }

  dropDatabase(database: string): void {
    this.databases.delete(database);
  }

  listCollections(database: string): Collection[] {
    return Array.from(this.databases.get(database)?.values() ?? []);
  }

  listDatabaseNames(): string[] {
    return Array.from(this.databases.keys()).sort();
  }

  /** Forgets everything: the test-isolation reset. */
  clear(): void {
    this.databases.clear();
  }

  private collectionsOf(database: string): Map<string, Collection> {
    let collections = this.databases.get(database);
    if (!collections) {
      collections = new Map();
      this.databases.set(database, collections);
    }
    return collections;
  }
}
