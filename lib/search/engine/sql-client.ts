/**
 * The little of a SQL connection the library search needs, so one module runs the same SQL on
 * embedded PGlite and on a PostgreSQL server (see pglite-client.ts, pg-client.ts). Values always
 * travel as parameters (`$1`…): no text of the reader is ever spliced into SQL.
 */
export interface SqlRunner {
  /** One statement with parameters; resolves to its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Statements without parameters (schema, settings), run as one script. */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlRunner {
  /**
   * How many shards the documents' index is cut into (search-schema.ts), each searched on
   * connections of its own (forShard), all at once (search-shards.ts): 1 for embedded PGlite, which
   * runs one statement at a time anyway; more on a server, whose backends run side by side.
   */
  readonly shards: number;
  /**
   * What runs shard `shard`'s statements (0 … shards − 1): on a server, connections of that shard
   * alone (pg-client.ts); embedded, the one connection there is.
   */
  forShard(shard: number): SqlRunner;
  /** Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
