import { parse, protocol, type PGlite } from "@electric-sql/pglite";

/** A statement parsed once under a name, with its parameters' types (for their text form). */
interface Named {
  name: string;
  types: number[];
}

/** PostgreSQL's "prepared statement does not exist" (one was dropped: DEALLOCATE, DISCARD). */
const NO_SUCH_STATEMENT = "26000";

/*
 * Named statements are planned once, for any values, as the search statements are written to be
 * (search-statement.ts; the word lookup is one call of a function, which plans its own). The
 * setting is PGlite's one session's, and PostgreSQL applies it to unnamed statements too: set
 * for good, every other statement with parameters would keep a plan made without their values
 * (a shard's number among them, which its index needs: `hugging fase` took 2.2 s). So it holds
 * only while a named statement is bound, which is when its plan is chosen (PLAN_AS_USUAL after).
 */
const PLAN_ONCE = "SET plan_cache_mode = force_generic_plan";
const PLAN_AS_USUAL = "RESET plan_cache_mode";

function concat(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/*
 * The statements every search runs, parsed once per database under a name, then only bound to
 * their values, as pg-client.ts does on a server (the values still travel as parameters).
 * PGlite's query() parses, describes and plans a statement anew, in five calls into the database,
 * and then syncs its files; a named statement is one call, and a search has nothing of its own to
 * sync. At 1,000 hours, the bench's query mix in a fresh process (a warm-up pass, three timed),
 * four runs each, alternated with the old code: median 11.1–14.0 → 8.6–10.9 ms, p95 29.7–32.8 →
 * 25.9–31.4 (a slow day), still planned at every run; planned once (PLAN_ONCE), two runs each:
 * median 6.12–6.58 → 4.41–5.08 ms.
 *
 * Each run holds both of PGlite's locks, as query() does: its transaction lock too, so that it
 * never runs inside a transaction another caller has open on the same database (runExclusive
 * alone takes only the other; `_runExclusiveTransaction` is what query() itself calls, PGlite's
 * version is pinned, and the tests hold both behaviours).
 */
export function createNamedStatements(db: PGlite, nameOf: (sql: string) => string | undefined) {
  const named = new Map<string, Named>();

  async function prepare(sql: string, name: string): Promise<Named> {
    const { messages } = await db.execProtocol(
      concat([
        // Not an error when there is none; one left from a run that failed is replaced.
        protocol.serialize.close({ type: "S", name }),
        protocol.serialize.parse({ name, text: sql }),
        protocol.serialize.describe({ type: "S", name }),
        protocol.serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const statement = { name, types: parse.parseDescribeStatementResults(messages) };
    named.set(sql, statement);
    return statement;
  }

  async function run<T>(statement: Named, params: readonly unknown[]): Promise<T[]> {
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serialize = db.serializers[statement.types[i] ?? 0];
      return serialize ? serialize(value) : String(value);
    });
    await db.execProtocol(protocol.serialize.query(PLAN_ONCE), { syncToFs: false });
    try {
      const { messages } = await db.execProtocol(
        concat([
          protocol.serialize.bind({ statement: statement.name, values }),
          protocol.serialize.describe({ type: "P" }),
          protocol.serialize.execute({}),
          protocol.serialize.sync(),
        ]),
        { syncToFs: false },
      );
      return (parse.parseResults(messages, db.parsers)[0]?.rows ?? []) as T[];
    } finally {
      await db.execProtocol(protocol.serialize.query(PLAN_AS_USUAL), { syncToFs: false });
    }
  }

  /** Runs `sql` by its name; undefined when it has none (nameOf: run it as usual). */
  return function query<T>(sql: string, params: readonly unknown[]): Promise<T[]> | undefined {
    const name = nameOf(sql);
    if (name === undefined) return undefined;
    return db._runExclusiveTransaction(() =>
      db.runExclusive(async () => {
        const statement = named.get(sql) ?? (await prepare(sql, name));
        try {
          return await run<T>(statement, params);
        } catch (error) {
          if ((error as { code?: string }).code !== NO_SUCH_STATEMENT) throw error;
          return run<T>(await prepare(sql, name), params);
        }
      }),
    );
  };
}
