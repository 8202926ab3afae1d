import type { SearchDoc } from "./search-doc";

/** What a hit is, as a result shows it ("" for a transcript sentence: the default). */
export const DOC_KIND_LABEL: Record<SearchDoc["kind"], string> = {
  sentence: "",
  note: "Note",
  chapter: "Chapter",
  highlight: "Highlight",
  summary: "Summary",
  "key-point": "Key point",
  block: "Show notes",
  section: "Section",
  people: "People",
};
