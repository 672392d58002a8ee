import type { Document } from 'bson';
import { Aggregator, ProcessingMode, Query } from 'mingo';
import { withIdFirst } from './document-paths';
import { CommandError, toCommandError } from './errors';

/**
 * Queries are evaluated by mingo over every document of a collection (a linear scan: indexes only
 * enforce uniqueness here). `$where`, `$function` and `$accumulator` stay disabled, as the server's
 * JavaScript engine is not emulated.
 */
const MINGO_OPTIONS = { idKey: '_id', scriptEnabled: false } as const;

export type DocumentPredicate = (document: Document) => boolean;

/** Runs mingo and reports its complaints (unknown operator, bad argument) as command errors. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toCommandError(error);
  }
}

export function compileFilter(filter: Document): DocumentPredicate {
  if (Object.keys(filter).length === 0) return () => true;
  const query = guarded(() => new Query(filter, MINGO_OPTIONS));
  return (document) => guarded(() => query.test(document));
}

/** The options of a find, already validated. */
export interface FindSpecification {
  readonly filter: Document;
  readonly sort?: Document;
  readonly projection?: Document;
  readonly skip?: number;
  /** 0 or absent: no limit. */
  readonly limit?: number;
}

/** Matching documents in find order (sort, then skip, then limit, then projection). */
export function findDocuments(documents: readonly Document[], specification: FindSpecification): Document[] {
  const predicate = compileFilter(specification.filter);
  let matches = documents.filter(predicate);
  const { sort, naturalDescending } = splitNaturalOrder(specification.sort);
  if (naturalDescending) matches = matches.reverse();
  const projection = specification.projection ?? {};
  return guarded(() => {
    const cursor = new Query({}, MINGO_OPTIONS).find<Document>(matches, projection);
    if (sort && Object.keys(sort).length > 0) cursor.sort(sort);
    if (specification.skip) cursor.skip(specification.skip);
    if (specification.limit) cursor.limit(specification.limit);
    const found = cursor.all();
    return Object.keys(projection).length > 0 ? found.map(withIdFirst) : found;
  });
}

/** Applies a find-style projection to one document (findAndModify's `fields`). */
export function projectDocument(document: Document, projection: Document | undefined): Document {
  if (!projection || Object.keys(projection).length === 0) return document;
  return findDocuments([document], { filter: {}, projection })[0] ?? {};
}

/** `$natural` is insertion order, which is already the order documents are stored in. */
function splitNaturalOrder(sort: Document | undefined): { sort: Document | undefined; naturalDescending: boolean } {
  if (!sort || !('$natural' in sort)) return { sort, naturalDescending: false };
  const { $natural: natural, ...rest } = sort;
  return { sort: rest, naturalDescending: natural === -1 };
}

const UNSUPPORTED_STAGES = ['$out', '$merge', '$changeStream', '$geoNear', '$search', '$collStats', '$indexStats'];

/** Runs an aggregation pipeline through mingo; `$lookup` reads other collections of the same database. */
export function runPipeline(
  documents: readonly Document[],
  pipeline: readonly Document[],
  resolveCollection: (name: string) => Document[],
): Document[] {
  for (const stage of pipeline) {
    const name = Object.keys(stage)[0] ?? '';
    if (UNSUPPORTED_STAGES.includes(name)) {
      throw new CommandError('NotImplemented', `${name} is not supported by the mongo-wire test server`);
    }
  }
  return guarded(() =>
    new Aggregator([...pipeline], {
      ...MINGO_OPTIONS,
      processingMode: ProcessingMode.CLONE_INPUT,
      collectionResolver: resolveCollection,
    }).run<Document>(documents),
  );
}
