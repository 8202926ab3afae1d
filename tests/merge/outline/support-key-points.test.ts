import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  supportKeyPoints,
  type SupportCandidate,
  type SupportTopic,
} from "@/lib/merge/outline/support-key-points";

/** Sentences 10 s apart from `t0`, ids `s-<start>`. */
function spoken(t0: number, texts: readonly string[]): SupportCandidate[] {
  return texts.map((text, i) => ({ id: `s-${t0 + i * 10}`, text, start: t0 + i * 10 }));
}

const FILLER = [
  "Tomatoes want six hours of sunlight every single day.",
  "Water the beds early in the morning before the heat.",
  "Stake the vines once they reach knee height.",
  "Pinch the side shoots so the plant sets more fruit.",
  "Harvest when the skins turn deep red and glossy.",
  "Some growers swear by copper tape against slugs.",
];

/** A host previews composting in one sentence of the intro; a guest discusses it later. */
const intro = spoken(0, [
  "Welcome back to the allotment hour, everyone.",
  "Today you will hear why composting kitchen scraps feeds healthy soil, and much more.",
  "Our guest grows vegetables on a city rooftop.",
]);
const middle = spoken(100, FILLER);
const discussion = spoken(300, [
  "Composting is the cheapest way I know to feed the soil.",
  "Kitchen scraps break down into dark humus within a few months.",
  "I mix the scraps with dry leaves so the heap stays airy.",
  "Soil fed like that stays healthy and holds water much better.",
  "Every bed on the roof gets a bucket of that compost each spring.",
]);
const gardenEpisode = [...intro, ...middle, ...discussion];
const gardenTopics: SupportTopic[] = [
  { text: "Welcome", start: 0, end: 100 },
  { text: "Growing Tomatoes. Sunlight, watering and staking.", start: 100, end: 300 },
  { text: "Composting at Home. Why kitchen scraps make healthy soil.", start: 300, end: 400 },
];
const COMPOST = "Composting kitchen scraps feeds healthy soil.";

const startOf = (id: string | undefined) => Number(id?.slice(2));

describe("supportKeyPoints", () => {
  it("leads to the discussion, not to the host's one-sentence preview in the intro", () => {
    const [passages] = supportKeyPoints([COMPOST], gardenEpisode, gardenTopics);
    const first = passages?.[0];
    expect(first?.kind).toBe("discussed");
    expect(startOf(first?.sentenceId)).toBeGreaterThanOrEqual(300);
    expect(startOf(first?.endSentenceId)).toBeGreaterThan(startOf(first?.sentenceId));
    // The preview is still offered, after the discussion, as a mention.
    expect(passages?.slice(1)).toContainEqual(
      expect.objectContaining({ sentenceId: "s-10", endSentenceId: "s-10", kind: "mentioned" }),
    );
  });

  it("prefers the sustained discussion even without sections", () => {
    const [passages] = supportKeyPoints([COMPOST], gardenEpisode);
    expect(passages?.[0]?.kind).toBe("discussed");
    expect(startOf(passages?.[0]?.sentenceId)).toBeGreaterThanOrEqual(300);
  });

  it("prefers the section whose title and description match the point", () => {
    const twice = [
      ...spoken(0, [
        "Composting kitchen scraps came up at the market.",
        "Scraps rot into soil, people said.",
      ]),
      ...spoken(100, FILLER),
      ...spoken(200, ["Composting kitchen scraps came up again.", "Scraps rot into soil, she said."]),
    ];
    const topics: SupportTopic[] = [
      { text: "Market Day. News from the stalls.", start: 0, end: 100 },
      { text: "Growing Tomatoes. Sunlight and staking.", start: 100, end: 200 },
      { text: "Composting at Home. Kitchen scraps for healthy soil.", start: 200, end: 300 },
    ];
    const [passages] = supportKeyPoints([COMPOST], twice, topics);
    expect(passages?.map((p) => p.sentenceId)).toEqual(["s-200", "s-0"]);
  });

  it("gives a point said once one 'mentioned' passage of one sentence", () => {
    const [passages] = supportKeyPoints(
      ["Beekeepers harvest honey in late summer."],
      [
        ...middle,
        { id: "s-900", text: "Beekeepers harvest their honey in late summer, she said.", start: 900 },
      ],
    );
    expect(passages).toEqual([
      { sentenceId: "s-900", endSentenceId: "s-900", score: expect.any(Number), kind: "mentioned" },
    ]);
    expect(passages?.[0]?.score).toBeGreaterThan(0);
    expect(passages?.[0]?.score).toBeLessThanOrEqual(1);
  });

  it("gives a point nothing in the transcript supports no passage", () => {
    expect(supportKeyPoints(["Quantum chromodynamics on a lattice."], gardenEpisode, gardenTopics)).toEqual([
      [],
    ]);
    expect(supportKeyPoints([COMPOST], [])).toEqual([[]]);
  });

  it("keeps at most three distinct passages, best first", () => {
    const fiveTimes = [0, 1, 2, 3, 4].flatMap((k) => [
      ...spoken(k * 200, FILLER),
      ...spoken(k * 200 + 100, [
        "Composting kitchen scraps is worth it.",
        ...Array.from({ length: k % 3 }, () => "Healthy soil comes from compost."),
      ]),
    ]);
    const [passages = []] = supportKeyPoints([COMPOST], fiveTimes);
    expect(passages).toHaveLength(3);
    const startAt = (id: string) => fiveTimes.find((s) => s.id === id)?.start ?? Number.NaN;
    for (const [i, p] of passages.entries()) {
      expect(startAt(p.endSentenceId)).toBeGreaterThanOrEqual(startAt(p.sentenceId));
      for (const q of passages.slice(i + 1)) {
        expect(q.score).toBeLessThanOrEqual(p.score);
        // Distinct: neither overlapping nor within a minute of each other.
        const gap = Math.max(
          startAt(q.sentenceId) - startAt(p.endSentenceId),
          startAt(p.sentenceId) - startAt(q.endSentenceId),
        );
        expect(gap).toBeGreaterThan(60);
      }
    }
    // The longest discussion (three supporting sentences, at 500 s) first; the lone mentions lose.
    expect(passages[0]?.sentenceId).toBe("s-500");
    expect(passages.map((p) => p.kind)).toEqual(["discussed", "discussed", "discussed"]);
  });

  it("ranks a recap that runs through every point below each point's own discussion", () => {
    const RAIN = "Rain barrels cut the garden water bill.";
    const recap = spoken(0, [
      "So: composting kitchen scraps feeds healthy soil.",
      "Rain barrels cut the garden water bill.",
      "Composting kitchen scraps, once more, for healthy soil.",
      "Rain barrels, once more, for a smaller water bill.",
      "And composting kitchen scraps feeds the soil.",
    ]);
    const compost = spoken(300, [
      "I start composting with kitchen scraps.",
      "The scraps become healthy soil.",
    ]);
    const rain = spoken(600, [
      "Our rain barrels fill up in a single storm.",
      "The garden water bill halved.",
    ]);
    const episode = [...recap, ...spoken(100, FILLER), ...compost, ...spoken(400, FILLER), ...rain];
    const [forCompost, forRain] = supportKeyPoints([COMPOST, RAIN], episode);
    expect(forCompost?.[0]).toMatchObject({ sentenceId: "s-300", endSentenceId: "s-310", kind: "discussed" });
    expect(forRain?.[0]).toMatchObject({ sentenceId: "s-600", endSentenceId: "s-610", kind: "discussed" });
    expect(forCompost?.[1]?.sentenceId).toBe("s-0");
  });

  it("is deterministic", () => {
    const points = [COMPOST, "Tomatoes need sunlight and staking."];
    expect(supportKeyPoints(points, gardenEpisode, gardenTopics)).toEqual(
      supportKeyPoints(points, gardenEpisode, gardenTopics),
    );
  });

  it("always gives ≤ 3 ordered, non-overlapping passages of real sentences, best first", () => {
    const word = fc.constantFrom(
      "compost",
      "soil",
      "rain",
      "barrel",
      "kitchen",
      "scraps",
      "tomato",
      "the",
      "a",
    );
    const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(" ")}.`);
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 40 }),
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (texts, points, timed) => {
          const sentences = texts.map((t, i) => ({
            id: `s-${i}`,
            text: t,
            ...(timed ? { start: i * 30 } : {}),
          }));
          const topics = timed ? [{ text: "Compost and soil", start: 0, end: 600 }] : [];
          const result = supportKeyPoints(points, sentences, topics);
          expect(result).toHaveLength(points.length);
          for (const passages of result) {
            expect(passages.length).toBeLessThanOrEqual(3);
            const spans = passages.map((p) => [
              Number(p.sentenceId.slice(2)),
              Number(p.endSentenceId.slice(2)),
            ]);
            for (const [i, p] of passages.entries()) {
              const [first = NaN, last = NaN] = spans[i] ?? [];
              expect(first).toBeLessThanOrEqual(last);
              expect(last).toBeLessThan(sentences.length);
              expect(p.kind === "mentioned").toBe(first === last);
              expect(p.score).toBeGreaterThanOrEqual(0);
              expect(p.score).toBeLessThanOrEqual(1);
              for (const [j, q] of passages.slice(i + 1).entries()) {
                expect(q.score).toBeLessThanOrEqual(p.score);
                const [qFirst = NaN, qLast = NaN] = spans[i + 1 + j] ?? [];
                expect(qLast < first || qFirst > last).toBe(true);
              }
            }
          }
        },
      ),
      { seed: 12, numRuns: 300 },
    );
  });
});

describe("supportKeyPoints", () => {
  it("scores related sentences in 0..1 and returns nothing when unrelated", () => {
    const s = [
      { id: "s-1", text: "Hugging Face is the open platform where researchers share pretrained models." },
      { id: "s-2", text: "We had lunch and talked about the weather in London today." },
      { id: "s-3", text: "Yes." },
    ];
    const [a, b] = supportKeyPoints(
      [
        "Researchers share pretrained models on the Hugging Face platform.",
        "Quantum chromodynamics lattice gauge",
      ],
      s,
    );
    expect(a?.[0]?.sentenceId).toBe("s-1");
    expect(a?.every((x) => x.score > 0 && x.score <= 1)).toBe(true);
    expect(b).toEqual([]);
  });
});
