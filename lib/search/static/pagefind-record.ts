/**
 * The shape the static copy's Pagefind index is made of, shared by the export (which writes the
 * records, pagefind-records.ts) and the browser (which reads a result back, pagefind-hit.ts).
 */
export interface PagefindRecord {
  /** The episode at the record: `/episodes/<slug>?t=…` or `/episodes/<slug>#<id>` (no query). */
  url: string;
  content: string;
  language: string;
  /**
   * Always `title` (the episode's), `slug` and `kind`; `show`, `published`, `time` (s),
   * `section` when known; a speech window also has `speakers` and `at`.
   */
  meta: Record<string, string>;
  /** `show` and `speaker`, when known. */
  filters: Record<string, string[]>;
  /** `published` (`YYYY-MM-DD`), when known. */
  sort: Record<string, string>;
}

/** The `kind` of a window of speech; other records carry their document's kind (note, chapter…). */
export const WINDOW_KIND = "sentence";
/** Between the names in `speakers` (a name is one line). */
export const SPEAKER_SEPARATOR = "\n";
/** Between the entries of `at`, each `<word offset> <t= value or empty> <speaker index or -1>`. */
export const AT_ENTRY_SEPARATOR = ";";
