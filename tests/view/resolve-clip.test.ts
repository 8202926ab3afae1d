import { describe, expect, it } from "vitest";
import { clipPath, highlightClip, resolveClip } from "@/lib/view/resolve-clip";
import { clipPreview } from "@/lib/view/clip-preview";
import { parseClipId, episodeCode } from "@/lib/links/clip-id";
import { linkTimesForCues } from "@/lib/links/link-times-for-cues";
import { makeEpisode } from "../export/episode-fixture";

const speakers = [
  { id: "ada", label: "Speaker 1", name: "Ada", voices: [] },
  { id: "bo", label: "Speaker 2", voices: [] },
];
const sentences = [
  { text: "Before the clip.", start: 10, end: 20.5 },
  { text: "The clip starts here.", start: 20.5, end: 25.25 },
  { text: "And it ends here.", start: 25.25, end: 31.75 },
  { text: "After it.", start: 32, end: 40 },
];
const episode = makeEpisode(
  [
    { speakerId: "ada", sentences: sentences.slice(0, 3) },
    { speakerId: "bo", sentences: sentences.slice(3) },
  ],
  speakers,
  {
    slug: "a-show-ep-1",
    show: "A Show",
    duration: 60,
    highlights: [
      { id: "h-1", start: 20.5, end: 31.75, duration: 11.25, title: "The clip", source: "episode.json" },
    ],
  },
);
/** The link the quote toolbar makes for sentences 1..2. */
const link = linkTimesForCues(sentences, 1, 2) as { start: number; end: number };

describe("resolveClip", () => {
  it("is the sentences the range link selects, played from the first's start to the last's end", () => {
    const clip = resolveClip(episode, link.start, link.end);
    expect(clip?.quote).toEqual({
      text: "The clip starts here. And it ends here.",
      speaker: "Ada",
      start: 20.5,
      end: 31.75,
    });
    expect(clip?.stopAt).toBe(31.75);
    expect(parseClipId(clip?.id ?? "")).toEqual({ code: episodeCode("a-show-ep-1"), ...link });
  });

  it("is titled by the reader, else by the highlight of exactly that range, else by its first words", () => {
    expect(resolveClip(episode, 20.5, 31.75, "Mine")).toMatchObject({ title: "Mine", titleFrom: "reader" });
    expect(resolveClip(episode, 20.5, 31.75)).toMatchObject({ title: "The clip", titleFrom: "highlight" });
    expect(resolveClip(episode, 20.6, 31.75)).toMatchObject({
      title: "The clip starts here. And it ends here.",
      titleFrom: "words",
    });
  });

  it("stops at the link's end when the last sentence has no end", () => {
    const open = makeEpisode([{ sentences: [{ text: "Only a start.", start: 5 }] }]);
    const only = open.transcript.turns[0]?.paragraphs[0]?.sentences[0];
    if (only) delete only.end;
    expect(resolveClip(open, 5, 7)?.stopAt).toBe(7);
  });

  it("is no clip outside the episode, before its first sentence, or for a range that is none", () => {
    expect(resolveClip(episode, 50, 61)).toBeUndefined(); // past the 60 s duration
    expect(resolveClip(episode, 1, 5)).toBeUndefined(); // before any sentence
    expect(resolveClip(episode, 25, 25)).toBeUndefined();
    expect(resolveClip(episode, -1, 5)).toBeUndefined();
    expect(resolveClip(episode, Number.NaN, 5)).toBeUndefined();
    const untimed = makeEpisode([{ sentences: [{ text: "No time." }] }]);
    expect(resolveClip(untimed, 0, 5)).toBeUndefined();
  });

  it("makes each highlight a clip", () => {
    const [highlight] = episode.highlights;
    if (!highlight) throw new Error("fixture has a highlight");
    expect(highlightClip(episode, highlight)).toMatchObject({ title: "The clip", stopAt: 31.75 });
  });
});

describe("clipPath", () => {
  it("carries the reader's title only", () => {
    const mine = resolveClip(episode, 20.5, 31.75, "Why & how?");
    const theirs = resolveClip(episode, 20.5, 31.75);
    if (!mine || !theirs) throw new Error("clips resolve");
    expect(clipPath(mine)).toBe(`/clips/${mine.id}?title=Why%20%26%20how%3F`);
    expect(clipPath(theirs)).toBe(`/clips/${theirs.id}`);
  });
});

describe("clipPreview", () => {
  it("unfurls as the clip's title and words with the quote card of its id; the episode stays canonical", () => {
    const clip = resolveClip(episode, 20.5, 31.75, "Mine");
    if (!clip) throw new Error("clip resolves");
    const preview = clipPreview(episode, clip);
    expect(preview).toMatchObject({
      pageTitle: "Mine · Fixture episode",
      title: "Mine",
      description: "“The clip starts here. And it ends here.” — Ada at 0:20 in Fixture episode (A Show)",
      path: `/clips/${clip.id}?title=Mine`,
      canonicalPath: "/episodes/a-show-ep-1",
    });
    expect(preview.image.path).toBe(`/clips/${clip.id}/card.png`);
    expect(preview.image.alt).toContain("— Ada, 0:20");
  });
});
