import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { isFormOf, stemOf } from "@/lib/search/word-stem";
import { tokenize } from "@/lib/text/normalize-text";

describe("stemOf", () => {
  it("GOOD: gives the forms of a word one stem", () => {
    for (const word of ["developing", "development", "developers", "developed"])
      expect(stemOf(word)).toBe("develop");
    expect(stemOf("communities")).toBe(stemOf("community"));
    expect(stemOf("models")).toBe("model");
  });

  it("BAD: leaves words of other scripts and with digits as they are", () => {
    expect(stemOf("моделями")).toBe("моделями");
    expect(stemOf("gpt4s")).toBe("gpt4s");
    expect(stemOf("")).toBe("");
  });

  it("is PostgreSQL's English stemmer on the seeds' words, so the page finds the forms /search finds", async () => {
    const words = new Set<string>();
    for (const slug of ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"])
      for (const token of tokenize(readFileSync(`content/episodes/${slug}.json`, "utf8")))
        if (/^[a-z][a-z']*$/.test(token)) words.add(token);
    const db = new PGlite();
    try {
      const { rows } = await db.query<{ word: string; stems: string[] }>(
        "SELECT word, ts_lexize('english_stem', word) AS stems FROM unnest($1::text[]) AS word",
        [[...words]],
      );
      // Stopwords have no stem there (they are not indexed), and PostgreSQL's Snowball keeps one
      // double letter this Porter2 drops (`adding`: "add", here "ad").
      const stemmed = rows.filter((row) => row.stems.length > 0);
      expect(stemmed.length).toBeGreaterThan(1000);
      const differ = stemmed.filter((row) => row.stems[0] !== stemOf(row.word)).map((row) => row.word);
      expect(differ).toEqual(["adding"]);
    } finally {
      await db.close();
    }
  });
});

describe("isFormOf", () => {
  it("GOOD: another word of the same stem, typed with 3+ letters", () => {
    expect(isFormOf("developing", "development")).toBe(true);
    expect(isFormOf("runs", "running")).toBe(true);
    expect(isFormOf("run", "running")).toBe(true);
    expect(isFormOf("ais", "ai")).toBe(true); // `AI's`, folded
  });

  it("BAD: the word itself, a word of another stem, a stopword, or a typed word under 3 letters", () => {
    expect(isFormOf("model", "model")).toBe(false);
    expect(isFormOf("developing", "envelope")).toBe(false);
    expect(isFormOf("its", "it")).toBe(false); // also `it's`, folded
    expect(isFormOf("doing", "do")).toBe(false);
    expect(isFormOf("ai", "ais")).toBe(false);
    expect(isFormOf("dying", "die")).toBe(false); // Porter2's irregular forms: other first letters
  });
});
