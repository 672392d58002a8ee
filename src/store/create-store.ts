import type { Config } from '../config';
import { MongoStore } from './mongo/mongo-store';
import type { DocumentStore } from './port';
import { COLLECTION_SPECS } from './schema';
import { SqliteStore } from './sqlite/sqlite-store';

/** Builds the configured store and creates its collections and indexes. */
export async function createStore(config: Config['store']): Promise<DocumentStore> {
  const store = config.kind === 'mongodb' ? new MongoStore(config.uri, config.database) : new SqliteStore(config.file);
  try {
    await store.init(COLLECTION_SPECS);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
