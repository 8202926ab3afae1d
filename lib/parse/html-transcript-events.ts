import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { collapseWhitespace, stripBom } from "./text-lines";

/**
 * Reads an HTML transcript with parse5 (the WHATWG HTML parsing algorithm, as a browser builds
 * the page) and lists what a transcript is made of, in document order: `<cite>` speakers,
 * `<time>` turn starts and `<p>` paragraphs, each with its decoded text and source line. Script,
 * style, template and noscript content is never read; markup inside a paragraph is text.
 */

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** One element of the transcript: its kind, its text (whitespace collapsed) and its line. */
export interface TranscriptEvent {
  kind: "cite" | "time" | "p";
  text: string;
  line: number;
}

/** What {@link readHtmlTranscript} finds. */
export interface HtmlTranscript {
  /** The `<title>` text, if any. */
  title?: string;
  events: TranscriptEvent[];
}

/** Elements whose content is never transcript text. */
const IGNORED = new Set(["script", "style", "template", "noscript", "head"]);
/** Elements that are transcript structure inside a paragraph (taken out of its text). */
const INLINE_EVENTS = new Set(["cite", "time"]);

const isElement = (node: Node): node is Element => "tagName" in node;
const childrenOf = (node: Node): Node[] => ("childNodes" in node ? node.childNodes : []);

/** The text of a node's subtree: text nodes joined, `<br>` a space, ignored elements and `skip` left out. */
function textOf(node: Node, skip: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeName === "#text" && "value" in n) parts.push(n.value);
    else if (isElement(n)) {
      if (IGNORED.has(n.tagName) || skip.has(n.tagName)) return;
      if (n.tagName === "br") parts.push(" ");
      for (const child of n.childNodes) walk(child);
    }
  };
  walk(node);
  return collapseWhitespace(parts.join(""));
}

/** The 1-based line an element starts on (parse5 counts CRLF, CR and LF as one line end each). */
const lineOf = (element: Element): number => element.sourceCodeLocation?.startLine ?? 1;

/**
 * Parses the HTML and lists its transcript elements. A `<cite>` or `<time>` inside a paragraph
 * comes before that paragraph, whose text leaves them out.
 *
 * @param text The file's text.
 */
export function readHtmlTranscript(text: string): HtmlTranscript {
  const document = parse(stripBom(text), { sourceCodeLocationInfo: true });
  const events: TranscriptEvent[] = [];
  let title: string | undefined;
  const walk = (node: Node): void => {
    if (!isElement(node)) {
      for (const child of childrenOf(node)) walk(child);
      return;
    }
    if (node.tagName === "title" && title === undefined) title = textOf(node) || undefined;
    if (IGNORED.has(node.tagName)) {
      // The head holds the title only; nothing else of it is transcript.
      if (node.tagName === "head") for (const child of node.childNodes) walk(child);
      return;
    }
    if (node.tagName === "cite" || node.tagName === "time") {
      events.push({ kind: node.tagName, text: textOf(node), line: lineOf(node) });
      return;
    }
    if (node.tagName === "p") {
      for (const child of node.childNodes) walkInline(child);
      events.push({ kind: "p", text: textOf(node, INLINE_EVENTS), line: lineOf(node) });
      return;
    }
    for (const child of node.childNodes) walk(child);
  };
  /** Inside a paragraph: only its speaker and time elements are events. */
  const walkInline = (node: Node): void => {
    if (!isElement(node) || IGNORED.has(node.tagName)) return;
    if (INLINE_EVENTS.has(node.tagName)) walk(node);
    else for (const child of node.childNodes) walkInline(child);
  };
  walk(document);
  return { ...(title ? { title } : {}), events };
}
