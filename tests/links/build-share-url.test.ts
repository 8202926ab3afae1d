import { describe, expect, it } from "vitest";
import { parseClipId, episodeCode } from "@/lib/links/clip-id";
import { readClipTitle } from "@/lib/links/clip-title";
import { buildClipUrl, buildMomentUrl, formatQuoteText } from "@/lib/links/build-share-url";

describe("buildMomentUrl", () => {
  it("links to a moment", () => {
    expect(buildMomentUrl("https://example.org", "my-episode", 516)).toBe(
      "https://example.org/episodes/my-episode?t=516",
    );
  });

  it("links to a range with a literal comma", () => {
    expect(buildMomentUrl("https://example.org", "my-episode", 516, 530)).toBe(
      "https://example.org/episodes/my-episode?t=516,530",
    );
  });

  it("writes times to the millisecond and drops a range end that is not after the start", () => {
    expect(buildMomentUrl("http://localhost:3000", "ep", 516.2404)).toBe(
      "http://localhost:3000/episodes/ep?t=516.24",
    );
    expect(buildMomentUrl("http://localhost:3000", "ep", 516, 510)).toBe(
      "http://localhost:3000/episodes/ep?t=516",
    );
  });

  it("accepts an origin with a trailing slash or a path, and keeps only the origin", () => {
    expect(buildMomentUrl("https://example.org/", "ep", 1)).toBe("https://example.org/episodes/ep?t=1");
    expect(buildMomentUrl("https://example.org/other/page?x=1#y", "ep", 1)).toBe(
      "https://example.org/episodes/ep?t=1",
    );
  });

  it("links to the episode without a start", () => {
    expect(buildMomentUrl("https://example.org", "ep")).toBe("https://example.org/episodes/ep");
  });

  it("encodes an unexpected slug instead of escaping the path", () => {
    expect(buildMomentUrl("https://example.org", "../admin?x", 1)).toBe(
      "https://example.org/episodes/..%2Fadmin%3Fx?t=1",
    );
  });

  it("throws on an origin that is not a URL", () => {
    expect(() => buildMomentUrl("not a url", "ep", 1)).toThrow(TypeError);
  });
});

describe("buildClipUrl", () => {
  it("links to the clip's id, with its title as a query the clip page reads back", () => {
    const url = new URL(buildClipUrl("https://site.example/", "ep-1", 517.8, 524, "  Why & how? "));
    expect(url.origin).toBe("https://site.example");
    const id = url.pathname.replace(/^\/clips\//, "");
    expect(parseClipId(id)).toEqual({ code: episodeCode("ep-1"), start: 517.8, end: 524 });
    expect(readClipTitle(url.searchParams.get("title") ?? undefined)).toBe("Why & how?");
  });

  it("leaves an empty title out", () => {
    expect(buildClipUrl("https://site.example", "ep-1", 1, 2, " ")).not.toContain("?");
    expect(buildClipUrl("https://site.example", "ep-1", 1, 2)).not.toContain("?");
  });

  it("throws on a range that is none", () => {
    expect(() => buildClipUrl("https://site.example", "ep-1", 2, 2)).toThrow(RangeError);
  });
});

describe("formatQuoteText", () => {
  const url = "https://example.org/episodes/ep?t=516,530";

  it("formats text, speaker, episode, time and url", () => {
    expect(
      formatQuoteText({
        text: "Models are tools.",
        speaker: "Ada Lovelace",
        episodeTitle: "On Models",
        start: 516,
        url,
      }),
    ).toBe(`“Models are tools.” — Ada Lovelace, On Models (8:36) ${url}`);
  });

  it("leaves out an unknown or blank speaker", () => {
    expect(formatQuoteText({ text: "Hi.", episodeTitle: "On Models", start: 516, url })).toBe(
      `“Hi.” — On Models (8:36) ${url}`,
    );
    expect(formatQuoteText({ text: "Hi.", speaker: "  ", episodeTitle: "On Models", start: 516, url })).toBe(
      `“Hi.” — On Models (8:36) ${url}`,
    );
  });

  it("uses h:mm:ss past an hour and truncates fractions", () => {
    expect(formatQuoteText({ text: "Hi.", episodeTitle: "E", start: 3723.9 })).toBe("“Hi.” — E (1:02:03)");
  });

  it("leaves out a missing time and url", () => {
    expect(formatQuoteText({ text: "Hi.", speaker: "Ada", episodeTitle: "E" })).toBe("“Hi.” — Ada, E");
  });

  it("is just the quote with nothing else known", () => {
    expect(formatQuoteText({ text: "Hi." })).toBe("“Hi.”");
  });

  it("collapses whitespace and drops quotes already around the text", () => {
    expect(formatQuoteText({ text: '  "Models\n   are\ttools."  ', episodeTitle: "E", start: 0 })).toBe(
      "“Models are tools.” — E (0:00)",
    );
    expect(formatQuoteText({ text: "“Quoted”", episodeTitle: "E" })).toBe("“Quoted” — E");
  });

  it("keeps quotes inside the text", () => {
    expect(formatQuoteText({ text: 'He said "no" twice.', episodeTitle: "E" })).toBe(
      '“He said "no" twice.” — E',
    );
  });
});
