import pg from "pg";
import { SearchUnavailableError } from "./library-query";
import { searchStatementName } from "./search-statement";
import type { SqlClient, SqlRunner } from "./sql-client";

const advice =
  "Start it or fix DATABASE_URL (unset it to use the embedded database), then run `npx episodes index`.";

/** Connection failures (refused, unknown host, bad login, missing database) become SearchUnavailableError. */
function unavailable(error: unknown, url: string): unknown {
  const code = (error as { code?: string }).code ?? "";
  const connection = /^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|ECONNRESET|EAI_AGAIN|28|3D000|57P)/;
  if (!connection.test(code) && !/connect|terminat/i.test(String(error))) return error;
  const where = url.replace(/\/\/[^@/]*@/, "//…@");
  return new SearchUnavailableError(
    `The search database at ${where} cannot be reached (${(error as Error).message || code}). ${advice}`,
    { cause: error },
  );
}

/*
 * The search's statements are prepared, by name, on each connection that runs them: sent and
 * parsed once, then only their values; and planned once, for any values (search-statement.ts),
 * by the shards' own connections (createPgClient). Everything else runs unnamed, planned for its
 * values at each run.
 */
function runner(db: pg.Pool | pg.PoolClient, url: string): SqlRunner {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      try {
        return (await db.query({ text: sql, values: [...params], name: searchStatementName(sql) }))
          .rows as T[];
      } catch (error) {
        throw unavailable(error, url);
      }
    },
    exec: async (sql) => {
      try {
        await db.query(sql);
      } catch (error) {
        throw unavailable(error, url);
      }
    },
  };
}

/*
 * Shards of the documents' index on a server (SqlClient.shards): a search runs one statement per
 * shard, each on its own connection, so two backends read half the hits each, side by side.
 * Reading every hit is what a common word costs (a true total; episodes ranked by their best
 * hit), and PostgreSQL made no parallel plan of its own for it (a bitmap scan of a GIN index).
 * At 1,000 hours on this 2-core machine, the bench's query mix (steady server): p95 11.0 ms with
 * one shard, 7.8 and 10.3 with two; `think` (37,533 hits) 131 → 65–73 ms. Each statement also
 * pays its planning and its page (~2 ms), so more shards than cores would only add those.
 */
export const SERVER_SHARDS = 2;

/*
 * Connections kept while idle (pg closes them after 10 s by default). A new backend is slow for
 * its first statements: it maps each page of the server's shared cache into its own memory as it
 * first reads it, and loads the catalog and the lookups' plans. At 1,000 hours a search after
 * 11 s without one took 131 ms instead of 14 (`cust`), so on a quiet site every search was that
 * slow. An idle connection holds no one back from exiting (allowExitOnIdle).
 *
 * Each new connection sets how it plans named statements before its first query (`plan`): a
 * shard's, which runs the search statements, once for any values (search-statement.ts); the
 * other, for each run's values (it runs none, but what it may run must not keep a plan made for
 * other values). It also asks for no pages ahead (effective_io_concurrency): a bitmap scan's
 * prefetch looks each heap page up in the shared buffers once more before reading it, and a
 * search index is served from memory. A tenth of the time of `modle`'s statement was that second
 * lookup (perf, 1,000 hours). One shard's statement, median of 300, without → with: `modle`
 * 7.26 → 7.06 and 7.47 → 7.37 ms, `cust` 6.11 → 5.82 and 5.96 → 4.81.
 *
 * Nor does it compile a statement to machine code (jit), which PostgreSQL does for any plan whose
 * cost passes jit_above_cost (100,000), and inlines and optimises past 500,000: a plan's cost
 * grows with the archive, and a common word in a large enough one would pay the compiler at
 * every search. At 1,000 hours `think` costs 38,000 and takes 29–35 ms. With the thresholds
 * lowered as an archive 10× larger would meet them (jit_above_cost 10,000) it took 55 ms, and
 * as one 17× larger (inlined and optimised, 30,000) 366 ms. A search runs in milliseconds:
 * compiling is never worth it.
 */
function createPool(url: string, max: number, plan: "force_custom_plan" | "force_generic_plan"): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 0,
    allowExitOnIdle: true,
    onConnect: async (conn) =>
      void (await conn.query(
        `SET plan_cache_mode = ${plan}; SET effective_io_concurrency = 0; SET jit = off`,
      )),
  });
  // An idle connection the server drops must not crash the process: the next query reconnects.
  pool.on("error", () => {});
  return pool;
}

/** Connections per pool: two searches run at once in full. */
const CONNECTIONS = 2;

/**
 * A PostgreSQL server (14 or newer) through `pg` pools; `url` is a `postgres://` connection
 * string. Each shard has a pool of its own (forShard), and one more runs everything else (the
 * word lookups, the facets, the index's transactions).
 *
 * A shard's own connections, because a backend's first read of a page of the server's shared
 * cache maps it into the backend's memory, ~40 µs a page on this machine: a fresh backend's first
 * `privacy` of one shard (714 hits on 702 pages, all in the cache) took 44 ms with 865 page
 * faults, then 2.8 ms with 2. From one pool, a shard's statement ran on whichever connection was
 * free, so every backend came to map every shard's pages, and for a while searches kept landing
 * on backends that had not yet. The bench's mix on a warm server at 1,000 hours, in a fresh
 * process (a warm-up pass, then three timed), six runs each, alternated: p95 7.2–13.0 ms (median
 * 9.8) from one pool, 6.9–8.6 (median 7.5) with a pool per shard (the server's default 128 MB cache).
 */
export function createPgClient(url: string, { shards = SERVER_SHARDS }: { shards?: number } = {}): SqlClient {
  const main = createPool(url, CONNECTIONS, "force_custom_plan");
  // Made at once: a pool connects only when first asked.
  const shardPools = Array.from({ length: shards }, () => createPool(url, CONNECTIONS, "force_generic_plan"));
  const shardRunners = shardPools.map((pool) => runner(pool, url));
  return {
    shards,
    ...runner(main, url),
    forShard: (shard) => {
      const found = shardRunners[shard];
      if (!found) throw new RangeError(`No shard ${shard} of ${shards}.`);
      return found;
    },
    transaction: async (fn) => {
      const conn = await main.connect().catch((error: unknown) => {
        throw unavailable(error, url);
      });
      try {
        await conn.query("BEGIN");
        const result = await fn(runner(conn, url));
        await conn.query("COMMIT");
        return result;
      } catch (error) {
        await conn.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        conn.release();
      }
    },
    close: async () => void (await Promise.all([main, ...shardPools].map((pool) => pool.end()))),
  };
}
