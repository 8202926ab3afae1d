import { parseFragment, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Elements that end a paragraph of the text. */
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
]);
/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(["script", "style", "template", "noscript", "head", "title"]);

/**
 * A feed's description as plain text: RSS carries it as HTML (`<p>Two machines</p>`), and the
 * page shows the model's description as text, so its tags would show. Parsed with parse5 (the
 * browser's algorithm): entities decoded, scripts and styles dropped, each block a paragraph
 * (separated by a blank line), `<br>` a line break, other whitespace collapsed.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current = "";
  const endParagraph = (): void => {
    const text = current
      .replace(/[ \t\r\f\v]+/gu, " ")
      .replace(/ ?\n ?/gu, "\n")
      .trim();
    if (text !== "") paragraphs.push(text);
    current = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeName === "#text" && "value" in node) current += node.value.replace(/\s+/gu, " ");
    if (!("tagName" in node) || HIDDEN.has(node.tagName)) return;
    if (node.tagName === "br") current += "\n";
    const block = BLOCKS.has(node.tagName);
    if (block) endParagraph();
    for (const child of node.childNodes) walk(child);
    if (block) endParagraph();
  };
  for (const node of parseFragment(html).childNodes) walk(node);
  endParagraph();
  return paragraphs.join("\n\n");
}
