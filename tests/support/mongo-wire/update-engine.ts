import { ObjectId, type Document } from 'bson';
import { update as applyModifier, updateOne as applyPipelineToOne } from 'mingo';
import { canonicalKey, cloneValue, isPlainDocument } from './bson-values';
import { setPath, withIdFirst } from './document-paths';
import { CommandError, toCommandError } from './errors';

const UPDATE_OPERATORS: ReadonlySet<string> = new Set([
  '$addToSet',
  '$bit',
  '$currentDate',
  '$inc',
  '$max',
  '$min',
  '$mul',
  '$pop',
  '$pull',
  '$pullAll',
  '$push',
  '$rename',
  '$set',
  '$unset',
]);

/** What the `u` of an update (or findAndModify's `update`) is. */
export type UpdateKind = 'operators' | 'replacement' | 'pipeline';

export function classifyUpdate(update: unknown): UpdateKind {
  if (Array.isArray(update)) {
    if (!update.every((stage) => isPlainDocument(stage))) {
      throw new CommandError('FailedToParse', 'Each element of the update pipeline must be an object');
    }
    return 'pipeline';
  }
  if (!isPlainDocument(update)) {
    throw new CommandError('FailedToParse', 'Update argument must be either an object or an array');
  }
  const keys = Object.keys(update);
  const operators = keys.filter((key) => key.startsWith('$'));
  if (operators.length === 0) return 'replacement';
  if (operators.length !== keys.length) {
    const plain = keys.find((key) => !key.startsWith('$')) ?? '';
    throw new CommandError('FailedToParse', `Unknown modifier: ${plain}. Expected a valid update modifier or pipeline-style update`);
  }
  return 'operators';
}

/** Context an update needs besides the document. */
export interface UpdateOptions {
  /** The filter that matched, for the positional `$` operator. */
  readonly filter: Document;
  readonly arrayFilters?: Document[];
  /** True while building an upserted document: `$setOnInsert` applies. */
  readonly inserting: boolean;
}

/**
 * Computes the updated version of `current` without touching it. `modified` is false when the
 * result is identical, which is what mongod counts in `nModified`.
 */
export function applyUpdate(current: Document, update: unknown, options: UpdateOptions): { document: Document; modified: boolean } {
  const kind = classifyUpdate(update);
  let next: Document;
  try {
    if (kind === 'replacement') next = { ...('_id' in current ? { _id: current._id } : {}), ...cloneValue(update as Document) };
    else if (kind === 'pipeline') next = runUpdatePipeline(current, update as Document[]);
    else next = applyOperators(current, update as Document, options);
  } catch (error) {
    throw toCommandError(error);
  }
  if ('_id' in current && canonicalKey(current._id) !== canonicalKey(next._id)) {
    throw new CommandError('ImmutableField', "Performing an update on the path '_id' would modify the immutable field '_id'");
  }
  return { document: withIdFirst(next), modified: canonicalKey(next) !== canonicalKey(current) };
}

function applyOperators(current: Document, update: Document, options: UpdateOptions): Document {
  const { $setOnInsert: onInsert, ...modifier } = update;
  if (onInsert !== undefined && !isPlainDocument(onInsert)) {
    throw new CommandError('FailedToParse', 'Modifiers operate on fields but we found another type instead');
  }
  if (options.inserting && onInsert) {
    const set: unknown = modifier.$set;
    modifier.$set = { ...(isPlainDocument(set) ? set : {}), ...onInsert };
  }
  for (const [operator, fields] of Object.entries(modifier)) {
    if (!UPDATE_OPERATORS.has(operator)) {
      throw new CommandError('FailedToParse', `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`);
    }
    if (!isPlainDocument(fields)) {
      throw new CommandError('FailedToParse', `Modifiers operate on fields but we found another type instead: ${operator}`);
    }
  }
  const copy = cloneValue(current);
  if (Object.keys(modifier).length === 0) return copy;
  // The filter is only needed (and only valid) for the positional operator on existing documents.
  const condition = options.inserting ? undefined : options.filter;
  // mingo refuses any update path on its idKey, even a no-op `$set: { _id: <same> }` that mongod
  // accepts; pointing idKey elsewhere leaves the `_id` check to applyUpdate, with mongod's code.
  applyModifier(copy, modifier, options.arrayFilters ?? [], condition, {
    cloneMode: 'deep',
    queryOptions: { idKey: '\u0000no-id-key' },
  });
  return copy;
}

function runUpdatePipeline(current: Document, stages: Document[]): Document {
  const documents = [cloneValue(current)];
  applyPipelineToOne(documents, {}, stages as Parameters<typeof applyPipelineToOne>[2]);
  return documents[0] as Document;
}

/**
 * The document an upsert inserts: the filter's equality fields (`{ a: 1 }`, `{ a: { $eq: 1 } }`,
 * a one-element `$in`, inside `$and` too) with the update applied, and `_id` generated if still missing.
 * A replacement keeps only the filter's `_id`.
 */
export function buildUpsertDocument(filter: Document, update: unknown, arrayFilters?: Document[]): Document {
  const seed: Document = {};
  collectEqualities(filter, seed);
  let document: Document;
  if (classifyUpdate(update) === 'replacement') {
    document = { ...('_id' in seed ? { _id: seed._id } : {}), ...cloneValue(update as Document) };
  } else {
    document = applyUpdate(seed, update, { filter, arrayFilters, inserting: true }).document;
  }
  if (document._id === undefined) document = { _id: new ObjectId(), ...document };
  return withIdFirst(document);
}

function collectEqualities(filter: Document, seed: Document): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const clause of value) if (isPlainDocument(clause)) collectEqualities(clause, seed);
      continue;
    }
    if (key.startsWith('$') || value instanceof RegExp) continue;
    if (isPlainDocument(value) && Object.keys(value).some((operator) => operator.startsWith('$'))) {
      if ('$eq' in value) setPath(seed, key, cloneValue(value.$eq));
      else if (Array.isArray(value.$in) && value.$in.length === 1) setPath(seed, key, cloneValue(value.$in[0]));
      continue;
    }
    setPath(seed, key, cloneValue(value));
  }
}
