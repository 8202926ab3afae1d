import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { episodeSchema } from "@/lib/model/episode-schema";
import { episodePreview, quotePreview } from "@/lib/view/share-preview";
import { ADA, VOICE_2, makeEpisode } from "../export/episode-fixture";

const episode = makeEpisode(
  [
    {
      speakerId: ADA.id,
      sentences: [
        { text: "Engines weave patterns.", start: 10, end: 12 },
        { text: "Like looms weave flowers.", start: 12, end: 15 },
      ],
    },
    { speakerId: VOICE_2.id, sentences: [{ text: "That is a bold claim.", start: 15, end: 20 }] },
  ],
  [ADA, VOICE_2],
  { slug: "analytical-engine", title: "The Analytical Engine", show: "Notes", duration: 60 },
);

describe("quotePreview", () => {
  it("names the quote of a range, its speaker and time, with the quote card of those words", () => {
    expect(quotePreview(episode, "11,14")).toEqual({
      pageTitle: "The Analytical Engine",
      title: "“Engines weave patterns. Like looms weave flowers.” — Ada Lovelace",
      description: "Ada Lovelace at 0:10 in The Analytical Engine (Notes)",
      path: "/episodes/analytical-engine?t=11,14",
      canonicalPath: "/episodes/analytical-engine",
      image: {
        path: "/episodes/analytical-engine/quote-card?t=11,14",
        alt: "“Engines weave patterns. Like looms weave flowers.” — Ada Lovelace, 0:10",
      },
    });
  });

  it("writes the time back canonically, whatever spelling the link used", () => {
    const preview = quotePreview(episode, "0:11,00:00:14");
    expect(preview?.path).toBe("/episodes/analytical-engine?t=11,14");
    expect(preview?.image.path).toBe("/episodes/analytical-engine/quote-card?t=11,14");
  });

  it("quotes the one sentence at a moment, under the voice's label when it has no name", () => {
    const preview = quotePreview(episode, "16s");
    expect(preview?.title).toBe("“That is a bold claim.” — Speaker 2");
    expect(preview?.image.path).toBe("/episodes/analytical-engine/quote-card?t=16");
  });

  it("takes the first valid value of a repeated t", () => {
    expect(quotePreview(episode, ["soon", "16"])?.path).toBe("/episodes/analytical-engine?t=16");
  });

  it.each([
    ["missing", undefined],
    ["text", "soon"],
    ["negative", "-5"],
    ["an exponent", "1e309"],
    ["an end before its start", "14,11"],
    ["past the episode", "61"],
    ["markup", '11"><script>alert(1)</script>'],
    ["a moment before anybody speaks", "5"],
  ])("gives no quote preview for %s", (_why, t) => {
    expect(quotePreview(episode, t)).toBeUndefined();
  });

  it("quotes, for a moment in a pause, the sentence the page marks there: the last one before it", () => {
    expect(quotePreview(episode, "40")?.title).toBe("“That is a bold claim.” — Speaker 2");
  });

  it("shortens a long quote in the title at a word, with an ellipsis", () => {
    const long = makeEpisode(
      [{ speakerId: ADA.id, sentences: [{ text: "word ".repeat(60).trim(), start: 1, end: 9 }] }],
      [ADA],
    );
    const title = quotePreview(long, "2")?.title ?? "";
    expect(title).toMatch(/^“(word ){20,}word…” — Ada Lovelace$/);
    expect(title.length).toBeLessThan(140);
  });

  it("quotes episode A at 516,530: Jeff Boudier's sentence from 8:23 on", () => {
    const file = path.resolve(__dirname, "../../content/episodes/hugging-face-watsonx.json");
    const seed = episodeSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const preview = quotePreview(seed, "516,530");
    expect(preview?.title).toMatch(/^“And we call them “transformers” .*” — Jeff Boudier$/);
    expect(preview?.description).toBe(`Jeff Boudier at 8:23 in ${seed.title} (Smart Talks with IBM)`);
    expect(preview?.image.path).toBe("/episodes/hugging-face-watsonx/quote-card?t=516,530");
  });
});

describe("episodePreview", () => {
  it("is the episode's title, summary and title card", () => {
    const withSummary = { ...episode, summary: ["Ada on engines."] };
    expect(episodePreview(withSummary)).toEqual({
      pageTitle: "The Analytical Engine",
      title: "The Analytical Engine",
      description: "Ada on engines.",
      path: "/episodes/analytical-engine",
      canonicalPath: "/episodes/analytical-engine",
      image: {
        path: "/episodes/analytical-engine/share-card.png",
        alt: "Title card of The Analytical Engine",
      },
    });
  });
});
