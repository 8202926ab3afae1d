/**
 * Word spans are made on demand, for the sentence being spoken only: the server renders each
 * sentence as plain text plus a compact `data-words` list (each word's start as hundredths of a
 * second after the sentence's start, `-` when untimed; editorial notes are not counted), which
 * keeps the page small. Returns the word elements with absolute `data-start` (seconds), or []
 * when the sentence has no word timings or its text does not match the list.
 */
export function wrapSentenceWords(sentence: HTMLElement): HTMLElement[] {
  const existing = [...sentence.querySelectorAll<HTMLElement>("[data-w]")];
  if (existing.length > 0) return existing;
  const list = sentence.getAttribute("data-words");
  const base = Number(sentence.getAttribute("data-start"));
  if (!list || !Number.isFinite(base)) return [];
  const offsets = list.split(" ");
  const textNodes: Text[] = [];
  const walker = sentence.ownerDocument.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest("[data-note]")) textNodes.push(node as Text);
  }
  // A search mark may cut a word (`Chat<mark>GPT</mark>`): the text on both sides of its edge
  // is one word, wrapped in two spans with the same time (the first is the word's).
  const inMark = (node: Text) => node.parentElement?.closest("mark[data-search-mark]") ?? null;
  const continues = textNodes.map((node, k) => {
    const before = textNodes[k - 1];
    return (
      before !== undefined &&
      /\S$/.test(before.data) &&
      /^\S/.test(node.data) &&
      inMark(before) !== inMark(node)
    );
  });
  const tokenCount = textNodes.reduce(
    (n, t, k) => n + (t.data.match(/\S+/g)?.length ?? 0) - (continues[k] ? 1 : 0),
    0,
  );
  if (tokenCount !== offsets.length) return [];
  const words: HTMLElement[] = [];
  let i = 0;
  textNodes.forEach((node, k) => {
    const fragment = sentence.ownerDocument.createDocumentFragment();
    node.data.split(/(\s+)/).forEach((part, p) => {
      if (part === "") return;
      if (/^\s+$/.test(part)) {
        fragment.append(part);
        return;
      }
      const rest = p === 0 && continues[k];
      const offset = rest ? offsets[i - 1] : offsets[i++];
      const span = sentence.ownerDocument.createElement("span");
      span.textContent = part;
      span.setAttribute("data-w", "");
      if (offset !== undefined && offset !== "-")
        span.setAttribute("data-start", String(base + Number(offset) / 100));
      fragment.append(span);
      if (!rest) words.push(span);
    });
    node.replaceWith(fragment);
  });
  return words;
}
