import { createHash } from "node:crypto";
import path from "node:path";
import type { SqlClient } from "../engine/sql-client";
import {
  discardGeneration,
  openWritableGeneration,
  readCurrentGeneration,
  searchDbRoot,
  type WritableGeneration,
} from "../../content/search-db-files";

/** Where `episodes build` / `episodes index` write the library search index. */
export interface IndexTarget {
  /** For messages: "embedded database in content/episodes/.search-db" or the server (no password). */
  describe: string;
  /** The embedded generation in use now ("" when none), or "server". */
  generation: string;
  /** Where the keys of the episodes last indexed into this target are recorded. */
  recordFile: string;
  /** `episodes`: about how many episodes will be written, which sizes an embedded database's cache. */
  connect(work: { episodes: number }): Promise<SqlClient>;
  /** Puts what was written in use; returns the generation the record belongs to. */
  commit(): string;
  abandon(): void;
}

/** A database URL without its password, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return `PostgreSQL at ${parsed.host}${parsed.pathname}`;
  } catch {
    return "PostgreSQL at DATABASE_URL (not a valid URL)";
  }
}

function serverTarget(url: string, root: string): IndexTarget {
  const describe = describeDatabaseUrl(url);
  // One record per server (and database), named by a hash of the URL without its password.
  const id = createHash("sha256").update(describe).digest("hex").slice(0, 16);
  return {
    describe,
    generation: "server",
    recordFile: path.join(root, `indexed-server-${id}.json`),
    connect: async () => {
      // Loaded here, not above: `pg` is only needed with DATABASE_URL (and takes ~50 ms to load).
      const [{ createPgClient }, { SearchUnavailableError }] = await Promise.all([
        import("../engine/pg-client"),
        import("../engine/library-query"),
      ]);
      const client = createPgClient(url);
      try {
        await client.query("select 1");
      } catch (error) {
        await client.close().catch(() => {});
        // The client's own message carries advice of its own: name only what went wrong.
        const cause =
          error instanceof SearchUnavailableError && error.cause instanceof Error ? error.cause : error;
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new SearchUnavailableError(
          `cannot reach ${describe} (${reason}). Start the server or fix DATABASE_URL; unset it to use the embedded database.`,
        );
      }
      return client;
    },
    commit: () => "server",
    abandon: () => {},
  };
}

/**
 * The index target: the PostgreSQL server at DATABASE_URL when set, else the embedded database
 * next to the model in `out` (`fresh`: a new generation instead of updating the current one).
 */
export function openIndexTarget(out: string, { fresh = false } = {}): IndexTarget {
  const url = process.env.DATABASE_URL?.trim();
  const root = searchDbRoot(out);
  if (url) return serverTarget(url, root);
  const current = readCurrentGeneration(root);
  let writable: WritableGeneration | undefined;
  return {
    describe: `embedded database in ${root}`,
    generation: current ? path.basename(current) : "",
    recordFile: path.join(root, "indexed.json"),
    connect: async ({ episodes }) => {
      // Loaded here, not above: an index that is already current never opens PGlite.
      const [{ createPgliteClient, writerBuffersMb }, { fillEmptyDatabase }] = await Promise.all([
        import("../engine/pglite-client"),
        import("../../content/pglite-template"),
      ]);
      const buffersMb = writerBuffersMb(episodes);
      writable = openWritableGeneration(root, { fresh });
      await fillEmptyDatabase(writable.dir, async (dir) =>
        (await createPgliteClient(dir, { buffersMb })).close(),
      );
      return createPgliteClient(writable.dir, { buffersMb });
    },
    commit: () => {
      if (!writable) return "";
      writable.commit();
      return path.basename(writable.dir);
    },
    abandon: () => {
      if (writable) discardGeneration(writable);
    },
  };
}
