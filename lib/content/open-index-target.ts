import { readdirSync } from "node:fs";
import path from "node:path";
import { SearchUnavailableError } from "../search/engine/library-query";
import { createPgClient } from "../search/engine/pg-client";
import { createPgliteClient } from "../search/engine/pglite-client";
import type { SqlClient } from "../search/engine/sql-client";
import { createEmptyDatabase } from "./pglite-template";
import {
  discardGeneration,
  openWritableGeneration,
  readCurrentGeneration,
  searchDbRoot,
  type WritableGeneration,
} from "./search-db-files";

/** Where `episodes build` / `episodes index` write the library search index. */
export interface IndexTarget {
  /** For messages: "embedded database in content/episodes/.search-db" or the server (no password). */
  describe: string;
  /** Embedded only: the generation in use now, and where its record of what it holds is kept. */
  generation?: string;
  sidecarDir?: string;
  connect(): Promise<SqlClient>;
  /** Puts what was written in use; returns the embedded generation's name. */
  commit(): string | undefined;
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

function serverTarget(url: string): IndexTarget {
  const describe = describeDatabaseUrl(url);
  return {
    describe,
    connect: async () => {
      const client = createPgClient(url);
      try {
        await client.query("select 1");
      } catch (error) {
        await client.close().catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new SearchUnavailableError(
          `cannot reach ${describe} (${reason}). Start the server or fix DATABASE_URL; unset it to use the embedded database.`,
        );
      }
      return client;
    },
    commit: () => undefined,
    abandon: () => {},
  };
}

/**
 * The index target: the PostgreSQL server at DATABASE_URL when set, else the embedded database
 * next to the model in `out` (`fresh`: a new generation instead of updating the current one).
 */
export function openIndexTarget(out: string, { fresh = false } = {}): IndexTarget {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return serverTarget(url);
  const root = searchDbRoot(out);
  const current = readCurrentGeneration(root);
  let writable: WritableGeneration | undefined;
  return {
    describe: `embedded database in ${root}`,
    ...(current ? { generation: path.basename(current) } : {}),
    sidecarDir: root,
    connect: async () => {
      writable = openWritableGeneration(root, { fresh });
      if (writable.isNew && readdirSync(writable.dir).length === 0) await createEmptyDatabase(writable.dir);
      return createPgliteClient(writable.dir);
    },
    commit: () => {
      if (!writable) return undefined;
      writable.commit();
      return path.basename(writable.dir);
    },
    abandon: () => {
      if (writable) discardGeneration(writable);
    },
  };
}
