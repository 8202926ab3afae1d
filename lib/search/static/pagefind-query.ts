import { ENGLISH_STOPWORDS } from "../english-stopwords";

const isStopword = (word: string) =>
  ENGLISH_STOPWORDS.has(word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));

/**
 * The reader's query as the static copy asks Pagefind: straight quotes (Pagefind knows no
 * others), and outside quotes without English stopwords. Pagefind finds the records holding
 * every word, and a stopword is in nearly all of them: its index chunk was the bulk of what a
 * query downloaded (300 KB for `the future of language models`) for no narrower result.
 * Quoted phrases keep theirs (`"all you need"` is a phrase of them), and a query of stopwords
 * only is left whole.
 */
export function toPagefindQuery(query: string): string {
  const straight = query.replace(/[“”„]/g, '"');
  const parts = straight.split(/("[^"]*(?:"|$))/);
  const kept = parts.map((part, i) =>
    i % 2 === 1
      ? part
      : part
          .split(/\s+/)
          .filter((word) => word && !isStopword(word))
          .join(" "),
  );
  const result = kept.filter((part) => part.trim()).join(" ");
  return result.replace(/"/g, "").trim() ? result : straight;
}
