import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandQuery } from "@/lib/search/engine/expand-query";
import { lookupWords } from "@/lib/search/engine/lookup-words";
import { MAX_COMPLETIONS } from "@/lib/search/engine/lookup-words-sql";
import { parseLibraryQuery } from "@/lib/search/parse-library-query";
import type { LibrarySearch } from "@/lib/search/engine/library-query";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { loadEpisode } from "../search-helpers";
import { ENGINES, openLibrary, query, textEpisode } from "./engine-helpers";

const SEEDS = ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"];
/** More words beginning with `zzq` than a query lists one by one: zzqaa, zzqab, … */
const MANY = Array.from(
  { length: MAX_COMPLETIONS + 6 },
  (_, i) => `zzq${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`,
);
/** Words beginning with `zzw`, more than a wide group (16) and fewer than MAX_COMPLETIONS. */
const WIDE = Array.from({ length: 20 }, (_, i) => `zzw${String.fromCharCode(97 + i)}`);
/** Text the tokenizers could read differently: accents, digits, apostrophes, dashes, scripts, marks. */
const HOSTILE = [
  "Café’s naïve façade, the harbour and harbours",
  "3D printing in 2024: the 1st of 10,000 v2 models",
  "open-source foo_bar e-mail don't rock’n’roll",
  "Москва 東京 Ελλάδα ﬁne ǅemal İstanbul",
  "the harbourmaster 🙂 said <b>hi</b> & left; x=1+2",
];

describe.each(ENGINES)("a beginning typed, as the words it begins, on $name", (engine) => {
  let client: SqlClient;
  let search: LibrarySearch;
  beforeAll(async () => {
    const wide = [
      `harbour ${WIDE[0]} and ${WIDE[7]}`,
      `the harbours ${WIDE[19]}`,
      `${WIDE[3]} alone`,
      "harbour alone",
      "not a harbour: zzv",
      WIDE.join(" "),
    ];
    const made = [
      textEpisode("hostile", HOSTILE),
      textEpisode("many", [MANY.join(" ")]),
      textEpisode("wide", wide),
    ];
    ({ client, search } = await openLibrary(engine, [...SEEDS.map(loadEpisode), ...made]));
  });
  afterAll(() => search.close());

  const count = async (tsquery: string) =>
    (
      await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM search_documents WHERE tsv_simple @@ to_tsquery('simple', $1)",
        [tsquery],
      )
    )[0]?.n;

  it("lists the few words a beginning starts; beyond MAX_COMPLETIONS keeps the prefix", async () => {
    const few = await expandQuery(client, parseLibraryQuery("the harb"));
    expect(few.match).toContain("'harbour' | 'harbourmaster' | 'harbours'");
    expect(few.match).not.toContain(":*");
    const many = await expandQuery(client, parseLibraryQuery("zzq"));
    expect(many.match).toContain("'zzq':*");
  });

  it("a word of 16+ alternatives is a condition of its own, and finds what the whole match finds", async () => {
    const split = await expandQuery(client, parseLibraryQuery("harbour zzw"));
    expect(split.conditions).toHaveLength(2);
    const [rest = "", wide = ""] = split.conditions;
    expect(rest).toContain("'harbour'");
    for (const word of WIDE) expect(wide).toContain(`'${word}'`);
    expect(wide).not.toContain("harbour");
    const both = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM search_documents
       WHERE tsv_simple @@ to_tsquery('simple', $1) AND tsv_simple @@ to_tsquery('simple', $2)`,
      [rest, wide],
    );
    expect(both[0]?.n).toBe(await count(split.match ?? ""));
    const found = await search.search(query("harbour zzw"));
    expect(found.total).toBe(2);
    expect(found.episodes[0]?.hits.map((h) => h.text).sort()).toEqual([
      `harbour ${WIDE[0]} and ${WIDE[7]}`,
      `the harbours ${WIDE[19]}`,
    ]);
    // Fewer alternatives, or a wide word alone: one condition, the match itself.
    for (const text of ["the harb", "zzw"]) {
      const one = await expandQuery(client, parseLibraryQuery(text));
      expect(one.conditions, text).toEqual([one.match]);
    }
  });

  it("a word the library lacks is left out of the ranking; with none left, no hit is scored", async () => {
    const typing = await expandQuery(client, parseLibraryQuery("harb"));
    expect(typing.match).toContain("'harbour'");
    expect([typing.rank, typing.exact]).toEqual(["", ""]);
    const mixed = await expandQuery(client, parseLibraryQuery("the harbour wal"));
    expect(mixed.rank).toBe("('harbour')");
    expect(mixed.exact).toBe("('the' | 'harbour')");
    // Quoted words and corrections stay: they are what the hits are ranked by.
    const quoted = await expandQuery(client, parseLibraryQuery('"the harbour" harbuor'));
    expect(quoted.corrections).toEqual([{ from: "harbuor", to: "harbour" }]);
    expect(quoted.exact).toBe("('harbour' | 'the')");
    // Results as before: hits of a word being typed are listed, unscored, in the episodes' order.
    const { search } = await openLibrary(engine, [
      textEpisode("b", ["the harbours"]),
      textEpisode("a", ["harbour"]),
    ]);
    const found = await search.search(query("harb"));
    expect(found.episodes.map((e) => e.slug)).toEqual(["a", "b"]);
    expect(found.total).toBe(2);
    await search.close();
  });

  it("every word of the index is a word of the vocabulary the beginnings are listed from", async () => {
    const missing = await client.query<{ word: string }>(
      `SELECT DISTINCT w AS word FROM search_documents, unnest(tsvector_to_array(tsv_simple)) AS w
       WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w) ORDER BY 1 LIMIT 20`,
    );
    // But the speakers' lexemes (speaker-lexeme.ts), which no typed word can begin: `@` and a space.
    const speakers = await client.query<{ name: string }>(
      "SELECT DISTINCT speaker AS name FROM search_documents WHERE speaker IS NOT NULL ORDER BY 1",
    );
    expect(speakers.length).toBeGreaterThan(0);
    expect(missing).toEqual(speakers.map(({ name }) => ({ word: `@speaker ${name}` })));
  });

  it("the words listed find exactly the documents the prefix finds (seeds and hostile text)", async () => {
    const beginnings = ["a", "th", "co", "pro", "mod", "harb", "caf", "na", "3", "20", "mo", "ro", "zzq"];
    const facts = await lookupWords(client, {
      exact: beginnings,
      forms: [],
      parts: [],
      begins: beginnings,
      close: [],
    });
    const compared: string[] = [];
    for (const start of beginnings) {
      const words = facts.begins.get(start) ?? [];
      if (words.length > MAX_COMPLETIONS) continue;
      compared.push(start);
      const listed = [...words, ...(facts.known.has(start) ? [start] : [])].map((w) => `'${w}'`);
      expect(listed.length, start).toBeGreaterThan(0);
      expect(await count(listed.join(" | ")), start).toBe(await count(`'${start}':*`));
    }
    expect(compared.length).toBeGreaterThanOrEqual(8);
  });
});
