import { describe, expect, it } from "vitest";
import {
  episodeCode,
  findClipCodeClashes,
  formatClipId,
  indexClipCodes,
  parseClipId,
} from "@/lib/links/clip-id";
import { KEY_PAGES } from "../../scripts/lib/key-pages.mjs";

describe("episodeCode", () => {
  it("is seven base-36 characters, the same for the same slug and different for others", () => {
    const code = episodeCode("a-show-episode-12");
    expect(code).toMatch(/^[0-9a-z]{7}$/);
    expect(episodeCode("a-show-episode-12")).toBe(code);
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => episodeCode(`episode-${i}`)));
    expect(codes.size).toBe(2000);
  });
});

describe("formatClipId / parseClipId", () => {
  it("writes code, start and length (ms, base 36), and reads them back", () => {
    const id = formatClipId("ep", 517.8, 524);
    expect(id).toBe(`${episodeCode("ep")}-${(517800).toString(36)}-${(6200).toString(36)}`);
    expect(parseClipId(id)).toEqual({ code: episodeCode("ep"), start: 517.8, end: 524 });
  });

  it("round-trips any range to the millisecond", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i++) {
      const start = Math.round(random() * 3 * 3600 * 1000) / 1000;
      const end = start + Math.max(0.001, Math.round(random() * 600 * 1000) / 1000);
      const ref = parseClipId(formatClipId(`slug-${i}`, start, end));
      expect(ref?.start).toBe(start);
      expect(ref?.end).toBeCloseTo(end, 6);
    }
  });

  it("refuses to write a range that is none", () => {
    expect(() => formatClipId("ep", 10, 10)).toThrow(RangeError);
    expect(() => formatClipId("ep", 10, 9)).toThrow(RangeError);
    expect(() => formatClipId("ep", -1, 9)).toThrow(RangeError);
    expect(() => formatClipId("ep", Number.NaN, 9)).toThrow(RangeError);
  });

  it("reads only ids as they are written", () => {
    const code = episodeCode("ep");
    for (const bad of [
      "",
      code,
      `${code}-10`,
      `${code}-10-0`, // no length
      `${code}-010-5`, // a leading zero: another spelling of the same clip
      `${code}-10-05`,
      `${code.toUpperCase()}-10-5`,
      `${code}x-10-5`, // code too long
      `${code.slice(1)}-10-5`, // too short
      `${code}-123456789-5`, // more than 8 digits
      `${code}-10-5-6`,
      `${code}-10-5/extra`,
      `${code}-1_0-5`,
      `${code}-10-5 `,
    ])
      expect(parseClipId(bad), bad).toBeUndefined();
    expect(parseClipId(`${code}-0-5`)).toEqual({ code, start: 0, end: 0.005 });
  });
});

describe("indexClipCodes", () => {
  it("maps each code to its slug", () => {
    const index = indexClipCodes(["one", "two"]);
    expect(index.get(episodeCode("one"))).toBe("one");
    expect(index.get(episodeCode("two"))).toBe("two");
  });

  it("names neither episode of a code two slugs share (a clash found by search over `episode-<n>`)", () => {
    expect(episodeCode("episode-241215")).toBe(episodeCode("episode-555586"));
    const index = indexClipCodes(["episode-241215", "episode-555586", "other"]);
    expect(index.has(episodeCode("episode-241215"))).toBe(true);
    expect(index.get(episodeCode("episode-241215"))).toBeUndefined();
    expect(index.get(episodeCode("other"))).toBe("other");
  });
});

describe("findClipCodeClashes", () => {
  it("lists each shared code with its slugs, and nothing for a library without a clash", () => {
    expect(findClipCodeClashes(["one", "two", "three"])).toEqual([]);
    expect(findClipCodeClashes(["other", "episode-555586", "episode-241215"])).toEqual([
      { code: episodeCode("episode-241215"), slugs: ["episode-241215", "episode-555586"] },
    ]);
  });
});

describe("the clip page Lighthouse measures (scripts/lib/key-pages.mjs)", () => {
  it("is the clip of episode A's quoted sentence", () => {
    expect(KEY_PAGES).toContain(`/clips/${formatClipId("hugging-face-watsonx", 517.8, 524)}`);
  });
});
