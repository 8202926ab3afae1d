import { createHash } from "node:crypto";
import type { Episode } from "../../model/episode-schema";
import { casePieces } from "../../text/case-pieces";
import { tokenize } from "../../text/normalize-text";
import { buildSearchDocs } from "../build-search-docs";
import { describeEpisodePeople, PEOPLE_DOC_ID } from "../describe-episode-people";
import type { SearchDoc } from "../search-doc";
import { SEARCH_SCHEMA_VERSION } from "./search-schema";
import { toTsvectorLiteral } from "./tsvector-literal";

/** One row of `search_documents` (without the episode id, known once the episode is stored). */
export interface DocumentRow {
  position: number;
  docId: string;
  kind: SearchDoc["kind"];
  text: string;
  /**
   * Its words as a tsvector's text (tsvector-literal.ts), made here: in the reader thread of a
   * large load.
   */
  lexemes: string;
  start: number | null;
  end: number | null;
  speaker: string | null;
  section: string | null;
}

/** What the index stores of an episode: its card, its documents, its distinct words and pieces of words. */
export interface EpisodeRows {
  slug: string;
  title: string;
  show: string | null;
  published: string | null;
  hash: string;
  speakers: string[];
  words: string[];
  /** The pieces of its words written with capitals inside (casePieces: `py`, `torch` of `PyTorch`). */
  pieces: string[];
  documents: DocumentRow[];
}

/** Element ids of the title and description documents (the header shows them; nothing to scroll to). */
export const TITLE_DOC_ID = "episode-title";
export const DESCRIPTION_DOC_ID = "episode-description";

/**
 * The hash that decides whether an episode must be indexed again: of what the index stores of
 * it (its card and documents) and the schema version. Fields the search never reads (media,
 * word timings) do not count, so changing them re-indexes nothing.
 */
function rowsHash(rows: Omit<EpisodeRows, "hash">): string {
  return createHash("sha256")
    .update(`${SEARCH_SCHEMA_VERSION}\n${JSON.stringify(rows)}`)
    .digest("hex");
}

/** The hash of what the index stores of `episode` (see listIndexedEpisodes to compare). */
export function episodeHash(episode: Episode): string {
  return episodeRows(episode).hash;
}

/**
 * The rows of an episode: everything its page shows in words (buildSearchDocs) plus what its
 * header shows: its title and description (which the library cards show too; the contract's
 * kinds have no "title": both are `summary` documents, what the episode is about, untimed) and
 * its people with their roles (one `people` document).
 */
export function episodeRows(episode: Episode): EpisodeRows {
  const built = buildSearchDocs(episode);
  const extra: SearchDoc[] = [{ id: TITLE_DOC_ID, kind: "summary", text: episode.title }];
  if (episode.description?.trim())
    extra.push({ id: DESCRIPTION_DOC_ID, kind: "summary", text: episode.description });
  const people = describeEpisodePeople(episode);
  if (people) extra.push({ id: PEOPLE_DOC_ID, kind: "people", text: people });
  const words = new Set<string>();
  const pieces = new Set<string>();
  const documents = [...extra, ...built.docs].flatMap((doc): DocumentRow[] => {
    const tokens = tokenize(doc.text);
    if (tokens.length === 0) return [];
    for (const token of tokens) words.add(token);
    for (const piece of casePieces(doc.text)) pieces.add(piece);
    return [
      {
        position: 0,
        docId: doc.id,
        kind: doc.kind,
        text: doc.text,
        lexemes: toTsvectorLiteral(tokens),
        start: doc.start ?? null,
        end: doc.end ?? null,
        speaker: doc.speaker === undefined ? null : (built.speakers[doc.speaker]?.name ?? null),
        section: doc.section === undefined ? null : (built.sections[doc.section]?.title ?? null),
      },
    ];
  });
  documents.forEach((row, i) => (row.position = i));
  const speakers = [...new Set(documents.flatMap((d) => (d.speaker === null ? [] : [d.speaker])))];
  const rows = {
    slug: episode.slug,
    title: episode.title,
    show: episode.show ?? null,
    published: episode.published ?? null,
    speakers: speakers.sort(),
    words: [...words].sort(),
    pieces: [...pieces].sort(),
    documents,
  };
  return { ...rows, hash: rowsHash(rows) };
}
