// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightList } from "@/components/episode/highlight-list";
import { parseTimeFromLocation } from "@/lib/links/parse-time-from-location";

const parse = (html: string) => {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
};

describe("HighlightList", () => {
  it("links each highlight to its range, which the page's link reader reads back", () => {
    const root = parse(
      renderToStaticMarkup(
        <HighlightList
          highlights={[
            {
              id: "h-1",
              start: 61.5,
              end: 91.5,
              duration: 30,
              title: "<b>Best</b> bit",
              source: "episode.json",
            },
            { id: "h-2", start: 3600, end: 3605, duration: 5, source: "episode.json" },
          ]}
        />,
      ),
    );
    expect(root.querySelector("h2")?.textContent).toBe("Highlights");
    const links = [...root.querySelectorAll("li a")];
    expect(links.map((a) => a.textContent)).toEqual(["<b>Best</b> bit", "Highlight at 1:00:00"]);
    expect(root.querySelector("b")).toBeNull();
    const href = links[0]?.getAttribute("href") ?? "";
    expect(parseTimeFromLocation({ search: href, hash: "" })).toEqual({ start: 61.5, end: 91.5 });
    expect(links[0]?.getAttribute("data-seek")).toBe("61.5");
    expect(root.querySelector("li")?.textContent).toContain("1:01–1:31 (30 s)");
  });

  it("renders nothing without highlights", () => {
    expect(renderToStaticMarkup(<HighlightList highlights={[]} />)).toBe("");
  });
});
