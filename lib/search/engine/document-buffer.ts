import type { DocumentRow } from "./episode-documents";
import { INSERT_DOCUMENTS } from "./index-sql";
import { DOCUMENTS_KEYS, ginIndexNames } from "./search-schema";
import type { SqlRunner } from "./sql-client";

/**
 * Documents sent per INSERT: big enough to amortise a round trip, small enough for memory. A
 * load into an empty index that fills one is a bulk load: the GIN indexes are dropped and built
 * again at the end, several times faster than growing them row by row, and so are the documents'
 * keys (DOCUMENTS_KEYS). Not into an index that has episodes: dropping an index locks its table,
 * and on a PostgreSQL server the live site's searches would wait for the whole load.
 */
export const BATCH = 20_000;

/** Documents as INSERT_DOCUMENTS's columns after the episode's: one array per column, in its order. */
export function documentColumns(rows: readonly DocumentRow[]): unknown[][] {
  const column = <T>(pick: (r: DocumentRow) => T) => rows.map(pick);
  return [
    column((r) => r.position),
    column((r) => r.docId),
    column((r) => r.kind),
    column((r) => r.text),
    column((r) => r.lexemes),
    column((r) => r.start),
    column((r) => r.end),
    column((r) => r.speaker),
    column((r) => r.section),
  ];
}

/** The documents of the episodes being indexed, inserted BATCH at a time (see indexEpisodes). */
export class DocumentBuffer {
  private rows: { episode: number; row: DocumentRow }[] = [];
  count = 0;
  /**
   * Whether the GIN indexes and the documents' keys were dropped for a bulk load (restore them
   * before committing).
   */
  bulk = false;
  constructor(
    private readonly tx: SqlRunner,
    private readonly mayDropIndexes: boolean,
    private readonly shards: number,
  ) {}

  async add(episode: number, rows: DocumentRow[]): Promise<void> {
    for (const row of rows) this.rows.push({ episode, row });
    if (this.rows.length < BATCH) return;
    if (this.mayDropIndexes && !this.bulk) {
      await this.tx.exec(`DROP INDEX ${ginIndexNames(this.shards).join(", ")}; ${DOCUMENTS_KEYS.drop}`);
      this.bulk = true;
    }
    await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    this.count += rows.length;
    await this.tx.query(INSERT_DOCUMENTS, [
      rows.map((r) => r.episode),
      ...documentColumns(rows.map((r) => r.row)),
    ]);
  }
}
