import type { SpeakerLabelMatch } from "./speaker-label";

/** Text before a label ends a sentence: `.`, `?`, `!` or `…`, closing quotes or brackets, whitespace. */
const AFTER_SENTENCE = /[.?!…]["'”’)\]]*\s+$/u;
/** Text before a label ends a line: the label starts a line. */
const AT_LINE_START = /\n[ \t\u00A0]*$/u;
/** Text before a label ends a sentence and then a line: the label starts a paragraph. */
const AT_PARAGRAPH_START = /[.?!…]["'”’)\]]*[ \t\u00A0]*\n\s*$/u;
/** Text after a label opens a sentence: whitespace, then a capital letter or an opening quote. */
const OPENS_SENTENCE = /^\s+[\p{Lu}“"‘']/u;
/** Letters a name needs to be read as a label without a colon. */
const MIN_LETTERS = 3;
/** How far back the position rules look (a sentence end, quotes, whitespace). */
const LOOK_BACK = 16;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const keyOf = (name: string): string => name.trim().replace(/\s+/gu, " ").toLowerCase();
const isAllCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/**
 * One spelling per known name, case-insensitively: the first one not written in all capitals
 * (`Tim Harford` over `TIM HARFORD`), else the first.
 */
export function preferredSpellings(names: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  // A transcript repeats a few names thousands of times: each distinct spelling is read once.
  for (const raw of new Set(names)) {
    const name = raw.trim().replace(/\s+/gu, " ");
    if (name === "") continue;
    const key = keyOf(name);
    const had = out.get(key);
    if (had === undefined || (isAllCaps(had) && !isAllCaps(name))) out.set(key, name);
  }
  return out;
}

/**
 * Labels of already known speakers in forms the generic `Name:` rule misses. A known name (any
 * letter case, words separated by spaces) is a label when it stands at the start of the text or
 * of a line, or right after a sentence end (`. ? ! …`, closing quotes), and either
 * - is followed by `:` and whitespace (`tim harford: so`), or
 * - is written in all capitals and followed by whitespace and the turn's first word
 *   (`JEFF BOUDIER Yeah`), or
 * - is capitalised, starts a line after a sentence end, and is followed by a sentence
 *   (`there?⏎Jeff Boudier Yeah`).
 * A name in running speech is never a label: mid-sentence (`as Tim Harford said`), in ordinary
 * case without a colon on the line of the sentence before (`Fine. Tim Harford Yeah`) or before a
 * lowercase word (`Tim Harford said so.`), or followed by punctuation (`JEFF BOUDIER.`). `name` is the known spelling; `end` is after the colon, if any.
 * @param text the text to search
 * @param names the known speaker names
 */
export function findNamedLabels(text: string, names: Iterable<string>): SpeakerLabelMatch[] {
  return namedLabelFinder(names)(text);
}

/** {@link findNamedLabels} for many texts with the same names (the pattern is built once). */
export function namedLabelFinder(names: Iterable<string>): (text: string) => SpeakerLabelMatch[] {
  const spelling = preferredSpellings(names);
  if (spelling.size === 0) return () => [];
  const alternatives = [...spelling.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((key) => key.split(" ").map(escapeRegExp).join("[ \\t\\u00A0]+"));
  const re = new RegExp(
    String.raw`(?<=^|\s)(${alternatives.join("|")})(?:(:)(?=\s|$)|(?=\s+[\p{L}\p{N}“"‘'(\[]))`,
    "giu",
  );
  const keys = [...spelling.keys()].map((key) => key.split(" ")[0] ?? key);
  return (text) => {
    // Most texts name no speaker: skip the pattern (slow on long texts) unless a name's first word is there.
    const lower = text.toLowerCase();
    if (!keys.some((k) => lower.includes(k))) return [];
    const found: SpeakerLabelMatch[] = [];
    for (const m of text.matchAll(re)) {
      const raw = m[1] ?? "";
      const colon = m[2] === ":";
      const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
      const atStart = (m.index <= LOOK_BACK && before.trim() === "") || AT_LINE_START.test(before);
      if (!atStart && !AFTER_SENTENCE.test(before)) continue;
      const end = m.index + raw.length;
      const paragraph =
        /^\p{Lu}/u.test(raw) &&
        AT_PARAGRAPH_START.test(before) &&
        OPENS_SENTENCE.test(text.slice(end, end + 4));
      // Without a colon, a name of one or two letters ("A", "Q") is too likely a word of speech.
      if (!colon && ((!isAllCaps(raw) && !paragraph) || (raw.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS))
        continue;
      const name = spelling.get(keyOf(raw));
      if (name === undefined) continue;
      found.push({ name, start: m.index, end: end + (colon ? 1 : 0) });
    }
    return found;
  };
}

/**
 * Adds `named` labels to `labels` (both in text order), leaving out any that overlaps one of
 * `labels`: the generic rule already found it.
 */
export function withNamedLabels(
  labels: readonly SpeakerLabelMatch[],
  named: readonly SpeakerLabelMatch[],
): SpeakerLabelMatch[] {
  const extra = named.filter((n) => !labels.some((l) => n.start < l.end && l.start < n.end));
  return [...labels, ...extra].sort((a, b) => a.start - b.start);
}
