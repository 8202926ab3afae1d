import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/links/search-params";
import { redundantSearchFields } from "@/lib/links/redundant-search-fields";

/** The query string a GET form sends for these fields once the redundant ones are left out. */
function submitted(fields: [string, string][]): string {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  for (const name of redundantSearchFields(data)) data.delete(name);
  return new URLSearchParams([...data].map(([k, v]) => [k, String(v)])).toString();
}

const UNTOUCHED: [string, string][] = [
  ["q", "open source"],
  ["show", ""],
  ["speaker", ""],
  ["from", ""],
  ["to", ""],
  ["sort", "relevance"],
];

describe("redundantSearchFields", () => {
  it("leaves the untouched filters and the default order out of the address", () => {
    expect(submitted(UNTOUCHED)).toBe("q=open+source");
  });

  it("keeps every filter that is set and an order other than the default", () => {
    const fields: [string, string][] = [
      ["q", "open source"],
      ["show", "acquired"],
      ["speaker", "Ada Lovelace"],
      ["from", "2024-01-01"],
      ["to", ""],
      ["sort", "newest"],
    ];
    expect(submitted(fields)).toBe(
      "q=open+source&show=acquired&speaker=Ada+Lovelace&from=2024-01-01&sort=newest",
    );
  });

  it("treats a blank speaker as empty, and keeps an empty query (the page asks for words)", () => {
    expect(
      submitted([
        ["q", ""],
        ["speaker", "   "],
      ]),
    ).toBe("q=");
  });

  it("leaves out only what the page reads back as the same search", () => {
    const full = Object.fromEntries(UNTOUCHED);
    const tidy = Object.fromEntries(new URLSearchParams(submitted(UNTOUCHED)));
    expect(parseSearchParams(tidy)).toEqual(parseSearchParams(full));
  });
});
