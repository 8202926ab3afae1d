import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  decodeCatalogue,
  decodeCatalogueSlugs,
  decodeEpisode,
  modelVersionProblem,
} from "@/lib/model/decode-episode";

const seed = JSON.parse(readFileSync("content/episodes/hugging-face-watsonx.json", "utf8"));
const catalogue = JSON.parse(readFileSync("content/episodes/index.json", "utf8"));

/** A version-1 episode as Episode Explorer wrote it before issue 15: every word an object. */
const VERSION_1 = {
  schemaVersion: 1,
  slug: "old",
  title: "Old",
  transcript: {
    turns: [
      {
        id: "t-0",
        paragraphs: [
          {
            id: "p-0",
            sentences: [
              {
                id: "s-0",
                text: "Hi there.",
                start: 0,
                end: 1,
                timing: "aligned",
                words: [
                  { text: "Hi", start: 0, end: 0.4, timing: "aligned" },
                  { text: "there.", start: 0.4, end: 1, timing: "aligned" },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
};

describe("modelVersionProblem", () => {
  it("explains a version-1 model and how to rebuild it", () => {
    expect(modelVersionProblem(VERSION_1)).toBe(
      "built by an older Episode Explorer (model version 1; this one reads version 2): run npx episodes build",
    );
  });

  it("explains a model of a newer version and one with no version", () => {
    expect(modelVersionProblem({ schemaVersion: 3 })).toMatch(
      /^built by a newer Episode Explorer \(model version 3; this one reads version 2\)/,
    );
    expect(modelVersionProblem({ slug: "x" })).toMatch(/^not an Episode Explorer model \(no model version/);
    expect(modelVersionProblem("text")).toMatch(/no model version/);
  });

  it("has nothing to say about the current version", () => {
    expect(modelVersionProblem(seed)).toBeUndefined();
    expect(modelVersionProblem(catalogue)).toBeUndefined();
  });
});

describe("decodeEpisode and decodeCatalogue", () => {
  it("throw the explanation, not the schema's list of every field, for a version-1 file", () => {
    expect(() => decodeEpisode(VERSION_1)).toThrow(
      /^built by an older Episode Explorer \(model version 1; this one reads version 2\): run npx episodes build$/,
    );
    expect(() => decodeCatalogue({ schemaVersion: 1, episodes: [] })).toThrow(
      /model version 1; this one reads version 2/,
    );
  });

  it("read a current file into the expanded model", () => {
    const episode = decodeEpisode(seed);
    const first = episode.transcript.turns[0]?.paragraphs[0]?.sentences[0];
    expect(first?.words[0]).toMatchObject({ text: expect.any(String), start: expect.any(Number) });
    expect(first?.text).toBe(first?.words.map((w) => w.text).join(" "));
    expect(decodeCatalogue(catalogue).episodes).toHaveLength(3);
  });
});

describe("decodeCatalogueSlugs", () => {
  it("GOOD: the catalogue's slugs in its order, from the seeds' catalogue and from one whose cards it never reads", () => {
    expect(decodeCatalogueSlugs(catalogue)).toEqual(
      (catalogue as { episodes: { slug: string }[] }).episodes.map((e) => e.slug),
    );
    // Only the slugs are read (the search index's keys): a card's other fields are the site's to check.
    const cardsOfAnotherShape = {
      schemaVersion: 2,
      episodes: [{ slug: "b-side" }, { slug: "a-side", title: 7 }],
    };
    expect(decodeCatalogueSlugs(cardsOfAnotherShape)).toEqual(["b-side", "a-side"]);
  });

  it("BAD: the version problem first; a slug that is not one, or no list, is a schema error", () => {
    expect(() => decodeCatalogueSlugs({ schemaVersion: 1, episodes: [] })).toThrow(
      /model version 1; this one reads version 2/,
    );
    expect(() => decodeCatalogueSlugs({ schemaVersion: 2, episodes: [{ slug: "../etc" }] })).toThrow(/slug/);
    expect(() => decodeCatalogueSlugs({ schemaVersion: 2, episodes: [{ title: "no slug" }] })).toThrow();
    expect(() => decodeCatalogueSlugs({ schemaVersion: 2 })).toThrow();
  });
});
