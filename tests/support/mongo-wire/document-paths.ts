import type { Document } from 'bson';
import { isPlainDocument } from './bson-values';

const DIGITS = /^\d+$/;

/**
 * Every value a dotted path reaches, expanding arrays the way a multikey index does: `a.b` over
 * `{ a: [{ b: 1 }, { b: 2 }] }` gives [1, 2], a leaf array gives its elements, and a missing
 * path gives []. A leaf empty array is kept as one `[]` key, as mongod keys it apart from null.
 */
export function readPathValues(document: unknown, path: string): unknown[] {
  return collect(document, path.split('.'), 0);
}

function collect(value: unknown, segments: readonly string[], index: number): unknown[] {
  if (index === segments.length) {
    if (!Array.isArray(value)) return [value];
    return value.length === 0 ? [[]] : value;
  }
  const segment = segments[index] as string;
  if (Array.isArray(value)) {
    if (DIGITS.test(segment)) return collect(value[Number(segment)], segments, index + 1);
    return value.flatMap((item: unknown) => (isPlainDocument(item) ? collect(item, segments, index) : []));
  }
  if (isPlainDocument(value) && Object.prototype.hasOwnProperty.call(value, segment)) {
    return collect(value[segment], segments, index + 1);
  }
  return [];
}

/** Sets a dotted path, creating the intermediate documents (used to seed upserted documents). */
export function setPath(document: Document, path: string, value: unknown): void {
  const segments = path.split('.');
  let target: Document = document;
  for (const segment of segments.slice(0, -1)) {
    const next: unknown = target[segment];
    if (!isPlainDocument(next)) {
      const created: Document = {};
      target[segment] = created;
      target = created;
    } else {
      target = next;
    }
  }
  target[segments[segments.length - 1] as string] = value;
}

/** `_id` first, as mongod stores it: drivers and tests print documents in stored field order. */
export function withIdFirst(document: Document): Document {
  if (!('_id' in document) || Object.keys(document)[0] === '_id') return document;
  const { _id: id, ...rest } = document;
  return { _id: id, ...rest };
}
