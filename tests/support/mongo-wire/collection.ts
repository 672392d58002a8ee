import { UUID, type Document } from 'bson';
import { canonicalKey } from './bson-values';
import { CommandError } from './errors';
import { duplicateKeyError, ID_INDEX, UniqueIndex, type IndexSpecification } from './unique-index';

/** The `_id` key documents are stored under; `_id` is always unique, like mongod's `_id_` index. */
export function idKeyOf(document: Document): string {
  return canonicalKey(document._id);
}

function optionsKey(specification: IndexSpecification): string {
  const options = Object.entries(specification)
    .filter(([name]) => name !== 'name' && name !== 'v')
    .sort(([left], [right]) => left.localeCompare(right));
  return canonicalKey(options);
}

/**
 * One collection: documents in insertion order keyed by `_id`, plus its index specs. Every write
 * checks all unique indexes before touching anything, so a rejected write leaves no trace.
 * Stored documents are never mutated in place: a write stores a new object, so open cursors keep
 * the snapshot they were given.
 */
export class Collection {
  readonly uuid = new UUID();
  private readonly documents = new Map<string, Document>();
  private readonly indexes = new Map<string, IndexSpecification>([[ID_INDEX.name, ID_INDEX]]);
  private readonly uniqueIndexes = new Map<string, UniqueIndex>();

  constructor(
    readonly database: string,
    readonly name: string,
    readonly options: Document = {},
  ) {}

  get namespace(): string {
    return `${this.database}.${this.name}`;
  }

  get size(): number {
    return this.documents.size;
  }

  /** A snapshot of the documents in natural (insertion) order. */
  all(): Document[] {
    return Array.from(this.documents.values());
  }

  /** Stores a new document; it must already have its `_id`. */
  insert(document: Document): void {
    const id = idKeyOf(document);
    if (this.documents.has(id)) throw duplicateKeyError(this.namespace, ID_INDEX, { _id: document._id });
    this.assertUnique(document, id);
    this.documents.set(id, document);
    for (const index of this.uniqueIndexes.values()) index.add(document, id);
  }

  /** Swaps a stored document for its updated version (same `_id`, checked by the caller). */
  replace(previous: Document, next: Document): void {
    const id = idKeyOf(previous);
    this.assertUnique(next, id);
    for (const index of this.uniqueIndexes.values()) {
      index.remove(previous, id);
      index.add(next, id);
    }
    this.documents.set(id, next);
  }

  remove(document: Document): void {
    const id = idKeyOf(document);
    for (const index of this.uniqueIndexes.values()) index.remove(document, id);
    this.documents.delete(id);
  }

  private assertUnique(document: Document, ownerId: string): void {
    for (const index of this.uniqueIndexes.values()) {
      const conflict = index.findConflict(document, ownerId);
      if (conflict) throw duplicateKeyError(this.namespace, index.specification, conflict);
    }
  }

  listIndexes(): IndexSpecification[] {
    return Array.from(this.indexes.values());
  }

  /** Adds an index; false when an identical one exists. Building a unique index over duplicates fails with E11000. */
  createIndex(specification: IndexSpecification): boolean {
    const sameName = this.indexes.get(specification.name);
    if (sameName) {
      if (optionsKey(sameName) === optionsKey(specification)) return false;
      if (canonicalKey(sameName.key) !== canonicalKey(specification.key)) {
        throw new CommandError(
          'IndexKeySpecsConflict',
          `An existing index has the same name as the requested index but a different key: ${specification.name}`,
        );
      }
      throw new CommandError('IndexOptionsConflict', `Index with name: ${specification.name} already exists with different options`);
    }
    const sameKey = this.listIndexes().find((index) => canonicalKey(index.key) === canonicalKey(specification.key));
    if (sameKey && optionsKey(sameKey) === optionsKey(specification)) {
      throw new CommandError('IndexOptionsConflict', `Index already exists with a different name: ${sameKey.name}`);
    }
    // mongod allows one key pattern twice only when the partial filters (or collations) differ.
    if (sameKey && canonicalKey(sameKey.partialFilterExpression) === canonicalKey(specification.partialFilterExpression)) {
      throw new CommandError(
        'IndexOptionsConflict',
        `An equivalent index already exists with a different name and options: ${sameKey.name}`,
      );
    }
    if (specification.unique && specification.name !== ID_INDEX.name) {
      const index = new UniqueIndex(specification);
      for (const [id, document] of this.documents) {
        const conflict = index.findConflict(document, id);
        if (conflict) throw duplicateKeyError(this.namespace, specification, conflict);
        index.add(document, id);
      }
      this.uniqueIndexes.set(specification.name, index);
    }
    this.indexes.set(specification.name, specification);
    return true;
  }

  /** Drops by name, or by key pattern when given a document. */
  dropIndex(nameOrKey: string | Document): void {
    const name =
      typeof nameOrKey === 'string'
        ? nameOrKey
        : this.listIndexes().find((index) => canonicalKey(index.key) === canonicalKey(nameOrKey))?.name;
    if (name === ID_INDEX.name) throw new CommandError('InvalidOptions', 'cannot drop _id index');
    if (name === undefined || !this.indexes.has(name)) {
      throw new CommandError('IndexNotFound', `index not found with name [${typeof nameOrKey === 'string' ? nameOrKey : JSON.stringify(nameOrKey)}]`);
    }
    this.indexes.delete(name);
    this.uniqueIndexes.delete(name);
  }

  /** Drops every index but `_id_` (`dropIndexes: '*'`). */
  dropAllIndexes(): void {
    for (const name of Array.from(this.indexes.keys())) {
      if (name !== ID_INDEX.name) this.dropIndex(name);
    }
  }
}
