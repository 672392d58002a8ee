import { calculateObjectSize, Long, type Document } from 'bson';
import { CommandError } from './errors';
import { SERVER_LIMITS } from './op-codes';

/** Batch size of a first batch when the client gives none, as mongod does. */
export const DEFAULT_FIRST_BATCH_SIZE = 101;

/** Room left in a 16 MiB reply for the envelope around the batch. */
const BATCH_BYTE_BUDGET = SERVER_LIMITS.maxBsonObjectSize - 64 * 1024;

interface OpenCursor {
  readonly namespace: string;
  readonly documents: readonly Document[];
  position: number;
}

/** The `cursor` sub-document of find, aggregate, listIndexes, ... replies. */
export interface CursorReply {
  readonly id: bigint;
  readonly ns: string;
  readonly firstBatch?: Document[];
  readonly nextBatch?: Document[];
}

/** Converts whatever integer type the client used for a cursor id (int64 arrives as a number). */
export function toCursorId(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (value instanceof Long) return value.toBigInt();
  return undefined;
}

/**
 * Open cursors of one server. A cursor holds the full result computed when it was opened (a
 * snapshot: later writes are not seen), and hands it out batch by batch. Cursors never time out;
 * `reset()` and `killCursors` remove them.
 */
export class CursorRegistry {
  private readonly cursors = new Map<bigint, OpenCursor>();
  // Ids far from 0 and unique per server, so a stale id from another test run is never found.
  private nextId = BigInt(Date.now()) * 1000n;

  /** Returns the first batch, keeping the rest open unless it fits or `singleBatch` is set. */
  open(namespace: string, documents: readonly Document[], batchSize: number | undefined, singleBatch = false): CursorReply {
    const cursor: OpenCursor = { namespace, documents, position: 0 };
    const firstBatch = takeBatch(cursor, batchSize ?? DEFAULT_FIRST_BATCH_SIZE);
    if (singleBatch || cursor.position >= documents.length) return { firstBatch, id: 0n, ns: namespace };
    this.nextId += 1n;
    this.cursors.set(this.nextId, cursor);
    return { firstBatch, id: this.nextId, ns: namespace };
  }

  /** `getMore`: the next batch; the cursor closes (id 0) once exhausted. */
  next(id: bigint, namespace: string, batchSize: number | undefined): CursorReply {
    const cursor = this.cursors.get(id);
    if (!cursor) throw new CommandError('CursorNotFound', `cursor id ${id} not found`);
    if (cursor.namespace !== namespace) {
      throw new CommandError(
        'Unauthorized',
        `Requested getMore on namespace '${namespace}', but cursor belongs to a different namespace ${cursor.namespace}`,
      );
    }
    const nextBatch = takeBatch(cursor, batchSize && batchSize > 0 ? batchSize : Number.MAX_SAFE_INTEGER);
    if (cursor.position >= cursor.documents.length) {
      this.cursors.delete(id);
      return { nextBatch, id: 0n, ns: namespace };
    }
    return { nextBatch, id, ns: namespace };
  }

  /** `killCursors`: which of the ids were open. */
  kill(ids: readonly bigint[]): { killed: bigint[]; notFound: bigint[] } {
    const killed = ids.filter((id) => this.cursors.delete(id));
    return { killed, notFound: ids.filter((id) => !killed.includes(id)) };
  }

  clear(): void {
    this.cursors.clear();
  }
}

/** Up to `batchSize` documents, and never more bytes than one reply can carry. */
function takeBatch(cursor: OpenCursor, batchSize: number): Document[] {
  const batch: Document[] = [];
  let bytes = 0;
  while (batch.length < batchSize && cursor.position < cursor.documents.length) {
    const document = cursor.documents[cursor.position] as Document;
    const size = calculateObjectSize(document);
    if (batch.length > 0 && bytes + size > BATCH_BYTE_BUDGET) break;
    batch.push(document);
    bytes += size;
    cursor.position += 1;
  }
  return batch;
}
