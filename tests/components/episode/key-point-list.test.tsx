import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { KeyPointList } from "@/components/episode/key-point-list";
import type { KeyPoint, Sentence } from "@/lib/model/episode-schema";

const sentence = (id: string, start?: number): Sentence => ({
  id,
  text: "Words.",
  ...(start !== undefined ? { start, end: start + 5 } : {}),
  words: [{ text: "Words." }],
});
const sentences = new Map(
  [sentence("s-516000", 516), sentence("s-520000", 520), sentence("s-62000", 62), sentence("s-x")].map(
    (s) => [s.id, s],
  ),
);
const point = (id: string, support: KeyPoint["support"]): KeyPoint => ({
  id,
  text: `Point ${id}.`,
  support,
  source: "page.txt",
});

/** The links of the rendered list: [accessible name, visible text, href, data-seek]. */
function links(keyPoints: KeyPoint[]): string[][] {
  const html = renderToStaticMarkup(<KeyPointList keyPoints={keyPoints} sentences={sentences} />);
  return [
    ...html.matchAll(/<a href="([^"]*)" data-seek="([^"]*)"[^>]*aria-label="([^"]*)"[^>]*>([^<]*)<\/a>/g),
  ].map((m) => [m[3] ?? "", m[4] ?? "", m[1] ?? "", m[2] ?? ""]);
}

describe("KeyPointList", () => {
  it("links every passage, best first, as 'discussed at m:ss · mentioned at m:ss'", () => {
    const twice = point("kp-1", [
      { sentenceId: "s-516000", endSentenceId: "s-520000", score: 0.6, kind: "discussed" },
      { sentenceId: "s-62000", endSentenceId: "s-62000", score: 0.3, kind: "mentioned" },
    ]);
    const html = renderToStaticMarkup(<KeyPointList keyPoints={[twice]} sentences={sentences} />);
    expect(html.replace(/<[^>]+>/g, "")).toContain("Discussed at 8:36 · mentioned at 1:02");
    expect(links([twice])).toEqual([
      ["Discussed at 8:36: jump to the passage", "Discussed at 8:36", "#s-516000", "516"],
      ["Mentioned at 1:02: jump to the passage", "mentioned at 1:02", "#s-62000", "62"],
    ]);
  });

  it("shows no link for a point without support, and no time for an untimed passage", () => {
    expect(links([point("kp-1", [])])).toEqual([]);
    const untimed = renderToStaticMarkup(
      <KeyPointList
        keyPoints={[
          point("kp-1", [{ sentenceId: "s-x", endSentenceId: "s-x", score: 0.2, kind: "mentioned" }]),
        ]}
        sentences={sentences}
      />,
    );
    expect(untimed).toContain('aria-label="Mentioned: jump to the passage"');
    expect(untimed).toContain('href="#s-x"');
  });
});
