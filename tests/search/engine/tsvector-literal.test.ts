import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchDocs } from "@/lib/search/build-search-docs";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { quoteLexeme, toTsvectorLiteral } from "@/lib/search/engine/tsvector-literal";
import { tokenize } from "@/lib/text/normalize-text";
import { loadEpisode } from "../search-helpers";
import { ENGINES } from "./engine-helpers";

describe("a document's words as a tsvector's text", () => {
  it("GOOD: each word once, with its positions from 1", () => {
    expect(toTsvectorLiteral(["open", "source", "open"])).toBe("'open':1,3 'source':2");
    expect(toTsvectorLiteral([])).toBe("");
  });

  it("BAD: a quote or backslash cannot end the lexeme", () => {
    expect(quoteLexeme("it's")).toBe("'it\\'s'");
    expect(quoteLexeme("a\\b")).toBe("'a\\\\b'");
  });

  it("BAD: a word too long to index is left out and takes no position", () => {
    expect(toTsvectorLiteral(["a", "x".repeat(2047), "b"])).toBe("'a':1 'b':2");
    expect(toTsvectorLiteral(["a", "x".repeat(2046), "b"])).toBe(`'a':1 '${"x".repeat(2046)}':2 'b':3`);
    // Bytes count, not characters: 683 three-byte letters are 2,049 bytes.
    expect(toTsvectorLiteral(["ক".repeat(683)])).toBe("");
  });
});

/** Texts PostgreSQL's parser reads as the app's tokenizer does, to compare the two tsvectors. */
function seedTexts(): string[] {
  return ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"].flatMap((slug) =>
    buildSearchDocs(loadEpisode(slug)).docs.map((doc) => doc.text),
  );
}

describe.each(ENGINES)("the tsvector PostgreSQL reads from it, on $name", (engine) => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await engine.open();
  });
  afterAll(() => client.close());

  /** How many of `texts` get another tsvector from the literal than from `to_tsvector('simple', …)`. */
  async function differing(texts: string[]): Promise<number> {
    const tokens = texts.map((text) => tokenize(text));
    const [row] = await client.query<{ n: number }>(
      `SELECT count(*) FILTER (WHERE l::tsvector IS DISTINCT FROM to_tsvector('simple', n))::int AS n
       FROM unnest($1::text[], $2::text[]) AS u(l, n)`,
      [tokens.map(toTsvectorLiteral), tokens.map((t) => t.join(" "))],
    );
    return row?.n ?? -1;
  }

  it("GOOD: is what to_tsvector made of every document of the seeds", async () => {
    const texts = seedTexts();
    expect(texts.length).toBeGreaterThan(300);
    expect(await differing(texts)).toBe(0);
  });

  it("BAD: keeps to_tsvector's limits: 255 positions a word, none past 16,383", async () => {
    const limits = [
      "again ".repeat(300),
      Array.from({ length: 16_400 }, (_, i) => `w${i % 7}`).join(" "),
      `one ${"x".repeat(2046)} two`,
    ];
    expect(await differing(limits)).toBe(0);
    expect(await differing(["one two", "one three"])).toBe(0);
    // The comparison can tell: a literal of other positions differs.
    const [row] = await client.query<{ same: boolean }>(
      "SELECT $1::tsvector = to_tsvector('simple', 'one two') AS same",
      ["'one':1 'two':3"],
    );
    expect(row?.same).toBe(false);
  });

  it("GOOD: keeps the words of letters a parser may not know (PGlite's drops U+0870…)", async () => {
    const word = "\u0870\u0871\u0872";
    const [row] = await client.query<{ literal: string }>("SELECT $1::tsvector::text AS literal", [
      toTsvectorLiteral(tokenize(`say ${word} now`)),
    ]);
    expect(row).toEqual({ literal: `'now':3 'say':1 '${word}':2` });
  });

  it("BAD: a word too long for a lexeme never reaches the server (PostgreSQL 15 refuses it, 17 keeps it)", async () => {
    const [row] = await client.query<{ literal: string }>("SELECT $1::tsvector::text AS literal", [
      toTsvectorLiteral(["one", "x".repeat(2047), "two"]),
    ]);
    expect(row).toEqual({ literal: "'one':1 'two':2" });
  });
});
