import { describe, expect, it } from "vitest";
import { mergeEpisode } from "@/lib/merge/merge-episode";
import { encodeEpisode } from "@/lib/model/serialize-episode";
import { parseSource } from "@/lib/parse/parse-source";
import { src, wordsOf } from "./helpers/episode-utils";

const HTML = [
  "<!DOCTYPE html>",
  "<html><head><title>Open models &amp; you</title><script>var x = 'not words';</script></head><body>",
  "<cite>Ann Lee:</cite>",
  "<time>0:00</time>",
  "<p>Welcome to the show.</p>",
  "<cite>Bob Stone:</cite>",
  "<time>0:04</time>",
  "<p>Thanks for having me.</p>",
  "<p>Glad to be here.</p>",
  "<cite>Ann Lee:</cite>",
  "<time>0:10</time>",
  "<p>Let us begin.</p>",
  "</body></html>",
].join("\n");

describe("merge: an HTML transcript alone", () => {
  const parsed = parseSource(HTML, { strict: true });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const ep = mergeEpisode({ slug: "html", sources: [src("transcript.html", parsed.value)] });

  it("gives the words, the cited names and each turn's start, from the transcript", () => {
    expect(() => encodeEpisode(ep)).not.toThrow();
    expect(ep.title).toBe("Open models & you");
    expect(
      wordsOf(ep)
        .map((w) => w.text)
        .join(" "),
    ).toBe("Welcome to the show. Thanks for having me. Glad to be here. Let us begin.");
    expect(ep.transcript.turns.map((t) => [t.speakerId, t.start])).toEqual([
      ["ann-lee", 0],
      ["bob-stone", 4],
      ["ann-lee", 10],
    ]);
    expect(ep.speakers.map((s) => s.name)).toEqual(["Ann Lee", "Bob Stone"]);
    expect(ep.transcript.provenance).toEqual({
      words: ["transcript.html"],
      names: ["transcript.html"],
      times: ["transcript.html"],
    });
  });

  it("times each turn's first word exactly and spreads the others up to the next turn", () => {
    const words = wordsOf(ep);
    const at = (text: string) => words.find((w) => w.text === text);
    expect(at("Welcome")).toMatchObject({ start: 0, timing: "exact" });
    expect(at("Thanks")).toMatchObject({ start: 4, timing: "exact" });
    expect(at("Glad")).toMatchObject({ timing: "estimated" });
    const bob = words.slice(4, 11);
    expect(bob.every((w) => (w.start ?? -1) >= 4 && (w.end ?? 99) <= 10)).toBe(true);
  });
});
