import { DecodingMode, decodeHTML, decodeHTMLStrict } from "entities";
import { VTTCue, tokenizeVTTCue, type VTTNode } from "media-captions";

/**
 * Cue text markup (`<v Name>`, `<i>`, `<c.cls>`, `<00:00:01.000>`, character references) to plain
 * text, using media-captions' WebVTT cue-text tokenizer and `entities` for the references.
 */

/**
 * Decodes HTML character references that end in a semicolon: numeric (`&#8217;`, `&#x2019;`)
 * and every named one (`&amp;`, `&nbsp;`, `&rsquo;`, …). Unknown references are left as written.
 */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
}

/**
 * Decodes character references as a browser does in text content (the WebVTT cue-text tokenizer
 * uses the HTML rules): the legacy names also without a semicolon (`&amp` → `&`, `&ltx` → `<x`,
 * `&notit;` → `¬it;`), numeric references with the spec's replacements (`&#128;` → `€`).
 */
function decodeCueReferences(text: string): string {
  return decodeHTML(text, DecodingMode.Legacy);
}

/** The plain text and first voice of a cue's text. */
export interface PlainCueText {
  /** Text with tags removed, references decoded, lines joined by one space, whitespace collapsed. */
  text: string;
  /** Annotation of the first `<v …>` tag, if any. */
  voice?: string;
}

/**
 * A Unicode noncharacter (U+FDD0–U+FDEF) the text does not contain: it stands in for `&` so the
 * tokenizer (which decodes only a few names itself) leaves every reference to `entities`.
 */
function ampersandStandIn(raw: string): string | undefined {
  for (let code = 0xfdd0; code <= 0xfdef; code++) {
    const candidate = String.fromCharCode(code);
    if (!raw.includes(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Converts raw cue text to plain text and voice.
 *
 * @param raw Cue text as in the file (lines joined by LF).
 * @param start Cue start in seconds (bounds inner timestamp tags).
 * @param end Cue end in seconds.
 */
export function plainCueText(raw: string, start: number, end: number): PlainCueText {
  // The WebVTT parser replaces every U+0000 NULL with U+FFFD before anything else.
  const nulFree = raw.replaceAll("\u0000", "\uFFFD");
  const standIn = ampersandStandIn(nulFree);
  const input = standIn === undefined ? nulFree : nulFree.replaceAll("&", standIn);
  const nodes = tokenizeVTTCue(new VTTCue(start, end, input));
  // Each text node is decoded on its own, as the browser does: a reference never spans a tag.
  const decode = (s: string): string =>
    standIn === undefined ? s : decodeCueReferences(s.replaceAll(standIn, "&"));
  let voice: string | undefined;
  const parts: string[] = [];
  const walk = (list: VTTNode[]): void => {
    for (const node of list) {
      if (node.type === "text") {
        parts.push(decode(node.data));
        continue;
      }
      if (node.type === "v" && voice === undefined && node.voice) voice = decode(node.voice).trim();
      walk(node.children);
    }
  };
  walk(nodes);
  const text = parts.join("").replace(/\s+/g, " ").trim();
  return voice ? { text, voice } : { text };
}
