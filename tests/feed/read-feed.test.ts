import { describe, expect, it } from "vitest";
import { parseDuration, parsePubDate, readFeed } from "@/lib/feed/read-feed";
import { rssFeed } from "./helpers/feed-server";

const FEED = rssFeed({
  title: "The Loom",
  image: "https://loom.example/show.jpg",
  people: [{ name: "Ada Lovelace", role: "Host", img: "https://loom.example/ada.jpg" }],
  items: [
    {
      guid: "loom-1",
      title: "Engines & looms",
      pubDate: "Wed, 01 May 2024 23:30:00 -0200",
      description: "<p>Two machines</p>",
      duration: "1:02:03",
      season: 2,
      episode: 7,
      link: "https://loom.example/1",
      enclosure: "https://cdn.loom.example/1.mp3",
      image: "https://loom.example/1.jpg",
      transcripts: [
        { url: "https://loom.example/1.vtt", type: "text/vtt" },
        { url: "https://loom.example/1.json", type: "application/json", language: "en" },
      ],
      chapters: "https://loom.example/1-chapters.json",
      people: [
        { name: "Ada Lovelace", role: "host" },
        { name: "Grace Hopper", role: "guest", group: "Cast", href: "https://loom.example/grace" },
      ],
      soundbites: [{ start: 73.5, duration: 60, title: "The engine" }],
    },
    { guid: "loom-2", title: "Audio only" },
  ],
});

describe("readFeed", () => {
  it("reads the show, each item's facts, files, people (show and item, once each) and soundbites", () => {
    const result = readFeed(FEED);
    if ("error" in result) throw new Error(result.error);
    expect(result.warnings).toEqual([]);
    expect(result.feed.title).toBe("The Loom");
    expect(result.feed.items[0]).toEqual({
      guid: "loom-1",
      title: "Engines & looms",
      published: "2024-05-02",
      description: "Two machines", // the feed's HTML as text
      duration: 3723,
      season: 2,
      episode: 7,
      link: "https://loom.example/1",
      enclosure: "https://cdn.loom.example/1.mp3",
      enclosureType: "audio/mpeg",
      artwork: "https://loom.example/1.jpg",
      language: "en",
      people: [
        { name: "Ada Lovelace", role: "host", img: "https://loom.example/ada.jpg" },
        { name: "Grace Hopper", role: "guest", group: "cast", href: "https://loom.example/grace" },
      ],
      soundbites: [{ start: 73.5, duration: 60, title: "The engine" }],
      transcripts: [
        { url: "https://loom.example/1.vtt", type: "text/vtt" },
        { url: "https://loom.example/1.json", type: "application/json", language: "en" },
      ],
      chapters: { url: "https://loom.example/1-chapters.json", type: "application/json+chapters" },
    });
    expect(result.feed.items[1]).toMatchObject({
      guid: "loom-2",
      artwork: "https://loom.example/show.jpg",
      transcripts: [],
    });
  });

  it.each([
    ["file:///etc/passwd", "transcripts.0.url"],
    ["javascript:alert(1)", "transcripts.0.url"],
    ["data:text/vtt,WEBVTT", "transcripts.0.url"],
  ])("refuses the feed when a transcript URL is %s, naming the item and the field", (url, field) => {
    const feed = rssFeed({
      title: "S",
      items: [{ guid: "g", title: "Bad", transcripts: [{ url, type: "text/vtt" }] }],
    });
    expect(readFeed(feed)).toEqual({
      error: `item "Bad": ${field}: must be an http(s) URL (got "${url}")`,
    });
  });

  it("refuses a javascript: link and a file: person image", () => {
    const link = rssFeed({ title: "S", items: [{ guid: "g", title: "L", link: "javascript:alert(1)" }] });
    expect(readFeed(link)).toMatchObject({
      error: expect.stringContaining('item "L": link: must be an http(s) URL'),
    });
    const img = rssFeed({
      title: "S",
      people: [{ name: "P", img: "file:///x.png" }],
      items: [{ guid: "g", title: "I" }],
    });
    expect(readFeed(img)).toMatchObject({
      error: expect.stringContaining("people.0.img: must be an http(s) URL"),
    });
  });

  it("leaves out, with a warning, a date, a duration or a soundbite it cannot read", () => {
    const feed = rssFeed({
      title: "S",
      items: [
        {
          guid: "g",
          title: "T",
          pubDate: "someday",
          duration: "long",
          soundbites: [{ start: -5, duration: 3 }],
        },
      ],
    });
    const result = readFeed(feed);
    if ("error" in result) throw new Error(result.error);
    expect(result.feed.items[0]).not.toHaveProperty("published");
    expect(result.feed.items[0]?.soundbites).toEqual([]);
    expect(result.warnings).toEqual([
      'item "T": pubDate "someday" is not a date; left out',
      'item "T": itunes:duration "long" is not a duration; left out',
      'item "T": soundbite startTime "-5" duration "3" is not a time span; left out',
    ]);
  });

  it("says what is wrong with a document that is not an RSS feed", () => {
    expect(readFeed("<feed xmlns='http://www.w3.org/2005/Atom'/>")).toEqual({
      error: "not an RSS feed (the root element is <feed>, expected <rss><channel>)",
    });
    expect(readFeed("<rss><channel>")).toMatchObject({
      error: expect.stringMatching(/^not well-formed XML: 1:\d+: /),
    });
  });

  it("reads durations and dates", () => {
    expect([
      parseDuration("3723"),
      parseDuration("62:03"),
      parseDuration("1:02:03.5"),
      parseDuration("1h"),
    ]).toEqual([3723, 3723, 3723.5, undefined]);
    expect([
      parsePubDate("Tue, 07 May 2024 04:00:00 GMT"),
      parsePubDate("2024-05-07"),
      parsePubDate("x"),
    ]).toEqual(["2024-05-07", "2024-05-07", undefined]);
  });
});

describe("readFeed: items hard to know again", () => {
  it("keys an item without a guid by its enclosure, then its link, then its title; drops one with none", () => {
    const feed = rssFeed({ title: "S", items: [] }).replace(
      "</channel>",
      `<item><title>By enclosure</title><enclosure url="https://x.example/1.mp3" type="audio/mpeg"/></item>
       <item><title>By link</title><link>https://x.example/2</link></item>
       <item><title>By title</title></item>
       <item><description>Nothing to know it by</description></item>
       <item><guid>untitled</guid></item></channel>`,
    );
    const result = readFeed(feed);
    if ("error" in result) throw new Error(result.error);
    expect(result.feed.items.map((i) => [i.guid, i.title])).toEqual([
      ["https://x.example/1.mp3", "By enclosure"],
      ["https://x.example/2", "By link"],
      ["By title", "By title"],
      ["untitled", undefined],
    ]);
    expect(result.warnings).toEqual(["an item with no guid, enclosure, link or title; left out"]);
  });
});
