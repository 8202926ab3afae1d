import { decodeEntities } from "./cue-text";
import { collapseWhitespace } from "./text-lines";
import type { NoteLink } from "./types";

/** `[[Target | label]]` or `[[Target]]` wiki links. */
const WIKI_LINK = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

/** An HTML tag, opening or closing. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)[^<>]*>/g;

/**
 * Cleans one inline fragment of a notes page: wiki links become their label (or target) and
 * are pushed to `links`; `<br/>` and other HTML tags, `**`/`*`/`__` emphasis are removed;
 * entities are decoded and whitespace collapsed.
 *
 * @param onTag told of each removed tag other than `<br>` (as `<name>` or `</name>`) and its
 *   offset in `fragment`, so that the parser can say what markup it dropped and where.
 */
export function cleanInline(
  fragment: string,
  links: NoteLink[],
  onTag?: (tag: string, at: number) => void,
): string {
  if (onTag)
    for (const m of fragment.matchAll(TAG)) {
      const name = (m[1] ?? "").toLowerCase();
      if (name !== "br") onTag(`<${m[0].startsWith("</") ? "/" : ""}${name}>`, m.index);
    }
  const linked = fragment.replace(WIKI_LINK, (_whole, rawTarget: string, rawLabel: string | undefined) => {
    const target = collapseWhitespace(rawTarget);
    const label = collapseWhitespace(rawLabel ?? "") || target;
    if (target || label) links.push({ label, target: target || label });
    return label;
  });
  const plain = linked
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<\/?[A-Za-z][^<>]*>/g, "")
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
