import { describe, expect, it } from "vitest";
import { mediaFrom } from "@/lib/merge/outline/build-media";
import { manifestSchema } from "@/lib/model/manifest-schema";

describe("mediaFrom", () => {
  it("tells audio from video by the file's extension first", () => {
    expect(mediaFrom("https://cdn.example/a.mp3?x=1", "episode.json", "video/mp4")?.kind).toBe("audio");
    expect(mediaFrom("https://cdn.example/a.webm", "episode.json")?.kind).toBe("video");
  });

  it("takes a feed enclosure's MIME type when the URL names no file type", () => {
    const url = "https://cdn.example/episodes/123";
    expect(mediaFrom(url, "episode.json", "audio/mpeg")).toEqual({
      kind: "audio",
      url,
      primary: false,
      offset: 0,
      source: "episode.json",
    });
    expect(mediaFrom(url, "episode.json", "Video/MP4")?.kind).toBe("video");
    expect(mediaFrom(url, "episode.json", "application/octet-stream")).toBeUndefined();
    expect(mediaFrom(url, "episode.json")).toBeUndefined();
  });
});

describe("the manifest's mediaType", () => {
  it("accepts audio and video types only", () => {
    expect(manifestSchema.safeParse({ mediaType: "audio/x-m4a" }).success).toBe(true);
    expect(manifestSchema.safeParse({ mediaType: "text/html" }).success).toBe(false);
    expect(manifestSchema.safeParse({ mediaType: "audio/mpeg; q=<script>" }).success).toBe(false);
  });
});
