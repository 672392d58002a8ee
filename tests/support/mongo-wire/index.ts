/**
 * A small MongoDB wire-protocol server for tests, so the official `mongodb` driver can run the
 * store contract suite where no mongod can be installed. Built on `bson` (encoding) and `mingo`
 * (query, update and aggregation evaluation); everything lives in memory.
 *
 * What it emulates (as a standalone mongod 7.0, wire version 21, on 127.0.0.1):
 * - Framing: OP_MSG with body and document-sequence sections (moreToCome honoured, checksum
 *   accepted but not verified) and the legacy OP_QUERY handshake answered with OP_REPLY.
 *   Malformed bytes close that one connection.
 * - Handshake/admin: hello, isMaster/ismaster, ping, buildInfo, serverStatus, getParameter,
 *   endSessions and friends; unknown commands fail with CommandNotFound (59).
 * - CRUD: insert, find (filter, sort, projection, skip, limit, batchSize, singleBatch) with
 *   getMore/killCursors, update (operators via mingo plus $setOnInsert, replacements, pipelines,
 *   upsert, multi, arrayFilters), delete, findAndModify, count, distinct, aggregate (mingo stages,
 *   `$lookup` within one database).
 * - Namespaces: create, drop, dropDatabase, listCollections, listDatabases, dbStats.
 * - Indexes: createIndexes, listIndexes, dropIndexes. `_id` and `unique: true` indexes (single,
 *   compound, multikey, sparse, partialFilterExpression; missing fields key as null) are enforced
 *   on insert, update, upsert and findAndModify with mongod's E11000 error (keyPattern, keyValue).
 * - Atomicity: commands run synchronously one at a time, so each command is atomic (stronger than
 *   mongod, where only single-document writes are).
 *
 * What it does NOT emulate:
 * - Authentication, TLS, compression, the streaming (exhaust) hello protocol.
 * - Replica sets and sharding: no elections, oplog, read preference, `$clusterTime`, retryable
 *   writes; write and read concerns are accepted and ignored.
 * - Transactions (rejected with IllegalOperation, as on a standalone) and change streams.
 * - Query planning: every query is a linear scan; non-unique indexes are stored and listed only.
 *   No TTL expiry, text, geo, wildcard or hashed index behaviour, no hint, no explain.
 * - Collation, `$where`/`$function` (no JavaScript), `$out`/`$merge`, many aggregation edge cases
 *   (mingo's semantics apply), exact error codes for most invalid operators (BadValue is used).
 * - Type fidelity: numbers are JavaScript numbers, so a double with an integral value comes back
 *   as int32 and int64 values beyond 2^53 stay Long objects that operators do not understand.
 * - Collection options (capped, validators, time series), views, and size limits beyond 16 MiB
 *   per document and per reply batch.
 * - Commands not listed above (renameCollection, collMod, validate, currentOp, explain, users and
 *   roles, ...) fail with CommandNotFound.
 * - Performance characteristics: everything is in memory and single-threaded; cursors never time out.
 */
export { startMongoWireServer, type MongoWireServer, type MongoWireServerOptions } from './server';
export type { CommandEvent } from './connection-handler';
