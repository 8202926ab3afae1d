import { describe, expect, it } from "vitest";
import { getYouTubeId, resolveMediaSrc } from "@/lib/player/media-source";

describe("resolveMediaSrc", () => {
  it.each([
    ["https://cdn.example.org/ep.mp3", "https://cdn.example.org/ep.mp3"],
    ["http://cdn.example.org/ep.mp3", "http://cdn.example.org/ep.mp3"],
    ["/audio/ep.mp3", "/audio/ep.mp3"],
    ["audio/ep.mp3", "/audio/ep.mp3"],
    ["public/audio/ep.mp3", "/audio/ep.mp3"],
    [" /ep.mp3 ", "/ep.mp3"],
  ])("%j → %j", (url, src) => {
    expect(resolveMediaSrc(url)).toBe(src);
  });

  it.each(["javascript:alert(1)", "data:audio/mp3;base64,AAAA", "//evil.example/x.mp3", "", "  "])(
    "refuses %j",
    (url) => {
      expect(resolveMediaSrc(url)).toBeUndefined();
    },
  );
});

describe("getYouTubeId", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=10", "dQw4w9WgXcQ"],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?t=5", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["dQw4w9WgXcQ", "dQw4w9WgXcQ"],
  ])("reads %s", (url, id) => {
    expect(getYouTubeId({ url })).toBe(id);
  });

  it("prefers a valid youtubeId field", () => {
    expect(getYouTubeId({ url: "https://youtu.be/dQw4w9WgXcQ", youtubeId: "abcdefghijk" })).toBe(
      "abcdefghijk",
    );
  });

  it.each([
    "https://example.org/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/watch",
    "https://youtu.be/",
    "not a url",
  ])("gives undefined for %s", (url) => {
    expect(getYouTubeId({ url })).toBeUndefined();
  });
});
