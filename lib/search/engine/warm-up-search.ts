import { lookupWords } from "./lookup-words";
import { searchShards } from "./search-shards";
import type { SqlClient } from "./sql-client";
import { quoteLexeme } from "./tsvector-literal";

/** A word no library says (the normaliser's letters and digits, so a lexeme like any other). */
const NOTHING = "0warm0up0";

/*
 * A database's first search pays for more than itself: it reads the catalog, plans every
 * statement for the first time, prepares the named ones and (PGlite) compiles the lookups'
 * PL/pgSQL. At 1,000 hours in PGlite, a first search of `attention is all you need` took
 * 600–630 ms after the open, and 43–194 ms after this warm-up (which took ~500). So an opened
 * search runs the word lookup and the search statement once, each on a word no document has:
 * the same statements, a few index pages, no hits to read. On a server it also opens the
 * connections (a shard's own) and prepares the statement there.
 */
export async function warmUpSearch(client: SqlClient): Promise<void> {
  await lookupWords(client, {
    exact: [NOTHING],
    forms: [NOTHING],
    parts: [NOTHING],
    begins: [NOTHING],
    close: [NOTHING],
  });
  const lexeme = quoteLexeme(NOTHING);
  await searchShards(client, { text: NOTHING, sort: "relevance", page: 1 }, [
    { match: lexeme, conditions: [], rank: lexeme, exact: lexeme, phrase: null },
  ]);
}
