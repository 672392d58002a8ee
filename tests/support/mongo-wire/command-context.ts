import type { Document } from 'bson';
import type { CursorRegistry } from './cursor-registry';
import type { DatabaseStore } from './database-store';

/** Everything a command handler may use. Handlers are synchronous, so each command is atomic. */
export interface CommandContext {
  readonly store: DatabaseStore;
  readonly cursors: CursorRegistry;
  /** The database the command runs against (`$db`). */
  readonly database: string;
  readonly connectionId: number;
  readonly remoteAddress: string;
  readonly startedAt: Date;
  readonly openConnections: () => number;
}

/** Returns the reply fields; `ok: 1` is appended by the dispatcher. */
export type CommandHandler = (command: Document, context: CommandContext) => Document;

/** Fields any command may carry that are not options of the command itself. */
export const GENERIC_ARGUMENTS: ReadonlySet<string> = new Set([
  '$db',
  '$clusterTime',
  '$readPreference',
  'lsid',
  'txnNumber',
  'autocommit',
  'startTransaction',
  'readConcern',
  'writeConcern',
  'comment',
  'maxTimeMS',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);

/** The per-connection part of the context; the dispatcher adds the command's database. */
export type CommandEnvironment = Omit<CommandContext, 'database'>;
