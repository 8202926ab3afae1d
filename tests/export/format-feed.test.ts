import { describe, expect, it } from "vitest";
import { formatFeed, type FeedChannel } from "@/lib/export/format-feed";
import { PODCAST_NS } from "@/lib/export/feed-item";
import { childNamed, childrenNamed, parseXml, type XmlElement } from "@/lib/feed/parse-xml";
import { readFeed } from "@/lib/feed/read-feed";
import type { Speaker } from "@/lib/model/episode-schema";
import { HOSTILE, ORIGIN, richEpisode, silentEpisode, youtubeEpisode } from "./feed-test-episodes";

const CHANNEL: FeedChannel = {
  origin: ORIGIN,
  title: `Library ${HOSTILE}`,
  description: `About ${HOSTILE}`,
  pagePath: "/",
  feedPath: "/feed.xml",
};

const feed = () => formatFeed([silentEpisode(), youtubeEpisode(), richEpisode()], CHANNEL);
const channelOf = (xml: string): XmlElement => {
  const channel = childNamed(parseXml(xml), "", "channel");
  if (!channel) throw new Error("no channel");
  return channel;
};
const items = (xml: string) => childrenNamed(channelOf(xml), "", "item");
const text = (element: XmlElement | undefined) => element?.text;
const podcast = (item: XmlElement, local: string) => childrenNamed(item, PODCAST_NS, local);
/** What the writer keeps of hostile text: the characters XML can carry. */
const KEPT = HOSTILE.replace(/[\u0001\u0008\u000B\u001F\uD800]/g, "");

describe("formatFeed", () => {
  it("is well-formed UTF-8 XML whatever the text holds, and gives hostile text back as written", () => {
    const xml = feed();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    const root = parseXml(xml);
    expect(root.local).toBe("rss");
    const channel = channelOf(xml);
    expect(text(childNamed(channel, "", "title"))).toBe(`Library ${KEPT}`);
    expect(text(childNamed(channel, "", "description"))).toBe(`About ${KEPT}`);
    expect(text(childNamed(channel, "", "link"))).toBe(`${ORIGIN}/`);
    const [rich] = items(xml);
    expect(rich && text(childNamed(rich, "", "title"))).toBe(KEPT);
  });

  it("lists the episodes with media, newest first, with lastBuildDate from the newest (not now)", () => {
    const xml = feed();
    expect(items(xml).map((i) => text(childNamed(i, "", "link")))).toEqual([
      `${ORIGIN}/episodes/rich-episode`,
      `${ORIGIN}/episodes/youtube-only`,
    ]);
    expect(text(childNamed(channelOf(xml), "", "lastBuildDate"))).toBe("Tue, 05 Mar 2024 00:00:00 GMT");
    expect(feed()).toBe(xml);
  });

  it("gives an item title, page link, permanent guid, date and an enclosure for a media file", () => {
    const [rich] = items(feed());
    if (!rich) throw new Error("no item");
    expect(childNamed(rich, "", "guid")).toMatchObject({
      attrs: { isPermaLink: "true" },
      text: `${ORIGIN}/episodes/rich-episode`,
    });
    expect(text(childNamed(rich, "", "pubDate"))).toBe("Tue, 05 Mar 2024 00:00:00 GMT");
    expect(childNamed(rich, "", "enclosure")?.attrs).toEqual({
      url: `${ORIGIN}/media/rich.mp3`,
      length: "0",
      type: "audio/mpeg",
    });
  });

  it("gives a YouTube-only episode no enclosure (a page is not a media file)", () => {
    const youtube = items(feed())[1];
    expect(youtube && childNamed(youtube, "", "enclosure")).toBeUndefined();
    expect(youtube && podcast(youtube, "transcript").length).toBe(4);
  });

  it("names the transcript exports and the chapters with the namespace's attributes", () => {
    const [rich] = items(feed());
    if (!rich) throw new Error("no item");
    const page = `${ORIGIN}/episodes/rich-episode`;
    expect(podcast(rich, "transcript").map((t) => t.attrs)).toEqual([
      { url: `${page}/transcript.vtt`, type: "text/vtt", language: "en", rel: "captions" },
      { url: `${page}/transcript.srt`, type: "application/x-subrip", language: "en", rel: "captions" },
      { url: `${page}/transcript.json`, type: "application/json", language: "en" },
      { url: `${page}/transcript.podcast.html`, type: "text/html", language: "en" },
    ]);
    expect(podcast(rich, "chapters").map((c) => c.attrs)).toEqual([
      { url: `${page}/chapters.json`, type: "application/json+chapters" },
    ]);
  });

  it("names the named speakers and the credits as podcast:person, with role, group, img and href", () => {
    const [rich] = items(feed());
    if (!rich) throw new Error("no item");
    expect(podcast(rich, "person").map((p) => ({ ...p.attrs, name: p.text }))).toEqual([
      { name: "Ada Lovelace", role: "host", group: "cast" },
      {
        name: `Eve <script>"&'`,
        role: "guest",
        group: "cast",
        img: "https://img.example/eve.png?a=1&b=<2>",
        href: "https://eve.example/?q=\"x\"&y='z'",
      },
      { name: "Pat Producer", role: "producer", group: "audio post-production" },
    ]);
  });

  it("leaves out a named speaker whose role no source gives: the namespace would read them as the host", () => {
    const guest: Speaker = { id: "grace", name: "Grace Hopper", label: "Grace", voices: [] };
    const base = richEpisode();
    const episode = richEpisode({
      speakers: [...base.speakers, guest],
      credits: [...base.credits, { name: "Hal Host" }],
    });
    const [item] = items(formatFeed([episode], CHANNEL));
    if (!item) throw new Error("no item");
    const people = podcast(item, "person").map((p) => ({ ...p.attrs, name: p.text }));
    expect(people.map((p) => p.name)).toEqual([
      "Ada Lovelace",
      `Eve <script>"&'`,
      "Pat Producer",
      "Hal Host",
    ]);
    // A credit is a `podcast:person` as read, so no role stays no role (the host).
    expect(people.at(-1)).toEqual({ name: "Hal Host" });
    // Read back, the hosts are the speaker the episode names as host and the role-less credit.
    const read = readFeed(formatFeed([episode], CHANNEL));
    if ("error" in read) throw new Error(read.error);
    const hosts = read.feed.items[0]?.people.filter((p) => (p.role ?? "host") === "host").map((p) => p.name);
    expect(hosts).toEqual(["Ada Lovelace", "Hal Host"]);
  });

  it("gives the highlights as soundbites on the enclosure's clock, the title as text", () => {
    const [rich] = items(feed());
    if (!rich) throw new Error("no item");
    expect(podcast(rich, "soundbite").map((s) => ({ ...s.attrs, title: s.text }))).toEqual([
      { startTime: "10", duration: "3", title: KEPT },
      { startTime: "0", duration: "3", title: "" },
    ]);
  });

  it("makes every URL absolute on the origin, except the speakers' own pictures and pages", () => {
    const urls: string[] = [];
    const walk = (e: XmlElement) => {
      for (const [key, value] of Object.entries(e.attrs))
        if (["url", "href", "img"].includes(key)) urls.push(value);
      if (e.uri === "" && ["link", "guid"].includes(e.local)) urls.push(e.text);
      e.children.forEach(walk);
    };
    walk(parseXml(feed()));
    const offSite = urls.filter((u) => !u.startsWith(`${ORIGIN}/`));
    expect(offSite).toEqual(["https://img.example/eve.png?a=1&b=<2>", "https://eve.example/?q=\"x\"&y='z'"]);
    expect(urls).toContain(`${ORIGIN}/feed.xml`);
  });

  it("reads back through the site's own feed reader as the same episodes, people and files", () => {
    const read = readFeed(feed());
    if ("error" in read) throw new Error(read.error);
    const [rich] = read.feed.items;
    expect(rich).toMatchObject({
      guid: `${ORIGIN}/episodes/rich-episode`,
      published: "2024-03-05",
      enclosure: `${ORIGIN}/media/rich.mp3`,
      chapters: { url: `${ORIGIN}/episodes/rich-episode/chapters.json` },
    });
    expect(rich?.transcripts).toHaveLength(4);
    expect(rich?.soundbites).toHaveLength(2);
  });

  it("is an empty but valid channel without episodes", () => {
    const xml = formatFeed([], CHANNEL);
    expect(items(xml)).toEqual([]);
    expect(childNamed(channelOf(xml), "", "lastBuildDate")).toBeUndefined();
  });
});
