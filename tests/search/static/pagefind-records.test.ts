import { describe, expect, it } from "vitest";
import { ADA, makeEpisode, VOICE_2, type SentenceSpec } from "../../export/episode-fixture";
import { loadEpisode } from "../search-helpers";
import { buildSearchDocs } from "@/lib/search/build-search-docs";
import { buildPagefindRecords, WINDOW_MAX_WORDS, WINDOW_SECONDS } from "@/lib/search/static/pagefind-records";
import type { PagefindRecord } from "@/lib/search/static/pagefind-record";

/** Sentences every `step` s from 0 to `until` (exclusive), each saying its own time. */
function spoken(until: number, step = 10): SentenceSpec[] {
  const out: SentenceSpec[] = [];
  for (let t = 0; t < until; t += step)
    out.push({ text: `At second ${t} we talk.`, start: t, end: t + step - 1 });
  return out;
}

const windows = (records: PagefindRecord[]) => records.filter((r) => r.meta.kind === "sentence");

describe("buildPagefindRecords: GOOD episodes", () => {
  it("cuts speech into windows of about a minute that open the episode at their first sentence", () => {
    const episode = makeEpisode([{ speakerId: ADA.id, sentences: spoken(150) }], [ADA], {
      show: "The Show",
      published: "2024-05-06",
    });
    const speech = windows(buildPagefindRecords(episode));
    expect(speech.map((r) => r.url)).toEqual([
      "/episodes/fixture-episode?t=0",
      `/episodes/fixture-episode?t=${WINDOW_SECONDS}`,
      `/episodes/fixture-episode?t=${2 * WINDOW_SECONDS}`,
    ]);
    expect(speech[0]?.content).toBe(
      spoken(60)
        .map((s) => s.text)
        .join(" "),
    );
    expect(speech[0]?.meta).toMatchObject({
      title: "Fixture episode",
      slug: "fixture-episode",
      show: "The Show",
      published: "2024-05-06",
      speakers: "Ada Lovelace",
      time: "0",
      // Each sentence: its first word in the content, the t= that lands on it, its speaker.
      at: "0 0 0;5 10 0;10 20 0;15 30 0;20 40 0;25 50 0",
    });
    expect(speech[0]?.filters).toEqual({ show: ["The Show"], speaker: ["Ada Lovelace"] });
    expect(speech[0]?.sort).toEqual({ published: "2024-05-06" });
    expect(speech.every((r) => r.language === "en")).toBe(true);
  });

  it("lists every speaker of a window and says who said each sentence", () => {
    const episode = makeEpisode(
      [
        { speakerId: ADA.id, sentences: [{ text: "Hello there.", start: 0, end: 2 }] },
        { speakerId: VOICE_2.id, sentences: [{ text: "Hi Ada, welcome back.", start: 3, end: 5 }] },
        { speakerId: ADA.id, sentences: [{ text: "Thanks.", start: 6, end: 7 }] },
      ],
      [ADA, VOICE_2],
    );
    const [speech] = windows(buildPagefindRecords(episode));
    expect(speech?.meta.speakers).toBe("Ada Lovelace\nSpeaker 2");
    expect(speech?.meta.at).toBe("0 0 0;2 3 1;6 6 0");
    expect(speech?.filters.speaker).toEqual(["Ada Lovelace", "Speaker 2"]);
  });

  it("closes a window at a section boundary, so its section is exact", () => {
    const source = "fixture.vtt";
    const episode = makeEpisode([{ sentences: spoken(40) }], [], {
      sections: [
        { id: "intro", title: "Intro", start: 0, end: 20, source },
        { id: "main", title: "Main part", start: 20, end: 40, source },
      ],
    });
    const speech = windows(buildPagefindRecords(episode));
    expect(speech.map((r) => [r.meta.section, r.meta.time])).toEqual([
      ["Intro", "0"],
      ["Main part", "20"],
    ]);
  });

  it("gives notes, chapters, key points and the title with the description a record each", () => {
    const source = "fixture.vtt";
    const episode = makeEpisode([{ sentences: spoken(20) }], [], {
      description: "All about fixtures.",
      chapters: [{ id: "ch-1", title: "Opening chapter", start: 10, source }],
      notes: [{ id: "n-1", headingPath: [], text: "A timed note.", start: 12, links: [], tags: [], source }],
      keyPoints: [{ id: "kp-1", text: "A key point.", support: [], source }],
    });
    const others = buildPagefindRecords(episode).filter((r) => r.meta.kind !== "sentence");
    expect(others.map((r) => [r.meta.kind, r.url, r.content])).toEqual([
      ["note", "/episodes/fixture-episode?t=12", "A timed note."],
      ["chapter", "/episodes/fixture-episode?t=10", "Opening chapter"],
      ["key-point", "/episodes/fixture-episode#kp-1", "A key point."],
      ["episode", "/episodes/fixture-episode", "Fixture episode — All about fixtures."],
    ]);
  });
});

describe("buildPagefindRecords: the show filter", () => {
  it("filters by the slug the search page's show filter writes, the name staying in the meta", () => {
    const episode = makeEpisode([{ sentences: spoken(30) }], [], { show: "Odd <Show>" });
    const records = buildPagefindRecords(episode, { showSlug: "odd-show-1" });
    expect(new Set(records.map((r) => r.filters.show?.join()))).toEqual(new Set(["odd-show-1"]));
    expect(records.every((r) => r.meta.show === "Odd <Show>")).toBe(true);
    // Without a slug (one episode indexed on its own), its name.
    expect(buildPagefindRecords(episode)[0]?.filters.show).toEqual(["Odd <Show>"]);
  });
});

describe("buildPagefindRecords: BAD episodes", () => {
  it("an episode with no speech, show or date still has its title record, with no filters or sort", () => {
    const records = buildPagefindRecords(makeEpisode([]));
    expect(records).toEqual([
      {
        url: "/episodes/fixture-episode",
        content: "Fixture episode",
        language: "en",
        meta: { title: "Fixture episode", slug: "fixture-episode", kind: "episode" },
        filters: {},
        sort: {},
      },
    ]);
  });

  it("an untimed transcript is cut by words and links to its first sentence's element", () => {
    const long = "word ".repeat(100).trim() + ".";
    const episode = makeEpisode([
      { sentences: [{ text: long }, { text: long }, { text: long }, { text: long }] },
    ]);
    const speech = windows(buildPagefindRecords(episode));
    expect(speech).toHaveLength(2);
    expect(speech.every((r) => r.content.split(" ").length <= WINDOW_MAX_WORDS + 100)).toBe(true);
    expect(speech[0]?.url).toMatch(/^\/episodes\/fixture-episode#s-\d+$/);
    expect(speech[0]?.meta.time).toBeUndefined();
    expect(speech[0]?.meta.at).toBe("0  -1;100  -1;200  -1");
  });

  it("keeps hostile text as it is (it is rendered as text) and leaves editorial notes out", () => {
    const episode = makeEpisode([
      {
        sentences: [
          { text: 'Welcome <script>alert("x")</script> [BOO-dee-ay] &amp; all.', start: 1, end: 3 },
        ],
      },
    ]);
    const [speech] = windows(buildPagefindRecords(episode));
    expect(speech?.content).toBe('Welcome <script>alert("x")</script> &amp; all.');
  });
});

describe("buildPagefindRecords: a committed seed episode", () => {
  const episode = loadEpisode("hugging-face-watsonx");
  const records = buildPagefindRecords(episode);
  const speech = windows(records);

  it("holds every sentence once, in order, in windows of at most a minute", () => {
    const sentences = buildSearchDocs(episode).docs.filter((d) => d.kind === "sentence");
    expect(speech.map((r) => r.content).join(" ")).toBe(sentences.map((d) => d.text).join(" "));
    for (const record of speech) {
      const times = (record.meta.at ?? "").split(";").map((e) => Number(e.split(" ")[1]));
      expect(Math.max(...times) - Math.min(...times)).toBeLessThan(WINDOW_SECONDS);
    }
    // About a record per minute of speech, not one per sentence.
    expect(speech.length).toBeLessThan(sentences.length / 5);
    expect(speech.length).toBeGreaterThanOrEqual(Math.floor((episode.duration ?? 0) / WINDOW_SECONDS / 2));
  });

  it("maps the famous quote's first word to the t= of its sentence", () => {
    const record = speech.find((r) => r.content.includes("“Attention Is All You Need.”"));
    const words = record?.content.split(" ") ?? [];
    const first = words.indexOf("“Attention");
    const entry = (record?.meta.at ?? "")
      .split(";")
      .map((e) => e.split(" "))
      .filter(([offset]) => Number(offset) <= first)
      .pop();
    expect(entry?.[1]).toBe("503.5");
  });
});
