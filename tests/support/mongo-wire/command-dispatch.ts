import type { Document } from 'bson';
import type { CommandEnvironment, CommandHandler } from './command-context';
import { FIND_AND_MODIFY_COMMANDS } from './commands/find-and-modify-command';
import { HANDSHAKE_COMMANDS } from './commands/handshake-commands';
import { INDEX_COMMANDS } from './commands/index-commands';
import { NAMESPACE_COMMANDS } from './commands/namespace-commands';
import { READ_COMMANDS } from './commands/read-commands';
import { WRITE_COMMANDS } from './commands/write-commands';
import { assertValidDatabaseName } from './database-store';
import { CommandError, errorReply } from './errors';
import type { IncomingRequest } from './message-codec';
import { OP_QUERY } from './op-codes';

const HANDLERS: ReadonlyMap<string, CommandHandler> = new Map(
  Object.entries({
    ...HANDSHAKE_COMMANDS,
    ...READ_COMMANDS,
    ...WRITE_COMMANDS,
    ...FIND_AND_MODIFY_COMMANDS,
    ...NAMESPACE_COMMANDS,
    ...INDEX_COMMANDS,
  }),
);

/** Since MongoDB 5.1/6.0 only the handshake may still use OP_QUERY; everything else must be OP_MSG. */
const OP_QUERY_COMMANDS: ReadonlySet<string> = new Set(['hello', 'isMaster', 'ismaster']);

/** The command name is the first field of the command document. */
export function commandNameOf(command: Document): string {
  return Object.keys(command)[0] ?? '';
}

/** Runs one request and returns the reply document; failures become `{ ok: 0, ... }`, never exceptions. */
export function runCommand(request: IncomingRequest, environment: CommandEnvironment): Document {
  const { command } = request;
  const name = commandNameOf(command);
  try {
    if (request.opCode === OP_QUERY && !OP_QUERY_COMMANDS.has(name)) {
      throw new CommandError('UnsupportedOpQueryCommand', `Unsupported OP_QUERY command: ${name}. The client driver may require an upgrade.`);
    }
    if (request.database === undefined) throw new CommandError('Location40571', 'OP_MSG requests require a $db argument');
    if (command.txnNumber !== undefined || command.startTransaction !== undefined || command.autocommit !== undefined) {
      throw new CommandError('IllegalOperation', 'Transaction numbers are only allowed on a replica set member or mongos');
    }
    const handler = HANDLERS.get(name);
    if (!handler) throw new CommandError('CommandNotFound', `no such command: '${name}'`);
    assertValidDatabaseName(request.database);
    return { ...handler(command, { ...environment, database: request.database }), ok: 1 };
  } catch (error) {
    return errorReply(error);
  }
}
