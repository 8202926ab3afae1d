import { rssFeed, type FeedItemSpec, type startFeedServer } from "./feed-server";

type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;

const pad = (n: number) => String(n).padStart(2, "0");

/** A short WebVTT of item `i`: two named speakers, a few cues. */
function itemCaptions(i: number): string {
  const cues = Array.from({ length: 6 }, (_, c) => {
    const speaker = c % 2 === 0 ? "Ada Lovelace" : "Grace Hopper";
    return `00:00:${pad(2 * c)}.000 --> 00:00:${pad(2 * c + 2)}.000\n<v ${speaker}>Episode ${i} line ${c + 1} about looms and engines.`;
  });
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}

/**
 * Serves a generated feed of `count` items at `/gen/feed.xml` (ETag `"gen-<count>"`), each item
 * with its own WebVTT transcript (with an ETag), one a day back from 2024-06-01. Made in memory
 * at run time, never committed.
 *
 * @returns The feed's URL.
 */
export function serveGeneratedFeed(server: FeedServer, count: number): string {
  const items: FeedItemSpec[] = [];
  for (let i = 1; i <= count; i++) {
    const path = `/gen/${i}.vtt`;
    server.routes[path] = { body: itemCaptions(i), type: "text/vtt", etag: `"gen-${i}"` };
    const date = new Date(Date.UTC(2024, 5, 1) - i * 86_400_000).toUTCString();
    items.push({
      guid: `gen-${i}`,
      title: `Episode ${i}: looms and engines`,
      pubDate: date,
      episode: i,
      enclosure: `${server.base}/gen/${i}.mp3`,
      transcripts: [{ url: `${server.base}${path}`, type: "text/vtt" }],
      people: [{ name: "Grace Hopper", role: "guest" }],
    });
  }
  const body = rssFeed({ title: "Generated", people: [{ name: "Ada Lovelace", role: "host" }], items });
  server.routes["/gen/feed.xml"] = { body, type: "application/rss+xml", etag: `"gen-${count}"` };
  return `${server.base}/gen/feed.xml`;
}
