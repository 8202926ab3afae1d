import { SaxesParser, type SaxesTagNS } from "saxes";

/** An element of a parsed XML document: namespace URI, local name, plain attributes, text, children. */
export interface XmlElement {
  uri: string;
  local: string;
  /** Unprefixed attributes by name (feeds put no namespace on the attributes they use). */
  attrs: Record<string, string>;
  /** The element's own text and CDATA, joined. */
  text: string;
  children: XmlElement[];
}

/** Deeper nesting than any feed needs: a bound on the stack a hostile document can build. */
const MAX_DEPTH = 64;

/**
 * Parses an XML document into a tree with saxes, a strict well-formedness parser that never
 * reads a DTD: it expands only the five predefined entities and character references, so an
 * entity bomb or an external entity (`<!ENTITY x SYSTEM "file:///etc/passwd">`) cannot expand.
 * A DOCTYPE is refused outright, so such a document gets one clear reason instead of an
 * "undefined entity" at its first use.
 *
 * @throws Error with `line:column: reason` when the document is not well-formed or has a DOCTYPE.
 */
export function parseXml(text: string): XmlElement {
  // XML 1.0 whatever the declaration says: 1.1 allows references to control characters
  // (&#x1B; starts a terminal escape), which no feed needs.
  const parser = new SaxesParser({ xmlns: true, forceXMLVersion: true, defaultXMLVersion: "1.0" });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (reason: string): never => {
    throw new Error(`${parser.line}:${parser.column}: ${reason}`);
  };
  parser.on("doctype", () =>
    fail("a DOCTYPE is not accepted in a feed (its entity declarations are a known attack)"),
  );
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (stack.length >= MAX_DEPTH) fail(`elements nested deeper than ${MAX_DEPTH}`);
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) if (attr.uri === "") attrs[attr.local] = attr.value;
    const element: XmlElement = { uri: tag.uri, local: tag.local, attrs, text: "", children: [] };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => void stack.pop());
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(text).close();
  return root ?? fail("no root element");
}

/** The children of `element` with this namespace and local name. */
export function childrenNamed(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter((c) => c.uri === uri && c.local === local);
}

/** The first child with this namespace and local name. */
export function childNamed(element: XmlElement, uri: string, local: string): XmlElement | undefined {
  return element.children.find((c) => c.uri === uri && c.local === local);
}

/** The trimmed text of the first such child, or undefined when absent or blank. */
export function childText(element: XmlElement, uri: string, local: string): string | undefined {
  const text = childNamed(element, uri, local)?.text.trim();
  return text ? text : undefined;
}
