import { VTTCue, tokenizeVTTCue, type VTTNode } from "media-captions";

/**
 * Cue text markup (`<v Name>`, `<i>`, `<c.cls>`, `<00:00:01.000>`, entities) to plain text,
 * using media-captions' WebVTT cue-text tokenizer.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  lrm: "\u200E",
  rlm: "\u200F",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  copy: "©",
  reg: "®",
  trade: "™",
  shy: "\u00AD",
  laquo: "«",
  raquo: "»",
  eacute: "é",
};

/**
 * Decodes HTML character references: numeric (`&#8217;`, `&#x2019;`) and common named ones
 * (`&amp;`, `&lt;`, `&nbsp;`, `&rsquo;`, …). Unknown references are left as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\uFFFD";
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** The plain text and first voice of a cue's text. */
export interface PlainCueText {
  /** Text with tags removed, entities decoded, lines joined by one space, whitespace collapsed. */
  text: string;
  /** Annotation of the first `<v …>` tag, if any. */
  voice?: string;
}

/** U+FDD0 is a Unicode noncharacter: it stands in for `&` so the tokenizer leaves entities alone. */
const AMP_STAND_IN = "\uFDD0";

/**
 * Converts raw cue text to plain text and voice.
 *
 * @param raw Cue text as in the file (lines joined by LF).
 * @param start Cue start in seconds (bounds inner timestamp tags).
 * @param end Cue end in seconds.
 */
export function plainCueText(raw: string, start: number, end: number): PlainCueText {
  const shielded = !raw.includes(AMP_STAND_IN);
  const input = shielded ? raw.replace(/&/g, AMP_STAND_IN) : raw;
  const nodes = tokenizeVTTCue(new VTTCue(start, end, input));
  const unshield = (s: string): string => (shielded ? decodeEntities(s.replace(/\uFDD0/g, "&")) : s);
  let voice: string | undefined;
  const parts: string[] = [];
  const walk = (list: VTTNode[]): void => {
    for (const node of list) {
      if (node.type === "text") {
        parts.push(node.data);
        continue;
      }
      if (node.type === "v" && voice === undefined && node.voice) voice = unshield(node.voice).trim();
      walk(node.children);
    }
  };
  walk(nodes);
  const text = unshield(parts.join("")).replace(/\s+/g, " ").trim();
  return voice ? { text, voice } : { text };
}
