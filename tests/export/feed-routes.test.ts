import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFeed } from "@/lib/export/format-feed";
import { parseXml, type XmlElement } from "@/lib/feed/parse-xml";
import { ORIGIN, richEpisode, youtubeEpisode } from "./feed-test-episodes";

const APP = path.resolve("app");

/**
 * The file of `app/` that serves a URL path, as the App Router matches it: each segment a folder
 * of that name, else a dynamic `[param]` folder; the last one holding `page.tsx` or `route.ts(x)`.
 */
function appFileFor(urlPath: string): string | undefined {
  let dir = APP;
  for (const segment of urlPath.split("/").filter(Boolean)) {
    const literal = path.join(dir, segment);
    const dynamic = readdirSync(dir).find((name) => /^\[[^.[\]]+\]$/.test(name));
    if (existsSync(literal)) dir = literal;
    else if (dynamic) dir = path.join(dir, dynamic);
    else return undefined;
  }
  return ["page.tsx", "route.ts", "route.tsx"].map((f) => path.join(dir, f)).find((f) => existsSync(f));
}

/** Every URL a feed names on the origin: `url`/`href` attributes, `<link>` and `<guid>` texts. */
function siteUrls(xml: string): string[] {
  const urls: string[] = [];
  const walk = (e: XmlElement): void => {
    for (const [key, value] of Object.entries(e.attrs)) if (["url", "href"].includes(key)) urls.push(value);
    if (e.uri === "" && ["link", "guid"].includes(e.local)) urls.push(e.text);
    e.children.forEach(walk);
  };
  walk(parseXml(xml));
  return urls.filter((u) => u.startsWith(`${ORIGIN}/`));
}

describe("the feeds' URLs", () => {
  const show = { pagePath: "/shows/some-show", feedPath: "/shows/some-show/feed.xml" };
  const library = { pagePath: "/", feedPath: "/feed.xml" };
  it.each([library, show])("are each a page or route of the site ($feedPath)", (paths) => {
    const xml = formatFeed([richEpisode(), youtubeEpisode()], {
      origin: ORIGIN,
      title: "t",
      description: "d",
      ...paths,
    });
    const enclosure = `${ORIGIN}/media/rich.mp3`;
    // The enclosure is a file of public/ (or elsewhere), not a route.
    const routed = siteUrls(xml).filter((u) => u !== enclosure);
    expect(routed.length).toBeGreaterThan(10);
    const unserved = routed.filter((u) => appFileFor(new URL(u).pathname) === undefined);
    expect(unserved).toEqual([]);
    expect(appFileFor(new URL(`${ORIGIN}/episodes/x/transcript.podcast.html`).pathname)).toMatch(
      /transcript\.podcast\.html\/route\.ts$/,
    );
  });

  it("map to nothing when no route serves them (the check can fail)", () => {
    expect(appFileFor("/episodes/x/transcript.nope")).toBeUndefined();
    expect(appFileFor("/nowhere/feed.xml")).toBeUndefined();
  });
});
