import { ObjectId, type Document } from 'bson';
import { cloneValue } from '../bson-values';
import { collectionNameOf, documentsOf, optionalArray, optionalBoolean, optionalDocument, optionalNumber, requiredArray } from '../command-arguments';
import type { CommandContext, CommandHandler } from '../command-context';
import { withIdFirst } from '../document-paths';
import { CommandError, toCommandError } from '../errors';
import { compileFilter, findDocuments } from '../query-engine';
import { applyUpdate, buildUpsertDocument, classifyUpdate } from '../update-engine';

/** A `writeErrors` entry as mongod writes it: the statement index, the code, and details such as `keyValue`. */
function writeError(index: number, error: unknown): Document {
  const commandError = toCommandError(error);
  return { index, code: commandError.code, ...commandError.details, errmsg: commandError.message };
}

/** Runs statements in order; an ordered batch stops at the first failure, an unordered one goes on. */
function runStatements(statements: readonly Document[], ordered: boolean, run: (statement: Document, index: number) => void): Document[] {
  const errors: Document[] = [];
  for (const [index, statement] of statements.entries()) {
    try {
      run(statement, index);
    } catch (error) {
      errors.push(writeError(index, error));
      if (ordered) break;
    }
  }
  return errors;
}

function withWriteErrors(reply: Document, writeErrors: Document[]): Document {
  return writeErrors.length > 0 ? { ...reply, writeErrors } : reply;
}

/** A copy ready to store: `_id` generated when absent and placed first. */
export function prepareForInsert(document: Document): Document {
  const copy = cloneValue(document);
  const id: unknown = copy._id;
  if (Array.isArray(id)) throw new CommandError('BadValue', "can't use an array for _id");
  if (id instanceof RegExp) throw new CommandError('BadValue', "can't use a regex for _id");
  return id === undefined ? { _id: new ObjectId(), ...copy } : withIdFirst(copy);
}

const insert: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'insert');
  const documents = documentsOf(requiredArray(command, 'documents'), 'documents');
  const ordered = optionalBoolean(command, 'ordered') ?? true;
  const { collection } = context.store.ensureCollection(context.database, name);
  let inserted = 0;
  const writeErrors = runStatements(documents, ordered, (document) => {
    collection.insert(prepareForInsert(document));
    inserted += 1;
  });
  return withWriteErrors({ n: inserted }, writeErrors);
};

interface UpdateTotals {
  matched: number;
  modified: number;
  upserted: Document[];
}

function requiredStatementDocument(statement: Document, field: string): Document {
  const value = optionalDocument(statement, field);
  if (!value) throw new CommandError('FailedToParse', `BSON field 'update.updates.${field}' is missing but a required field`);
  return value;
}

function runUpdateStatement(context: CommandContext, name: string, statement: Document, index: number, totals: UpdateTotals): void {
  const filter = requiredStatementDocument(statement, 'q');
  const update: unknown = statement.u;
  const multi = optionalBoolean(statement, 'multi') ?? false;
  const arrayFilters = optionalArray(statement, 'arrayFilters');
  const filters = arrayFilters ? documentsOf(arrayFilters, 'arrayFilters') : undefined;
  if (multi && classifyUpdate(update) === 'replacement') {
    throw new CommandError('FailedToParse', 'multi update is not supported for replacement-style update');
  }
  const collection = context.store.getCollection(context.database, name);
  const stored = collection?.all() ?? [];
  const sort = optionalDocument(statement, 'sort');
  const matches = multi || !sort ? stored.filter(compileFilter(filter)) : findDocuments(stored, { filter, sort, limit: 1 });
  const targets = multi ? matches : matches.slice(0, 1);
  for (const current of targets) {
    const { document, modified } = applyUpdate(current, update, { filter, arrayFilters: filters, inserting: false });
    if (modified) collection?.replace(current, document);
    totals.matched += 1;
    if (modified) totals.modified += 1;
  }
  if (targets.length === 0 && optionalBoolean(statement, 'upsert')) {
    const document = buildUpsertDocument(filter, update, filters);
    context.store.ensureCollection(context.database, name).collection.insert(document);
    totals.upserted.push({ index, _id: document._id });
  }
}

const update: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'update');
  const statements = documentsOf(requiredArray(command, 'updates'), 'updates');
  const ordered = optionalBoolean(command, 'ordered') ?? true;
  const totals: UpdateTotals = { matched: 0, modified: 0, upserted: [] };
  const writeErrors = runStatements(statements, ordered, (statement, index) => {
    runUpdateStatement(context, name, statement, index, totals);
  });
  const reply: Document = { n: totals.matched + totals.upserted.length, nModified: totals.modified };
  if (totals.upserted.length > 0) reply.upserted = totals.upserted;
  return withWriteErrors(reply, writeErrors);
};

const deleteCommand: CommandHandler = (command, context) => {
  const name = collectionNameOf(command, 'delete');
  const statements = documentsOf(requiredArray(command, 'deletes'), 'deletes');
  const ordered = optionalBoolean(command, 'ordered') ?? true;
  const collection = context.store.getCollection(context.database, name);
  let deleted = 0;
  const writeErrors = runStatements(statements, ordered, (statement) => {
    const filter = optionalDocument(statement, 'q');
    if (!filter) throw new CommandError('FailedToParse', "BSON field 'delete.deletes.q' is missing but a required field");
    const limit = optionalNumber(statement, 'limit');
    if (limit !== 0 && limit !== 1) throw new CommandError('FailedToParse', 'The limit field in delete objects must be 0 or 1');
    const matches = (collection?.all() ?? []).filter(compileFilter(filter));
    for (const document of limit === 1 ? matches.slice(0, 1) : matches) {
      collection?.remove(document);
      deleted += 1;
    }
  });
  return withWriteErrors({ n: deleted }, writeErrors);
};

/** The write commands; drivers send their statements as OP_MSG document sequences. */
export const WRITE_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  insert,
  update,
  delete: deleteCommand,
};
