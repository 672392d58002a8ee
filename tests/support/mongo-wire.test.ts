import { connect, type Socket } from 'node:net';
import { deserialize, serialize } from 'bson';
import { MongoBulkWriteError, MongoClient, MongoServerError, type Db } from 'mongodb';
import { startMongoWireServer, type CommandEvent, type MongoWireServer } from './mongo-wire';

let server: MongoWireServer;
let client: MongoClient;
let db: Db;
const events: CommandEvent[] = [];

beforeAll(async () => {
  server = await startMongoWireServer({ onCommand: (event) => events.push(event) });
  client = new MongoClient(server.uri, { serverSelectionTimeoutMS: 2000, maxPoolSize: 25 });
  await client.connect();
  db = client.db('wire_test');
});

afterEach(() => server.reset());

afterAll(async () => {
  await client.close();
  await server.close();
});

function expectServerError(error: unknown, code: number): MongoServerError {
  expect(error).toBeInstanceOf(MongoServerError);
  expect((error as MongoServerError).code).toBe(code);
  return error as MongoServerError;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the operation to fail');
    },
    (error: unknown) => error,
  );
}

describe('handshake and admin', () => {
  test('the driver connects with a legacy OP_QUERY hello, then speaks OP_MSG', async () => {
    expect(server.uri).toBe(`mongodb://127.0.0.1:${server.port}/?directConnection=true`);
    await expect(db.command({ ping: 1 })).resolves.toEqual({ ok: 1 });
    const handshake = events[0];
    expect(handshake?.opCode).toBe('OP_QUERY');
    expect(handshake?.database).toBe('admin');
    expect(handshake?.command).toMatchObject({ ismaster: 1, helloOk: true });
    expect(handshake?.reply).toMatchObject({ ok: 1, ismaster: true, helloOk: true, maxWireVersion: 21 });
    expect(events.find((event) => event.commandName === 'ping')?.opCode).toBe('OP_MSG');
  });

  test('command errors are well formed', async () => {
    const collection = db.collection<{ _id: number; a: number }>('errors');
    await collection.insertOne({ _id: 1, a: 1 });
    const badQuery = expectServerError(await rejection(collection.findOne({ a: { $frob: 1 } })), 2);
    expect(badQuery.codeName).toBe('BadValue');
    expectServerError(await rejection(collection.updateOne({}, { $frob: { a: 1 } } as never) /* deliberately invalid */), 9);
    expectServerError(await rejection(collection.updateOne({}, { $set: { _id: 2 } })), 66);
    await expect(collection.updateOne({}, { $set: { _id: 1, a: 2 } })).resolves.toMatchObject({ modifiedCount: 1 });
    expectServerError(await rejection(collection.aggregate([{ $out: 'elsewhere' }]).toArray()), 238);
    expectServerError(await rejection(db.collection('missing').indexes()), 26);
  });

  test('hello, buildInfo and unknown commands', async () => {
    const hello = await db.admin().command({ hello: 1 });
    expect(hello).toMatchObject({ isWritablePrimary: true, minWireVersion: 0, maxWireVersion: 21, ok: 1 });
    expect(hello.setName).toBeUndefined();
    expect(await db.admin().command({ buildInfo: 1 })).toMatchObject({ version: '7.0.0' });
    const error = expectServerError(await rejection(db.command({ frobnicate: 1 })), 59);
    expect(error.codeName).toBe('CommandNotFound');
  });
});

describe('CRUD', () => {
  test('insertOne, insertMany and find with sort, limit, skip and projection', async () => {
    const people = db.collection('people');
    const { insertedId } = await people.insertOne({ name: 'ada', age: 36, city: 'london' });
    await people.insertMany([
      { name: 'bob', age: 25, city: 'paris' },
      { name: 'cy', age: 41, city: 'rome' },
      { name: 'di', age: 30, city: 'paris' },
    ]);
    expect(typeof insertedId.toHexString()).toBe('string');
    const found = await people.find({ age: { $gte: 26 } }, { sort: { age: -1 }, limit: 2, projection: { _id: 0, name: 1 } }).toArray();
    expect(found).toEqual([{ name: 'cy' }, { name: 'ada' }]);
    const skipped = await people.find({}, { sort: { name: 1 }, skip: 1, limit: 2, projection: { city: 0 } }).toArray();
    expect(skipped.map((person) => person.name)).toEqual(['bob', 'cy']);
    expect(Object.keys(skipped[0] ?? {})).toEqual(['_id', 'name', 'age']);
    expect(await people.findOne({ name: 'di' })).toMatchObject({ city: 'paris' });
  });

  test('cursors page with getMore past the 101-document first batch, and close with killCursors', async () => {
    const items = db.collection('items');
    await items.insertMany(Array.from({ length: 250 }, (_, index) => ({ index })));
    const all = await items.find({}, { sort: { index: 1 } }).toArray();
    expect(all.map((item) => item.index)).toEqual(Array.from({ length: 250 }, (_, index) => index));
    expect(events.some((event) => event.commandName === 'getMore')).toBe(true);
    const cursor = items.find({}, { batchSize: 10 });
    await cursor.next();
    await cursor.close();
    const kill = events.filter((event) => event.commandName === 'killCursors').at(-1);
    expect(kill?.reply).toMatchObject({ ok: 1, cursorsNotFound: [] });
  });

  test('updateOne with $set/$inc, upsert with $setOnInsert, updateMany and replaceOne', async () => {
    interface Counter {
      _id: string;
      hits?: number;
      tags?: string[];
      label?: string;
      kind?: string;
      createdBy?: string;
      replaced?: boolean;
    }
    const counters = db.collection<Counter>('counters');
    await counters.insertOne({ _id: 'a', hits: 1, tags: ['x'] });
    const updated = await counters.updateOne({ _id: 'a' }, { $inc: { hits: 2 }, $set: { label: 'A' }, $push: { tags: 'y' } });
    expect(updated).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    const unchanged = await counters.updateOne({ _id: 'a' }, { $set: { label: 'A' } });
    expect(unchanged).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
    const upserted = await counters.updateOne(
      { _id: 'b', kind: 'page' },
      { $inc: { hits: 1 }, $setOnInsert: { createdBy: 'test' } },
      { upsert: true },
    );
    expect(upserted).toMatchObject({ matchedCount: 0, upsertedCount: 1, upsertedId: 'b' });
    expect(await counters.findOne({ _id: 'b' })).toEqual({ _id: 'b', kind: 'page', hits: 1, createdBy: 'test' });
    expect(await counters.findOne({ _id: 'a' })).toEqual({ _id: 'a', hits: 3, tags: ['x', 'y'], label: 'A' });
    expect(await counters.updateMany({}, { $max: { hits: 2 } })).toMatchObject({ matchedCount: 2, modifiedCount: 1 });
    await counters.replaceOne({ _id: 'b' }, { replaced: true });
    expect(await counters.findOne({ _id: 'b' })).toEqual({ _id: 'b', replaced: true });
  });

  test('findOneAndUpdate honours sort, returnDocument after and upsert', async () => {
    const jobs = db.collection('jobs');
    await jobs.insertMany([
      { name: 'late', priority: 1, state: 'open' },
      { name: 'urgent', priority: 9, state: 'open' },
    ]);
    const claimed = await jobs.findOneAndUpdate(
      { state: 'open' },
      { $set: { state: 'taken' } },
      { sort: { priority: -1 }, returnDocument: 'after' },
    );
    expect(claimed).toMatchObject({ name: 'urgent', state: 'taken' });
    const before = await jobs.findOneAndUpdate({ name: 'late' }, { $set: { state: 'done' } });
    expect(before).toMatchObject({ state: 'open' });
    const created = await jobs.findOneAndUpdate(
      { name: 'new' },
      { $set: { state: 'open' } },
      { upsert: true, returnDocument: 'after', projection: { _id: 0 } },
    );
    expect(created).toEqual({ name: 'new', state: 'open' });
    expect(await jobs.findOneAndUpdate({ name: 'absent' }, { $set: { state: 'x' } })).toBeNull();
    expect(await jobs.findOneAndDelete({ name: 'late' })).toMatchObject({ state: 'done' });
  });

  test('deleteMany, deleteOne, countDocuments, estimatedDocumentCount and distinct', async () => {
    const log = db.collection('log');
    await log.insertMany(Array.from({ length: 12 }, (_, index) => ({ index, even: index % 2 === 0, kind: ['a', 'b', 'c'][index % 3] })));
    expect(await log.countDocuments({ even: true })).toBe(6);
    expect(await log.countDocuments({}, { skip: 2, limit: 5 })).toBe(5);
    expect((await log.deleteMany({ even: true })).deletedCount).toBe(6);
    expect((await log.deleteOne({})).deletedCount).toBe(1);
    expect(await log.estimatedDocumentCount()).toBe(5);
    expect((await log.distinct('kind')).sort()).toEqual(['a', 'b', 'c']);
  });

  test('aggregate with $match, $group, $sort, $lookup and $unwind', async () => {
    await db.collection('orders').insertMany([
      { customer: 'c1', total: 10 },
      { customer: 'c2', total: 5 },
      { customer: 'c1', total: 7 },
    ]);
    await db.collection<{ _id: string; name: string }>('customers').insertMany([{ _id: 'c1', name: 'Ada' }, { _id: 'c2', name: 'Bob' }]);
    const totals = await db
      .collection('orders')
      .aggregate([{ $match: { total: { $gt: 1 } } }, { $group: { _id: '$customer', sum: { $sum: '$total' } } }, { $sort: { sum: -1 } }])
      .toArray();
    expect(totals).toEqual([{ _id: 'c1', sum: 17 }, { _id: 'c2', sum: 5 }]);
    const joined = await db
      .collection('orders')
      .aggregate([
        { $lookup: { from: 'customers', localField: 'customer', foreignField: '_id', as: 'who' } },
        { $unwind: '$who' },
        { $project: { _id: 0, name: '$who.name', total: 1 } },
        { $sort: { total: 1 } },
      ])
      .toArray();
    expect(joined).toEqual([{ total: 5, name: 'Bob' }, { total: 7, name: 'Ada' }, { total: 10, name: 'Ada' }]);
  });

  test('w:0 writes arrive with moreToCome and get no reply', async () => {
    await db.collection('fire').insertOne({ forgotten: true }, { writeConcern: { w: 0 } });
    await expect(db.collection('fire').countDocuments()).resolves.toBe(1);
    expect(events.find((event) => event.commandName === 'insert' && event.command.insert === 'fire')?.replied).toBe(false);
  });
});

describe('unique indexes', () => {
  test('a compound unique index rejects duplicates from insertOne and unordered insertMany', async () => {
    const accounts = db.collection('accounts');
    expect(await accounts.createIndex({ tenant: 1, email: 1 }, { unique: true })).toBe('tenant_1_email_1');
    await accounts.insertOne({ tenant: 't1', email: 'a@x' });
    const single = expectServerError(await rejection(accounts.insertOne({ tenant: 't1', email: 'a@x' })), 11000);
    expect(single.message).toContain('index: tenant_1_email_1 dup key: { tenant: "t1", email: "a@x" }');
    expect(single.keyPattern).toEqual({ tenant: 1, email: 1 });
    expect(single.keyValue).toEqual({ tenant: 't1', email: 'a@x' });
    await accounts.insertOne({ tenant: 't2', email: 'a@x' });

    const batch = [{ tenant: 't3', email: 'b@x' }, { tenant: 't1', email: 'a@x' }, { tenant: 't3', email: 'c@x' }, { tenant: 't3', email: 'b@x' }];
    const error = await rejection(accounts.insertMany(batch, { ordered: false }));
    expect(error).toBeInstanceOf(MongoBulkWriteError);
    const bulk = error as MongoBulkWriteError;
    expect(bulk.code).toBe(11000);
    expect(bulk.insertedCount).toBe(2);
    const writeErrors = Array.isArray(bulk.writeErrors) ? bulk.writeErrors : [bulk.writeErrors];
    expect(writeErrors.map((writeError) => writeError.index)).toEqual([1, 3]);
    expect(writeErrors.map((writeError) => writeError.code)).toEqual([11000, 11000]);
    expect(await accounts.countDocuments()).toBe(4);

    const ordered = await rejection(accounts.insertMany([{ tenant: 't4', email: 'z' }, { tenant: 't4', email: 'z' }, { tenant: 't4', email: 'y' }]));
    expect((ordered as MongoBulkWriteError).insertedCount).toBe(1);
    expect(await accounts.countDocuments({ tenant: 't4' })).toBe(1);
  });

  test('_id is always unique', async () => {
    const ids = db.collection<{ _id: string }>('ids');
    await ids.insertOne({ _id: 'same' });
    const error = expectServerError(await rejection(ids.insertOne({ _id: 'same' })), 11000);
    expect(error.message).toContain('index: _id_ dup key: { _id: "same" }');
  });

  test('updates, upserts and findOneAndUpdate cannot create duplicates and change nothing when rejected', async () => {
    const users = db.collection('users');
    await users.createIndex({ email: 1 }, { unique: true });
    await users.insertMany([{ name: 'a', email: 'a@x' }, { name: 'b', email: 'b@x' }]);
    expectServerError(await rejection(users.updateOne({ name: 'b' }, { $set: { email: 'a@x' } })), 11000);
    expectServerError(await rejection(users.updateOne({ name: 'c' }, { $set: { email: 'a@x' } }, { upsert: true })), 11000);
    const viaFindAndModify = expectServerError(await rejection(users.findOneAndUpdate({ name: 'b' }, { $set: { email: 'a@x' } })), 11000);
    expect(viaFindAndModify.keyValue).toEqual({ email: 'a@x' });
    expectServerError(await rejection(users.findOneAndUpdate({ name: 'z' }, { $set: { email: 'b@x' } }, { upsert: true })), 11000);
    expect(await users.find({}, { projection: { _id: 0 }, sort: { name: 1 } }).toArray()).toEqual([
      { name: 'a', email: 'a@x' },
      { name: 'b', email: 'b@x' },
    ]);
  });

  test('missing fields index as null unless sparse; partial indexes only cover matching documents', async () => {
    const plain = db.collection('plain');
    await plain.createIndex({ code: 1 }, { unique: true });
    await plain.insertOne({ other: 1 });
    const nullError = expectServerError(await rejection(plain.insertOne({ other: 2 })), 11000);
    expect(nullError.keyValue).toEqual({ code: null });

    const sparse = db.collection('sparse');
    await sparse.createIndex({ code: 1 }, { unique: true, sparse: true });
    await sparse.insertMany([{ other: 1 }, { other: 2 }, { code: 'x' }]);
    expectServerError(await rejection(sparse.insertOne({ code: 'x' })), 11000);

    const claims = db.collection('claims');
    await claims.createIndex({ conversation: 1 }, { unique: true, partialFilterExpression: { active: true }, name: 'one_active' });
    await claims.insertMany([{ conversation: 'c1', active: false }, { conversation: 'c1', active: false }, { conversation: 'c1', active: true }]);
    const partial = expectServerError(await rejection(claims.insertOne({ conversation: 'c1', active: true })), 11000);
    expect(partial.message).toContain('index: one_active');
    expectServerError(await rejection(claims.updateOne({ active: false }, { $set: { active: true } })), 11000);
  });

  test('listIndexes shows _id_ and created specs; dropIndex removes the constraint', async () => {
    const tickets = db.collection('tickets');
    await tickets.createIndex({ ref: 1 }, { unique: true });
    await tickets.createIndex({ createdAt: -1 });
    expect(await tickets.createIndex({ ref: 1 }, { unique: true })).toBe('ref_1');
    const indexes = await tickets.listIndexes().toArray();
    expect(indexes).toEqual([
      { v: 2, key: { _id: 1 }, name: '_id_' },
      { v: 2, key: { ref: 1 }, name: 'ref_1', unique: true },
      { v: 2, key: { createdAt: -1 }, name: 'createdAt_-1' },
    ]);
    await tickets.dropIndex('ref_1');
    await tickets.insertMany([{ ref: 1 }, { ref: 1 }]);
    expectServerError(await rejection(tickets.createIndex({ ref: 1 }, { unique: true })), 11000);
  });
});

describe('namespaces and isolation', () => {
  test('collections and databases can be listed and dropped; reset empties everything', async () => {
    await db.createCollection('explicit');
    await db.createCollection('explicit');
    await db.collection('implicit').insertOne({ a: 1 });
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((entry) => entry.name).sort();
    expect(names).toEqual(['explicit', 'implicit']);
    expect((await client.db('admin').admin().listDatabases()).databases.map((entry) => entry.name)).toContain('wire_test');
    expect(await db.collection('explicit').drop()).toBe(true);
    expect(await db.collection('never').drop()).toBe(true);
    await client.db('other_db').collection('x').insertOne({ b: 1 });
    expect(await db.collection('x').countDocuments()).toBe(0);
    server.reset();
    expect(await client.db('other_db').collection('x').countDocuments()).toBe(0);
  });

  test('two clients see the same data', async () => {
    const second = new MongoClient(server.uri, { serverSelectionTimeoutMS: 2000 });
    try {
      await db.collection('shared').insertOne({ from: 'first' });
      expect(await second.db('wire_test').collection('shared').findOne({}, { projection: { _id: 0 } })).toEqual({ from: 'first' });
      await second.db('wire_test').collection('shared').insertOne({ from: 'second' });
      expect(await db.collection('shared').countDocuments()).toBe(2);
    } finally {
      await second.close();
    }
  });

  test('findOneAndUpdate is atomic: 20 concurrent claimers take each document exactly once', async () => {
    const queue = db.collection('queue');
    const total = 60;
    await queue.insertMany(Array.from({ length: total }, (_, index) => ({ index, owner: null })));
    const claimer = async (worker: number): Promise<number[]> => {
      const taken: number[] = [];
      for (let attempt = 0; attempt < total + 1; attempt += 1) {
        const claimed = await queue.findOneAndUpdate({ owner: null }, { $set: { owner: worker } }, { returnDocument: 'after' });
        if (!claimed) break;
        taken.push(claimed.index as number);
      }
      return taken;
    };
    const eventsBefore = events.length;
    const results = await Promise.all(Array.from({ length: 20 }, (_, worker) => claimer(worker)));
    const connections = new Set(events.slice(eventsBefore).filter((event) => event.commandName === 'findAndModify').map((event) => event.connectionId));
    expect(connections.size).toBeGreaterThan(1);
    const claimed = results.flat().sort((left, right) => left - right);
    expect(claimed).toEqual(Array.from({ length: total }, (_, index) => index));
    expect(await queue.countDocuments({ owner: null })).toBe(0);
  });
});

describe('protocol robustness', () => {
  function sendRaw(bytes: Buffer): Promise<{ closed: boolean; received: Buffer }> {
    return new Promise((resolve) => {
      const socket: Socket = connect(server.port, '127.0.0.1');
      const chunks: Buffer[] = [];
      const finish = (closed: boolean): void => {
        clearTimeout(timer);
        socket.destroy();
        resolve({ closed, received: Buffer.concat(chunks) });
      };
      const timer = setTimeout(() => finish(false), 1000);
      socket.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        const received = Buffer.concat(chunks);
        if (received.length >= 4 && received.length >= received.readInt32LE(0)) finish(false);
      });
      socket.on('close', () => finish(true));
      socket.on('error', () => finish(true));
      socket.on('connect', () => socket.write(bytes));
    });
  }

  function opMsg(flags: number, document: object, trailer = Buffer.alloc(0)): Buffer {
    const body = serialize(document);
    const head = Buffer.alloc(21);
    const length = head.length + body.length + trailer.length;
    head.writeInt32LE(length, 0);
    head.writeInt32LE(7, 4);
    head.writeInt32LE(2013, 12);
    head.writeUInt32LE(flags, 16);
    return Buffer.concat([head, body, trailer]);
  }

  test('garbage and malformed frames close that connection and the server keeps serving', async () => {
    expect((await sendRaw(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'))).closed).toBe(true);
    const badBson = opMsg(0, { ping: 1, $db: 'x' });
    badBson.writeInt32LE(9999, 21);
    expect((await sendRaw(badBson)).closed).toBe(true);
    const unknownOpCode = Buffer.alloc(16);
    unknownOpCode.writeInt32LE(16, 0);
    unknownOpCode.writeInt32LE(1234, 12);
    expect((await sendRaw(unknownOpCode)).closed).toBe(true);
    await expect(db.command({ ping: 1 })).resolves.toEqual({ ok: 1 });
  });

  function opQuery(namespace: string, document: object): Buffer {
    const name = Buffer.from(`${namespace}\0`, 'utf8');
    const body = serialize(document);
    const head = Buffer.alloc(20);
    const counts = Buffer.alloc(8);
    const length = head.length + name.length + counts.length + body.length;
    head.writeInt32LE(length, 0);
    head.writeInt32LE(9, 4);
    head.writeInt32LE(2004, 12);
    return Buffer.concat([head, name, counts, body]);
  }

  test('legacy OP_QUERY gets OP_REPLY, for the handshake only', async () => {
    const handshake = await sendRaw(opQuery('admin.$cmd', { isMaster: 1 }));
    expect(handshake.received.readInt32LE(8)).toBe(9);
    expect(handshake.received.readInt32LE(12)).toBe(1);
    expect(deserialize(handshake.received.subarray(36))).toMatchObject({ ismaster: true, ok: 1 });
    const other = await sendRaw(opQuery('admin.$cmd', { ping: 1 }));
    expect(deserialize(other.received.subarray(36))).toMatchObject({ ok: 0, code: 352 });
  });

  test('a checksummed OP_MSG is answered and one without $db gets a command error', async () => {
    const withChecksum = await sendRaw(opMsg(1, { ping: 1, $db: 'admin' }, Buffer.alloc(4)));
    expect(withChecksum.received.readInt32LE(8)).toBe(7);
    expect(withChecksum.received.readInt32LE(12)).toBe(2013);
    const withoutDatabase = await sendRaw(opMsg(0, { ping: 1 }));
    expect(withoutDatabase.received.length).toBeGreaterThan(21);
    expect(withoutDatabase.received.toString('latin1')).toContain('OP_MSG requests require a $db argument');
  });
});
