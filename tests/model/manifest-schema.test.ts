import { describe, expect, it } from "vitest";
import { manifestSchema } from "@/lib/model/manifest-schema";

const FEED_MANIFEST = {
  title: "Episode 12: Open models",
  show: "The Loom",
  published: "2024-05-01",
  guid: "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
  duration: 3723.5,
  season: 2,
  episode: 12,
  link: "https://loom.example/12",
  artwork: "http://127.0.0.1:8080/art.jpg",
  media: "https://cdn.loom.example/12.mp3",
  people: [
    { name: "Ada Lovelace", role: "host", group: "cast", img: "https://loom.example/ada.jpg" },
    { name: "Grace Hopper", href: "https://loom.example/grace" },
  ],
  soundbites: [
    { start: 73, duration: 60, title: "Why open" },
    { start: 1200.5, duration: 42.25 },
  ],
};

describe("manifestSchema: the feed's fields", () => {
  it("accepts a manifest with every field a feed item gives", () => {
    expect(manifestSchema.parse(FEED_MANIFEST)).toEqual(FEED_MANIFEST);
  });

  it.each([
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/plain,hi",
    "ftp://x.example/a",
    "/art.jpg",
  ])("refuses %s as a link, an artwork or a person's image", (url) => {
    expect(manifestSchema.safeParse({ link: url }).success).toBe(false);
    expect(manifestSchema.safeParse({ artwork: url }).success).toBe(false);
    expect(manifestSchema.safeParse({ people: [{ name: "A", img: url }] }).success).toBe(false);
    expect(manifestSchema.safeParse({ people: [{ name: "A", href: url }] }).success).toBe(false);
  });

  it("refuses unknown fields, nameless people and soundbites without a positive duration", () => {
    expect(manifestSchema.safeParse({ guid: "x", feed: "y" }).success).toBe(false);
    expect(manifestSchema.safeParse({ people: [{ role: "host" }] }).success).toBe(false);
    expect(manifestSchema.safeParse({ people: [{ name: "A", email: "a@b" }] }).success).toBe(false);
    expect(manifestSchema.safeParse({ soundbites: [{ start: 3, duration: 0 }] }).success).toBe(false);
    expect(manifestSchema.safeParse({ soundbites: [{ start: -1, duration: 3 }] }).success).toBe(false);
    expect(manifestSchema.safeParse({ season: 1.5 }).success).toBe(false);
    expect(manifestSchema.safeParse({ duration: -3 }).success).toBe(false);
  });
});

describe("the manifest's highlights", () => {
  it("take a start before an end, in seconds, and nothing else", () => {
    expect(manifestSchema.safeParse({ highlights: [{ start: 1, end: 2.5, title: "x" }] }).success).toBe(true);
    expect(manifestSchema.safeParse({ highlights: [{ start: 3, end: 3 }] }).success).toBe(false);
    expect(manifestSchema.safeParse({ highlights: [{ start: -1, end: 3 }] }).success).toBe(false);
    expect(manifestSchema.safeParse({ highlights: [{ start: 1, end: 3, url: "https://x" }] }).success).toBe(
      false,
    );
  });
});
