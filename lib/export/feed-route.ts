import { getCatalogue, getCatalogueVersion, getEpisode } from "../content/load-episodes";
import type { Episode } from "../model/episode-schema";
import { formatFeed, type FeedChannel } from "./format-feed";
import { siteOrigin } from "./site-origin";

/** The `Content-Type` of the feeds. */
export const FEED_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
/** The library's feed path; a show's is `/shows/<slug>/feed.xml` ({@link showFeedPath}). */
export const LIBRARY_FEED_PATH = "/feed.xml";
export const showFeedPath = (showSlug: string): string => `/shows/${showSlug}/feed.xml`;

const notFound = (why: string): Response =>
  new Response(why, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** A show as its pages name it (`listShows` in lib/view gives its unique slug). */
export interface FeedShow {
  name: string;
  slug: string;
}

/**
 * The feed of the library (`show` undefined) or of one show, rendered from the model; `null`
 * for a show that does not exist answers 404. Without `SITE_URL` it answers 404 too: a feed takes
 * only absolute URLs and the origin is never guessed (README, Public address).
 */
export function feedResponse(show?: FeedShow | null): Response {
  const origin = siteOrigin();
  if (!origin) return notFound("No feed: SITE_URL is not set, and a feed needs absolute URLs");
  if (show === null) return notFound("Not found");
  return new Response(cachedFeed(origin, show), { headers: { "content-type": FEED_CONTENT_TYPE } });
}

// A feed reads every episode it lists (a thousand models for a large library): each is made once
// per build of the catalogue, not on every request of a podcast app polling it.
const made = new Map<string, string>();
const MADE_LIMIT = 32;

function cachedFeed(origin: string, show: FeedShow | undefined): string {
  const key = `${getCatalogueVersion()}\n${origin}\n${show?.slug ?? ""}`;
  let xml = made.get(key);
  if (xml === undefined) {
    xml = renderFeed(origin, show);
    if (made.size >= MADE_LIMIT) made.clear();
    made.set(key, xml);
  }
  return xml;
}

function renderFeed(origin: string, show: FeedShow | undefined): string {
  const episodes = getCatalogue()
    .episodes.filter((entry) => !show || entry.show === show.name)
    .map((entry) => getEpisode(entry.slug))
    .filter((episode): episode is Episode => episode !== undefined);
  const channel: FeedChannel = show
    ? {
        origin,
        title: show.name,
        description: `Episodes of ${show.name}, with transcripts, chapters and speakers.`,
        pagePath: `/shows/${show.slug}`,
        feedPath: showFeedPath(show.slug),
      }
    : {
        origin,
        title: "Episode Explorer",
        description: "Every episode of the library, with transcripts, chapters and speakers.",
        pagePath: "/",
        feedPath: LIBRARY_FEED_PATH,
      };
  return formatFeed(episodes, channel);
}
