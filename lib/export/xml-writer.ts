/**
 * A small XML writer for the feeds: elements are built as values and serialised in one place,
 * so every text and attribute goes through the same escaping. Hand-written rather than a library
 * because a feed needs only elements, attributes and text, and this keeps the output byte-stable.
 */

/** An element: its qualified name, its attributes (undefined ones left out) and its children. */
export interface XmlNode {
  name: string;
  attrs?: Record<string, string | number | undefined>;
  children?: readonly (XmlNode | string)[];
}

/**
 * Characters XML 1.0 cannot carry at all (C0 controls but tab, LF and CR; lone surrogates;
 * U+FFFE/U+FFFF): escaping cannot save them, so they are dropped.
 */
const NOT_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an element: markup characters escaped, characters XML forbids removed. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML_CHARS, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Text safe inside a double-quoted attribute: as {@link escapeXmlText}, plus `"`, and tab and
 * line ends as references (a parser would otherwise normalise them to spaces).
 */
export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** Shorthand for an element. */
export function el(
  name: string,
  attrs: XmlNode["attrs"] = {},
  ...children: readonly (XmlNode | string | undefined | false)[]
): XmlNode {
  return {
    name,
    attrs,
    children: children.filter((c): c is XmlNode | string => c !== undefined && c !== false),
  };
}

function writeNode(node: XmlNode, indent: string, out: string[]): void {
  const attrs = Object.entries(node.attrs ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttr(String(value))}"`)
    .join("");
  const children = node.children ?? [];
  if (children.length === 0) {
    out.push(`${indent}<${node.name}${attrs}/>`);
  } else if (children.every((c) => typeof c === "string")) {
    out.push(`${indent}<${node.name}${attrs}>${escapeXmlText(children.join(""))}</${node.name}>`);
  } else {
    out.push(`${indent}<${node.name}${attrs}>`);
    for (const child of children) {
      if (typeof child === "string") out.push(`${indent}  ${escapeXmlText(child)}`);
      else writeNode(child, `${indent}  `, out);
    }
    out.push(`${indent}</${node.name}>`);
  }
}

/** The document: the UTF-8 declaration, then the root element indented by two spaces a level. */
export function writeXml(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  writeNode(root, "", out);
  return `${out.join("\n")}\n`;
}
