import { describe, expect, it } from "vitest";
import { pickPrimaryMedia } from "@/lib/model/primary-media";
import type { Media } from "@/lib/model/episode-schema";

const media = (patch: Partial<Media>): Media => ({
  kind: "audio",
  url: "/a.mp3",
  primary: false,
  offset: 0,
  source: "a.vtt",
  ...patch,
});

describe("pickPrimaryMedia", () => {
  it("prefers the primary media, else the first, else nothing", () => {
    const a = media({ url: "/a.mp3" });
    const b = media({ url: "/b.mp3", primary: true });
    expect(pickPrimaryMedia([a, b])).toBe(b);
    expect(pickPrimaryMedia([a])).toBe(a);
    expect(pickPrimaryMedia([])).toBeUndefined();
  });
});
