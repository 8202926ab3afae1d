import "server-only";
import {
  isSearchStopped,
  libraryQuerySchema,
  SearchUnavailableError,
  type LibraryQuery,
  type LibrarySearch,
  type LibrarySearchResult,
} from "../engine/library-query";
import { openSearchEngine } from "./open-search-engine";
import { getEpisodesDir } from "../../content/load-episodes";
import {
  findOtherHolder,
  lockGeneration,
  readCurrentGeneration,
  searchDbRoot,
} from "../../content/search-db-files";

interface OpenSearch {
  key: string;
  /** The embedded generation it opened (undefined: a server at DATABASE_URL). */
  dir?: string;
  search: Promise<LibrarySearch>;
  unlock: () => void;
  /** Searches asked of it and not yet answered: it is closed once they are. */
  asking: Set<Promise<unknown>>;
}

/*
 * The one library search of this process, on globalThis: the server's bundles each hold a copy
 * of this module (the pages', and instrumentation.ts's, which opens it as the server starts),
 * and only one may open the database.
 */
const SLOT = Symbol.for("episode-explorer.library-search");
const held = globalThis as typeof globalThis & {
  [SLOT]?: { open?: OpenSearch; asked?: Map<string, Promise<LibrarySearchResult>> };
};
const state = (held[SLOT] ??= {});

type Target = { key: string; url?: string; dir?: string; root?: string };

/** What to open: the server at DATABASE_URL, else the embedded generation in use. */
function currentTarget(): Target {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { key: `url:${url}`, url };
  const root = searchDbRoot(getEpisodesDir());
  const dir = readCurrentGeneration(root);
  if (!dir)
    throw new SearchUnavailableError(
      "The library's search index has not been built yet. Run `npx episodes index` (npm start builds it too), then reload.",
    );
  return { key: `dir:${dir}`, dir, root };
}

/**
 * Locks `dir` for this server (lockGeneration). PGlite does not stop a second process from
 * opening the folder (tried), and both would then write to it as they open and close: a second
 * server (`npm start` twice, or beside `npm run dev`) says so instead of opening it, and so does a
 * server while a build writes the index in place (the reader reloads once it is done). The lock
 * is written before the others are read (search-db-files.ts). Refused, this server's record
 * goes back to `open`, the generation it still has open, if any.
 */
function lockUnlessHeldElsewhere(root: string, dir: string, open: string | undefined): () => void {
  const unlock = lockGeneration(root, dir);
  const other = findOtherHolder(root, dir);
  if (other === undefined) return unlock;
  unlock();
  if (open !== undefined) lockGeneration(root, open);
  throw new SearchUnavailableError(
    other.writing
      ? `The library's search index is being updated (process ${other.pid}: \`episodes build\` or \`episodes index\`). Reload in a moment.`
      : `Another server (process ${other.pid}) has this library's search index open, and only one process at a time may. Stop it, or set DATABASE_URL to search a PostgreSQL server from several.`,
  );
}

/**
 * The library search this server answers with, opened once and kept (opening the embedded
 * database takes about a second): the same one until the build points the index at a new
 * generation, which is then opened and the old one closed. A failed open is not kept, nor a
 * search whose thread stopped on its own (forget), so the next request opens it again.
 * `target`: what to open, read by a search that also keys on it (searchLibrary).
 */
export function getLibrarySearch(target: Target = currentTarget()): Promise<LibrarySearch> {
  if (state.open?.key === target.key) return state.open.search;
  const previous = state.open;
  const unlock =
    target.root && target.dir ? lockUnlessHeldElsewhere(target.root, target.dir, previous?.dir) : () => {};
  // A thread that stops on its own is let go of, so that the next search opens the folder anew.
  const search = openSearchEngine({ ...target, onStop: () => forget(entry) });
  const entry: OpenSearch = { key: target.key, dir: target.dir, search, unlock, asking: new Set() };
  state.open = entry;
  search.catch(() => {
    if (state.open === entry) state.open = undefined;
    unlock();
  });
  if (previous) void closeOpenSearch(previous);
  return search;
}

/**
 * Lets go of `entry` if it is still this server's search, and closes it, keeping its lock: this
 * server still holds the generation, which the next search opens again (and locks anew; an
 * unlock after that would have removed the new lock, written with the same name).
 */
function forget(entry: OpenSearch): void {
  if (state.open === entry) state.open = undefined;
  void entry.search.then((search) => search.close()).catch(() => {});
}

/**
 * Asks the open search (getLibrarySearch), counted as asking it until answered: a search is
 * several statements, and a build that puts a new generation in use meanwhile has the old one
 * closed, which waits for it (closeOpenSearch) instead of failing its next statement.
 */
function askOpenSearch(query: LibraryQuery, target: Target): Promise<LibrarySearchResult> {
  const search = getLibrarySearch(target);
  const entry = state.open;
  const answer = search.then((open) => open.search(query));
  entry?.asking.add(answer);
  const done = () => void entry?.asking.delete(answer);
  answer.then(done, done);
  return answer;
}

/**
 * Searches the library once (askOpenSearch). If the embedded database's thread stopped after
 * it opened (SearchStoppedError), the search is asked once more, of the database opened anew.
 */
async function searchOnce(query: LibraryQuery, target: Target): Promise<LibrarySearchResult> {
  try {
    return await askOpenSearch(query, target);
  } catch (error) {
    if (!isSearchStopped(error)) throw error;
    return askOpenSearch(query, target);
  }
}

/** A query as a key: its fields in the schema's order, those absent null. */
const QUERY_FIELDS = libraryQuerySchema.keyof().options;
const queryKey = (query: LibraryQuery) => JSON.stringify(QUERY_FIELDS.map((field) => query[field] ?? null));

/**
 * Searches the library. The same search asked while it is being answered shares its answer (a
 * reader who presses Enter again while a common word is searched, readers who follow one shared
 * link at once): the embedded database answers one statement at a time, so each copy would have
 * waited for the others, then done the same work. Once answered, a search is asked anew. The
 * same search of another index (a build has just put a new generation in use) is another search.
 */
export function searchLibrary(query: LibraryQuery): Promise<LibrarySearchResult> {
  const asked = (state.asked ??= new Map());
  let target: Target;
  try {
    target = currentTarget();
  } catch (error) {
    return Promise.reject(error);
  }
  const key = `${target.key}\n${queryKey(query)}`;
  const pending = asked.get(key);
  if (pending) return pending;
  const answer = searchOnce(query, target).finally(() => asked.delete(key));
  asked.set(key, answer);
  return answer;
}

/**
 * Closes an open search once the searches asked of it are answered (one that failed to open has
 * nothing to close), then gives up its lock.
 */
function closeOpenSearch(entry: OpenSearch): Promise<void> {
  return Promise.allSettled(entry.asking)
    .then(() => entry.search)
    .then((search) => search.close())
    .catch(() => {})
    .finally(entry.unlock);
}

/**
 * Starts opening the library search, if it can be, without waiting for it: what goes wrong
 * (no index yet, another server has it, the server out of reach) is said to the reader who
 * searches, as getLibrarySearch says it.
 */
export function startLibrarySearch(): void {
  try {
    getLibrarySearch().catch(() => {});
  } catch {
    // Said by the next getLibrarySearch, on the search page.
  }
}

/** Closes this process's library search, if one is open, and gives up its lock. */
export async function closeLibrarySearch(): Promise<void> {
  const entry = state.open;
  state.open = undefined;
  if (entry) await closeOpenSearch(entry);
}
