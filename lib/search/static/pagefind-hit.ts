import { DOC_KIND_LABEL } from "../doc-kind-label";
import type { SearchDoc } from "../search-doc";
import { formatClock } from "../../time/format-time";
import { AT_ENTRY_SEPARATOR, SPEAKER_SEPARATOR } from "./pagefind-record";

/** What the browser reads of a Pagefind result (`await result.data()`). */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  /** Positions (in words of `content`) of the matched words. */
  locations: number[];
}

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** A result as the static search lists it: the sentence that matched, linked with the query. */
export interface StaticHit {
  slug: string;
  title: string;
  href: string;
  /** Kind, speaker, clock time, section: whichever are known. */
  about: string[];
  parts: SnippetPart[];
}

/** Words shown around the first match. */
export const SNIPPET_WORDS = 36;

interface AtEntry {
  offset: number;
  t: string;
  speaker: number;
}

function readAt(at: string | undefined): AtEntry[] {
  const entries = (at ?? "").split(AT_ENTRY_SEPARATOR).flatMap((entry) => {
    const [offset = "", t = "", speaker = ""] = entry.split(" ");
    const n = Number.parseInt(offset, 10);
    return Number.isFinite(n) ? [{ offset: n, t, speaker: Number.parseInt(speaker, 10) }] : [];
  });
  return entries.length ? entries : [{ offset: 0, t: "", speaker: -1 }];
}

/** The words from `from` to `to`, runs of matched and unmatched words as parts. */
function parts(words: string[], from: number, to: number, marked: Set<number>): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (let i = from; i < to; i++) {
    const mark = marked.has(i);
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += ` ${words[i]}`;
    else {
      // The space between runs stays outside the marks.
      if (last && mark) last.text += " ";
      out.push({ text: last && !mark ? ` ${words[i]}` : (words[i] ?? ""), mark });
    }
  }
  return out;
}

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** How well a matched word answers a query word: 2 the same, 1 one a prefix of the other, else 0. */
function quality(word: string, term: string): number {
  if (word === term) return 2;
  return term && (word.startsWith(term) || term.startsWith(word)) ? 1 : 0;
}

/**
 * The matched word a hit points at: the first of the sentence (`sentenceOf`: its first word, or
 * undefined to pass it over) that answers the query's words best (each word's best match
 * summed, see quality), the earlier on a tie. Pagefind matches the query's words anywhere in a
 * minute of speech, by prefix and by similarity too: the sentence that has them all is the one
 * the reader remembers ("attention is all you need", not the first "you", nor "are" for "a").
 */
function bestLocation(
  words: string[],
  locations: number[],
  terms: string[],
  sentenceOf: (n: number) => number | undefined,
): number {
  const found = new Map<number, { first: number; best: number[] }>();
  for (const n of locations) {
    const sentence = sentenceOf(n);
    if (sentence === undefined) continue;
    const entry = found.get(sentence) ?? { first: n, best: terms.map(() => 0) };
    const word = bare(words[n] ?? "");
    terms.forEach((term, i) => (entry.best[i] = Math.max(entry.best[i] ?? 0, quality(word, term))));
    found.set(sentence, entry);
  }
  let best: { first: number; score: number } | undefined;
  for (const { first, best: qualities } of found.values()) {
    const score = qualities.reduce((a, b) => a + b, 0);
    if (!best || score > best.score) best = { first, score };
  }
  return best?.first ?? locations[0] ?? 0;
}

/**
 * A Pagefind result read back into a hit: its best sentence (bestLocation; by `speaker` when
 * the search is filtered to one), the sentence around it from the record's `at` map, a link to that
 * sentence's time with the query, and the snippet with its matched words marked. Text stays
 * text: nothing here is ever HTML.
 */
export function toStaticHit(data: PagefindResultData, query: string, speaker?: string): StaticHit {
  const { meta } = data;
  const words = data.content.split(/\s+/).filter(Boolean);
  const locations = [...data.locations].filter((n) => n >= 0 && n < words.length).sort((a, b) => a - b);
  const entries = readAt(meta.at);
  const speakers = meta.speakers ? meta.speakers.split(SPEAKER_SEPARATOR) : [];
  const entryOf = (n: number) => entries.filter((e) => e.offset <= n).pop() ?? (entries[0] as AtEntry);
  const terms = [...new Set(query.split(/\s+/).map(bare).filter(Boolean))];
  const hit = bestLocation(words, locations, terms, (n) => {
    const entry = entryOf(n);
    return speaker === undefined || speakers[entry.speaker] === speaker ? entry.offset : undefined;
  });
  const entry = entryOf(hit);
  const end = entries.find((e) => e.offset > entry.offset)?.offset ?? words.length;
  const from = Math.max(entry.offset, Math.min(hit - Math.floor(SNIPPET_WORDS / 3), end - SNIPPET_WORDS));
  const to = Math.min(end, from + SNIPPET_WORDS);
  const snippet = parts(words, from, to, new Set(locations));
  if (from > entry.offset) snippet.unshift({ text: "… ", mark: false });
  if (to < end) snippet.push({ text: " …", mark: false });

  const url = new URL(data.url, "http://static.invalid");
  if (entry.t) url.searchParams.set("t", entry.t);
  // A timed record's fragment only keeps its URL apart from a window's (pagefind-records.ts).
  if (url.searchParams.has("t")) url.hash = "";
  if (query) url.searchParams.set("q", query);
  const time = entry.t ? Number.parseFloat(entry.t) : meta.time ? Number.parseFloat(meta.time) : NaN;
  const about = [
    DOC_KIND_LABEL[meta.kind as SearchDoc["kind"]] || undefined,
    speakers[entry.speaker],
    Number.isFinite(time) ? formatClock(time) : undefined,
    meta.section,
  ].filter((x): x is string => Boolean(x));
  return {
    slug: meta.slug ?? "",
    title: meta.title ?? "",
    href: `${url.pathname}${url.search}${url.hash}`,
    about,
    parts: snippet,
  };
}
