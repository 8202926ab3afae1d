/*
 * The speaker filter as a word of the index. Each document a named speaker said carries one more
 * lexeme in its tsvector, `@speaker <name>`, without a position (so phrases and ranking never
 * see it), and a filtered search asks for it alongside the reader's words: the GIN index then
 * intersects the two, and only that speaker's hits are read from the table. Filtering the rows
 * instead read every hit of every speaker first (`model` by one of three speakers: 5,346 rows
 * read for 1,685 kept). No query word can reach the lexeme: the reader's words are letters and
 * digits (normalize-text), never `@` or a space, so not even a prefix such as `speak:*` does.
 *
 * Both functions return SQL, used by the statement that stores documents (index-sql.ts) and the
 * one that searches them (search-sql.ts), so the two cannot spell the lexeme differently.
 */

/** Longer names get no lexeme (a lexeme holds at most 2,047 bytes); the filter then reads rows. */
const MAX_NAME_BYTES = 1000;

/** Whether the speaker `name` has its lexeme in the index (speakerLexemeSql's test, in UTF-8 bytes). */
export const hasSpeakerLexeme = (name: string): boolean =>
  new TextEncoder().encode(name).length <= MAX_NAME_BYTES;

/** SQL: the lexeme of the speaker named by the text expression `name`, or NULL. */
export function speakerLexemeSql(name: string): string {
  return `(CASE WHEN octet_length(${name}) <= ${MAX_NAME_BYTES} THEN '@speaker ' || ${name} END)`;
}

/**
 * SQL: that lexeme as a tsquery, or NULL. It is quoted for tsquery's input (a backslash and a
 * quote doubled), not parsed as words: the name stays one lexeme whatever it holds.
 */
export function speakerTsquerySql(name: string): string {
  const lexeme = speakerLexemeSql(name);
  return `(('''' || replace(replace(${lexeme}, '\\', '\\\\'), '''', '''''') || '''')::tsquery)`;
}
