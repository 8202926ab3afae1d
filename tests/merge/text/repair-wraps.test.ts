import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeEpisode, type MergeSource } from "@/lib/merge/merge-episode";
import type { PickedSources } from "@/lib/merge/pick-sources";
import { repairWraps } from "@/lib/merge/text/repair-wraps";
import type { EpisodeWarning } from "@/lib/model/episode-schema";
import { parsePlainText } from "@/lib/parse/parse-plain-text";
import { parseSource } from "@/lib/parse/parse-source";
import type { TextTurn } from "@/lib/parse/types";
import { sentencesOf, src } from "../helpers/episode-utils";

const NONE: PickedSources = { ignored: [] };

/** Repairs one turn of text (no other variants unless given) and returns its text and warnings. */
function repair(text: string, picked: PickedSources = NONE, extra: TextTurn[] = []) {
  const warnings: EpisodeWarning[] = [];
  const [turn] = repairWraps({
    cleanId: "clean.txt",
    turns: [{ speaker: "Ann Lee", text, line: 3 }, ...extra],
    picked,
    warnings,
  });
  return { text: turn?.text, warnings };
}

/** Sources with captions whose cues say `texts`. */
const captions = (...texts: string[]): PickedSources => ({
  ignored: [],
  caption: {
    id: "captions.vtt",
    doc: { format: "vtt", cues: texts.map((text, i) => ({ start: i, end: i + 1, text, line: 3 * i + 2 })) },
  },
});

describe("repairWraps: a word split at its hyphen", () => {
  it("joins it in the form the rest of the text writes, hyphenated or closed, and warns on its line", () => {
    const r = repair("A game- changing idea, a game-changing year, a data- base and one database.");
    expect(r.text).toBe("A game-changing idea, a game-changing year, a database and one database.");
    expect(r.warnings).toEqual([
      {
        source: "clean.txt",
        line: 3,
        message: expect.stringContaining('"game- changing" joined as "game-changing"'),
      },
      { source: "clean.txt", line: 3, message: expect.stringContaining('"data- base" joined as "database"') },
    ]);
  });

  it("takes the evidence from another variant, other turns or another hyphen character", () => {
    expect(repair("It is open- source, truly.", captions("all open-source models")).text).toBe(
      "It is open-source, truly.",
    );
    expect(repair("Look: “open- source”!", NONE, [{ text: "The open\u2011source way.", line: 9 }]).text).toBe(
      "Look: “open-source”!",
    );
  });

  it("prefers the form written more often, and the hyphen on a tie", () => {
    expect(repair("a life- style; lifestyle, lifestyle and life-style").text).toBe(
      "a lifestyle; lifestyle, lifestyle and life-style",
    );
    expect(repair("an e- mail; email and e-mail").text).toBe("an e-mail; email and e-mail");
  });

  it("leaves a real dash and a split without evidence alone, with no warning", () => {
    for (const text of [
      "Well- I mean, well, it was fine.",
      "Both pre- and post-war designs, pre-war and post-war.",
      "The open-source and open- science platform.",
      "A dash - here and a word -like this.",
    ]) {
      expect(repair(text, captions("open science, and pre and post war"))).toEqual({ text, warnings: [] });
    }
  });

  it("never joins into or out of an editorial note", () => {
    const text = "Her name- [NAYM-uh] is here- [sic] there, name-is and here-there.";
    expect(repair(text)).toEqual({ text, warnings: [] });
  });
});

describe("repairWraps: a space lost after punctuation", () => {
  it("puts the space back after a comma, a semicolon or a full stop between words, and warns", () => {
    const r = repair("The models,to do it; if you're,say, done;then stop.Then go.");
    expect(r.text).toBe("The models, to do it; if you're, say, done; then stop. Then go.");
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Missing space after punctuation: "models,to" written as "models, to"',
      'Missing space after punctuation: "you\'re,say," written as "you\'re, say,"',
      'Missing space after punctuation: "done;then" written as "done; then"',
      'Missing space after punctuation: "stop.Then" written as "stop. Then"',
    ]);
  });

  it("leaves numbers, decimals, addresses, abbreviations, ellipses and notes alone", () => {
    const text =
      "About 1,000 models at 3.5 GB on huggingface.co or www.ibm.com/watsonx,ai and https://x.io/a,b " +
      "e.g.The U.S.Army, mail me@x.org, wait...Then so…What and [BOO-dee-ay,uh] ok.";
    expect(repair(text)).toEqual({ text, warnings: [] });
  });
});

describe("repairWraps: the line of each repair", () => {
  it("names the source line where the repaired words are, not the turn's label line", () => {
    const parsed = parsePlainText(
      [
        "Title",
        "Ann Lee: We build game-",
        "changing things",
        "",
        "for models,to use.",
        "Bob Stone: A game-changing day.",
      ].join("\n"),
    );
    if (!parsed.ok) throw new Error("parse failed");
    const warnings: EpisodeWarning[] = [];
    const turns = repairWraps({ cleanId: "clean.txt", turns: parsed.value.turns, picked: NONE, warnings });
    expect(turns.map((t) => t.text)).toEqual([
      "We build game-changing things for models, to use.",
      "A game-changing day.",
    ]);
    expect(warnings.map((w) => w.line)).toEqual([2, 5]);
  });
});

describe("repairWraps: episode A", () => {
  const root = new URL("../../../content/sources/hugging-face-watsonx/", import.meta.url);
  const files = ["summary-page.txt", "transcript.txt", "audio-captions.txt"];
  const text = (file: string) => readFileSync(new URL(file, root), "utf8");
  const sources: MergeSource[] = files.map((file) => {
    const r = parseSource(text(file));
    if (!r.ok) throw new Error(file);
    return src(file, r.value);
  });
  const episode = mergeEpisode({ slug: "hugging-face-watsonx", sources });
  const all = sentencesOf(episode)
    .map((s) => s.text)
    .join(" ");
  const lines = text("transcript.txt").split("\n");

  it("repairs the wrapped words and lost spaces of the clean text, and keeps the rest", () => {
    expect(all).toContain("leverage AI as a game-changing multiplier");
    expect(all).toContain("tapping into open-source AI at enterprise level");
    expect(all).toContain("transformers models, to do anything");
    expect(all).toContain("if you're, say, a product manager");
    expect(all).not.toMatch(/\b(game|open)- (changing|source)\b/);
    // No evidence anywhere for "open-science": the split stays as written.
    expect(all).toContain("open- science");
    expect(all).toContain("huggingface.co,");
  });

  it("records each repair as a warning of the plain text on the line that holds it", () => {
    const repairs = episode.warnings.filter((w) => /Line-wrap|Missing space/.test(w.message));
    expect(repairs.length).toBe(6);
    for (const w of repairs) {
      expect(w.source).toBe("transcript.txt");
      const quoted = /"([^"]+)"/.exec(w.message)?.[1] ?? "";
      const first = quoted.split(" ")[0] ?? "";
      expect(lines[(w.line ?? 0) - 1]).toContain(first);
    }
  });
});
