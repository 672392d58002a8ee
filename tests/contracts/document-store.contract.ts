import { AppError } from '../../src/errors';
import type { CollectionSpec, DocumentStore } from '../../src/store/port';

interface Item {
  id: string;
  kind: string;
  rank: number;
  owner?: string | null;
  done?: boolean;
  nested?: { a: number };
}

export const CONTRACT_COLLECTIONS: CollectionSpec[] = [
  { name: 'items', indexes: [{ fields: ['kind', 'rank'] }, { fields: ['owner'] }] },
  { name: 'uniques', indexes: [{ fields: ['channel', 'key'], unique: true }] },
];

/**
 * The store port's contract: every adapter passes it unchanged. `open` returns a store whose collections are empty
 * and initialised with CONTRACT_COLLECTIONS.
 */
export function documentStoreContract(open: () => Promise<DocumentStore>): void {
  let store: DocumentStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  const seed = async () => {
    const items = store.collection<Item>('items');
    await items.insert({ id: 'a', kind: 'x', rank: 3, owner: 'o1', done: false, nested: { a: 1 } });
    await items.insert({ id: 'b', kind: 'x', rank: 1, owner: null, done: true });
    await items.insert({ id: 'c', kind: 'y', rank: 2 });
    await items.insert({ id: 'd', kind: 'x', rank: 2, owner: 'o2', done: false });
    return items;
  };

  test('insert, get, and a second insert of the same id is refused', async () => {
    const items = store.collection<Item>('items');
    expect(await items.insert({ id: 'a', kind: 'x', rank: 1, nested: { a: 2 } })).toBe(true);
    expect(await items.insert({ id: 'a', kind: 'other', rank: 9 })).toBe(false);
    expect(await items.get('a')).toEqual({ id: 'a', kind: 'x', rank: 1, nested: { a: 2 } });
    expect(await items.get('missing')).toBeNull();
  });

  test('a unique compound index refuses a duplicate key and nothing else', async () => {
    const uniques = store.collection<{ id: string; channel: string; key: string }>('uniques');
    expect(await uniques.insert({ id: '1', channel: 'sms', key: 'k1' })).toBe(true);
    expect(await uniques.insert({ id: '2', channel: 'sms', key: 'k1' })).toBe(false);
    expect(await uniques.insert({ id: '3', channel: 'email', key: 'k1' })).toBe(true);
    expect(await uniques.count({})).toBe(2);
  });

  test('put inserts or replaces the whole document', async () => {
    const items = store.collection<Item>('items');
    await items.put({ id: 'p', kind: 'x', rank: 1, owner: 'o' });
    await items.put({ id: 'p', kind: 'y', rank: 2 });
    expect(await items.get('p')).toEqual({ id: 'p', kind: 'y', rank: 2 });
  });

  test('undefined fields are not stored', async () => {
    const items = store.collection<Item>('items');
    await items.insert({ id: 'u', kind: 'x', rank: 1, owner: undefined });
    expect(Object.keys((await items.get('u'))!).sort()).toEqual(['id', 'kind', 'rank']);
  });

  test('find: equality, null matches a missing field, booleans, operators', async () => {
    const items = await seed();
    const ids = async (filter: Parameters<typeof items.find>[0]) => (await items.find(filter, { sort: { id: 1 } })).map((item) => item.id);
    expect(await ids({ kind: 'x' })).toEqual(['a', 'b', 'd']);
    expect(await ids({ owner: null })).toEqual(['b', 'c']);
    expect(await ids({ owner: { $ne: null } })).toEqual(['a', 'd']);
    expect(await ids({ owner: { $ne: 'o1' } })).toEqual(['b', 'c', 'd']);
    expect(await ids({ done: true })).toEqual(['b']);
    expect(await ids({ done: false })).toEqual(['a', 'd']);
    expect(await ids({ owner: { $in: ['o2', null] } })).toEqual(['b', 'c', 'd']);
    expect(await ids({ owner: { $in: [] } })).toEqual([]);
    expect(await ids({ rank: { $gte: 2, $lt: 3 } })).toEqual(['c', 'd']);
    expect(await ids({ rank: { $gt: 2 } })).toEqual(['a']);
    expect(await ids({ id: { $gt: 'b' } })).toEqual(['c', 'd']);
    expect(await ids({ kind: 'x', rank: { $lte: 2 } })).toEqual(['b', 'd']);
  });

  test('find: sort on several fields, limit, skip; count', async () => {
    const items = await seed();
    const sorted = await items.find({}, { sort: { kind: 1, rank: -1 } });
    expect(sorted.map((item) => item.id)).toEqual(['a', 'd', 'b', 'c']);
    expect((await items.find({}, { sort: { rank: 1, id: 1 }, limit: 2 })).map((item) => item.id)).toEqual(['b', 'c']);
    expect((await items.find({}, { sort: { rank: 1, id: 1 }, skip: 1, limit: 2 })).map((item) => item.id)).toEqual(['c', 'd']);
    expect((await items.find({}, { sort: { rank: 1, id: 1 }, skip: 3 })).map((item) => item.id)).toEqual(['a']);
    expect(await items.count({ kind: 'x' })).toBe(3);
    expect((await items.findOne({ kind: 'x' }, { sort: { rank: 1 } }))?.id).toBe('b');
    expect(await items.findOne({ kind: 'none' })).toBeNull();
  });

  test('updateMany sets and increments every match and returns how many matched', async () => {
    const items = await seed();
    expect(await items.updateMany({ kind: 'x' }, { set: { owner: 'z' }, inc: { rank: 10 } })).toBe(3);
    expect((await items.get('b'))?.rank).toBe(11);
    expect((await items.get('b'))?.owner).toBe('z');
    expect((await items.get('c'))?.owner).toBeUndefined();
    expect(await items.updateMany({ kind: 'none' }, { set: { owner: 'z' } })).toBe(0);
  });

  test('updateOne is a compare-and-set on the first match in sort order', async () => {
    const items = await seed();
    const first = await items.updateOne({ kind: 'x', done: false }, { set: { done: true } }, { sort: { rank: 1 } });
    expect(first?.id).toBe('d');
    expect(first?.done).toBe(true);
    expect(await items.updateOne({ id: 'd', done: false }, { set: { owner: 'late' } })).toBeNull();
    expect((await items.get('d'))?.owner).toBe('o2');
    const incremented = await items.updateOne({ id: 'c' }, { inc: { rank: 5 } });
    expect(incremented?.rank).toBe(7);
    expect((await items.updateOne({ id: 'a' }, {}))?.id).toBe('a');
  });

  test('an update that would duplicate a unique key fails with a conflict and changes nothing', async () => {
    const uniques = store.collection<{ id: string; channel: string; key: string }>('uniques');
    await uniques.insert({ id: '1', channel: 'sms', key: 'k1' });
    await uniques.insert({ id: '2', channel: 'sms', key: 'k2' });
    await expect(uniques.updateOne({ id: '2' }, { set: { key: 'k1' } })).rejects.toMatchObject({ code: 'conflict' });
    await expect(uniques.updateMany({ id: '2' }, { set: { key: 'k1' } })).rejects.toBeInstanceOf(AppError);
    expect((await uniques.get('2'))?.key).toBe('k2');
  });

  test('deleteMany removes the matches only', async () => {
    const items = await seed();
    expect(await items.deleteMany({ kind: 'x', owner: { $ne: null } })).toBe(2);
    expect((await items.find({}, { sort: { id: 1 } })).map((item) => item.id)).toEqual(['b', 'c']);
  });

  test('concurrent claimers each get a different document, and every document is claimed once', async () => {
    const items = store.collection<Item>('items');
    for (let index = 0; index < 30; index += 1) await items.insert({ id: `t${String(index).padStart(2, '0')}`, kind: 'task', rank: index, owner: null });
    const claimed: string[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, worker) => {
        for (let round = 0; round < 10; round += 1) {
          const claim = await items.updateOne({ kind: 'task', owner: null }, { set: { owner: `w${worker}` } }, { sort: { rank: 1 } });
          if (!claim) return;
          claimed.push(claim.id);
        }
      }),
    );
    expect(claimed).toHaveLength(30);
    expect(new Set(claimed).size).toBe(30);
    expect(await items.count({ owner: null })).toBe(0);
  });

  test('init is idempotent and ping answers', async () => {
    await store.init(CONTRACT_COLLECTIONS);
    await expect(store.ping()).resolves.toBeUndefined();
  });
}
