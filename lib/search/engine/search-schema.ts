import { DROP_LOOKUP_FUNCTIONS, LOOKUP_FUNCTIONS } from "./lookup-words-sql";
import type { SqlClient, SqlRunner } from "./sql-client";

/**
 * Version of the tables below and of what goes in them (documents, normalisation). The index is
 * derived data: on a different version the tables are dropped and rebuilt, and the next
 * `indexEpisodes` fills them again (listIndexedEpisodes is then empty).
 */
export const SEARCH_SCHEMA_VERSION = 16;

const DROP = `${DROP_LOOKUP_FUNCTIONS}
DROP TABLE IF EXISTS search_documents;
DROP TABLE IF EXISTS search_words;
DROP TABLE IF EXISTS search_word_counts;
DROP TABLE IF EXISTS search_word_pieces;
DROP TABLE IF EXISTS search_episodes;
DROP TABLE IF EXISTS search_meta;`;

/*
 * The GIN indexes, with GIN's pending list (fastupdate): the entries of a load are appended to a
 * list, and indexEpisodes merges the list into the index, word by word, before it commits (one
 * changed episode, in a fresh process at 1,000 hours: 0.56–0.86 → 0.43–0.55 s against inserting
 * each entry in place). No list is ever left behind: nothing here runs autovacuum (PGlite has
 * none), and a list left for queries was read by every one from end to end (385 pages of it
 * measured 90 ms on a phrase that needs 1 ms). A bulk load drops the indexes and builds them
 * again afterwards, which is also the fastest way to fill them.
 *
 * The documents' index is one partial index per shard (SqlClient.shards): an episode's documents
 * are all in shard `episode id % shards`, and a search asks each shard apart (`shard = k`, which
 * the planner matches to that shard's index), so each reads only its own hits.
 */
export const SEARCH_GIN_INDEXES = {
  documents: (shards: number) =>
    shardList(shards)
      .map(
        (k) =>
          `CREATE INDEX search_documents_tsv_${k} ON search_documents USING gin (tsv_simple) WHERE shard = ${k};`,
      )
      .join("\n"),
  words: "CREATE INDEX search_words_trgm ON search_words USING gin (word gin_trgm_ops);",
};

/*
 * The documents' keys: their primary key, and each document's episode as a foreign key (an
 * episode dropped takes its documents with it). A bulk load drops both with the GIN indexes and
 * adds them again at the end, as PostgreSQL's "Populating a Database" advises: the foreign key,
 * added, checks every row in one join, where a key in place checks each row as it comes, through
 * a query of its own (18 µs a document in PGlite, 12 s of a cold index of 1,000 hours); the
 * primary key is built from one sort instead of an insert into its B-tree per row (PGlite: 39 →
 * 34 µs a document stored, and ~1 s to build the key of 1,000 hours afterwards).
 */
export const DOCUMENTS_KEYS = {
  add: `ALTER TABLE search_documents ADD CONSTRAINT search_documents_pkey PRIMARY KEY (episode_id, position),
  ADD CONSTRAINT search_documents_episode
  FOREIGN KEY (episode_id) REFERENCES search_episodes (id) ON DELETE CASCADE;`,
  drop: `ALTER TABLE search_documents DROP CONSTRAINT search_documents_episode,
  DROP CONSTRAINT search_documents_pkey;`,
};

/** 0 … shards − 1; a count that is not a whole number of at least 1 is a programming error. */
export function shardList(shards: number): number[] {
  if (!Number.isInteger(shards) || shards < 1)
    throw new RangeError(`The search index needs a whole number of shards, at least 1, not ${shards}.`);
  return Array.from({ length: shards }, (_, k) => k);
}

/** The names of the documents' indexes, one per shard. */
export const documentIndexNames = (shards: number) =>
  shardList(shards).map((k) => `search_documents_tsv_${k}`);

/** The names of every GIN index (the documents', then the words'), for DROP INDEX and gin_clean_pending_list. */
export const ginIndexNames = (shards: number) => [...documentIndexNames(shards), "search_words_trgm"];

/*
 * Documents keep the text as written (shown, marked) and one tsvector of the app's normalised
 * words (lib/text/normalize-text: accents, case, apostrophes and dashes folded), made in
 * TypeScript (tsvector-literal.ts; queries likewise, as tsquery text), so the database and the
 * marks computed in TypeScript split words the same way: PostgreSQL's parser has no say.
 * The normalised text itself is not kept (version 3 did): a fifth of every row, read by nothing.
 * The tsvector is unstemmed, stopwords kept (`simple`), with a GIN index: quoted phrases made of stopwords
 * ("all you need") and exact spellings find their sentence. Stemming and stopwords happen on
 * the query side instead (expand-query.ts): a word matches its other forms through the words'
 * stems, and the ranking leaves stopwords out, so `is all you` does not outweigh `attention`.
 * A second, stemmed `english` vector measured twice the bulk-load time for nothing more.
 * `search_words` holds every distinct word with its English stem: a pg_trgm GIN index on it
 * finds close words (typos) and words containing a part (`gpt` → `chatgpt`); the stem finds the
 * other forms of a word (`models` → `model`). How many episodes say each word is a table of its
 * own, `search_word_counts`: re-indexing an episode changes the counts of its thousands of
 * words, and each changed row of the trigram-indexed table went through the trigram index
 * again (0.2–0.3 s an episode). Room left on each page (fillfactor) keeps those updates on
 * their page. Each episode lists its distinct words (`words`), so re-indexing it updates the counts;
 * stored uncompressed (STORAGE EXTERNAL), which is cheaper to write (index-episodes.ts).
 * `search_words_prefix` (byte order) serves "a word beginning with…" as a range.
 * `search_word_pieces` holds the pieces of words written with capitals inside (`py`, `torch` of
 * `PyTorch`, case-pieces.ts): beside one, a typed word is a part of the word (`torch` →
 * `pytorch`), however short the piece; not words of the vocabulary (no `py` to correct to).
 */
const create = (shards: number) => `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE search_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE search_episodes (
  id serial PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  title text NOT NULL,
  show text,
  published text,
  hash text NOT NULL,
  speakers text[] NOT NULL,
  words text[] NOT NULL
);
ALTER TABLE search_episodes ALTER COLUMN words SET STORAGE EXTERNAL;
CREATE TABLE search_documents (
  episode_id integer NOT NULL,
  position integer NOT NULL,
  doc_id text NOT NULL,
  kind text NOT NULL,
  text text NOT NULL,
  start_s double precision,
  end_s double precision,
  speaker text,
  section text,
  tsv_simple tsvector NOT NULL,
  shard smallint NOT NULL GENERATED ALWAYS AS ((episode_id % ${shards})::smallint) STORED
);
${DOCUMENTS_KEYS.add}
${SEARCH_GIN_INDEXES.documents(shards)}
CREATE TABLE search_words (word text PRIMARY KEY, stem text);
CREATE TABLE search_word_counts (word text PRIMARY KEY, episodes integer NOT NULL) WITH (fillfactor = 70);
${SEARCH_GIN_INDEXES.words}
CREATE TABLE search_word_pieces (piece text PRIMARY KEY);
CREATE INDEX search_words_stem ON search_words (stem);
CREATE INDEX search_words_prefix ON search_words ((word COLLATE "C"));
${LOOKUP_FUNCTIONS}`;

/** Whether the search tables exist and were made by this SEARCH_SCHEMA_VERSION, in `shards` shards. */
export async function hasCurrentSearchSchema(runner: SqlRunner, shards: number): Promise<boolean> {
  const [table] = await runner.query<{ exists: boolean }>(
    "SELECT to_regclass('search_meta') IS NOT NULL AS exists",
  );
  const [found] = table?.exists
    ? await runner.query<{ version: string | null; shards: string | null }>(
        `SELECT (SELECT value FROM search_meta WHERE key = 'schema_version') AS version,
                (SELECT value FROM search_meta WHERE key = 'shards') AS shards`,
      )
    : [];
  return found?.version === String(SEARCH_SCHEMA_VERSION) && found.shards === String(shards);
}

/**
 * Creates the search tables when missing, or rebuilds them when they were made by another
 * SEARCH_SCHEMA_VERSION or for another number of shards than the client's. Resolves to whether
 * they were (re)created (then everything must be indexed).
 */
export async function ensureSearchSchema(client: SqlClient): Promise<boolean> {
  shardList(client.shards);
  return client.transaction(async (tx) => {
    if (await hasCurrentSearchSchema(tx, client.shards)) return false;
    await tx.exec(DROP);
    await tx.exec(create(client.shards));
    await tx.query("INSERT INTO search_meta (key, value) VALUES ('schema_version', $1), ('shards', $2)", [
      String(SEARCH_SCHEMA_VERSION),
      String(client.shards),
    ]);
    return true;
  });
}
