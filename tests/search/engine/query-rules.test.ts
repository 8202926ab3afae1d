import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import type { LibrarySearch } from "@/lib/search/engine/library-query";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { countStatements, ENGINES, openLibrary, query, textEpisode } from "./engine-helpers";
import { searchStatementName } from "@/lib/search/engine/search-statement";

/**
 * The query rules of the in-page search (tests/search/word-parts-and-compounds.test.ts), on
 * the library engine. Each case is an episode of its own show; a search filtered by that show
 * sees only the case's texts (the vocabulary is the whole library's, as in real use).
 */
const CASES: Record<string, string[]> = {
  gpt: ["I asked ChatGPT about it", "nothing here", "GPT is a model"],
  gptModels: ["we talked about ChatGPT models", "we talked about GPT models"],
  ai: ["she said it again", "maintain it", "AI is here"],
  the: ["together we go", "rather not", "the end", "on the way"],
  compounds: ["open source AI wins", "opensource AI wins", "open-source AI wins"],
  split: ["open source AI"],
  joined: ["opensource AI"],
  apart: ["open the source"],
  stopwords: ["the rapist fled", "my therapist said so", "a notable result", "we are not able to"],
  ofcourse: ["of course not", "the course", "a course of action"],
  unknownLetters: ["we say \u0870\u0871\u0872 here", "nothing else"],
  into: ["log in to the site"],
  around: ["we went around"],
  phrases: ["you need all of it", "attention is all you need"],
  // A phrase whose quote is still open, its last word half typed (`"open sou`).
  typedPhrase: ["an open source model", "open sounds good", "the source is open", "open the source"],
  exclusions: ["open models win", "closed models lose", "open weights"],
  typos: ["the source of truth", "a wanted poster", "well there's a catch", "three little pigs"],
  beginsTypo: ["a friendly face", "the faseal tissue"],
  fewestTypos: ["we are starting now", "the statrisu feature"],
  // `fast` is closer to `fase` than `face` (3 trigrams of 7 shared, against 2 of 8).
  contextTypo: ["the hugging face hub", "a fast car"],
  // …and another show says `hugging` with `fast`: a reading found only outside the filters is no answer.
  contextTypoElsewhere: ["hugging fast lanes"],
  // `one` and `open` are each one typo from `opne`, and about as near: both are searched.
  twoReadings: ["open the window", "one more thing"],
  numbered: ["we tried GPT-4 today", "GPT4 is out", "GPT is old", "an H100 card", "the h 100 line"],
  initialisms: ["A.I. will change work", "AI agents act", "a plan I like"],
  // Parts inside words that are no compounds: `hat` in `that`, `red` in `shared`, `incredible`.
  redHat: [
    "the transformer that has conquered it",
    "an incredible shared win",
    "Red Hat ships Linux, that is shared",
  ],
  // `that` is one letter from `chat`: the library reads no typo of a word it has (in-page search does).
  typoMarks: ["I asked ChatGPT about that cat", "a model of it"],
  // Found by their English stem (PostgreSQL's), far from the word typed: no typo, no prefix of it.
  forms: ["The development team shipped, enveloping it", "our community grew"],
  pieces: [
    "we use GitHub daily",
    "the hub of it",
    "huggingface hosts models",
    "a face",
    "PyTorch and iPhones",
  ],
  repeats: ["privacy matters", "privacy privacy matters", "privacy privacy privacy matters"],
  inOrder: [`world ${"future ".repeat(12)}`.trim(), "the future work matters"],
};

describe.each(ENGINES)("query rules on $name", (engine) => {
  let client: SqlClient;
  let search: LibrarySearch;
  beforeAll(async () => {
    const episodes = Object.entries(CASES).map(([name, texts]) =>
      textEpisode(name.toLowerCase(), texts, { show: name, title: "Sample" }),
    );
    ({ client, search } = await openLibrary(engine, episodes));
  });
  afterAll(() => client.close());

  /** The texts found in `name`'s episode for `text`, best first. */
  const rank = async (name: string, text: string) => {
    const result = await search.search(query(text, { show: name }));
    return result.episodes.flatMap((e) => e.hits.map((hit) => hit.text));
  };

  it("GOOD: `GPT` finds `ChatGPT`, and the word itself ranks above the word it is part of", async () => {
    expect(await rank("gpt", "GPT")).toEqual(["GPT is a model", "I asked ChatGPT about it"]);
    expect(await rank("gpt", "gpt ")).toEqual(["GPT is a model", "I asked ChatGPT about it"]);
    expect(await rank("gptModels", "gpt models")).toEqual(CASES.gptModels?.toReversed());
  });

  it("BAD: a part is a word beside words, not letters inside one (`hat` is not in `that`); and marked so", async () => {
    expect(await rank("redHat", "red hat")).toEqual(["Red Hat ships Linux, that is shared"]);
    expect(await rank("redHat", "hat")).toEqual(["Red Hat ships Linux, that is shared"]);
    expect(await rank("redHat", "red")).toEqual(["Red Hat ships Linux, that is shared"]);
    const [found] = (await search.search(query("red hat", { show: "redHat" }))).episodes;
    const hit = found?.hits[0];
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(["Red Hat"]);
  });

  it("GOOD: a part beside a word written with capitals (`GitHub`) or beside a word of the library (`hugging`)", async () => {
    expect(await rank("pieces", "hub")).toEqual(["the hub of it", "we use GitHub daily"]);
    // `hugging` is a word of the library: another show says “hugging face”.
    expect(await rank("pieces", "face")).toEqual(["a face", "huggingface hosts models"]);
    const [found] = (await search.search(query("hub", { show: "pieces" }))).episodes;
    const git = found?.hits.find((hit) => hit.text.includes("GitHub"));
    expect(git?.marks.map(([a, b]) => git.text.slice(a, b))).toEqual(["Hub"]);
    // However short the other piece (`Py`, `i`), which is no word of the library.
    expect(await rank("pieces", "torch")).toEqual(["PyTorch and iPhones"]);
    const [phone] = (await search.search(query("phone", { show: "pieces" }))).episodes;
    const hit = phone?.hits[0];
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(["Phone"]);
    expect((await search.search(query("py ", { show: "pieces" }))).total).toBe(0);
  });

  it("BAD: a hit marks what the library search found, not a typo of it (`chat` marks no “that”); a form is marked", async () => {
    const marked = async (text: string) =>
      (await search.search(query(text, { show: "typoMarks" }))).episodes
        .flatMap((e) => e.hits)
        .flatMap((hit) => hit.marks.map(([a, b]) => hit.text.slice(a, b)));
    expect(await marked("chat")).toEqual(["ChatGPT"]);
    expect(await marked("chat ")).toEqual(["ChatGPT"]);
    expect(await marked("models ")).toEqual(["model"]);
  });

  it("GOOD: a hit found through another form of a word marks that form; BAD: a near word that is none", async () => {
    const marked = async (text: string) =>
      (await search.search(query(text, { show: "forms" }))).episodes
        .flatMap((e) => e.hits)
        .map((hit) => hit.marks.map(([a, b]) => hit.text.slice(a, b)));
    // `enveloping` is two letters from `developing`, as a typo would be: the library read no typo.
    expect(await marked("developing")).toEqual([["development"]]);
    expect(await marked("developing ")).toEqual([["development"]]);
    expect(await marked("communities")).toEqual([["community"]]);
  });

  it("BAD: 1–2 letters never find a part (`ai` is not in `said`), nor does a misspelt part", async () => {
    expect(await rank("ai", "ai")).toEqual(["AI is here"]);
    expect(await rank("ai", "ai ")).toEqual(["AI is here"]);
    expect(await rank("gpt", "gtp")).toEqual([]);
  });

  it("GOOD: `AI` and `A.I.` find each other, not a sentence saying `a` and `I`; the initialism is marked", async () => {
    for (const text of ["AI", "A.I.", "a.i. "])
      expect((await rank("initialisms", text)).sort(), text).toEqual([
        "A.I. will change work",
        "AI agents act",
      ]);
    const [found] = (await search.search(query("AI", { show: "initialisms" }))).episodes;
    const hit = found?.hits.find((h) => h.text.startsWith("A.I."));
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(["A.I"]);
  });

  it("GOOD: a name and its number find each other (`gpt4` ↔ `GPT-4`), side by side; a one-letter name keeps its (`h100`)", async () => {
    for (const text of ["gpt4", "gpt 4", "GPT-4", "gpt4 "])
      expect((await rank("numbered", text)).sort(), text).toEqual(["GPT4 is out", "we tried GPT-4 today"]);
    expect(await rank("numbered", "h100")).toEqual(["an H100 card"]);
    const [found] = (await search.search(query("gpt4", { show: "numbered" }))).episodes;
    const hit = found?.hits.find((h) => h.text.includes("GPT-4"));
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(["GPT-4"]);
  });

  it("BAD: a stopword finds itself, not the longer words it is part of (`the` in `together`)", async () => {
    expect((await rank("the", "the ")).sort()).toEqual(["on the way", "the end"]);
    expect(await rank("the", "rat")).toEqual(["rather not"]);
  });

  it("GOOD: each compound spelling finds all three, its own spelling first", async () => {
    const texts = CASES.compounds as string[];
    for (const text of ["opensource", "open source", "open-source", "opensource ai", "open source ai"])
      expect((await rank("compounds", text)).sort(), text).toEqual([...texts].sort());
    expect((await rank("compounds", "opensource"))[0]).toBe("opensource AI wins");
    expect((await rank("compounds", "open source "))[0]).not.toBe("opensource AI wins");
  });

  it("GOOD: compounds while the word is being typed (`opensou`, `open sou`)", async () => {
    expect(await rank("split", "opensou")).toEqual(["open source AI"]);
    expect(await rank("joined", "open sou")).toEqual(["opensource AI"]);
  });

  it("BAD: compound parts must stand side by side, be 2+ letters and make a word of 6+", async () => {
    expect(await rank("apart", "opensource")).toEqual([]);
    expect(await rank("into", "into ")).toEqual([]);
    expect(await rank("around", "a round ")).toEqual([]);
  });

  it("BAD: a word of the library is not split at a stopword, nor two typed words joined across one", async () => {
    expect(await rank("stopwords", "therapist")).toEqual(["my therapist said so"]);
    expect(await rank("stopwords", "notable")).toEqual(["a notable result"]);
    expect(await rank("stopwords", "therap")).toEqual(["my therapist said so"]);
    expect(await rank("stopwords", "the rapist")).toEqual(["the rapist fled"]);
    expect(await rank("stopwords", "not able ")).toEqual(["we are not able to"]);
  });

  it("GOOD: a typed word the library lacks may be split at a stopword (`ofcourse`), and is marked", async () => {
    const result = await search.search(query("ofcourse", { show: "ofcourse" }));
    const hits = result.episodes.flatMap((e) => e.hits);
    expect(hits.map((hit) => hit.text)).toEqual(["of course not"]);
    expect(hits.map((hit) => hit.marks.map(([from, to]) => hit.text.slice(from, to)))).toEqual([
      ["of course"],
    ]);
  });

  it("GOOD: a word of letters PostgreSQL's parser may not know is found (U+0870…)", async () => {
    expect(await rank("unknownLetters", "\u0870\u0871\u0872")).toEqual(["we say \u0870\u0871\u0872 here"]);
    expect(await rank("unknownLetters", "say \u0870\u0871\u0872 here")).toEqual([
      "we say \u0870\u0871\u0872 here",
    ]);
  });

  it("GOOD: a misspelt word (swapped letters too) is replaced by the closest word, and said so", async () => {
    for (const [typed, meant] of [
      ["soruce", "source"],
      ["watned", "wanted"],
      ["truht", "truth"],
    ]) {
      const result = await search.search(query(`${typed} `, { show: "typos" }));
      expect(result.corrections, typed).toEqual([{ from: typed, to: meant }]);
      expect(result.episodes[0]?.hits.map((hit) => hit.text)).toEqual(
        CASES.typos?.filter((text) => text.includes(meant as string)),
      );
    }
  });

  it("GOOD: when nothing is found, a typo that is a form of another word is corrected too", async () => {
    // `threes` is a form of `three`, but no sentence says `three catch`: `theres` was meant.
    const result = await search.search(query("threes catch", { show: "typos" }));
    expect(result.corrections).toEqual([{ from: "threes", to: "theres" }]);
    expect(result.episodes[0]?.hits.map((hit) => hit.text)).toEqual(["well there's a catch"]);
  });

  it("GOOD: the correction with the fewest typos wins over one sharing more letters (`statring`)", async () => {
    // `statrisu` shares more trigrams with `statring`, but is two typos away; `starting` is one swap.
    const result = await search.search(query("statring now", { show: "fewestTypos" }));
    expect(result.corrections).toEqual([{ from: "statring", to: "starting" }]);
    expect(result.episodes[0]?.hits.map((hit) => hit.text)).toEqual(["we are starting now"]);
  });

  it("GOOD: when nothing is found, a typo that begins a longer word is corrected too (`fase`, not `faseal`)", async () => {
    const result = await search.search(query("friendly fase", { show: "beginsTypo" }));
    expect(result.corrections).toEqual([{ from: "fase", to: "face" }]);
    expect(result.episodes[0]?.hits.map((hit) => hit.text)).toEqual(["a friendly face"]);
  });

  it("GOOD: a typo is read as the close word the rest of the query is said with (`hugging fase`: `face`, not `fast`)", async () => {
    const statements: string[] = [];
    const result = await createLibrarySearch(countStatements(client, statements)).search(
      query("hugging fase", { show: "contextTypo" }),
    );
    expect(result.corrections).toEqual([{ from: "fase", to: "face" }]);
    expect(result.episodes[0]?.hits.map((hit) => hit.text)).toEqual(["the hugging face hub"]);
    expect(result.episodes[0]?.hits[0]?.marks).toEqual([[4, 16]]);
    // Searched as typed, then with the later readings (`fast`, `face`) together, one statement per
    // shard searching the first that finds something: not a search per reading, nor a statement
    // to weigh them before the search (the word lookup and the close words of `fase` besides).
    const searched = statements.map(searchStatementName).filter((name) => name !== undefined);
    expect(searched.map((name) => /_[a-z]*r$/.test(name))).toEqual([
      ...Array.from({ length: client.shards }, () => false),
      ...Array.from({ length: client.shards }, () => true),
    ]);
    expect(statements.filter((s) => !searchStatementName(s))).toEqual([
      expect.stringMatching(/search_lookup_words/),
      expect.stringMatching(/search_close_words/),
    ]);
    // Across the library, `hugging fast` is said (in another show): that reading is the answer there.
    const anywhere = await search.search(query("hugging fase"));
    expect(anywhere.corrections).toEqual([{ from: "fase", to: "fast" }]);
    expect(anywhere.episodes.flatMap((e) => e.hits.map((hit) => hit.text))).toEqual(["hugging fast lanes"]);
  });

  it("GOOD: a typo searched as two close words names and marks the one its hits say (`opne`: `open`)", async () => {
    const result = await search.search(query("opne window", { show: "twoReadings" }));
    expect(result.corrections).toEqual([{ from: "opne", to: "open" }]);
    const hit = result.episodes[0]?.hits[0];
    expect(hit?.text).toBe("open the window");
    expect(hit?.marks.map(([from, to]) => hit.text.slice(from, to))).toEqual(["open", "window"]);
  });

  it("BAD: the closest word stays when it finds something, and a typo nothing is said with finds nothing", async () => {
    const alone = await search.search(query("fase ", { show: "contextTypo" }));
    expect(alone.corrections).toEqual([{ from: "fase", to: "fast" }]);
    expect(alone.episodes[0]?.hits.map((hit) => hit.text)).toEqual(["a fast car"]);
    const statements: string[] = [];
    const none = await createLibrarySearch(countStatements(client, statements)).search(
      query("tissue fase", { show: "contextTypo" }),
    );
    expect(none.total).toBe(0);
    // Searched as typed; then strictly (`fase` begins `faseal`: `fast` is closest) and as `face`
    // (no other close word of `fase` here), together, one statement per shard: neither finds
    // anything. The later readings ask the word lookup nothing again, only the close words of
    // `fase`, which it had found (as a beginning).
    expect(statements.filter((s) => !searchStatementName(s))).toEqual([
      expect.stringMatching(/search_lookup_words/),
      expect.stringMatching(/search_close_words/),
    ]);
    expect(statements.filter((s) => searchStatementName(s) !== undefined)).toHaveLength(2 * client.shards);
  });

  it("BAD: a word that begins a longer one is kept when the query finds something (`fase` finds `faseal`)", async () => {
    const result = await search.search(query("the fase", { show: "beginsTypo" }));
    expect(result.corrections).toEqual([]);
    expect(result.episodes[0]?.hits.map((hit) => hit.text)).toEqual(["the faseal tissue"]);
  });

  it("quoted phrases match in order, with straight or curly quotes; stopwords count inside", async () => {
    for (const text of ['"all you need"', "“all you need”", "„all you need“", '"all you need'])
      expect(await rank("phrases", text), text).toEqual(["attention is all you need"]);
    expect((await rank("phrases", "all you need")).sort()).toEqual([...(CASES.phrases as string[])].sort());
  });

  it('GOOD: while a quoted phrase is typed, its last word finds the words it begins, in order (`"open sou`)', async () => {
    for (const text of ['"open sou', "“open sou", 'model "open sou'])
      expect((await rank("typedPhrase", text)).sort(), text).toEqual(
        text.startsWith("model") ? ["an open source model"] : ["an open source model", "open sounds good"],
      );
    const [found] = (await search.search(query('"open sou', { show: "typedPhrase" }))).episodes;
    const hit = found?.hits.find((h) => h.text === "an open source model");
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b)).join(" ")).toBe("open source");
  });

  it('BAD: a closed quote, an excluded phrase or words out of order find no beginning (`"open sou"`)', async () => {
    expect(await rank("typedPhrase", '"open sou"')).toEqual([]);
    expect(await rank("typedPhrase", '"open sou ')).toEqual([]);
    expect(await rank("typedPhrase", '"source ope')).toEqual([]);
    expect((await rank("typedPhrase", 'open -"open sou')).sort()).toEqual(
      ["an open source model", "open sounds good", "open the source", "the source is open"].sort(),
    );
  });

  it("GOOD: one word ranks the sentences that say it most first", async () => {
    expect(await rank("repeats", "privacy")).toEqual(CASES.repeats?.toReversed());
  });

  it("GOOD: while the next word is typed, the words in order outrank a sentence that only repeats the first", async () => {
    // 12 × `future` and no word after it beginning with `wor`: the phrase bonus must still win.
    expect(await rank("inOrder", "future wor")).toEqual(CASES.inOrder?.toReversed());
  });

  it("-exclusions leave out a word (and its forms) or a quoted phrase", async () => {
    expect(await rank("exclusions", "models -closed")).toEqual(["open models win"]);
    expect(await rank("exclusions", "open -model")).toEqual(["open weights"]);
    expect(await rank("exclusions", 'models -"open models"')).toEqual(["closed models lose"]);
    expect(await rank("exclusions", "-open")).toEqual([]);
  });

  it("marks the matched stretch: a part inside its word, a phrase as one range", async () => {
    const [gpt] = (await search.search(query("GPT", { show: "gpt" }))).episodes;
    const chat = gpt?.hits.find((hit) => hit.text.includes("ChatGPT"));
    expect(chat?.marks.map(([a, b]) => chat.text.slice(a, b))).toEqual(["GPT"]);
    const [phrase] = (await search.search(query('"all you need"', { show: "phrases" }))).episodes;
    const hit = phrase?.hits[0];
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(["all you need"]);
  });
});
