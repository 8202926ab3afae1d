import type { Episode, Sentence } from "@/lib/model/episode-schema";

/**
 * Word start times of one sentence, as hundredths of a second after the sentence's start, one
 * per word that is not an editorial note (`-` when a word is untimed), space-separated.
 * Undefined when the sentence has no start or no word has more than coarse timing.
 */
export function encodeWordStarts(sentence: Sentence): string | undefined {
  if (sentence.start === undefined) return undefined;
  const base = sentence.start;
  const words = sentence.words.filter((w) => !w.note);
  if (!words.some((w) => w.start !== undefined && w.timing !== "coarse")) return undefined;
  return words
    .map((w) => (w.start === undefined ? "-" : String(Math.round((w.start - base) * 100))))
    .join(" ");
}

/**
 * Every sentence's encoded word starts (see {@link encodeWordStarts}), keyed by sentence id, in
 * transcript order. Served as `/episodes/<slug>/word-starts.json` and fetched only once playback
 * is positioned, so the page itself carries no per-word data.
 */
export function buildWordStarts(episode: Episode): Record<string, string> {
  const starts: Record<string, string> = {};
  for (const turn of episode.transcript.turns)
    for (const paragraph of turn.paragraphs)
      for (const sentence of paragraph.sentences) {
        const encoded = encodeWordStarts(sentence);
        if (encoded !== undefined) starts[sentence.id] = encoded;
      }
  return starts;
}

const ENCODED_LIST = /^(?:-|\d{1,7})(?: (?:-|\d{1,7}))*$/;

/**
 * Reads a fetched `word-starts.json` body: keeps the entries whose key looks like a sentence id
 * and whose value is a well-formed list, drops anything else (it is only used for word marks).
 */
export function parseWordStarts(json: unknown): Map<string, string> {
  const starts = new Map<string, string>();
  if (typeof json !== "object" || json === null || Array.isArray(json)) return starts;
  for (const [id, list] of Object.entries(json)) {
    if (/^[\w-]{1,64}$/.test(id) && typeof list === "string" && ENCODED_LIST.test(list)) starts.set(id, list);
  }
  return starts;
}
