import { tokenize } from "../../text/normalize-text";
import type { ExpandedQuery } from "./expand-query";

type Reading = Pick<ExpandedQuery, "corrections" | "markQuery">;

/**
 * The corrections as the hits bear them out. A typed word may be searched as several close words
 * at once (`opne source`: `one` or `open`, as near to `opne` as each other); the page then names
 * those its hits say, the most said first, and marks that one: "“open” instead of “opne”", with
 * "open source" marked, where it said "one" and marked only "source". When the hits say none of
 * them (a hit found another way), all are named, as searched.
 */
export function settleCorrections({ corrections, markQuery }: Reading, texts: readonly string[]): Reading {
  if (corrections.length === 0) return { corrections, markQuery };
  const said = new Map<string, number>();
  for (const text of texts) for (const token of tokenize(text)) said.set(token, (said.get(token) ?? 0) + 1);
  const byTyped = new Map<string, string[]>();
  for (const { from, to } of corrections) byTyped.set(from, [...(byTyped.get(from) ?? []), to]);
  const settled: Reading["corrections"] = [];
  // The words to mark are the query's words as searched, each typo as its first close word.
  const marks = markQuery.split(" ");
  for (const [typed, words] of byTyped) {
    const seen = words.filter((word) => said.has(word));
    const named = seen.length > 0 ? seen.sort((a, b) => (said.get(b) ?? 0) - (said.get(a) ?? 0)) : words;
    settled.push(...named.map((to) => ({ from: typed, to })));
    const at = marks.indexOf(words[0] as string);
    if (at >= 0) marks[at] = named[0] as string;
  }
  return { corrections: settled, markQuery: marks.join(" ") };
}
