import { childNamed, childText, childrenNamed, parseXml, type XmlElement } from "./parse-xml";
import { feedSchema, type Feed } from "./feed-schema";
import { htmlToText } from "./html-to-text";

const PODCAST = "https://podcastindex.org/namespace/1.0";
const ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

/** `HH:MM:SS`, `MM:SS` or seconds (itunes:duration) → seconds; undefined when it is none of them. */
export function parseDuration(text: string): number | undefined {
  if (!/^\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){0,2}$/u.test(text)) return undefined;
  return text.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}

/** An RFC 822 pubDate (or an ISO date) → `YYYY-MM-DD` in UTC; undefined when unreadable. */
export function parsePubDate(text: string): string | undefined {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

const whole = (text: string | undefined): number | undefined =>
  text !== undefined && /^\d+$/u.test(text) ? Number(text) : undefined;

/** The description as text (RSS carries HTML); undefined when nothing is left of it. */
function plainDescription(html: string | undefined): string | undefined {
  const text = html === undefined ? "" : htmlToText(html);
  return text === "" ? undefined : text;
}

/** `podcast:person` elements: the namespace's defaults (role host, group cast) are left implicit. */
function readPeople(parent: XmlElement) {
  return childrenNamed(parent, PODCAST, "person")
    .filter((p) => p.text.trim() !== "")
    .map((p) => ({
      name: p.text.trim(),
      ...(p.attrs.role ? { role: p.attrs.role.trim().toLowerCase() } : {}),
      ...(p.attrs.group ? { group: p.attrs.group.trim().toLowerCase() } : {}),
      ...(p.attrs.img ? { img: p.attrs.img.trim() } : {}),
      ...(p.attrs.href ? { href: p.attrs.href.trim() } : {}),
    }));
}

const readFile = (e: XmlElement) => ({
  url: (e.attrs.url ?? "").trim(),
  ...(e.attrs.type ? { type: e.attrs.type.trim().toLowerCase() } : {}),
  ...(e.attrs.language ? { language: e.attrs.language.trim() } : {}),
});

const imageOf = (e: XmlElement): string | undefined =>
  childNamed(e, ITUNES, "image")?.attrs.href?.trim() ||
  (childNamed(e, "", "image") && childText(childNamed(e, "", "image") as XmlElement, "", "url"));

/** Reads one `<item>`; fields it cannot read are left out, each with a warning. */
function readItem(
  item: XmlElement,
  channel: { people: ReturnType<typeof readPeople>; artwork?: string; language?: string },
  warn: (m: string) => void,
) {
  const title = childText(item, "", "title") ?? childText(item, ITUNES, "title");
  const enclosureTag = childNamed(item, "", "enclosure");
  const enclosure = enclosureTag?.attrs.url?.trim();
  const link = childText(item, "", "link");
  const guid = childText(item, "", "guid") ?? enclosure ?? link ?? title ?? "";
  const name = title ?? guid;
  const pubDate = childText(item, "", "pubDate");
  const published = pubDate === undefined ? undefined : parsePubDate(pubDate);
  if (pubDate !== undefined && published === undefined)
    warn(`item "${name}": pubDate "${pubDate}" is not a date; left out`);
  const durationText = childText(item, ITUNES, "duration");
  const duration = durationText === undefined ? undefined : parseDuration(durationText);
  if (durationText !== undefined && duration === undefined)
    warn(`item "${name}": itunes:duration "${durationText}" is not a duration; left out`);
  const soundbites = childrenNamed(item, PODCAST, "soundbite").flatMap((s) => {
    const [start, length] = [Number(s.attrs.startTime), Number(s.attrs.duration)];
    if (Number.isFinite(start) && start >= 0 && Number.isFinite(length) && length > 0)
      return [{ start, duration: length, ...(s.text.trim() ? { title: s.text.trim() } : {}) }];
    warn(
      `item "${name}": soundbite startTime "${s.attrs.startTime}" duration "${s.attrs.duration}" is not a time span; left out`,
    );
    return [];
  });
  const chapters = childNamed(item, PODCAST, "chapters");
  const own = readPeople(item);
  // Show-level people take part in every episode; the item's own are added after them.
  const people = [...channel.people, ...own].filter(
    (p, i, all) => all.findIndex((q) => q.name === p.name && q.role === p.role) === i,
  );
  const optional = {
    published,
    description: plainDescription(childText(item, "", "description") ?? childText(item, ITUNES, "summary")),
    duration,
    season: whole(childText(item, PODCAST, "season") ?? childText(item, ITUNES, "season")),
    episode: whole(childText(item, PODCAST, "episode") ?? childText(item, ITUNES, "episode")),
    link,
    enclosure,
    enclosureType: enclosure ? enclosureTag?.attrs.type?.trim() : undefined,
    artwork: imageOf(item) || channel.artwork,
    language: channel.language,
    chapters: chapters ? readFile(chapters) : undefined,
  };
  return {
    guid,
    ...(title !== undefined ? { title } : {}),
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined && v !== "")),
    people,
    soundbites,
    transcripts: childrenNamed(item, PODCAST, "transcript").map(readFile),
  };
}

/**
 * Reads an RSS 2.0 feed with the Podcasting 2.0 namespace: the show's title and each item's
 * facts, transcripts and chapters. Every URL must be http(s).
 *
 * @returns The feed and warnings, or the reason it cannot be used (one line, no source prefix).
 */
export function readFeed(text: string): { feed: Feed; warnings: string[] } | { error: string } {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    return { error: `not well-formed XML: ${(error as Error).message}` };
  }
  const channel = root.uri === "" && root.local === "rss" ? childNamed(root, "", "channel") : undefined;
  if (!channel)
    return { error: `not an RSS feed (the root element is <${root.local}>, expected <rss><channel>)` };
  const warnings: string[] = [];
  const show = {
    people: readPeople(channel),
    artwork: imageOf(channel) || undefined,
    language: childText(channel, "", "language"),
  };
  const items = childrenNamed(channel, "", "item")
    .map((item) => readItem(item, show, (m) => warnings.push(m)))
    .filter((item) => {
      // Nothing to know it by again: it could not be told from a new item on the next refresh.
      if (item.guid === "") warnings.push("an item with no guid, enclosure, link or title; left out");
      return item.guid !== "";
    });
  const raw = { title: childText(channel, "", "title") ?? "", items };
  const result = feedSchema.safeParse(raw);
  if (result.success) return { feed: result.data, warnings };
  const issue = result.error.issues[0];
  const [, index, ...rest] = issue?.path ?? [];
  const item = typeof index === "number" ? items[index] : undefined;
  const where = item ? `item "${item.title ?? item.guid}": ${rest.join(".")}` : (issue?.path.join(".") ?? "");
  const value = item ? valueAt(item, rest) : undefined;
  const got = typeof value === "string" ? ` (got "${value.slice(0, 100)}")` : "";
  return { error: `${where || "feed"}: ${issue?.message ?? "invalid"}${got}` };
}

/** The value at a zod issue's path inside an item. */
function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}
