import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import { lookupWords, rankCloseWords } from "@/lib/search/engine/lookup-words";
import type { LibrarySearch } from "@/lib/search/engine/library-query";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { countStatements, ENGINES, openLibrary, query, textEpisode } from "./engine-helpers";
import { searchStatementName } from "@/lib/search/engine/search-statement";

const library = [
  textEpisode("port", ["the harbour master waved", "harbours and harbourmasters", "a friendly face"]),
  textEpisode("work", ["we are starting now", "the statrisu feature"]),
];

/** What to look up for one word, asked in every way (as expand-query does for a finished word). */
const everyWay = (word: string) => ({
  exact: [word],
  forms: [word],
  parts: [word],
  begins: [word],
  close: [word],
});

describe.each(ENGINES)("word lookups on $name", (engine) => {
  let client: SqlClient;
  let search: LibrarySearch;
  beforeAll(async () => {
    ({ client, search } = await openLibrary(engine, library));
  });
  afterAll(() => client.close());

  it("GOOD: a typo's neighbours come with the rest of the lookup, most similar first", async () => {
    const facts = await lookupWords(client, everyWay("harbur"));
    expect(facts.known.size + facts.forms.size + facts.parts.size + facts.begins.size).toBe(0);
    const neighbours = facts.close.get("harbur") ?? [];
    expect(neighbours[0]?.word).toBe("harbour");
    expect(neighbours.map((n) => n.sim)).toEqual([...neighbours.map((n) => n.sim)].sort((a, b) => b - a));
    expect(rankCloseWords(facts.close).get("harbur")?.best).toEqual(["harbour"]);
    // The fewest typos win over more shared trigrams (`statring` is `starting` with one swap).
    expect(
      rankCloseWords((await lookupWords(client, everyWay("statring"))).close).get("statring")?.best,
    ).toEqual(["starting"]);
  });

  it("BAD: a word found another way (itself, its forms, words containing or beginning with it) gets no neighbours", async () => {
    for (const word of ["harbour", "harbours", "masters", "harb"])
      expect((await lookupWords(client, everyWay(word))).close.size, word).toBe(0);
    const asked = { ...everyWay("harbur"), close: [] };
    expect((await lookupWords(client, asked)).close.size).toBe(0);
  });

  it("a misspelt search asks the database once before searching: the lookup brings the close words", async () => {
    const statements: string[] = [];
    const counting = countStatements(client, statements);
    const result = await createLibrarySearch(counting).search(query("harbur master"));
    expect(result.corrections).toEqual([{ from: "harbur", to: "harbour" }]);
    expect(result.episodes.map((e) => e.slug)).toEqual(["port"]);
    expect(statements[0]).toMatch(/search_lookup_words/);
    expect(statements.slice(1).every((s) => searchStatementName(s) !== undefined)).toBe(true);
    expect(statements).toHaveLength(1 + client.shards);
    expect((await search.search(query("harbour master"))).episodes.map((e) => e.slug)).toEqual(["port"]);
  });

  it("a query of exact phrases only asks no lookup, and finds its phrase as before", async () => {
    const statements: string[] = [];
    const counting = countStatements(client, statements);
    const result = await createLibrarySearch(counting).search(query('"harbour master"'));
    expect(result.episodes.map((e) => e.slug)).toEqual(["port"]);
    expect(result.total).toBe(1);
    expect(statements).toHaveLength(client.shards);
    expect(statements.every((s) => searchStatementName(s) !== undefined)).toBe(true);
    // …while a phrase being typed asks for the words its last word begins (`"harbour mas`).
    statements.length = 0;
    const typing = await createLibrarySearch(counting).search(query('"harbour mas'));
    expect(typing.episodes.map((e) => e.slug)).toEqual(["port"]);
    expect(statements[0]).toMatch(/search_lookup_words/);
  });

  it("BAD: nothing to look up is answered without the database", async () => {
    const refusing: SqlClient = { ...client, query: () => Promise.reject(new Error("asked the database")) };
    const none = { exact: [], forms: [], parts: [], begins: [], close: [] };
    const facts = await lookupWords(refusing, none);
    expect(
      [facts.known, facts.forms, facts.parts, facts.begins, facts.stopwords, facts.close].map((f) => f.size),
    ).toEqual([0, 0, 0, 0, 0, 0]);
    await expect(lookupWords(refusing, { ...none, exact: ["harbour"] })).rejects.toThrow(
      "asked the database",
    );
  });

  it("the lookups keep one plan per connection, made for any words: no planning per query", async () => {
    // A SQL function's body is planned at every call (0.7 ms of a 1.0 ms lookup on a server).
    const rows = await client.query<{ name: string; language: string; config: string[] | null }>(
      `SELECT p.proname AS name, l.lanname AS language, p.proconfig AS config
       FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
       WHERE p.proname IN ('search_lookup_words', 'search_close_words') ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(["search_close_words", "search_lookup_words"]);
    for (const row of rows) {
      expect(row.language, row.name).toBe("plpgsql");
      expect(row.config, row.name).toContain("plan_cache_mode=force_generic_plan");
    }
    // The one plan serves one word and many, in any order, on the same connection.
    const one = await lookupWords(client, everyWay("harbours"));
    const many = await lookupWords(client, {
      exact: ["the", "harbour", "nothing"],
      forms: ["harbours", "waving"],
      parts: ["masters", "statr"],
      begins: ["star", "harb"],
      close: ["harbur", "statring", "harbour"],
    });
    expect(many.known).toEqual(new Set(["the", "harbour"]));
    expect(many.forms.get("harbours")).toEqual(one.forms.get("harbours"));
    expect(many.parts.get("masters")).toEqual(["harbourmasters"]);
    expect(many.begins.get("star")).toEqual(["starting"]);
    expect([...many.close.keys()].sort()).toEqual(["harbur", "statring"]);
    expect(await lookupWords(client, everyWay("harbours"))).toEqual(one);
  });
});
