import { findMatchRanges } from "./find-match-ranges";
import type { IsWord } from "./term-match";

/** Neither white space nor a letter or digit: taken into a mark beside its word. */
const PUNCTUATION = /^[^\s\p{L}\p{N}]$/u;

/** `at` moved over the punctuation beside it (`step` -1: before, 1: after) when white space or the end follows. */
function widen(text: string, at: number, step: -1 | 1): number {
  let to = at;
  while (PUNCTUATION.test(text[step < 0 ? to - 1 : to] ?? "")) to += step;
  const next = text[step < 0 ? to - 1 : to];
  return next === undefined || /\s/.test(next) ? to : at;
}

/** Which text nodes of an element hold its searchable text. */
export type TextFilter = (node: Text, element: HTMLElement) => boolean;

/**
 * Marks where `query` matches inside a server-rendered element by wrapping whole words of its
 * text nodes in `<mark>`, and returns the function that undoes it.
 *
 * A mark takes in the punctuation around its words (`“Open-Source”`, `Face.`) and stops at
 * letters: a part of a word is marked alone (`Chat<mark>GPT</mark>`). The sync island may
 * wrap the words of the playing sentence in `[data-w]` spans at any time
 * (lib/sync/wrap-sentence-words); it reads a word cut by a mark's edge as one word. Undoing puts
 * the original text nodes back exactly; if the words were wrapped meanwhile (the nodes moved),
 * the marks are unwrapped instead, keeping the spans.
 *
 * @param accept which text nodes are searchable (e.g. not inside an editorial `[data-note]`).
 * @param vocabulary the search's words, for the parts of words it found (findMatchRanges).
 * @returns the marks made (in order) and `undo`.
 */
export function markMatches(
  element: HTMLElement,
  query: string,
  accept: TextFilter,
  className: string,
  vocabulary?: IsWord,
): { marks: HTMLElement[]; undo: () => void } {
  const doc = element.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (accept(node as Text, element)) nodes.push(node as Text);
  const ranges = findMatchRanges(nodes.map((n) => n.data).join(""), query, vocabulary);
  const marks: HTMLElement[] = [];
  const edits: Edit[] = [];
  const cursor = { offset: 0, range: 0 };
  for (const node of nodes) {
    const local = takeStretches(node.data, ranges, cursor);
    if (local.length === 0) continue;
    const parts = splitAtMarks(doc, node.data, local, () => {
      const mark = doc.createElement("mark");
      mark.className = className;
      mark.setAttribute("data-search-mark", "");
      marks.push(mark);
      return mark;
    });
    node.replaceWith(...parts);
    edits.push({ original: node, parts });
  }
  return { marks, undo: () => undoEdits(edits) };
}

/** A text node replaced by text and marks. */
interface Edit {
  original: Text;
  parts: Node[];
}

/**
 * The stretches of one text node (`text`, next in document order) to mark: the match ranges
 * (offsets in the joined text) that fall in it, widened to whole words and merged across spaces.
 * `cursor` carries the node's offset and the next range from node to node.
 */
function takeStretches(text: string, ranges: [number, number][], cursor: { offset: number; range: number }) {
  const from = cursor.offset;
  const offset = (cursor.offset += text.length);
  const local: [number, number][] = [];
  for (
    ;
    cursor.range < ranges.length && (ranges[cursor.range] as [number, number])[0] < offset;
    cursor.range++
  ) {
    const [start, end] = ranges[cursor.range] as [number, number];
    let a = Math.max(0, start - from);
    let b = Math.min(text.length, end - from);
    if (b <= 0) continue;
    a = widen(text, a, -1);
    b = widen(text, b, 1);
    // A phrase running across nodes brings the spaces between them: not worth a mark.
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (a === b) {
      if (end > offset) break;
      continue;
    }
    const last = local.at(-1);
    if (last && !/\S/.test(text.slice(last[1], a))) last[1] = Math.max(last[1], b);
    else local.push([a, b]);
    if (end > offset) break; // the range goes on in the next node
  }
  return local;
}

/** `text` as text nodes and marks (from `makeMark`) over the `stretches`. */
function splitAtMarks(
  doc: Document,
  text: string,
  stretches: [number, number][],
  makeMark: () => HTMLElement,
): Node[] {
  const parts: Node[] = [];
  let at = 0;
  for (const [a, b] of stretches) {
    if (a > at) parts.push(doc.createTextNode(text.slice(at, a)));
    const mark = makeMark();
    mark.textContent = text.slice(a, b);
    parts.push(mark);
    at = b;
  }
  if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
  return parts;
}

/**
 * Puts the original text nodes back, last edit first; where the words were wrapped meanwhile
 * (the parts moved or hold more than text), unwraps the marks instead, keeping the spans.
 */
function undoEdits(edits: Edit[]): void {
  for (const { original, parts } of edits.reverse()) {
    const parent = parts[0]?.parentNode;
    const intact =
      parent &&
      parts.every((part) => part.parentNode === parent) &&
      parts.every(
        (part) =>
          part.nodeType === Node.TEXT_NODE ||
          (part.childNodes.length === 1 && part.firstChild?.nodeType === Node.TEXT_NODE),
      );
    if (intact) {
      parent.insertBefore(original, parts[0] as Node);
      for (const part of parts) parent.removeChild(part);
    } else {
      for (const part of parts)
        if (part.nodeType === Node.ELEMENT_NODE && part.parentNode)
          (part as Element).replaceWith(...part.childNodes);
    }
  }
  edits.length = 0;
}
