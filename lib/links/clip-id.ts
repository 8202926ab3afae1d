// A clip's id carries everything a clip page needs, so no database holds clips: which episode
// (a short code of its slug) and which range (the link times, ms, base 36). Pure and small: the
// episode page's quote toolbar writes ids, the site reads them, and the static copy's 404 page
// turns an id it never saved into the episode's range link.

/** A clip as its id names it: the episode's code and the link's times (s). */
export interface ClipRef {
  code: string;
  start: number;
  end: number;
}

/** Characters of an episode's code: 36^7 ≈ 7.8·10^10 codes, so a 1,000-episode library has no clash to expect. */
const CODE_LENGTH = 7;
/** A clip's times: ms in base 36, at most 8 digits (over 80 years); no leading zero. */
const TIME = "(0|[1-9a-z][0-9a-z]{0,7})";
const CLIP_ID = new RegExp(`^([0-9a-z]{${CODE_LENGTH}})-${TIME}-${TIME}$`);

/**
 * cyrb53 (bryc, public domain): a fast 53-bit string hash. Only a short, stable name for a slug:
 * nothing secret rides on it, and a clash is caught where codes are indexed (indexClipCodes).
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The short code of an episode in clip ids: 7 base-36 characters derived from its slug. */
export function episodeCode(slug: string): string {
  return (hash53(slug) % 36 ** CODE_LENGTH).toString(36).padStart(CODE_LENGTH, "0");
}

const toMs = (seconds: number) => Math.round(seconds * 1000);

/**
 * The id of the clip of `slug` from `start` to `end` (s, to the ms): `<code>-<start>-<length>`,
 * e.g. `k3x9q2a-b8k3c-aso`. The length, not the end, is written: shorter for short clips.
 *
 * @throws RangeError when the times are not a range (negative, non-finite, end not after start).
 */
export function formatClipId(slug: string, start: number, end: number): string {
  const from = toMs(start);
  const length = toMs(end) - from;
  if (!Number.isFinite(from) || !Number.isFinite(length) || from < 0 || length <= 0)
    throw new RangeError(`formatClipId: not a range: ${start}–${end}`);
  return `${episodeCode(slug)}-${from.toString(36)}-${length.toString(36)}`;
}

/** The clip an id names, or undefined for anything that is not an id as formatClipId writes it. */
export function parseClipId(id: string): ClipRef | undefined {
  const match = CLIP_ID.exec(id);
  if (!match) return undefined;
  const [, code = "", from = "", length = ""] = match;
  const start = parseInt(from, 36);
  const span = parseInt(length, 36);
  if (span <= 0) return undefined;
  return { code, start: start / 1000, end: (start + span) / 1000 };
}

/**
 * Episode codes → slugs. A code two slugs share names neither (it maps to undefined): a clip link
 * must never open the wrong episode, so such clips are not found rather than guessed.
 */
export function indexClipCodes(slugs: Iterable<string>): Map<string, string | undefined> {
  const index = new Map<string, string | undefined>();
  for (const slug of slugs) {
    const code = episodeCode(slug);
    index.set(code, index.has(code) ? undefined : slug);
  }
  return index;
}

/** The codes two or more slugs share, each with its slugs in order: a build warns of them. */
export function findClipCodeClashes(slugs: Iterable<string>): { code: string; slugs: string[] }[] {
  const byCode = new Map<string, string[]>();
  for (const slug of slugs) {
    const code = episodeCode(slug);
    byCode.set(code, [...(byCode.get(code) ?? []), slug]);
  }
  return [...byCode]
    .filter(([, shared]) => shared.length > 1)
    .map(([code, shared]) => ({ code, slugs: shared.sort() }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}
