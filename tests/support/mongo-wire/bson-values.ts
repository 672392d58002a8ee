import { EJSON, type Document } from 'bson';

/** Plain BSON documents as `bson.deserialize` builds them (not ObjectId, Date, Binary, ...). */
export function isPlainDocument(value: unknown): value is Document {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Deep copy of documents, arrays and dates. BSON value classes (ObjectId, Long, Binary, ...) are
 * shared: nothing in the server mutates them, and copying them would lose their class.
 */
export function cloneValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneValue(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isPlainDocument(value)) {
    const copy: Document = {};
    for (const [key, item] of Object.entries(value)) {
      // Defined, not assigned: assigning "__proto__" would change the copy's prototype.
      Object.defineProperty(copy, key, { value: cloneValue(item), enumerable: true, writable: true, configurable: true });
    }
    return copy as T;
  }
  return value;
}

function bsonType(value: object): string | undefined {
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

/**
 * A string equal for two values exactly when MongoDB treats them as the same index key or the
 * same `_id`: numbers compare by value whatever their BSON width, documents by field order and value.
 */
export function canonicalKey(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? 'n:0' : `n:${String(value)}`;
    case 'bigint':
      return `n:${value.toString()}`;
    case 'string':
      return `s:${JSON.stringify(value)}`;
    case 'boolean':
      return `b:${String(value)}`;
    case 'object':
      return canonicalObjectKey(value);
    default:
      return `?:${String(value)}`;
  }
}

function canonicalObjectKey(value: object): string {
  if (Array.isArray(value)) return `a:[${value.map((item: unknown) => canonicalKey(item)).join(',')}]`;
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (value instanceof RegExp) return `r:/${value.source}/${value.flags}`;
  const type = bsonType(value);
  if (type === 'ObjectId') return `o:${value.toString()}`;
  if (type === 'Long' || type === 'Int32' || type === 'Double') return `n:${value.toString()}`;
  if (type !== undefined) return `${type}:${EJSON.stringify(value, { relaxed: false })}`;
  const fields = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${canonicalKey(item)}`);
  return `{${fields.join(',')}}`;
}

/** Renders a value the way mongod prints it inside `dup key: { ... }`. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) return `[ ${value.map((item: unknown) => formatValue(item)).join(', ')} ]`;
  const type = bsonType(value);
  if (type === 'ObjectId') return `ObjectId('${value.toString()}')`;
  if (type !== undefined) return EJSON.stringify(value, { relaxed: true });
  return formatDocument(value as Document);
}

export function formatDocument(document: Document): string {
  const fields = Object.entries(document).map(([key, item]) => `${key}: ${formatValue(item)}`);
  return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
}
