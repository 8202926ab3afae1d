import { describe, expect, it } from "vitest";
import { shortenText } from "@/lib/text/shorten-text";

describe("shortenText", () => {
  it("keeps text that fits", () => {
    expect(shortenText("Short enough.", 13)).toBe("Short enough.");
  });

  it("cuts at the last space past half way, with an ellipsis, within the limit", () => {
    const text = "The quick brown fox jumps over the lazy dog";
    const short = shortenText(text, 20);
    expect(short).toBe("The quick brown fox…");
    expect(short.length).toBeLessThanOrEqual(20);
  });

  it("cuts inside a word when no space is past half way", () => {
    expect(shortenText("Supercalifragilistic expialidocious", 10)).toBe("Supercali…");
  });
});
