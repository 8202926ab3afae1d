import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withoutSummaryRepeats } from "@/lib/merge/outline/build-blocks";
import { mergeEpisode } from "@/lib/merge/merge-episode";
import type { Block } from "@/lib/model/episode-schema";
import { parseSource } from "@/lib/parse/parse-source";
import { src } from "../helpers/episode-utils";

const block = (items: string[], heading?: string): Block => ({
  kind: heading ? "list" : "paragraph",
  items,
  source: "show-notes.txt",
  ...(heading ? { heading } : {}),
});

describe("withoutSummaryRepeats", () => {
  it("drops a block item the summary already shows, whatever its spacing or case", () => {
    const blocks = [block(["In this  episode we talk\nabout models."]), block(["A", "B"], "Links")];
    const out = withoutSummaryRepeats(blocks, ["in this episode we talk about models."]);
    expect(out).toEqual([block(["A", "B"], "Links")]);
  });

  it("keeps the other items of a partly repeated block, in order", () => {
    const out = withoutSummaryRepeats(
      [block(["Intro.", "Not in the summary.", "Outro."])],
      ["Intro.", "Outro."],
    );
    expect(out).toEqual([block(["Not in the summary."])]);
  });

  it("keeps everything when nothing repeats (a near repeat is not a repeat)", () => {
    const blocks = [block(["We talk about models."]), block(["Granite"], "Links")];
    expect(withoutSummaryRepeats(blocks, ["We talk about models!"])).toEqual(blocks);
    expect(withoutSummaryRepeats(blocks, [])).toEqual(blocks);
  });
});

describe("show notes whose description is the summary (seed C)", () => {
  it("shows each description paragraph once: in the summary, not again as a block", () => {
    const text = readFileSync(
      new URL("../../../content/sources/cyber-sentries-open-source-ai/show-notes.txt", import.meta.url),
      "utf8",
    );
    const parsed = parseSource(text);
    if (!parsed.ok) throw new Error("seed C does not parse");
    const ep = mergeEpisode({
      slug: "cyber-sentries-open-source-ai",
      sources: [src("show-notes.txt", parsed.value)],
    });
    const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
    const summary = new Set(ep.summary.map(norm));
    expect(summary.size).toBeGreaterThan(0);
    const repeated = ep.blocks.flatMap((b) => b.items).filter((item) => summary.has(norm(item)));
    expect(repeated).toEqual([]);
    expect(ep.blocks.map((b) => b.heading)).toEqual(["Questions we answer in this episode", "Links & Notes"]);
  });
});
