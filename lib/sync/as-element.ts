/** An event target as an element, or null for text nodes, the document and the window. */
export function asElement(target: EventTarget | null): Element | null {
  return target && typeof (target as Partial<Element>).closest === "function" ? (target as Element) : null;
}
