import { calculateObjectSize, type Document } from 'bson';
import { collectionNameOf, optionalBoolean, optionalDocument, optionalNumber } from '../command-arguments';
import { GENERIC_ARGUMENTS, type CommandHandler } from '../command-context';
import { CommandError } from '../errors';
import { compileFilter } from '../query-engine';
import { ID_INDEX } from '../unique-index';

/** Collection options are stored and listed, never enforced (no capped, validator or time-series behaviour). */
const create: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'create');
  const options: Document = {};
  for (const [field, value] of Object.entries(command)) {
    if (field !== 'create' && !GENERIC_ARGUMENTS.has(field)) options[field] = value;
  }
  context.store.createCollection(context.database, name, options);
  return {};
};

const drop: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'drop');
  const dropped = context.store.dropCollection(context.database, name);
  return dropped ? { nIndexesWas: dropped.listIndexes().length, ns: dropped.namespace } : {};
};

const dropDatabase: CommandHandler = (_command, context) => {
  context.store.dropDatabase(context.database);
  return {};
};

const listCollections: CommandHandler = (command, context) => {
  const nameOnly = optionalBoolean(command, 'nameOnly') ?? false;
  const entries = context.store.listCollections(context.database).map((collection) =>
    nameOnly
      ? { name: collection.name, type: 'collection' }
      : {
          name: collection.name,
          type: 'collection',
          options: collection.options,
          info: { readOnly: false, uuid: collection.uuid },
          idIndex: ID_INDEX,
        },
  );
  const matches = entries.filter(compileFilter(optionalDocument(command, 'filter') ?? {}));
  const batchSize = optionalNumber(optionalDocument(command, 'cursor') ?? {}, 'batchSize');
  return { cursor: context.cursors.open(`${context.database}.$cmd.listCollections`, matches, batchSize) };
};

const listDatabases: CommandHandler = (command, context) => {
  if (context.database !== 'admin') {
    throw new CommandError('Unauthorized', 'listDatabases may only be run against the admin database.');
  }
  const nameOnly = optionalBoolean(command, 'nameOnly') ?? false;
  const databases = context.store.listDatabaseNames().map((name) => {
    const sizeOnDisk = context.store
      .listCollections(name)
      .reduce((total, collection) => total + collection.all().reduce((sum, document) => sum + calculateObjectSize(document), 0), 0);
    return nameOnly ? { name } : { name, sizeOnDisk, empty: sizeOnDisk === 0 };
  });
  const matches = databases.filter(compileFilter(optionalDocument(command, 'filter') ?? {}));
  if (nameOnly) return { databases: matches };
  const totalSize = matches.reduce((sum, database) => sum + (database.sizeOnDisk ?? 0), 0);
  return { databases: matches, totalSize, totalSizeMb: Math.floor(totalSize / (1024 * 1024)) };
};

const dbStats: CommandHandler = (_command, context) => {
  const collections = context.store.listCollections(context.database);
  const documents = collections.flatMap((collection) => collection.all());
  const dataSize = documents.reduce((sum, document) => sum + calculateObjectSize(document), 0);
  return {
    db: context.database,
    collections: collections.length,
    views: 0,
    objects: documents.length,
    avgObjSize: documents.length > 0 ? dataSize / documents.length : 0,
    dataSize,
    indexes: collections.reduce((sum, collection) => sum + collection.listIndexes().length, 0),
  };
};

/** Databases and collections: create, drop, list. */
export const NAMESPACE_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  create,
  drop,
  dropDatabase,
  listCollections,
  listDatabases,
  dbStats,
};
