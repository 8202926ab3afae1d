import { decodeEntities } from "./cue-text";
import { collapseWhitespace } from "./text-lines";
import type { NoteLink } from "./types";

/** `[[Target | label]]` or `[[Target]]` wiki links. */
const WIKI_LINK = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

/**
 * Inline formatting tags a notes editor writes around words. They are markup, like `**`, so they
 * are removed and their text kept; `<br>` becomes a space.
 */
const FORMATTING_TAG =
  /<\/?(?:b|strong|i|em|u|s|del|ins|mark|code|span|sup|sub|small|kbd|abbr)(?:\s[^<>]*)?\/?>|<br\s*\/?>/gi;

/**
 * Cleans one inline fragment of a notes page: wiki links become their label (or target) and
 * are pushed to `links`; inline formatting tags (`<em>`, `<b>`, `<span …>`, …) and `**`/`*`/`__`
 * emphasis are removed, `<br>` becomes a space; entities are decoded and whitespace collapsed.
 * Any other tag (`<script>`, `<img …>`, `</textarea>`) is not formatting: it is kept as the text
 * it is, so the page shows it and no word of the source is lost.
 */
export function cleanInline(fragment: string, links: NoteLink[]): string {
  const linked = fragment.replace(WIKI_LINK, (_whole, rawTarget: string, rawLabel: string | undefined) => {
    const target = collapseWhitespace(rawTarget);
    const label = collapseWhitespace(rawLabel ?? "") || target;
    if (target || label) links.push({ label, target: target || label });
    return label;
  });
  const plain = linked
    .replace(FORMATTING_TAG, (tag) => (/^<br/i.test(tag) ? " " : ""))
    .replace(/\*\*|__|\*/g, "");
  return collapseWhitespace(decodeEntities(plain));
}

/** One `<a class="yt-timestamp" data-t="hh:mm:ss">[hh:mm:ss]</a>` anchor in a block. */
export interface TimestampAnchor {
  /** Offset of `<a` in the block. */
  at: number;
  /** Offset just after `</a>`. */
  end: number;
  /** The `data-t` value (or undefined). */
  dataT?: string;
  /** The bracketed label inside the anchor (or undefined). */
  label?: string;
}

/** Finds timestamp anchors: `<a …>…</a>` with class `yt-timestamp` or a `data-t` attribute. */
export function findTimestampAnchors(block: string): TimestampAnchor[] {
  const anchors: TimestampAnchor[] = [];
  for (const m of block.matchAll(/<a\b([^<>]*)>([^<]*)<\/a\s*>/gi)) {
    const attrs = m[1] ?? "";
    const dataT = /\bdata-t\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1];
    if (dataT === undefined && !/\byt-timestamp\b/.test(attrs)) continue;
    const label = /\[([^[\]]*)\]/.exec(m[2] ?? "")?.[1];
    anchors.push({
      at: m.index,
      end: m.index + m[0].length,
      ...(dataT !== undefined ? { dataT } : {}),
      ...(label !== undefined ? { label } : {}),
    });
  }
  return anchors;
}
