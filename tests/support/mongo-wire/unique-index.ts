import type { Document } from 'bson';
import { canonicalKey, formatDocument } from './bson-values';
import { readPathValues } from './document-paths';
import { CommandError } from './errors';
import { compileFilter, type DocumentPredicate } from './query-engine';

/** An index as `listIndexes` reports it. Only unique ones change behaviour; the rest are stored specs. */
export interface IndexSpecification extends Document {
  v: number;
  key: Document;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Document;
}

export const ID_INDEX: IndexSpecification = { v: 2, key: { _id: 1 }, name: '_id_' };

/** mongod's default name: `field_direction` pairs joined by underscores, e.g. `tenant_1_email_-1`. */
export function defaultIndexName(key: Document): string {
  return Object.entries(key)
    .map(([field, direction]) => `${field}_${String(direction)}`)
    .join('_');
}

/** The E11000 error exactly as drivers parse it: message text plus `keyPattern` and `keyValue`. */
export function duplicateKeyError(namespace: string, index: IndexSpecification, keyValue: Document): CommandError {
  return new CommandError(
    'DuplicateKey',
    `E11000 duplicate key error collection: ${namespace} index: ${index.name} dup key: ${formatDocument(keyValue)}`,
    { keyPattern: index.key, keyValue },
  );
}

/**
 * The key table of one unique index: each key maps to the `_id` key of the document owning it.
 * A missing field keys as null (so two documents without it collide) unless the index is sparse;
 * documents outside a partialFilterExpression are not indexed at all.
 */
export class UniqueIndex {
  private readonly owners = new Map<string, string>();
  private readonly fields: string[];
  private readonly partialFilter: DocumentPredicate | undefined;

  constructor(readonly specification: IndexSpecification) {
    this.fields = Object.keys(specification.key);
    const filter = specification.partialFilterExpression;
    this.partialFilter = filter ? compileFilter(filter) : undefined;
  }

  /** The document's keys (canonical form to the `keyValue` reported on conflict); empty when not indexed. */
  keysOf(document: Document): Map<string, Document> {
    const keys = new Map<string, Document>();
    const valuesPerField = this.fields.map((field) => readPathValues(document, field));
    if (this.specification.sparse && valuesPerField.every((values) => values.length === 0)) return keys;
    if (this.partialFilter && !this.partialFilter(document)) return keys;
    let tuples: unknown[][] = [[]];
    for (const values of valuesPerField) {
      const choices = values.length > 0 ? values : [null];
      tuples = tuples.flatMap((tuple) => choices.map((choice) => [...tuple, choice]));
    }
    for (const tuple of tuples) {
      const keyValue: Document = {};
      this.fields.forEach((field, position) => {
        keyValue[field] = tuple[position] ?? null;
      });
      keys.set(canonicalKey(tuple), keyValue);
    }
    return keys;
  }

  /** The `keyValue` another document already holds, if storing `document` would duplicate it. */
  findConflict(document: Document, ownerId: string): Document | undefined {
    for (const [key, keyValue] of this.keysOf(document)) {
      const owner = this.owners.get(key);
      if (owner !== undefined && owner !== ownerId) return keyValue;
    }
    return undefined;
  }

  add(document: Document, ownerId: string): void {
    for (const key of this.keysOf(document).keys()) this.owners.set(key, ownerId);
  }

  remove(document: Document, ownerId: string): void {
    for (const key of this.keysOf(document).keys()) {
      if (this.owners.get(key) === ownerId) this.owners.delete(key);
    }
  }
}
