import { findMatchRanges } from "./find-match-ranges";

/** Which text nodes of an element hold its searchable text. */
export type TextFilter = (node: Text, element: HTMLElement) => boolean;

/**
 * Marks where `query` matches inside a server-rendered element by wrapping whole words of its
 * text nodes in `<mark>`, and returns the function that undoes it.
 *
 * Marks start and end at white space only, never inside a word: the sync island may wrap the
 * words of the playing sentence in `[data-w]` spans at any time (lib/sync/wrap-sentence-words),
 * and counts one word per run of non-space characters of each text node, so a mark inside a
 * word would break that count. Undoing puts the original text nodes back exactly; if the words
 * were wrapped meanwhile (the nodes moved), the marks are unwrapped instead, keeping the spans.
 *
 * @param accept which text nodes are searchable (e.g. not inside an editorial `[data-note]`).
 * @returns the marks made (in order) and `undo`.
 */
export function markMatches(
  element: HTMLElement,
  query: string,
  accept: TextFilter,
  className: string,
): { marks: HTMLElement[]; undo: () => void } {
  const doc = element.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (accept(node as Text, element)) nodes.push(node as Text);
  const ranges = findMatchRanges(nodes.map((n) => n.data).join(""), query);
  const marks: HTMLElement[] = [];
  const edits: { original: Text; parts: Node[] }[] = [];
  let offset = 0;
  let r = 0;
  for (const node of nodes) {
    const text = node.data;
    const from = offset;
    offset += text.length;
    // This node's stretches to mark, widened to whole words and merged across spaces.
    const local: [number, number][] = [];
    for (; r < ranges.length && (ranges[r] as [number, number])[0] < offset; r++) {
      const [start, end] = ranges[r] as [number, number];
      let a = Math.max(0, start - from);
      let b = Math.min(text.length, end - from);
      if (b <= 0) continue;
      while (a > 0 && !/\s/.test(text[a - 1] as string)) a--;
      while (b < text.length && !/\s/.test(text[b] as string)) b++;
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
    if (local.length === 0) continue;
    const parts: Node[] = [];
    let at = 0;
    for (const [a, b] of local) {
      if (a > at) parts.push(doc.createTextNode(text.slice(at, a)));
      const mark = doc.createElement("mark");
      mark.className = className;
      mark.setAttribute("data-search-mark", "");
      mark.textContent = text.slice(a, b);
      parts.push(mark);
      marks.push(mark);
      at = b;
    }
    if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
    node.replaceWith(...parts);
    edits.push({ original: node, parts });
  }

  const undo = () => {
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
  };
  return { marks, undo };
}
