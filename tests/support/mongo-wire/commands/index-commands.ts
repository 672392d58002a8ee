import type { Document } from 'bson';
import { isPlainDocument } from '../bson-values';
import type { Collection } from '../collection';
import { collectionNameOf, documentsOf, optionalDocument, optionalNumber, requiredArray } from '../command-arguments';
import type { CommandContext, CommandHandler } from '../command-context';
import { CommandError } from '../errors';
import { defaultIndexName, type IndexSpecification } from '../unique-index';

function toSpecification(raw: Document): IndexSpecification {
  // `v` is always 2 here and `background` has been a no-op since 4.2; neither may make specs differ.
  const { key, name, v: _version, background: _background, ...options } = raw;
  if (!isPlainDocument(key) || Object.keys(key).length === 0) {
    throw new CommandError('CannotCreateIndex', 'Index keys cannot be an empty object');
  }
  for (const [field, direction] of Object.entries(key)) {
    const valid = (typeof direction === 'number' && direction !== 0) || typeof direction === 'string';
    if (!valid) throw new CommandError('CannotCreateIndex', `Values in the index key pattern must be non-zero numbers or strings: ${field}`);
  }
  if (options.unique && Object.values(key).includes('hashed')) {
    throw new CommandError('CannotCreateIndex', 'Currently hashed indexes cannot guarantee uniqueness. Use a regular index.');
  }
  if (options.partialFilterExpression !== undefined && !isPlainDocument(options.partialFilterExpression)) {
    throw new CommandError('TypeMismatch', 'partialFilterExpression must be an object');
  }
  return { v: 2, key, name: typeof name === 'string' ? name : defaultIndexName(key), ...options };
}

function existingCollection(context: CommandContext, name: string): Collection {
  const collection = context.store.getCollection(context.database, name);
  if (!collection) throw new CommandError('NamespaceNotFound', `ns does not exist: ${context.database}.${name}`);
  return collection;
}

/**
 * Stores every spec; unique ones (single, compound, sparse, partial) are enforced on later writes.
 * TTL (`expireAfterSeconds`), text, geo and hashed specs are listed but have no effect.
 * All-or-nothing: if one spec fails, those created by the same command are dropped again.
 */
const createIndexes: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'createIndexes');
  const specifications = documentsOf(requiredArray(command, 'indexes'), 'indexes').map(toSpecification);
  if (specifications.length === 0) throw new CommandError('BadValue', 'Must specify at least one index to create');
  const { collection, created } = context.store.ensureCollection(context.database, name);
  const numIndexesBefore = collection.listIndexes().length;
  const createdNames: string[] = [];
  try {
    for (const specification of specifications) {
      if (collection.createIndex(specification)) createdNames.push(specification.name);
    }
  } catch (error) {
    for (const createdName of createdNames) collection.dropIndex(createdName);
    throw error;
  }
  return {
    numIndexesBefore,
    numIndexesAfter: collection.listIndexes().length,
    ...(createdNames.length === 0 ? { note: 'all indexes already exist' } : {}),
    createdCollectionAutomatically: created,
  };
};

const listIndexes: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'listIndexes');
  const collection = existingCollection(context, name);
  const batchSize = optionalNumber(optionalDocument(command, 'cursor') ?? {}, 'batchSize');
  return { cursor: context.cursors.open(`${context.database}.$cmd.listIndexes.${name}`, collection.listIndexes(), batchSize) };
};

/** `index` may be a name, a key pattern, a list of names, or `'*'` for all but `_id_`. */
const dropIndexes: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'dropIndexes' in command ? 'dropIndexes' : 'deleteIndexes');
  const collection = existingCollection(context, name);
  const nIndexesWas = collection.listIndexes().length;
  const target: unknown = command.index;
  if (target === '*') collection.dropAllIndexes();
  else if (typeof target === 'string' || isPlainDocument(target)) collection.dropIndex(target);
  else if (Array.isArray(target) && target.every((item) => typeof item === 'string')) {
    for (const indexName of target) collection.dropIndex(indexName);
  } else {
    throw new CommandError('TypeMismatch', "BSON field 'index' must be a string, an object or an array of strings");
  }
  return { nIndexesWas };
};

export const INDEX_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
};
