import { describe, expect, it } from "vitest";
import { ADA, makeEpisode, VOICE_2 } from "../../export/episode-fixture";
import { loadEpisode } from "../search-helpers";
import { toStaticHit, type PagefindResultData } from "@/lib/search/static/pagefind-hit";
import { buildPagefindRecords } from "@/lib/search/static/pagefind-records";
import type { PagefindRecord } from "@/lib/search/static/pagefind-record";

/** What Pagefind gives back for a record: its words that match one of `terms`, by position. */
function resultOf(record: PagefindRecord, terms: string[]): PagefindResultData {
  const bare = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const locations = record.content.split(" ").flatMap((w, i) => (terms.includes(bare(w)) ? [i] : []));
  return { url: record.url, content: record.content, meta: record.meta, locations };
}

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");
const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe("toStaticHit", () => {
  const episode = makeEpisode(
    [
      { speakerId: ADA.id, sentences: [{ text: "Do you need a break?", start: 1, end: 4 }] },
      {
        speakerId: VOICE_2.id,
        sentences: [{ text: "Attention is all you need, they said.", start: 5.04, end: 9 }],
      },
      { speakerId: ADA.id, sentences: [{ text: "All right, attention please.", start: 10, end: 12 }] },
    ],
    [ADA, VOICE_2],
    { sections: [{ id: "talk", title: "The talk", start: 0, end: 20, source: "fixture.vtt" }] },
  );
  const [window] = buildPagefindRecords(episode) as [PagefindRecord];

  it("points at the sentence with the most query words, not the first match, and links it with the query", () => {
    const hit = toStaticHit(
      resultOf(window, ["attention", "is", "all", "you", "need"]),
      "attention is all you need",
    );
    expect(hit.href).toBe("/episodes/fixture-episode?t=5.1&q=attention+is+all+you+need");
    expect(hit.about).toEqual(["Speaker 2", "0:05", "The talk"]);
    expect(text(hit.parts)).toBe("Attention is all you need, they said.");
    expect(marked(hit.parts)).toEqual(["Attention is all you need,"]);
    expect(hit).toMatchObject({ slug: "fixture-episode", title: "Fixture episode" });
  });

  it("ranks a sentence with the query's own words above one with words they merely start", () => {
    const prefixes = makeEpisode([
      {
        sentences: [
          { text: "Are all able and always an ally at ages?", start: 0, end: 3 },
          { text: "He co-founded a company called Stupeflix.", start: 4, end: 7 },
        ],
      },
    ]);
    const [record] = buildPagefindRecords(prefixes) as [PagefindRecord];
    // Pagefind's locations for "co-founded a company called Stupeflix": "a" also matches every
    // word that starts with it, more distinct words than the sentence meant.
    const data = { ...resultOf(record, []), locations: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14] };
    const hit = toStaticHit(data, "co-founded a company called Stupeflix");
    expect(hit.href).toBe("/episodes/fixture-episode?t=4&q=co-founded+a+company+called+Stupeflix");
    expect(marked(hit.parts)).toEqual(["co-founded a company called Stupeflix."]);
  });

  it("prefers a sentence of the filtered speaker", () => {
    const data = resultOf(window, ["attention", "all"]);
    expect(toStaticHit(data, "attention all").href).toContain("t=5.1");
    expect(toStaticHit(data, "attention all", "Ada Lovelace").href).toContain("t=10");
  });

  it("a result matched only by its metadata (no locations) shows its first sentence, unmarked", () => {
    const hit = toStaticHit({ ...resultOf(window, []), locations: [] }, "fixture");
    expect(hit.href).toBe("/episodes/fixture-episode?t=1&q=fixture");
    expect(marked(hit.parts)).toEqual([]);
    expect(text(hit.parts)).toBe("Do you need a break?");
  });

  it("cuts a long sentence around its match, with ellipses", () => {
    const long = makeEpisode([
      {
        sentences: [{ text: `${"filler ".repeat(60)}needle ${"filler ".repeat(60)}end.`, start: 0, end: 30 }],
      },
    ]);
    const [record] = buildPagefindRecords(long) as [PagefindRecord];
    const hit = toStaticHit(resultOf(record, ["needle"]), "needle");
    expect(hit.parts[0]?.text).toBe("… ");
    expect(hit.parts.at(-1)?.text).toBe(" …");
    expect(marked(hit.parts)).toEqual(["needle"]);
  });

  it("an untimed hit links to its element, the query before the fragment; its text stays text", () => {
    const withPoint = makeEpisode([], [], {
      keyPoints: [
        { id: "kp-1", text: "<img src=x onerror=alert(1)> matters.", support: [], source: "fixture.vtt" },
      ],
    });
    const point = buildPagefindRecords(withPoint).find((r) => r.meta.kind === "key-point") as PagefindRecord;
    const hit = toStaticHit(resultOf(point, ["matters"]), "matters");
    expect(hit.href).toBe("/episodes/fixture-episode?q=matters#kp-1");
    expect(hit.about).toEqual(["Key point"]);
    expect(text(hit.parts)).toBe("<img src=x onerror=alert(1)> matters.");
  });

  it("lands on the seed's famous quote at the time the server's search links to", () => {
    const records = buildPagefindRecords(loadEpisode("hugging-face-watsonx"));
    const record = records.find((r) => r.content.includes("“Attention Is All You Need.”")) as PagefindRecord;
    const hit = toStaticHit(
      resultOf(record, ["attention", "is", "all", "you", "need"]),
      "attention is all you need",
    );
    expect(hit.href).toBe("/episodes/hugging-face-watsonx?t=503.5&q=attention+is+all+you+need");
    expect(marked(hit.parts).join(" ")).toContain("“Attention Is All You Need.”");
  });
});
