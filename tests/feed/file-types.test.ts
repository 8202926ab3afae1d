import { describe, expect, it } from "vitest";
import {
  charsetOf,
  checkFeedType,
  checkFileType,
  decodeFeedText,
  decodeToUtf8,
  transcriptExtension,
} from "@/lib/feed/file-types";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("content types", () => {
  it("takes a feed served as XML (or unstated) and refuses HTML, JSON and audio", () => {
    for (const ok of [
      "application/rss+xml",
      "application/xml; charset=utf-8",
      "text/xml",
      undefined,
      "application/octet-stream",
    ])
      expect(checkFeedType(ok)).toBeUndefined();
    expect(checkFeedType("text/html; charset=utf-8")).toBe("served as text/html, not as an XML feed");
    expect(checkFeedType("application/json")).toBe("served as application/json, not as an XML feed");
    expect(checkFeedType("audio/mpeg")).toBe("served as audio/mpeg, not as an XML feed");
  });

  it("takes a transcript served as what the feed declares, or as generic text", () => {
    expect(checkFileType("text/vtt", "text/vtt; charset=utf-8")).toBeUndefined();
    expect(checkFileType("text/vtt", "text/plain")).toBeUndefined();
    expect(checkFileType("application/x-subrip", "application/srt")).toBeUndefined();
    expect(checkFileType("application/json+chapters", "application/json")).toBeUndefined();
    expect(checkFileType("text/vtt", undefined)).toBeUndefined();
    expect(checkFileType("text/vtt", "text/html")).toBe("served as text/html, but the feed says text/vtt");
    expect(checkFileType("text/vtt", "audio/mpeg")).toBe("served as audio/mpeg, but the feed says text/vtt");
    expect(checkFileType("application/json", "image/png")).toBe(
      "served as image/png, but the feed says application/json",
    );
  });

  it("names a transcript's file by its declared type, else its URL, else .txt", () => {
    expect(transcriptExtension("text/vtt", "https://x.example/a")).toBe("vtt");
    expect(transcriptExtension("application/x-subrip", "https://x.example/a")).toBe("srt");
    expect(transcriptExtension("application/json", "https://x.example/a")).toBe("json");
    expect(transcriptExtension("text/html", "https://x.example/a")).toBe("html");
    expect(transcriptExtension(undefined, "https://x.example/a.SRT?x=1")).toBe("srt");
    expect(transcriptExtension("application/x-made-up", "https://x.example/a.exe")).toBe("txt");
  });
});

describe("decoding", () => {
  it("re-encodes a windows-1252 or latin1 transcript as UTF-8, smart quotes included", () => {
    const bytes = Uint8Array.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]);
    for (const charset of ["windows-1252", "ISO-8859-1", "latin1"]) {
      const decoded = decodeToUtf8(bytes, `text/vtt; charset=${charset}`);
      if ("error" in decoded) throw new Error(decoded.error);
      expect(text(decoded.bytes)).toBe("“Café” – €5");
      expect(decoded.from).toBe(charset.toLowerCase());
    }
  });

  it("leaves UTF-8 and unstated charsets to the build, and refuses an unknown charset", () => {
    const bytes = new TextEncoder().encode("Café");
    expect(decodeToUtf8(bytes, "text/vtt; charset=UTF-8")).toEqual({ bytes });
    expect(decodeToUtf8(bytes, "text/vtt")).toEqual({ bytes });
    expect(decodeToUtf8(bytes, "text/vtt; charset=klingon")).toEqual({ error: 'unknown charset "klingon"' });
    expect(decodeToUtf8(Uint8Array.from([0xff, 0xfe, 0xff]), "text/plain; charset=utf-16be")).toEqual({
      error: "not valid utf-16be text",
    });
    expect(charsetOf('text/plain; charset="Shift_JIS"')).toBe("shift_jis");
  });

  it("decodes a feed by its header's charset, else its XML declaration's, else as UTF-8", () => {
    const latin = Uint8Array.from([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss>'),
      0xe9,
    ]);
    expect(decodeFeedText(latin, "application/rss+xml")).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><rss>é',
    });
    expect(decodeFeedText(Uint8Array.from([0xe9]), "text/xml; charset=utf-8")).toEqual({
      error: "not valid utf-8 text",
    });
    expect(decodeFeedText(new TextEncoder().encode("\uFEFF<rss/>"), undefined)).toEqual({ text: "<rss/>" });
  });
});
