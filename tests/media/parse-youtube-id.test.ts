import { describe, expect, it } from "vitest";
import { parseYouTubeId } from "@/lib/media/parse-youtube-id";

const ID = "dQw4w9WgXcQ";

describe("parseYouTubeId: YouTube references", () => {
  it.each([
    [ID],
    [`  ${ID}\n`],
    [`https://www.youtube.com/watch?v=${ID}`],
    [`https://youtube.com/watch?feature=share&v=${ID}&t=10`],
    [`http://m.youtube.com/watch?v=${ID}#t=5`],
    [`https://music.youtube.com/watch?v=${ID}&list=x`],
    [`https://www.youtube.com/embed/${ID}?start=5`],
    [`https://www.youtube-nocookie.com/embed/${ID}`],
    [`https://www.youtube.com/shorts/${ID}`],
    [`https://www.youtube.com/live/${ID}?si=abc`],
    [`https://www.youtube.com/v/${ID}`],
    [`https://youtu.be/${ID}?t=5`],
    [`https://www.youtu.be/${ID}`],
    [`youtu.be/${ID}`],
    [`www.youtube.com/watch?v=${ID}`],
    [`HTTPS://WWW.YOUTUBE.COM/watch?v=${ID}`],
  ])("reads the id of %j", (value) => {
    expect(parseYouTubeId(value)).toBe(ID);
  });
});

describe("parseYouTubeId: other hosts and malformed references", () => {
  it.each([
    // Hosts that only look like YouTube.
    [`https://notyoutube.com/watch?v=${ID}`],
    [`https://youtube.com.evil.example/watch?v=${ID}`],
    [`https://evil.example/youtube.com/watch?v=${ID}`],
    [`https://evil.example/?u=youtu.be/${ID}`],
    [`https://youtu.be.evil.example/${ID}`],
    [`https://gaming.youtube.com/watch?v=${ID}`],
    [`https://example.org/watch?v=${ID}`],
    // Schemes other than http(s).
    [`javascript://youtube.com/watch?v=${ID}`],
    [`ftp://youtube.com/watch?v=${ID}`],
    // Paths and ids that are not a video.
    [`https://www.youtube.com/${ID}`],
    [`https://www.youtube.com/results?v=${ID}`],
    [`https://www.youtube.com/channel/${ID}`],
    ["https://www.youtube.com/watch?v=short"],
    [`https://www.youtube.com/watch?v=${ID}x`],
    ["https://www.youtube.com/watch"],
    ["https://youtu.be/"],
    [`https://youtu.be/${ID}extra`],
    ["not a url"],
    [""],
    ["0123456789"],
  ])("gives undefined for %j", (value) => {
    expect(parseYouTubeId(value)).toBeUndefined();
  });
});
