import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../errors';
import { assertFieldName, isOperatorCondition } from '../filter-fields';
import {
  applyUpdate,
  withoutUndefined,
  type Collection,
  type CollectionSpec,
  type Document,
  type DocumentStore,
  type Filter,
  type FindOptions,
  type Scalar,
  type Sort,
  type Update,
} from '../port';

/**
 * The embedded store: one SQLite file (WAL), one table per collection holding JSON documents, indexes on
 * `json_extract` expressions. better-sqlite3 is synchronous, so each call is atomic within the process, and write
 * transactions take the database lock up front (`BEGIN IMMEDIATE`) so several processes can share the file.
 */
export class SqliteStore implements DocumentStore {
  readonly kind = 'sqlite' as const;
  private readonly database: Database.Database;
  private readonly collections = new Map<string, SqliteCollection<Document>>();
  private readonly durable = new Set<string>();

  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.database = new Database(file);
    this.database.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives a process crash, and an fsync happens at checkpoints. Inserts into
    // collections with `durableInserts` commit with FULL, which also makes every earlier commit durable. Measured
    // with `npm run bench`: fsync on every commit blocked the event loop for most of each message (see docs/bench.md).
    this.database.pragma('synchronous = NORMAL');
    this.database.pragma('busy_timeout = 5000');
  }

  async init(specs: readonly CollectionSpec[]): Promise<void> {
    for (const spec of specs) if (spec.durableInserts) this.durable.add(spec.name);
    const run = this.database.transaction(() => {
      for (const spec of specs) {
        const table = quoteIdentifier(spec.name);
        this.database.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID`);
        for (const index of spec.indexes) {
          const name = quoteIdentifier(`${spec.name}__${index.fields.join('__')}`);
          const columns = index.fields.map(fieldExpression).join(', ');
          this.database.exec(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${table} (${columns})`);
        }
      }
    });
    run.immediate();
  }

  collection<T extends Document>(name: string): Collection<T> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new SqliteCollection(this.database, name, this.durable.has(name));
      this.collections.set(name, collection);
    }
    return collection as unknown as Collection<T>;
  }

  async ping(): Promise<void> {
    this.database.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.database.open) this.database.close();
  }
}

class SqliteCollection<T extends Document> implements Collection<T> {
  private readonly table: string;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly database: Database.Database,
    name: string,
    private readonly durableInserts: boolean,
  ) {
    this.table = quoteIdentifier(name);
  }

  async insert(document: T): Promise<boolean> {
    if (this.durableInserts) this.database.pragma('synchronous = FULL');
    try {
      this.prepare(`INSERT INTO ${this.table} (id, doc) VALUES (?, ?)`).run(document.id, serialise(document));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    } finally {
      if (this.durableInserts) this.database.pragma('synchronous = NORMAL');
    }
  }

  async put(document: T): Promise<void> {
    this.prepare(`INSERT INTO ${this.table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`).run(
      document.id,
      serialise(document),
    );
  }

  async get(id: string): Promise<T | null> {
    const row = this.prepare(`SELECT doc FROM ${this.table} WHERE id = ?`).get(id) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as T) : null;
  }

  async findOne(filter: Filter, options: FindOptions = {}): Promise<T | null> {
    const [first] = await this.find(filter, { ...options, limit: 1 });
    return first ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.select(filter, options).map((row) => JSON.parse(row.doc) as T);
  }

  async count(filter: Filter): Promise<number> {
    const { sql, parameters } = compileFilter(filter);
    const row = this.prepare(`SELECT COUNT(*) AS n FROM ${this.table} WHERE ${sql}`).get(...parameters) as { n: number };
    return row.n;
  }

  async updateMany(filter: Filter, update: Update<T>): Promise<number> {
    const run = this.database.transaction(() => {
      const rows = this.select(filter, {});
      for (const row of rows) this.write(applyUpdate(JSON.parse(row.doc) as T, update));
      return rows.length;
    });
    return this.guardUnique(() => run.immediate());
  }

  async updateOne(filter: Filter, update: Update<T>, options: { sort?: Sort } = {}): Promise<T | null> {
    const run = this.database.transaction(() => {
      const [row] = this.select(filter, { sort: options.sort, limit: 1 });
      if (!row) return null;
      const next = applyUpdate(JSON.parse(row.doc) as T, update);
      this.write(next);
      return next;
    });
    return this.guardUnique(() => run.immediate());
  }

  async deleteMany(filter: Filter): Promise<number> {
    const { sql, parameters } = compileFilter(filter);
    return this.prepare(`DELETE FROM ${this.table} WHERE ${sql}`).run(...parameters).changes;
  }

  private select(filter: Filter, options: FindOptions): { doc: string }[] {
    const { sql, parameters } = compileFilter(filter);
    const order = compileSort(options.sort);
    const limit = options.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(options.limit))}` : options.skip ? ' LIMIT -1' : '';
    const offset = options.skip ? ` OFFSET ${Math.max(0, Math.floor(options.skip))}` : '';
    return this.prepare(`SELECT doc FROM ${this.table} WHERE ${sql}${order}${limit}${offset}`).all(...parameters) as { doc: string }[];
  }

  private write(document: T): void {
    this.prepare(`UPDATE ${this.table} SET doc = ? WHERE id = ?`).run(serialise(document), document.id);
  }

  private guardUnique<R>(operation: () => R): R {
    try {
      return operation();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('conflict', 'The update would duplicate a unique key', { cause: error });
      throw error;
    }
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      // Bounded: the shapes of queries are fixed by the code, but keep a ceiling anyway.
      if (this.statements.size < 500) this.statements.set(sql, statement);
    }
    return statement;
  }
}

function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid collection name "${name}"`);
  return `"${name}"`;
}

function fieldExpression(field: string): string {
  return field === 'id' ? 'id' : `json_extract(doc, '$.${assertFieldName(field)}')`;
}

/** better-sqlite3 binds numbers, strings and null; JSON booleans read back from json_extract as 1 and 0. */
function bindable(value: Scalar | string | number): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function compileFilter(filter: Filter): { sql: string; parameters: (string | number | null)[] } {
  const clauses: string[] = [];
  const parameters: (string | number | null)[] = [];
  for (const [field, condition] of Object.entries(filter)) {
    const column = fieldExpression(field);
    if (!isOperatorCondition(condition)) {
      if (condition === null) clauses.push(`${column} IS NULL`);
      else {
        clauses.push(`${column} = ?`);
        parameters.push(bindable(condition));
      }
      continue;
    }
    if (condition.$in !== undefined) {
      const values = condition.$in.filter((value) => value !== null);
      const parts: string[] = [];
      if (values.length > 0) {
        parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        parameters.push(...values.map(bindable));
      }
      if (values.length !== condition.$in.length) parts.push(`${column} IS NULL`);
      clauses.push(parts.length > 0 ? `(${parts.join(' OR ')})` : '0');
    }
    if (condition.$ne !== undefined) {
      if (condition.$ne === null) clauses.push(`${column} IS NOT NULL`);
      else {
        clauses.push(`(${column} IS NULL OR ${column} != ?)`);
        parameters.push(bindable(condition.$ne));
      }
    }
    for (const [operator, sqlOperator] of [['$lt', '<'], ['$lte', '<='], ['$gt', '>'], ['$gte', '>=']] as const) {
      const value = condition[operator];
      if (value !== undefined) {
        clauses.push(`${column} ${sqlOperator} ?`);
        parameters.push(value);
      }
    }
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', parameters };
}

function compileSort(sort: Sort | undefined): string {
  if (!sort || Object.keys(sort).length === 0) return '';
  return ` ORDER BY ${Object.entries(sort)
    .map(([field, direction]) => `${fieldExpression(field)} ${direction === 1 ? 'ASC' : 'DESC'}`)
    .join(', ')}`;
}

function serialise(document: Document): string {
  return JSON.stringify(withoutUndefined(document));
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
