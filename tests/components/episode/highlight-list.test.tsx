// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightList } from "@/components/episode/highlight-list";
import { parseTimeFromLocation } from "@/lib/links/parse-time-from-location";
import { parseClipId, episodeCode } from "@/lib/links/clip-id";
import type { Highlight } from "@/lib/model/episode-schema";
import { makeEpisode } from "../../export/episode-fixture";

const parse = (html: string) => {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
};

const HIGHLIGHTS: Highlight[] = [
  { id: "h-1", start: 61.5, end: 91.5, duration: 30, title: "<b>Best</b> bit", source: "episode.json" },
  // Past the last sentence's end but over no sentence start: still the sentence playing there.
  { id: "h-2", start: 3600, end: 3605, duration: 5, source: "episode.json" },
];

/** Two sentences in the first highlight; the second highlight opens in the last one. */
const episode = makeEpisode(
  [
    {
      sentences: [
        { text: "Before it.", start: 50, end: 61.5 },
        { text: "The best bit.", start: 61.5, end: 80 },
        { text: "Still the best.", start: 80, end: 92.25 },
      ],
    },
  ],
  [],
  { highlights: HIGHLIGHTS, duration: 4000 },
);

describe("HighlightList", () => {
  it("links each highlight to its clip, which plays its sentences and stops at the last one's end", () => {
    const root = parse(renderToStaticMarkup(<HighlightList episode={episode} />));
    expect(root.querySelector("h2")?.textContent).toBe("Highlights");
    const links = [...root.querySelectorAll("li a")];
    expect(links.map((a) => a.textContent)).toEqual(["<b>Best</b> bit", "Highlight at 1:00:00"]);
    expect(root.querySelector("b")).toBeNull();
    const id = (links[0]?.getAttribute("href") ?? "").replace(/^\/clips\//, "");
    expect(parseClipId(id)).toEqual({ code: episodeCode("fixture-episode"), start: 61.5, end: 91.5 });
    expect(links[0]?.getAttribute("data-seek")).toBe("61.5");
    expect(links[0]?.getAttribute("data-seek-end")).toBe("92.25");
    expect(root.querySelector("li")?.textContent).toContain("1:01–1:31 (30 s)");
  });

  it("links a highlight over no timed sentence to its range, without a stop", () => {
    const untimed = makeEpisode([{ sentences: [{ text: "No time." }] }], [], { highlights: HIGHLIGHTS });
    const link = parse(renderToStaticMarkup(<HighlightList episode={untimed} />)).querySelector("li a");
    expect(parseTimeFromLocation({ search: link?.getAttribute("href") ?? "", hash: "" })).toEqual({
      start: 61.5,
      end: 91.5,
    });
    expect(link?.hasAttribute("data-seek-end")).toBe(false);
  });

  it("renders nothing without highlights", () => {
    expect(renderToStaticMarkup(<HighlightList episode={{ ...episode, highlights: [] }} />)).toBe("");
  });
});
