import { parsedDocSchema, type ParsedDoc } from "./parsed-doc-schema";

/**
 * A defensive copy of a parsed document, made by parsing it through its schema: missing arrays
 * become empty, strings are strings, blank optional strings are dropped, non-finite times and
 * times beyond ±1e7 s are dropped (items that need a time are removed). Lets the merge accept
 * garbled input without throwing.
 * @param input a document as the parsers produce it (or something close to it)
 * @returns a document safe to merge, or undefined when the format is unknown
 */
export function sanitizeDoc(input: ParsedDoc): ParsedDoc | undefined {
  return parsedDocSchema.safeParse(input).data;
}
