import { describe, expect, it } from "vitest";
import { ADA, makeEpisode, VOICE_2, type SentenceSpec } from "../../export/episode-fixture";
import { loadEpisode } from "../search-helpers";
import { buildSearchDocs } from "@/lib/search/build-search-docs";
import { toStaticHit } from "@/lib/search/static/pagefind-hit";
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

  it("gives notes, chapters, key points and the title with the description and people a record each", () => {
    const source = "fixture.vtt";
    const episode = makeEpisode(
      [{ speakerId: ADA.id, sentences: spoken(20) }],
      [{ ...ADA, role: "Host" }, VOICE_2],
      {
        description: "All about fixtures.",
        credits: [{ name: "Alan Turing", role: "Producer" }],
        chapters: [{ id: "ch-1", title: "Opening chapter", start: 10, source }],
        notes: [
          { id: "n-1", headingPath: [], text: "A timed note.", start: 12, links: [], tags: [], source },
        ],
        keyPoints: [{ id: "kp-1", text: "A key point.", support: [], source }],
      },
    );
    const others = buildPagefindRecords(episode).filter((r) => r.meta.kind !== "sentence");
    expect(others.map((r) => [r.meta.kind, r.url, r.content])).toEqual([
      ["note", "/episodes/fixture-episode?t=12#n-1", "A timed note."],
      ["chapter", "/episodes/fixture-episode?t=10#ch-1", "Opening chapter"],
      ["key-point", "/episodes/fixture-episode#kp-1", "A key point."],
      [
        "episode",
        "/episodes/fixture-episode",
        "Fixture episode — All about fixtures. — Ada Lovelace, Alan Turing",
      ],
    ]);
  });
});

describe("buildPagefindRecords: one record per URL", () => {
  it("a chapter, note or highlight starting with a window's first sentence keeps a URL of its own", () => {
    const source = "fixture.vtt";
    const episode = makeEpisode([{ sentences: spoken(130) }], [], {
      chapters: [{ id: "ch-1", title: "Opening chapter", start: 0, source }],
      notes: [
        {
          id: "n-1",
          headingPath: [],
          text: "A note at the minute.",
          start: WINDOW_SECONDS,
          links: [],
          tags: [],
          source,
        },
      ],
      highlights: [{ id: "h-1", start: 0, end: 9, duration: 9, title: "The opening", source }],
    });
    const records = buildPagefindRecords(episode);
    const urls = records.map((r) => r.url);
    // Pagefind keeps one record per URL: a shared one lost the speech window (or the other record).
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual(
      expect.arrayContaining(["/episodes/fixture-episode?t=0", "/episodes/fixture-episode?t=0#h-1"]),
    );
    // The hit still links to the moment alone, as the server's results do.
    const highlight = records.find((r) => r.meta.kind === "highlight") as PagefindRecord;
    const data = { url: highlight.url, content: highlight.content, meta: highlight.meta, locations: [1] };
    expect(toStaticHit(data, "opening").href).toBe("/episodes/fixture-episode?t=0&q=opening");
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
