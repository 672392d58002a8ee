import type { Document } from 'bson';
import { collectionNameOf, documentsOf, optionalArray, optionalBoolean, optionalDocument } from '../command-arguments';
import type { CommandHandler } from '../command-context';
import { CommandError } from '../errors';
import { findDocuments, projectDocument } from '../query-engine';
import { applyUpdate, buildUpsertDocument } from '../update-engine';

/**
 * findAndModify: pick the first match in `sort` order, then update or remove it, all within one
 * synchronous call, so concurrent claimers can never take the same document.
 * A duplicate key fails the whole command (`ok: 0, code: 11000, keyPattern, keyValue`), as on mongod.
 */
const findAndModify: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'findAndModify' in command ? 'findAndModify' : 'findandmodify');
  const filter = optionalDocument(command, 'query') ?? {};
  const sort = optionalDocument(command, 'sort');
  const fields = optionalDocument(command, 'fields');
  const remove = optionalBoolean(command, 'remove') ?? false;
  const returnNew = optionalBoolean(command, 'new') ?? false;
  const upsert = optionalBoolean(command, 'upsert') ?? false;
  const update: unknown = command.update;
  const arrayFilterValues = optionalArray(command, 'arrayFilters');
  const arrayFilters = arrayFilterValues ? documentsOf(arrayFilterValues, 'arrayFilters') : undefined;
  if (remove && update !== undefined) throw new CommandError('FailedToParse', 'Cannot specify both an update and remove=true');
  if (!remove && update === undefined) throw new CommandError('FailedToParse', 'Either an update or remove=true must be specified');
  if (remove && upsert) throw new CommandError('FailedToParse', 'Cannot specify both upsert=true and remove=true');
  if (remove && returnNew) throw new CommandError('FailedToParse', 'Cannot specify both new=true and remove=true');

  const collection = context.store.getCollection(context.database, name);
  const [found] = findDocuments(collection?.all() ?? [], { filter, sort, limit: 1 });

  if (remove) {
    if (!found) return { lastErrorObject: { n: 0 }, value: null };
    collection?.remove(found);
    return { lastErrorObject: { n: 1 }, value: projectDocument(found, fields) };
  }
  if (found) {
    const { document, modified } = applyUpdate(found, update, { filter, arrayFilters, inserting: false });
    if (modified) collection?.replace(found, document);
    return {
      lastErrorObject: { n: 1, updatedExisting: true },
      value: projectDocument(returnNew ? document : found, fields),
    };
  }
  if (!upsert) return { lastErrorObject: { n: 0, updatedExisting: false }, value: null };
  const document = buildUpsertDocument(filter, update, arrayFilters);
  context.store.ensureCollection(context.database, name).collection.insert(document);
  return {
    lastErrorObject: { n: 1, updatedExisting: false, upserted: document._id },
    value: returnNew ? projectDocument(document, fields) : null,
  };
};

export const FIND_AND_MODIFY_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  findAndModify,
  findandmodify: findAndModify,
};
