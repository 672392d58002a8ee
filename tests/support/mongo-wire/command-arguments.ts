import { Long, type Document } from 'bson';
import { isPlainDocument } from './bson-values';
import { CommandError } from './errors';

/* Readers for command fields, failing with mongod's TypeMismatch/FailedToParse wording. */

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (isPlainDocument(value)) return 'object';
  return typeof value;
}

function wrongType(field: string, value: unknown, expected: string): CommandError {
  return new CommandError('TypeMismatch', `BSON field '${field}' is the wrong type '${typeName(value)}', expected type '${expected}'`);
}

/** The collection a command targets, given as the value of the command name (`{ find: 'users' }`). */
export function collectionNameOf(command: Document, commandName: string): string {
  const value: unknown = command[commandName];
  if (typeof value !== 'string' || value.length === 0) {
    throw new CommandError('InvalidNamespace', `collection name has invalid type ${typeName(value)}`);
  }
  return value;
}

export function optionalDocument(command: Document, field: string): Document | undefined {
  const value: unknown = command[field];
  if (value === undefined || value === null) return undefined;
  if (!isPlainDocument(value)) throw wrongType(field, value, 'object');
  return value;
}

export function optionalArray(command: Document, field: string): unknown[] | undefined {
  const value: unknown = command[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw wrongType(field, value, 'array');
  return value;
}

export function requiredArray(command: Document, field: string): unknown[] {
  const value = optionalArray(command, field);
  if (!value) throw new CommandError('FailedToParse', `BSON field '${field}' is missing but a required field`);
  return value;
}

export function documentsOf(values: readonly unknown[], field: string): Document[] {
  return values.map((value) => {
    if (!isPlainDocument(value)) throw wrongType(field, value, 'object');
    return value;
  });
}

/** Integers arrive as int32, int64 or double depending on the client; all are accepted. */
export function optionalNumber(command: Document, field: string): number | undefined {
  const value: unknown = command[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && !Number.isNaN(value)) return value;
  if (value instanceof Long) return value.toNumber();
  throw wrongType(field, value, 'long');
}

/** Booleans, like mongod's, also accept numbers (`multi: 1`). */
export function optionalBoolean(command: Document, field: string): boolean | undefined {
  const value: unknown = command[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  throw wrongType(field, value, 'bool');
}
