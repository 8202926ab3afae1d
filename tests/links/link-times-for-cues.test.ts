import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";
import { formatTimeParam } from "@/lib/time/format-time-param";
import { parseTimeParam } from "@/lib/time/parse-time-param";
import { linkTimesForCues, type LinkCue } from "@/lib/links/link-times-for-cues";
import { resolveLinkedCues, toLinkMs } from "@/lib/links/resolve-linked-cues";

const EPISODES = path.join(process.cwd(), "content/episodes");
const episodes: Episode[] = readdirSync(EPISODES)
  .filter((file) => file.endsWith(".json") && file !== "index.json" && !file.startsWith("."))
  .map((file) => episodeSchema.parse(JSON.parse(readFileSync(path.join(EPISODES, file), "utf8"))));

/** Every timed sentence, note and chapter of an episode: the passages a link can land on. */
function cueListsOf(episode: Episode): [string, LinkCue[]][] {
  const sentences = episode.transcript.turns.flatMap((turn) =>
    turn.paragraphs.flatMap((p) =>
      p.sentences.flatMap((s) => (s.start === undefined ? [] : [{ start: s.start, end: s.end }])),
    ),
  );
  const notes = episode.notes.flatMap((n) => (n.start === undefined ? [] : [{ start: n.start }]));
  return [
    ["sentences", sentences],
    ["notes", notes],
    ["chapters", episode.chapters.map((c) => ({ start: c.start, end: c.end }))],
  ];
}

/** What a link to cues first..last (time order) must select: every cue starting from the first's start to the last's. */
function expectedRun(cues: readonly LinkCue[], first: number, last: number): number[] {
  const [lo, hi] = [toLinkMs((cues[first] as LinkCue).start), toLinkMs((cues[last] as LinkCue).start)].sort(
    (a, b) => a - b,
  ) as [number, number];
  return cues.flatMap((cue, i) => (toLinkMs(cue.start) >= lo && toLinkMs(cue.start) <= hi ? [i] : []));
}

/** Writes the link for the run as the page does, reads it back as the page does, resolves it. */
function roundTrip(cues: readonly LinkCue[], first: number, last?: number, duration?: number) {
  const times = linkTimesForCues(cues, first, last);
  const param = formatTimeParam(times.start, times.end);
  const parsed = parseTimeParam(param, duration);
  // The link reads back as the times written, to the millisecond it carries.
  expect(Math.abs((parsed?.start ?? Number.NaN) - times.start), `t=${param}`).toBeLessThanOrEqual(
    0.0005 + 1e-9,
  );
  return {
    param,
    picked: resolveLinkedCues(
      cues.map((c) => c.start),
      parsed as { start: number },
    ),
  };
}

function checkCue(cues: readonly LinkCue[], i: number, duration?: number) {
  const cue = cues[i] as LinkCue;
  const { param, picked } = roundTrip(cues, i, i, duration);
  expect(picked, `t=${param} for the cue at ${cue.start}`).toEqual(expectedRun(cues, i, i));
  const moment = roundTrip(cues, i, undefined, duration);
  expect(moment.picked, `t=${moment.param} for the cue at ${cue.start}`).toEqual(expectedRun(cues, i, i));
  // Playback opens within a tenth of a second of the cue's start, never before it.
  const start = Number(moment.param);
  expect(start).toBeGreaterThanOrEqual(cue.start - 5e-4);
  expect(start - cue.start).toBeLessThan(0.1);
  expect(param).toMatch(/^\d+(?:\.\d{1,3})?(?:,\d+(?:\.\d{1,3})?)?$/);
}

/** Cues in time order with gaps (ms) between starts; 0-ms gaps make cues that share a start. */
const syntheticCues = fc
  .array(
    fc.record({
      gap: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 20_000 })),
      length: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 20_000 })),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((specs) => {
    let ms = 0;
    return specs.map(({ gap, length }) => {
      ms += gap;
      return { start: ms / 1000, end: length === undefined ? undefined : (ms + length) / 1000 };
    });
  });

describe("links to sentences resolve to exactly those sentences", () => {
  for (const episode of episodes) {
    for (const [kind, cues] of cueListsOf(episode)) {
      if (cues.length === 0) continue;
      it(`${episode.slug}: every one of its ${cues.length} ${kind}, alone`, () => {
        cues.forEach((_, i) => checkCue(cues, i, episode.duration));
      });
    }
    const [, sentences] = cueListsOf(episode)[0] as [string, LinkCue[]];
    if (sentences.length < 2) continue;
    it(`${episode.slug}: any run of consecutive sentences`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: sentences.length - 1 }),
          fc.integer({ min: 0, max: 30 }),
          (first, length) => {
            const last = Math.min(sentences.length - 1, first + length);
            const { param, picked } = roundTrip(sentences, first, last, episode.duration);
            expect(picked, `t=${param}`).toEqual(expectedRun(sentences, first, last));
          },
        ),
        { numRuns: 500 },
      );
    });
  }

  it("synthetic episodes: sentences closer than a tenth of a second, overlapping or without ends", () => {
    fc.assert(
      fc.property(
        syntheticCues.chain((cues) =>
          fc.tuple(
            fc.constant(cues),
            fc.integer({ min: 0, max: cues.length - 1 }),
            fc.integer({ min: 0, max: cues.length - 1 }),
          ),
        ),
        ([cues, i, j]) => {
          checkCue(cues, i);
          const [first, last] = i <= j ? [i, j] : [j, i];
          const { param, picked } = roundTrip(cues, first, last);
          expect(picked, `t=${param}`).toEqual(expectedRun(cues, first, last));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("linkTimesForCues", () => {
  // Episode A at 8:37: a selection of one sentence was written `t=517.7,524.1` (a tenth), which
  // began inside the sentence before and ended inside the next speaker's.
  const cues = [
    { start: 508.4, end: 517.722 },
    { start: 517.722, end: 524.068 },
    { start: 524.068, end: 526.882 },
  ];

  it("writes the fewest decimals that still land on the sentence", () => {
    const { start, end } = linkTimesForCues(cues, 1, 1);
    expect(formatTimeParam(start, end)).toBe("517.8,524");
    expect(linkTimesForCues(cues, 1)).toEqual({ start: 517.8 });
    expect(linkTimesForCues([{ start: 12, end: 15 }], 0, 0)).toEqual({ start: 12, end: 15 });
  });

  it("writes milliseconds where only they tell sentences apart", () => {
    const close = [
      { start: 10, end: 10.03 },
      { start: 10.03, end: 10.05 },
      { start: 10.05, end: 12 },
    ];
    expect(linkTimesForCues(close, 1, 1)).toEqual({ start: 10.03, end: 10.05 });
    expect(resolveLinkedCues([10, 10.03, 10.05], { start: 10.03, end: 10.05 })).toEqual([1]);
  });

  it("throws for a position without a timed cue", () => {
    expect(() => linkTimesForCues(cues, 3)).toThrow(RangeError);
    expect(() => linkTimesForCues([{ start: Number.NaN }], 0)).toThrow(RangeError);
  });
});

describe("resolveLinkedCues", () => {
  const starts = [508.4, 517.722, 524.068, 530];

  it("selects the sentence playing at the start and those starting before the end", () => {
    expect(resolveLinkedCues(starts, { start: 517.8, end: 524 })).toEqual([1]);
    expect(resolveLinkedCues(starts, { start: 517.8, end: 524.068 })).toEqual([1]);
    expect(resolveLinkedCues(starts, { start: 517.8, end: 524.069 })).toEqual([1, 2]);
    expect(resolveLinkedCues(starts, { start: 520 })).toEqual([1]);
  });

  it("still reads old links: a tenth-rounded range and a whole-second range", () => {
    expect(resolveLinkedCues(starts, { start: 516, end: 530 })).toEqual([0, 1, 2]);
    expect(resolveLinkedCues(starts, { start: 517.7, end: 524.1 })).toEqual([0, 1, 2]);
  });

  it("selects nothing before the first start, and cues sharing a start together", () => {
    expect(resolveLinkedCues(starts, { start: 100 })).toEqual([]);
    expect(resolveLinkedCues([5, 5, 9], { start: 6 })).toEqual([0, 1]);
    expect(resolveLinkedCues([9, 5, Number.NaN], { start: 100 })).toEqual([0]);
  });
});
