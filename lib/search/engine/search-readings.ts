import { parseLibraryQuery, type ParsedQuery } from "../parse-library-query";
import { expandQuery, type ExpandedQuery } from "./expand-query";
import type { LibraryQuery } from "./library-query";
import type { SearchRow } from "./merge-shard-results";
import { searchShards } from "./search-shards";
import type { SqlClient } from "./sql-client";

/**
 * `client` remembering its answers for one search: every reading of a query asks the same word
 * lookups (expandQuery), and only the searches themselves (searchShards: forShard) differ.
 */
function rememberLookups(client: SqlClient): SqlClient {
  const answers = new Map<string, Promise<unknown[]>>();
  return {
    ...client,
    query: <T>(sql: string, params: readonly unknown[] = []) => {
      const key = JSON.stringify([sql, params]);
      const answer = answers.get(key) ?? client.query<T>(sql, params);
      answers.set(key, answer);
      return answer as Promise<T[]>;
    },
  };
}

/** A reading of the query, and what the search found with it (no row: nothing can match). */
interface Reading {
  expanded: ExpandedQuery;
  row?: SearchRow;
}

/** Round `k` of other readings: each corrected word read as its k-th other close word, if it has one. */
function picksOf(others: ExpandedQuery["otherCorrections"], k: number): Map<string, string> | undefined {
  const picks = others.flatMap(([word, list]) => (list[k] ? [[word, list[k]] as const] : []));
  return picks.length > 0 ? new Map(picks) : undefined;
}

/**
 * The readings of the query to try when it found nothing as typed (`first`): strictly (perhaps
 * a typo that happens to be a form or part of a word), then with each corrected word read as its
 * next close words in turn (`hugging fase`: `fast` is the closest to `fase`, but only `face` is
 * said with `hugging`). Each asks the vocabulary nothing new (rememberLookups) but the strict
 * reading's close words; a reading the same as one before it, or that can match nothing, is left out.
 */
async function laterReadings(
  db: SqlClient,
  parsed: ParsedQuery,
  first: ExpandedQuery,
): Promise<(ExpandedQuery & { match: string })[]> {
  const readings: ExpandedQuery[] = [];
  let [last, strict] = [first, false];
  if (first.strictDiffers) {
    [last, strict] = [await expandQuery(db, parsed, { strict: true }), true];
    readings.push(last);
  }
  for (let k = 0; ; k++) {
    const pick = picksOf(last.otherCorrections, k);
    if (!pick) break;
    readings.push(await expandQuery(db, parsed, { strict, pick }));
  }
  const seen = new Set([first.match]);
  return readings.filter((r): r is ExpandedQuery & { match: string } => {
    const fresh = r.match !== null && !seen.has(r.match);
    seen.add(r.match);
    return fresh;
  });
}

/**
 * The first reading of the query that finds something: as typed, else the first of its later
 * readings (laterReadings) that does. Those are searched together, each shard's statement
 * searching the first that finds something there (searchShards): `hugging fase` took a search
 * per reading once (four, each planned, run and answered on every shard), then a statement per
 * shard to weigh them and a search of the one found. Finding nothing at all, the first reading.
 */
export async function searchReadings(client: SqlClient, query: LibraryQuery): Promise<Reading> {
  const parsed = parseLibraryQuery(query.text);
  const db = rememberLookups(client);
  const expanded = await expandQuery(db, parsed);
  const first: Reading = {
    expanded,
    row: expanded.match ? await searchShards(db, query, [{ ...expanded, match: expanded.match }]) : undefined,
  };
  if (first.row?.total) return first;
  const later = await laterReadings(db, parsed, first.expanded);
  const found = later.length > 0 ? await searchShards(db, query, later) : undefined;
  const reading = found && later[found.reading];
  return reading && found.total ? { expanded: reading, row: found } : first;
}
