import type { Document } from 'bson';
import { canonicalKey, cloneValue } from '../bson-values';
import { collectionNameOf, documentsOf, optionalBoolean, optionalDocument, optionalNumber, requiredArray } from '../command-arguments';
import type { CommandContext, CommandHandler } from '../command-context';
import { toCursorId } from '../cursor-registry';
import { readPathValues } from '../document-paths';
import { CommandError } from '../errors';
import { compileFilter, findDocuments, runPipeline } from '../query-engine';

function nonNegative(command: Document, field: string): number | undefined {
  const value = optionalNumber(command, field);
  if (value !== undefined && value < 0) throw new CommandError('BadValue', `${field} value must be non-negative, but received: ${value}`);
  return value;
}

function storedDocuments(context: CommandContext, collectionName: string): Document[] {
  return context.store.getCollection(context.database, collectionName)?.all() ?? [];
}

const find: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'find');
  if (optionalBoolean(command, 'tailable')) {
    throw new CommandError('BadValue', 'error processing query: tailable cursor requested on non capped collection');
  }
  const documents = findDocuments(storedDocuments(context, name), {
    filter: optionalDocument(command, 'filter') ?? {},
    sort: optionalDocument(command, 'sort'),
    projection: optionalDocument(command, 'projection'),
    skip: nonNegative(command, 'skip'),
    limit: nonNegative(command, 'limit'),
  });
  const batchSize = nonNegative(command, 'batchSize');
  const singleBatch = optionalBoolean(command, 'singleBatch') ?? false;
  return { cursor: context.cursors.open(`${context.database}.${name}`, documents, batchSize, singleBatch) };
};

const getMore: CommandHandler = (command, context) => {
  const id = toCursorId(command.getMore);
  if (id === undefined) throw new CommandError('TypeMismatch', "BSON field 'getMore' is the wrong type, expected type 'long'");
  const collection: unknown = command.collection;
  if (typeof collection !== 'string') throw new CommandError('TypeMismatch', "BSON field 'collection' is missing or not a string");
  return { cursor: context.cursors.next(id, `${context.database}.${collection}`, nonNegative(command, 'batchSize')) };
};

const killCursors: CommandHandler = (command, context) => {
  const ids = requiredArray(command, 'cursors').map((value) => {
    const id = toCursorId(value);
    if (id === undefined) throw new CommandError('TypeMismatch', "BSON field 'cursors' must hold cursor ids");
    return id;
  });
  const { killed, notFound } = context.cursors.kill(ids);
  return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [] };
};

const count: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'count');
  const matches = storedDocuments(context, name).filter(compileFilter(optionalDocument(command, 'query') ?? {}));
  const skip = nonNegative(command, 'skip') ?? 0;
  const limit = Math.abs(optionalNumber(command, 'limit') ?? 0);
  const afterSkip = Math.max(0, matches.length - skip);
  return { n: limit > 0 ? Math.min(limit, afterSkip) : afterSkip };
};

const distinct: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'distinct');
  const key: unknown = command.key;
  if (typeof key !== 'string') throw new CommandError('TypeMismatch', "BSON field 'key' must be a string");
  const matches = storedDocuments(context, name).filter(compileFilter(optionalDocument(command, 'query') ?? {}));
  const values = new Map<string, unknown>();
  for (const document of matches) {
    for (const value of readPathValues(document, key)) {
      if (Array.isArray(value) && value.length === 0) continue;
      values.set(canonicalKey(value), value);
    }
  }
  return { values: Array.from(values.values()) };
};

/** `aggregate: <collection>` or `aggregate: 1` (collection-less stages such as `$documents`). */
const aggregate: CommandHandler = (command, context) => {
  const pipeline = documentsOf(requiredArray(command, 'pipeline'), 'pipeline');
  if (command.explain) throw new CommandError('NotImplemented', 'explain is not supported by the mongo-wire test server');
  const cursorOptions = optionalDocument(command, 'cursor');
  if (!cursorOptions) {
    throw new CommandError('FailedToParse', "The 'cursor' option is required, except for aggregate with the explain argument");
  }
  const collectionLess = command.aggregate === 1;
  const name = collectionLess ? '$cmd.aggregate' : collectionNameOf(command, 'aggregate');
  const input = collectionLess ? [] : storedDocuments(context, name);
  const resolveCollection = (foreign: string): Document[] => storedDocuments(context, foreign).map(cloneValue);
  const results = runPipeline(input, pipeline, resolveCollection);
  const batchSize = nonNegative(cursorOptions, 'batchSize');
  return { cursor: context.cursors.open(`${context.database}.${name}`, results, batchSize) };
};

/** Reads: find and aggregate open cursors; getMore and killCursors serve them. */
export const READ_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  find,
  getMore,
  killCursors,
  count,
  distinct,
  aggregate,
};
