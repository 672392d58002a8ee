import { randomBytes } from 'node:crypto';
import { MongoStore } from '../../src/store/mongo/mongo-store';
import { COLLECTION_SPECS } from '../../src/store/schema';
import { CONTRACT_COLLECTIONS, documentStoreContract } from '../contracts/document-store.contract';
import { repositoriesContract } from '../contracts/repositories.contract';
import { startMongoWireServer, type MongoWireServer } from '../support/mongo-wire';

/**
 * The MongoDB adapter against the wire-protocol test server (always), and against a real MongoDB when MONGODB_URI is
 * set. Each test gets a fresh database, so nothing depends on another test's leftovers.
 */
let server: MongoWireServer;
beforeAll(async () => {
  server = await startMongoWireServer();
});
afterAll(async () => {
  await server.close();
});

function opener(uri: () => string) {
  return async () => {
    const store = new MongoStore(uri(), `contract_${randomBytes(6).toString('hex')}`, { serverSelectionTimeoutMS: 3000 });
    await store.init([...COLLECTION_SPECS, ...CONTRACT_COLLECTIONS]);
    return store;
  };
}

describe('MongoDB store (wire-protocol test server): document contract', () => documentStoreContract(opener(() => server.uri)));
describe('MongoDB store (wire-protocol test server): repositories contract', () => repositoriesContract(opener(() => server.uri)));

const realUri = process.env.MONGODB_URI;
(realUri ? describe : describe.skip)('MongoDB store (real server from MONGODB_URI): document contract', () =>
  documentStoreContract(opener(() => realUri!)),
);
(realUri ? describe : describe.skip)('MongoDB store (real server from MONGODB_URI): repositories contract', () =>
  repositoriesContract(opener(() => realUri!)),
);
if (!realUri) {
  test('real MongoDB contract runs only when MONGODB_URI is set', () => {
    console.info('MONGODB_URI is not set: the MongoDB contract ran against the wire-protocol test server only.');
  });
}
