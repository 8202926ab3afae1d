import type { Episode } from "../model/episode-schema";
import { feedItem, PODCAST_NS, rssDate } from "./feed-item";
import { el, writeXml } from "./xml-writer";

/** What a feed is about: the library or one show. */
export interface FeedChannel {
  /** The site's absolute origin (`https://episodes.example.org`): every URL is made on it. */
  origin: string;
  title: string;
  description: string;
  /** The path of the page the feed stands for: `/` or `/shows/<slug>`. */
  pagePath: string;
  /** The feed's own path: `/feed.xml` or `/shows/<slug>/feed.xml`. */
  feedPath: string;
}

/** The episodes a feed lists: those with media, newest first (undated last, else in the order given). */
export function feedEpisodes(episodes: readonly Episode[]): Episode[] {
  return episodes
    .filter((e) => e.media.length > 0)
    .map((episode, index) => ({ episode, index }))
    .sort((a, b) => (b.episode.published ?? "").localeCompare(a.episode.published ?? "") || a.index - b.index)
    .map(({ episode }) => episode);
}

/**
 * An RSS 2.0 feed with the Podcasting 2.0 namespace of the episodes that have media (see
 * {@link feedItem} for an item). Deterministic: `lastBuildDate` is the newest episode's date,
 * not the time of the request, so the same model gives the same bytes; left out when no episode
 * is dated. `language` is given when every item shares one.
 *
 * @param episodes The episodes, in catalogue order (those without media are left out).
 */
export function formatFeed(episodes: readonly Episode[], channel: FeedChannel): string {
  const items = feedEpisodes(episodes);
  const newest = items.find((e) => e.published !== undefined)?.published;
  const languages = new Set(items.map((e) => e.language));
  const [language] = languages;
  return writeXml(
    el(
      "rss",
      { version: "2.0", "xmlns:podcast": PODCAST_NS, "xmlns:atom": "http://www.w3.org/2005/Atom" },
      el(
        "channel",
        {},
        el("title", {}, channel.title),
        el("link", {}, new URL(channel.pagePath, channel.origin).href),
        el("description", {}, channel.description),
        languages.size === 1 && language !== undefined && el("language", {}, language),
        el("generator", {}, "Episode Explorer"),
        newest !== undefined && el("lastBuildDate", {}, rssDate(newest)),
        el("atom:link", {
          href: new URL(channel.feedPath, channel.origin).href,
          rel: "self",
          type: "application/rss+xml",
        }),
        ...items.map((episode) => feedItem(episode, channel.origin)),
      ),
    ),
  );
}
