import { describe, expect, it } from "vitest";
import { pickSources } from "@/lib/merge/pick-sources";
import type { CaptionDoc, ParsedDoc } from "@/lib/parse/types";

const cue = (voice?: string, parts = false) => ({
  start: 1,
  end: 2,
  ...(voice !== undefined ? { voice } : {}),
  text: "hello there",
  line: 1,
  ...(parts
    ? {
        parts: [
          { text: "hello", start: 1, end: 1.5 },
          { text: "there", start: 1.5, end: 2 },
        ],
      }
    : {}),
});
const captions = (format: CaptionDoc["format"], voice?: string, parts = false): CaptionDoc => ({
  format,
  cues: [cue(voice, parts)],
});
const PLAIN: ParsedDoc = {
  format: "plain-text",
  turns: [{ speaker: "Ann Lee", text: "hello there", line: 1 }],
};

/** The id of the timed source picked, and the ignored ones. */
function pick(sources: Record<string, ParsedDoc>): { caption?: string; ignored: string[] } {
  const picked = pickSources(Object.entries(sources).map(([id, doc]) => ({ id, doc })));
  return { ...(picked.caption ? { caption: picked.caption.id } : {}), ignored: picked.ignored };
}

describe("pickSources: timed sources", () => {
  it("prefers captions with voices to captions without, whatever the ids", () => {
    expect(pick({ "a.srt": captions("srt"), "b.vtt": captions("vtt", "Speaker 1") })).toEqual({
      caption: "b.vtt",
      ignored: ["a.srt"],
    });
  });

  it("takes the first id among equals, whatever the order given", () => {
    const docs = { "b.vtt": captions("vtt", "Speaker 1"), "a.vtt": captions("vtt", "Speaker 2") };
    expect(pick(docs).caption).toBe("a.vtt");
    expect(pick(Object.fromEntries(Object.entries(docs).reverse())).caption).toBe("a.vtt");
  });

  it("alone, prefers a named transcript to anonymous voices, and word times to cue times", () => {
    expect(
      pick({ "a.vtt": captions("vtt", "Speaker 1"), "b.json": captions("json-transcript", "Ann Lee") })
        .caption,
    ).toBe("b.json");
    expect(
      pick({
        "a.json": captions("json-transcript", "Ann Lee"),
        "b.json": captions("json-transcript", "Ann Lee", true),
      }).caption,
    ).toBe("b.json");
    // Names come first when the captions are the whole transcript…
    expect(
      pick({ "a.vtt": captions("vtt", "Speaker 1"), "b.html": captions("html-transcript", "Ann Lee") })
        .caption,
    ).toBe("b.html");
  });

  it("with clean text (which names the speakers), prefers precise times to names", () => {
    expect(
      pick({
        "a.html": captions("html-transcript", "Ann Lee"),
        "b.vtt": captions("vtt", "Speaker 1"),
        "p.txt": PLAIN,
      }),
    ).toEqual({ caption: "b.vtt", ignored: ["a.html"] });
    expect(
      pick({
        "a.vtt": captions("vtt", "Speaker 1"),
        "b.json": captions("json-transcript", "Speaker 1", true),
        "p.txt": PLAIN,
      }).caption,
    ).toBe("b.json");
    // …but voices still beat none: they place the turns.
    expect(
      pick({
        "a.json": captions("json-transcript", undefined, true),
        "b.vtt": captions("vtt", "Speaker 1"),
        "p.txt": PLAIN,
      }).caption,
    ).toBe("b.vtt");
  });
});
