import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** A served file: its body and headers; an ETag makes the route answer conditional requests with 304. */
export interface StaticRoute {
  body: string | Uint8Array;
  type?: string;
  etag?: string;
  lastModified?: string;
  status?: number;
}

export type Route = StaticRoute | ((req: IncomingMessage, res: ServerResponse) => void);

/** A request the server saw: path, status answered, and the headers that matter here. */
export interface SeenRequest {
  path: string;
  status?: number;
  userAgent?: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

/**
 * A loopback HTTP server for the feed tests (127.0.0.1, a free port). Routes can be changed
 * while it runs; every request is recorded. Sockets are destroyed after 15 s whatever a route
 * does, and `close` ends every connection, so no test waits on it.
 */
export async function startFeedServer(routes: Record<string, Route> = {}) {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const entry: SeenRequest = {
      path: url.pathname,
      userAgent: req.headers["user-agent"],
      ifNoneMatch: req.headers["if-none-match"],
      ifModifiedSince: req.headers["if-modified-since"],
    };
    seen.push(entry);
    res.on("finish", () => (entry.status = res.statusCode));
    const route = routes[url.pathname];
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    } else if (typeof route === "function") {
      route(req, res);
    } else {
      serveStatic(req, res, route);
    }
  });
  // Once per connection: a client keeps its connection for many requests, and a timeout set per
  // request would add a listener to the socket each time (MaxListenersExceededWarning past 10).
  server.on("connection", (socket) => socket.setTimeout(15_000, () => socket.destroy()));
  server.requestTimeout = 20_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    seen,
    /** Requests for a path (optionally only those answered with `status`). */
    count: (p: string, status?: number) =>
      seen.filter((s) => s.path === p && (status === undefined || s.status === status)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serveStatic(req: IncomingMessage, res: ServerResponse, route: StaticRoute) {
  if (route.etag && req.headers["if-none-match"] === route.etag) {
    res.writeHead(304, { etag: route.etag }).end();
    return;
  }
  if (!route.etag && route.lastModified && req.headers["if-modified-since"] === route.lastModified) {
    res.writeHead(304).end();
    return;
  }
  const headers: Record<string, string> = {};
  if (route.type) headers["content-type"] = route.type;
  if (route.etag) headers.etag = route.etag;
  if (route.lastModified) headers["last-modified"] = route.lastModified;
  res.writeHead(route.status ?? 200, headers).end(route.body);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface FeedPerson {
  name: string;
  role?: string;
  group?: string;
  img?: string;
  href?: string;
}

export interface FeedItemSpec {
  guid: string;
  title: string;
  pubDate?: string;
  description?: string;
  duration?: string;
  season?: number;
  episode?: number;
  link?: string;
  enclosure?: string;
  image?: string;
  transcripts?: { url: string; type: string; language?: string }[];
  chapters?: string;
  people?: FeedPerson[];
  soundbites?: { start: number; duration: number; title?: string }[];
}

const attrs = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v as string)}"`)
    .join("");

const person = (p: FeedPerson) =>
  `<podcast:person${attrs({ role: p.role, group: p.group, img: p.img, href: p.href })}>${escapeXml(p.name)}</podcast:person>`;

function itemXml(item: FeedItemSpec): string {
  const parts = [
    `<title>${escapeXml(item.title)}</title>`,
    `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
    item.pubDate && `<pubDate>${item.pubDate}</pubDate>`,
    item.description && `<description><![CDATA[${item.description}]]></description>`,
    item.duration && `<itunes:duration>${item.duration}</itunes:duration>`,
    item.season !== undefined && `<podcast:season>${item.season}</podcast:season>`,
    item.episode !== undefined && `<podcast:episode>${item.episode}</podcast:episode>`,
    item.link && `<link>${escapeXml(item.link)}</link>`,
    item.enclosure && `<enclosure${attrs({ url: item.enclosure, type: "audio/mpeg", length: "1000" })}/>`,
    item.image && `<itunes:image${attrs({ href: item.image })}/>`,
    ...(item.transcripts ?? []).map((t) => `<podcast:transcript${attrs(t)}/>`),
    item.chapters && `<podcast:chapters${attrs({ url: item.chapters, type: "application/json+chapters" })}/>`,
    ...(item.people ?? []).map(person),
    ...(item.soundbites ?? []).map(
      (s) =>
        `<podcast:soundbite startTime="${s.start}" duration="${s.duration}">${escapeXml(s.title ?? "")}</podcast:soundbite>`,
    ),
  ];
  return `<item>${parts.filter(Boolean).join("")}</item>`;
}

/** An RSS 2.0 feed with the Podcasting 2.0 and iTunes namespaces. */
export function rssFeed(feed: {
  title: string;
  image?: string;
  people?: FeedPerson[];
  items: FeedItemSpec[];
}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>${escapeXml(feed.title)}</title><language>en</language>
${feed.image ? `<itunes:image href="${escapeXml(feed.image)}"/>` : ""}
${(feed.people ?? []).map(person).join("\n")}
${feed.items.map(itemXml).join("\n")}
</channel></rss>
`;
}

/** Every file and folder under `dir` (hidden ones too) with its SHA-256: equal maps, equal trees. */
export function hashTree(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      const rel = path.relative(dir, full);
      if (statSync(full).isDirectory()) {
        found[`${rel}/`] = "dir";
        walk(full);
      } else {
        found[rel] = createHash("sha256").update(readFileSync(full)).digest("hex");
      }
    }
  };
  walk(dir);
  return found;
}
