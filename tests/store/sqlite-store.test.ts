import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { COLLECTION_SPECS } from '../../src/store/schema';
import { CONTRACT_COLLECTIONS, documentStoreContract } from '../contracts/document-store.contract';
import { repositoriesContract } from '../contracts/repositories.contract';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-contract-'));
let counter = 0;

async function open(): Promise<SqliteStore> {
  counter += 1;
  const store = new SqliteStore(path.join(directory, `store-${counter}.sqlite`));
  await store.init([...COLLECTION_SPECS, ...CONTRACT_COLLECTIONS]);
  return store;
}

afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('SQLite store: document contract', () => documentStoreContract(open));
describe('SQLite store: repositories contract', () => repositoriesContract(open));

test('one file under the data directory, in WAL mode', async () => {
  const file = path.join(directory, 'wal-check.sqlite');
  const store = new SqliteStore(file);
  await store.init(COLLECTION_SPECS);
  await store.collection('settings').insert({ id: 'x' });
  expect(fs.existsSync(`${file}-wal`)).toBe(true);
  await store.close();
});
